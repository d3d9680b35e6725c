//! Renders diagnostics like rustc does: the message, `--> file:line:column`, the line itself
//! with a caret under the mistake (and dashes under the other places it points at), then
//! what to do. No colour, so the output can be
//! compared in tests and read in any terminal or CI log.

use super::Input;
use super::diagnostic::{Diagnostic, Severity};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config};

pub fn render(input: &Input, diagnostics: &[Diagnostic]) -> String {
    let mut files = SimpleFiles::new();
    for file in &input.files {
        files.add(file.path.as_str(), file.text.as_str());
    }
    let config = Config::default();
    let mut out = String::new();
    for diagnostic in diagnostics {
        let mut report = match diagnostic.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_code(diagnostic.code.name())
        .with_message(&diagnostic.message)
        .with_notes(diagnostic.notes.clone());
        let primary =
            diagnostic.at.iter().map(|at| Label::primary(at.file, at.span.clone()).with_message(&diagnostic.label));
        let secondary =
            diagnostic.also.iter().map(|l| Label::secondary(l.at.file, l.at.span.clone()).with_message(&l.message));
        report = report.with_labels(primary.chain(secondary).collect());
        match term::emit_into_string(&config, &files, &report) {
            Ok(text) => out.push_str(&text),
            // A location outside its file is a bug in the checker; still say what is wrong.
            Err(_) => out.push_str(&format!("{:?}: {}\n", diagnostic.severity, diagnostic.message)),
        }
    }
    out
}

/// One line per diagnostic, `file:line:column: severity[code]: message`, for summaries.
pub fn short(input: &Input, diagnostic: &Diagnostic) -> String {
    let severity = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let place = match &diagnostic.at {
        Some(at) => {
            let file = &input.files[at.file];
            let (line, column) = line_column(&file.text, at.span.start);
            format!("{}:{line}:{column}: ", file.path)
        }
        None => String::new(),
    };
    format!("{place}{severity}[{}]: {}", diagnostic.code.name(), diagnostic.message)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
