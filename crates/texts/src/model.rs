//! The compiled texts: what the compiler writes and the runtime reads, and their bytes. Plain
//! data with no behaviour beyond reading and writing bytes; it must stay readable by an old
//! runtime only through [`FORMAT`], never by guessing.
//!
//! # Layout
//!
//! A part is, in huquq-wire's encoding (varints, strings as length + UTF-8, `[T]` a count and
//! the items):
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
use huquq_wire::{Reader, Wire, Writer};

/// The version of the layout above; a part of another version is refused, not misread.
/// Version 1 was first written with postcard; huquq-wire writes the very same bytes
/// (`the_layout_is_the_documented_one` pins them), so parts cached before still read.
pub const FORMAT: u8 = 1;

/// The compiled messages of one language for some of the ids of a catalogue.
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pattern(pub Vec<Piece>);

#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// Text written as it is.
    Text(String),
    /// The value of an argument; `{$name}` when the caller did not give it.
    Variable(String),
    /// One of several texts, chosen by an argument.
    Select(Select),
}

/// `{ $variable -> [key] text ... *[default] text }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    pub variable: String,
    /// In the order of the file: the first that matches is chosen.
    pub variants: Vec<Variant>,
    /// The variant marked `*`, chosen when none matches or the argument is missing.
    pub default: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub key: Key,
    pub value: Pattern,
}

/// The key of a variant, `[one]`, `[masculine]` or `[0]`.
#[derive(Clone, Debug, PartialEq)]
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

    /// Never fails; the `Result` is kept for the callers written when it could.
    pub fn to_bytes(&self) -> Result<Vec<u8>, PartError> {
        Ok(huquq_wire::to_bytes(self))
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Part, PartError> {
        match bytes.first() {
            Some(&FORMAT) => huquq_wire::from_bytes(bytes).map_err(|_| PartError::Unreadable),
            Some(&found) => Err(PartError::Format { found }),
            None => Err(PartError::Unreadable),
        }
    }
}

impl Wire for Part {
    fn write(&self, w: &mut Writer) {
        w.byte(self.format);
        w.write(&self.language);
        w.write(&self.catalogue);
        w.write(&self.messages);
    }
    fn read(r: &mut Reader<'_>) -> Option<Part> {
        let format = r.byte().filter(|&format| format == FORMAT)?;
        Some(Part { format, language: r.read()?, catalogue: r.read()?, messages: r.read()? })
    }
}

impl Wire for Pattern {
    fn write(&self, w: &mut Writer) {
        w.seq(&self.0);
    }
    fn read(r: &mut Reader<'_>) -> Option<Pattern> {
        r.seq().map(Pattern)
    }
}

impl Wire for Piece {
    fn write(&self, w: &mut Writer) {
        match self {
            Piece::Text(text) => {
                w.byte(0);
                w.write(text);
            }
            Piece::Variable(name) => {
                w.byte(1);
                w.write(name);
            }
            Piece::Select(select) => {
                w.byte(2);
                w.write(select);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<Piece> {
        Some(match r.byte()? {
            0 => Piece::Text(r.read()?),
            1 => Piece::Variable(r.read()?),
            2 => Piece::Select(r.read()?),
            _ => return None,
        })
    }
}

impl Wire for Select {
    fn write(&self, w: &mut Writer) {
        w.write(&self.variable);
        w.write(&self.variants);
        w.write(&self.default);
    }
    fn read(r: &mut Reader<'_>) -> Option<Select> {
        Some(Select { variable: r.read()?, variants: r.read()?, default: r.read()? })
    }
}

impl Wire for Variant {
    fn write(&self, w: &mut Writer) {
        w.write(&self.key);
        w.write(&self.value);
    }
    fn read(r: &mut Reader<'_>) -> Option<Variant> {
        Some(Variant { key: r.read()?, value: r.read()? })
    }
}

impl Wire for Key {
    fn write(&self, w: &mut Writer) {
        match self {
            Key::Category(category) => {
                w.byte(0);
                w.write(category);
            }
            Key::Name(name) => {
                w.byte(1);
                w.write(name);
            }
            Key::Number(n) => {
                w.byte(2);
                w.write(n);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<Key> {
        Some(match r.byte()? {
            0 => Key::Category(r.read()?),
            1 => Key::Name(r.read()?),
            2 => Key::Number(r.read()?),
            _ => return None,
        })
    }
}

impl Wire for Category {
    fn write(&self, w: &mut Writer) {
        w.byte(*self as u8);
    }
    fn read(r: &mut Reader<'_>) -> Option<Category> {
        Category::ALL.get(usize::from(r.byte()?)).copied()
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

    /// The bytes of the layout documented above: a change here needs a new [`FORMAT`].
    #[test]
    fn the_layout_is_the_documented_one() {
        let select = Select {
            variable: "n".into(),
            variants: vec![
                Variant { key: Key::Category(Category::Few), value: Pattern(vec![]) },
                Variant { key: Key::Name("x".into()), value: Pattern(vec![Piece::Variable("n".into())]) },
                Variant { key: Key::Number(-2), value: Pattern(vec![]) },
            ],
            default: 1,
        };
        let part = Part::new("ar", 0x1234, vec![(300, Pattern(vec![Piece::Text("é".into()), Piece::Select(select)]))]);
        #[rustfmt::skip]
        let expected = [
            FORMAT, 2, b'a', b'r', 0xb4, 0x24, // format, language, catalogue
            1, 0xac, 0x02, 2, // one message, index 300, two pieces
            0, 2, 0xc3, 0xa9, // text
            2, 1, b'n', 3, // select on `n`, three variants
            0, 3, 0, // [few], empty
            1, 1, b'x', 1, 1, 1, b'n', // [x], `{ $n }`
            2, 3, 0, // [-2], empty
            1, // default
        ];
        assert_eq!(part.to_bytes().unwrap(), expected);
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
