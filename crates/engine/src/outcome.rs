//! What the engine says about each right: eligible, not eligible, or undetermined, as of a
//! date, with why and how old its evidence is ([`Outcome`]). It evaluates each right's
//! conditions (`eval`, through [`verdict`]) and asks `explain` for the answers that decide it;
//! it chooses no question (that is `next`).

use crate::answers::{Answers, Value};
use crate::date::Date;
use crate::eval::{Context, Lookup, Truth};
use crate::explain;
use crate::model::{Evidence, Expr, QuestionId, RightId, RuleSet, Validity};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Eligible,
    NotEligible,
    Undetermined,
}

impl Status {
    /// The stable name used in JSON output, scenario files and the page's `data-status`.
    pub fn name(self) -> &'static str {
        match self {
            Status::Eligible => "eligible",
            Status::NotEligible => "not_eligible",
            Status::Undetermined => "undetermined",
        }
    }

    pub fn from_name(name: &str) -> Option<Status> {
        [Status::Eligible, Status::NotEligible, Status::Undetermined].into_iter().find(|s| s.name() == name)
    }
}

/// One question whose answer, changed alone to any of `values`, would make the right apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub question: QuestionId,
    pub values: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub right: RightId,
    pub status: Status,
    pub validity: Validity,
    /// Undetermined because its sources leave the answer open for these answers (its
    /// `unknown_when` holds): only the office can say.
    pub open_by_source: bool,
    /// Whether its evidence has aged on the day of the results.
    pub evidence: Evidence,
    /// For a decided right in force, or one open by its sources: the fewest answers that
    /// decide it (or leave it open) on their own.
    pub because: Vec<QuestionId>,
    /// For a right in force that does not apply: single answers that would make it apply.
    pub would_change: Vec<Change>,
    /// For an undetermined right: the questions still able to decide it, in question order,
    /// whether not yet asked or answered "I don't know".
    pub open: Vec<QuestionId>,
}

/// Evaluates every right as of `today`.
pub fn evaluate(rules: &RuleSet, answers: &Answers, today: Date) -> Vec<Outcome> {
    rules.right_ids().map(|r| evaluate_right(rules, answers, today, r)).collect()
}

pub fn evaluate_right(rules: &RuleSet, answers: &Answers, today: Date, id: RightId) -> Outcome {
    let right = rules.right(id);
    let mut outcome = Outcome {
        right: id,
        status: Status::NotEligible,
        validity: right.validity_on(today),
        open_by_source: false,
        evidence: right.evidence_on(today),
        because: Vec::new(),
        would_change: Vec::new(),
        open: Vec::new(),
    };
    if outcome.validity != Validity::InForce {
        return outcome;
    }
    let cx = Context { rules, today };
    let mut open = Vec::new();
    let verdict = verdict(&cx, &right.when, right.unknown_when.as_ref(), answers, Some(&mut open));
    (outcome.status, outcome.open_by_source) = (verdict.status, verdict.open_by_source);
    crate::model::sort_small(&mut open);
    open.dedup();
    outcome.open = open;
    if verdict.status != Status::Undetermined || verdict.open_by_source {
        outcome.because = explain::smallest_deciding_set(&cx, right, answers, verdict);
    }
    if verdict.status == Status::NotEligible {
        outcome.would_change = explain::single_changes(&cx, right, answers);
    }
    outcome
}

/// How a right's two conditions decide it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    /// Undetermined because `unknown_when` holds (the sources leave it open).
    pub open_by_source: bool,
}

/// The status a right's conditions give on `answers`, in three values: `when` false is "no";
/// otherwise `unknown_when` true leaves it open by its sources; `when` true and `unknown_when`
/// false (or absent) is "yes"; anything else waits. With `open`, the questions that can still
/// change an undetermined status are pushed onto it (unsorted, with repeats): those of `when`
/// while it is unknown (it may still become "no"), and those of `unknown_when` while it is.
/// The one place both conditions are combined: outcomes, explanations, the checks and
/// coverage all ask it.
pub fn verdict(
    cx: &Context,
    when: &Expr,
    unknown_when: Option<&Expr>,
    answers: &impl Lookup,
    open: Option<&mut Vec<QuestionId>>,
) -> Verdict {
    let mut scratch = Vec::new();
    let open = open.unwrap_or(&mut scratch);
    let mark = open.len();
    let applies = cx.residual(when, answers, open);
    let plain = |status| Verdict { status, open_by_source: false };
    if applies == Truth::No {
        return plain(Status::NotEligible);
    }
    let before = open.len();
    let left_open = match unknown_when {
        Some(condition) => cx.residual(condition, answers, open),
        None => Truth::No,
    };
    match (applies, left_open) {
        (_, Truth::Yes) => {
            // Only `when` can still change it (to "no").
            open.truncate(before);
            Verdict { status: Status::Undetermined, open_by_source: true }
        }
        (Truth::Yes, Truth::No) => {
            open.truncate(mark);
            plain(Status::Eligible)
        }
        _ => plain(Status::Undetermined),
    }
}
