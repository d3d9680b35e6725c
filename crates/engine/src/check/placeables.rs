//! Check: placeables (`{ ... }`) and call arguments (`NUMBER(...)`) nest at most
//! [`MAX_DEPTH`] deep in a Fluent file. It runs before fluent-syntax reads the file, because
//! that parser recurses once per level: 10,000 nested `{` overflowed the stack. The scan
//! follows Fluent's grammar just far enough never to count fewer levels than the parser
//! enters; a file it refuses is not parsed at all.
//!
//! Why it never counts fewer: it tells text from expressions as the parser does (in an
//! expression `"..."` is a string whose braces do not count; in text it is a quote). The two
//! could only part after a syntax error, when fluent-syntax starts again at the next line
//! that begins at column 0 with a letter, `-` or `#`; so the scan refuses such a line inside
//! an open placeable, where it cannot know whether the parser goes on or starts again.

use super::diagnostic::{Code, Diagnostic, Location};

/// How deeply placeables and call arguments may nest. Our texts nest 2 deep at most (a
/// `{ $variable }` in a variant of a select expression); 8 leaves room and no danger.
pub const MAX_DEPTH: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// After `{`: an expression.
    Placeable,
    /// After the `(` of a call: its arguments, expressions too.
    Call,
    /// The text of a select expression's variant, after its `[key]`.
    Variant,
}

/// What the scan stops at: the byte offset of a `{` or `(`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refusal {
    /// This opener passes [`MAX_DEPTH`].
    TooDeep(usize),
    /// This opener is still open when a line starts at column 0 as a new entry would.
    Unclosed(usize),
}

/// An error at the place that stops the scan, if the file must not be parsed.
pub fn check(file: usize, text: &str) -> Option<Diagnostic> {
    let refusal = scan(text).err()?;
    let (Refusal::TooDeep(at) | Refusal::Unclosed(at)) = refusal;
    let opener = text.get(at..at + 1).unwrap_or("{");
    let location = Location { file, span: at..at + 1 };
    let diagnostic = match refusal {
        Refusal::TooDeep(_) => {
            Diagnostic::error(Code::LocaleDepth, format!("this `{opener}` nests placeables more than {MAX_DEPTH} deep"))
                .at(location, format!("level {}", MAX_DEPTH + 1))
                .note("texts need two or three levels of `{ }` at most: remove the extra ones")
        }
        Refusal::Unclosed(_) => Diagnostic::error(Code::LocaleSyntax, format!("this `{opener}` is not closed"))
            .at(location, "opens here")
            .note("close it before the next message; lines inside a placeable are indented"),
    };
    Some(diagnostic.note("the rest of this file is not read until this is fixed"))
}

fn scan(text: &str) -> Result<(), Refusal> {
    let bytes = text.as_bytes();
    let mut stack: Vec<(Frame, usize)> = Vec::new();
    let mut at = 0;
    let mut line_start = true;
    while at < bytes.len() {
        if std::mem::take(&mut line_start) {
            at = start_line(bytes, at, &mut stack)?;
            if at >= bytes.len() {
                break;
            }
        }
        let in_expression = matches!(stack.last(), Some((Frame::Placeable | Frame::Call, _)));
        match bytes[at] {
            b'\n' => line_start = true,
            b'{' => open(&mut stack, Frame::Placeable, at)?,
            b'"' if in_expression => {
                at = string_end(bytes, at);
                continue;
            }
            b'(' if in_expression => open(&mut stack, Frame::Call, at)?,
            b')' if in_expression => {
                if let Some((Frame::Call, _)) = stack.last() {
                    stack.pop();
                }
            }
            b']' if in_expression => stack.push((Frame::Variant, at)),
            // Closes the placeable, and in a variant the select expression that holds it.
            b'}' => {
                while let Some((frame, _)) = stack.pop() {
                    if frame == Frame::Placeable {
                        break;
                    }
                }
            }
            _ => {}
        }
        at += 1;
    }
    Ok(())
}

/// Takes in what a line's start says, as the parser would: a variant's text ends at a line
/// that starts at column 0 or with `[`, `*`, `.` or `}`; a comment line outside any
/// placeable is skipped. Returns where scanning goes on.
fn start_line(bytes: &[u8], at: usize, stack: &mut Vec<(Frame, usize)>) -> Result<usize, Refusal> {
    let indent = bytes[at..].iter().take_while(|&&b| b == b' ').count();
    let Some(&first) = bytes.get(at + indent).filter(|&&b| b != b'\n' && b != b'\r') else {
        return Ok(at);
    };
    if let Some((Frame::Variant, _)) = stack.last()
        && (indent == 0 || matches!(first, b'[' | b'*' | b'.' | b'}'))
    {
        stack.pop();
    }
    let entry_start = indent == 0 && (first.is_ascii_alphabetic() || first == b'-' || first == b'#');
    match stack.last() {
        Some(&(_, opener)) if entry_start => Err(Refusal::Unclosed(opener)),
        None if indent == 0 && first == b'#' => {
            Ok(bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |end| at + end))
        }
        _ => Ok(at),
    }
}

fn open(stack: &mut Vec<(Frame, usize)>, frame: Frame, at: usize) -> Result<(), Refusal> {
    let depth = stack.iter().filter(|(f, _)| *f != Frame::Variant).count();
    if depth == MAX_DEPTH {
        return Err(Refusal::TooDeep(at));
    }
    stack.push((frame, at));
    Ok(())
}

/// Just after the string literal that opens at `at`, or at the end of its line if it is
/// not closed there (the parser then stops with an error).
fn string_end(bytes: &[u8], at: usize) -> usize {
    let mut end = at + 1;
    while let Some(&b) = bytes.get(end) {
        match b {
            b'"' => return end + 1,
            b'\n' => return end,
            b'\\' if bytes.get(end + 1).is_some_and(|&next| next != b'\n') => end += 2,
            _ => end += 1,
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_thousand_braces_stop_at_the_one_that_passes_the_limit() {
        let text = format!("ok = fine\ndeep = {}\n", "{".repeat(10_000));
        let first = text.find("{").unwrap();
        assert_eq!(scan(&text), Err(Refusal::TooDeep(first + MAX_DEPTH)));
        let calls = format!("deep = {{ {} }}\n", "F(".repeat(10_000));
        assert_eq!(scan(&calls), Err(Refusal::TooDeep(10 + 2 * (MAX_DEPTH - 1))));
    }

    #[test]
    fn nesting_within_the_limit_is_read() {
        let nested = format!("deep = {}$x{}\n", "{ ".repeat(MAX_DEPTH), " }".repeat(MAX_DEPTH));
        assert_eq!(scan(&nested), Ok(()));
        let select =
            "emails = { $count ->\n    [one] one { $who }\n   *[other] { NUMBER($count) } {\"{\"}\n}\nnext = { $x }\n";
        assert_eq!(scan(select), Ok(()));
        // Braces in strings, comments and closed placeables do not add up.
        let many = "# {{{{{{{{{{\n".to_string() + &"brace = {\"{{{{{{{{{{\"}\n".repeat(100);
        assert_eq!(scan(&many), Ok(()));
    }

    #[test]
    fn a_quote_in_a_variant_is_text_and_its_braces_count() {
        let text = format!("x = {{ $n ->\n   *[other] \"{}\n}}\n", "{".repeat(100));
        assert!(matches!(scan(&text), Err(Refusal::TooDeep(_))));
    }

    #[test]
    fn a_placeable_left_open_before_the_next_message_is_refused_there() {
        let text = "a = { $name\nb = \"{{{{{{{{{{{{\"\n";
        assert_eq!(scan(text), Err(Refusal::Unclosed(4)));
        // Within a variant, and after a string whose closing brace is not a closing brace.
        assert_eq!(scan("a = { $n ->\n *[x] y\nb = z\n"), Err(Refusal::Unclosed(4)));
        assert_eq!(scan("a = { F(\"}\"\nb = z\n"), Err(Refusal::Unclosed(7)));
    }

    #[test]
    fn the_real_locales_pass() {
        let locales =
            std::path::Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
                .join("../../locales");
        for language in std::fs::read_dir(locales).unwrap() {
            for file in std::fs::read_dir(language.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let text = std::fs::read_to_string(&path).unwrap();
                assert_eq!(scan(&text), Ok(()), "{}", path.display());
            }
        }
    }
}
