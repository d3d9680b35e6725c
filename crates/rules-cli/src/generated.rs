//! Text generated from the rules or the engine into a file between two markers (the table of
//! rights in `docs/rights.md`, the list of diagnostic codes in `rules/README.md`), so that it
//! cannot drift from its source.
//! `--write` replaces it; `--check` fails if the file holds another version. Reads and
//! writes only the file it is given.

use std::path::Path;
use std::process::ExitCode;

/// One generated part of a file.
pub struct Generated<'a> {
    /// What it is, for messages: "table of rights".
    pub what: &'a str,
    /// The command that writes it, for messages: "table".
    pub command: &'a str,
    pub start: &'a str,
    pub end: &'a str,
    pub content: String,
}

impl Generated<'_> {
    /// Prints it, or writes it into `write`, or checks that `check` holds it.
    pub fn run(&self, write: Option<&Path>, check: Option<&Path>) -> Result<ExitCode, String> {
        let Some(path) = write.or(check) else {
            print!("{}", self.content);
            return Ok(ExitCode::SUCCESS);
        };
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let updated = self.replaced(&text).ok_or_else(|| {
            format!(
                "{} has no markers for the {}; add the lines\n{}\n{}",
                path.display(),
                self.what,
                self.start,
                self.end
            )
        })?;
        if check.is_some() {
            if updated == text {
                println!("{} has the current {}", path.display(), self.what);
                return Ok(ExitCode::SUCCESS);
            }
            eprintln!(
                "{} has an outdated {}: run `huquq-rules {} --write {}`",
                path.display(),
                self.what,
                self.command,
                path.display()
            );
            return Ok(ExitCode::FAILURE);
        }
        std::fs::write(path, updated).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote the {} into {}", self.what, path.display());
        Ok(ExitCode::SUCCESS)
    }

    /// `text` with what lies between the markers replaced, if it has both in order.
    fn replaced(&self, text: &str) -> Option<String> {
        let start = text.find(self.start)?;
        let end = start + text[start..].find(self.end)?;
        Some(format!("{}{}\n{}{}", &text[..start], self.start, self.content, &text[end..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_lies_between_the_markers_is_replaced() {
        let generated = Generated {
            what: "list",
            command: "list",
            start: "<!-- a -->",
            end: "<!-- b -->",
            content: "new\n".into(),
        };
        assert_eq!(
            generated.replaced("x\n<!-- a -->\nold\n<!-- b -->\ny").as_deref(),
            Some("x\n<!-- a -->\nnew\n<!-- b -->\ny")
        );
        assert_eq!(generated.replaced("<!-- b --> <!-- a -->"), None);
        assert_eq!(generated.replaced("no markers"), None);
    }
}
