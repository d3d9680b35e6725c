//! Huquq's engine: the rules of who can use which right in Morocco, and how to evaluate them.
//!
//! The core (always built, also for the browser) holds the compiled rules ([`model`]) and
//! their bytes ([`bytes`]), answers, three-valued evaluation, explanations and the choice of
//! the next question.
//! The `check` feature adds what only build time and the rule authors' tool need: reading
//! `rules/` and `locales/`, checking them, reporting located errors, running scenarios.
//! The engine never touches the DOM, the network or a clock; callers pass "today".

pub mod answers;
pub mod bytes;
pub mod date;
pub mod eval;
pub mod interview;
pub mod keys;
pub mod model;
pub mod outcome;

#[cfg(feature = "check")]
pub mod check;
#[cfg(feature = "check")]
pub mod scenario;

pub use answers::{Answer, AnswerError, Answers, RawAnswer, Value};
pub use date::{Date, PartialDate};
pub use interview::{Evaluation, run};
pub use model::RuleSet;
pub use outcome::{Change, Outcome, Status, Validity, evaluate};
