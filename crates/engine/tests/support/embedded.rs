//! The rules files and the English texts, compiled into the test so the browser benchmark
//! has them: a browser test cannot read the disk, and a build script only for this is not
//! worth it. The native test `embedded_rules_list_every_file` in `properties.rs` fails when a
//! file is added to `rules/` or `locales/en/` and not here: add it to the list.

use huquq_engine::Date;
use huquq_engine::check::{File, FileKind, Input};

macro_rules! files {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("../../../../", $path)))),*]
    };
}

/// Path from the repository root, and text.
pub const FILES: &[(&str, &str)] = files![
    "rules/assistance.toml",
    "rules/asylum.toml",
    "rules/changes.toml",
    "rules/education.toml",
    "rules/health.toml",
    "rules/housing.toml",
    "rules/legal.toml",
    "rules/offices.toml",
    "rules/plain-words.toml",
    "rules/protection.toml",
    "rules/questions.toml",
    "rules/residence.toml",
    "rules/return.toml",
    "rules/sources.toml",
    "rules/training.toml",
    "rules/work.toml",
    "locales/en/assistance.ftl",
    "locales/en/asylum.ftl",
    "locales/en/education.ftl",
    "locales/en/health.ftl",
    "locales/en/housing.ftl",
    "locales/en/legal.ftl",
    "locales/en/offices.ftl",
    "locales/en/pages.ftl",
    "locales/en/protection.ftl",
    "locales/en/questions.ftl",
    "locales/en/residence.ftl",
    "locales/en/return.ftl",
    "locales/en/rights.ftl",
    "locales/en/training.ftl",
    "locales/en/ui.ftl",
    "locales/en/work.ftl",
];

/// The embedded files as the checker's input; English is the only language, which is
/// enough to compile the rules.
pub fn input(today: Date) -> Input {
    let files = FILES
        .iter()
        .map(|(path, text)| File {
            path: path.to_string(),
            text: text.to_string(),
            kind: if *path == "rules/plain-words.toml" {
                FileKind::PlainWords
            } else if *path == "rules/changes.toml" {
                FileKind::Changes
            } else if path.starts_with("rules/") {
                FileKind::Rules
            } else {
                FileKind::Locale { language: "en".to_string() }
            },
            not_utf8_at: None,
        })
        .collect();
    Input { files, today }
}
