//! What the results put first, decided once for the web app, the CLI's JSON and the terminal
//! interview: the groups and their order, the order of the rights in each, which rights are
//! urgent, and which reveal a sensitive answer. Callers render; none of them reorders.

use crate::model::{RightId, RuleSet};
use crate::outcome::{Outcome, Status};

/// The results' groups, in the order they are shown: "probably yes", "maybe", then "no".
pub const GROUPS: [Status; 3] = [Status::Eligible, Status::Undetermined, Status::NotEligible];

/// The rights of one group in the order they are shown: for the rights that apply,
/// `[meta] priority` first, then the rules' order; for the others, the rules' order.
pub fn group(rules: &RuleSet, outcomes: &[Outcome], status: Status) -> Vec<RightId> {
    let in_group = |r: &RightId| outcomes[r.index()].status == status;
    let mut order: Vec<RightId> = Vec::new();
    if status == Status::Eligible {
        order.extend(rules.priority.iter().copied().filter(in_group));
    }
    let rest: Vec<RightId> = outcomes.iter().map(|o| o.right).filter(|r| in_group(r) && !order.contains(r)).collect();
    order.extend(rest);
    order
}

/// Every right, group after group, in the order the results list them.
pub fn ordered(rules: &RuleSet, outcomes: &[Outcome]) -> Vec<RightId> {
    GROUPS.iter().flat_map(|&status| group(rules, outcomes, status)).collect()
}

/// The rights that apply, split into the urgent ones ("today": what to do and whom to call
/// now) and the others ("start here"), each in the group's order.
pub fn urgent_and_others(rules: &RuleSet, outcomes: &[Outcome]) -> (Vec<RightId>, Vec<RightId>) {
    group(rules, outcomes, Status::Eligible).into_iter().partition(|&r| rules.right(r).urgent)
}

/// Whether a right's status follows from a sensitive answer: showing it then says what the
/// answer was, so it leaves the screen (print, share, copy, calendar) only when ticked.
pub fn reveals_sensitive(rules: &RuleSet, outcome: &Outcome) -> bool {
    outcome.because.iter().any(|&q| rules.question(q).sensitive)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;
    use crate::answers::{Answer, Answers, Value};
    use crate::model::{Domain, Expr, Question, QuestionId, QuestionKind, Right, RightKind};

    fn rules(priority: &[u16]) -> RuleSet {
        let question = |id: &str, sensitive| Question {
            id: id.into(),
            kind: QuestionKind::YesNo,
            ask_if: None,
            dont_know: true,
            sensitive,
        };
        let right = |id: &str, when: Expr, urgent| Right {
            id: id.into(),
            domain: Domain::Health,
            kind: RightKind::Right,
            uses: {
                let mut uses = Vec::new();
                crate::model::walk::questions(&when, None, &mut |q| uses.push(q));
                uses
            },
            when,
            urgent,
            ..Right::default()
        };
        let (a, v) = (Expr::Flag(QuestionId::new(0)), Expr::Flag(QuestionId::new(1)));
        RuleSet {
            questions: vec![question("a", false), question("violence", true)],
            rights: vec![
                right("first", a.clone(), false),
                right("maybe", Expr::All(vec![a.clone(), v.clone()]), false),
                right("shelter", v, true),
                right("last", a, false),
                right("never", Expr::Const(false), false),
            ],
            priority: priority.iter().map(|&i| RightId::new(i)).collect(),
            ..RuleSet::default()
        }
    }

    fn outcomes(rules: &RuleSet, violence: Option<bool>) -> Vec<Outcome> {
        let mut answers = Answers::new(rules);
        answers.set(rules, QuestionId::new(0), Answer::Given(Value::Bool(true))).unwrap();
        if let Some(v) = violence {
            answers.set(rules, QuestionId::new(1), Answer::Given(Value::Bool(v))).unwrap();
        }
        crate::evaluate(rules, &answers, Date::from_ymd(2026, 12, 6).unwrap())
    }

    fn ids(rules: &RuleSet, rights: Vec<RightId>) -> Vec<&str> {
        rights.into_iter().map(|r| rules.right(r).id.as_str()).collect()
    }

    #[test]
    fn the_groups_come_in_order_and_priority_goes_first_among_the_rights_that_apply() {
        let rules = rules(&[3]);
        let outcomes = outcomes(&rules, None);
        assert_eq!(ids(&rules, ordered(&rules, &outcomes)), ["last", "first", "maybe", "shelter", "never"]);
        assert_eq!(ids(&rules, group(&rules, &outcomes, Status::Undetermined)), ["maybe", "shelter"]);
    }

    #[test]
    fn urgent_rights_are_apart_and_only_those_decided_by_a_sensitive_answer_reveal_it() {
        let rules = rules(&[]);
        let outcomes = outcomes(&rules, Some(true));
        let (urgent, others) = urgent_and_others(&rules, &outcomes);
        assert_eq!((ids(&rules, urgent), ids(&rules, others)), (vec!["shelter"], vec!["first", "maybe", "last"]));
        let reveals: Vec<&str> = outcomes
            .iter()
            .filter(|o| reveals_sensitive(&rules, o))
            .map(|o| rules.right(o.right).id.as_str())
            .collect();
        assert_eq!(reveals, ["maybe", "shelter"]);
    }
}
