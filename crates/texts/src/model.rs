//! The compiled texts: what the compiler writes and the runtime reads, and their bytes. Plain
//! data with no behaviour beyond (de)serialising; it must stay readable by an old runtime only
//! through [`FORMAT`], never by guessing.
//!
//! # Layout
//!
//! A part is [postcard](https://docs.rs/postcard) (varints, strings as length + UTF-8) of:
//!
//! ```text
//! Part     = format: u8 (= FORMAT, always the first byte)
//!            language: string          e.g. "ar"
//!            catalogue: u32            fingerprint of the shared id list
//!            messages: [(id index: u32, Pattern)], by increasing index
//! Pattern  = [Piece]
//! Piece    = 0 Text(string)            literal text, isolation marks included
//!          | 1 Variable(string)        `{ $name }`
//!          | 2 Select(Select)          `{ $name -> ... }`
//! Select   = variable: string, variants: [Variant], default: u32 (index into variants)
//! Variant  = key: Key, value: Pattern
//! Key      = 0 Category(u8: zero one two few many other) | 1 Name(string) | 2 Number(i64)
//! ```
//!
//! Message and term references are inlined by the compiler, and the Unicode isolation marks
//! fluent-bundle writes around placeables (U+2068 … U+2069) are already in the text.

use crate::plural::Category;
use serde::{Deserialize, Serialize};

/// The version of the layout above; a part of another version is refused, not misread.
pub const FORMAT: u8 = 1;

/// The compiled messages of one language for some of the ids of a catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Part {
    format: u8,
    /// The language code, e.g. `fr`.
    pub language: String,
    /// [`catalogue`] of the id list the indices below point into.
    pub catalogue: u32,
    /// `(index of the id in the sorted id list, its text)`, by increasing index.
    pub messages: Vec<(u32, Pattern)>,
}

/// One message's value or one attribute, ready to format.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Pattern(pub Vec<Piece>);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Piece {
    /// Text written as it is.
    Text(String),
    /// The value of an argument; `{$name}` when the caller did not give it.
    Variable(String),
    /// One of several texts, chosen by an argument.
    Select(Select),
}

/// `{ $variable -> [key] text ... *[default] text }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Select {
    pub variable: String,
    /// In the order of the file: the first that matches is chosen.
    pub variants: Vec<Variant>,
    /// The variant marked `*`, chosen when none matches or the argument is missing.
    pub default: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    pub key: Key,
    pub value: Pattern,
}

/// The key of a variant, `[one]`, `[masculine]` or `[0]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Key {
    /// A plural category: matches a number of that category, or the same text.
    Category(Category),
    /// Any other name: matches the same text only.
    Name(String),
    /// An integer: matches the same number only.
    Number(i64),
}

/// Why a part cannot be read or added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartError {
    /// The bytes are not a part of this format (truncated or corrupt).
    Unreadable,
    /// A part written in another [`FORMAT`], e.g. from an older deployment in a cache.
    Format { found: u8 },
    /// A part of another language than the texts it is added to.
    Language { expected: String, found: String },
    /// A part compiled against another id list than the parts already added: its indices
    /// would name other messages.
    Catalogue { expected: u32, found: u32 },
}

impl std::fmt::Display for PartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PartError::Unreadable => f.write_str("the texts file cannot be read"),
            PartError::Format { found } => write!(f, "the texts file has format {found}, this runtime reads {FORMAT}"),
            PartError::Language { expected, found } => write!(f, "texts in `{found}` cannot be added to `{expected}`"),
            PartError::Catalogue { expected, found } => {
                write!(f, "texts from catalogue {found:08x} cannot be added to catalogue {expected:08x}")
            }
        }
    }
}

impl std::error::Error for PartError {}

impl Part {
    pub fn new(language: &str, catalogue: u32, messages: Vec<(u32, Pattern)>) -> Part {
        Part { format: FORMAT, language: language.to_string(), catalogue, messages }
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>, PartError> {
        postcard::to_allocvec(self).map_err(|_| PartError::Unreadable)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Part, PartError> {
        match bytes.first() {
            Some(&FORMAT) => postcard::from_bytes(bytes).map_err(|_| PartError::Unreadable),
            Some(&found) => Err(PartError::Format { found }),
            None => Err(PartError::Unreadable),
        }
    }
}

/// The fingerprint of a sorted id list (FNV-1a of the ids, one per line), stored in every part
/// so that parts compiled against different lists are never mixed.
pub fn catalogue(ids: &[String]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in ids.iter().flat_map(|id| id.bytes().chain([b'\n'])) {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Part {
        let select = Select {
            variable: "count".into(),
            variants: vec![
                Variant { key: Key::Number(0), value: Pattern(vec![Piece::Text("none".into())]) },
                Variant { key: Key::Category(Category::One), value: Pattern(vec![Piece::Text("one".into())]) },
                Variant { key: Key::Name("other".into()), value: Pattern(vec![Piece::Variable("count".into())]) },
            ],
            default: 2,
        };
        Part::new("en", 7, vec![(3, Pattern(vec![Piece::Text("Hi ".into()), Piece::Select(select)]))])
    }

    #[test]
    fn a_part_reads_back_as_written() {
        let part = sample();
        let bytes = part.to_bytes().unwrap();
        assert_eq!(bytes[0], FORMAT);
        assert_eq!(Part::from_bytes(&bytes), Ok(part));
    }

    #[test]
    fn other_formats_and_broken_files_are_refused() {
        let mut bytes = sample().to_bytes().unwrap();
        assert_eq!(Part::from_bytes(&bytes[..bytes.len() - 1]), Err(PartError::Unreadable));
        assert_eq!(Part::from_bytes(&[]), Err(PartError::Unreadable));
        bytes[0] = FORMAT + 1;
        assert_eq!(Part::from_bytes(&bytes), Err(PartError::Format { found: FORMAT + 1 }));
    }

    #[test]
    fn the_catalogue_changes_with_any_id() {
        let ids = |list: &[&str]| list.iter().map(|id| id.to_string()).collect::<Vec<_>>();
        let a = catalogue(&ids(&["a", "b"]));
        assert_eq!(a, catalogue(&ids(&["a", "b"])));
        assert_ne!(a, catalogue(&ids(&["a", "c"])));
        assert_ne!(a, catalogue(&ids(&["ab"])));
    }
}
