//! The longest interview the rules can make, found by branch and bound over every path: a
//! path is followed only while the questions still open ([`Live::bound`], the only ones the
//! interview can still ask) could make it longer than the longest found. The answers are
//! tried last first: "I prefer not to say" and "I don't know", where offered, keep the most
//! rights open. Exact, and quick when the first paths are
//! already as long as the bound allows, as with the real rules.

use super::Step;
use super::paths::{Live, MAX_DEPTH, MAX_STATES};
use crate::answers::{Answer, Answers};
use crate::date::Date;
use crate::model::RuleSet;

/// The answers of a longest interview, and whether the search finished within its limits.
pub(super) struct Longest {
    pub path: Vec<Step>,
    pub states: usize,
    pub finished: bool,
}

pub(super) fn longest(rules: &RuleSet, today: Date, tried: &[Vec<Answer>]) -> Longest {
    let mut search = Search {
        rules,
        today,
        tried,
        answers: Answers::new(rules),
        path: Vec::new(),
        best: Longest { path: Vec::new(), states: 0, finished: true },
    };
    search.visit();
    search.best
}

struct Search<'a> {
    rules: &'a RuleSet,
    today: Date,
    tried: &'a [Vec<Answer>],
    answers: Answers,
    path: Vec<Step>,
    best: Longest,
}

impl Search<'_> {
    fn visit(&mut self) {
        self.best.states += 1;
        if !self.best.finished {
            return;
        }
        if self.best.states > MAX_STATES || self.path.len() >= MAX_DEPTH {
            // Stopped: the longest found so far stands (a path cut at the depth limit is one).
            self.best.finished = false;
            if self.path.len() > self.best.path.len() {
                self.best.path = self.path.clone();
            }
            return;
        }
        let evaluation = crate::run(self.rules, &self.answers, self.today);
        let Some(question) = evaluation.next.filter(|&q| !self.answers.is_answered(q)) else {
            if self.path.len() > self.best.path.len() {
                self.best.path = self.path.clone();
            }
            return;
        };
        let live = Live::new(self.rules, &self.answers, &evaluation.outcomes, self.today);
        // The question asked now is open, so the bound counts it.
        if self.path.len() + live.bound(self.rules, &self.answers).max(1) <= self.best.path.len() {
            return;
        }
        for answer in self.tried[question.index()].iter().rev() {
            if self.answers.set(self.rules, question, answer.clone()).is_ok() {
                self.path.push((question, answer.clone()));
                self.visit();
                self.path.pop();
                self.answers.clear(question);
            }
        }
    }
}
