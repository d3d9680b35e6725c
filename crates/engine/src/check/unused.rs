//! Check: definitions, offices and sources that are declared but never used. They are
//! warnings: harmless to people using the guide, but usually a typo or a leftover.

use super::diagnostic::{Code, Diagnostic};
use super::lower::Lowered;
use crate::model::walk::definitions_named;

pub fn check(lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) {
    let rules = &lowered.rules;
    let mut definitions = vec![false; rules.definitions.len()];
    for uses in &lowered.definition_uses {
        uses.iter().for_each(|&d| definitions[usize::from(d)] = true);
    }
    let conditions = rules
        .rights
        .iter()
        .flat_map(|r| r.conditions().chain(r.entry_conditions()))
        .chain(rules.questions.iter().filter_map(|q| q.ask_if.as_ref()));
    for condition in conditions {
        definitions_named(condition, &mut |d| definitions[d.index()] = true);
    }
    let mut offices = vec![false; rules.offices.len()];
    let mut sources = vec![false; rules.sources.len()];
    for right in &rules.rights {
        right.offices.iter().for_each(|&o| offices[usize::from(o)] = true);
        right
            .sources
            .iter()
            .chain(right.steps.iter().flat_map(|s| &s.sources))
            .for_each(|&s| sources[usize::from(s)] = true);
    }
    for office in &rules.offices {
        office.sources.iter().for_each(|&s| sources[usize::from(s)] = true);
    }
    let kinds = [
        (
            "definition",
            &definitions,
            &lowered.spans.definitions,
            rules.definitions.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ),
        ("office", &offices, &lowered.spans.offices, rules.offices.iter().map(|o| o.id.as_str()).collect()),
        ("source", &sources, &lowered.spans.sources, rules.sources.iter().map(|s| s.id.as_str()).collect()),
    ];
    for (what, used, spans, ids) in kinds {
        for (i, used) in used.iter().enumerate() {
            if !used {
                diagnostics.push(
                    Diagnostic::warning(Code::Unused, format!("the {what} `{}` is never used", ids[i]))
                        .at(spans[i].clone(), "declared here")
                        .note("refer to it from a right, or remove it".to_string()),
                );
            }
        }
    }
}
