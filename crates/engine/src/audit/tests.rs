//! The audit on a small rule set of four rights: sound rules pass with every path counted, and
//! each invariant, broken on purpose, is reported with the answers that show it.

use super::paths::{Live, answers_to_try, residual, walk};
use super::*;
use crate::answers::{Answers, Value};
use crate::eval::Context;
use crate::model::{CompareOp, Domain, Expr, Question, QuestionKind, Right, RightKind, Term};

fn question(id: &str, kind: QuestionKind, ask_if: Option<Expr>) -> Question {
    Question { id: id.into(), kind, ask_if, dont_know: true, sensitive: false, shown_first: Vec::new() }
}

fn right(id: &str, when: Expr, uses: &[u16]) -> Right {
    Right {
        id: id.into(),
        domain: Domain::Work,
        kind: RightKind::Programme,
        when,
        uses: uses.iter().map(|&q| q.into()).collect(),
        ..Right::default()
    }
}

fn flag(q: u16) -> Expr {
    Expr::Flag(q.into())
}

fn under(age: i64) -> Expr {
    Expr::Compare { op: CompareOp::Lt, left: Term::Answer(3.into()), right: Term::Literal(age) }
}

/// card, kids, kids' ages (asked if kids), age; four rights mixing them.
fn rules() -> RuleSet {
    let ages = QuestionKind::OneOf { choices: vec!["baby".into(), "child".into()] };
    RuleSet {
        reviewed: today(),
        questions: vec![
            question("card", QuestionKind::YesNo, None),
            question("kids", QuestionKind::YesNo, None),
            question("ages", ages, Some(flag(1))),
            question("age", QuestionKind::Number { min: Some(0), max: Some(110), unit: None }, None),
        ],
        definitions: Vec::new(),
        rights: vec![
            right("work.either", Expr::Any(vec![flag(0), flag(1)]), &[0, 1]),
            right(
                "education.school",
                Expr::All(vec![flag(1), Expr::Choice { question: 2.into(), among: vec![1.into()] }]),
                &[1, 2],
            ),
            right("education.minor", under(18), &[3]),
            right("work.adult-card", Expr::All(vec![flag(0), Expr::Not(Box::new(under(18)))]), &[0, 3]),
        ],
        ..RuleSet::default()
    }
}

fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

#[test]
fn sound_rules_pass_and_every_path_is_counted() {
    let rules = rules();
    let audit = audit(&rules, &Claims { max_questions: Some(4), exclusive: Vec::new() }, today());
    assert!(audit.violations.is_empty(), "{:?}", audit.violations);
    // work.either: card (yes | no, then kids: 3 | dont_know, then kids: 3) = 1 + 3 + 3.
    // education.school: kids no | yes, then ages 3 | dont_know, then ages 3 = 1 + 3 + 3.
    // education.minor: age 17, 18, 19, dont_know. work.adult-card: card no | yes × age 4 | dont_know × age 4.
    assert_eq!(audit.paths, 7 + 7 + 4 + 9);
    assert_eq!(audit.longest.len(), 4);
    assert!(audit.ends.iter().all(|ends| ends.len() == 3), "{:?}", audit.ends);
}

#[test]
fn the_region_asked_after_a_right_applies_is_walked_even_when_a_no_ends_the_interview_alike() {
    // `card` decides the one right; the right's office is placed, so its region is asked
    // only once the right may apply. After "no" the interview ends with the region unasked,
    // a state that must not stand for the "yes" one.
    let region = QuestionKind::OneOf { choices: vec!["north".into(), "south".into()] };
    let rules = RuleSet {
        reviewed: today(),
        questions: vec![question("card", QuestionKind::YesNo, None), question("region", region, None)],
        rights: vec![Right { offices: vec![0.into()], ..right("work.card", flag(0), &[0]) }],
        offices: vec![crate::model::Office {
            id: "north-office".into(),
            region: Some("north".into()),
            ..Default::default()
        }],
        placement: Some(1.into()),
        ..RuleSet::default()
    };
    let tried = answers_to_try(&rules, today());
    let walk = walk(&rules, today(), &tried, &[]);
    // card: no (the end) | yes or dont_know (the right may apply), then each region answer.
    assert_eq!(walk.paths, 1 + 2 * tried[1].len() as u64, "{tried:?}");
    assert!(walk.violations.is_empty(), "{:?}", walk.violations);
}

#[test]
fn each_right_ends_alone_as_it_ends_among_all() {
    let rules = rules();
    let tried = answers_to_try(&rules, today());
    let all = walk(&rules, today(), &tried, &[]);
    for r in rules.right_ids() {
        let mut alone = rules.clone();
        alone.rights = vec![rules.right(r).clone()];
        assert_eq!(walk(&alone, today(), &tried, &[]).ends[0], all.ends[r.index()], "{}", rules.right(r).id);
    }
}

#[test]
fn the_longest_interview_is_found_and_checked_against_the_claim() {
    let rules = rules();
    let audit = audit(&rules, &Claims { max_questions: Some(3), exclusive: Vec::new() }, today());
    assert_eq!(audit.longest.len(), 4);
    assert!(matches!(&audit.violations[..], [Violation::TooLong { max: 3, path }] if path.len() == 4));
    assert_eq!(
        describe(&rules, &audit.longest),
        "card = dont_know, kids = dont_know, ages = dont_know, age = dont_know"
    );
}

#[test]
fn rights_declared_exclusive_that_both_apply_are_shown_with_the_answers() {
    let rules = rules();
    let exclusive = vec![(RightId::new(0), RightId::new(3))];
    let audit = audit(&rules, &Claims { max_questions: None, exclusive }, today());
    let [Violation::BothApply { rights, path }] = &audit.violations[..] else { panic!("{:?}", audit.violations) };
    assert_eq!(*rights, (RightId::new(0), RightId::new(3)));
    assert_eq!(describe(&rules, path), "card = yes, age = 18");
}

#[test]
fn a_right_waiting_for_a_question_never_asked_is_stuck() {
    let mut rules = rules();
    // `ages` is asked only of people with children; this right does not test it.
    rules.rights[1].when = Expr::Choice { question: 2.into(), among: vec![1.into()] };
    rules.rights[1].uses = vec![2.into()];
    let audit = audit(&rules, &Claims::default(), today());
    let stuck = audit.violations.iter().find_map(|v| match v {
        Violation::Stuck { right, question, path } => Some((right.index(), question.index(), describe(&rules, path))),
        _ => None,
    });
    assert_eq!(stuck, Some((1, 2, "kids = no".to_string())));
}

#[test]
fn a_right_whose_answers_are_never_asked_together_is_never_eligible() {
    let mut rules = rules();
    // Ages are only asked of people with children, and this right wants none.
    rules.rights[1].when = Expr::All(vec![
        Expr::Not(Box::new(flag(1))),
        Expr::Any(vec![flag(1), Expr::Choice { question: 2.into(), among: vec![1.into()] }]),
    ]);
    // Satisfiable with the ages free (no children, a child's age), as the combination
    // checks see it; never on a path, where someone without children is not asked the ages.
    let audit = audit(&rules, &Claims::default(), today());
    let never =
        Violation::NeverEligible { right: RightId::new(1), ends: vec![Status::NotEligible, Status::Undetermined] };
    assert!(audit.violations.contains(&never), "{:?}", audit.violations);
}

#[test]
fn an_outcome_that_disagrees_with_its_status_is_inconsistent() {
    use super::paths::inconsistency;
    use crate::model::Validity;
    use crate::outcome::{Change, Outcome};
    let outcome = |status, because: Vec<u16>, open: Vec<u16>, change: bool| Outcome {
        right: RightId::new(0),
        status,
        validity: Validity::InForce,
        open_by_source: false,
        evidence: crate::model::Evidence::Current,
        because: because.into_iter().map(Into::into).collect(),
        would_change: if change {
            vec![Change { question: 0.into(), values: vec![Value::Bool(true)] }]
        } else {
            vec![]
        },
        open: open.into_iter().map(Into::into).collect(),
    };
    let found = |o: &Outcome, before| inconsistency(o, before);
    assert_eq!(found(&outcome(Status::Eligible, vec![0], vec![], false), None), None);
    assert_eq!(found(&outcome(Status::Undetermined, vec![], vec![1], false), Some(Status::Undetermined)), None);
    assert!(found(&outcome(Status::Undetermined, vec![], vec![], false), None).is_some());
    assert!(found(&outcome(Status::Undetermined, vec![0], vec![1], false), None).is_some());
    assert!(found(&outcome(Status::NotEligible, vec![0], vec![1], false), None).is_some());
    assert!(found(&outcome(Status::Eligible, vec![0], vec![], true), None).is_some());
    let flipped = found(&outcome(Status::NotEligible, vec![0], vec![], false), Some(Status::Eligible));
    assert_eq!(flipped.as_deref(), Some("was eligible and became not_eligible after one more answer"));
    // Left open by its sources: decided by answers, with no question open, yet undetermined.
    let open = |status, because| Outcome { open_by_source: true, ..outcome(status, because, vec![], false) };
    assert_eq!(found(&open(Status::Undetermined, vec![0]), None), None);
    assert_eq!(found(&open(Status::Undetermined, vec![]), None), None);
    assert!(found(&open(Status::Eligible, vec![0]), None).is_some());
}

#[test]
fn a_right_its_sources_leave_open_ends_open_and_its_questions_are_asked() {
    let mut rules = rules();
    // Open for everyone it serves: never eligible, knowingly, and not stuck.
    rules.rights[0].unknown_when = Some(Expr::Const(true));
    // Open for card holders only: `card` is asked although `when` reads only `age`.
    rules.rights[2].unknown_when = Some(flag(0));
    rules.rights[2].uses = vec![0.into(), 3.into()];
    let audit = audit(&rules, &Claims::default(), today());
    assert!(audit.violations.is_empty(), "{:?}", audit.violations);
    assert_eq!(audit.open_by_source, [true, false, true, false]);
    assert_eq!(audit.ends[0], [Status::NotEligible, Status::Undetermined], "never eligible");
    assert_eq!(audit.ends[2], [Status::Eligible, Status::NotEligible, Status::Undetermined]);
    // A minor with a card: undetermined, open by the sources because of the card.
    let mut answers = Answers::new(&rules);
    answers.set(&rules, 3.into(), Answer::Given(Value::Number(16))).unwrap();
    let before = crate::run(&rules, &answers, today());
    assert_eq!(before.outcomes[2].open, [0.into()], "only `unknown_when` can change it");
    assert!(before.wanted.contains(&0.into()));
    answers.set(&rules, 0.into(), Answer::Given(Value::Bool(true))).unwrap();
    let open = &crate::evaluate(&rules, &answers, today())[2];
    assert_eq!((open.status, open.open_by_source), (Status::Undetermined, true));
    assert_eq!(
        (open.because.clone(), open.open.clone()),
        (vec![0.into(), 3.into()], vec![]),
        "the card, and the age that makes it apply"
    );
}

#[test]
fn a_right_neither_eligible_nor_left_open_at_the_end_of_any_interview_is_reported() {
    let mut rules = rules();
    // Open only for people it never serves: it can be neither eligible nor open.
    rules.rights[2].unknown_when = Some(Expr::Const(true));
    rules.rights[2].when = Expr::Const(false);
    let audit = audit(&rules, &Claims::default(), today());
    let never = Violation::NeverEligible { right: RightId::new(2), ends: vec![Status::NotEligible] };
    assert!(audit.violations.contains(&never), "{:?}", audit.violations);
}

#[test]
fn what_is_left_of_a_condition_gives_what_the_condition_gives() {
    let rules = rules();
    let cx = Context { rules: &rules, today: today() };
    let when = &rules.rights[3].when;
    let mut answers = Answers::new(&rules);
    answers.set(&rules, 0.into(), Answer::Given(Value::Bool(true))).unwrap();
    let left = residual(&cx, when, &answers);
    assert_eq!(left, Expr::Not(Box::new(under(18))), "the card is true: only the age is left");
    for age in [17, 18, 40] {
        let mut more = answers.clone();
        more.set(&rules, 3.into(), Answer::Given(Value::Number(age))).unwrap();
        assert_eq!(cx.truth(&left, &more), cx.truth(when, &more), "age {age}");
    }
    let live = Live::new(&rules, &answers, &crate::evaluate(&rules, &answers, today()), today());
    assert_eq!(live.bound(&rules, &answers), 3, "kids and ages for the school, age for the other two");
}

#[test]
fn an_interview_past_the_depth_the_audit_walks_is_reported_unfinished() {
    let mut rules = rules();
    rules.rights.clear();
    for i in 0..=super::paths::MAX_DEPTH {
        rules.questions.push(question(&format!("q{i}"), QuestionKind::YesNo, None));
        let q = u16::try_from(rules.questions.len() - 1).unwrap();
        rules.rights.push(right(&format!("work.r{i}"), flag(q), &[q]));
    }
    let audit = audit(&rules, &Claims::default(), today());
    assert!(
        matches!(&audit.violations[..], [Violation::Unfinished { path, .. }] if path.len() == super::paths::MAX_DEPTH),
        "{:?}",
        audit.violations.iter().map(|v| v.message(&rules)).collect::<Vec<_>>()
    );
}
