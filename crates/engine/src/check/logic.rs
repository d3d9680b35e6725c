//! Checks: rights that can never apply, and questions that can never change any result.
//! Each right's conditions are tried on every combination of the answers they read: every
//! choice, and for numbers, years and dates the values on both sides of each threshold the
//! rules compare them with. With only choice questions this is exact; with numbers it is
//! exact for the comparisons the language allows, but reported as a warning to be safe.

use super::diagnostic::{Code, Diagnostic};
use super::lower::Lowered;
use super::space::Space;
use crate::date::Date;
use crate::eval::{Context, Truth};
use crate::model::{Expr, Right};
use crate::outcome::verdict;

pub fn check(lowered: &Lowered, today: Date, diagnostics: &mut Vec<Diagnostic>) {
    let rules = &lowered.rules;
    let mut relevant = vec![false; rules.questions.len()];
    for (r, right) in rules.rights.iter().enumerate() {
        let day = reference_day(right, today);
        let cx = Context { rules, today: day };
        let conditions: Vec<&Expr> = right.conditions().collect();
        let Some(space) = Space::new(&cx, &right.uses, &conditions) else {
            right.uses.iter().for_each(|&q| relevant[usize::from(q)] = true);
            continue;
        };
        let assignments = (0..space.size).map(|i| space.assignment(i, rules.questions.len()));
        let (truths, verdicts): (Vec<Truth>, Vec<_>) = assignments
            .map(|a| (cx.truth(&right.when, &a), verdict(&cx, &right.when, right.unknown_when.as_ref(), &a, None)))
            .unzip();
        // About `when` alone: an `unknown_when` that leaves every case open is the author's word.
        if !truths.contains(&Truth::Yes) {
            let message =
                format!("right `{}` can never apply: its condition is false for every possible answer", right.id);
            let diagnostic = if space.exact {
                Diagnostic::error(Code::NeverApplies, message)
            } else {
                Diagnostic::warning(Code::NeverApplies, message)
            };
            diagnostics.push(
                diagnostic
                    .at(lowered.spans.conditions[r].clone(), "never true")
                    .note(format!("checked {} combinations of answers, as of {day}", truths.len())),
            );
        }
        for (position, &q) in right.uses.iter().enumerate() {
            relevant[usize::from(q)] |= space.changes_result(&verdicts, position);
        }
    }
    // The placement question places offices rather than deciding rights (see `next`).
    if let Some(region) = rules.placement
        && rules.offices.iter().any(|office| office.region.is_some())
    {
        relevant[usize::from(region)] = true;
    }
    // What the person came for orders "start here" rather than deciding rights (see `next`).
    if let Some(needs) = rules.needs {
        relevant[usize::from(needs)] = true;
    }
    // A question that decides whether a relevant question is asked matters too.
    loop {
        let mut grew = false;
        for q in 0..rules.questions.len() {
            if let (true, Some(ask_if)) = (relevant[q], &rules.questions[q].ask_if) {
                crate::model::walk::questions_read(rules, ask_if, &mut |read| {
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
                Code::NeverMatters,
                format!("question `{}` can never change any result, so it is never asked", question.id),
            )
            .at(lowered.spans.questions[q.index()].clone(), "never asked")
            .note(note),
        );
    }
}

/// The day a right is checked on: today, moved into the right's validity if it is outside.
pub(super) fn reference_day(right: &Right, today: Date) -> Date {
    let mut day = today;
    if let Some(from) = right.valid_from {
        day = day.max(from.first_day());
    }
    if let Some(until) = right.valid_until {
        day = day.min(until.last_day());
    }
    day
}
