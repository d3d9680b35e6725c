//! A mistake in `rules/` fails the build with the file, line and column of the mistake.
//! Each test copies the project to a temporary directory, breaks one rules file there, and
//! runs the real `cargo check` on the copy.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the project is now (cargo says so when it runs a test), not where it was built.
fn project() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap();
        if name == "target" {
            continue;
        }
        if path.is_dir() {
            copy(&path, &to.join(name));
        } else {
            std::fs::copy(&path, to.join(name)).unwrap();
        }
    }
}

/// A copy of the project with `file` changed by `edit`.
fn project_with(name: &str, file: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let copy_root = std::env::temp_dir().join(format!("huquq-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy_root);
    std::fs::create_dir_all(&copy_root).unwrap();
    for part in ["Cargo.toml", "Cargo.lock", "build.rs", "src", "crates", "xtask", "rules", "locales", "tests"] {
        let from = project().join(part);
        if from.is_dir() {
            copy(&from, &copy_root.join(part));
        } else {
            std::fs::copy(&from, copy_root.join(part)).unwrap();
        }
    }
    let path = copy_root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = edit(&text);
    assert_ne!(changed, text, "the edit must change {file}");
    std::fs::write(&path, changed).unwrap();
    copy_root
}

/// Runs `cargo check` on the copy and returns what it printed, asserting that it failed.
fn failing_build(root: &Path) -> String {
    let output = Command::new(env!("CARGO"))
        .args(["check", "--locked", "--quiet", "-p", "huquq"])
        .current_dir(root)
        // Shared between tests so the dependencies are checked once; apart from the main
        // target directory, which the running `cargo test` holds.
        .env("CARGO_TARGET_DIR", project().join("target").join("broken-rules"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stderr).into_owned() + &String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "the build must fail:\n{text}");
    let _ = std::fs::remove_dir_all(root);
    text
}

/// 1-based line and column of the first `needle` in `text`.
fn position(text: &str, needle: &str) -> (usize, usize) {
    let offset = text.find(needle).unwrap();
    let before = &text[..offset];
    (before.matches('\n').count() + 1, before.rsplit('\n').next().unwrap().chars().count() + 1)
}

#[test]
fn an_unknown_question_name_fails_the_build_at_its_place() {
    let edit = |text: &str| text.replace("papers in [", "paper in [");
    let root = project_with("unknown-name", "rules/work.toml", edit);
    let (line, column) =
        position(&edit(&std::fs::read_to_string(project().join("rules/work.toml")).unwrap()), "paper in");
    let output = failing_build(&root);
    let place = format!("rules/work.toml:{line}:{column}");
    assert!(output.contains(&place), "expected {place} in:\n{output}");
    assert!(output.contains("paper"), "{output}");
    assert!(output.contains("papers"), "the message suggests the question meant:\n{output}");
}

#[test]
fn a_syntax_error_fails_the_build_at_its_place() {
    let edit = |text: &str| text.replacen("kind = \"right\"", "kind = \"right", 1);
    let root = project_with("syntax-error", "rules/health.toml", edit);
    let broken = edit(&std::fs::read_to_string(project().join("rules/health.toml")).unwrap());
    let (line, _) = position(&broken, "kind = \"right");
    let output = failing_build(&root);
    let place = format!("rules/health.toml:{line}:");
    assert!(output.contains(&place), "expected {place} in:\n{output}");
}

#[test]
fn a_condition_nested_five_thousand_deep_fails_the_build_at_the_level_past_the_limit() {
    let deep = format!("when = \"{}true{}\"", "(".repeat(5_000), ")".repeat(5_000));
    let edit = |text: &str| text.replacen("when = \"true\"", &deep, 1);
    let root = project_with("deep-condition", "rules/health.toml", edit);
    let broken = edit(&std::fs::read_to_string(project().join("rules/health.toml")).unwrap());
    let (line, column) = position(&broken, "when = \"(");
    let output = failing_build(&root);
    // The 33rd parenthesis, after `when = "` and 32 others.
    let place = format!("rules/health.toml:{line}:{}", column + 8 + 32);
    assert!(output.contains(&place), "expected {place} in:\n{output}");
    assert!(output.contains("nested more than 32 levels deep"), "{output}");
}

#[test]
fn a_text_nested_ten_thousand_braces_deep_fails_the_build_at_the_brace_past_the_limit() {
    let edit = |text: &str| format!("{text}deep = {}\n", "{".repeat(10_000));
    let root = project_with("deep-text", "locales/fr/health.ftl", edit);
    let broken = edit(&std::fs::read_to_string(project().join("locales/fr/health.ftl")).unwrap());
    let (line, column) = position(&broken, "deep = {");
    let output = failing_build(&root);
    let place = format!("locales/fr/health.ftl:{line}:{}", column + 7 + 8);
    assert!(output.contains(&place), "expected {place} in:\n{output}");
    assert!(output.contains("nests placeables more than 8 deep"), "{output}");
}

#[test]
fn an_interview_longer_than_the_rules_allow_fails_the_build_with_its_answers() {
    let edit = |text: &str| text.replacen("max_questions = 15", "max_questions = 14", 1);
    let root = project_with("too-long", "rules/questions.toml", edit);
    let broken = edit(&std::fs::read_to_string(project().join("rules/questions.toml")).unwrap());
    let (line, column) = position(&broken, "max_questions = 14");
    let output = failing_build(&root);
    let place = format!("rules/questions.toml:{line}:{}", column + "max_questions = ".len());
    assert!(output.contains(&place), "expected {place} in:\n{output}");
    assert!(output.contains("error[too-long]: an interview asks 15 questions"), "{output}");
    assert!(output.contains("for example: papers = "), "the answers of the longest interview:\n{output}");
}
