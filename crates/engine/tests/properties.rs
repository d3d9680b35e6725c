//! Properties of evaluation over arbitrary answers and dates, on the real rules and on a
//! small hand-made rule set that uses every kind of question and condition (unbounded
//! numbers and years, dates, sums, definitions, validity dates), and of reading answers from
//! any text. A failure here is a bug in the engine, not in the test: fix it and add a plain
//! unit test that reproduces it. Its seed is also added to `properties.proptest-regressions`,
//! next to this file, which every run replays first: commit it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use huquq_engine::check::check;
use huquq_engine::model::walk::questions_read;
use huquq_engine::model::{ChoiceId, Question, QuestionId, QuestionKind, RuleSet};
use huquq_engine::outcome::evaluate_right;
use huquq_engine::{Answer, Answers, Date, Status, Validity, Value, evaluate, run};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::FileFailurePersistence;
use std::sync::OnceLock;
use support::{real, root};

/// Three copies of the real rules: the same properties must hold with renamed, shifted indices.
fn real_scaled() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| support::scaled(real(), 3))
}

fn synthetic() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(support::synthetic::rules)
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
    // Or it is what the person came for, which orders "start here" and decides no right.
    let needs = rules.needs == Some(q);
    prop_assert!(held_back || places_offices || needs, "asking {} changed nothing", rules.question(q).id);
    Ok(())
}

fn because_decides(rules: &RuleSet, case: &Case) -> Result<(), TestCaseError> {
    // A right left open by its sources is explained as a decided one is: by the answers that
    // leave it open, and those that make its `when` hold when it does (no question open).
    let shown = |o: &huquq_engine::Outcome| (o.status, o.open_by_source, o.open.is_empty());
    for outcome in evaluate(rules, &case.answers, case.today) {
        if !(decided(outcome.status) || outcome.open_by_source) || outcome.validity != Validity::InForce {
            continue;
        }
        let id = &rules.right(outcome.right).id;
        let alone = evaluate_right(rules, &only(rules, &case.answers, &outcome.because), case.today, outcome.right);
        prop_assert_eq!(shown(&alone), shown(&outcome), "the answers {:?} do not decide {}", outcome.because, id);
        for i in 0..outcome.because.len() {
            let mut fewer = outcome.because.clone();
            fewer.remove(i);
            let less = evaluate_right(rules, &only(rules, &case.answers, &fewer), case.today, outcome.right);
            prop_assert_ne!(shown(&less), shown(&outcome), "{:?} is not minimal for {}", outcome.because, id);
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

/// A person who answers as `case.answers` says, and with `case.more` what it leaves open.
fn person(case: &Case, question: QuestionId) -> Answer {
    case.answers.get(question).cloned().unwrap_or_else(|| Answer::Given(case.more[question.index()].clone()))
}

/// The interview of `person`: after each answer, and before the first, what `run` says is
/// left to ask; the last evaluation's statuses.
fn interview(rules: &RuleSet, case: &Case) -> Result<(Vec<usize>, Vec<Status>), TestCaseError> {
    let mut answers = Answers::new(rules);
    let mut said = Vec::new();
    loop {
        let evaluation = run(rules, &answers, case.today);
        said.push(evaluation.remaining);
        prop_assert_eq!(evaluation.remaining == 0, evaluation.next.is_none(), "nothing left is the end");
        let Some(q) = evaluation.next else {
            return Ok((said, evaluation.outcomes.iter().map(|o| o.status).collect()));
        };
        prop_assert!(!answers.is_answered(q) && said.len() <= rules.questions.len(), "asks {} again", q);
        answers.set(rules, q, person(case, q)).expect("the strategy gives allowed answers");
    }
}

fn remaining_bounds_the_rest(rules: &RuleSet, case: &Case) -> Result<(), TestCaseError> {
    let (said, _) = interview(rules, case)?;
    let asked = said.len() - 1;
    for (answered, &left) in said.iter().enumerate() {
        prop_assert!(
            asked - answered <= left,
            "after {} answers, {} said to remain; {} asked",
            answered,
            left,
            asked - answered
        );
    }
    Ok(())
}

/// The audit walks each right's interviews alone (`huquq_engine::audit`): that is sound
/// only if every right ends alone as it ends among all the others.
fn each_right_ends_alone_as_among_all(rules: &RuleSet, case: &Case) -> Result<(), TestCaseError> {
    let (_, among_all) = interview(rules, case)?;
    let mut alone = rules.clone();
    for r in rules.right_ids() {
        alone.rights = vec![rules.right(r).clone()];
        let (_, ends) = interview(&alone, case)?;
        prop_assert_eq!(ends[0], among_all[r.index()], "{} alone", &rules.right(r).id);
    }
    Ok(())
}

/// Texts as an address's fragment or this device's storage could hold them: the pairs of
/// real answers mixed with pairs of the rules' ids, choices, yes/no words and numbers, right
/// or wrong, in any order; or any text at all.
fn address_texts(rules: &'static RuleSet) -> impl Strategy<Value = String> {
    let mut words: Vec<String> =
        ["yes", "no", "dont_know", "prefer_not_to_say", "0", "-1", "110", "111", "+5", "2024-02-29"]
            .into_iter()
            .chain(["2023-02-29", "99999999999999999999", ""])
            .map(String::from)
            .collect();
    for q in &rules.questions {
        words.push(q.id.clone());
        words.extend(q.kind.choices().iter().cloned());
    }
    let word = prop_oneof![4 => proptest::sample::select(words), 1 => ".{0,8}"];
    let value = proptest::collection::vec(word.clone(), 1..4).prop_map(|parts| parts.join("."));
    let pair = (word, proptest::option::of(value)).prop_map(|(name, value)| match value {
        Some(value) => format!("{name}={value}"),
        None => name,
    });
    let real = cases(rules).prop_map(move |case| case.answers.encode(rules));
    let mixed = (real, proptest::collection::vec(pair, 0..6))
        .prop_map(|(real, mut pairs)| {
            pairs.extend(real.split('&').filter(|p| !p.is_empty()).map(String::from));
            pairs
        })
        .prop_shuffle()
        .prop_map(|pairs| pairs.join("&"));
    prop_oneof![3 => mixed, 1 => any::<String>()]
}

fn decode_keeps_only_valid_pairs(rules: &RuleSet, text: &str) -> Result<(), TestCaseError> {
    let (answers, errors) = Answers::decode(rules, text);
    let pairs: Vec<&str> = text.split('&').filter(|p| !p.is_empty()).collect();
    let alone = |pair: &str| Answers::decode(rules, pair);
    // Each pair is kept or reported, alone as among the others.
    prop_assert_eq!(errors.len(), pairs.iter().filter(|p| !alone(p).1.is_empty()).count());
    // What is kept was written in the text, and reads back the same.
    for (q, answer) in answers.iter() {
        prop_assert!(pairs.iter().any(|p| alone(p).0.get(q) == Some(answer)), "{} from nowhere", &rules.question(q).id);
    }
    let (again, errors) = Answers::decode(rules, &answers.encode(rules));
    prop_assert!(errors.is_empty(), "{:?}", errors);
    prop_assert_eq!(again, answers);
    Ok(())
}

/// What every property runs with: the seeds of past failures, committed beside this file in
/// `properties.proptest-regressions`, are replayed before new cases
/// (`the_committed_failures_are_replayed`).
fn config() -> ProptestConfig {
    let persistence = FileFailurePersistence::WithSource("proptest-regressions");
    ProptestConfig { cases: 256, failure_persistence: Some(Box::new(persistence)), ..ProptestConfig::default() }
}

/// Every property, on one rule set; evaluation panicking fails them all.
macro_rules! properties {
    ($name:ident, $rules:expr) => {
        mod $name {
            use super::*;

            proptest! {
                #![proptest_config(config())]

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

                #[test]
                fn remaining_is_an_upper_bound_all_along_the_interview(case in cases($rules)) {
                    remaining_bounds_the_rest($rules, &case)?;
                }

                #[test]
                fn each_right_ends_alone_as_it_ends_among_all(case in cases($rules)) {
                    each_right_ends_alone_as_among_all($rules, &case)?;
                }

                #[test]
                fn decoding_any_text_keeps_only_valid_pairs(text in address_texts($rules)) {
                    decode_keeps_only_valid_pairs($rules, &text)?;
                }
            }
        }
    };
}

properties!(real_rules, real());
properties!(real_rules_three_times, real_scaled());
properties!(synthetic_rules, synthetic());

/// The committed seeds are found where every property looks for them, so they are replayed.
#[test]
fn the_committed_failures_are_replayed() {
    let persistence = config().failure_persistence.expect("failures persist");
    let seeds = persistence.load_persisted_failures2(Some(file!()));
    let committed = include_str!("properties.proptest-regressions").lines().filter(|l| l.starts_with("cc ")).count();
    assert!(committed >= 1, "the file keeps at least the years_since overflow");
    assert_eq!(seeds.len(), committed, "tests/properties.proptest-regressions is not read");
}

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
