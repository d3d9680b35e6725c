//! Huquq's engine: the rules of who can use which right in Morocco, and how to evaluate them.
//!
//! After each answer the engine runs one pipeline, a module per step:
//! [`answers`] (what the person said, checked against each question) → [`eval`] (each
//! condition yes, no or unknown) → [`explain`] (why, and what would change a "no"), giving an
//! [`outcome`] per right → [`next`] (the question that can still change something). [`run`]
//! does all of it. The rules it reads are [`model`] (with [`model::walk`], the one walk over
//! conditions), compiled to bytes by [`bytes`]; [`candidates`] lists the answers worth trying
//! for a question, for explanations and for the checker; [`hours`] says when an office is
//! open, and [`places`] in which order a person sees the offices; [`content`] gathers what a
//! right's card and its static page hold.
//!
//! The `results` feature adds what only the results and the tools read: [`case`] (a person's
//! case as a scenario file) and [`changes`] (what changed since an older version). The first
//! module of the app is built without it: their string code, though never called there,
//! changed how its own was inlined (about 110 bytes more to download before the first screen).
//!
//! The `check` feature adds what only build time and the rule authors' tool need, a pipeline
//! too (read → syntax → lower → check → compile): see [`check`]; [`audit`], which walks every
//! interview the rules can make and proves their invariants (a step of `check`); and
//! [`scenario`], the rules' tests, with [`coverage`], what they leave unpinned.
//!
//! Architecture invariant: the engine never touches the DOM, the network or a clock; callers
//! pass "today". With `check`, reading the directory it is given is its only input/output.

pub mod answers;
pub mod bytes;
pub mod candidates;
#[cfg(feature = "results")]
pub mod case;
#[cfg(feature = "results")]
pub mod changes;
pub mod code;
pub mod content;
pub mod date;
pub mod eval;
pub mod explain;
pub mod hours;
pub mod keys;
pub mod model;
pub mod next;
pub mod outcome;
pub mod places;
pub mod policy;

#[cfg(feature = "check")]
pub mod audit;
#[cfg(feature = "check")]
pub mod check;
#[cfg(feature = "check")]
pub mod coverage;
#[cfg(feature = "check")]
pub mod scenario;

pub use answers::{Answer, AnswerError, Answers, RawAnswer, Value};
pub use date::{Date, PartialDate};
pub use model::{Evidence, RuleSet, Validity};
pub use outcome::{Change, Outcome, Status, evaluate};

use model::QuestionId;

/// Everything the interface needs after each answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub outcomes: Vec<Outcome>,
    /// `None` when no question can change any result any more: the interview is over.
    pub next: Option<QuestionId>,
    /// At most this many questions are left to ask (fewer if answers settle rights early).
    pub remaining: usize,
    /// Unanswered questions that can still change an undetermined right, or place an office
    /// (the region), or say what the person came for (`[meta] needs`), in question order,
    /// whether or not their `ask_if` lets them be asked yet.
    pub wanted: Vec<QuestionId>,
}

/// The whole pipeline for these answers as of `today`: every right's outcome, then the next
/// question.
pub fn run(rules: &RuleSet, answers: &Answers, today: Date) -> Evaluation {
    let outcomes = evaluate(rules, answers, today);
    let next::Next { question, remaining, wanted } = next::next(rules, answers, &outcomes, today);
    Evaluation { outcomes, next: question, remaining, wanted }
}
