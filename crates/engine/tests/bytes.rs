//! The compiled rules through their bytes (`RuleSet::to_bytes`, `Source::list_to_bytes`): the
//! real rules and random rule sets read back equal to what was written, and any other bytes
//! are read or refused without a panic.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use huquq_engine::answers::{Answer, Value};
use huquq_engine::check::expr::MAX_DEPTH;
use huquq_engine::hours::{Clock, Opening, Time, Weekday};
use huquq_engine::model::QuestionId;
use huquq_engine::model::{
    ChangeKind, CompareOp, Definition, Details, Document, Domain, Expr, Office, Question, QuestionKind, Right,
    RightChange, RightKind, RuleSet, Source, Step, Term,
};
use huquq_engine::{Answers, Date, PartialDate};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use support::real;

/// The rules through their bytes, with the version they do not hold (the app sets it from
/// its build) set back.
fn read_back(rules: &RuleSet) -> RuleSet {
    let read = RuleSet::from_bytes(&rules.to_bytes()).expect("the bytes just written read");
    assert_eq!(read.version, 0, "the version is not in the bytes");
    RuleSet { version: rules.version, ..read }
}

#[test]
fn the_real_rules_read_back_as_written() {
    assert_eq!(&read_back(real()), real());
    let scaled = support::scaled(real(), 3);
    assert_eq!(read_back(&scaled), scaled);
}

#[test]
fn the_real_rules_and_their_details_read_back_apart() {
    let (shell, details) = real().split_details();
    assert_eq!(read_back(&shell), shell);
    assert_eq!(Details::from_bytes(&details.to_bytes()), Ok(details));
}

/// How a simulated person answers a question.
type Person<'a> = &'a dyn Fn(&RuleSet, QuestionId) -> Answer;

/// The first module asks the questions with `for_questions`: every interview it walks, whatever
/// the person answers, asks the same questions and reaches the same results as the whole rules.
#[test]
fn the_first_modules_rules_ask_the_same_questions_and_reach_the_same_results() {
    let (whole, _) = real().split_details();
    let first = read_back(&whole.for_questions());
    assert!(first.to_bytes().len() < whole.to_bytes().len());
    let today = Date::from_ymd(2026, 12, 6).unwrap();
    // Yes and the first choice; no and the last choice; "I don't know" wherever it may be said.
    let people: [Person; 3] = [
        &|rules, q| support::fixed_answer(rules, q, today),
        &|rules, q| match &rules.question(q).kind {
            QuestionKind::YesNo => Answer::Given(Value::Bool(false)),
            QuestionKind::OneOf { choices } => {
                Answer::Given(Value::Choice(u16::try_from(choices.len() - 1).unwrap().into()))
            }
            _ => support::fixed_answer(rules, q, today),
        },
        &|rules, q| if rules.question(q).dont_know { Answer::DontKnow } else { support::fixed_answer(rules, q, today) },
    ];
    for answer in people {
        let (mut a, mut b) = (Answers::new(&whole), Answers::new(&first));
        loop {
            let (by_whole, by_first) = (huquq_engine::run(&whole, &a, today), huquq_engine::run(&first, &b, today));
            assert_eq!(by_first, by_whole);
            let Some(next) = by_whole.next else { break };
            a.set(&whole, next, answer(&whole, next)).unwrap();
            b.set(&first, next, answer(&whole, next)).unwrap();
        }
    }
}

#[test]
fn the_real_rules_cut_short_anywhere_are_refused() {
    let bytes = real().to_bytes();
    // Every cut in the last hundred bytes, and about five hundred spread over the rest.
    let step = (bytes.len() / 500).max(1);
    let cuts = (0..bytes.len()).step_by(step).chain(bytes.len().saturating_sub(100)..bytes.len());
    for end in cuts {
        assert!(RuleSet::from_bytes(&bytes[..end]).is_err(), "{end} of {} bytes", bytes.len());
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(RuleSet::from_bytes(&longer).is_err());
}

/// A condition nested as deep as the checker allows (each level one `not`, `and` or `or`), with a
/// sum at the bottom, in a right: far from the reader's own limit.
#[test]
fn the_deepest_condition_the_checker_allows_reads_back() {
    let sum = Term::Add(Box::new(Term::Answer(0.into())), Box::new(Term::Literal(1)));
    let mut when = Expr::Compare { op: CompareOp::Ge, left: sum, right: Term::Literal(18) };
    for level in 0..MAX_DEPTH {
        when = match level % 3 {
            0 => Expr::Not(Box::new(when)),
            1 => Expr::All(vec![Expr::Flag(1.into()), when]),
            _ => Expr::Any(vec![when, Expr::Const(false)]),
        };
    }
    let mut rules = real().clone();
    rules.rights[0].when = when;
    assert_eq!(read_back(&rules), rules);
}

fn text() -> impl Strategy<Value = String> {
    "\\PC{0,8}"
}

/// Any id of one kind (`QuestionId`, `SourceId`…).
fn id<I: From<u16> + std::fmt::Debug>() -> impl Strategy<Value = I> {
    any::<u16>().prop_map(I::from)
}

fn ids<I: From<u16> + std::fmt::Debug>() -> impl Strategy<Value = Vec<I>> {
    vec(id(), 0..4)
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(text(), 0..3)
}

fn partial_date() -> impl Strategy<Value = PartialDate> {
    (any::<i32>(), any::<u8>(), any::<u8>()).prop_map(|(year, month, day)| PartialDate { year, month, day })
}

fn term() -> impl Strategy<Value = Term> {
    let leaf = prop_oneof![
        any::<i64>().prop_map(Term::Literal),
        id().prop_map(Term::Answer),
        id().prop_map(Term::YearsSince),
    ];
    leaf.prop_recursive(4, 16, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Term::Add(Box::new(a), Box::new(b))),
            (inner.clone(), inner).prop_map(|(a, b)| Term::Sub(Box::new(a), Box::new(b))),
        ]
    })
}

fn expr() -> impl Strategy<Value = Expr> {
    let ops = vec![CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge];
    let leaf = prop_oneof![
        any::<bool>().prop_map(Expr::Const),
        id().prop_map(Expr::Flag),
        id().prop_map(Expr::Definition),
        (id(), ids()).prop_map(|(question, among)| Expr::Choice { question, among }),
        (id(), id()).prop_map(|(question, choice)| Expr::Includes { question, choice }),
        (prop::sample::select(ops), term(), term()).prop_map(|(op, left, right)| Expr::Compare { op, left, right }),
    ];
    leaf.prop_recursive(6, 32, 4, |inner| {
        prop_oneof![
            inner.clone().prop_map(|e| Expr::Not(Box::new(e))),
            vec(inner.clone(), 0..4).prop_map(Expr::All),
            vec(inner, 0..4).prop_map(Expr::Any),
        ]
    })
}

fn question() -> impl Strategy<Value = Question> {
    let bound = || of(any::<i64>());
    let kind = prop_oneof![
        Just(QuestionKind::YesNo),
        texts().prop_map(|choices| QuestionKind::OneOf { choices }),
        texts().prop_map(|choices| QuestionKind::AnyOf { choices }),
        (bound(), bound(), of(text())).prop_map(|(min, max, unit)| QuestionKind::Number { min, max, unit }),
        (bound(), bound()).prop_map(|(min, max)| QuestionKind::Year { min, max }),
        Just(QuestionKind::Date),
    ];
    (text(), kind, of(expr()), any::<bool>(), any::<bool>()).prop_map(|(id, kind, ask_if, dont_know, sensitive)| {
        Question { id, kind, ask_if, dont_know, sensitive, shown_first: Vec::new() }
    })
}

fn step() -> impl Strategy<Value = Step> {
    (text(), of(expr()), ids(), any::<bool>()).prop_map(|(id, when, sources, start_here)| Step {
        id,
        when,
        sources,
        start_here,
    })
}

fn document() -> impl Strategy<Value = Document> {
    (text(), of(expr())).prop_map(|(id, when)| Document { id, when })
}

fn right() -> impl Strategy<Value = Right> {
    let domain = prop::sample::select(Domain::ALL.to_vec());
    let kind = prop::sample::select(RightKind::ALL.to_vec());
    let lists = (ids(), ids(), vec(document(), 0..3), vec(step(), 0..3), ids());
    let validity = (of(partial_date()), of(partial_date()), any::<bool>());
    let evidence = (of(expr()), of(partial_date()), of(any::<u16>()), ids());
    (text(), domain, kind, expr(), lists, validity, evidence).prop_map(
        |(
            id,
            domain,
            kind,
            when,
            (uses, offices, documents, steps, sources),
            (valid_from, valid_until, check),
            (unknown_when, confirmed, ages_after, needed_for),
        )| {
            Right {
                id,
                domain,
                kind,
                when,
                unknown_when,
                uses,
                offices,
                documents,
                steps,
                sources,
                valid_from,
                valid_until,
                check_with_office: check,
                urgent: false,
                within_days: None,
                confirmed,
                ages_after,
                needed_for,
            }
        },
    )
}

fn opening() -> impl Strategy<Value = Opening> {
    let day = (0..7usize).prop_map(|d| Weekday::ALL[d]);
    let time = prop_oneof![
        Just(Time::Unsaid),
        Just(Time::Morning),
        Just(Time::Afternoon),
        (any::<u16>(), any::<u16>()).prop_map(|(from, to)| Time::Range { from: Clock(from), to: Clock(to) }),
    ];
    (vec(day, 0..8), time, any::<bool>()).prop_map(|(days, time, calls)| Opening { days, time, calls })
}

fn office() -> impl Strategy<Value = Office> {
    let place = (of(text()), of(text()), of(text()), of(text()));
    let contact = (texts(), of(text()), of(text()), of(text()), vec(opening(), 0..3));
    (text(), place, contact, ids()).prop_map(
        |(id, (name, city, region, address), (phone, whatsapp, email, website, hours), sources)| Office {
            id,
            name,
            city,
            region,
            address,
            phone,
            whatsapp,
            email,
            website,
            hours,
            sources,
        },
    )
}

fn source() -> impl Strategy<Value = Source> {
    (text(), text(), text(), of(partial_date()), text(), of(text()))
        .prop_map(|(id, title, issuer, date, reference, link)| Source { id, title, issuer, date, reference, link })
}

fn change() -> impl Strategy<Value = RightChange> {
    (any::<u32>(), text(), prop::sample::select(ChangeKind::ALL.to_vec()))
        .prop_map(|(version, right, kind)| RightChange { version, right, kind })
}

fn rules() -> impl Strategy<Value = RuleSet> {
    let definition = (text(), expr()).prop_map(|(id, when)| Definition { id, when });
    (
        (any::<i32>().prop_map(Date::from_days), any::<u32>()),
        vec(question(), 0..4),
        vec(definition, 0..3),
        vec(right(), 0..4),
        vec(office(), 0..3),
        vec(source(), 0..3),
    )
        .prop_map(|((reviewed, version), questions, definitions, rights, offices, sources)| RuleSet {
            reviewed,
            version,
            questions,
            definitions,
            rights,
            offices,
            sources,
            needs: Some(QuestionId::new(0)),
            ..RuleSet::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_rules_read_back_as_written(rules in rules()) {
        prop_assert_eq!(read_back(&rules), rules);
    }

    #[test]
    fn random_details_read_back_as_written(rules in rules(), changes in vec(change(), 0..3)) {
        let (_, mut details) = rules.split_details();
        details.changes = changes;
        prop_assert_eq!(Details::from_bytes(&details.to_bytes()), Ok(details));
    }

    #[test]
    fn any_bytes_are_read_or_refused_without_panic(bytes in vec(any::<u8>(), 0..256)) {
        let _ = RuleSet::from_bytes(&bytes);
        let _ = Details::from_bytes(&bytes);
    }

    /// Bytes that are nearly rules: the real ones with a few bytes changed.
    #[test]
    fn the_real_rules_with_bytes_changed_are_read_or_refused_without_panic(
        changes in vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let mut bytes = real().to_bytes();
        for (at, byte) in changes {
            let at = at.index(bytes.len());
            bytes[at] = byte;
        }
        let _ = RuleSet::from_bytes(&bytes);
    }
}

/// The changes of `tests/data/good/changes` (listed 1, 3, 2 in its `rules/changes.toml`) are
/// read in version order, and travel in the details; the version is not in the rules' bytes.
#[test]
fn the_changes_are_compiled_in_version_order_and_travel_in_the_details() {
    let case = support::root().join("crates/engine/tests/data/good/changes");
    let input = huquq_engine::check::Input::read(&case, Date::from_ymd(2026, 11, 23).unwrap()).unwrap();
    let report = huquq_engine::check::check(&input);
    let rules = report.rules.expect("the case compiles");
    let listed: Vec<(u32, &str, ChangeKind)> =
        report.changes.iter().map(|c| (c.version, c.right.as_str(), c.kind)).collect();
    assert_eq!(
        listed,
        [
            (2, "education.school", ChangeKind::Added),
            (2, "work.jobs", ChangeKind::Ended),
            (3, "work.jobs", ChangeKind::Changed)
        ]
    );
    assert_eq!(rules.version, 3);
    let (shell, mut details) = rules.split_details();
    assert_eq!(read_back(&shell), shell);
    details.changes = report.changes.clone();
    assert_eq!(Details::from_bytes(&details.to_bytes()).unwrap().changes, report.changes);
}
