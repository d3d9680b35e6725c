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
//! # and why: the questions that decide it (`because`, for eligible and not_eligible, and for
//! # undetermined when its sources leave it open: its `unknown_when` holds) or that could
//! # still decide it (`open`, for undetermined), each compared as a set; and how old its
//! # evidence is that day (`evidence`, "aged" or "current")
//! "work.anapec" = { status = "not_eligible", because = ["papers"] }
//! # and what the results show of it: whether it is in "start here", the steps shown and the
//! # documents asked, each list in order
//! "legal.birth-registration" = { status = "eligible", start_here = false, steps = ["late-birth-judgment"] }
//! "education.preschool" = { status = "eligible", evidence = "aged" }
//! ```

use crate::answers::{Answer, Answers, RawAnswer};
use crate::check::Input;
use crate::check::diagnostic::{Code, Diagnostic, Location};
use crate::check::lower::declarations::closest;
use crate::check::syntax::{YEARS, partial_date, toml_error};
use crate::date::Date;
use crate::model::{QuestionId, RightId, RuleSet};
use crate::outcome::{Outcome, Status};
use crate::policy;
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
    expect: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
}

/// What a scenario expects of one right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    pub right: RightId,
    pub status: Status,
    /// The questions that decide it (the outcome's `because`), as a set, when given.
    pub because: Option<Vec<QuestionId>>,
    /// The questions that could still decide it (the outcome's `open`), as a set, when given.
    pub open: Option<Vec<QuestionId>>,
    /// Whether it is in "start here" (`policy::urgent_and_start_here`), when given.
    pub start_here: Option<bool>,
    /// The ids of the steps shown and of the documents asked (`policy`), in order, when given.
    pub steps: Option<Vec<String>>,
    pub documents: Option<Vec<String>>,
    /// Whether its evidence is aged that day (`evidence = "aged"`) or not (`"current"`).
    pub aged: Option<bool>,
}

#[derive(Clone, Debug)]
pub struct Scenario {
    pub file: usize,
    pub name: String,
    pub date: Date,
    pub answers: Answers,
    pub expect: Vec<Expectation>,
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
    for (right, value) in &raw.expect {
        let Some(r) = rules.right_index(right.get_ref()) else {
            errors.push(
                Diagnostic::error(Code::UnknownReference, format!("there is no right `{}`", right.get_ref()))
                    .at(at(right.span()), "not a right"),
            );
            continue;
        };
        match expectation(rules, r, value.get_ref()) {
            Ok(expectation) => expect.push(expectation),
            Err((code, message)) => errors.push(match code {
                Code::BadStatus => Diagnostic::error(code, message).at(at(value.span()), "this expectation").note(
                    "write eligible, not_eligible or undetermined, or a table such as { status = \"not_eligible\", because = [\"papers\"], evidence = \"current\" }",
                ),
                _ => Diagnostic::error(code, message).at(at(value.span()), "this expectation"),
            }),
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

/// A status alone (`"eligible"`) or a table (`{ status = "not_eligible", because = ["papers"] }`),
/// or the code and message of what is wrong with it.
fn expectation(rules: &RuleSet, right: RightId, value: &toml::Value) -> Result<Expectation, (Code, String)> {
    let status = |name: &str| Status::from_name(name).ok_or((Code::BadStatus, format!("`{name}` is not a status")));
    let table = match value {
        toml::Value::String(name) => {
            let status = status(name)?;
            return Ok(Expectation {
                right,
                status,
                because: None,
                open: None,
                start_here: None,
                steps: None,
                documents: None,
                aged: None,
            });
        }
        toml::Value::Table(table) => table,
        _ => return Err((Code::BadStatus, "an expectation is a status, or a table with `status`".to_string())),
    };
    const KEYS: [&str; 7] = ["status", "because", "open", "evidence", "start_here", "steps", "documents"];
    if let Some(key) = table.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err((Code::BadStatus, format!("`{key}` is not a key of an expectation: use {}", KEYS.join(", "))));
    }
    let aged = match table.get("evidence").map(|e| e.as_str()) {
        None => None,
        Some(Some("aged")) => Some(true),
        Some(Some("current")) => Some(false),
        Some(_) => return Err((Code::BadStatus, "`evidence` is \"aged\" or \"current\"".to_string())),
    };
    let name = table.get("status").and_then(toml::Value::as_str);
    let status = status(name.ok_or((Code::BadStatus, "the table has no `status` text".to_string()))?)?;
    let questions = |key: &str| -> Result<Option<Vec<QuestionId>>, (Code, String)> {
        let Some(value) = table.get(key) else { return Ok(None) };
        let names = value.as_array().ok_or((Code::BadStatus, format!("`{key}` is a list of question ids")))?;
        let mut found = Vec::new();
        for name in names {
            let name = name.as_str().ok_or((Code::BadStatus, format!("`{key}` is a list of question ids")))?;
            let q = rules.question_index(name).ok_or_else(|| {
                let ids = rules.questions.iter().map(|q| q.id.as_str());
                let near = closest(name, ids).map_or(String::new(), |near| format!("; did you mean `{near}`?"));
                (Code::UnknownReference, format!("there is no question `{name}` (in `{key}`){near}"))
            })?;
            found.push(q);
        }
        crate::model::sort_small(&mut found);
        found.dedup();
        Ok(Some(found))
    };
    let (because, open) = (questions("because")?, questions("open")?);
    if open.is_some() && status != Status::Undetermined {
        return Err((Code::BadStatus, "`open` goes with undetermined; for a decided status, write `because`".into()));
    }
    let start_here = match table.get("start_here") {
        None => None,
        Some(value) => Some(value.as_bool().ok_or((Code::BadStatus, "`start_here` is true or false".to_string()))?),
    };
    let the_right = rules.right(right);
    let steps = entries(table, "steps", "step", &the_right.id, the_right.steps.iter().map(|s| s.id.as_str()))?;
    let documents =
        entries(table, "documents", "document", &the_right.id, the_right.documents.iter().map(|d| d.id.as_str()))?;
    Ok(Expectation { right, status, because, open, aged, start_here, steps, documents })
}

/// The list of step or document ids under `key`, each one the right has, when given.
fn entries<'a>(
    table: &toml::Table,
    key: &str,
    what: &str,
    right: &str,
    known: impl Iterator<Item = &'a str> + Clone,
) -> Result<Option<Vec<String>>, (Code, String)> {
    let Some(value) = table.get(key) else { return Ok(None) };
    let list = || (Code::BadStatus, format!("`{key}` is a list of the right's {what} ids"));
    let mut found = Vec::new();
    for id in value.as_array().ok_or_else(list)? {
        let id = id.as_str().ok_or_else(list)?;
        if !known.clone().any(|k| k == id) {
            let near = closest(id, known.clone()).map_or(String::new(), |near| format!("; did you mean `{near}`?"));
            return Err((Code::UnknownReference, format!("right `{right}` has no {what} `{id}` (in `{key}`){near}")));
        }
        found.push(id.to_string());
    }
    Ok(Some(found))
}

/// Where an outcome differs from what is expected of it, in a sentence.
fn difference(rules: &RuleSet, answers: &Answers, expected: &Expectation, outcome: &Outcome) -> Option<String> {
    let id = &rules.right(expected.right).id;
    let names = |qs: &[QuestionId]| {
        let names: Vec<&str> = qs.iter().map(|&q| rules.question(q).id.as_str()).collect();
        if names.is_empty() { "nothing".to_string() } else { names.join(", ") }
    };
    let sorted = |qs: &[QuestionId]| {
        let mut qs = qs.to_vec();
        crate::model::sort_small(&mut qs);
        qs
    };
    if outcome.status != expected.status {
        let (want, got, why) = (expected.status.name(), outcome.status.name(), explain(rules, answers, outcome));
        return Some(format!("`{id}`: expected {want}, got {got} ({why})"));
    }
    if expected.status == Status::Undetermined && expected.because.is_some() && !outcome.open_by_source {
        let why = explain(rules, answers, outcome);
        return Some(format!("`{id}`: expected undetermined, open by its sources, got undetermined ({why})"));
    }
    if let Some(aged) = expected.aged
        && aged != matches!(outcome.evidence, crate::model::Evidence::Aged(_))
    {
        let (want, got) = if aged { ("aged", "current") } else { ("current", "aged") };
        return Some(format!("`{id}`: expected {want} evidence, got {got} evidence{}", since(outcome.evidence)));
    }
    for (key, want, got) in [("because", &expected.because, &outcome.because), ("open", &expected.open, &outcome.open)]
    {
        if let Some(want) = want
            && *want != sorted(got)
        {
            return Some(format!("`{id}`: expected {key} {}, got {key} {}", names(want), names(&sorted(got))));
        }
    }
    None
}

/// Where what the results show of a right differs from what is expected: "start here", the
/// steps shown and the documents asked.
fn shown_difference(
    rules: &RuleSet,
    scenario: &Scenario,
    expected: &Expectation,
    start_here: &[RightId],
) -> Option<String> {
    let (right, answers, day) = (expected.right, &scenario.answers, scenario.date);
    let id = &rules.right(right).id;
    let shown = |ids: Vec<&str>| if ids.is_empty() { "none".to_string() } else { ids.join(", ") };
    let steps: Vec<&str> = policy::steps(rules, right, answers, day).into_iter().map(|s| s.id.as_str()).collect();
    if let Some(want) = expected.start_here
        && want != start_here.contains(&right)
    {
        let (want, got) = if want { ("in", "not") } else { ("not in", "in") };
        let first = steps.first().copied().unwrap_or("none");
        return Some(format!("`{id}`: expected {want} start here, got {got} (its first shown step: {first})"));
    }
    let documents = policy::documents(rules, right, answers, day).into_iter().map(|d| d.id.as_str()).collect();
    for (key, want, got) in [("steps", &expected.steps, steps), ("documents", &expected.documents, documents)] {
        if let Some(want) = want
            && *want != got
        {
            let want: Vec<&str> = want.iter().map(String::as_str).collect();
            return Some(format!("`{id}`: expected {key} {}, got {key} {}", shown(want), shown(got)));
        }
    }
    None
}

pub fn run(rules: &RuleSet, scenario: &Scenario) -> Run {
    let outcomes = crate::outcome::evaluate(rules, &scenario.answers, scenario.date);
    let (_, start_here) = policy::urgent_and_start_here(rules, &outcomes, &scenario.answers, scenario.date);
    let mut differences: Vec<String> = scenario
        .expect
        .iter()
        .filter_map(|e| {
            difference(rules, &scenario.answers, e, &outcomes[e.right.index()])
                .or_else(|| shown_difference(rules, scenario, e, &start_here))
        })
        .collect();
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
        (Status::Undetermined, _) if outcome.open_by_source && outcome.because.is_empty() => {
            "open by its sources, whatever the answers".to_string()
        }
        (Status::Undetermined, _) if outcome.open_by_source => {
            format!("open by its sources for {}", answered(&outcome.because))
        }
        (Status::Undetermined, _) => format!("still open: {}", names(&outcome.open)),
        (_, _) if outcome.because.is_empty() => "whatever the answers".to_string(),
        (_, _) => format!("decided by {}", answered(&outcome.because)),
    }
}

/// When aged evidence was last confirmed, as a clause: " (confirmed 2020)".
pub fn since(evidence: crate::model::Evidence) -> String {
    match evidence {
        crate::model::Evidence::Aged(Some(confirmed)) => format!(" (confirmed {confirmed})"),
        crate::model::Evidence::Aged(None) => " (no dated source)".to_string(),
        crate::model::Evidence::Current => String::new(),
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
