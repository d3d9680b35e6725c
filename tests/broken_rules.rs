//! A mistake in `rules/` or `locales/` fails the build of the app, through `build.rs`, with the
//! file, line and column of the mistake. The test copies the project to a temporary directory,
//! breaks a rules file and a text there, and runs the real `cargo check` on the copy, once:
//! what each mistake says is the checker's, tested with its cases in
//! `crates/engine/tests/data/bad/`.
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

/// A copy of the project with each of `changes` (a file and its new text) written in.
fn project_with(name: &str, changes: &[(&str, &str)]) -> PathBuf {
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
    for (file, text) in changes {
        std::fs::write(copy_root.join(file), text).unwrap();
    }
    copy_root
}

/// Runs `cargo check` on the copy and returns what it printed, asserting that it failed.
fn failing_build(root: &Path) -> String {
    let output = Command::new(env!("CARGO"))
        .args(["check", "--locked", "--quiet", "-p", "huquq"])
        .current_dir(root)
        // Apart from the main target directory, which the running `cargo test` holds; kept
        // between runs so that the dependencies are checked once.
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

/// `file` of the project as `edit` makes it.
fn edited(file: &str, edit: impl Fn(&str) -> String) -> String {
    let text = std::fs::read_to_string(project().join(file)).unwrap();
    let changed = edit(&text);
    assert_ne!(changed, text, "the edit must change {file}");
    changed
}

#[test]
fn a_mistake_in_the_rules_and_one_in_the_texts_fail_the_build_each_at_its_place() {
    let (rules_file, texts_file) = ("rules/work.toml", "locales/fr/health.ftl");
    let rules = edited(rules_file, |text| text.replacen("papers in [", "paper in [", 1));
    // Placeables nested 9 deep, one more than texts may.
    let texts = edited(texts_file, |text| format!("{text}deep = {}$x{}\n", "{ ".repeat(9), " }".repeat(9)));
    let root = project_with("broken-rules", &[(rules_file, &rules), (texts_file, &texts)]);
    let output = failing_build(&root);
    let (line, column) = position(&rules, "paper in [");
    let (deep_line, deep_column) = position(&texts, "deep = {");
    // The ninth `{`, after `deep = ` and eight others.
    for place in [format!("{rules_file}:{line}:{column}"), format!("{texts_file}:{deep_line}:{}", deep_column + 7 + 16)]
    {
        assert!(output.contains(&place), "expected {place} in:\n{output}");
    }
    assert!(output.contains("error: the rules have 2 error(s)"), "build.rs counts both:\n{output}");
}
