//! Diagnostics as plain data: what is wrong, where, and what to do. Only `render` turns
//! them into text, so the CLI, `build.rs` and tests share one format.

use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// A byte range in one of the checked files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// Index in [`super::Input::files`].
    pub file: usize,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable name for the kind of problem, e.g. `unknown-name`.
    pub code: &'static str,
    pub message: String,
    pub at: Option<Location>,
    /// What the caret under the location says.
    pub label: String,
    /// Sentences shown after the snippet: what to do about it.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity, code, message: message.into(), at: None, label: String::new(), notes: Vec::new() }
    }

    pub fn at(mut self, location: Location, label: impl Into<String>) -> Diagnostic {
        self.at = Some(location);
        self.label = label.into();
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
