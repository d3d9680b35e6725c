//! Reads and checks `rules/` and `locales/`, and compiles the rules when there is no error.
//! Every problem becomes a [`Diagnostic`] with its file and position; nothing here panics on
//! what authors write. Used by `build.rs` and the rule authors' tool, never in the browser.
//! Reading the directory handed in is the only input/output this module does.

mod cycles;
pub mod diagnostic;
pub mod expr;
mod locales;
mod logic;
mod lower;
pub mod render;
pub mod source;
mod unused;

use crate::date::Date;
use crate::model::RuleSet;
pub use diagnostic::{Diagnostic, Location, Severity};
pub use render::render;
use std::path::Path;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileKind {
    Rules,
    Locale { language: String },
    Scenario,
}

#[derive(Clone, Debug)]
pub struct File {
    /// As shown in messages, relative to the project root.
    pub path: String,
    pub text: String,
    pub kind: FileKind,
}

/// Everything the checker reads. Diagnostics refer to files by their index here.
#[derive(Clone, Debug)]
pub struct Input {
    pub files: Vec<File>,
    /// The day rights are checked on when they have no validity dates to go by.
    pub today: Date,
}

#[derive(Debug)]
pub struct Report {
    /// The compiled rules, when there is no error.
    pub rules: Option<RuleSet>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

impl Input {
    /// Reads `rules/*.toml`, `rules/tests/*.toml` and `locales/<language>/*.ftl` under `root`,
    /// each in name order.
    pub fn read(root: &Path, today: Date) -> std::io::Result<Input> {
        let mut files = Vec::new();
        let mut add = |dir: &Path, extension: &str, kind: FileKind| -> std::io::Result<()> {
            for path in sorted_files(dir, extension)? {
                let shown = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                files.push(File { path: shown, text: std::fs::read_to_string(&path)?, kind: kind.clone() });
            }
            Ok(())
        };
        add(&root.join("rules"), "toml", FileKind::Rules)?;
        let locales = root.join("locales");
        for language in sorted_dirs(&locales)? {
            let name = language.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            add(&language, "ftl", FileKind::Locale { language: name })?;
        }
        let scenarios = root.join("rules").join("tests");
        if scenarios.is_dir() {
            add(&scenarios, "toml", FileKind::Scenario)?;
        }
        Ok(Input { files, today })
    }

    /// The languages with a directory under `locales/`, in name order.
    pub fn languages(&self) -> Vec<&str> {
        let mut languages: Vec<&str> = self
            .files
            .iter()
            .filter_map(|f| match &f.kind {
                FileKind::Locale { language } => Some(language.as_str()),
                _ => None,
            })
            .collect();
        languages.dedup();
        languages
    }
}

fn sorted_files(dir: &Path, extension: &str) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == extension))
        .collect();
    paths.sort();
    Ok(paths)
}

fn sorted_dirs(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths: Vec<_> =
        std::fs::read_dir(dir)?.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    paths.sort();
    Ok(paths)
}

/// Today in UTC from the system clock, for `build.rs` and the rule authors' tool.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_days((seconds / 86_400) as i32)
}

/// Checks everything and compiles the rules if there is no error.
pub fn check(input: &Input) -> Report {
    let mut diagnostics = Vec::new();
    let mut parsed = Vec::new();
    for (file, source) in input.files.iter().enumerate() {
        if source.kind == FileKind::Rules {
            match source::parse_rules(file, &source.text) {
                Ok(content) => parsed.push(lower::Parsed { file, text: &source.text, content }),
                Err(diagnostic) => diagnostics.push(*diagnostic),
            }
        }
    }
    // Names declared in a file that does not parse would all look unknown: stop here.
    if !diagnostics.is_empty() {
        return Report { rules: None, diagnostics };
    }
    let lowered = lower::lower(&parsed, input.today, &mut diagnostics);
    cycles::check(&lowered, &mut diagnostics);
    if !diagnostics.iter().any(Diagnostic::is_error) {
        logic::check(&lowered, input.today, &mut diagnostics);
        unused::check(&lowered, &mut diagnostics);
    }
    locales::check(input, &lowered, &mut diagnostics);
    let failed = diagnostics.iter().any(Diagnostic::is_error);
    Report { rules: (!failed).then_some(lowered.rules), diagnostics }
}
