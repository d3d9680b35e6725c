//! The rule authors' tool as authors use it: the real binary on small rules trees and on the
//! project's real rules and scenarios. What each mistake says is tested with the checker's
//! cases (`crates/engine/tests/data/bad/`); here, what is the tool's: its commands, options,
//! exit codes and the shape of what it prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const RULES: &str = r#"[meta]
reviewed = 2026-01-01
version = 1

[[question]]
id = "papers"
kind = "one_of"
choices = ["card", "none"]

[[question]]
id = "has_kids"
kind = "yes_no"

[[definition]]
id = "regular"
when = "papers == 'card'"

[[right]]
id = "work.jobs"
kind = "programme"
when = "regular"
offices = ["agency"]
sources = ["report"]

[[right]]
id = "education.school"
kind = "right"
when = "has_kids"
sources = ["report"]

[[office]]
id = "agency"
needs = []

[[source]]
id = "report"
title = "Report"
issuer = "Ministry"
date = 2020
reference = "lines 1-2"
"#;

const TEXTS: &str = "question-papers = Papers?
choice-papers-card = Card
choice-papers-none = None
question-has_kids = Children?
right-work-jobs = Jobs
    .summary = Help to find a job.
right-education-school = School
    .summary = School for children.
office-agency = An agency
domain-work = Work
domain-education = Education
";

/// The repository, where the project is now (cargo says so when it runs a test).
fn repository() -> PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../..")
}

/// A small rules tree in a fresh directory: `rules` as rules/main.toml, `texts` in French
/// and English (stamped as translated from the French), and optional scenarios.
fn project(name: &str, rules: &str, texts: &str, scenarios: &[&str]) -> PathBuf {
    let root = std::env::temp_dir().join(format!("huquq-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("rules/tests")).unwrap();
    std::fs::write(root.join("rules/main.toml"), rules).unwrap();
    for language in ["fr", "en"] {
        std::fs::create_dir_all(root.join("locales").join(language)).unwrap();
        std::fs::write(root.join("locales").join(language).join("all.ftl"), texts).unwrap();
    }
    for (i, scenario) in scenarios.iter().enumerate() {
        std::fs::write(root.join(format!("rules/tests/{i}.toml")), scenario).unwrap();
    }
    let (ok, output) = tool(&root, &["translations", "--stamp", "--all"]);
    assert!(ok, "{output}");
    root
}

fn tool(root: &Path, args: &[&str]) -> (bool, String) {
    let Output { status, stdout, stderr } =
        Command::new(env!("CARGO_BIN_EXE_huquq-rules")).arg("--root").arg(root).args(args).output().unwrap();
    (status.success(), String::from_utf8_lossy(&stdout).into_owned() + &String::from_utf8_lossy(&stderr))
}

/// `check` on the base tree with `from` replaced by `to` in rules/main.toml.
fn check_with(name: &str, from: &str, to: &str) -> (bool, String) {
    assert!(RULES.contains(from), "{from}");
    let root = project(name, &RULES.replacen(from, to, 1), TEXTS, &[]);
    tool(&root, &["check", "--deny-warnings"])
}

#[test]
fn a_correct_tree_checks_clean() {
    let (ok, output) = check_with("clean", "lines 1-2", "lines 1-3");
    assert!(ok, "{output}");
    assert!(output.contains("0 errors, 0 warnings"), "{output}");
}

#[test]
fn a_mistake_fails_check_and_is_shown_at_its_place_with_a_caret() {
    // What each mistake says is the checker's, tested with its cases in
    // crates/engine/tests/data/bad/; here, that the tool prints them as rustc would.
    let (ok, output) = check_with("unknown", "when = \"regular\"", "when = \"regulr\"");
    assert!(!ok);
    assert!(output.contains("error[unknown-name]: "), "{output}");
    assert!(output.contains("┌─ rules/main.toml:21:9\n"), "{output}");
    assert!(output.contains("21 │ when = \"regulr\"\n   │         ^^^^^^ "), "{output}");
    assert!(output.contains("1 errors, 0 warnings"), "{output}");
}

#[test]
fn a_question_that_changes_nothing_is_a_warning_that_deny_warnings_refuses() {
    let rules = RULES.replacen("when = \"has_kids\"", "when = \"true\"", 1);
    let root = project("unused", &rules, TEXTS, &[]);
    let (ok, output) = tool(&root, &["check"]);
    assert!(ok, "warnings alone do not fail `check`:\n{output}");
    assert!(output.contains("warning[never-matters]") && output.contains("has_kids"), "{output}");
    let (ok, _) = tool(&root, &["check", "--deny-warnings"]);
    assert!(!ok);
}

#[test]
fn scenarios_report_each_result_and_what_differed() {
    let passing = "name = \"A card holder gets jobs\"\ndate = 2026-11-23\n[answers]\npapers = \"card\"\nhas_kids = false\n[expect]\n\"work.jobs\" = \"eligible\"\n";
    let failing = "name = \"Wrong on purpose\"\ndate = 2026-11-23\n[answers]\npapers = \"none\"\n[expect]\n\"work.jobs\" = \"eligible\"\n";
    let unreadable = "name = \"Long ago\"\ndate = \"1850-01-01\"\n[expect]\n\"work.jobs\" = \"eligible\"\n";
    let root = project("scenarios", RULES, TEXTS, &[passing, failing, unreadable]);
    let (ok, output) = tool(&root, &["test"]);
    assert!(!ok);
    assert!(output.contains("ok   A card holder gets jobs"), "{output}");
    assert!(output.contains("FAIL Wrong on purpose"), "{output}");
    assert!(output.contains("work.jobs") && output.contains("not_eligible"), "{output}");
    // A scenario that cannot be read is shown at its place, and counted as failed.
    assert!(output.contains("error[bad-date]: ") && output.contains("┌─ rules/tests/2.toml:2:8\n"), "{output}");
    assert!(output.contains("scenarios: 1 passed, 2 failed"), "{output}");
}

#[test]
fn a_scenario_pinning_the_wrong_reason_fails_and_says_both() {
    let scenario = "name = \"Jobs for a card holder, because of the children\"\ndate = 2026-11-23\n[answers]\npapers = \"card\"\nhas_kids = true\n[expect]\n\"work.jobs\" = { status = \"eligible\", because = [\"has_kids\"] }\n\"education.school\" = { status = \"eligible\", because = [\"has_kids\"] }\n";
    let root = project("because", RULES, TEXTS, &[scenario]);
    let (ok, output) = tool(&root, &["test"]);
    assert!(!ok);
    assert!(output.contains("`work.jobs`: expected because has_kids, got because papers"), "{output}");
    assert!(!output.contains("`education.school`"), "the school is decided by has_kids: {output}");
    assert!(output.contains("scenarios: 0 passed, 1 failed"), "{output}");
}

#[test]
fn coverage_lists_what_no_scenario_pins_down() {
    let scenario = "name = \"A card holder with children gets both\"\ndate = 2026-11-23\n[answers]\npapers = \"card\"\nhas_kids = true\n[expect]\n\"work.jobs\" = { status = \"eligible\", because = [\"papers\"] }\n\"education.school\" = \"eligible\"\n";
    let root = project("coverage", RULES, TEXTS, &[scenario]);
    let (ok, output) = tool(&root, &["test", "--coverage", "--date", "2026-11-23"]);
    assert!(ok, "{output}");
    assert!(
        output.contains("  work.jobs: statuses never expected: not_eligible, undetermined\n"),
        "the card decides, so its choice is pinned: {output}"
    );
    assert!(
        output.contains(
            "  education.school: statuses never expected: not_eligible, undetermined; never in a because: has_kids\n"
        ),
        "{output}"
    );
    assert!(
        output.contains("coverage: 2 rights, 1 scenarios (1 with because); 4 statuses never expected, 0 branches never decisive, 0 choices never decisive, 1 questions never in a because"),
        "{output}"
    );
}

#[test]
fn audit_prints_the_interviews_walked() {
    let root = project("audit", RULES, TEXTS, &[]);
    let (ok, output) = tool(&root, &["audit", "--date", "2026-11-23"]);
    assert!(ok, "{output}");
    // work.jobs: papers card, none, dont_know; education.school: has_kids yes, no, dont_know.
    assert!(output.contains("audit: 6 interviews walked right by right"), "{output}");
    assert!(output.contains("longest interview 2 questions; 0 violations"), "{output}");
    // A claim that does not hold (`max_questions = 1` here) is the case `bad/too-long`.
}

#[test]
fn eval_prints_the_documented_json() {
    let root = project("eval", RULES, TEXTS, &[]);
    let answers = root.join("answers.toml");
    std::fs::write(&answers, "papers = \"none\"\n").unwrap();
    let (ok, output) =
        tool(&root, &["eval", "--answers", answers.to_str().unwrap(), "--date", "2026-11-23", "--format", "json"]);
    assert!(ok, "{output}");
    let json: serde_json::Value = serde_json::from_str(&output).unwrap();
    assert_eq!(json["date"], "2026-11-23");
    assert_eq!(json["next_question"], "has_kids");
    let jobs = json["rights"].as_array().unwrap().iter().find(|r| r["right"] == "work.jobs").unwrap();
    assert_eq!(jobs["status"], "not_eligible");
    assert_eq!(jobs["because"][0]["question"], "papers");
    assert_eq!(jobs["would_change"][0]["question"], "papers");
    assert_eq!(jobs["would_change"][0]["answers"][0], "card");
    assert_eq!(jobs["sources"][0]["id"], "report");
    assert_eq!(jobs["offices"][0]["id"], "agency");
    assert_eq!(jobs["offices"][0]["placement"], "anywhere");
}

#[test]
fn eval_gives_an_offices_city_and_hours_in_french_and_as_the_rules_write_them() {
    let office = "id = \"agency\"\nneeds = []\nname = \"Agency\"\ncity = \"rabat\"\nsources = [\"report\"]\n\
                  hours = [{ days = [\"mon\", \"tue\"], part = \"morning\" }, { from = \"09:00\", to = \"17:00\", for = \"calls\" }]";
    let rules = RULES.replacen("id = \"agency\"\nneeds = []", office, 1);
    let root = project("eval-office", &rules, &format!("{TEXTS}city-rabat = Rabat\n"), &[]);
    let answers = root.join("answers.toml");
    std::fs::write(&answers, "papers = \"card\"\n").unwrap();
    let (ok, output) = tool(&root, &["eval", "--answers", answers.to_str().unwrap(), "--format", "json"]);
    assert!(ok, "{output}");
    let json: serde_json::Value = serde_json::from_str(&output).unwrap();
    let jobs = json["rights"].as_array().unwrap().iter().find(|r| r["right"] == "work.jobs").unwrap();
    assert_eq!(jobs["offices"][0]["city"], "Rabat");
    assert_eq!(jobs["offices"][0]["city_id"], "rabat");
    assert!(jobs["offices"][0]["hours"].is_string(), "the hours in words (said in French by the real rules' test)");
    let hours = serde_json::json!([
        { "days": ["mon", "tue"], "part": "morning", "from": null, "to": null, "for": null },
        { "days": [], "part": null, "from": "09:00", "to": "17:00", "for": "calls" },
    ]);
    assert_eq!(jobs["offices"][0]["opening"], hours);
}

/// The base tree with an office in Rabat for health, and `[meta] coverage_cities`.
const LOCAL: &str =
    "id = \"agency\"\nneeds = [\"health\"]\ncity = \"rabat\"\nphone = [\"+212 5 00 00 00 00\"]\nsources = [\"report\"]";

#[test]
fn offices_coverage_prints_the_city_need_table_and_exits_1_while_a_cell_is_a_gap() {
    let rules = RULES.replacen("id = \"agency\"\nneeds = []", LOCAL, 1).replacen(
        "reviewed = 2026-01-01",
        "reviewed = 2026-01-01\ncoverage_cities = [\"rabat\", \"oujda\"]",
        1,
    );
    let texts = format!("{TEXTS}city-rabat = Rabat\n");
    let root = project("coverage", &rules, &texts, &[]);
    let (ok, output) = tool(&root, &["offices", "--coverage"]);
    assert!(!ok, "{output}");
    assert!(output.starts_with("| city | health | asylum | legal | shelter | children | violence |\n"), "{output}");
    assert!(output.contains("\n| rabat | agency | GAP | GAP | GAP | GAP | GAP |\n"), "{output}");
    assert!(output.contains("\n| oujda | GAP | GAP | GAP | GAP | GAP | GAP |\n"), "{output}");
    assert!(output.contains("1 with a sourced local contact, 0 searched, 11 gaps (rabat × asylum, "), "{output}");

    // A record of each search fills the other cells: the newest month shows.
    let mut searched = rules.clone();
    for city in ["rabat", "oujda"] {
        for need in ["health", "asylum", "legal", "shelter", "children", "violence"] {
            for month in ["2025-06", "2025-12"] {
                searched += &format!(
                    "\n[[search]]\ncity = \"{city}\"\nneed = \"{need}\"\nmonth = \"{month}\"\nsearched = \"the pages corpus\"\nfound = \"Nothing.\"\n"
                );
            }
        }
    }
    let root = project("coverage-searched", &searched, &texts, &[]);
    let (ok, output) = tool(&root, &["offices", "--coverage"]);
    assert!(ok, "{output}");
    assert!(output.contains("\n| rabat | agency | searched 2025-12 | searched 2025-12 |"), "{output}");
    assert!(output.contains("1 with a sourced local contact, 11 searched, 0 gaps\n"), "{output}");

    // Without --coverage: each office, what it is for, and whether it can fill a cell.
    let (ok, output) = tool(&root, &["offices"]);
    assert!(ok, "{output}");
    assert_eq!(output.split_whitespace().collect::<Vec<_>>(), ["agency", "rabat", "health", "sourced", "contact"]);
}

#[test]
fn the_real_rules_check_clean_and_their_scenarios_pass() {
    let root = repository();
    let (ok, output) = tool(&root, &["check", "--deny-warnings"]);
    assert!(ok, "{output}");
    let (ok, output) = tool(&root, &["test"]);
    assert!(ok, "{output}");
    assert!(output.contains(" 0 failed"), "{output}");
}

#[test]
fn the_guide_lists_every_diagnostic_code_and_the_current_rights() {
    let root = repository();
    let (codes, rights) = (root.join("rules/README.md"), root.join("docs/rights.md"));
    let (ok, output) = tool(&root, &["codes", "--check", codes.to_str().unwrap()]);
    assert!(ok, "{output}");
    let (ok, output) = tool(&root, &["table", "--check", rights.to_str().unwrap()]);
    assert!(ok, "{output}");
}

#[test]
fn an_outdated_list_of_codes_is_refused_and_rewritten() {
    let root = project("codes", RULES, TEXTS, &[]);
    let file = root.join("GUIDE.md");
    let markers =
        "<!-- codes:start (generated by `huquq-rules codes --write rules/README.md`) -->\n<!-- codes:end -->\n";
    std::fs::write(&file, format!("# Guide\n{markers}")).unwrap();
    let (ok, output) = tool(&root, &["codes", "--check", file.to_str().unwrap()]);
    assert!(!ok && output.contains("outdated list of diagnostic codes"), "{output}");
    let (ok, _) = tool(&root, &["codes", "--write", file.to_str().unwrap()]);
    assert!(ok);
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with("# Guide\n") && written.contains("| `unknown-name` |"), "{written}");
    let (ok, output) = tool(&root, &["codes", "--check", file.to_str().unwrap()]);
    assert!(ok, "{output}");
}

#[test]
fn a_changed_french_text_is_reported_until_its_translation_is_stamped_again() {
    let root = project("stale", RULES, TEXTS, &[]);
    let french = root.join("locales/fr/all.ftl");
    let text = std::fs::read_to_string(&french).unwrap().replace("Help to find a job.", "Aide pour trouver un emploi.");
    std::fs::write(&french, text).unwrap();
    let (ok, output) = tool(&root, &["check", "--deny-warnings"]);
    assert!(!ok, "{output}");
    assert!(output.contains("warning[stale-translation]: `right-work-jobs` in locale `en`"), "{output}");
    let (ok, output) = tool(&root, &["translations"]);
    assert!(!ok && output.contains("locales/en/all.ftl:10:1: warning[stale-translation]"), "{output}");
    let (ok, output) = tool(&root, &["translations", "--stamp", "right-work-jobs", "--lang", "en"]);
    assert!(ok && output.contains("stamped locales/en/all.ftl"), "{output}");
    let (ok, output) = tool(&root, &["check", "--deny-warnings"]);
    assert!(ok, "{output}");
    let (ok, output) = tool(&root, &["translations", "--stamp", "right-nothing"]);
    assert!(!ok && output.contains("`right-nothing` is not a message of locales/fr/"), "{output}");
    let (ok, output) = tool(&root, &["translations", "--stamp"]);
    assert!(!ok && output.contains("--stamp needs the ids"), "{output}");
}

#[test]
fn the_plain_report_counts_the_texts_over_the_limits_in_each_language() {
    let long = "    .summary = Help to find a job for every person who has a residence card and lives here.";
    let root = project("plain", RULES, &TEXTS.replace("    .summary = Help to find a job.", long), &[]);
    let limits = "[fr]\nwords_per_sentence = 10\nwords_per_summary = 12\n\n[en]\nwords_per_sentence = 20\nwords_per_summary = 30\n";
    std::fs::write(root.join("rules/plain-words.toml"), limits).unwrap();
    let (ok, output) = tool(&root, &["check", "--plain-report"]);
    assert!(ok, "{output}");
    assert!(
        output.contains("warning[long-sentence]: a sentence of `right-work-jobs.summary` in locale `fr`"),
        "{output}"
    );
    assert!(
        output.contains("  en: 0 of 11 texts over the limits (at most 20 words a sentence, 30 a summary)\n"),
        "{output}"
    );
    assert!(
        output.contains("  fr: 1 of 11 texts over the limits (at most 10 words a sentence, 12 a summary)\n"),
        "{output}"
    );
    let (ok, _) = tool(&root, &["check", "--deny-warnings"]);
    assert!(!ok, "a text over the limits fails CI");
}

#[test]
fn review_exits_1_when_a_programme_is_due_that_day_and_0_before() {
    let root = project("review", RULES, TEXTS, &[]);
    let (ok, output) = tool(&root, &["review", "--date", "2021-06-01"]);
    assert!(ok, "{output}");
    assert!(output.contains("review: 0 due on 2021-06-01"), "{output}");
    let (ok, output) = tool(&root, &["review", "--date", "2035-01-01"]);
    assert!(!ok, "{output}");
    assert!(
        output.contains("warning[due]: programme `work.jobs` rests on evidence last confirmed in 2020"),
        "{output}"
    );
    assert!(output.contains("review: 1 due on 2035-01-01 (1 programmes, 0 contacts)"), "{output}");
}
