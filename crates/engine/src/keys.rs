//! The Fluent message ids under which `locales/` holds the text of each thing the rules
//! declare. The checker and the web app both use these, so they cannot disagree.

use crate::model::{Domain, Question, Right};

pub fn question(question: &Question) -> String {
    format!("question-{}", question.id)
}

pub fn choice(question: &Question, choice: &str) -> String {
    format!("choice-{}-{choice}", question.id)
}

/// A right's title; the attribute [`SUMMARY`] says in plain words what it is.
pub fn right(right: &Right) -> String {
    right_id(&right.id)
}

pub fn right_id(id: &str) -> String {
    format!("right-{}", id.replace('.', "-"))
}

/// The attribute of a right's message that explains it in plain words.
pub const SUMMARY: &str = "summary";

pub fn office(id: &str) -> String {
    format!("office-{id}")
}

/// A city's name in each language (`city-rabat`): the rules name it by its id.
pub fn city(id: &str) -> String {
    format!("city-{id}")
}

pub fn document(id: &str) -> String {
    format!("document-{id}")
}

pub fn step(id: &str) -> String {
    format!("step-{id}")
}

pub fn domain(domain: Domain) -> String {
    format!("domain-{}", domain.name())
}

/// The sentence saying what version `version` of the rules changed to the right `right_id`
/// (`rules/changes.toml`).
pub fn change(version: u32, right_id: &str) -> String {
    format!("change-{version}-{}", right_id.replace('.', "-"))
}

/// Prefixes of the ids above: a locale message with one of these that no rule needs is unused.
pub const RULE_PREFIXES: [&str; 9] =
    ["question-", "choice-", "right-", "office-", "city-", "document-", "step-", "domain-", "change-"];
