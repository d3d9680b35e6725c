//! A case exported from the guide (`huquq_engine::case`) is a scenario that passes as it is
//! written, and fails once one expected status is edited: for the people of the end-to-end
//! tests (`tests/e2e/personas.mjs`), with and without their sensitive answers, whole and for
//! one right only.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use huquq_engine::case::{self, Case};
use huquq_engine::check::{File, FileKind, Input};
use huquq_engine::scenario;
use huquq_engine::{Answers, Date, RawAnswer, RuleSet};
use support::real;

/// The personas of `tests/e2e/personas.mjs`, as they answer.
const PERSONAS: &[&[(&str, &str)]] = &[
    &[
        ("papers", "refugee_card"),
        ("has_children", "yes"),
        ("children_ages", "age_1_to_3.age_6_to_15.age_16_to_17"),
        ("age", "34"),
        ("sex", "woman"),
        ("pregnant", "no"),
        ("region", "rabat_sale_kenitra"),
    ],
    &[
        ("papers", "no_papers"),
        ("has_children", "no"),
        ("age", "28"),
        ("sex", "man"),
        ("region", "tanger_tetouan_al_hoceima"),
    ],
    &[
        ("papers", "no_papers"),
        ("has_children", "no"),
        ("age", "16"),
        ("alone_minor", "yes"),
        ("sex", "man"),
        ("homeless", "yes"),
        ("region", "oriental"),
    ],
    &[
        ("papers", "asylum_seeker"),
        ("has_children", "no"),
        ("age", "25"),
        ("sex", "woman"),
        ("pregnant", "yes"),
        ("region", "casablanca_settat"),
    ],
];

fn day() -> Date {
    Date::from_ymd(2026, 12, 6).unwrap()
}

fn answers(rules: &RuleSet, persona: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::new(rules);
    for &(question, value) in persona {
        let raw = match (value, value.parse::<i64>()) {
            ("yes" | "no", _) => RawAnswer::Bool(value == "yes"),
            (_, Ok(n)) => RawAnswer::Integer(n),
            _ if question == "children_ages" => RawAnswer::List(value.split('.').map(String::from).collect()),
            _ => RawAnswer::Text(value.to_string()),
        };
        answers.set_raw(rules, question, raw).unwrap_or_else(|e| panic!("{question}: {e}"));
    }
    answers
}

/// The differences `huquq-rules test` finds when it runs `text` as a scenario file.
fn run(rules: &RuleSet, text: &str) -> Vec<String> {
    let file = File { path: "case.toml".into(), text: text.into(), kind: FileKind::Scenario, not_utf8_at: None };
    let input = Input { files: vec![file], today: day() };
    let scenario = scenario::load(&input, 0, rules).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    scenario::run(rules, &scenario).differences
}

/// `text` with the first expected status (after `[expect]`) replaced by another one.
fn one_status_edited(text: &str) -> String {
    let (answers, expect) = text.split_once("[expect]").unwrap();
    let edited = ["\"eligible\"", "\"not_eligible\"", "\"undetermined\""]
        .iter()
        .find_map(|status| {
            let other = if *status == "\"eligible\"" { "\"not_eligible\"" } else { "\"eligible\"" };
            expect.contains(status).then(|| expect.replacen(status, other, 1))
        })
        .unwrap();
    format!("{answers}[expect]{edited}")
}

#[test]
fn every_persona_exported_passes_as_written_and_fails_with_a_status_edited() {
    let rules = real();
    for persona in PERSONAS {
        let answers = answers(rules, persona);
        for include_sensitive in [true, false] {
            let case = Case { answers: &answers, date: day(), include_sensitive, remark: "", only: None };
            let text = case::write(rules, &case);
            assert_eq!(run(rules, &text), Vec::<String>::new(), "{text}");
            assert_eq!(text.split_once("[expect]\n").unwrap().1.lines().count(), rules.rights.len(), "{text}");
            let edited = one_status_edited(&text);
            let differences = run(rules, &edited);
            assert_eq!(differences.len(), 1, "{edited}");
            assert!(differences[0].contains("expected"), "{differences:?}");
        }
    }
}

#[test]
fn sensitive_answers_are_written_only_when_asked_and_rights_they_decide_stay_open() {
    let rules = real();
    let answers = answers(rules, PERSONAS[3]);
    let with =
        case::write(rules, &Case { answers: &answers, date: day(), include_sensitive: true, remark: "", only: None });
    let without =
        case::write(rules, &Case { answers: &answers, date: day(), include_sensitive: false, remark: "", only: None });
    assert!(with.contains("\npregnant = true\n"), "{with}");
    assert!(!without.contains("\npregnant ="), "{without}");
    let maternal = |text: &str| text.lines().find(|l| l.starts_with("\"health.maternal-care\"")).unwrap().to_string();
    assert!(maternal(&with).contains("\"eligible\""), "{with}");
    assert!(!maternal(&without).contains("\"eligible\""), "without the answer it is not decided yes: {without}");
}

#[test]
fn the_version_and_a_remark_are_comments_that_cannot_break_the_file() {
    let rules = real();
    let answers = answers(rules, PERSONAS[1]);
    let remark = "The card says \"no\"\n[expect]\r\n\"health.primary-care\" = \"not_eligible\"\u{0}\n";
    let case = Case { answers: &answers, date: day(), include_sensitive: false, remark, only: None };
    let text = case::write(rules, &case);
    assert!(text.starts_with(&format!("# Exported from the guide; rules version: {}\n", rules.version)), "{text}");
    assert!(
        text.contains("# The card says \"no\"\n# [expect]\n# \"health.primary-care\" = \"not_eligible\"\n"),
        "{text}"
    );
    assert_eq!(run(rules, &text), Vec::<String>::new());
}

#[test]
fn a_case_about_one_right_keeps_the_answers_and_that_right_alone() {
    let rules = real();
    let answers = answers(rules, PERSONAS[0]);
    let right = rules.right_index("education.school-enrolment").unwrap();
    let case = Case { answers: &answers, date: day(), include_sensitive: true, remark: "", only: Some(right) };
    let text = case::write(rules, &case);
    let expect = text.split_once("[expect]\n").unwrap().1;
    assert_eq!(expect.lines().count(), 1, "{text}");
    assert!(expect.starts_with("\"education.school-enrolment\" = { status = \"eligible\""), "{text}");
    assert!(text.len() < 1_800, "{} characters", text.len());
    assert_eq!(run(rules, &text), Vec::<String>::new());
    assert_eq!(run(rules, &one_status_edited(&text)).len(), 1);
}
