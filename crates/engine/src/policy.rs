//! What the results put first, decided once for the web app, the CLI's JSON and the terminal
//! interview: the groups and their order, the order of the rights in each, which rights are
//! urgent, which go in "start here" (those whose first step fits the person), which steps and
//! documents a person is shown, which deadline goes in the calendar, and which rights reveal
//! a sensitive answer. Callers render; none of them reorders or filters.

use crate::answers::{Answers, Value};
use crate::date::Date;
use crate::eval::{Context, Truth};
use crate::model::{Document, Expr, RightId, RuleSet, Step};
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

/// The rights that apply that come first, each in the group's order: the urgent ones ("today":
/// what to do and whom to call now), and the others whose first shown step fits the person
/// ("start here", see [`fits`]), those of the domains the person came for ([`needed`]) first.
/// A right that applies and fits neither is listed with the rest.
pub fn urgent_and_start_here(
    rules: &RuleSet,
    outcomes: &[Outcome],
    answers: &Answers,
    today: Date,
) -> (Vec<RightId>, Vec<RightId>) {
    let (urgent, others): (Vec<RightId>, Vec<RightId>) =
        group(rules, outcomes, Status::Eligible).into_iter().partition(|&r| rules.right(r).urgent);
    let (asked, rest): (Vec<RightId>, Vec<RightId>) =
        others.into_iter().filter(|&r| fits(rules, r, answers, today)).partition(|&r| needed(rules, r, answers));
    (urgent, asked.into_iter().chain(rest).collect())
}

/// Whether the person came for this right: a choice ticked in answer to the question
/// `[meta] needs` names has its domain (`Right::needed_for`); no when it was passed.
pub fn needed(rules: &RuleSet, right: RightId, answers: &Answers) -> bool {
    match rules.needs.and_then(|q| answers.value(q)) {
        Some(Value::Choices(chosen)) => rules.right(right).needed_for.iter().any(|c| chosen.contains(c)),
        _ => false,
    }
}

/// Whether a step's or a document's `when` holds for these answers: yes, no, or not known yet
/// (yes when it has none).
fn holds(rules: &RuleSet, when: &Option<Expr>, answers: &Answers, today: Date) -> Truth {
    when.as_ref().map_or(Truth::Yes, |when| Context { rules, today }.truth(when, answers))
}

/// The steps of a right a person is shown, in order: those whose `when` is not false for the
/// answers (one not known yet is shown).
pub fn steps<'r>(rules: &'r RuleSet, right: RightId, answers: &Answers, today: Date) -> Vec<&'r Step> {
    let shown = |s: &&Step| holds(rules, &s.when, answers, today) != Truth::No;
    rules.right(right).steps.iter().filter(shown).collect()
}

/// The documents a person is asked to bring for a right: those whose `when` is not false.
pub fn documents<'r>(rules: &'r RuleSet, right: RightId, answers: &Answers, today: Date) -> Vec<&'r Document> {
    let shown = |d: &&Document| holds(rules, &d.when, answers, today) != Truth::No;
    rules.right(right).documents.iter().filter(shown).collect()
}

/// Whether a right's first shown step fits the person, so that the right may go in "start
/// here": its `when` is true for the answers (not only not false), and it needs nothing that no
/// question asks (`start_here`). A right with no steps fits; one whose steps are all hidden
/// does not.
pub fn fits(rules: &RuleSet, right: RightId, answers: &Answers, today: Date) -> bool {
    let steps = &rules.right(right).steps;
    steps.is_empty()
        || steps.iter().find_map(|s| match holds(rules, &s.when, answers, today) {
            Truth::No => None,
            truth => Some(truth == Truth::Yes && s.start_here),
        }) == Some(true)
}

/// The deadline of a right's first step, in days, for the calendar: only when that step (the
/// one `within_days` counts for) is shown and fits the person.
pub fn deadline(rules: &RuleSet, right: RightId, answers: &Answers, today: Date) -> Option<u16> {
    let right = rules.right(right);
    let days = right.within_days?;
    match right.steps.first() {
        Some(step) => (holds(rules, &step.when, answers, today) == Truth::Yes && step.start_here).then_some(days),
        None => Some(days),
    }
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
    use crate::model::{ChoiceId, Domain, Question, QuestionId, QuestionKind, Right, RightKind};

    fn rules(priority: &[u16]) -> RuleSet {
        let question = |id: &str, sensitive| Question {
            id: id.into(),
            kind: QuestionKind::YesNo,
            ask_if: None,
            dont_know: true,
            sensitive,
            shown_first: Vec::new(),
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

    fn answers(rules: &RuleSet, violence: Option<bool>) -> Answers {
        let mut answers = Answers::new(rules);
        answers.set(rules, QuestionId::new(0), Answer::Given(Value::Bool(true))).unwrap();
        if let Some(v) = violence {
            answers.set(rules, QuestionId::new(1), Answer::Given(Value::Bool(v))).unwrap();
        }
        answers
    }

    fn outcomes(rules: &RuleSet, violence: Option<bool>) -> Vec<Outcome> {
        crate::evaluate(rules, &answers(rules, violence), day())
    }

    fn day() -> Date {
        Date::from_ymd(2026, 12, 6).unwrap()
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
        let (urgent, others) = urgent_and_start_here(&rules, &outcomes, &answers(&rules, Some(true)), day());
        assert_eq!((ids(&rules, urgent), ids(&rules, others)), (vec!["shelter"], vec!["first", "maybe", "last"]));
        let reveals: Vec<&str> = outcomes
            .iter()
            .filter(|o| reveals_sensitive(&rules, o))
            .map(|o| rules.right(o.right).id.as_str())
            .collect();
        assert_eq!(reveals, ["maybe", "shelter"]);
    }

    /// `rules(&[1])` with the question of what the person came for, health or work, declared
    /// last: `last` is a work right, the others are health rights.
    fn with_needs() -> RuleSet {
        let mut rules = rules(&[1]);
        for right in &mut rules.rights {
            right.needed_for = vec![ChoiceId::new(0)];
        }
        rules.rights[3].needed_for = vec![ChoiceId::new(1)];
        rules.questions.push(Question {
            id: "need".into(),
            kind: QuestionKind::AnyOf { choices: vec!["health".into(), "work".into()] },
            ask_if: None,
            dont_know: true,
            sensitive: true,
            shown_first: Vec::new(),
        });
        rules.needs = Some(QuestionId::new(2));
        rules
    }

    fn start_here(rules: &RuleSet, need: Option<Answer>) -> Vec<&str> {
        let mut answers = answers(rules, Some(true));
        if let Some(need) = need {
            answers.set(rules, QuestionId::new(2), need).unwrap();
        }
        let (_, start_here) = urgent_and_start_here(rules, &crate::evaluate(rules, &answers, day()), &answers, day());
        ids(rules, start_here)
    }

    #[test]
    fn the_rights_of_what_the_person_came_for_come_first_in_start_here_in_priority_order() {
        let rules = with_needs();
        let chose =
            |choices: &[u16]| Some(Answer::Given(Value::Choices(choices.iter().map(|&c| ChoiceId::new(c)).collect())));
        // Not asked, passed or "I don't know": the order of `priority`, then the rules' order.
        let as_today = vec!["maybe", "first", "last"];
        assert_eq!(start_here(&rules, None), as_today);
        assert_eq!(start_here(&rules, chose(&[])), as_today);
        assert_eq!(start_here(&rules, Some(Answer::DontKnow)), as_today);
        // Work: the work right first, the others after it, none removed.
        assert_eq!(start_here(&rules, chose(&[1])), ["last", "maybe", "first"]);
        // Health and work: every right is one asked for, so `priority` orders them all.
        assert_eq!(start_here(&rules, chose(&[0, 1])), as_today);
        assert!(!needed(&rules, RightId::new(3), &answers(&rules, None)), "not asked: needed for nothing");
    }

    /// `first` with steps: one for those who answered violence, one that fits only someone
    /// with a case no question asks about, one for everyone; `last` with a document for those
    /// who answered violence, and a 30-day deadline on a first step for them too.
    fn with_steps() -> RuleSet {
        let mut rules = rules(&[]);
        let violence = Some(Expr::Flag(QuestionId::new(1)));
        rules.rights[0].steps = vec![
            Step { when: violence.clone(), ..Step::plain("for-violence") },
            Step { start_here: false, ..Step::plain("with-a-case") },
            Step::plain("for-everyone"),
        ];
        rules.rights[3].documents = vec![Document { id: "paper".into(), when: violence.clone() }];
        rules.rights[3].steps = vec![Step { when: violence, ..Step::plain("within-30-days") }];
        rules.rights[3].within_days = Some(30);
        rules
    }

    fn shown(rules: &RuleSet, violence: Option<bool>) -> (Vec<&str>, Vec<&str>, Vec<&str>, Option<u16>) {
        let answers = answers(rules, violence);
        let (first, last) = (RightId::new(0), RightId::new(3));
        let (_, start_here) = urgent_and_start_here(rules, &outcomes(rules, violence), &answers, day());
        (
            steps(rules, first, &answers, day()).into_iter().map(|s| s.id.as_str()).collect(),
            documents(rules, last, &answers, day()).into_iter().map(|d| d.id.as_str()).collect(),
            ids(rules, start_here),
            deadline(rules, last, &answers, day()),
        )
    }

    #[test]
    fn a_right_is_in_start_here_only_when_its_first_shown_step_fits_the_answers() {
        let rules = with_steps();
        // Violence answered yes: every step shown, the first fits; the paper and the deadline
        // too; `maybe` now applies, and has no steps.
        let all = vec!["for-violence", "with-a-case", "for-everyone"];
        assert_eq!(shown(&rules, Some(true)), (all.clone(), vec!["paper"], vec!["first", "maybe", "last"], Some(30)));
        // Not answered yet: shown, but neither step fits yet: `first` and `last` stay listed
        // (they apply) but out of start here, with no deadline.
        assert_eq!(shown(&rules, None), (all, vec!["paper"], Vec::new(), None));
        // Answered no: the step and the paper are not shown; the first shown step needs a
        // case no question asks about, so `first` is out of start here; `last` has no step
        // shown left, so it is out too, and its deadline with it.
        assert_eq!(shown(&rules, Some(false)), (vec!["with-a-case", "for-everyone"], vec![], vec![], None));
        assert!(!fits(&rules, RightId::new(0), &answers(&rules, Some(false)), day()));
        assert!(fits(&rules, RightId::new(2), &answers(&rules, Some(false)), day()), "a right without steps fits");
    }
}
