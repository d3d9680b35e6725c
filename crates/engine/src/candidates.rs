//! The answers worth trying for one question against some conditions: of all the answers it
//! accepts, the few that can make a difference to them. Explanations try them for "what would
//! change a no", and the checker enumerates them (rights that never apply, questions that never
//! matter, rights that wait for a question never asked). The one list of candidate values:
//! nothing else lists them. Pure functions of the rules and the reference day.

use crate::answers::Value;
use crate::date::Date;
use crate::eval::{Context, Lookup};
use crate::model::walk::{Part, walk};
use crate::model::{ChoiceId, Expr, QuestionId, QuestionKind, RuleSet, Term};

/// A several-choice question asking about more choices than this is not enumerated: its sets
/// of choices would be more than 65,536.
pub const MAX_CHOICES_ASKED: usize = 16;

/// The answers to `question` that can change `conditions`: both answers to a yes/no question,
/// every choice of a one-choice question, every set of the choices the conditions ask about
/// for a several-choice question, and for a number, a year or a date the values just around
/// each threshold it is compared with (moved within the question's bounds). `None` for a
/// several-choice question asking about more than [`MAX_CHOICES_ASKED`] choices. The list
/// may be empty: a number compared only with other answers has no threshold of its own.
pub fn candidates(cx: &Context, conditions: &[&Expr], question: QuestionId) -> Option<Vec<Value>> {
    let kind = &cx.rules[question].kind;
    Some(match kind {
        QuestionKind::YesNo => vec![Value::Bool(false), Value::Bool(true)],
        QuestionKind::OneOf { choices } => ChoiceId::all(choices.len()).map(Value::Choice).collect(),
        QuestionKind::AnyOf { .. } => {
            let asked = included_choices(cx.rules, conditions, question);
            if asked.len() > MAX_CHOICES_ASKED {
                return None;
            }
            (0u32..1 << asked.len())
                .map(|set| Value::Choices((0..asked.len()).filter(|i| set & (1 << i) != 0).map(|i| asked[i]).collect()))
                .collect()
        }
        QuestionKind::Number { .. } | QuestionKind::Year { .. } => {
            let mut values: Vec<i64> =
                thresholds(cx, conditions, question).into_iter().map(|n| within(kind, n)).collect();
            values.dedup();
            values.into_iter().map(Value::Number).collect()
        }
        QuestionKind::Date => thresholds(cx, conditions, question)
            .into_iter()
            .filter_map(|days| i32::try_from(days).ok().map(|d| Value::Date(Date::from_days(d))))
            .collect(),
    })
}

/// `n` moved within the bounds of a number or year question: a threshold past an end is
/// tried at that end, an answer the question accepts.
fn within(kind: &QuestionKind, n: i64) -> i64 {
    let (min, max) = kind.bounds();
    let n = min.map_or(n, |m| n.max(m));
    max.map_or(n, |m| n.min(m))
}

/// The choices of a several-choice question that `conditions` ask about, in order.
pub fn included_choices(rules: &RuleSet, conditions: &[&Expr], question: QuestionId) -> Vec<ChoiceId> {
    let mut out = Vec::new();
    for condition in conditions {
        walk(condition, Some(rules), &mut |part| {
            if let Part::Expr(Expr::Includes { question: q, choice }) = part
                && *q == question
            {
                out.push(*choice);
            }
        });
    }
    crate::model::sort_small(&mut out);
    out.dedup();
    out
}

/// Values of `question` on both sides of every constant it is compared with, sorted.
pub fn thresholds(cx: &Context, conditions: &[&Expr], question: QuestionId) -> Vec<i64> {
    let mut out = Vec::new();
    for condition in conditions {
        walk(condition, Some(cx.rules), &mut |part| {
            if let Part::Expr(Expr::Compare { left, right, .. }) = part {
                for (side, other) in [(left, right), (right, left)] {
                    if let Some(centre) = threshold(cx, side, other, question) {
                        out.extend([centre.checked_sub(1), Some(centre), centre.checked_add(1)].into_iter().flatten());
                    }
                }
            }
        });
    }
    crate::model::sort_small(&mut out);
    out.dedup();
    out
}

/// The answer to `question` at which `side` equals `other`, when `side` is linear in it and
/// `other` is a constant.
fn threshold(cx: &Context, side: &Term, other: &Term, question: QuestionId) -> Option<i64> {
    let (sign, offset, since) = linear(cx, side, question)?;
    // sign * x + offset = c; a threshold past the ends of i64 is no answer anyone gives.
    let x = constant(cx, other)?.checked_sub(offset)?.checked_mul(sign)?;
    if since { years_before(cx, question, x) } else { Some(x) }
}

/// The answer to a year or date question that is `years` whole years before the reference date.
fn years_before(cx: &Context, question: QuestionId, years: i64) -> Option<i64> {
    let (y, m, d) = cx.today.ymd();
    let year = i64::from(y).checked_sub(years)?;
    match cx.rules[question].kind {
        QuestionKind::Date => i32::try_from(year)
            .ok()
            .and_then(|year| Date::from_ymd(year, m, d.min(28)))
            .map(|date| i64::from(date.days())),
        _ => Some(year),
    }
}

/// A term as `sign * x + offset`, where x is the answer to `question` (or the years since
/// it, when the flag is set), if the term has that form.
fn linear(cx: &Context, term: &Term, question: QuestionId) -> Option<(i64, i64, bool)> {
    match term {
        Term::Answer(q) if *q == question => Some((1, 0, false)),
        Term::YearsSince(q) if *q == question => Some((1, 0, true)),
        Term::Add(a, b) => match (linear(cx, a, question), linear(cx, b, question)) {
            (Some((s, o, y)), None) => Some((s, o.checked_add(constant(cx, b)?)?, y)),
            (None, Some((s, o, y))) => Some((s, o.checked_add(constant(cx, a)?)?, y)),
            _ => None,
        },
        Term::Sub(a, b) => match (linear(cx, a, question), linear(cx, b, question)) {
            (Some((s, o, y)), None) => Some((s, o.checked_sub(constant(cx, b)?)?, y)),
            (None, Some((s, o, y))) => Some((-s, constant(cx, a)?.checked_sub(o)?, y)),
            _ => None,
        },
        _ => None,
    }
}

/// The value of a term that reads no answer.
fn constant(cx: &Context, term: &Term) -> Option<i64> {
    cx.term(term, &NoAnswers)
}

struct NoAnswers;

impl Lookup for NoAnswers {
    fn value(&self, _: QuestionId) -> Option<&Value> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CompareOp, Question};

    fn rules(kinds: Vec<QuestionKind>) -> RuleSet {
        let questions = kinds
            .into_iter()
            .enumerate()
            .map(|(i, kind)| Question {
                id: format!("q{i}"),
                kind,
                ask_if: None,
                dont_know: true,
                sensitive: false,
                shown_first: Vec::new(),
            })
            .collect();
        RuleSet { reviewed: Date::from_days(0), questions, ..RuleSet::default() }
    }

    fn compare(op: CompareOp, left: Term, right: Term) -> Expr {
        Expr::Compare { op, left, right }
    }

    fn numbers(values: Option<Vec<Value>>) -> Vec<i64> {
        values.unwrap().iter().filter_map(Value::as_integer).collect()
    }

    #[test]
    fn numbers_are_tried_around_each_threshold_and_within_bounds() {
        let rules = rules(vec![QuestionKind::Number { min: Some(0), max: Some(110), unit: None }]);
        let cx = Context { rules: &rules, today: Date::from_ymd(2026, 11, 23).unwrap() };
        let age = || Term::Answer(0.into());
        let adult = compare(CompareOp::Ge, age(), Term::Literal(18));
        let plus = compare(CompareOp::Lt, Term::Add(Box::new(age()), Box::new(Term::Literal(2))), Term::Literal(8));
        let absurd = compare(CompareOp::Gt, age(), Term::Literal(500));
        assert_eq!(numbers(candidates(&cx, &[&adult], 0.into())), [17, 18, 19]);
        assert_eq!(numbers(candidates(&cx, &[&adult, &plus], 0.into())), [5, 6, 7, 17, 18, 19]);
        assert_eq!(numbers(candidates(&cx, &[&absurd], 0.into())), [110], "past the end: the end");
        let mixed = compare(CompareOp::Gt, Term::Sub(Box::new(age()), Box::new(age())), Term::Literal(1));
        assert_eq!(numbers(candidates(&cx, &[&mixed], 0.into())), Vec::<i64>::new());
    }

    #[test]
    fn years_since_a_date_is_tried_around_the_day_that_many_years_ago() {
        let rules = rules(vec![QuestionKind::Date]);
        let cx = Context { rules: &rules, today: Date::from_ymd(2026, 11, 23).unwrap() };
        let settled = compare(CompareOp::Ge, Term::YearsSince(0.into()), Term::Literal(5));
        let days: Vec<String> = candidates(&cx, &[&settled], 0.into())
            .unwrap()
            .iter()
            .map(|v| match v {
                Value::Date(d) => d.to_string(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(days, ["2021-11-22", "2021-11-23", "2021-11-24"]);
    }

    #[test]
    fn choices_are_every_choice_or_every_set_of_those_asked_about() {
        let three = || vec!["a".to_string(), "b".to_string(), "c".to_string()];
        let rules = rules(vec![
            QuestionKind::YesNo,
            QuestionKind::OneOf { choices: three() },
            QuestionKind::AnyOf { choices: three() },
        ]);
        let cx = Context { rules: &rules, today: Date::from_days(0) };
        let asks = Expr::Any(vec![
            Expr::Includes { question: 2.into(), choice: 2.into() },
            Expr::Includes { question: 2.into(), choice: 0.into() },
        ]);
        assert_eq!(candidates(&cx, &[&asks], 0.into()), Some(vec![Value::Bool(false), Value::Bool(true)]));
        assert_eq!(candidates(&cx, &[&asks], 1.into()).map(|v| v.len()), Some(3));
        let sets = vec![
            Value::Choices(vec![]),
            Value::Choices(vec![0.into()]),
            Value::Choices(vec![2.into()]),
            Value::Choices(vec![0.into(), 2.into()]),
        ];
        assert_eq!(candidates(&cx, &[&asks], 2.into()), Some(sets));
    }
}
