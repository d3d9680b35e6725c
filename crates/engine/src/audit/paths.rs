//! The walk over every interview of a rule set: depth first, one branch per answer worth
//! trying to the question `next` asks, each checked as it goes. Two paths that reach the same
//! state share the rest of their walk: a state is what is left of each undetermined right's
//! condition and of the `ask_if`s it waits on ([`Live`]), the answers those read, which
//! questions may still be asked (the placement and needs questions among them), and the statuses the
//! rest can still see (rights declared exclusive). Decided rights stay decided
//! (three-valued evaluation is monotone), so the rest from a state is the same whatever led there.

use super::{Step, Violation};
use crate::Evaluation;
use crate::answers::{Answer, Answers, Value};
use crate::candidates::candidates;
use crate::date::Date;
use crate::eval::{Context, Truth};
use crate::model::walk;
use crate::model::{ChoiceId, Expr, QuestionId, QuestionKind, RightId, RuleSet};
use crate::outcome::{Outcome, Status};
use std::collections::HashMap;
use std::rc::Rc;

/// A walk stops (and reports) past this many distinct states…
pub const MAX_STATES: usize = 1 << 20;
/// …or this many questions on one path, which also bounds its recursion.
pub const MAX_DEPTH: usize = 200;

/// What one walk found.
pub(super) struct Walk {
    pub paths: u64,
    pub states: usize,
    /// For each right, the statuses the interviews end with, as bits ([`bit`]).
    pub ends: Vec<u8>,
    pub violations: Vec<Violation>,
}

pub(super) fn bit(status: Status) -> u8 {
    match status {
        Status::Eligible => 1,
        Status::NotEligible => 2,
        Status::Undetermined => 4,
    }
}

/// Beside [`bit`]'s: an interview ends with the right undetermined because its sources leave
/// it open (`unknown_when`), not for want of an answer.
pub(super) const OPEN_BY_SOURCE: u8 = 8;

/// The answers tried for each question: the values worth trying against every condition and
/// `ask_if`, then "I don't know" and "I prefer not to say" where offered.
pub(super) fn answers_to_try(rules: &RuleSet, today: Date) -> Vec<Vec<Answer>> {
    let cx = Context { rules, today };
    let mut conditions: Vec<&Expr> = rules.rights.iter().flat_map(|r| r.conditions()).collect();
    conditions.extend(rules.questions.iter().filter_map(|q| q.ask_if.as_ref()));
    let needs = rules.needs;
    // What the person came for changes no status: one answer, passed, stands for all.
    let passed = || vec![Answer::Given(Value::Choices(Vec::new()))];
    rules.question_ids().map(|q| if Some(q) == needs { passed() } else { tried(&cx, &conditions, q) }).collect()
}

fn tried(cx: &Context, conditions: &[&Expr], question: QuestionId) -> Vec<Answer> {
    let q = &cx.rules[question];
    let mut values = candidates(cx, conditions, question).unwrap_or_else(|| {
        // More choices asked about than their sets can be listed: none, each alone, and all.
        let all: Vec<ChoiceId> = ChoiceId::all(q.kind.choices().len()).collect();
        let mut sets = vec![Value::Choices(Vec::new())];
        sets.extend(all.iter().map(|&c| Value::Choices(vec![c])));
        sets.push(Value::Choices(all));
        sets
    });
    if values.is_empty() {
        // Compared with no constant: any answer stands for all.
        values.push(match q.kind {
            QuestionKind::Date => Value::Date(cx.today),
            _ => Value::Number(q.kind.bounds().0.or(q.kind.bounds().1).unwrap_or(0)),
        });
    }
    let mut answers: Vec<Answer> = values.into_iter().map(Answer::Given).collect();
    if q.dont_know {
        answers.push(Answer::DontKnow);
    }
    if q.sensitive {
        answers.push(Answer::PreferNotToSay);
    }
    answers
}

/// What is still open in a state: what is left of each undetermined right's conditions
/// (`when`, and `unknown_when` if it has one), of the `ask_if` of each question those still
/// read (and of the questions these wait for), and the questions all of them read, which are
/// the only ones the interview can still ask.
pub(super) struct Live {
    pub residuals: Vec<(RightId, Expr, Option<Expr>)>,
    pub asks: Vec<(QuestionId, Expr)>,
    pub questions: Vec<bool>,
}

impl Live {
    pub fn new(rules: &RuleSet, answers: &Answers, outcomes: &[Outcome], today: Date) -> Live {
        let cx = Context { rules, today };
        let mut questions = vec![false; rules.questions.len()];
        let mut residuals = Vec::new();
        for outcome in outcomes.iter().filter(|o| o.status == Status::Undetermined) {
            let right = rules.right(outcome.right);
            let left = residual(&cx, &right.when, answers);
            let left_open = right.unknown_when.as_ref().map(|u| residual(&cx, u, answers));
            for expr in std::iter::once(&left).chain(&left_open) {
                walk::questions(expr, None, &mut |q| questions[q.index()] = true);
            }
            residuals.push((outcome.right, left, left_open));
        }
        // The region places the offices of a right that may apply (see `next`).
        if let Some(region) = rules.placement {
            let placed = |o: &Outcome| {
                rules.right(o.right).offices.iter().any(|&f| rules.offices[usize::from(f)].region.is_some())
            };
            questions[region.index()] |= outcomes.iter().any(|o| o.status != Status::NotEligible && placed(o));
        }
        // What the person came for is asked first, until it is answered (see `next`).
        if let Some(needs) = rules.needs {
            questions[needs.index()] |= !answers.is_answered(needs);
        }
        let mut asks: Vec<(QuestionId, Expr)> = Vec::new();
        let mut grew = true;
        while grew {
            grew = false;
            for q in rules.question_ids() {
                let Some(ask_if) = &rules.question(q).ask_if else { continue };
                if questions[q.index()] && !answers.is_answered(q) && !asks.iter().any(|(a, _)| *a == q) {
                    let left = residual(&cx, ask_if, answers);
                    walk::questions(&left, None, &mut |r| questions[r.index()] = true);
                    asks.push((q, left));
                    grew = true;
                }
            }
        }
        Live { residuals, asks, questions }
    }

    /// The most questions the interview can still ask: those still read and not yet answered.
    pub fn bound(&self, rules: &RuleSet, answers: &Answers) -> usize {
        rules.question_ids().filter(|&q| self.questions[q.index()] && !answers.is_answered(q)).count()
    }
}

/// What is left of `expr` once the answers given are taken into account: the parts already
/// true in an `and`, or false in an `or`, are dropped, and a decided part is a constant.
/// Evaluated on further answers, it gives what `expr` gives. Definitions are entered.
pub(super) fn residual(cx: &Context, expr: &Expr, answers: &Answers) -> Expr {
    let truth = cx.truth(expr, answers);
    if truth != Truth::Unknown {
        return Expr::Const(truth == Truth::Yes);
    }
    let junction = |items: &[Expr], drop: Truth, all: bool| {
        let mut left: Vec<Expr> =
            items.iter().filter(|i| cx.truth(i, answers) != drop).map(|i| residual(cx, i, answers)).collect();
        match left.len() {
            1 => left.remove(0),
            _ if all => Expr::All(left),
            _ => Expr::Any(left),
        }
    };
    match expr {
        Expr::Definition(d) => residual(cx, &cx.rules[*d].when, answers),
        Expr::Not(inner) => Expr::Not(Box::new(residual(cx, inner, answers))),
        Expr::All(items) => junction(items, Truth::Yes, true),
        Expr::Any(items) => junction(items, Truth::No, false),
        leaf => leaf.clone(),
    }
}

/// An answer slot as far as the rest of the interview can tell.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Slot {
    Open,
    /// Answered, and read by nothing still open.
    Settled,
    /// "I don't know" or "I prefer not to say": the same to every condition.
    Unknown,
    Given(Value),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    residuals: Vec<(RightId, Expr, Option<Expr>)>,
    asks: Vec<(QuestionId, Expr)>,
    slots: Vec<Slot>,
    /// The status of each right in an exclusive pair, when decided.
    watched: Vec<Option<Status>>,
}

/// The rest of the interview from one state.
struct Rest {
    paths: u64,
    /// The most questions asked from here.
    longest: usize,
    /// For each right undetermined in that state, the statuses the interviews end with (bits).
    ends: Vec<u8>,
}

struct Walker<'a> {
    rules: &'a RuleSet,
    today: Date,
    exclusive: &'a [(RightId, RightId)],
    tried: &'a [Vec<Answer>],
    memo: HashMap<Key, Rc<Rest>>,
    answers: Answers,
    path: Vec<Step>,
    violations: Vec<Violation>,
}

/// Walks every interview of `rules` on `today`, answering each question with `tried`.
pub(super) fn walk(rules: &RuleSet, today: Date, tried: &[Vec<Answer>], exclusive: &[(RightId, RightId)]) -> Walk {
    let mut walker = Walker {
        rules,
        today,
        exclusive,
        tried,
        memo: HashMap::new(),
        answers: Answers::new(rules),
        path: Vec::new(),
        violations: Vec::new(),
    };
    let (rest, statuses) = walker.visit(None);
    let ends = statuses
        .iter()
        .enumerate()
        .map(|(r, &status)| if status == Status::Undetermined { rest.ends[r] } else { bit(status) })
        .collect();
    Walk { paths: rest.paths, states: walker.memo.len(), ends, violations: walker.violations }
}

impl Walker<'_> {
    /// The rest of the interview from the current answers, and the statuses now.
    fn visit(&mut self, before: Option<&[Status]>) -> (Rc<Rest>, Vec<Status>) {
        let evaluation = crate::run(self.rules, &self.answers, self.today);
        let statuses: Vec<Status> = evaluation.outcomes.iter().map(|o| o.status).collect();
        self.check_state(&evaluation, before);
        let live = Live::new(self.rules, &self.answers, &evaluation.outcomes, self.today);
        let key = self.key(live, &statuses);
        if let Some(rest) = self.memo.get(&key) {
            return (rest.clone(), statuses);
        }
        if self.memo.len() >= MAX_STATES || self.path.len() >= MAX_DEPTH {
            self.report(Violation::Unfinished { states: self.memo.len(), path: self.path.clone() });
            // Cut off, not ended: no right is stuck here, and those undetermined stay so.
            let ends = statuses.iter().map(|&s| if s == Status::Undetermined { bit(s) } else { 0 }).collect();
            return (Rc::new(Rest { paths: 1, longest: 0, ends }), statuses);
        }
        let rest = match evaluation.next {
            Some(question) if !self.answers.is_answered(question) => self.branch(question, &statuses),
            Some(question) => {
                self.report(Violation::AsksAgain { question, path: self.path.clone() });
                self.end(&evaluation)
            }
            None => self.end(&evaluation),
        };
        if rest.longest > evaluation.remaining {
            let path = self.path.clone();
            self.report(Violation::Remaining { said: evaluation.remaining, asked: rest.longest, path });
        }
        let rest = Rc::new(rest);
        self.memo.insert(key, rest.clone());
        (rest, statuses)
    }

    /// Every answer to `question`, each walked to the end.
    fn branch(&mut self, question: QuestionId, statuses: &[Status]) -> Rest {
        let mut rest = Rest { paths: 0, longest: 0, ends: vec![0; statuses.len()] };
        for answer in &self.tried[question.index()] {
            if self.answers.set(self.rules, question, answer.clone()).is_err() {
                continue;
            }
            self.path.push((question, answer.clone()));
            let (after, now) = self.visit(Some(statuses));
            self.path.pop();
            self.answers.clear(question);
            rest.paths = rest.paths.saturating_add(after.paths);
            rest.longest = rest.longest.max(after.longest + 1);
            for (r, &status) in statuses.iter().enumerate() {
                if status == Status::Undetermined {
                    rest.ends[r] |= if now[r] == Status::Undetermined { after.ends[r] } else { bit(now[r]) };
                }
            }
        }
        rest
    }

    /// The end of an interview: every right still undetermined waits only for answers given.
    fn end(&mut self, evaluation: &Evaluation) -> Rest {
        let mut ends = vec![0; evaluation.outcomes.len()];
        for outcome in evaluation.outcomes.iter().filter(|o| o.status == Status::Undetermined) {
            let by_source = if outcome.open_by_source { OPEN_BY_SOURCE } else { 0 };
            ends[outcome.right.index()] = bit(Status::Undetermined) | by_source;
            if let Some(&question) = outcome.open.iter().find(|&&q| !self.answers.is_answered(q)) {
                self.report(Violation::Stuck { right: outcome.right, question, path: self.path.clone() });
            }
        }
        Rest { paths: 1, longest: 0, ends }
    }

    /// What holds in every state: outcomes agree with their status, decided rights stay
    /// decided, exclusive rights never both apply.
    fn check_state(&mut self, evaluation: &Evaluation, before: Option<&[Status]>) {
        for outcome in &evaluation.outcomes {
            if let Some(what) = inconsistency(outcome, before.map(|b| b[outcome.right.index()])) {
                self.report(Violation::Inconsistent { right: outcome.right, what, path: self.path.clone() });
            }
        }
        for &(a, b) in self.exclusive {
            let eligible = |r: RightId| evaluation.outcomes[r.index()].status == Status::Eligible;
            if eligible(a) && eligible(b) {
                self.report(Violation::BothApply { rights: (a, b), path: self.path.clone() });
            }
        }
    }

    fn key(&self, live: Live, statuses: &[Status]) -> Key {
        let slots = self
            .rules
            .question_ids()
            .map(|q| match self.answers.get(q) {
                // A question still to ask (the placement question too, while a right that
                // may apply sends people to a placed office) differs from one never asked now.
                None if live.questions[q.index()] => Slot::Open,
                None => Slot::Settled,
                Some(_) if !live.questions[q.index()] => Slot::Settled,
                Some(Answer::Given(value)) => Slot::Given(value.clone()),
                Some(_) => Slot::Unknown,
            })
            .collect();
        let watched = self
            .exclusive
            .iter()
            .flat_map(|&(a, b)| [a, b])
            .map(|r| Some(statuses[r.index()]).filter(|&s| s != Status::Undetermined))
            .collect();
        Key { residuals: live.residuals, asks: live.asks, slots, watched }
    }

    fn report(&mut self, violation: Violation) {
        super::add_once(&mut self.violations, violation);
    }
}

/// How an outcome disagrees with its status, or with the status it had one answer before.
pub(super) fn inconsistency(outcome: &Outcome, before: Option<Status>) -> Option<String> {
    let by_source = outcome.open_by_source;
    Some(match outcome.status {
        Status::Undetermined if outcome.open.is_empty() && !by_source => "undetermined, with no open question".into(),
        Status::Undetermined if !outcome.because.is_empty() && !by_source => {
            "undetermined, yet decided by answers".into()
        }
        status if by_source && status != Status::Undetermined => format!("{}, yet open by its source", status.name()),
        Status::Eligible | Status::NotEligible if !outcome.open.is_empty() => {
            format!("{}, yet with open questions", outcome.status.name())
        }
        Status::Eligible if !outcome.would_change.is_empty() => {
            "eligible, yet with answers that would make it apply".into()
        }
        status => {
            let before = before.filter(|&b| b != Status::Undetermined && b != status)?;
            format!("was {} and became {} after one more answer", before.name(), status.name())
        }
    })
}
