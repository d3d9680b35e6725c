//! Why a decided right is decided: the fewest answers that decide it on their own, and for a
//! "no", the single answers that, if different, would turn it into a "yes". It only reads
//! answers through views of them (`Lookup`); it never changes them and chooses no question.

use crate::answers::{Answers, Value};
use crate::date::Date;
use crate::eval::{Context, Lookup, Truth};
use crate::model::{ChoiceId, Expr, QuestionId, QuestionKind, Right, Term};
use crate::outcome::Change;

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

pub(crate) fn smallest_deciding_set(cx: &Context, right: &Right, answers: &Answers, decided: Truth) -> Vec<QuestionId> {
    let known: Vec<QuestionId> = right.uses.iter().copied().filter(|&q| answers.value(q).is_some()).collect();
    let decides = |kept: &[QuestionId]| cx.truth(&right.when, &Only { answers, kept }) == decided;
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
            .filter(|value| {
                let replaced = Replaced { answers, question, value };
                cx.truth(&right.when, &replaced) == Truth::Yes
            })
            .collect();
        if !values.is_empty() {
            changes.push(Change { question, values });
        }
    }
    changes
}

/// The other answers worth trying for a question: every other choice, or for numbers,
/// years and dates the values just around each threshold the right compares them with.
fn alternatives(cx: &Context, right: &Right, question: QuestionId, current: &Value) -> Vec<Value> {
    let kind = &cx.rules.question(question).kind;
    let mut values = match (kind, current) {
        (QuestionKind::YesNo, Value::Bool(b)) => vec![Value::Bool(!b)],
        (QuestionKind::OneOf { choices }, _) => ChoiceId::all(choices.len()).map(Value::Choice).collect(),
        (QuestionKind::AnyOf { choices }, Value::Choices(have)) => ChoiceId::all(choices.len())
            .map(|c| {
                let mut toggled = have.clone();
                match toggled.binary_search(&c) {
                    Ok(at) => _ = toggled.remove(at),
                    Err(at) => toggled.insert(at, c),
                }
                Value::Choices(toggled)
            })
            .collect(),
        (QuestionKind::Number { min, max, .. } | QuestionKind::Year { min, max }, _) => {
            thresholds(cx, &right.when, question)
                .into_iter()
                .filter(|n| min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m))
                .map(Value::Number)
                .collect()
        }
        (QuestionKind::Date, _) => thresholds(cx, &right.when, question)
            .into_iter()
            .filter_map(|days| i32::try_from(days).ok().map(|d| Value::Date(Date::from_days(d))))
            .collect(),
        _ => Vec::new(),
    };
    values.retain(|v| v != current);
    values.dedup();
    values
}

/// Values of `question` on both sides of every constant it is compared with.
pub(crate) fn thresholds(cx: &Context, expr: &Expr, question: QuestionId) -> Vec<i64> {
    let mut out = Vec::new();
    collect_thresholds(cx, expr, question, &mut out);
    crate::model::sort_small(&mut out);
    out.dedup();
    out
}

fn collect_thresholds(cx: &Context, expr: &Expr, question: QuestionId, out: &mut Vec<i64>) {
    match expr {
        Expr::Definition(d) => collect_thresholds(cx, &cx.rules.definitions[usize::from(*d)].when, question, out),
        Expr::Not(inner) => collect_thresholds(cx, inner, question, out),
        Expr::All(items) | Expr::Any(items) => {
            items.iter().for_each(|item| collect_thresholds(cx, item, question, out))
        }
        Expr::Compare { left, right, .. } => {
            for (side, other) in [(left, right), (right, left)] {
                let (Some((sign, offset, since)), Some(c)) = (linear(side, question), constant(other)) else {
                    continue;
                };
                // sign * x + offset = c; a threshold past the ends of i64 is no answer anyone gives.
                let Some(x) = c.checked_sub(offset).and_then(|d| d.checked_mul(sign)) else {
                    continue;
                };
                let Some(centre) = (if since { years_before(cx, question, x) } else { Some(x) }) else {
                    continue;
                };
                out.extend([centre.checked_sub(1), Some(centre), centre.checked_add(1)].into_iter().flatten());
            }
        }
        _ => {}
    }
}

/// The answer to a year or date question that is `years` whole years before the reference date.
fn years_before(cx: &Context, question: QuestionId, years: i64) -> Option<i64> {
    let (y, m, d) = cx.today.ymd();
    let year = i64::from(y).checked_sub(years)?;
    match cx.rules.question(question).kind {
        QuestionKind::Date => i32::try_from(year)
            .ok()
            .and_then(|year| Date::from_ymd(year, m, d.min(28)))
            .map(|date| i64::from(date.days())),
        _ => Some(year),
    }
}

/// A term as `sign * x + offset`, where x is the answer to `question` (or the years since
/// it, when the flag is set), if the term has that form.
fn linear(term: &Term, question: QuestionId) -> Option<(i64, i64, bool)> {
    match term {
        Term::Answer(q) if *q == question => Some((1, 0, false)),
        Term::YearsSince(q) if *q == question => Some((1, 0, true)),
        Term::Add(a, b) => match (linear(a, question), linear(b, question)) {
            (Some((s, o, y)), None) => Some((s, o.checked_add(constant(b)?)?, y)),
            (None, Some((s, o, y))) => Some((s, o.checked_add(constant(a)?)?, y)),
            _ => None,
        },
        Term::Sub(a, b) => match (linear(a, question), linear(b, question)) {
            (Some((s, o, y)), None) => Some((s, o.checked_sub(constant(b)?)?, y)),
            (None, Some((s, o, y))) => Some((-s, constant(a)?.checked_sub(o)?, y)),
            _ => None,
        },
        _ => None,
    }
}

fn constant(term: &Term) -> Option<i64> {
    match term {
        Term::Literal(n) => Some(*n),
        Term::Add(a, b) => constant(a)?.checked_add(constant(b)?),
        Term::Sub(a, b) => constant(a)?.checked_sub(constant(b)?),
        _ => None,
    }
}
