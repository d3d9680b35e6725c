//! Why a decided right is decided (or left open by its sources): the fewest answers that
//! decide it on their own, and for a "no", the single answers that, if different, would turn
//! it into a "yes". It only reads answers through views of them (`Lookup`); it never changes
//! them and chooses no question.

use crate::answers::{Answers, Value};
use crate::candidates::{candidates, included_choices};
use crate::eval::{Context, Lookup, Truth};
use crate::model::{Expr, QuestionId, Right};
use crate::outcome::{Change, Status, Verdict, verdict};

/// Answers with all but some questions hidden.
struct Only<'a> {
    answers: &'a Answers,
    kept: &'a [QuestionId],
}

impl Lookup for Only<'_> {
    fn value(&self, question: QuestionId) -> Option<&Value> {
        if self.kept.contains(&question) { self.answers.value(question) } else { None }
    }
}

/// Answers with one of them replaced.
struct Replaced<'a> {
    answers: &'a Answers,
    question: QuestionId,
    value: &'a Value,
}

impl Lookup for Replaced<'_> {
    fn value(&self, question: QuestionId) -> Option<&Value> {
        if question == self.question { Some(self.value) } else { self.answers.value(question) }
    }
}

/// Beyond this many answered questions in one right, a minimal set is found greedily
/// instead of a smallest one, to keep evaluation fast.
const EXHAUSTIVE_LIMIT: usize = 12;

/// The fewest answers that give `decided` on their own: "yes", "no", or open by the sources.
/// For a right left open, the answers that leave it open and, when `when` holds, those that
/// make it hold: "your income is low; you are not a victim of trafficking". Hiding answers
/// never decides more (evaluation is monotone), so `when` is never false on fewer.
pub(crate) fn smallest_deciding_set(
    cx: &Context,
    right: &Right,
    answers: &Answers,
    decided: Verdict,
) -> Vec<QuestionId> {
    let known: Vec<QuestionId> = right.uses.iter().copied().filter(|&q| answers.value(q).is_some()).collect();
    let holds = cx.truth(&right.when, answers) == Truth::Yes;
    let decides = |kept: &[QuestionId]| {
        let only = Only { answers, kept };
        match decided.status {
            Status::Eligible => applies(cx, right, &only),
            Status::NotEligible => cx.truth(&right.when, &only) == Truth::No,
            Status::Undetermined => {
                right.unknown_when.as_ref().is_some_and(|u| cx.truth(u, &only) == Truth::Yes)
                    && (!holds || cx.truth(&right.when, &only) == Truth::Yes)
            }
        }
    };
    if known.len() <= EXHAUSTIVE_LIMIT {
        let n = known.len();
        for size in 0..=n {
            for mask in 0u32..(1 << n) {
                if mask.count_ones() as usize != size {
                    continue;
                }
                let kept: Vec<QuestionId> = (0..n).filter(|i| mask & (1 << i) != 0).map(|i| known[i]).collect();
                if decides(&kept) {
                    return kept;
                }
            }
        }
    }
    let mut kept = known;
    let mut i = 0;
    while i < kept.len() {
        let removed = kept.remove(i);
        if !decides(&kept) {
            kept.insert(i, removed);
            i += 1;
        }
    }
    kept
}

pub(crate) fn single_changes(cx: &Context, right: &Right, answers: &Answers) -> Vec<Change> {
    let mut changes = Vec::new();
    for &question in &right.uses {
        let Some(current) = answers.value(question) else {
            continue;
        };
        let values: Vec<Value> = alternatives(cx, right, question, current)
            .into_iter()
            .filter(|value| applies(cx, right, &Replaced { answers, question, value }))
            .collect();
        if !values.is_empty() {
            changes.push(Change { question, values });
        }
    }
    changes
}

/// Whether the right applies ("yes") on these answers.
fn applies(cx: &Context, right: &Right, answers: &impl Lookup) -> bool {
    verdict(cx, &right.when, right.unknown_when.as_ref(), answers, None).status == Status::Eligible
}

/// The other answers worth trying for a question: its [`candidates`], and for a several-choice
/// answer, the same answer with one of the choices the right asks about ticked or unticked.
fn alternatives(cx: &Context, right: &Right, question: QuestionId, current: &Value) -> Vec<Value> {
    let conditions: Vec<&Expr> = right.conditions().collect();
    let mut values = match current {
        Value::Choices(have) => included_choices(cx.rules, &conditions, question)
            .into_iter()
            .map(|c| {
                let mut toggled = have.clone();
                match toggled.binary_search(&c) {
                    Ok(at) => _ = toggled.remove(at),
                    Err(at) => toggled.insert(at, c),
                }
                Value::Choices(toggled)
            })
            .collect(),
        _ => candidates(cx, &conditions, question).unwrap_or_default(),
    };
    values.retain(|v| v != current);
    values.dedup();
    values
}
