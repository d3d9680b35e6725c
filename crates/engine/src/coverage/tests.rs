//! Coverage on one right and three scenarios: each part a scenario depends on is pinned,
//! the others are listed as written.

use super::*;
use crate::answers::{Answer, Value};
use crate::date::Date;
use crate::model::{Domain, Question, QuestionKind, RightKind};
use crate::scenario::Expectation;

/// papers (a, b, c), kids; one right: `papers in ['a', 'b'] and (kids or papers == 'a')`.
fn rules() -> RuleSet {
    let question = |id: &str, kind| Question {
        id: id.into(),
        kind,
        ask_if: None,
        dont_know: true,
        sensitive: false,
        shown_first: Vec::new(),
    };
    let papers = QuestionKind::OneOf { choices: vec!["a".into(), "b".into(), "c".into()] };
    let when = Expr::All(vec![
        Expr::Choice { question: 0.into(), among: vec![0.into(), 1.into()] },
        Expr::Any(vec![Expr::Flag(1.into()), Expr::Choice { question: 0.into(), among: vec![0.into()] }]),
    ]);
    RuleSet {
        reviewed: Date::from_days(0),
        questions: vec![question("papers", papers), question("kids", QuestionKind::YesNo)],
        definitions: Vec::new(),
        rights: vec![Right {
            id: "work.jobs".into(),
            domain: Domain::Work,
            kind: RightKind::Programme,
            when,
            uses: vec![0.into(), 1.into()],
            ..Right::default()
        }],
        ..RuleSet::default()
    }
}

fn scenario(rules: &RuleSet, papers: u16, kids: bool, status: Status, because: &[u16]) -> Scenario {
    let mut answers = Answers::new(rules);
    answers.set(rules, 0.into(), Answer::Given(Value::Choice(papers.into()))).unwrap();
    answers.set(rules, 1.into(), Answer::Given(Value::Bool(kids))).unwrap();
    let because = Some(because.iter().map(|&q| q.into()).collect());
    Scenario {
        file: 0,
        name: String::new(),
        date: Date::from_days(20_000),
        answers,
        expect: vec![Expectation {
            right: RightId::new(0),
            status,
            because,
            open: None,
            start_here: None,
            steps: None,
            documents: None,
            aged: None,
        }],
        questions_asked: None,
    }
}

#[test]
fn what_decides_no_scenario_is_listed() {
    let rules = rules();
    let ends = vec![vec![Status::Eligible, Status::NotEligible, Status::Undetermined]];
    // Papers b and children: eligible through `kids`, by choice b.
    let scenarios = [scenario(&rules, 1, true, Status::Eligible, &[0, 1])];
    let [(_, gaps)] = &coverage(&rules, &scenarios, &ends)[..] else { panic!() };
    assert_eq!(gaps.statuses, [Status::NotEligible, Status::Undetermined]);
    assert_eq!(gaps.branches, ["papers == 'a'"]);
    assert_eq!(gaps.choices, ["papers == 'a'", "papers == 'a'"], "in the list and in the branch");
    assert!(gaps.questions.is_empty());
}

#[test]
fn each_part_is_pinned_by_a_scenario_that_depends_on_it() {
    let rules = rules();
    let ends = vec![vec![Status::Eligible, Status::NotEligible]];
    let scenarios = [
        scenario(&rules, 1, true, Status::Eligible, &[0, 1]),
        scenario(&rules, 0, false, Status::Eligible, &[0]),
        scenario(&rules, 2, true, Status::NotEligible, &[0]),
    ];
    let [(_, gaps)] = &coverage(&rules, &scenarios, &ends)[..] else { panic!() };
    assert!(gaps.is_empty(), "{gaps:?}");
}
