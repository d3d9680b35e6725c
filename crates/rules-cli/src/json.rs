//! The JSON output of `eval --format json`. Other tools and tests read it, so its shape is
//! stable and documented in `rules/README.md`: add fields, never rename or remove them.

use huquq_engine::answers::{Answers, RawAnswer, display_answer, display_value};
use huquq_engine::hours::{Opening, Time};
use huquq_engine::model::{QuestionId, SourceId};
use huquq_engine::{Date, Evaluation, RuleSet, policy};

use crate::texts::Texts;
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
    /// The rights the results offer as the first things to do, in order: those that apply,
    /// are not urgent and whose first step fits the person (`huquq_engine::policy`).
    start_here: Vec<String>,
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
    /// The steps shown for these answers, in order, each with the sources of its own.
    steps: Vec<StepOutput>,
    /// The ids of the documents asked for these answers, in order.
    documents: Vec<String>,
    /// Where to go, in the order the guide lists them (`huquq_engine::places`).
    offices: Vec<OfficeOutput>,
}

#[derive(Serialize)]
struct StepOutput {
    id: String,
    sources: Vec<SourceOutput>,
}

#[derive(Serialize)]
struct OfficeOutput {
    id: String,
    /// near (in the person's region), anywhere (no region, or the region is not known) or
    /// elsewhere (another region: the guide lists it last, with its city).
    placement: &'static str,
    name: Option<String>,
    /// The city's name in French, the rules' language (the text `city-<id>`).
    city: Option<String>,
    /// The city's id (`rabat`); its name in each language is the text `city-<id>`.
    city_id: Option<String>,
    address: Option<String>,
    phone: Vec<String>,
    whatsapp: Option<String>,
    email: Option<String>,
    website: Option<String>,
    /// When it is open or answers, in French words, as the French page says it.
    hours: Option<String>,
    /// The same, as the rules write it.
    opening: Vec<OpeningOutput>,
}

/// One line of hours: days (`mon`…), `part` (morning, afternoon) or `from` and `to`
/// (`09:00`), and `for` (`calls`, for a phone's hours).
#[derive(Serialize)]
struct OpeningOutput {
    days: Vec<&'static str>,
    part: Option<&'static str>,
    from: Option<String>,
    to: Option<String>,
    #[serde(rename = "for")]
    for_what: Option<&'static str>,
}

impl OpeningOutput {
    fn new(opening: &Opening) -> OpeningOutput {
        let (part, range) = match opening.time {
            Time::Unsaid => (None, None),
            Time::Morning => (Some("morning"), None),
            Time::Afternoon => (Some("afternoon"), None),
            Time::Range { from, to } => (None, Some((from.to_string(), to.to_string()))),
        };
        OpeningOutput {
            days: opening.days.iter().map(|d| d.name()).collect(),
            part,
            from: range.as_ref().map(|r| r.0.clone()),
            to: range.map(|r| r.1),
            for_what: opening.calls.then_some("calls"),
        }
    }
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
    /// `french`: the texts the names of cities and the hours are given in.
    pub fn new(rules: &RuleSet, answers: &Answers, evaluation: &Evaluation, date: Date, french: &Texts) -> Output {
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
                    sources: right.sources.iter().map(|&s| source(rules, s)).collect(),
                    steps: policy::steps(rules, outcome.right, answers, date)
                        .into_iter()
                        .map(|s| StepOutput {
                            id: s.id.clone(),
                            sources: s.sources.iter().map(|&id| source(rules, id)).collect(),
                        })
                        .collect(),
                    documents: policy::documents(rules, outcome.right, answers, date)
                        .into_iter()
                        .map(|d| d.id.clone())
                        .collect(),
                    offices: huquq_engine::places::offices(rules, right, answers)
                        .into_iter()
                        .map(|(o, placement)| {
                            let office = &rules.offices[o.index()];
                            OfficeOutput {
                                id: office.id.clone(),
                                placement: placement.name(),
                                name: office.name.clone(),
                                city: office.city.as_ref().map(|c| french.text(&format!("city-{c}"))),
                                city_id: office.city.clone(),
                                address: office.address.clone(),
                                phone: office.phone.clone(),
                                whatsapp: office.whatsapp.clone(),
                                email: office.email.clone(),
                                website: office.website.clone(),
                                hours: french.hours(&office.hours),
                                opening: office.hours.iter().map(OpeningOutput::new).collect(),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        let (_, start_here) = policy::urgent_and_start_here(rules, &evaluation.outcomes, answers, date);
        Output {
            date: date.to_string(),
            rules_reviewed: rules.reviewed.to_string(),
            next_question: evaluation.next.map(id),
            remaining_questions: evaluation.remaining,
            start_here: start_here.into_iter().map(|r| rules.right(r).id.clone()).collect(),
            rights,
        }
    }
}

/// A source in full, as a lawyer cites it.
fn source(rules: &RuleSet, id: SourceId) -> SourceOutput {
    let source = &rules.sources[id.index()];
    SourceOutput {
        id: source.id.clone(),
        title: source.title.clone(),
        issuer: source.issuer.clone(),
        date: source.date.map(|d| d.to_string()),
        reference: source.reference.clone(),
        link: source.link.clone(),
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
