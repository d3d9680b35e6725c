//! Reads and checks `rules/` and `locales/`, and compiles the rules when there is no error.
//! Every problem becomes a [`Diagnostic`] with its file and position; nothing here panics on
//! what authors write. Used by `build.rs` and the rule authors' tool, never in the browser.
//!
//! The steps, each in its module: `read` the files (the only input/output here: no clock,
//! the caller says which day is today), parse their [`syntax`] (TOML, and [`expr`] for
//! conditions), `lower` names to indices and type conditions, run the checks over the
//! lowered rules (cycles, expansion, logic, held_back, unused, contacts, local contacts, locales…;
//! `interviews` walks every interview with [`crate::audit`]), and compile: the [`RuleSet`]
//! returned, whose bytes are written by [`crate::bytes`]. Two checks read only the texts:
//! `plain` (the limits of `rules/plain-words.toml`) and [`translations`] (no translation made
//! from an older French text).

mod changes;
mod code;
mod contacts;
mod cycles;
pub mod diagnostic;
mod encoding;
mod evidence;
mod expansion;
pub mod expr;
mod held_back;
mod interviews;
mod local_contacts;
mod locales;
mod logic;
pub(crate) mod lower;
mod placeables;
mod plain;
mod read;
pub mod render;
mod space;
pub mod syntax;
pub mod translations;
mod unused;

use crate::audit::Claims;
use crate::date::Date;
use crate::model::RuleSet;
pub use changes::FILE_NAME as CHANGES_FILE;
pub use diagnostic::{Code, Diagnostic, Label, Location, Severity};
pub use evidence::Review;
pub use local_contacts::{Cell, Coverage, LocalOffice, Need, Row};
pub use plain::{FILE_NAME as PLAIN_WORDS_FILE, Tally};
pub use render::render;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileKind {
    Rules,
    Locale {
        language: String,
    },
    Scenario,
    /// `rules/plain-words.toml`: the limits the texts people read are measured against.
    PlainWords,
    /// `rules/changes.toml`: what each version of the rules changed (`changes`).
    Changes,
}

#[derive(Clone, Debug)]
pub struct File {
    /// As shown in messages, relative to the project root.
    pub path: String,
    /// The file's text, without a leading byte-order mark; a byte that is not UTF-8 is
    /// replaced by U+FFFD.
    pub text: String,
    pub kind: FileKind,
    /// Byte offset in `text` of the file's first byte that is not UTF-8, if it has one (in
    /// the file, 3 more when it starts with a byte-order mark).
    pub not_utf8_at: Option<usize>,
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
    /// What each version of the rules changed (`rules/changes.toml`), in version order: for
    /// the details (`Details::changes`).
    pub changes: Vec<crate::model::RightChange>,
    pub diagnostics: Vec<Diagnostic>,
    /// What the rules claim about their interviews (`max_questions`, `exclusive_with`).
    pub claims: Claims,
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

    /// The texts of the locale files of `language` (every language when `None`), in name
    /// order: what `build.rs` compiles, and the terminal interview too.
    pub fn locale_texts<'a>(&'a self, language: Option<&'a str>) -> impl Iterator<Item = &'a str> {
        self.files.iter().filter_map(move |file| match &file.kind {
            FileKind::Locale { language: of } if language.is_none_or(|l| l == of) => Some(file.text.as_str()),
            _ => None,
        })
    }
}

/// How each language's texts of the rules measure up to `rules/plain-words.toml`: the
/// plain-words warnings of [`check`], counted per language for the rule authors' report.
pub fn plain_report(input: &Input) -> Vec<Tally> {
    plain::check(input, &mut Vec::new())
}

/// The rules files parsed, or the syntax errors of those that are not.
fn parse(input: &Input) -> Result<Vec<lower::Parsed<'_>>, Vec<Diagnostic>> {
    let (mut parsed, mut errors) = (Vec::new(), Vec::new());
    for (file, source) in input.files.iter().enumerate().filter(|(_, f)| f.kind == FileKind::Rules) {
        match syntax::parse_rules(file, &source.text) {
            Ok(content) => parsed.push(lower::Parsed { file, text: &source.text, content }),
            Err(diagnostic) => errors.push(*diagnostic),
        }
    }
    if errors.is_empty() { Ok(parsed) } else { Err(errors) }
}

/// What is due for review on `day` (see `evidence`), oldest evidence first; or, if the rules
/// have errors, those errors (run `check`).
pub fn review(input: &Input, day: Date) -> Result<Review, Vec<Diagnostic>> {
    let parsed = parse(input)?;
    let mut errors = Vec::new();
    let lowered = lower::lower(&parsed, input.today, &mut errors);
    if errors.iter().any(Diagnostic::is_error) {
        return Err(errors);
    }
    Ok(evidence::review(&lowered, day))
}

/// The city × need table of local contacts (see `local_contacts`); or, if the rules have
/// errors, those errors (run `check`).
pub fn coverage(input: &Input) -> Result<Coverage, Vec<Diagnostic>> {
    let parsed = parse(input)?;
    let mut errors = Vec::new();
    let lowered = lower::lower(&parsed, input.today, &mut errors);
    local_contacts::check(&parsed, &lowered, &mut errors);
    if errors.iter().any(Diagnostic::is_error) {
        return Err(errors.into_iter().filter(Diagnostic::is_error).collect());
    }
    Ok(local_contacts::coverage(&parsed, &lowered))
}

/// Checks everything and compiles the rules if there is no error.
pub fn check(input: &Input) -> Report {
    let mut diagnostics = Vec::new();
    encoding::check(input, &mut diagnostics);
    // Names declared in a file that does not parse would all look unknown: stop there.
    let parsed = match parse(input) {
        Ok(parsed) => parsed,
        Err(errors) => {
            diagnostics.extend(errors);
            return Report { rules: None, changes: Vec::new(), diagnostics, claims: Claims::default() };
        }
    };
    contacts::check(&parsed, &mut diagnostics);
    let mut lowered = lower::lower(&parsed, input.today, &mut diagnostics);
    changes::read(input, &mut lowered, &mut diagnostics);
    local_contacts::check(&parsed, &lowered, &mut diagnostics);
    cycles::check(&lowered, &mut diagnostics);
    expansion::check(&lowered, &mut diagnostics);
    if !diagnostics.iter().any(Diagnostic::is_error) {
        logic::check(&lowered, input.today, &mut diagnostics);
        held_back::check(input, &lowered, input.today, &mut diagnostics);
        unused::check(&lowered, &mut diagnostics);
        // Only rules without mistakes are worth walking interview by interview.
        if !diagnostics.iter().any(Diagnostic::is_error) {
            interviews::check(&lowered, input.today, &mut diagnostics);
        }
    }
    locales::check(input, &lowered, &mut diagnostics);
    plain::check(input, &mut diagnostics);
    translations::check(input, &mut diagnostics);
    let failed = diagnostics.iter().any(Diagnostic::is_error);
    Report { rules: (!failed).then_some(lowered.rules), changes: lowered.changes, diagnostics, claims: lowered.claims }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"[meta]
reviewed = 2026-01-01
version = 1

[[question]]
id = "age"
kind = "number"

[[question]]
id = "arrival"
kind = "date"

[[right]]
id = "work.jobs"
kind = "programme"
when = "age >= 18 and years_since(arrival) >= 1"
sources = ["report"]

[[source]]
id = "report"
title = "Report"
issuer = "Ministry"
reference = "lines 1-2"
"#;

    const TEXTS: &str = "question-age = Age?\nquestion-arrival = Arrival?\nright-work-jobs = Jobs\n    .summary = Jobs.\ndomain-work = Work\n";

    /// The English texts are stamped as translated from the French ones (see `translations`).
    fn input(rules: &str, english: &str, french: &str) -> Input {
        let file = |path: &str, text: &str, kind| File {
            path: path.to_string(),
            text: text.to_string(),
            kind,
            not_utf8_at: None,
        };
        let locale = |language: &str| FileKind::Locale { language: language.to_string() };
        let mut input = Input {
            files: vec![
                file("rules/main.toml", rules, FileKind::Rules),
                file("locales/en/all.ftl", english, locale("en")),
                file("locales/fr/all.ftl", french, locale("fr")),
            ],
            today: Date::from_days(20_000),
        };
        for (file, text) in translations::stamp(&input, None, &[]).unwrap_or_default() {
            input.files[file].text = text;
        }
        input
    }

    fn codes(report: &Report) -> Vec<&'static str> {
        report.diagnostics.iter().map(|d| d.code.name()).collect()
    }

    #[test]
    fn the_base_tree_checks_clean() {
        let report = check(&input(RULES, TEXTS, TEXTS));
        assert_eq!(codes(&report), Vec::<&str>::new(), "{:?}", report.diagnostics);
    }

    #[test]
    fn a_question_read_only_by_unknown_when_matters() {
        // `arrival` only decides whether the sources leave the right open: it is asked.
        let rules = RULES.replace(
            "when = \"age >= 18 and years_since(arrival) >= 1\"",
            "when = \"age >= 18\"\nunknown_when = \"years_since(arrival) < 1\"",
        );
        assert_eq!(codes(&check(&input(&rules, TEXTS, TEXTS))), Vec::<&str>::new());
        let never = RULES.replace("age >= 18 and years_since(arrival) >= 1", "age >= 18");
        assert_eq!(codes(&check(&input(&never, TEXTS, TEXTS))), ["never-matters"]);
    }

    #[test]
    fn huge_numbers_in_conditions_are_checked_without_panicking() {
        for when in [
            "age - 1 >= 9223372036854775807",
            "age + 1 >= -9223372036854775807",
            "0 - age >= -9223372036854775807",
            "age * 2 >= 1",
            "years_since(arrival) >= 2000000000",
            "years_since(arrival) >= -9223372036854775807",
            "age + 9223372036854775807 + 9223372036854775807 > 0",
        ] {
            let rules = RULES.replace("age >= 18", when);
            check(&input(&rules, TEXTS, TEXTS));
        }
    }

    /// `RULES` with `definitions` (id and condition) and the right's condition `when`.
    fn with_definitions(definitions: impl Iterator<Item = (String, String)>, when: &str) -> String {
        let mut rules = RULES.replace("age >= 18 and years_since(arrival) >= 1", when);
        for (id, condition) in definitions {
            rules += &format!("\n[[definition]]\nid = \"{id}\"\nwhen = \"{condition}\"\n");
        }
        rules
    }

    #[test]
    fn a_chain_of_60000_definitions_is_one_error_at_the_one_that_goes_over() {
        // Each names the one before: this was accepted after 29 s, or overflowed the stack.
        let chain =
            (0..60_000).map(|i| (format!("d{i}"), if i == 0 { "age >= 18".into() } else { format!("d{}", i - 1) }));
        let rules = with_definitions(chain, "d59999 and years_since(arrival) >= 1");
        let report = check(&input(&rules, TEXTS, TEXTS));
        assert_eq!(codes(&report), ["definition-depth"]);
        let at = rules.find("\"d32\"\nwhen").unwrap();
        assert_eq!(report.diagnostics[0].at, Some(Location { file: 0, span: at..at + 5 }));
        assert!(report.rules.is_none());
    }

    #[test]
    fn a_chain_of_32_definitions_is_allowed() {
        let chain = (0..32).map(|i| (format!("d{i}"), if i == 0 { "age >= 18".into() } else { format!("d{}", i - 1) }));
        let rules = with_definitions(chain, "d31 and years_since(arrival) >= 1");
        let report = check(&input(&rules, TEXTS, TEXTS));
        assert_eq!(codes(&report), Vec::<&str>::new(), "{:?}", report.diagnostics);
    }

    #[test]
    fn a_rights_own_condition_too_large_is_one_error() {
        // A definition too large written out is the case `bad/condition-size`.
        let long = vec!["age >= 18"; 3_400].join(" and ");
        let report = check(&input(&with_definitions(std::iter::empty(), &long), TEXTS, TEXTS));
        assert_eq!(codes(&report), ["condition-size"]);
    }

    #[test]
    fn links_emails_phones_and_dates_are_checked_where_they_are_written() {
        let office = "\n[[office]]\nid = \"agency\"\nneeds = []\nwebsite = \"javascript:alert(1)\"\nemail = \"mailto:a@b.ma\"\nphone = [\"+212 5 ext\"]\nsources = [\"report\"]\n";
        let rules = RULES
            .replace(
                "reference = \"lines 1-2\"",
                "reference = \"lines 1-2\"\nlink = \"JavaScript:alert(1)\"\ndate = \"-999\"",
            )
            .replace(
                "sources = [\"report\"]",
                "sources = [\"report\"]\noffices = [\"agency\"]\nvalid_from = \"2013-02-30\"",
            )
            + office;
        let texts = format!("{TEXTS}office-agency = Agency\n");
        let input = input(&rules, &texts, &texts);
        let report = check(&input);
        let found: Vec<(&str, &str)> = report
            .diagnostics
            .iter()
            .map(|d| (d.code.name(), &input.files[0].text[d.at.clone().unwrap().span]))
            .collect();
        assert_eq!(
            found,
            [
                ("bad-link", "\"JavaScript:alert(1)\""),
                ("bad-link", "\"javascript:alert(1)\""),
                ("bad-email", "\"mailto:a@b.ma\""),
                ("bad-phone", "\"+212 5 ext\""),
                ("bad-date", "\"-999\""),
                ("bad-date", "\"2013-02-30\""),
            ]
        );
    }
}
