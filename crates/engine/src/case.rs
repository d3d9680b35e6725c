//! A person's case as a scenario file of `rules/tests/` ("export the case", "this looks
//! wrong"): their answers, the day, and under `[expect]` each right as those answers decide
//! it, so that `huquq-rules test` reproduces it and a rule author edits what should differ.
//! The rules' version and the person's remark go in `#` comments, every line of the remark
//! commented, so no remark can break the TOML. Sensitive answers go in only when asked; a
//! right that depends on one left out stays undetermined, as the file's own answers decide.

use crate::answers::{Answer, Answers, Value, display_answer};
use crate::date::Date;
use crate::model::{QuestionId, RightId, RuleSet};
use crate::outcome::{Outcome, Status};
use std::fmt::Write;

/// What goes into a case file besides the rules.
pub struct Case<'a> {
    pub answers: &'a Answers,
    /// The day of the results: the scenario's `date`.
    pub date: Date,
    pub include_sensitive: bool,
    /// What the person or the counsellor says is wrong, if anything.
    pub remark: &'a str,
    /// Only this right's line under `[expect]` (a report about one right, kept short).
    pub only: Option<RightId>,
}

/// The scenario file's text.
pub fn write(rules: &RuleSet, case: &Case) -> String {
    let answers = if case.include_sensitive { case.answers.clone() } else { case.answers.without_sensitive(rules) };
    let mut out = String::new();
    let _ = writeln!(out, "# Exported from the guide; rules version: {}", rules.version);
    for line in case.remark.split(['\n', '\r']).filter(|l| !l.trim().is_empty()) {
        let line: String = line.chars().filter(|c| *c == '\t' || !c.is_control()).collect();
        let _ = writeln!(out, "# {}", line.trim_end());
    }
    let name = match case.only {
        Some(right) => {
            format!("Reported from the guide about {}: say what the rules should give", rules.right(right).id)
        }
        None => "A case exported from the guide: say in a sentence what the rules give this person".to_string(),
    };
    let _ = writeln!(out, "name = {}", quoted(&name));
    let _ = writeln!(out, "date = {}\n\n[answers]", case.date);
    for (question, answer) in answers.iter() {
        let _ = writeln!(out, "{} = {}", rules.question(question).id, value(rules, question, answer));
    }
    out.push_str("\n[expect]\n");
    for outcome in crate::outcome::evaluate(rules, &answers, case.date) {
        if case.only.is_none_or(|only| only == outcome.right) {
            let _ = writeln!(out, "{} = {}", quoted(&rules.right(outcome.right).id), expectation(rules, &outcome));
        }
    }
    out
}

/// An answer as a scenario writes it: true or false, a number, a text, a list of texts.
fn value(rules: &RuleSet, question: QuestionId, answer: &Answer) -> String {
    match answer {
        Answer::Given(Value::Bool(b)) => b.to_string(),
        Answer::Given(Value::Number(n)) => n.to_string(),
        Answer::Given(Value::Choices(_)) => {
            let text = display_answer(rules, question, answer);
            let items: Vec<String> = text.split('.').filter(|c| !c.is_empty()).map(quoted).collect();
            format!("[{}]", items.join(", "))
        }
        _ => quoted(&display_answer(rules, question, answer)),
    }
}

/// The status and the questions that decide it; for a right left open, its status alone
/// unless its sources leave it open (then `because` says for whom).
fn expectation(rules: &RuleSet, outcome: &Outcome) -> String {
    let status = outcome.status.name();
    if outcome.status == Status::Undetermined && !outcome.open_by_source {
        return quoted(status);
    }
    let mut because: Vec<QuestionId> = outcome.because.clone();
    crate::model::sort_small(&mut because);
    let names: Vec<String> = because.iter().map(|&q| quoted(&rules.question(q).id)).collect();
    format!("{{ status = {}, because = [{}] }}", quoted(status), names.join(", "))
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_with_quotes_and_controls_stays_one_toml_string() {
        assert_eq!(quoted("a \"b\" \\ c\n"), "\"a \\\"b\\\" \\\\ c\\u000A\"");
    }
}
