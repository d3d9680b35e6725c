//! Every combination of the answers worth trying (`candidates`) to a few questions, for the
//! checks that try a condition on all of them (`logic`, `held_back`). A combination is an
//! index; the first question varies fastest. Nothing here reports: callers decide what a
//! combination means.

use crate::answers::Value;
use crate::candidates::candidates;
use crate::eval::{Context, Lookup};
use crate::model::{Expr, QuestionId, QuestionKind};

/// Spaces of more combinations than this are not enumerated (and not reported on).
pub const MAX_COMBINATIONS: usize = 1 << 16;

pub struct Space {
    pub questions: Vec<QuestionId>,
    /// The values tried for each question, in the order of `questions`.
    pub values: Vec<Vec<Value>>,
    /// True when only yes/no and choice questions are involved: the values tried are then
    /// every answer there is, and what holds for them all holds for every person.
    pub exact: bool,
    pub size: usize,
}

impl Space {
    /// The combinations of answers to `questions` worth trying against `conditions`, or `None`
    /// when there would be more than [`MAX_COMBINATIONS`].
    pub fn new(cx: &Context, questions: &[QuestionId], conditions: &[&Expr]) -> Option<Space> {
        let mut values = Vec::new();
        let mut exact = true;
        for &q in questions {
            let kind = &cx.rules[q].kind;
            let mut tried = candidates(cx, conditions, q)?;
            if matches!(kind, QuestionKind::Number { .. } | QuestionKind::Year { .. } | QuestionKind::Date) {
                exact = false;
            }
            // Compared with no constant: one answer stands for all (it is a warning, not exact).
            if tried.is_empty() {
                tried.push(match kind {
                    QuestionKind::Date => Value::Date(cx.today),
                    _ => Value::Number(kind.bounds().0.or(kind.bounds().1).unwrap_or(0)),
                });
            }
            values.push(tried);
        }
        let size = values.iter().try_fold(1usize, |n, d| n.checked_mul(d.len()).filter(|&n| n <= MAX_COMBINATIONS))?;
        Some(Space { questions: questions.to_vec(), values, exact, size })
    }

    /// The answers of combination `index`, as `Lookup` reads them.
    pub fn assignment(&self, index: usize, questions: usize) -> Assignment {
        let mut assignment = Assignment { values: vec![None; questions] };
        self.fill(index, &mut assignment);
        assignment
    }

    /// Sets the answers of combination `index` in `assignment`, leaving others as they are.
    pub fn fill(&self, mut index: usize, assignment: &mut Assignment) {
        for (position, &q) in self.questions.iter().enumerate() {
            let radix = self.values[position].len();
            assignment.values[q.index()] = Some(self.values[position][index % radix].clone());
            index /= radix;
        }
    }

    /// Whether changing only the question at `position` ever changes `results` (one per
    /// combination, in index order).
    pub fn changes_result<T: PartialEq>(&self, results: &[T], position: usize) -> bool {
        let stride: usize = self.values[..position].iter().map(Vec::len).product();
        let radix = self.values[position].len();
        (0..results.len()).any(|i| {
            let digit = (i / stride) % radix;
            results[i] != results[i - digit * stride]
        })
    }
}

/// Answers to some questions, by question index; the others unknown.
#[derive(Clone, Debug)]
pub struct Assignment {
    pub values: Vec<Option<Value>>,
}

impl Lookup for Assignment {
    fn value(&self, question: QuestionId) -> Option<&Value> {
        self.values.get(question.index()).and_then(Option::as_ref)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::eval::Truth;
    use crate::model::{Question, RuleSet};

    #[test]
    fn every_combination_is_met_once_and_changes_are_found_per_question() {
        let question = |id: &str, kind| Question {
            id: id.into(),
            kind,
            ask_if: None,
            dont_know: true,
            sensitive: false,
            shown_first: Vec::new(),
        };
        let rules = RuleSet {
            reviewed: Date::from_days(0),
            questions: vec![
                question("card", QuestionKind::YesNo),
                question("status", QuestionKind::OneOf { choices: vec!["a".into(), "b".into(), "c".into()] }),
            ],
            ..RuleSet::default()
        };
        let cx = Context { rules: &rules, today: Date::from_days(0) };
        let card = Expr::Flag(0.into());
        let space = Space::new(&cx, &[0.into(), 1.into()], &[&card]).unwrap();
        assert_eq!((space.size, space.exact), (6, true));
        let truths: Vec<Truth> = (0..space.size).map(|i| cx.truth(&card, &space.assignment(i, 2))).collect();
        assert_eq!(truths.iter().filter(|&&t| t == Truth::Yes).count(), 3);
        assert!(space.changes_result(&truths, 0), "the card decides");
        assert!(!space.changes_result(&truths, 1), "the status changes nothing");
    }
}
