//! Helpers for the lowering modules' tests: lower rules files given as text, without
//! locales, and list the codes reported.

use super::{Lowered, Parsed, lower};
use crate::check::diagnostic::Diagnostic;
use crate::check::syntax::parse_rules;
use crate::date::Date;
use crate::model::RightId;

/// Lowers one rules file: `text` after a `[meta]` table.
pub fn lowered(text: &str) -> (Lowered, Vec<Diagnostic>) {
    lowered_files(&[&format!("[meta]\nreviewed = 2026-01-01\nversion = 1\n{text}")])
}

/// Lowers each text as a rules file of its own, in order.
pub fn lowered_files(texts: &[&str]) -> (Lowered, Vec<Diagnostic>) {
    let files: Vec<Parsed> = texts
        .iter()
        .enumerate()
        .map(|(file, text)| Parsed { file, text, content: parse_rules(file, text).expect("the test's TOML parses") })
        .collect();
    let mut diagnostics = Vec::new();
    let lowered = lower(&files, Date::from_days(20_000), &mut diagnostics);
    (lowered, diagnostics)
}

pub fn codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
    diagnostics.iter().map(|d| d.code.name()).collect()
}

#[test]
fn a_right_reads_the_questions_of_its_definitions_once_each_in_order() {
    let (lowered, diagnostics) = lowered(
        "[[question]]\nid = \"a\"\nkind = \"yes_no\"\n[[question]]\nid = \"b\"\nkind = \"yes_no\"\n\
         [[definition]]\nid = \"both\"\nwhen = \"b and a\"\n\
         [[source]]\nid = \"s\"\ntitle = \"T\"\nissuer = \"I\"\nreference = \"R\"\n\
         [[right]]\nid = \"work.jobs\"\nkind = \"right\"\nwhen = \"both or b\"\nsources = [\"s\"]\n",
    );
    assert_eq!(codes(&diagnostics), Vec::<&str>::new());
    assert_eq!(lowered.rules[RightId::new(0)].uses, [0.into(), 1.into()]);
}
