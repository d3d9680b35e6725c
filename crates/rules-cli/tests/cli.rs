//! The rule authors' tool as authors use it: the real binary on small rules trees with one
//! mistake each, and on the project's real rules and scenarios.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const RULES: &str = r#"[meta]
reviewed = 2026-01-01

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

/// A small rules tree in a fresh directory: `rules` as rules/main.toml, `texts` in French
/// and English (stamped as translated from the French), and optional scenarios.
/// The repository, where the project is now (cargo says so when it runs a test).
fn repository() -> PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../..")
}

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
    // Texts that cannot be read cannot be stamped either: the check says why.
    tool(&root, &["translations", "--stamp", "--all"]);
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
fn a_misspelt_name_is_shown_with_a_caret_and_a_suggestion() {
    let (ok, output) = check_with("unknown", "when = \"regular\"", "when = \"regulr\"");
    assert!(!ok);
    assert!(output.contains("error[unknown-name]"), "{output}");
    assert!(output.contains("rules/main.toml:20:9"), "{output}");
    assert!(output.contains("^^^^^^"), "{output}");
    assert!(output.contains("did you mean `regular`?"), "{output}");
}

#[test]
fn comparing_a_yes_no_question_with_a_number_is_a_type_error() {
    let (ok, output) = check_with("type", "when = \"has_kids\"", "when = \"has_kids > 2\"");
    assert!(!ok);
    assert!(output.contains("rules/main.toml:27:9"), "{output}");
    assert!(output.to_lowercase().contains("yes/no") || output.contains("yes_no"), "{output}");
}

#[test]
fn a_choice_the_question_does_not_offer_is_an_error() {
    let (ok, output) = check_with("choice", "papers == 'card'", "papers == 'cart'");
    assert!(!ok);
    assert!(output.contains("error[unknown-choice]"), "{output}");
    assert!(output.contains("did you mean 'card'?"), "{output}");
}

#[test]
fn a_duplicate_id_points_at_the_second_one() {
    let (ok, output) = check_with("duplicate", "id = \"education.school\"", "id = \"work.jobs\"");
    assert!(!ok);
    assert!(output.contains("error[duplicate-id]"), "{output}");
    assert!(output.contains("rules/main.toml:25:6"), "{output}");
}

#[test]
fn definitions_that_use_each_other_are_a_cycle() {
    let (ok, output) = check_with("cycle", "when = \"papers == 'card'\"", "when = \"regular or papers == 'card'\"");
    assert!(!ok);
    assert!(output.contains("error[cycle]"), "{output}");
}

#[test]
fn a_right_that_can_never_apply_is_an_error() {
    let (ok, output) = check_with("never", "when = \"has_kids\"", "when = \"has_kids and not has_kids\"");
    assert!(!ok);
    assert!(output.contains("never-applies"), "{output}");
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
fn an_unknown_source_is_an_error() {
    let (ok, output) = check_with("source", "sources = [\"report\"]", "sources = [\"reprot\"]");
    assert!(!ok);
    assert!(output.contains("error[unknown-reference]"), "{output}");
    assert!(output.contains("report"), "{output}");
}

#[test]
fn a_text_missing_in_one_language_names_the_language_and_the_key() {
    let root = project("text", RULES, TEXTS, &[]);
    let english = root.join("locales/en/all.ftl");
    std::fs::write(&english, TEXTS.replace("office-agency = An agency\n", "")).unwrap();
    let (ok, output) = tool(&root, &["check"]);
    assert!(!ok);
    assert!(output.contains("error[missing-text]"), "{output}");
    assert!(output.contains("office-agency") && output.contains("en"), "{output}");
}

#[test]
fn a_toml_syntax_error_is_located() {
    let (ok, output) = check_with("syntax", "kind = \"programme\"", "kind = \"programme");
    assert!(!ok);
    assert!(output.contains("error[syntax]"), "{output}");
    assert!(output.contains("rules/main.toml:19:18"), "{output}");
}

#[test]
fn a_condition_nested_five_thousand_deep_is_located_at_the_level_past_the_limit() {
    let deep = format!("when = \"{}has_kids{}\"", "(".repeat(5_000), ")".repeat(5_000));
    let (ok, output) = check_with("deep-condition", "when = \"has_kids\"", &deep);
    assert!(!ok);
    // The 33rd parenthesis: column 9 is the first.
    assert!(
        output.contains("error[syntax]: this condition cannot be read: nested more than 32 levels deep"),
        "{output}"
    );
    assert!(output.contains("rules/main.toml:27:41"), "{output}");
    assert!(output.contains("name parts of the condition with `[[definition]]`"), "{output}");
}

#[test]
fn a_text_nested_ten_thousand_braces_deep_is_one_located_error() {
    let deep = format!("{TEXTS}deep = {}\n", "{".repeat(10_000));
    let root = project("deep-text", RULES, TEXTS, &[]);
    std::fs::write(root.join("locales/en/all.ftl"), deep).unwrap();
    let (ok, output) = tool(&root, &["check"]);
    assert!(!ok);
    assert!(output.contains("error[locale-depth]: this `{` nests placeables more than 8 deep"), "{output}");
    assert!(output.contains("locales/en/all.ftl:12:16"), "{output}");
    assert!(output.contains("the rest of this file is not read until this is fixed"), "{output}");
    // The file's texts are not also reported missing, in `en` or in `fr`.
    assert!(output.contains("1 errors, 0 warnings"), "{output}");
}

#[test]
fn a_javascript_link_is_refused_where_it_is_written() {
    let (ok, output) =
        check_with("link", "reference = \"lines 1-2\"", "reference = \"lines 1-2\"\nlink = \"javascript:alert(1)\"");
    assert!(!ok);
    assert!(
        output.contains("error[bad-link]: a link must start with https:, http:, tel: or mailto:, not `javascript:`"),
        "{output}"
    );
    assert!(output.contains("rules/main.toml:39:8"), "{output}");
}

#[test]
fn an_office_email_with_a_scheme_and_a_phone_with_words_are_refused() {
    let office = "id = \"agency\"\nemail = \"mailto:desk@agency.ma\"\nphone = [\"+212 5 37 00 00 00 ext. 2\"]\nsources = [\"report\"]";
    let (ok, output) = check_with("contacts", "id = \"agency\"", office);
    assert!(!ok);
    assert!(
        output.contains("error[bad-email]: an e-mail address is written without a scheme such as `mailto:`"),
        "{output}"
    );
    assert!(output.contains("rules/main.toml:32:9"), "{output}");
    assert!(output.contains("error[bad-phone]: a phone number cannot contain 'e'"), "{output}");
    assert!(output.contains("rules/main.toml:33:10"), "{output}");
}

#[test]
fn an_absurd_date_is_refused_with_the_forms_accepted() {
    let (ok, output) = check_with("date", "date = 2020", "date = \"-999\"");
    assert!(!ok);
    assert!(output.contains("error[bad-date]: this is not a date from 1900 to 2100"), "{output}");
    assert!(output.contains("rules/main.toml:37:8"), "{output}");
    assert!(output.contains("write a year (2013), a month as text (\"2013-10\") or a day (2013-10-09"), "{output}");
    let scenario = "name = \"Long ago\"\ndate = \"1850-01-01\"\n[expect]\n\"work.jobs\" = \"eligible\"\n";
    let root = project("scenario-date", RULES, TEXTS, &[scenario]);
    let (ok, output) = tool(&root, &["test"]);
    assert!(!ok);
    assert!(output.contains("error[bad-date]: `date` must be a day from 1900 to 2100"), "{output}");
    assert!(output.contains("rules/tests/0.toml:2:8"), "{output}");
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_byte_and_the_others_are_still_checked() {
    let root = project("utf8", &RULES.replacen("when = \"regular\"", "when = \"regulr\"", 1), TEXTS, &[]);
    let mut latin1 = TEXTS.replace("office-agency = An agency", "office-agency = Une agence d").into_bytes();
    let at = latin1.len() - "\ndomain-work = Work\ndomain-education = Education\n".len();
    latin1.insert(at, 0xe9);
    std::fs::write(root.join("locales/en/all.ftl"), latin1).unwrap();
    let (ok, output) = tool(&root, &["check"]);
    assert!(!ok);
    assert!(
        output.contains(&format!("error[encoding]: locales/en/all.ftl is not UTF-8: its byte {at} (from 0)")),
        "{output}"
    );
    assert!(output.contains("locales/en/all.ftl:9:29"), "{output}");
    assert!(output.contains("error[unknown-name]") && output.contains("rules/main.toml:20:9"), "{output}");
}

#[test]
fn scenarios_report_each_result_and_what_differed() {
    let passing = "name = \"A card holder gets jobs\"\ndate = 2026-11-23\n[answers]\npapers = \"card\"\nhas_kids = false\n[expect]\n\"work.jobs\" = \"eligible\"\n";
    let failing = "name = \"Wrong on purpose\"\ndate = 2026-11-23\n[answers]\npapers = \"none\"\n[expect]\n\"work.jobs\" = \"eligible\"\n";
    let root = project("scenarios", RULES, TEXTS, &[passing, failing]);
    let (ok, output) = tool(&root, &["test"]);
    assert!(!ok);
    assert!(output.contains("ok   A card holder gets jobs"), "{output}");
    assert!(output.contains("FAIL Wrong on purpose"), "{output}");
    assert!(output.contains("work.jobs") && output.contains("not_eligible"), "{output}");
    assert!(output.contains("scenarios: 1 passed, 1 failed"), "{output}");
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
fn audit_prints_the_interviews_walked_and_fails_on_a_claim_that_does_not_hold() {
    let root = project("audit", RULES, TEXTS, &[]);
    let (ok, output) = tool(&root, &["audit", "--date", "2026-11-23"]);
    assert!(ok, "{output}");
    // work.jobs: papers card, none, dont_know; education.school: has_kids yes, no, dont_know.
    assert!(output.contains("audit: 6 interviews walked right by right"), "{output}");
    assert!(output.contains("longest interview 2 questions; 0 violations"), "{output}");
    let claimed = RULES.replacen("reviewed = 2026-01-01", "reviewed = 2026-01-01\nmax_questions = 1", 1);
    let root = project("audit-claim", &claimed, TEXTS, &[]);
    let (ok, output) = tool(&root, &["check"]);
    assert!(!ok);
    assert!(
        output.contains("error[too-long]: an interview asks 2 questions, more than `max_questions = 1`"),
        "{output}"
    );
    assert!(output.contains("for example: papers = dont_know, has_kids = dont_know"), "{output}");
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
    assert!(
        output.contains(
            "warning[stale-translation]: `right-work-jobs` in locale `en` was translated from an older French text"
        ),
        "{output}"
    );
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
        output.contains(
            "warning[long-sentence]: a sentence of `right-work-jobs.summary` in locale `fr` has 16 words, more than 10"
        ),
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
