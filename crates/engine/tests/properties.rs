//! Properties of evaluation over arbitrary answers and dates, on the real rules and on a
//! small hand-made rule set that uses every kind of question and condition (unbounded
//! numbers and years, dates, sums, definitions, validity dates). A failure here is a bug in
//! the engine, not in the test: fix it and add a plain unit test that reproduces it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use huquq_engine::check::check;
use huquq_engine::model::walk::questions_read;
use huquq_engine::model::{
    ChoiceId, CompareOp, Definition, Domain, Expr, Question, QuestionId, QuestionKind, Right, RightKind, RuleSet, Term,
};
use huquq_engine::outcome::evaluate_right;
use huquq_engine::{Answer, Answers, Date, PartialDate, Status, Validity, Value, evaluate, run};
use proptest::prelude::*;
use proptest::sample::Index;
use std::sync::OnceLock;
use support::{real, root};

/// Three copies of the real rules: the same properties must hold with renamed, shifted indices.
fn real_scaled() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| support::scaled(real(), 3))
}

fn synthetic() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(synthetic_rules)
}

fn synthetic_rules() -> RuleSet {
    let question = |id: &str, kind, dont_know, sensitive, ask_if| Question {
        id: id.to_string(),
        kind,
        ask_if,
        dont_know,
        sensitive,
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
    let mut rules = RuleSet {
        reviewed: Date::from_ymd(2026, 1, 1).unwrap(),
        questions,
        definitions,
        rights: Vec::new(),
        offices: Vec::new(),
        sources: Vec::new(),
        priority: Vec::new(),
        emergency: Vec::new(),
        placement: None,
        what_if: None,
    };
    for (i, (when, valid_from, valid_until)) in conditions.into_iter().enumerate() {
        let mut uses = Vec::new();
        questions_read(&rules, &when, &mut |q| uses.push(q));
        uses.sort_unstable();
        uses.dedup();
        rules.rights.push(Right {
            id: format!("health.right-{i}"),
            domain: Domain::Health,
            kind: RightKind::Right,
            when,
            uses,
            offices: Vec::new(),
            documents: Vec::new(),
            steps: Vec::new(),
            sources: Vec::new(),
            valid_from,
            valid_until,
            check_with_office: false,
            urgent: false,
            within_days: None,
        });
    }
    rules
}

fn compare(op: CompareOp, left: Term, right: Term) -> Expr {
    Expr::Compare { op, left, right }
}

/// Any value a question allows: in its bounds, often near everyday values so that
/// thresholds are crossed, sometimes at its extremes.
fn value(question: &Question) -> BoxedStrategy<Value> {
    let bounded = |min: &Option<i64>, max: &Option<i64>, typical: std::ops::RangeInclusive<i64>| {
        let (lo, hi) = (min.unwrap_or(i64::MIN), max.unwrap_or(i64::MAX));
        prop_oneof![
            6 => typical.prop_map(move |n| n.clamp(lo, hi)),
            2 => lo..=hi,
            1 => Just(lo),
            1 => Just(hi),
        ]
        .prop_map(Value::Number)
        .boxed()
    };
    match &question.kind {
        QuestionKind::YesNo => any::<bool>().prop_map(Value::Bool).boxed(),
        QuestionKind::OneOf { choices } => {
            proptest::sample::select(ChoiceId::all(choices.len()).collect::<Vec<_>>()).prop_map(Value::Choice).boxed()
        }
        QuestionKind::AnyOf { choices } => proptest::collection::vec(any::<bool>(), choices.len())
            .prop_map(|ticked| Value::Choices(ChoiceId::all(ticked.len()).filter(|&c| ticked[c.index()]).collect()))
            .boxed(),
        QuestionKind::Number { min, max, .. } => bounded(min, max, -5..=1500),
        QuestionKind::Year { min, max } => bounded(min, max, 1940..=2040),
        // Every date the text forms can write: years 1000 to 9999.
        QuestionKind::Date => {
            let (first, last) = (Date::parse("1000-01-01").unwrap().days(), Date::parse("9999-12-31").unwrap().days());
            let (near, far) = (Date::parse("1990-01-01").unwrap().days(), Date::parse("2036-01-01").unwrap().days());
            prop_oneof![4 => near..far, 1 => first..=last].prop_map(|d| Value::Date(Date::from_days(d))).boxed()
        }
    }
}

/// A value, or "I don't know" and "I prefer not to say" where the question offers them.
fn answer(question: &Question) -> BoxedStrategy<Answer> {
    let mut options = vec![(8, value(question).prop_map(Answer::Given).boxed())];
    if question.dont_know {
        options.push((1, Just(Answer::DontKnow).boxed()));
    }
    if question.sensitive {
        options.push((1, Just(Answer::PreferNotToSay).boxed()));
    }
    proptest::strategy::Union::new_weighted(options).boxed()
}

#[derive(Clone, Debug)]
struct Case {
    answers: Answers,
    /// A value for every question, to add one more answer.
    more: Vec<Value>,
    pick: Index,
    today: Date,
}

fn cases(rules: &'static RuleSet) -> impl Strategy<Value = Case> {
    let answers: Vec<_> = rules.questions.iter().map(|q| proptest::option::of(answer(q))).collect();
    let more: Vec<_> = rules.questions.iter().map(value).collect();
    let (first, last) = (Date::parse("2000-01-01").unwrap().days(), Date::parse("2035-12-31").unwrap().days());
    (answers, more, any::<Index>(), first..=last).prop_map(|(given, more, pick, today)| {
        let mut answers = Answers::new(rules);
        for (q, answer) in rules.question_ids().zip(given) {
            if let Some(answer) = answer {
                answers.set(rules, q, answer).expect("the strategy gives allowed answers");
            }
        }
        Case { answers, more, pick, today: Date::from_days(today) }
    })
}

fn with(rules: &RuleSet, answers: &Answers, question: QuestionId, value: &Value) -> Answers {
    let mut more = answers.clone();
    more.set(rules, question, Answer::Given(value.clone())).expect("the strategy gives allowed values");
    more
}

/// Only the answers to `kept`.
fn only(rules: &RuleSet, answers: &Answers, kept: &[QuestionId]) -> Answers {
    let mut out = Answers::new(rules);
    for &q in kept {
        out.set(rules, q, answers.get(q).expect("`because` lists answered questions").clone()).unwrap();
    }
    out
}

fn decided(status: Status) -> bool {
    status != Status::Undetermined
}

fn monotone(rules: &RuleSet, case: &Case) -> Result<(), TestCaseError> {
    let open: Vec<QuestionId> = rules.question_ids().filter(|&q| !case.answers.is_answered(q)).collect();
    if open.is_empty() {
        return Ok(());
    }
    let q = *case.pick.get(&open);
    let before = evaluate(rules, &case.answers, case.today);
    let after = evaluate(rules, &with(rules, &case.answers, q, &case.more[usize::from(q)]), case.today);
    for (b, a) in before.iter().zip(&after) {
        if decided(b.status) {
            prop_assert_eq!(
                b.status,
                a.status,
                "answering {} changed {}",
                rules.question(q).id,
                rules.right(b.right).id
            );
        }
    }
    Ok(())
}

fn next_matters(rules: &RuleSet, case: &Case) -> Result<(), TestCaseError> {
    let evaluation = run(rules, &case.answers, case.today);
    let Some(q) = evaluation.next else {
        return Ok(());
    };
    prop_assert!(!case.answers.is_answered(q));
    let shape = |outcomes: &[huquq_engine::Outcome]| -> Vec<(Status, Vec<QuestionId>)> {
        outcomes.iter().map(|o| (o.status, o.open.clone())).collect()
    };
    let after = evaluate(rules, &with(rules, &case.answers, q, &case.more[usize::from(q)]), case.today);
    if shape(&evaluation.outcomes) != shape(&after) {
        return Ok(());
    }
    // Otherwise it must be asked for another question: one whose `ask_if` reads it and which
    // can still change an undetermined right.
    let held_back = evaluation.outcomes.iter().flat_map(|o| &o.open).any(|&other| {
        let mut reads = false;
        if let Some(ask_if) = &rules.question(other).ask_if {
            questions_read(rules, ask_if, &mut |read| reads |= read == q);
        }
        reads
    });
    // Or it is the region, asked to place the offices of a right that may still apply.
    let places_offices = rules.placement == Some(q)
        && evaluation.outcomes.iter().any(|o| {
            o.status != Status::NotEligible
                && rules.right(o.right).offices.iter().any(|&f| rules.offices[usize::from(f)].region.is_some())
        });
    prop_assert!(held_back || places_offices, "asking {} changed nothing", rules.question(q).id);
    Ok(())
}

fn because_decides(rules: &RuleSet, case: &Case) -> Result<(), TestCaseError> {
    for outcome in evaluate(rules, &case.answers, case.today) {
        if !decided(outcome.status) || outcome.validity != Validity::InForce {
            continue;
        }
        let id = &rules.right(outcome.right).id;
        let alone = evaluate_right(rules, &only(rules, &case.answers, &outcome.because), case.today, outcome.right);
        prop_assert_eq!(alone.status, outcome.status, "the answers {:?} do not decide {}", outcome.because, id);
        for i in 0..outcome.because.len() {
            let mut fewer = outcome.because.clone();
            fewer.remove(i);
            let less = evaluate_right(rules, &only(rules, &case.answers, &fewer), case.today, outcome.right);
            prop_assert_ne!(less.status, outcome.status, "{:?} is not minimal for {}", outcome.because, id);
        }
    }
    Ok(())
}

fn would_change_applies(rules: &RuleSet, case: &Case) -> Result<(), TestCaseError> {
    for outcome in evaluate(rules, &case.answers, case.today) {
        prop_assert!(outcome.would_change.is_empty() || outcome.status == Status::NotEligible);
        for change in &outcome.would_change {
            for value in &change.values {
                let changed = with(rules, &case.answers, change.question, value);
                let status = evaluate_right(rules, &changed, case.today, outcome.right).status;
                prop_assert_eq!(
                    status,
                    Status::Eligible,
                    "{} = {:?} does not make {} apply",
                    &rules.question(change.question).id,
                    value,
                    &rules.right(outcome.right).id
                );
            }
        }
    }
    Ok(())
}

fn round_trips(rules: &RuleSet, case: &Case) -> Result<(), TestCaseError> {
    let text = case.answers.encode(rules);
    let (decoded, errors) = Answers::decode(rules, &text);
    prop_assert!(errors.is_empty(), "{:?} decoding {}", errors, text);
    prop_assert_eq!(decoded, case.answers.clone(), "through {}", text);
    Ok(())
}

/// Every property, on one rule set; evaluation panicking fails them all.
macro_rules! properties {
    ($name:ident, $rules:expr) => {
        mod $name {
            use super::*;

            proptest! {
                #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

                #[test]
                fn never_panics(case in cases($rules)) {
                    run($rules, &case.answers, case.today);
                }

                #[test]
                fn one_more_answer_never_undoes_a_decision(case in cases($rules)) {
                    monotone($rules, &case)?;
                }

                #[test]
                fn the_next_question_matters(case in cases($rules)) {
                    next_matters($rules, &case)?;
                }

                #[test]
                fn because_decides_alone(case in cases($rules)) {
                    because_decides($rules, &case)?;
                }

                #[test]
                fn each_would_change_makes_the_right_apply(case in cases($rules)) {
                    would_change_applies($rules, &case)?;
                }

                #[test]
                fn answers_round_trip_through_the_address(case in cases($rules)) {
                    round_trips($rules, &case)?;
                }
            }
        }
    };
}

properties!(real_rules, real());
properties!(real_rules_three_times, real_scaled());
properties!(synthetic_rules, synthetic());

/// The browser benchmark embeds the rules files by name: it must list all of them.
#[test]
fn embedded_rules_list_every_file() {
    let mut on_disk = Vec::new();
    for (dir, extension) in [("rules", "toml"), ("locales/en", "ftl")] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() && path.extension().is_some_and(|e| e == extension) {
                on_disk.push(format!("{dir}/{}", path.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    on_disk.sort();
    let mut embedded: Vec<String> = support::embedded::FILES.iter().map(|(path, _)| path.to_string()).collect();
    embedded.sort();
    assert_eq!(embedded, on_disk, "update the list in crates/engine/tests/support/embedded.rs");
}

/// The embedded files compile to the same rules as the files on disk.
#[test]
fn embedded_rules_compile() {
    let report = check(&support::embedded::input(Date::from_ymd(2026, 11, 23).unwrap()));
    assert_eq!(report.rules.as_ref(), Some(real()));
}
