//! What the engine says about each right: eligible, not eligible, or undetermined, as of a
//! date, with why ([`Outcome`]). It evaluates each right's condition (`eval`) and asks
//! `explain` for the answers that decide it; it chooses no question (that is `next`).

use crate::answers::{Answers, Value};
use crate::date::Date;
use crate::eval::{Context, Truth};
use crate::explain;
use crate::model::{QuestionId, RightId, RuleSet, Validity};

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
    /// For a decided right in force: the fewest answers that decide it on their own.
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
        because: Vec::new(),
        would_change: Vec::new(),
        open: Vec::new(),
    };
    if outcome.validity != Validity::InForce {
        return outcome;
    }
    let cx = Context { rules, today };
    let mut open = Vec::new();
    let truth = cx.residual(&right.when, answers, &mut open);
    match truth {
        Truth::Unknown => {
            outcome.status = Status::Undetermined;
            crate::model::sort_small(&mut open);
            open.dedup();
            outcome.open = open;
        }
        decided => {
            outcome.status = if decided == Truth::Yes { Status::Eligible } else { Status::NotEligible };
            outcome.because = explain::smallest_deciding_set(&cx, right, answers, decided);
            if decided == Truth::No {
                outcome.would_change = explain::single_changes(&cx, right, answers);
            }
        }
    }
    outcome
}
