//! `translations`: lists the translations made from an older French text (or that do not say
//! which), and with `--stamp` records that they are now translated from the French text as it
//! is, by writing the hash of the French text above each (`# fr: 1a2b3c4d`).

use crate::args::Translations;
use huquq_engine::check::{self, Code, FileKind, Input, render, translations};
use std::path::Path;
use std::process::ExitCode;

pub fn run(input: &Input, root: &Path, options: &Translations) -> Result<ExitCode, String> {
    let language = options.language.as_deref();
    if let Some(language) = language
        && !input.languages().contains(&language)
    {
        return Err(format!("no locale `{language}`: the languages are {}", input.languages().join(", ")));
    }
    if !options.stamp {
        return Ok(list(input, language));
    }
    let stamped = translations::stamp(input, language, &options.ids)?;
    for (file, text) in &stamped {
        let path = root.join(&input.files[*file].path);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("stamped {}", input.files[*file].path);
    }
    if stamped.is_empty() {
        println!("every translation named was already stamped with the French text as it is");
    }
    Ok(ExitCode::SUCCESS)
}

/// The stale translations, one line each; fails when there is one.
fn list(input: &Input, language: Option<&str>) -> ExitCode {
    let report = check::check(input);
    let stale: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::StaleTranslation)
        .filter(|d| {
            let kind = d.at.as_ref().map(|at| &input.files[at.file].kind);
            language.is_none_or(|l| matches!(kind, Some(FileKind::Locale { language }) if language == l))
        })
        .collect();
    for diagnostic in &stale {
        println!("{}", render::short(input, diagnostic));
    }
    println!(
        "{} translation(s) to update from the French text, then stamp: `huquq-rules translations --stamp ID...`",
        stale.len()
    );
    if stale.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
