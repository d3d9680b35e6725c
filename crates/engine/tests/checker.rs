//! The checker's tests as data: each folder under `tests/data/good/` and `tests/data/bad/` is
//! a small project (`rules/`, `rules/tests/`, `locales/`) with, beside it, `expected.txt`:
//! what checking it prints. The format is in `tests/data/README.md`. A mismatch prints a line
//! diff (`support/diff.rs`). Run with `UPDATE_EXPECT=1` to write the expected files from what
//! the checker prints now, then read the diff.
#![cfg(not(target_arch = "wasm32"))]

// Only the diff: the rest of `support/` reads the real rules, which these cases need not.
#[path = "support/diff.rs"]
mod diff;

use huquq_engine::Date;
use huquq_engine::check::{Code, FileKind, Input, Report, check, render};
use huquq_engine::scenario;
use std::path::{Path, PathBuf};

fn data() -> PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The cases of one kind (`good` or `bad`), by name.
fn cases(kind: &str) -> Vec<(String, PathBuf)> {
    let mut cases: Vec<(String, PathBuf)> = std::fs::read_dir(data().join(kind))
        .expect("tests/data/good and tests/data/bad exist")
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.is_dir())
        .map(|path| (path.file_name().unwrap().to_string_lossy().into_owned(), path))
        .collect();
    cases.sort();
    cases
}

/// The day every case is checked on, so that the expected texts never age.
fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

/// A case's files, with `repeat.toml` applied (see the format).
fn input(case: &Path) -> Input {
    let mut input = Input::read(case, today()).expect("the case's files can be read");
    let repeat = case.join("repeat.toml");
    if repeat.is_file() {
        let spec: toml::Table = toml::from_str(&std::fs::read_to_string(&repeat).unwrap()).expect("repeat.toml");
        let (path, count, text) =
            (spec["file"].as_str().unwrap(), spec["count"].as_integer().unwrap(), spec["text"].as_str().unwrap());
        let file = input.files.iter_mut().find(|f| f.path == path).expect("repeat.toml names a file of the case");
        for i in 0..count {
            file.text.push_str(&text.replace("{i}", &i.to_string()));
        }
    }
    input
}

/// What checking the case prints: the diagnostics, each scenario's result, and a summary.
fn run(case: &Path) -> (Report, String) {
    let input = input(case);
    let report = check(&input);
    let mut out = render(&input, &report.diagnostics);
    let mut scenarios = (0, 0);
    if let Some(rules) = &report.rules {
        for (file, source) in input.files.iter().enumerate().filter(|(_, f)| f.kind == FileKind::Scenario) {
            match scenario::load(&input, file, rules) {
                Err(errors) => {
                    scenarios.1 += 1;
                    out += &render(&input, &errors);
                }
                Ok(loaded) => {
                    let run = scenario::run(rules, &loaded);
                    let verdict = if run.differences.is_empty() { "ok" } else { "FAIL" };
                    out +=
                        &format!("{verdict} {}: {} ({} questions asked)\n", source.path, loaded.name, run.asked.len());
                    for difference in &run.differences {
                        out += &format!("    {difference}\n");
                    }
                    if run.differences.is_empty() { scenarios.0 += 1 } else { scenarios.1 += 1 }
                }
            }
        }
    }
    // `review.toml` gives the day of a review of the evidence (`huquq-rules review`).
    if let Ok(review) = std::fs::read_to_string(case.join("review.toml")) {
        let day: toml::Table = toml::from_str(&review).expect("review.toml holds `date = YYYY-MM-DD`");
        let day = Date::parse(&day["date"].as_datetime().expect("a day").to_string()).expect("a day");
        let due = huquq_engine::check::review(&input, day).map_or_else(|errors| errors, |review| review.due);
        out += &format!("review as of {day}:\n{}", render(&input, &due));
    }
    let rules = report.rules.as_ref();
    out += &format!(
        "{} errors, {} warnings; {} questions, {} rights; scenarios: {} passed, {} failed\n",
        report.errors(),
        report.warnings(),
        rules.map_or(0, |r| r.questions.len()),
        rules.map_or(0, |r| r.rights.len()),
        scenarios.0,
        scenarios.1,
    );
    (report, out)
}

/// What a failing comparison says before its diffs.
const MISMATCH: &str = "what the checker prints is not the expected text (`-` expected, `+` printed now); \
                        UPDATE_EXPECT=1 rewrites the expected files\n";

/// Runs every case of `kind`, compares with (or writes) `expected.txt`, and returns the
/// cases' reports with any mismatch.
fn check_cases(kind: &str) -> (Vec<(String, Report, String)>, Vec<String>) {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let mut results = Vec::new();
    let mut mismatches = Vec::new();
    for (name, path) in cases(kind) {
        let (report, out) = run(&path);
        let expected_path = path.join("expected.txt");
        if update {
            std::fs::write(&expected_path, &out).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != out {
            let diff = diff::lines(&expected, &out);
            mismatches.push(format!("--- {kind}/{name}/expected.txt\n+++ what the checker prints now\n{diff}"));
        }
        results.push((name, report, out));
    }
    (results, mismatches)
}

#[test]
fn good_cases_check_clean_and_their_scenarios_pass() {
    let (results, mismatches) = check_cases("good");
    assert!(!results.is_empty());
    for (name, report, out) in &results {
        assert!(report.diagnostics.is_empty() && report.rules.is_some(), "good/{name} is not clean:\n{out}");
        assert!(!out.contains("FAIL"), "good/{name}: a scenario fails:\n{out}");
    }
    assert!(mismatches.is_empty(), "{}{}", MISMATCH, mismatches.join("\n"));
}

#[test]
fn bad_cases_report_their_code_as_expected() {
    let (results, mismatches) = check_cases("bad");
    for (name, _, out) in &results {
        let code = name.split('.').next().unwrap_or_default();
        assert!(
            out.contains(&format!("[{code}]:")),
            "bad/{name} is named after `{code}`, which it does not report:\n{out}"
        );
    }
    assert!(mismatches.is_empty(), "{}{}", MISMATCH, mismatches.join("\n"));
}

#[test]
fn every_code_has_a_bad_case() {
    let names: Vec<String> = cases("bad").into_iter().map(|(name, _)| name).collect();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|code| code.name())
        .filter(|code| !names.iter().any(|name| name.split('.').next() == Some(*code)))
        .collect();
    assert!(missing.is_empty(), "add a case under tests/data/bad/ for: {}", missing.join(", "));
}

/// The rule authors' guide, `rules/README.md`, without the list of diagnostic codes
/// (generated, and tested apart).
fn guide() -> String {
    let guide = Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("../../rules/README.md");
    let text = std::fs::read_to_string(&guide).expect("the rule authors' guide in rules/README.md");
    match (text.find("<!-- codes:start"), text.find("<!-- codes:end -->")) {
        (Some(start), Some(end)) => format!("{}{}", &text[..start], &text[end..]),
        _ => text,
    }
}

/// Every fenced `toml` and `ftl` block of `text`, without the indentation of its fence.
fn fenced_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let indent = line.len() - line.trim_start().len();
        if !matches!(line.trim_start(), "```toml" | "```ftl") {
            continue;
        }
        let mut block = String::new();
        for line in lines.by_ref() {
            if line.trim_start() == "```" {
                break;
            }
            block.push_str(line.get(indent..).unwrap_or(line.trim_start()));
            block.push('\n');
        }
        blocks.push(block);
    }
    blocks
}

/// The text of every file of a good case, one after the other.
fn fixture_text(case: &str) -> String {
    let input = input(&data().join("good").join(case));
    input.files.iter().map(|f| f.text.as_str()).collect::<Vec<_>>().join("\n")
}

#[test]
fn the_guides_examples_are_the_good_guide_case() {
    let guide = guide();
    let fixture = fixture_text("guide");
    let blocks = fenced_blocks(&guide);
    assert!(blocks.len() >= 3, "the rules, the texts and the scenario of the example");
    for block in blocks {
        assert!(fixture.contains(&block), "tests/data/good/guide/ does not hold this example of the guide:\n{block}");
    }
}

#[test]
fn the_guides_conditions_are_in_the_good_guide_case() {
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let guide = flat(&guide());
    let fixture = flat(&fixture_text("guide"));
    let conditions: Vec<&str> = guide
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|code| {
            ["==", "!=", " in [", " contains ", "years_since(", "date(", " and "].iter().any(|m| code.contains(m))
        })
        .filter(|code| !code.contains(" = "))
        .collect();
    assert!(conditions.len() >= 5, "{conditions:?}");
    for condition in conditions {
        assert!(fixture.contains(condition), "tests/data/good/guide/ does not use the guide's condition `{condition}`");
    }
}
