//! Scenario files (`rules/tests/*.toml`): a person's answers, a date, and the results the
//! rules must give them. They are the rules' tests, written by the same people as the rules.
//!
//! ```toml
//! name = "A man with no papers who arrived last month can use primary health care"
//! date = 2026-11-23
//! questions_asked = 3            # optional: how many questions the interview asks
//!
//! [answers]
//! papers = "no_papers"           # yes/no: true or false; "dont_know", "prefer_not_to_say"
//!
//! [expect]
//! "health.primary-care" = "eligible"   # or "not_eligible", "undetermined"
//! ```

use crate::answers::{Answer, Answers, RawAnswer};
use crate::check::Input;
use crate::check::diagnostic::{Code, Diagnostic, Location};
use crate::check::syntax::{YEARS, partial_date, toml_error};
use crate::date::Date;
use crate::model::{QuestionId, RightId, RuleSet};
use crate::outcome::{Outcome, Status};
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    name: String,
    date: Spanned<toml::Value>,
    questions_asked: Option<Spanned<usize>>,
    #[serde(default)]
    answers: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    expect: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Clone, Debug)]
pub struct Scenario {
    pub file: usize,
    pub name: String,
    pub date: Date,
    pub answers: Answers,
    pub expect: Vec<(RightId, Status)>,
    pub questions_asked: Option<usize>,
}

/// What running a scenario found.
#[derive(Clone, Debug)]
pub struct Run {
    /// One sentence per difference from what the scenario expects.
    pub differences: Vec<String>,
    /// The questions the interview asked, in order.
    pub asked: Vec<QuestionId>,
}

/// An answer as TOML writes it.
pub fn raw_answer(value: &toml::Value) -> Option<RawAnswer> {
    Some(match value {
        toml::Value::Boolean(b) => RawAnswer::Bool(*b),
        toml::Value::Integer(n) => RawAnswer::Integer(*n),
        toml::Value::String(s) => RawAnswer::Text(s.clone()),
        toml::Value::Array(items) => {
            RawAnswer::List(items.iter().map(|i| i.as_str().map(String::from)).collect::<Option<_>>()?)
        }
        // A date answer is checked as any other (`Answers::set_raw`), not against the rules' years.
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            let date = datetime.date?;
            RawAnswer::Text(format!("{:04}-{:02}-{:02}", date.year, date.month, date.day))
        }
        _ => return None,
    })
}

pub fn load(input: &Input, file: usize, rules: &RuleSet) -> Result<Scenario, Vec<Diagnostic>> {
    let text = &input.files[file].text;
    let raw: RawScenario = toml::from_str(text).map_err(|e| vec![toml_error(file, text, &e)])?;
    let at = |span| Location { file, span };
    let mut errors = Vec::new();
    let date = partial_date(raw.date.get_ref()).filter(|d| d.day != 0).map(|d| d.first_day());
    if date.is_none() {
        errors.push(
            Diagnostic::error(Code::BadDate, format!("`date` must be a day from {} to {}", YEARS.start(), YEARS.end()))
                .at(at(raw.date.span()), "not a day")
                .note("write it as 2026-11-23"),
        );
    }
    let mut answers = Answers::new(rules);
    for (name, value) in &raw.answers {
        let result = match raw_answer(value.get_ref()) {
            Some(raw_answer) => answers.set_raw(rules, name.get_ref(), raw_answer).map_err(|e| e.to_string()),
            None => Err("this is not an answer: write true, false, a number, a text or a list of texts".to_string()),
        };
        if let Err(message) = result {
            errors.push(Diagnostic::error(Code::BadAnswer, message).at(at(value.span()), "this answer"));
        }
    }
    let mut expect = Vec::new();
    for (right, status) in &raw.expect {
        let Some(r) = rules.right_index(right.get_ref()) else {
            errors.push(
                Diagnostic::error(Code::UnknownReference, format!("there is no right `{}`", right.get_ref()))
                    .at(at(right.span()), "not a right"),
            );
            continue;
        };
        match Status::from_name(status.get_ref()) {
            Some(s) => expect.push((r, s)),
            None => errors.push(
                Diagnostic::error(Code::BadStatus, format!("`{}` is not a status", status.get_ref()))
                    .at(at(status.span()), "not a status")
                    .note("write eligible, not_eligible or undetermined"),
            ),
        }
    }
    match (date, errors.is_empty()) {
        (Some(date), true) => Ok(Scenario {
            file,
            name: raw.name,
            date,
            answers,
            expect,
            questions_asked: raw.questions_asked.map(|n| n.into_inner()),
        }),
        _ => Err(errors),
    }
}

pub fn run(rules: &RuleSet, scenario: &Scenario) -> Run {
    let outcomes = crate::outcome::evaluate(rules, &scenario.answers, scenario.date);
    let mut differences = Vec::new();
    for &(right, expected) in &scenario.expect {
        let outcome = &outcomes[usize::from(right)];
        if outcome.status != expected {
            differences.push(format!(
                "`{}`: expected {}, got {} ({})",
                rules.right(right).id,
                expected.name(),
                outcome.status.name(),
                explain(rules, &scenario.answers, outcome),
            ));
        }
    }
    let asked = match interview_questions(rules, &scenario.answers, scenario.date) {
        Ok(asked) => asked,
        Err(message) => {
            differences.push(message);
            Vec::new()
        }
    };
    if let Some(expected) = scenario.questions_asked
        && asked.len() != expected
    {
        let names: Vec<&str> = asked.iter().map(|&q| rules.question(q).id.as_str()).collect();
        differences.push(format!("expected {expected} questions asked, got {}: {}", asked.len(), names.join(", ")));
    }
    Run { differences, asked }
}

/// A short account of an outcome, for messages.
pub fn explain(rules: &RuleSet, answers: &Answers, outcome: &Outcome) -> String {
    let names = |qs: &[QuestionId]| qs.iter().map(|&q| rules.question(q).id.as_str()).collect::<Vec<_>>().join(", ");
    let answered = |qs: &[QuestionId]| {
        qs.iter()
            .filter_map(|&q| {
                answers
                    .get(q)
                    .map(|a| format!("{} = {}", rules.question(q).id, crate::answers::display_answer(rules, q, a)))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (outcome.status, outcome.validity) {
        (_, crate::model::Validity::Ended(on)) => format!("ended on {on}"),
        (_, crate::model::Validity::NotYet(from)) => format!("starts on {from}"),
        (Status::Undetermined, _) => format!("still open: {}", names(&outcome.open)),
        (_, _) if outcome.because.is_empty() => "whatever the answers".to_string(),
        (_, _) => format!("decided by {}", answered(&outcome.because)),
    }
}

/// The questions an interview asks someone who gives these answers, in order. A question
/// they did not answer gets "I don't know" (or "I prefer not to say"), as a person could.
pub fn interview_questions(rules: &RuleSet, given: &Answers, date: Date) -> Result<Vec<QuestionId>, String> {
    let mut answers = Answers::new(rules);
    let mut asked = Vec::new();
    while let Some(next) = crate::run(rules, &answers, date).next {
        let question = rules.question(next);
        let answer = match given.get(next) {
            Some(answer) => answer.clone(),
            None if question.dont_know => Answer::DontKnow,
            None if question.sensitive => Answer::PreferNotToSay,
            None => {
                return Err(format!(
                    "the interview asks `{}`, which this scenario does not answer and which has no \"I don't know\"",
                    question.id
                ));
            }
        };
        answers.set(rules, next, answer).map_err(|e| e.to_string())?;
        asked.push(next);
    }
    Ok(asked)
}
