//! Check: a right that reads a question held back by its `ask_if` tests that `ask_if` too.
//! Someone for whom the `ask_if` is false is never asked the question, so a right that still
//! waits for its answer would stay "undetermined" for them for ever. The same for the `when`
//! of a step or a document: it would stay unknown, so the step would be shown and never fit. Checked by evaluation:
//! for every combination of the answers worth trying (`space`) to the questions the right and
//! the `ask_if`s read, the held-back questions whose `ask_if` is false are left unanswered, as
//! the interview leaves them; the right must still be decided. The same three-valued
//! evaluation as the guide's, so what this reports is what a person would see.

use super::Input;
use super::diagnostic::{Code, Diagnostic, Location};
use super::logic::reference_day;
use super::lower::Lowered;
use super::space::{Assignment, Space};
use crate::answers::display_value;
use crate::date::Date;
use crate::eval::{Context, Truth};
use crate::model::walk::questions_read;
use crate::model::{Expr, QuestionId, RuleSet};
use crate::outcome::{Status, verdict};

/// A condition checked: what it belongs to, for messages, and where it is written.
struct Condition<'a> {
    /// "right `x`", or "step `s` of right `x`".
    owner: String,
    /// What waiting for ever does to it.
    effect: &'static str,
    /// What to make decided: the right, or the step's or document's condition.
    subject: &'static str,
    when: &'a Expr,
    /// The right's `unknown_when`: the right must be decided, whichever of the two leaves it open.
    unknown_when: Option<&'a Expr>,
    at: &'a Location,
    /// Where the `unknown_when` is written, for a question read there only.
    unknown_at: Option<&'a Location>,
}

pub fn check(input: &Input, lowered: &Lowered, today: Date, diagnostics: &mut Vec<Diagnostic>) {
    let (rules, spans) = (&lowered.rules, &lowered.spans);
    for (r, right) in rules.rights.iter().enumerate() {
        let cx = Context { rules, today: reference_day(right, today) };
        let mut conditions = vec![Condition {
            owner: format!("right `{}`", right.id),
            effect: "this right would stay undetermined for ever",
            subject: "the right",
            when: &right.when,
            unknown_when: right.unknown_when.as_ref(),
            at: &spans.conditions[r],
            unknown_at: spans.unknown_conditions[r].as_ref(),
        }];
        for (kind, id, when, at) in lowered.entry_conditions(r) {
            let effect = match kind {
                "step" => "this step would be shown and never fit, for ever",
                _ => "this document would be asked for, for ever",
            };
            let owner = format!("{kind} `{id}` of right `{}`", right.id);
            conditions.push(Condition {
                owner,
                effect,
                subject: "its condition",
                when,
                unknown_when: None,
                at,
                unknown_at: None,
            });
        }
        for condition in &conditions {
            for (question, witness) in stuck(&cx, condition.when, condition.unknown_when) {
                let Some(ask_if_at) = spans.ask_ifs[question.index()].clone() else { continue };
                diagnostics.push(report(input, rules, condition, question, &witness, ask_if_at));
            }
        }
    }
}

/// The held-back questions that `when` would wait for when they are never asked, each with
/// answers for which it happens (the first found).
fn stuck(cx: &Context, when: &Expr, unknown_when: Option<&Expr>) -> Vec<(QuestionId, Assignment)> {
    let rules = cx.rules;
    let mut uses = Vec::new();
    for condition in std::iter::once(when).chain(unknown_when) {
        questions_read(rules, condition, &mut |q| uses.push(q));
    }
    crate::model::sort_small(&mut uses);
    uses.dedup();
    let held: Vec<QuestionId> = uses.iter().copied().filter(|&q| rules[q].ask_if.is_some()).collect();
    let mut questions = uses;
    let mut conditions: Vec<&Expr> = std::iter::once(when).chain(unknown_when).collect();
    for ask_if in held.iter().filter_map(|&q| rules[q].ask_if.as_ref()) {
        conditions.push(ask_if);
        questions_read(rules, ask_if, &mut |q| questions.push(q));
    }
    crate::model::sort_small(&mut questions);
    questions.dedup();
    // Past `space::MAX_COMBINATIONS` the right is not checked (ours read a few questions each).
    let Some(space) = (!held.is_empty()).then(|| Space::new(cx, &questions, &conditions)).flatten() else {
        return Vec::new();
    };
    let mut found: Vec<(QuestionId, Assignment)> = Vec::new();
    for index in 0..space.size {
        let given = space.assignment(index, rules.questions.len());
        let never: Vec<QuestionId> = held
            .iter()
            .copied()
            .filter(|&q| rules[q].ask_if.as_ref().is_some_and(|ask_if| cx.truth(ask_if, &given) == Truth::No))
            .collect();
        if never.is_empty() {
            continue;
        }
        let mut asked = given.clone();
        never.iter().for_each(|q| asked.values[q.index()] = None);
        let mut open = Vec::new();
        if verdict(cx, when, unknown_when, &asked, Some(&mut open)).status != Status::Undetermined {
            continue;
        }
        for q in never {
            if open.contains(&q) && !found.iter().any(|(f, _)| *f == q) {
                found.push((q, given.clone()));
            }
        }
    }
    found
}

fn report(
    input: &Input,
    rules: &RuleSet,
    condition: &Condition,
    question: QuestionId,
    witness: &Assignment,
    ask_if_at: Location,
) -> Diagnostic {
    let held = &rules[question];
    let mut ask_if_questions = Vec::new();
    if let Some(ask_if) = &held.ask_if {
        questions_read(rules, ask_if, &mut |q| ask_if_questions.push(q));
    }
    crate::model::sort_small(&mut ask_if_questions);
    ask_if_questions.dedup();
    let when: Vec<String> = ask_if_questions
        .iter()
        .filter_map(|&q| {
            witness.values[q.index()].as_ref().map(|v| format!("{} = {}", rules[q].id, display_value(rules, q, v)))
        })
        .collect();
    let ask_if_text = match condition_text(input, &ask_if_at) {
        Some(text) if text.contains(" or ") => format!("({text})"),
        Some(text) => text.to_string(),
        None => "(its `ask_if`)".to_string(),
    };
    Diagnostic::error(
        Code::HeldBack,
        format!(
            "{} reads `{}`, which is only asked when its `ask_if` holds, without testing it",
            condition.owner, held.id
        ),
    )
    .at(at_reading(rules, condition, question).clone(), format!("reads `{}`", held.id))
    .also(ask_if_at, format!("`{}` is only asked when this holds", held.id))
    .note(format!("for someone never asked `{}` (e.g. {}), {}", held.id, when.join(", "), condition.effect))
    .note(format!(
        "make {} decided whenever the `ask_if` is false: where it reads `{1}`, write `{ask_if_text} and {1}`",
        condition.subject, held.id
    ))
}

/// Where `question` is read: the condition, else the right's `unknown_when`.
fn at_reading<'a>(rules: &RuleSet, condition: &Condition<'a>, question: QuestionId) -> &'a Location {
    let mut in_when = false;
    questions_read(rules, condition.when, &mut |q| in_when |= q == question);
    match condition.unknown_at {
        Some(at) if !in_when => at,
        _ => condition.at,
    }
}

/// A condition as written between its quotes, when it is a one-line string without escapes.
fn condition_text<'a>(input: &'a Input, at: &Location) -> Option<&'a str> {
    let quoted = input.files.get(at.file)?.text.get(at.span.clone())?;
    let inner = quoted
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| quoted.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))?;
    (!inner.contains(['\\', '\n', '"'])).then_some(inner)
}

#[cfg(test)]
mod tests {
    use crate::check::{File, FileKind, Input, check, render};
    use crate::date::Date;

    const RULES: &str = r#"[meta]
reviewed = 2026-01-01
version = 1

[[question]]
id = "sex"
kind = "one_of"
choices = ["woman", "man", "not_said"]

[[question]]
id = "pregnant"
kind = "yes_no"
ask_if = "sex != 'man'"

[[question]]
id = "has_children"
kind = "yes_no"

[[source]]
id = "law"
title = "Law"
issuer = "Parliament"
reference = "art. 1"
"#;

    fn right(when: &str) -> String {
        format!("{RULES}\n[[right]]\nid = \"health.care\"\nkind = \"right\"\nwhen = \"{when}\"\nsources = [\"law\"]\n")
    }

    /// The held-back errors for the rules with one right, rendered.
    fn held_back(when: &str) -> String {
        held_back_in(right(when))
    }

    fn held_back_in(text: String) -> String {
        let file = File { path: "rules/main.toml".into(), text, kind: FileKind::Rules, not_utf8_at: None };
        let input = Input { files: vec![file], today: Date::from_ymd(2026, 11, 23).unwrap() };
        let report = check(&input);
        let held: Vec<_> = report.diagnostics.into_iter().filter(|d| d.code.name() == "held-back").collect();
        render(&input, &held)
    }

    #[test]
    fn a_right_that_tests_the_ask_if_is_decided_for_those_never_asked() {
        assert_eq!(held_back("sex != 'man' and pregnant"), "");
        assert_eq!(held_back("(sex != 'man' and pregnant) or has_children"), "");
        assert_eq!(held_back("sex == 'woman' and pregnant"), "", "narrower than the ask_if is fine");
        assert_eq!(held_back("has_children or sex == 'man' or pregnant"), "", "decided when the ask_if is false");
    }

    #[test]
    fn a_right_that_waits_for_a_question_never_asked_is_an_error() {
        // The message, at both places, is the case `bad/held-back`.
        assert!(held_back("pregnant or has_children").starts_with("error[held-back]:"));
        assert!(!held_back("not pregnant").is_empty());
        assert!(!held_back("has_children and (pregnant or sex == 'woman')").is_empty());
    }

    #[test]
    fn a_right_left_open_by_a_question_never_asked_is_an_error_too() {
        let open =
            |unknown_when: &str| held_back_in(right("has_children") + &format!("unknown_when = \"{unknown_when}\"\n"));
        assert!(open("pregnant").starts_with("error[held-back]:"), "a man would wait for ever");
        assert_eq!(open("sex != 'man' and pregnant"), "");
    }
}
