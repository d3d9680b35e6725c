//! Coverage of the scenarios (`huquq-rules test --coverage`): right by right, what no scenario
//! pins down. The statuses its interviews can end with (as the audit finds them) that no
//! scenario expects; the alternatives of an `or` and the choices of an `in [...]`, `==` or
//! `contains` that never decide a scenario; the questions it reads that no scenario names in
//! `because`. A part decides a scenario when the scenario expects the right and the right's
//! status changes once the part is taken out (the branch made false, the choice removed): the
//! mutant that no scenario would catch otherwise. It reads rules and scenarios; it prints nothing.

use crate::answers::Answers;
use crate::eval::Context;
use crate::model::text::condition;
use crate::model::{Expr, QuestionId, Right, RightId, RuleSet, Validity};
use crate::outcome::{Status, verdict};
use crate::scenario::Scenario;

/// What no scenario pins down about one right.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gaps {
    /// Statuses its interviews can end with that no scenario expects.
    pub statuses: Vec<Status>,
    /// Alternatives of an `or`, as written, that decide no scenario.
    pub branches: Vec<String>,
    /// Choices of an `in [...]`, `==` or `contains`, as written, that decide no scenario.
    pub choices: Vec<String>,
    /// Questions it reads that no scenario's `because` for it names.
    pub questions: Vec<QuestionId>,
}

impl Gaps {
    pub fn is_empty(&self) -> bool {
        self == &Gaps::default()
    }
}

/// For each right in order, what no scenario pins down. `ends` holds, for each right, the
/// statuses its interviews can end with ([`crate::audit::Audit::ends`]).
pub fn coverage(rules: &RuleSet, scenarios: &[Scenario], ends: &[Vec<Status>]) -> Vec<(RightId, Gaps)> {
    rules.right_ids().map(|r| (r, gaps(rules, r, scenarios, ends.get(r.index()).map_or(&[], Vec::as_slice)))).collect()
}

fn gaps(rules: &RuleSet, id: RightId, scenarios: &[Scenario], ends: &[Status]) -> Gaps {
    let right = rules.right(id);
    let when = inline(rules, &right.when);
    let unknown = right.unknown_when.as_ref().map(|u| inline(rules, u));
    // Each part with the right's two conditions as they would be without it.
    let mut sites: Vec<(Site, Expr, Option<Expr>)> =
        sites(rules, &when).into_iter().map(|site| (site.clone(), site.mutant, unknown.clone())).collect();
    for site in unknown.as_ref().map_or(Vec::new(), |u| self::sites(rules, u)) {
        let text = format!("unknown_when: {}", site.text);
        sites.push((Site { text, ..site.clone() }, when.clone(), Some(site.mutant)));
    }
    let mut decisive = vec![false; sites.len()];
    let (mut expected, mut named) = (Vec::new(), Vec::new());
    for scenario in scenarios {
        for expectation in scenario.expect.iter().filter(|e| e.right == id) {
            expected.push(expectation.status);
            named.extend(expectation.because.iter().flatten().copied());
            let cx = Context { rules, today: scenario.date };
            let actual = status(&cx, right, &when, unknown.as_ref(), &scenario.answers);
            for ((_, when, unknown), found) in sites.iter().zip(&mut decisive) {
                *found |= status(&cx, right, when, unknown.as_ref(), &scenario.answers) != actual;
            }
        }
    }
    let never = |kind: Kind| {
        let texts = sites
            .iter()
            .zip(&decisive)
            .filter(|((s, ..), d)| s.kind == kind && !**d)
            .map(|((s, ..), _)| s.text.clone());
        texts.collect()
    };
    Gaps {
        statuses: ends.iter().copied().filter(|s| !expected.contains(s)).collect(),
        branches: never(Kind::Branch),
        choices: never(Kind::Choice),
        questions: right.uses.iter().copied().filter(|q| !named.contains(q)).collect(),
    }
}

/// The status a right would have with these conditions (left open by its sources or not).
fn status(cx: &Context, right: &Right, when: &Expr, unknown: Option<&Expr>, answers: &Answers) -> (Status, bool) {
    if right.validity_on(cx.today) != Validity::InForce {
        return (Status::NotEligible, false);
    }
    let verdict = verdict(cx, when, unknown, answers, None);
    (verdict.status, verdict.open_by_source)
}

/// `expr` with every definition replaced by its condition, so that each part of a right's
/// condition is a part of one expression. The checker refuses definitions in a cycle.
fn inline(rules: &RuleSet, expr: &Expr) -> Expr {
    let all = |items: &[Expr]| items.iter().map(|i| inline(rules, i)).collect();
    match expr {
        Expr::Definition(d) => inline(rules, &rules[*d].when),
        Expr::Not(inner) => Expr::Not(Box::new(inline(rules, inner))),
        Expr::All(items) => Expr::All(all(items)),
        Expr::Any(items) => Expr::Any(all(items)),
        leaf => leaf.clone(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Branch,
    Choice,
}

/// A part of a condition that can be taken out, and the condition without it.
#[derive(Clone)]
struct Site {
    kind: Kind,
    text: String,
    mutant: Expr,
}

/// Every alternative of an `or` and every choice of a condition, each with the whole
/// condition as it would be without it.
fn sites(rules: &RuleSet, expr: &Expr) -> Vec<Site> {
    let question = |q: &QuestionId| rules.question(*q).id.as_str();
    let choice = |q: &QuestionId, c: &crate::model::ChoiceId| {
        rules.question(*q).kind.choices().get(c.index()).cloned().unwrap_or_default()
    };
    // The sites inside the items of a junction, lifted into the whole junction.
    let lifted = |items: &[Expr], rebuild: fn(Vec<Expr>) -> Expr| -> Vec<Site> {
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            for site in sites(rules, item) {
                let mut changed = items.to_vec();
                changed[i] = site.mutant;
                out.push(Site { mutant: rebuild(changed), ..site });
            }
        }
        out
    };
    match expr {
        Expr::Any(items) => {
            let mut out: Vec<Site> = (0..items.len())
                .map(|i| {
                    let mut changed = items.clone();
                    changed[i] = Expr::Const(false);
                    Site { kind: Kind::Branch, text: condition(rules, &items[i]), mutant: Expr::Any(changed) }
                })
                .collect();
            out.extend(lifted(items, Expr::Any));
            out
        }
        Expr::All(items) => lifted(items, Expr::All),
        Expr::Not(inner) => sites(rules, inner)
            .into_iter()
            .map(|site| Site { mutant: Expr::Not(Box::new(site.mutant)), ..site })
            .collect(),
        Expr::Choice { question: q, among } => among
            .iter()
            .map(|c| Site {
                kind: Kind::Choice,
                text: format!("{} == '{}'", question(q), choice(q, c)),
                mutant: Expr::Choice {
                    question: *q,
                    among: among.iter().copied().filter(|other| other != c).collect(),
                },
            })
            .collect(),
        Expr::Includes { question: q, choice: c } => vec![Site {
            kind: Kind::Choice,
            text: format!("{} contains '{}'", question(q), choice(q, c)),
            mutant: Expr::Const(false),
        }],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
