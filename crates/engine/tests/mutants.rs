//! Mutation test of the scenarios: for each `or` in the conditions (`when`, `unknown_when`)
//! of a right of the real rules, a copy of the rules with that one `or` written `and`. The checker or a scenario of
//! `rules/tests/` must catch every such mutant; the test prints what caught each one and fails
//! naming those that survive. The copy is made of the rules' text, as an author's slip would.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use huquq_engine::check::{FileKind, Input, check};
use huquq_engine::{Date, scenario};
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

#[derive(Deserialize)]
struct RulesFile {
    #[serde(default)]
    right: Vec<RawRight>,
}

#[derive(Deserialize)]
struct RawRight {
    id: String,
    when: Spanned<String>,
    unknown_when: Option<Spanned<String>>,
}

/// One `or` of one right: the file it is in and where.
struct Mutant {
    right: String,
    file: usize,
    at: Range<usize>,
}

fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

/// Every ` or ` in the conditions of rights, in file order.
fn mutants(input: &Input) -> Vec<Mutant> {
    let mut found = Vec::new();
    for (file, source) in input.files.iter().enumerate().filter(|(_, f)| f.kind == FileKind::Rules) {
        let parsed: RulesFile = toml::from_str(&source.text).expect("the real rules are valid TOML");
        for right in parsed.right {
            for condition in std::iter::once(&right.when).chain(&right.unknown_when) {
                let span = condition.span();
                let written = &source.text[span.clone()];
                for (offset, _) in written.match_indices(" or ") {
                    let start = span.start + offset + 1;
                    found.push(Mutant { right: right.id.clone(), file, at: start..start + 2 });
                }
            }
        }
    }
    found
}

/// What catches the mutant: the checker's codes, or the scenarios that fail; empty if none.
fn caught_by(input: &Input, mutant: &Mutant) -> Vec<String> {
    let mut mutated = input.clone();
    mutated.files[mutant.file].text.replace_range(mutant.at.clone(), "and");
    let report = check(&mutated);
    let Some(rules) = report.rules else {
        return report
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| format!("check: {}", d.code.name()))
            .collect();
    };
    let scenarios = mutated.files.iter().enumerate().filter(|(_, f)| f.kind == FileKind::Scenario);
    scenarios
        .filter(|&(file, _)| {
            let loaded = scenario::load(&mutated, file, &rules).expect("the real scenarios load");
            !scenario::run(&rules, &loaded).differences.is_empty()
        })
        .map(|(_, f)| f.path.clone())
        .collect()
}

#[test]
fn every_or_written_and_fails_a_scenario() {
    let input = Input::read(support::root(), today()).expect("rules/ can be read");
    let mutants = mutants(&input);
    assert!(mutants.len() >= 20, "the real rules have at least 20 `or`s, found {}", mutants.len());
    let mut survivors = Vec::new();
    for mutant in &mutants {
        let text = &input.files[mutant.file].text;
        let line = text[..mutant.at.start].lines().count();
        let caught = caught_by(&input, mutant);
        eprintln!(
            "{}:{line} `{}` or→and: {}",
            input.files[mutant.file].path,
            mutant.right,
            match caught.first() {
                Some(first) => format!(
                    "killed by {first}{}",
                    if caught.len() > 1 { format!(" and {} more", caught.len() - 1) } else { String::new() }
                ),
                None => "SURVIVES".to_string(),
            }
        );
        if caught.is_empty() {
            survivors.push(format!("{} (line {line})", mutant.right));
        }
    }
    eprintln!("mutants: {} killed, {} survive", mutants.len() - survivors.len(), survivors.len());
    assert!(survivors.is_empty(), "no scenario fails when `or` becomes `and` in: {}", survivors.join(", "));
}
