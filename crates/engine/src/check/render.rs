//! Renders diagnostics like rustc does: the message, `--> file:line:column`, the line itself
//! with a caret under the mistake (and dashes under the other places it points at), then
//! what to do. No colour, so the output can be compared in tests and read in any terminal or
//! CI log. A long line is shown cut around the caret: a 2 MB line was printed whole, twice.

use super::Input;
use super::diagnostic::{Diagnostic, Severity};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::{Error, Files, line_starts};
use codespan_reporting::term::{self, Config};
use std::borrow::Cow;
use std::ops::Range;

/// How many characters of a longer line are shown, around the place pointed at.
const SHOWN: usize = 120;
/// Where a shown line is cut.
const CUT: &str = "…";

pub fn render(input: &Input, diagnostics: &[Diagnostic]) -> String {
    let sources: Vec<Source> = input.files.iter().map(|f| Source::new(&f.path, &f.text)).collect();
    let config = Config::default();
    let mut out = String::new();
    for diagnostic in diagnostics {
        let view = View::new(&sources, diagnostic);
        let mut report = match diagnostic.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_code(diagnostic.code.name())
        .with_message(&diagnostic.message)
        .with_notes(diagnostic.notes.clone());
        let primary = diagnostic
            .at
            .iter()
            .map(|at| Label::primary(at.file, view.shown(at.file, &at.span)).with_message(&diagnostic.label));
        let secondary = diagnostic
            .also
            .iter()
            .map(|l| Label::secondary(l.at.file, view.shown(l.at.file, &l.at.span)).with_message(&l.message));
        report = report.with_labels(primary.chain(secondary).collect());
        match term::emit_into_string(&config, &view, &report) {
            Ok(text) => out.push_str(&text),
            // A location outside its file is a bug in the checker; still say what is wrong.
            Err(_) => out.push_str(&format!("{:?}: {}\n", diagnostic.severity, diagnostic.message)),
        }
    }
    out
}

/// A checked file with where its lines start, found once for all its diagnostics.
struct Source<'a> {
    path: &'a str,
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Source<'a> {
    fn new(path: &'a str, text: &'a str) -> Source<'a> {
        Source { path, text, starts: line_starts(text).collect() }
    }

    /// The line holding byte `at` (0-based).
    fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// Line `line` without its end of line.
    fn line(&self, line: usize) -> Range<usize> {
        let start = self.starts[line];
        let end = self.starts.get(line + 1).map_or(self.text.len(), |&s| s - 1);
        let end = if self.text[start..end].ends_with('\r') { end - 1 } else { end };
        start..end
    }
}

/// The files as one diagnostic shows them: each as it is, but for a file where the diagnostic
/// points at a line longer than [`SHOWN`] characters, which gets every such line cut.
struct View<'a> {
    files: Vec<Shown<'a>>,
}

/// A file as shown, and how its bytes map to the file's own.
struct Shown<'a> {
    source: &'a Source<'a>,
    text: Cow<'a, str>,
    starts: Cow<'a, [usize]>,
    /// The pieces of the file kept in `text`, in order: (start in the file, start in `text`,
    /// length). Empty when nothing is cut.
    kept: Vec<(usize, usize, usize)>,
}

impl<'a> View<'a> {
    fn new(sources: &'a [Source<'a>], diagnostic: &Diagnostic) -> View<'a> {
        let places: Vec<_> = diagnostic.at.iter().chain(diagnostic.also.iter().map(|l| &l.at)).collect();
        let files = sources
            .iter()
            .enumerate()
            .map(|(file, source)| {
                let spans: Vec<&Range<usize>> = places.iter().filter(|p| p.file == file).map(|p| &p.span).collect();
                let long = spans.iter().any(|span| {
                    let lines = source.line_of(span.start)..=source.line_of(span.end);
                    lines.into_iter().any(|line| source.line(line).len() > SHOWN)
                });
                if !long {
                    return Shown::whole(source);
                }
                let caret = diagnostic.at.as_ref().filter(|at| at.file == file).map(|at| at.span.start);
                Shown::cut(source, caret, &spans)
            })
            .collect();
        View { files }
    }

    /// Where `span` of file `file` is in what is shown.
    fn shown(&self, file: usize, span: &Range<usize>) -> Range<usize> {
        match self.files.get(file) {
            Some(shown) => shown.to_shown(span.start)..shown.to_shown(span.end),
            None => span.clone(),
        }
    }

    fn file(&self, file: usize) -> Result<&Shown<'a>, Error> {
        self.files.get(file).ok_or(Error::FileMissing)
    }
}

impl<'a> Shown<'a> {
    fn whole(source: &'a Source<'a>) -> Shown<'a> {
        Shown { source, text: Cow::Borrowed(source.text), starts: Cow::Borrowed(&source.starts), kept: Vec::new() }
    }

    /// Every line longer than [`SHOWN`] characters cut to [`SHOWN`] around the first place on
    /// it of: the `caret`, the earliest start of `spans`, their earliest end. So the place that
    /// `--> file:line:column` names is always shown.
    fn cut(source: &'a Source<'a>, caret: Option<usize>, spans: &[&Range<usize>]) -> Shown<'a> {
        let mut starts: Vec<usize> = spans.iter().map(|s| s.start).collect();
        starts.sort_unstable();
        let mut ends: Vec<usize> = spans.iter().map(|s| s.end).collect();
        ends.sort_unstable();
        let places: Vec<usize> = caret.into_iter().chain(starts).chain(ends).collect();
        let mut shown =
            Shown { source, text: Cow::Owned(String::new()), starts: Cow::Owned(Vec::new()), kept: Vec::new() };
        for line in 0..source.starts.len() {
            let whole = source.line(line);
            let end = source.starts.get(line + 1).copied().unwrap_or(source.text.len());
            shown.starts.to_mut().push(shown.text.len());
            let content = &source.text[whole.clone()];
            let length = content.chars().count();
            if length <= SHOWN {
                shown.keep(whole.start..end);
                continue;
            }
            let place = places.iter().find(|&&p| whole.contains(&p) || p == whole.end).map_or(whole.start, |&p| p);
            let column = source.text.get(whole.start..place).map_or(0, |before| before.chars().count());
            let first = column.saturating_sub(SHOWN / 2).min(length - SHOWN);
            let byte = |n: usize| whole.start + content.char_indices().nth(n).map_or(content.len(), |(i, _)| i);
            let window = byte(first)..byte(first + SHOWN);
            if window.start > whole.start {
                shown.text.to_mut().push_str(CUT);
            }
            shown.keep(window.clone());
            if window.end < whole.end {
                shown.text.to_mut().push_str(CUT);
            }
            shown.keep(whole.end..end);
        }
        shown
    }

    /// Shows `range` of the file next.
    fn keep(&mut self, range: Range<usize>) {
        let at = self.text.len();
        self.text.to_mut().push_str(&self.source.text[range.clone()]);
        match self.kept.last_mut() {
            Some((from, to, length)) if *from + *length == range.start && *to + *length == at => *length += range.len(),
            _ => self.kept.push((range.start, at, range.len())),
        }
    }

    /// Where byte `at` of the file is shown; a byte cut out is where its `…` is.
    fn to_shown(&self, at: usize) -> usize {
        if self.kept.is_empty() {
            return at;
        }
        let piece = self.kept.partition_point(|&(from, _, _)| from <= at).checked_sub(1).map(|i| self.kept[i]);
        piece.map_or(0, |(from, to, length)| to + (at - from).min(length))
    }

    /// The byte of the file shown at `at`.
    fn to_file(&self, at: usize) -> usize {
        if self.kept.is_empty() {
            return at;
        }
        let piece = self.kept.partition_point(|&(_, to, _)| to <= at).checked_sub(1).map(|i| self.kept[i]);
        piece.map_or(0, |(from, to, length)| from + (at - to).min(length))
    }
}

impl<'a> Files<'a> for View<'_> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, file: usize) -> Result<&'a str, Error> {
        Ok(self.file(file)?.source.path)
    }

    fn source(&'a self, file: usize) -> Result<&'a str, Error> {
        Ok(self.file(file)?.text.as_ref())
    }

    fn line_index(&'a self, file: usize, byte: usize) -> Result<usize, Error> {
        Ok(self.file(file)?.starts.partition_point(|&s| s <= byte).saturating_sub(1))
    }

    fn line_range(&'a self, file: usize, line: usize) -> Result<Range<usize>, Error> {
        let shown = self.file(file)?;
        let bound = |line: usize| match line.cmp(&shown.starts.len()) {
            std::cmp::Ordering::Less => Ok(shown.starts[line]),
            std::cmp::Ordering::Equal => Ok(shown.text.len()),
            std::cmp::Ordering::Greater => Err(Error::LineTooLarge { given: line, max: shown.starts.len() - 1 }),
        };
        Ok(bound(line)?..bound(line + 1)?)
    }

    /// The column in the file, not in the cut line shown.
    fn column_number(&'a self, file: usize, _line: usize, byte: usize) -> Result<usize, Error> {
        let shown = self.file(file)?;
        let at = shown.to_file(byte);
        let start = shown.source.starts[shown.source.line_of(at)];
        Ok(shown.source.text.get(start..at).map_or(0, |before| before.chars().count()) + 1)
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Code, File, FileKind, Location};
    use crate::date::Date;

    fn input(text: String) -> Input {
        let file = File { path: "rules/main.toml".into(), text, kind: FileKind::Rules, not_utf8_at: None };
        Input { files: vec![file], today: Date::from_days(0) }
    }

    #[test]
    fn the_short_form_gives_the_column_in_characters() {
        // One line per diagnostic, as `build.rs` prints them among cargo's warnings.
        let text = "a = 1\nb = \"\u{e9}\u{FFFD}x\"\n".to_string();
        let at = text.find('x').unwrap();
        let input = input(text);
        let diagnostic = Diagnostic::error(Code::Syntax, "bad").at(Location { file: 0, span: at..at + 1 }, "here");
        assert_eq!(short(&input, &diagnostic), "rules/main.toml:2:8: error[syntax]: bad");
    }

    /// The rendered line of the file and the caret line under it.
    fn shown_and_caret(out: &str) -> (&str, &str) {
        let mut lines = out.lines().skip_while(|l| !l.starts_with("2 │"));
        (lines.next().unwrap_or_default(), lines.next().unwrap_or_default())
    }

    fn column_of(line: &str, what: &str) -> usize {
        line[..line.find(what).unwrap()].chars().count()
    }

    #[test]
    fn a_long_line_is_cut_around_the_caret_on_characters_and_keeps_its_column() {
        let text = format!("a = 1\nb = \"{}BAD{}\"\nc = 2\n", "é".repeat(1_000_000), "à".repeat(1_000_000));
        let at = text.find("BAD").unwrap();
        let input = input(text);
        let diagnostic = Diagnostic::error(Code::Syntax, "bad").at(Location { file: 0, span: at..at + 3 }, "here");
        let out = render(&input, &[diagnostic]);
        assert!(out.len() < 1_000, "{} bytes", out.len());
        assert!(out.contains("┌─ rules/main.toml:2:1000006"), "{out}");
        let (shown, caret) = shown_and_caret(&out);
        assert_eq!(shown, format!("2 │ …{}BAD{}…", "é".repeat(60), "à".repeat(57)));
        assert_eq!(column_of(caret, "^^^ here"), column_of(shown, "BAD"), "\n{shown}\n{caret}");
    }

    #[test]
    fn a_long_line_is_cut_on_one_side_when_the_caret_is_near_an_end_and_short_lines_are_whole() {
        let long = "x".repeat(300);
        let text = format!("a = 1\nb = \"{long}\" # z\r\n");
        let input = input(text.clone());
        let end = text.find('#').unwrap();
        let diagnostics = [
            Diagnostic::error(Code::Syntax, "start").at(Location { file: 0, span: 6..7 }, "here"),
            Diagnostic::error(Code::Syntax, "end").at(Location { file: 0, span: end..end + 1 }, "here"),
            Diagnostic::error(Code::Syntax, "short").at(Location { file: 0, span: 0..1 }, "here"),
        ];
        let out = render(&input, &diagnostics);
        let (shown, caret) = shown_and_caret(&out);
        assert_eq!(shown, format!("2 │ b = \"{}…", "x".repeat(115)));
        assert_eq!(column_of(caret, "^ here"), column_of(shown, "b"));
        let (shown, caret) = shown_and_caret(&out[out.find("error[syntax]: end").unwrap()..]);
        assert_eq!(shown, format!("2 │ …{}\" # z", "x".repeat(115)));
        assert_eq!(column_of(caret, "^ here"), column_of(shown, "#"));
        assert!(out.contains("rules/main.toml:2:308"), "{out}");
        assert!(out.contains("1 │ a = 1\n"), "{out}");
    }
}
