//! The JSON output of `eval --format json`. Other tools and tests read it, so its shape is
//! stable and documented in `rules/README.md`: add fields, never rename or remove them.

use huquq_engine::answers::{Answers, RawAnswer, display_answer, display_value};
use huquq_engine::model::QuestionId;
use huquq_engine::{Date, Evaluation, RuleSet};
use serde::Serialize;

#[derive(Serialize)]
pub struct Output {
    /// The reference date of the evaluation.
    date: String,
    rules_reviewed: String,
    /// The next question to ask, or null when the interview is over.
    next_question: Option<String>,
    /// At most this many questions are left.
    remaining_questions: usize,
    rights: Vec<RightOutput>,
}

#[derive(Serialize)]
struct RightOutput {
    right: String,
    /// eligible, not_eligible or undetermined.
    status: &'static str,
    /// in_force, ended or not_yet.
    validity: &'static str,
    valid_from: Option<String>,
    valid_until: Option<String>,
    /// The fewest answers that decide the status on their own.
    because: Vec<AnswerOutput>,
    /// Single answers that would make a right that does not apply, apply.
    would_change: Vec<ChangeOutput>,
    /// For an undetermined right: the questions that can still decide it.
    open_questions: Vec<String>,
    /// Undetermined because its sources leave the answer open for these answers (its
    /// `unknown_when` holds, and `because` gives the answers that make it so): ask the office.
    open_by_source: bool,
    /// current or aged: whether its evidence is older than its age on `date` (a programme).
    evidence: &'static str,
    /// When its evidence was last confirmed: the newest date among its sources.
    evidence_confirmed: Option<String>,
    check_with_office: bool,
    sources: Vec<SourceOutput>,
    /// Where to go, in the order the guide lists them (`huquq_engine::places`).
    offices: Vec<OfficeOutput>,
}

#[derive(Serialize)]
struct OfficeOutput {
    id: String,
    /// near (in the person's region), anywhere (no region, or the region is not known) or
    /// elsewhere (another region: the guide lists it last, with its city).
    placement: &'static str,
    name: Option<String>,
    city: Option<String>,
    address: Option<String>,
    phone: Vec<String>,
    whatsapp: Option<String>,
    email: Option<String>,
    website: Option<String>,
    hours: Option<String>,
}

#[derive(Serialize)]
struct AnswerOutput {
    question: String,
    answer: String,
}

#[derive(Serialize)]
struct ChangeOutput {
    question: String,
    answers: Vec<String>,
}

#[derive(Serialize)]
struct SourceOutput {
    id: String,
    title: String,
    issuer: String,
    date: Option<String>,
    reference: String,
    link: Option<String>,
}

impl Output {
    pub fn new(rules: &RuleSet, answers: &Answers, evaluation: &Evaluation, date: Date) -> Output {
        let id = |q: QuestionId| rules.question(q).id.clone();
        // In the order the results list them (the engine's `policy`).
        let rights = huquq_engine::policy::ordered(rules, &evaluation.outcomes)
            .into_iter()
            .map(|r| &evaluation.outcomes[r.index()])
            .map(|outcome| {
                let right = rules.right(outcome.right);
                RightOutput {
                    right: right.id.clone(),
                    status: outcome.status.name(),
                    validity: outcome.validity.name(),
                    valid_from: right.valid_from.map(|d| d.to_string()),
                    valid_until: right.valid_until.map(|d| d.to_string()),
                    because: outcome
                        .because
                        .iter()
                        .filter_map(|&q| {
                            answers
                                .get(q)
                                .map(|a| AnswerOutput { question: id(q), answer: display_answer(rules, q, a) })
                        })
                        .collect(),
                    would_change: outcome
                        .would_change
                        .iter()
                        .map(|c| ChangeOutput {
                            question: id(c.question),
                            answers: c.values.iter().map(|v| display_value(rules, c.question, v)).collect(),
                        })
                        .collect(),
                    open_questions: outcome.open.iter().map(|&q| id(q)).collect(),
                    open_by_source: outcome.open_by_source,
                    evidence: outcome.evidence.name(),
                    evidence_confirmed: right.confirmed.map(|d| d.to_string()),
                    check_with_office: right.check_with_office,
                    sources: right
                        .sources
                        .iter()
                        .map(|&s| {
                            let source = &rules.sources[usize::from(s)];
                            SourceOutput {
                                id: source.id.clone(),
                                title: source.title.clone(),
                                issuer: source.issuer.clone(),
                                date: source.date.map(|d| d.to_string()),
                                reference: source.reference.clone(),
                                link: source.link.clone(),
                            }
                        })
                        .collect(),
                    offices: huquq_engine::places::offices(rules, right, answers)
                        .into_iter()
                        .map(|(o, placement)| {
                            let office = &rules.offices[o.index()];
                            OfficeOutput {
                                id: office.id.clone(),
                                placement: placement.name(),
                                name: office.name.clone(),
                                city: office.city.clone(),
                                address: office.address.clone(),
                                phone: office.phone.clone(),
                                whatsapp: office.whatsapp.clone(),
                                email: office.email.clone(),
                                website: office.website.clone(),
                                hours: office.hours.clone(),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        Output {
            date: date.to_string(),
            rules_reviewed: rules.reviewed.to_string(),
            next_question: evaluation.next.map(id),
            remaining_questions: evaluation.remaining,
            rights,
        }
    }
}

/// An answer as JSON writes it.
pub fn raw_answer(value: &serde_json::Value) -> Option<RawAnswer> {
    Some(match value {
        serde_json::Value::Bool(b) => RawAnswer::Bool(*b),
        serde_json::Value::Number(n) => RawAnswer::Integer(n.as_i64()?),
        serde_json::Value::String(s) => RawAnswer::Text(s.clone()),
        serde_json::Value::Array(items) => {
            RawAnswer::List(items.iter().map(|i| i.as_str().map(String::from)).collect::<Option<_>>()?)
        }
        _ => return None,
    })
}
