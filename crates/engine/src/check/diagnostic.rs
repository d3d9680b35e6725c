//! Diagnostics as plain data: what is wrong ([`Code`] and a message), where (a primary
//! location, and secondary ones such as "first declared here"), and what to do. Only
//! `render` turns them into text, so the CLI, `build.rs` and tests share one format.

pub use super::code::Code;
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

/// A place the diagnostic also points at, with what it says there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub at: Location,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    /// Where the mistake is.
    pub at: Option<Location>,
    /// What the caret under `at` says.
    pub label: String,
    /// Other places that explain it, e.g. where a duplicate id was first declared.
    pub also: Vec<Label>,
    /// Sentences shown after the snippet: what to do about it.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message)
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: Code, message: impl Into<String>) -> Diagnostic {
        let message = message.into();
        Diagnostic { severity, code, message, at: None, label: String::new(), also: Vec::new(), notes: Vec::new() }
    }

    pub fn at(mut self, location: Location, label: impl Into<String>) -> Diagnostic {
        self.at = Some(location);
        self.label = label.into();
        self
    }

    /// Points at another place too, with a label saying why it matters.
    pub fn also(mut self, location: Location, label: impl Into<String>) -> Diagnostic {
        self.also.push(Label { at: location, message: label.into() });
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
