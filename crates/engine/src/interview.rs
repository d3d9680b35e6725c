//! Which question to ask next. A question is worth asking only while it can still change an
//! undetermined right, so skip logic follows from the rules themselves. Questions are asked
//! in the order the rules declare them; a question's `ask_if` can hold it back until the
//! questions it depends on are answered, and skips it when it is false.

use crate::answers::Answers;
use crate::date::Date;
use crate::eval::{Context, Truth};
use crate::model::{QuestionId, RuleSet};
use crate::outcome::{Outcome, Status, evaluate};

/// Everything the interface needs after each answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub outcomes: Vec<Outcome>,
    /// `None` when no question can change any result any more: the interview is over.
    pub next: Option<QuestionId>,
    /// At most this many questions are left to ask (fewer if answers settle rights early).
    pub remaining: usize,
}

pub fn run(rules: &RuleSet, answers: &Answers, today: Date) -> Evaluation {
    let outcomes = evaluate(rules, answers, today);
    let cx = Context { rules, today };
    let wanted = wanted_questions(rules, answers, &outcomes);
    let mut next = None;
    let mut to_ask = vec![false; rules.questions.len()];
    for (q, &is_wanted) in wanted.iter().enumerate() {
        if !is_wanted {
            continue;
        }
        if let Some(ask) = question_to_ask(&cx, answers, q as QuestionId, 0) {
            next.get_or_insert(ask);
            to_ask[usize::from(ask)] = true;
            to_ask[q] |= ask != q as QuestionId;
        }
    }
    Evaluation { outcomes, next, remaining: to_ask.iter().filter(|&&b| b).count() }
}

/// Unanswered questions that can still change an undetermined right, by question index.
fn wanted_questions(rules: &RuleSet, answers: &Answers, outcomes: &[Outcome]) -> Vec<bool> {
    let mut wanted = vec![false; rules.questions.len()];
    for outcome in outcomes.iter().filter(|o| o.status == Status::Undetermined) {
        for &q in &outcome.open {
            wanted[usize::from(q)] |= !answers.is_answered(q);
        }
    }
    wanted
}

/// The question to ask for `question`: itself, a question its `ask_if` is waiting for, or
/// nothing if its `ask_if` is false.
fn question_to_ask(cx: &Context, answers: &Answers, question: QuestionId, depth: usize) -> Option<QuestionId> {
    let Some(ask_if) = &cx.rules.question(question).ask_if else {
        return Some(question);
    };
    let mut open = Vec::new();
    match cx.residual(ask_if, answers, &mut open) {
        Truth::No => None,
        Truth::Yes => Some(question),
        Truth::Unknown => {
            open.sort_unstable();
            // The checker rejects cycles between `ask_if`s; the depth bound keeps this total.
            let first = open
                .into_iter()
                .find(|&q| q != question && !answers.is_answered(q) && depth < cx.rules.questions.len());
            match first {
                // A prerequisite that is itself skipped can never be answered: ask anyway.
                Some(prerequisite) => question_to_ask(cx, answers, prerequisite, depth + 1).or(Some(question)),
                None => Some(question),
            }
        }
    }
}
