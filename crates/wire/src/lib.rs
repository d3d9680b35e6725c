//! The small binary format of the compiled rules and texts: `build.rs` writes them, the browser
//! reads them. Written by hand, with no dependencies and no `unsafe`, so that the download
//! carries plain reading functions instead of serde's generic visitors.
//!
//! Reading never panics and never allocates for what the input does not hold: anything malformed
//! (cut short, a count larger than the bytes left, an unknown tag, values nested deeper than
//! [`MAX_DEPTH`], bytes left over) is `None`. It checks the form, not the meaning: indices inside
//! the values are the caller's to check. It must not grow into a general serialisation library.
//!
//! # Encoding
//!
//! ```text
//! u8, enum tag      one byte
//! u16, u32, u64     varint (LEB128): 7 bits a byte, low bits first, high bit set on all but the last
//! i32, i64          zigzag (0, -1, 1, -2 … as 0, 1, 2, 3 …), then varint
//! bool              one byte, 0 or 1
//! String            its length in bytes (varint), then UTF-8
//! Vec<T>            its number of items (varint), then the items
//! Option<T>         0, or 1 and the value
//! Box<T>            the value
//! (A, B)            A, then B
//! struct            its fields in order
//! enum              its tag (one byte), then the variant's fields in order
//! ```
//!
//! The [`wire!`] macro implements [`Wire`] for a struct or an enum from one list of its fields
//! and tags, so that the two directions cannot disagree.
//!
//! For these types this is also postcard's encoding, which wrote the same files before.

use std::fmt;

/// The deepest nesting of `Vec` and `Box` a [`Reader`] accepts. A recursive type always goes
/// through one of them, so this bounds the reader's recursion (the rules checker refuses
/// conditions nested more than 32 levels).
pub const MAX_DEPTH: u32 = 64;

/// A value that writes itself as bytes and reads itself back.
///
/// `write` must write one byte at least: a reader refuses a count of items larger than the
/// bytes left, so that a forged count is refused at once rather than read item by item.
pub trait Wire: Sized {
    /// The type's line of a layout document, for types implemented with [`wire!`]: its name,
    /// then its fields, or its variants with their tags. Empty for the types of this crate.
    const LAYOUT: &'static str = "";

    fn write(&self, w: &mut Writer);
    /// The value at the reader's position, or `None` if the bytes there are not one.
    fn read(r: &mut Reader<'_>) -> Option<Self>;
}

/// Implements [`Wire`] for a struct or an enum from one list of its fields, so that writing,
/// reading and the layout line ([`Wire::LAYOUT`]) cannot disagree.
///
/// A struct is written as its fields in the order listed. An enum is written as the tag of its
/// variant (one byte, given once in the list) and then the variant's fields; reading an unknown
/// tag is `None`. The fields of a tuple variant are named for the layout: `Dot(at: Point)`.
/// Each field's type is checked against the type's own: listing another type does not compile.
///
/// ```
/// use huquq_wire::{Wire, from_bytes, to_bytes, wire};
///
/// #[derive(Debug, PartialEq)]
/// struct Point { x: i32, y: i32 }
///
/// #[derive(Debug, PartialEq)]
/// enum Shape { Empty, Dot(Point), Line { from: Point, to: Point } }
///
/// wire! { struct Point { x: i32, y: i32 } }
/// wire! { enum Shape { 0 Empty, 1 Dot(at: Point), 2 Line { from: Point, to: Point } } }
///
/// assert_eq!(to_bytes(&Shape::Dot(Point { x: 1, y: -1 })), [1, 2, 1]);
/// assert_eq!(from_bytes(&[0]), Ok(Shape::Empty));
/// assert!(from_bytes::<Shape>(&[3]).is_err());
/// assert_eq!(Point::LAYOUT, "Point x: i32 y: i32");
/// assert_eq!(Shape::LAYOUT, "Shape 0 Empty 1 Dot at: Point 2 Line from: Point to: Point");
/// ```
#[macro_export]
macro_rules! wire {
    (struct $name:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        impl $crate::Wire for $name {
            const LAYOUT: &'static str =
                concat!(stringify!($name) $(, " ", stringify!($field), ": ", stringify!($ty))*);

            fn write(&self, w: &mut $crate::Writer) {
                $(w.write::<$ty>(&self.$field);)*
            }

            fn read(r: &mut $crate::Reader<'_>) -> Option<$name> {
                Some($name { $($field: r.read::<$ty>()?),* })
            }
        }
    };
    // Each variant is a tag, a name, then its fields: none, `(name: Type, …)` or `{ name: Type, … }`.
    (enum $name:ident { $(
        $tag:literal $variant:ident
        $(($($item:ident: $item_ty:ty),*))?
        $({ $($field:ident: $field_ty:ty),* })?
    ),* $(,)? }) => {
        impl $crate::Wire for $name {
            const LAYOUT: &'static str = concat!(stringify!($name) $(
                , " ", $tag, " ", stringify!($variant)
                $($(, " ", stringify!($item), ": ", stringify!($item_ty))*)?
                $($(, " ", stringify!($field), ": ", stringify!($field_ty))*)?
            )*);

            fn write(&self, w: &mut $crate::Writer) {
                match self {
                    $($name::$variant $(($($item),*))? $({ $($field),* })? => {
                        w.byte($tag);
                        $($(w.write::<$item_ty>($item);)*)?
                        $($(w.write::<$field_ty>($field);)*)?
                    })*
                }
            }

            fn read(r: &mut $crate::Reader<'_>) -> Option<$name> {
                Some(match r.byte()? {
                    $($tag => $name::$variant
                        $(($(r.read::<$item_ty>()?),*))?
                        $({ $($field: r.read::<$field_ty>()?),* })?,)*
                    _ => return None,
                })
            }
        }
    };
}

/// Bytes that are not a value of the expected type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Malformed;

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the bytes are cut short or corrupt")
    }
}

impl std::error::Error for Malformed {}

pub fn to_bytes<T: Wire>(value: &T) -> Vec<u8> {
    let mut w = Writer::default();
    value.write(&mut w);
    w.into_bytes()
}

/// The value that `bytes` hold, all of them: bytes left over are malformed too.
pub fn from_bytes<T: Wire>(bytes: &[u8]) -> Result<T, Malformed> {
    let mut r = Reader::new(bytes);
    match T::read(&mut r) {
        Some(value) if r.is_empty() => Ok(value),
        _ => Err(Malformed),
    }
}

/// Bytes being written.
#[derive(Debug, Default)]
pub struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn byte(&mut self, byte: u8) {
        self.bytes.push(byte);
    }

    pub fn u64(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.byte(n as u8 | 0x80);
            n >>= 7;
        }
        self.byte(n as u8);
    }

    pub fn i64(&mut self, n: i64) {
        self.u64(((n << 1) ^ (n >> 63)) as u64);
    }

    pub fn bool(&mut self, b: bool) {
        self.byte(u8::from(b));
    }

    pub fn str(&mut self, text: &str) {
        self.u64(text.len() as u64);
        self.bytes.extend_from_slice(text.as_bytes());
    }

    /// The number of items, then each item.
    pub fn seq<T: Wire>(&mut self, items: &[T]) {
        self.u64(items.len() as u64);
        items.iter().for_each(|item| item.write(self));
    }

    pub fn write<T: Wire>(&mut self, value: &T) {
        value.write(self);
    }
}

/// Bytes being read, front to back.
#[derive(Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    /// How many `Vec` and `Box` the value being read is inside.
    depth: u32,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, depth: 0 }
    }

    /// Whether every byte has been read.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(first)
    }

    /// A varint of ten bytes at most whose value fits 64 bits.
    pub fn u64(&mut self) -> Option<u64> {
        let mut n = 0;
        let mut shift = 0;
        loop {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            if shift == 63 && bits > 1 {
                return None;
            }
            n |= bits << shift;
            if byte < 0x80 {
                return Some(n);
            }
            shift += 7;
            if shift > 63 {
                return None;
            }
        }
    }

    pub fn i64(&mut self) -> Option<i64> {
        let n = self.u64()?;
        Some((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    pub fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    pub fn str(&mut self) -> Option<&'a str> {
        let len = self.count()?;
        let (text, rest) = self.bytes.split_at_checked(len)?;
        self.bytes = rest;
        std::str::from_utf8(text).ok()
    }

    /// A number of bytes or items: never more than the bytes left, as every item takes one.
    pub fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.u64()?).ok()?;
        (n <= self.bytes.len()).then_some(n)
    }

    /// A count, then that many items. The items are pushed as they are read, not reserved from
    /// the count, so memory grows only with what the input really holds (and it is smaller code).
    pub fn seq<T: Wire>(&mut self) -> Option<Vec<T>> {
        self.nested(|r| {
            let len = r.count()?;
            let mut items = Vec::new();
            for _ in 0..len {
                items.push(T::read(r)?);
            }
            Some(items)
        })
    }

    pub fn read<T: Wire>(&mut self) -> Option<T> {
        T::read(self)
    }

    /// Reads one level deeper, or refuses past [`MAX_DEPTH`].
    pub fn nested<T>(&mut self, read: impl FnOnce(&mut Reader<'a>) -> Option<T>) -> Option<T> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }
}

impl Wire for u8 {
    fn write(&self, w: &mut Writer) {
        w.byte(*self);
    }
    fn read(r: &mut Reader<'_>) -> Option<u8> {
        r.byte()
    }
}

impl Wire for u16 {
    fn write(&self, w: &mut Writer) {
        w.u64(u64::from(*self));
    }
    fn read(r: &mut Reader<'_>) -> Option<u16> {
        r.u64()?.try_into().ok()
    }
}

impl Wire for u32 {
    fn write(&self, w: &mut Writer) {
        w.u64(u64::from(*self));
    }
    fn read(r: &mut Reader<'_>) -> Option<u32> {
        r.u64()?.try_into().ok()
    }
}

impl Wire for u64 {
    fn write(&self, w: &mut Writer) {
        w.u64(*self);
    }
    fn read(r: &mut Reader<'_>) -> Option<u64> {
        r.u64()
    }
}

impl Wire for i32 {
    fn write(&self, w: &mut Writer) {
        w.i64(i64::from(*self));
    }
    fn read(r: &mut Reader<'_>) -> Option<i32> {
        r.i64()?.try_into().ok()
    }
}

impl Wire for i64 {
    fn write(&self, w: &mut Writer) {
        w.i64(*self);
    }
    fn read(r: &mut Reader<'_>) -> Option<i64> {
        r.i64()
    }
}

impl Wire for bool {
    fn write(&self, w: &mut Writer) {
        w.bool(*self);
    }
    fn read(r: &mut Reader<'_>) -> Option<bool> {
        r.bool()
    }
}

impl Wire for String {
    fn write(&self, w: &mut Writer) {
        w.str(self);
    }
    fn read(r: &mut Reader<'_>) -> Option<String> {
        r.str().map(String::from)
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn write(&self, w: &mut Writer) {
        w.seq(self);
    }
    fn read(r: &mut Reader<'_>) -> Option<Vec<T>> {
        r.seq()
    }
}

impl<T: Wire> Wire for Option<T> {
    fn write(&self, w: &mut Writer) {
        w.bool(self.is_some());
        if let Some(value) = self {
            value.write(w);
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<Option<T>> {
        if r.bool()? { T::read(r).map(Some) } else { Some(None) }
    }
}

impl<T: Wire> Wire for Box<T> {
    fn write(&self, w: &mut Writer) {
        (**self).write(w);
    }
    fn read(r: &mut Reader<'_>) -> Option<Box<T>> {
        r.nested(|r| T::read(r).map(Box::new))
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn write(&self, w: &mut Writer) {
        self.0.write(w);
        self.1.write(w);
    }
    fn read(r: &mut Reader<'_>) -> Option<(A, B)> {
        Some((A::read(r)?, B::read(r)?))
    }
}

#[cfg(test)]
mod tests;
