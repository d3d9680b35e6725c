//! Check: every file is UTF-8. A file that is not is read all the same, its bad bytes
//! replaced by U+FFFD, so that the other files (and the rest of this one) are still checked;
//! this says which file and which byte, where a plain read would only fail.

use super::Input;
use super::diagnostic::{Code, Diagnostic, Location};

/// A byte-order mark, which some editors put at the start of a UTF-8 file.
const BOM: &[u8] = "\u{FEFF}".as_bytes();

/// The text of `bytes` without a leading byte-order mark, and the offset in that text of the
/// first byte that is not UTF-8, if one is not. The mark says nothing in UTF-8, and the Fluent
/// parser read it as a character out of place: "Expected one of \"a-zA-Z\"" at 1:1.
pub fn decode(mut bytes: Vec<u8>) -> (String, Option<usize>) {
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            (String::from_utf8_lossy(error.as_bytes()).into_owned(), Some(at))
        }
    }
}

pub fn check(input: &Input, diagnostics: &mut Vec<Diagnostic>) {
    for (file, source) in input.files.iter().enumerate() {
        let Some(at) = source.not_utf8_at else {
            continue;
        };
        // The text is the same as the file up to `at`, where U+FFFD stands for the bad byte.
        let span = at..(at + char::REPLACEMENT_CHARACTER.len_utf8()).min(source.text.len());
        diagnostics.push(
            Diagnostic::error(Code::Encoding, format!("{} is not UTF-8: its byte {at} (from 0) is not valid", source.path))
                .at(Location { file, span }, "not UTF-8")
                .note("save the file as UTF-8 (editors offer it under \"Save as\" or \"Encoding\"); check the characters around this one"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_bad_byte_is_found_and_the_rest_kept() {
        assert_eq!(decode(b"caf\xc3\xa9".to_vec()), ("café".to_string(), None));
        let (text, at) = decode(b"a = 1\nb = \"\xff\xfe\"\n".to_vec());
        assert_eq!(at, Some(11));
        assert_eq!(text, "a = 1\nb = \"\u{FFFD}\u{FFFD}\"\n");
    }

    #[test]
    fn a_leading_byte_order_mark_is_dropped_and_only_that_one() {
        assert_eq!(decode(b"\xef\xbb\xbfkey = text\n".to_vec()), ("key = text\n".to_string(), None));
        assert_eq!(decode(b"\xef\xbb\xbf".to_vec()), (String::new(), None));
        assert_eq!(decode(b"a\xef\xbb\xbf".to_vec()), ("a\u{FEFF}".to_string(), None));
        assert_eq!(decode(b"\xef\xbb\xbfa\xff".to_vec()), ("a\u{FFFD}".to_string(), Some(1)));
    }
}
