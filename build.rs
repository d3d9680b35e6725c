//! Checks `rules/` and `locales/` and compiles them into the app. A mistake in either fails
//! the build with rustc-style messages (file:line:column, the line, a caret, what to do).
//! Writes to OUT_DIR: `rules.bin` (the compiled rules, embedded), `locales.rs` (every
//! language's Fluent texts, one string per language), and in `site/` the files the guide loads
//! after it starts, which `cargo xtask build` copies into `dist/` under content-hashed names:
//! `sources.bin` (the rules' bibliography).

use huquq_engine::check::{self, FileKind, Input, render};
use huquq_engine::model::Source;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // Another tree of rules and locales, for the size checks (`cargo xtask bench`, a fourth
    // language): `HUQUQ_SOURCE_ROOT=/tmp/tree`. The app is always built from this project.
    println!("cargo:rerun-if-env-changed=HUQUQ_SOURCE_ROOT");
    let root = std::env::var_os("HUQUQ_SOURCE_ROOT").map_or(manifest, PathBuf::from);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed={}", root.join("rules").display());
    println!("cargo:rerun-if-changed={}", root.join("locales").display());
    let input = match Input::read(&root, check::today()) {
        Ok(input) => input,
        Err(error) => {
            eprintln!("error: cannot read rules/ or locales/: {error}");
            return ExitCode::FAILURE;
        }
    };
    for file in &input.files {
        println!("cargo:rerun-if-changed={}", root.join(&file.path).display());
    }
    let report = check::check(&input);
    for diagnostic in &report.diagnostics {
        println!("cargo:warning={}", render::short(&input, diagnostic));
    }
    let Some(rules) = report.rules else {
        eprintln!("{}", render::render(&input, &report.diagnostics));
        eprintln!(
            "error: the rules have {} error(s); fix them, or run `cargo run -p huquq-rules -- check` for the same messages",
            report.errors()
        );
        return ExitCode::FAILURE;
    };
    let (shell, bibliography) = rules.split_bibliography();
    let site = out.join("site");
    let written = std::fs::create_dir_all(&site)
        .and_then(|()| std::fs::write(out.join("rules.bin"), shell.to_bytes()))
        .and_then(|()| std::fs::write(site.join("sources.bin"), Source::list_to_bytes(&bibliography)))
        .and_then(|()| std::fs::write(out.join("locales.rs"), locales_source(&input)));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot write to {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// `pub static LOCALES: &[(&str, &str)]`: each language's files joined, in name order.
fn locales_source(input: &Input) -> String {
    let mut source = String::from("pub static LOCALES: &[(&str, &str)] = &[\n");
    for language in input.languages() {
        let mut texts = String::new();
        for file in &input.files {
            if file.kind == (FileKind::Locale { language: language.to_string() }) {
                texts.push_str(&file.text);
                texts.push('\n');
            }
        }
        let _ = writeln!(source, "    ({language:?}, {texts:?}),");
    }
    source.push_str("];\n");
    source
}
