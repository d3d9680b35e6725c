//! The audit: every path the interview can take, walked as `next` asks its questions, and the
//! invariants each path keeps. Each question is answered with every answer worth trying
//! ([`crate::candidates`]: every choice, numbers around the thresholds the rules use) and with
//! "I don't know" and "I prefer not to say" where offered, so the paths are finite and each
//! stands for everyone who answers alike. It reads the rules and reports; it changes nothing.
//!
//! The interview asks a question only while it can change an undetermined right (or place an
//! office), so how a right ends depends only on the answers to the questions it and their
//! `ask_if`s read, whatever the other rights. The audit therefore walks each right's interview
//! alone ([`paths`]: as the interview would go if the rules had only that right), each pair of
//! rights declared exclusive together, and searches the whole interview for its longest path
//! ([`longest`]). The property tests check that a right ends the same alone as among all.
//! Every right is audited as if in force on the day given (validity dates are plain date
//! comparisons, tested by the scenarios): a right that ended is still checked for the people
//! it served.

mod longest;
mod paths;

use crate::answers::{Answer, display_answer};
use crate::date::Date;
use crate::model::{QuestionId, RightId, RuleSet};
use crate::outcome::Status;

/// What the rules declare about themselves, for the audit to prove.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Claims {
    /// `[meta] max_questions`: no interview asks more questions than this.
    pub max_questions: Option<usize>,
    /// Rights declared `exclusive_with` each other: no interview ends with both eligible.
    pub exclusive: Vec<(RightId, RightId)>,
}

/// One answer on a path, in the order the interview asked.
pub type Step = (QuestionId, Answer);

/// An invariant that some path breaks, with the answers that show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Violation {
    /// A decided right changed its status, or an outcome's parts disagree with its status.
    Inconsistent { right: RightId, what: String, path: Vec<Step> },
    /// The interview ended with the right waiting for a question it never asked.
    Stuck { right: RightId, question: QuestionId, path: Vec<Step> },
    /// The interview asked more questions than `[meta] max_questions`.
    TooLong { max: usize, path: Vec<Step> },
    /// Fewer questions were said to remain than the interview then asked.
    Remaining { said: usize, asked: usize, path: Vec<Step> },
    /// The right is eligible (or open by its sources) at the end of no interview: only answers
    /// the interview never collects together would make it apply.
    NeverEligible { right: RightId, ends: Vec<Status> },
    /// Two rights declared exclusive are both eligible.
    BothApply { rights: (RightId, RightId), path: Vec<Step> },
    /// The interview asked a question already answered.
    AsksAgain { question: QuestionId, path: Vec<Step> },
    /// The walk stopped: more states or longer paths than the audit explores.
    Unfinished { states: usize, path: Vec<Step> },
}

/// What the audit found.
#[derive(Clone, Debug)]
pub struct Audit {
    /// Interviews walked, right by right and for each exclusive pair (each number answer
    /// standing for its range).
    pub paths: u64,
    /// States walked: distinct ones in the walks (paths through one share it), and every
    /// one the search for the longest interview visits.
    pub states: usize,
    /// The answers of a longest interview of the whole rules.
    pub longest: Vec<Step>,
    /// For each right, the statuses its interviews end with.
    pub ends: Vec<Vec<Status>>,
    /// For each right, whether some interview ends with it open by its sources (`unknown_when`).
    pub open_by_source: Vec<bool>,
    pub violations: Vec<Violation>,
}

/// Walks every interview on `today` and checks the invariants and the `claims`.
pub fn audit(rules: &RuleSet, claims: &Claims, today: Date) -> Audit {
    let mut rules = rules.clone();
    for right in &mut rules.rights {
        (right.valid_from, right.valid_until) = (None, None);
    }
    let tried = paths::answers_to_try(&rules, today);
    let mut audit = Audit {
        paths: 0,
        states: 0,
        longest: Vec::new(),
        ends: Vec::new(),
        open_by_source: Vec::new(),
        violations: Vec::new(),
    };
    let alone = rules.right_ids().map(|r| vec![r]);
    let pairs = claims.exclusive.iter().map(|&(a, b)| vec![a, b]);
    let mut some = rules.clone();
    for rights in alone.chain(pairs) {
        some.rights = rights.iter().map(|&r| rules.right(r).clone()).collect();
        let exclusive: Vec<_> = (rights.len() == 2).then(|| (RightId::new(0), RightId::new(1))).into_iter().collect();
        let walk = paths::walk(&some, today, &tried, &exclusive);
        audit.paths = audit.paths.saturating_add(walk.paths);
        audit.states += walk.states;
        if rights.len() == 1 {
            audit.ends.push(STATUSES.into_iter().filter(|&s| walk.ends[0] & paths::bit(s) != 0).collect());
            audit.open_by_source.push(walk.ends[0] & paths::OPEN_BY_SOURCE != 0);
        }
        for violation in walk.violations {
            audit.add(violation.renumbered(&rights));
        }
    }
    // A right its sources leave open for everyone it may serve is never eligible, knowingly.
    for ((right, ends), open) in rules.right_ids().zip(audit.ends.clone()).zip(audit.open_by_source.clone()) {
        if !ends.contains(&Status::Eligible) && !open {
            audit.add(Violation::NeverEligible { right, ends });
        }
    }
    let longest = longest::longest(&rules, today, &tried);
    audit.states += longest.states;
    if !longest.finished {
        audit.add(Violation::Unfinished { states: longest.states, path: longest.path.clone() });
    }
    if let Some(max) = claims.max_questions
        && longest.path.len() > max
    {
        audit.add(Violation::TooLong { max, path: longest.path.clone() });
    }
    audit.longest = longest.path;
    audit
}

/// Adds a violation unless one of the same kind about the same rights is there.
fn add_once(violations: &mut Vec<Violation>, violation: Violation) {
    let subject = |v: &Violation| (std::mem::discriminant(v), v.rights());
    if !violations.iter().any(|seen| subject(seen) == subject(&violation)) {
        violations.push(violation);
    }
}

const STATUSES: [Status; 3] = [Status::Eligible, Status::NotEligible, Status::Undetermined];

impl Audit {
    fn add(&mut self, violation: Violation) {
        add_once(&mut self.violations, violation);
    }
}

impl Violation {
    /// The answers that show the violation, if it has a path.
    pub fn path(&self) -> Option<&[Step]> {
        match self {
            Violation::Inconsistent { path, .. }
            | Violation::Stuck { path, .. }
            | Violation::TooLong { path, .. }
            | Violation::Remaining { path, .. }
            | Violation::BothApply { path, .. }
            | Violation::AsksAgain { path, .. }
            | Violation::Unfinished { path, .. } => Some(path),
            Violation::NeverEligible { .. } => None,
        }
    }

    /// The rights it is about, to point at their conditions.
    pub fn rights(&self) -> Vec<RightId> {
        match self {
            Violation::Inconsistent { right, .. } | Violation::Stuck { right, .. } => vec![*right],
            Violation::NeverEligible { right, .. } => vec![*right],
            Violation::BothApply { rights: (a, b), .. } => vec![*a, *b],
            _ => Vec::new(),
        }
    }

    /// The same violation with rights numbered as in `rights` (a walk of some rights alone
    /// numbers them from 0).
    fn renumbered(self, rights: &[RightId]) -> Violation {
        let at = |r: RightId| rights.get(r.index()).copied().unwrap_or(r);
        match self {
            Violation::Inconsistent { right, what, path } => Violation::Inconsistent { right: at(right), what, path },
            Violation::Stuck { right, question, path } => Violation::Stuck { right: at(right), question, path },
            Violation::NeverEligible { right, ends } => Violation::NeverEligible { right: at(right), ends },
            Violation::BothApply { rights: (a, b), path } => Violation::BothApply { rights: (at(a), at(b)), path },
            other => other,
        }
    }

    /// One sentence saying what is wrong, naming rights and questions by their ids.
    pub fn message(&self, rules: &RuleSet) -> String {
        let right = |r: &RightId| rules.right(*r).id.as_str();
        match self {
            Violation::Inconsistent { right: r, what, .. } => format!("right `{}`: {what}", right(r)),
            Violation::Stuck { right: r, question, .. } => format!(
                "right `{}` stays undetermined waiting for `{}`, which the interview never asks",
                right(r),
                rules.question(*question).id
            ),
            Violation::TooLong { max, path } => {
                format!("an interview asks {} questions, more than `max_questions = {max}`", path.len())
            }
            Violation::Remaining { said, asked, .. } => {
                format!("the interview said at most {said} questions remained, then asked {asked}")
            }
            Violation::NeverEligible { right: r, ends } => {
                let ends: Vec<&str> = ends.iter().map(|s| s.name()).collect();
                format!(
                    "right `{}` is eligible at the end of no interview (they end {}): the answers that make it apply are never collected together",
                    right(r),
                    ends.join(" or ")
                )
            }
            Violation::BothApply { rights: (a, b), .. } => {
                format!("rights `{}` and `{}` are declared exclusive but both apply", right(a), right(b))
            }
            Violation::AsksAgain { question, .. } => {
                format!("the interview asks `{}` again", rules.question(*question).id)
            }
            Violation::Unfinished { path, .. } if path.len() >= paths::MAX_DEPTH => {
                format!("an interview goes on past {} questions: too long for the audit to walk", paths::MAX_DEPTH)
            }
            Violation::Unfinished { states, .. } => {
                format!("the audit stopped after {states} states: the interviews are too many to walk")
            }
        }
    }
}

/// A path's answers as rules files write them: `papers = no_papers, age = 17`; past 20, the
/// number of the others.
pub fn describe(rules: &RuleSet, path: &[Step]) -> String {
    const SHOWN: usize = 20;
    if path.is_empty() {
        return "before any answer".to_string();
    }
    let mut answers: Vec<String> = path
        .iter()
        .take(SHOWN)
        .map(|(q, a)| format!("{} = {}", rules.question(*q).id, display_answer(rules, *q, a)))
        .collect();
    if path.len() > SHOWN {
        answers.push(format!("and {} more", path.len() - SHOWN));
    }
    answers.join(", ")
}

#[cfg(test)]
mod tests;
