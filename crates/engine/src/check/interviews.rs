//! Check: every interview keeps the guide's invariants, and the rules' claims about their
//! interviews hold (`max_questions`, `exclusive_with`), as the audit finds by walking them all
//! ([`crate::audit`]). Each violation is reported at the rule it is about, with answers that
//! show it. It only reports; the walk is the audit's.

use super::diagnostic::{Code, Diagnostic};
use super::lower::Lowered;
use crate::audit::{Violation, audit, describe};
use crate::date::Date;

pub fn check(lowered: &Lowered, today: Date, diagnostics: &mut Vec<Diagnostic>) {
    let rules = &lowered.rules;
    let never_applies = |r: usize| {
        diagnostics.iter().any(|d| d.code == Code::NeverApplies && d.at.as_ref() == lowered.spans.conditions.get(r))
    };
    let found: Vec<Diagnostic> = audit(rules, &lowered.claims, today)
        .violations
        .iter()
        // A right that can never apply is reported as such already.
        .filter(|v| !matches!(v, Violation::NeverEligible { right, .. } if never_applies(right.index())))
        .map(|v| diagnostic(lowered, v))
        .collect();
    diagnostics.extend(found);
}

fn diagnostic(lowered: &Lowered, violation: &Violation) -> Diagnostic {
    let (rules, spans) = (&lowered.rules, &lowered.spans);
    let code = match violation {
        Violation::NeverEligible { .. } => Code::NeverEligible,
        Violation::Stuck { .. } => Code::Stuck,
        Violation::TooLong { .. } => Code::TooLong,
        Violation::BothApply { .. } => Code::Exclusive,
        _ => Code::Audit,
    };
    let mut diagnostic = Diagnostic::error(code, violation.message(rules));
    let pair = match violation {
        Violation::BothApply { rights, .. } => lowered.claims.exclusive.iter().position(|p| p == rights),
        _ => None,
    };
    if let (Violation::TooLong { .. }, Some(at)) = (violation, &spans.max_questions) {
        diagnostic = diagnostic.at(at.clone(), "the most questions allowed");
    } else if let Some(at) = pair.and_then(|p| spans.exclusive.get(p)) {
        diagnostic = diagnostic.at(at.clone(), "declared exclusive here");
        for right in violation.rights() {
            diagnostic = diagnostic.also(spans.conditions[right.index()].clone(), "this condition");
        }
    } else if let Some(right) = violation.rights().first() {
        diagnostic = diagnostic.at(spans.conditions[right.index()].clone(), "this condition");
    }
    match violation.path() {
        Some(path) => diagnostic.note(format!("for example: {}", describe(rules, path))),
        None => diagnostic,
    }
}
