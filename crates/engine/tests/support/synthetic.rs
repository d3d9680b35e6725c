//! A small hand-made rule set that uses every kind of question and condition: unbounded
//! numbers and years, dates, sums and differences, definitions, `ask_if`s, validity dates.
//! The property tests run on it besides the real rules, which use only some of them.

use huquq_engine::Date;
use huquq_engine::PartialDate;
use huquq_engine::model::walk::questions_read;
use huquq_engine::model::{
    CompareOp, Definition, Domain, Expr, Question, QuestionKind, Right, RightKind, RuleSet, Term,
};

pub fn rules() -> RuleSet {
    let question = |id: &str, kind, dont_know, sensitive, ask_if| Question {
        id: id.to_string(),
        kind,
        ask_if,
        dont_know,
        sensitive,
        shown_first: Vec::new(),
    };
    let choices = |names: &[&str]| names.iter().map(|n| n.to_string()).collect();
    let questions = vec![
        question("papers", QuestionKind::OneOf { choices: choices(&["card", "refugee", "none"]) }, true, false, None),
        question("children", QuestionKind::YesNo, true, true, None),
        question(
            "ages",
            QuestionKind::AnyOf { choices: choices(&["baby", "child", "teen"]) },
            true,
            false,
            Some(Expr::Flag(1.into())),
        ),
        question("age", QuestionKind::Number { min: Some(0), max: Some(110), unit: None }, true, false, None),
        question("arrival", QuestionKind::Year { min: None, max: None }, true, false, None),
        question("entered", QuestionKind::Date, true, false, None),
        question("income", QuestionKind::Number { min: None, max: None, unit: None }, false, true, None),
        question(
            "alone",
            QuestionKind::YesNo,
            false,
            false,
            Some(compare(CompareOp::Lt, Term::Answer(3.into()), Term::Literal(18))),
        ),
    ];
    let definitions = vec![
        Definition { id: "minor".to_string(), when: compare(CompareOp::Lt, Term::Answer(3.into()), Term::Literal(18)) },
        Definition {
            id: "settled".to_string(),
            when: Expr::Any(vec![
                compare(CompareOp::Ge, Term::YearsSince(4.into()), Term::Literal(5)),
                compare(CompareOp::Ge, Term::YearsSince(5.into()), Term::Literal(5)),
            ]),
        },
    ];
    let day = |text| i64::from(Date::parse(text).unwrap().days());
    let sum = |a, b| Term::Add(Box::new(a), Box::new(b));
    let difference = |a, b| Term::Sub(Box::new(a), Box::new(b));
    let conditions = vec![
        (Expr::Const(true), None, None),
        (
            Expr::All(vec![
                Expr::Choice { question: 0.into(), among: vec![0.into(), 1.into()] },
                Expr::Not(Box::new(Expr::Flag(1.into()))),
            ]),
            None,
            None,
        ),
        (
            Expr::All(vec![
                Expr::Flag(1.into()),
                Expr::Any(vec![
                    Expr::Includes { question: 2.into(), choice: 0.into() },
                    Expr::Includes { question: 2.into(), choice: 1.into() },
                ]),
            ]),
            None,
            None,
        ),
        (Expr::Any(vec![Expr::Definition(0.into()), Expr::Definition(1.into())]), None, None),
        (
            Expr::All(vec![
                compare(CompareOp::Gt, difference(Term::Answer(6.into()), Term::Answer(3.into())), Term::Literal(1000)),
                compare(CompareOp::Le, Term::Answer(5.into()), Term::Literal(day("2013-12-31"))),
            ]),
            None,
            None,
        ),
        (
            Expr::Any(vec![
                compare(CompareOp::Eq, sum(Term::Answer(3.into()), Term::Literal(5)), Term::Literal(20)),
                compare(CompareOp::Ne, difference(Term::Literal(2020), Term::Answer(4.into())), Term::Literal(3)),
                Expr::Choice { question: 0.into(), among: vec![2.into()] },
            ]),
            None,
            None,
        ),
        (Expr::Flag(7.into()), Some(PartialDate::year(2005)), Some(PartialDate::year(2010))),
        (Expr::Not(Box::new(Expr::Definition(0.into()))), Some(PartialDate::year(2030)), None),
    ];
    // Rights the sources leave open for some: open for people without papers whatever else,
    // and for minors once they have children, in a number condition.
    let open = [
        (
            Expr::Any(vec![Expr::Definition(0.into()), Expr::Flag(1.into())]),
            Expr::Choice { question: 0.into(), among: vec![2.into()] },
        ),
        (
            compare(CompareOp::Ge, Term::Answer(3.into()), Term::Literal(16)),
            Expr::All(vec![Expr::Flag(1.into()), Expr::Definition(0.into())]),
        ),
    ];
    let conditions = conditions.into_iter().map(|(when, from, until)| (when, None, from, until));
    let open = open.into_iter().map(|(when, unknown)| (when, Some(unknown), None, None));
    let mut rules =
        RuleSet { reviewed: Date::from_ymd(2026, 1, 1).unwrap(), questions, definitions, ..RuleSet::default() };
    for (i, (when, unknown_when, valid_from, valid_until)) in conditions.chain(open).enumerate() {
        let mut uses = Vec::new();
        for condition in std::iter::once(&when).chain(&unknown_when) {
            questions_read(&rules, condition, &mut |q| uses.push(q));
        }
        uses.sort_unstable();
        uses.dedup();
        rules.rights.push(Right {
            id: format!("health.right-{i}"),
            domain: Domain::Health,
            kind: RightKind::Right,
            when,
            unknown_when,
            uses,
            offices: Vec::new(),
            documents: Vec::new(),
            steps: Vec::new(),
            sources: Vec::new(),
            valid_from,
            valid_until,
            ..Right::default()
        });
    }
    rules
}

fn compare(op: CompareOp, left: Term, right: Term) -> Expr {
    Expr::Compare { op, left, right }
}
