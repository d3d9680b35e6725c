//! Three-valued (Kleene) evaluation of conditions: yes, no, or unknown while an answer that
//! matters is missing. It also finds the questions that can still change a condition: those
//! left in it once every known answer has been taken into account.
//! Evaluation never fails and never panics on any answers the `answers` module accepts.

use crate::answers::{Answers, Value};
use crate::date::Date;
use crate::model::{Expr, QuestionId, RuleSet, Term, walk};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Truth {
    Yes,
    No,
    Unknown,
}

impl Truth {
    pub fn from_bool(b: bool) -> Truth {
        if b { Truth::Yes } else { Truth::No }
    }

    /// Kleene's `and`: no if either is no, yes if both are yes, unknown otherwise.
    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::No, _) | (_, Truth::No) => Truth::No,
            (Truth::Yes, Truth::Yes) => Truth::Yes,
            _ => Truth::Unknown,
        }
    }
}

impl std::ops::Not for Truth {
    type Output = Truth;

    fn not(self) -> Truth {
        match self {
            Truth::Yes => Truth::No,
            Truth::No => Truth::Yes,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

/// Where evaluation reads answers. Answers themselves, or a view of them with some
/// answers hidden or replaced, as explanations need.
pub trait Lookup {
    fn value(&self, question: QuestionId) -> Option<&Value>;
}

impl Lookup for Answers {
    fn value(&self, question: QuestionId) -> Option<&Value> {
        Answers::value(self, question)
    }
}

/// Everything an evaluation needs besides the answers.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub rules: &'a RuleSet,
    pub today: Date,
}

impl Context<'_> {
    pub fn truth(&self, expr: &Expr, answers: &impl Lookup) -> Truth {
        self.walk(expr, answers, None)
    }

    /// The truth of `expr`, and, when unknown, the questions still in it (unsorted, with
    /// repeats) pushed onto `open`.
    pub fn residual(&self, expr: &Expr, answers: &impl Lookup, open: &mut Vec<QuestionId>) -> Truth {
        self.walk(expr, answers, Some(open))
    }

    fn walk(&self, expr: &Expr, answers: &impl Lookup, open: Option<&mut Vec<QuestionId>>) -> Truth {
        let leaf = |truth: Truth, open: Option<&mut Vec<QuestionId>>, expr: &Expr| {
            if let (Truth::Unknown, Some(open)) = (truth, open) {
                walk::questions(expr, None, &mut |q| {
                    if answers.value(q).is_none() {
                        open.push(q);
                    }
                });
            }
            truth
        };
        match expr {
            Expr::Const(b) => Truth::from_bool(*b),
            Expr::Flag(q) => {
                let truth = match answers.value(*q) {
                    Some(Value::Bool(b)) => Truth::from_bool(*b),
                    _ => Truth::Unknown,
                };
                leaf(truth, open, expr)
            }
            Expr::Definition(d) => self.walk(&self.rules[*d].when, answers, open),
            Expr::Not(inner) => !self.walk(inner, answers, open),
            Expr::All(items) => self.junction(items, Truth::No, answers, open),
            Expr::Any(items) => self.junction(items, Truth::Yes, answers, open),
            Expr::Choice { question, among } => {
                let truth = match answers.value(*question) {
                    Some(Value::Choice(c)) => Truth::from_bool(among.contains(c)),
                    _ => Truth::Unknown,
                };
                leaf(truth, open, expr)
            }
            Expr::Includes { question, choice } => {
                let truth = match answers.value(*question) {
                    Some(Value::Choices(cs)) => Truth::from_bool(cs.contains(choice)),
                    _ => Truth::Unknown,
                };
                leaf(truth, open, expr)
            }
            Expr::Compare { op, left, right } => {
                let truth = match (self.term(left, answers), self.term(right, answers)) {
                    (Some(l), Some(r)) => Truth::from_bool(op.holds(l, r)),
                    _ => Truth::Unknown,
                };
                leaf(truth, open, expr)
            }
        }
    }

    /// `and` (when `decisive` is no) or `or` (when `decisive` is yes): one decisive item
    /// decides; otherwise the result is unknown if any item is.
    fn junction(
        &self,
        items: &[Expr],
        decisive: Truth,
        answers: &impl Lookup,
        open: Option<&mut Vec<QuestionId>>,
    ) -> Truth {
        let Some(open) = open else {
            let mut unknown = false;
            for item in items {
                match self.walk(item, answers, None) {
                    t if t == decisive => return decisive,
                    Truth::Unknown => unknown = true,
                    _ => {}
                }
            }
            return if unknown { Truth::Unknown } else { !decisive };
        };
        let mark = open.len();
        let mut unknown = false;
        for item in items {
            let before = open.len();
            match self.walk(item, answers, Some(open)) {
                t if t == decisive => {
                    open.truncate(mark);
                    return decisive;
                }
                Truth::Unknown => unknown = true,
                _ => open.truncate(before),
            }
        }
        if unknown { Truth::Unknown } else { !decisive }
    }

    pub fn term(&self, term: &Term, answers: &impl Lookup) -> Option<i64> {
        match term {
            Term::Literal(n) => Some(*n),
            Term::Answer(q) => answers.value(*q)?.as_integer(),
            Term::YearsSince(q) => match answers.value(*q)? {
                // Checked: a year question without bounds accepts any number.
                Value::Number(year) => i64::from(self.today.year()).checked_sub(*year),
                Value::Date(date) => Some(self.today.full_years_since(*date)),
                _ => None,
            },
            Term::Add(a, b) => self.term(a, answers)?.checked_add(self.term(b, answers)?),
            Term::Sub(a, b) => self.term(a, answers)?.checked_sub(self.term(b, answers)?),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use crate::model::{CompareOp, Question, QuestionKind};

    /// Found by the property tests: `years_since` of a huge year overflowed and panicked.
    #[test]
    fn years_since_an_extreme_year_is_unknown_not_a_panic() {
        let arrival = Question {
            id: "arrival".to_string(),
            kind: QuestionKind::Year { min: None, max: None },
            ask_if: None,
            dont_know: true,
            sensitive: false,
            shown_first: Vec::new(),
        };
        let rules = RuleSet { reviewed: Date::from_days(0), questions: vec![arrival], ..RuleSet::default() };
        let mut answers = Answers::new(&rules);
        answers.set(&rules, 0.into(), Answer::Given(Value::Number(i64::MIN))).unwrap();
        let cx = Context { rules: &rules, today: Date::from_days(0) };
        let settled = Expr::Compare { op: CompareOp::Ge, left: Term::YearsSince(0.into()), right: Term::Literal(5) };
        assert_eq!(cx.truth(&settled, &answers), Truth::Unknown);
    }
}
