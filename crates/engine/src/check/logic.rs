//! Checks: rights that can never apply, and questions that can never change any result.
//! Each right's condition is tried on every combination of the answers it reads: every
//! choice, and for numbers, years and dates the values on both sides of each threshold the
//! rules compare them with. With only choice questions this is exact; with numbers it is
//! exact for the comparisons the language allows, but reported as a warning to be safe.

use super::diagnostic::Diagnostic;
use super::lower::Lowered;
use crate::answers::Value;
use crate::date::Date;
use crate::eval::{Context, Lookup, Truth};
use crate::explain::thresholds;
use crate::model::{ChoiceId, Expr, QuestionId, QuestionKind, Right, RuleSet};
use crate::next::REGION;

/// Rights reading more combinations than this are not enumerated (and not reported).
const MAX_COMBINATIONS: usize = 1 << 16;

pub fn check(lowered: &Lowered, today: Date, diagnostics: &mut Vec<Diagnostic>) {
    let rules = &lowered.rules;
    let mut relevant = vec![false; rules.questions.len()];
    for (r, right) in rules.rights.iter().enumerate() {
        let day = reference_day(right, today);
        let cx = Context { rules, today: day };
        let Some(space) = Space::new(&cx, right) else {
            right.uses.iter().for_each(|&q| relevant[usize::from(q)] = true);
            continue;
        };
        let truths = space.truths(&cx, right);
        if !truths.contains(&Truth::Yes) {
            let message =
                format!("right `{}` can never apply: its condition is false for every possible answer", right.id);
            let diagnostic = if space.exact {
                Diagnostic::error("never-applies", message)
            } else {
                Diagnostic::warning("never-applies", message)
            };
            diagnostics.push(
                diagnostic
                    .at(lowered.spans.conditions[r].clone(), "never true")
                    .note(format!("checked {} combinations of answers, as of {day}", truths.len())),
            );
        }
        for (position, &q) in right.uses.iter().enumerate() {
            relevant[usize::from(q)] |= space.changes_result(&truths, position);
        }
    }
    // The `region` question places offices rather than deciding rights (see `interview`).
    if let Some(region) = rules.question_index(REGION)
        && rules.offices.iter().any(|office| office.region.is_some())
    {
        relevant[usize::from(region)] = true;
    }
    // A question that decides whether a relevant question is asked matters too.
    loop {
        let mut grew = false;
        for q in 0..rules.questions.len() {
            if let (true, Some(ask_if)) = (relevant[q], &rules.questions[q].ask_if) {
                crate::eval::questions_read(rules, ask_if, &mut |read| {
                    grew |= !std::mem::replace(&mut relevant[usize::from(read)], true);
                });
            }
        }
        if !grew {
            break;
        }
    }
    for (q, question) in rules.question_ids().zip(&rules.questions) {
        if relevant[q.index()] {
            continue;
        }
        let readers: Vec<&str> = rules.rights.iter().filter(|r| r.uses.contains(&q)).map(|r| r.id.as_str()).collect();
        let note = if readers.is_empty() {
            "no right reads it: use it in a condition, or remove it".to_string()
        } else {
            format!(
                "it is read by {} but no answer to it changes their result; simplify their conditions",
                readers.join(", ")
            )
        };
        diagnostics.push(
            Diagnostic::warning(
                "never-matters",
                format!("question `{}` can never change any result, so it is never asked", question.id),
            )
            .at(lowered.spans.questions[q.index()].clone(), "never asked")
            .note(note),
        );
    }
}

/// The day a right is checked on: today, moved into the right's validity if it is outside.
fn reference_day(right: &Right, today: Date) -> Date {
    let mut day = today;
    if let Some(from) = right.valid_from {
        day = day.max(from.first_day());
    }
    if let Some(until) = right.valid_until {
        day = day.min(until.last_day());
    }
    day
}

/// Every combination of answers to the questions one right reads.
struct Space {
    questions: Vec<QuestionId>,
    values: Vec<Vec<Value>>,
    /// True when only choice questions are involved.
    exact: bool,
    size: usize,
}

impl Space {
    fn new(cx: &Context, right: &Right) -> Option<Space> {
        let mut values = Vec::new();
        let mut exact = true;
        for &q in &right.uses {
            let kind = &cx.rules.question(q).kind;
            let domain: Vec<Value> = match kind {
                QuestionKind::YesNo => vec![Value::Bool(false), Value::Bool(true)],
                QuestionKind::OneOf { choices } => ChoiceId::all(choices.len()).map(Value::Choice).collect(),
                QuestionKind::AnyOf { .. } => {
                    let used = included_choices(cx.rules, &right.when, q);
                    if used.len() > 16 {
                        return None;
                    }
                    (0u32..1 << used.len())
                        .map(|mask| {
                            Value::Choices((0..used.len()).filter(|i| mask & (1 << i) != 0).map(|i| used[i]).collect())
                        })
                        .collect()
                }
                QuestionKind::Number { min, max, .. } | QuestionKind::Year { min, max } => {
                    exact = false;
                    let mut points: Vec<i64> = thresholds(cx, &right.when, q)
                        .into_iter()
                        .filter(|n| min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m))
                        .collect();
                    points.extend(min.iter().chain(max.iter()));
                    if points.is_empty() {
                        points.push(0);
                    }
                    points.sort_unstable();
                    points.dedup();
                    points.into_iter().map(Value::Number).collect()
                }
                QuestionKind::Date => {
                    exact = false;
                    let mut days: Vec<Value> = thresholds(cx, &right.when, q)
                        .into_iter()
                        .filter_map(|d| i32::try_from(d).ok().map(|d| Value::Date(Date::from_days(d))))
                        .collect();
                    if days.is_empty() {
                        days.push(Value::Date(cx.today));
                    }
                    days
                }
            };
            values.push(domain);
        }
        let size = values.iter().try_fold(1usize, |n, d| n.checked_mul(d.len()).filter(|&n| n <= MAX_COMBINATIONS))?;
        Some(Space { questions: right.uses.clone(), values, exact, size })
    }

    /// The truth of the condition for each combination; the first question varies fastest.
    fn truths(&self, cx: &Context, right: &Right) -> Vec<Truth> {
        let mut assignment = Assignment { values: vec![None; cx.rules.questions.len()] };
        (0..self.size)
            .map(|mut index| {
                for (position, &q) in self.questions.iter().enumerate() {
                    let radix = self.values[position].len();
                    assignment.values[usize::from(q)] = Some(self.values[position][index % radix].clone());
                    index /= radix;
                }
                cx.truth(&right.when, &assignment)
            })
            .collect()
    }

    /// Whether changing only the question at `position` ever changes the result.
    fn changes_result(&self, truths: &[Truth], position: usize) -> bool {
        let stride: usize = self.values[..position].iter().map(Vec::len).product();
        let radix = self.values[position].len();
        (0..truths.len()).any(|i| {
            let digit = (i / stride) % radix;
            truths[i] != truths[i - digit * stride]
        })
    }
}

struct Assignment {
    values: Vec<Option<Value>>,
}

impl Lookup for Assignment {
    fn value(&self, question: QuestionId) -> Option<&Value> {
        self.values[usize::from(question)].as_ref()
    }
}

/// The choices of a several-choice question that a condition asks about.
fn included_choices(rules: &RuleSet, expr: &Expr, question: QuestionId) -> Vec<ChoiceId> {
    fn walk(rules: &RuleSet, expr: &Expr, question: QuestionId, out: &mut Vec<ChoiceId>, depth: usize) {
        match expr {
            Expr::Includes { question: q, choice } if *q == question => out.push(*choice),
            Expr::Definition(d) if depth < rules.definitions.len() => {
                walk(rules, &rules.definitions[usize::from(*d)].when, question, out, depth + 1)
            }
            Expr::Not(inner) => walk(rules, inner, question, out, depth),
            Expr::All(items) | Expr::Any(items) => items.iter().for_each(|i| walk(rules, i, question, out, depth)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(rules, expr, question, &mut out, 0);
    out.sort_unstable();
    out.dedup();
    out
}
