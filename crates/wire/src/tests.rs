//! Round trips of every kind of value, and malformed input of every kind refused without a panic.

use super::*;

/// A recursive type with tags, as the rules' conditions are.
#[derive(Debug, PartialEq)]
enum Tree {
    Leaf(u16),
    Node(Box<Tree>),
    Branches(Vec<Tree>),
}

wire! { enum Tree { 0 Leaf(n: u16), 1 Node(inner: Box<Tree>), 2 Branches(items: Vec<Tree>) } }

/// A struct listed to `wire!` in another order than it is declared: the list decides the bytes.
#[derive(Debug, PartialEq)]
struct Pair {
    second: String,
    first: u8,
}

wire! { struct Pair { first: u8, second: String } }

fn round_trip<T: Wire + PartialEq + fmt::Debug>(value: T) {
    let bytes = to_bytes(&value);
    assert_eq!(from_bytes::<T>(&bytes), Ok(value), "from {bytes:?}");
}

/// `depth` nodes around a leaf.
fn nested(depth: usize) -> Vec<u8> {
    let mut bytes = vec![1; depth];
    bytes.extend([0, 7]);
    bytes
}

#[test]
fn values_read_back_as_written() {
    for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX - 1, u64::MAX] {
        round_trip(n);
    }
    for n in [0, -1, 1, -64, 64, i64::MIN, i64::MAX] {
        round_trip(n);
    }
    round_trip((u8::MAX, (u16::MAX, (u32::MAX, (i32::MIN, i32::MAX)))));
    round_trip(vec![Some(true), None, Some(false)]);
    round_trip(vec![String::new(), "سارة".to_string(), "Sara".repeat(100)]);
    round_trip(Tree::Branches(vec![Tree::Leaf(3), Tree::Node(Box::new(Tree::Branches(Vec::new())))]));
    round_trip(Pair { second: "b".to_string(), first: 1 });
}

#[test]
fn the_encoding_is_the_documented_one() {
    assert_eq!(to_bytes(&300u64), [0xac, 0x02]);
    assert_eq!(to_bytes(&u64::MAX), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    assert_eq!(to_bytes(&vec![0i64, -1, 1, -2]), [4, 0, 1, 2, 3]);
    assert_eq!(to_bytes(&(Some(true), None::<u8>)), [1, 1, 0]);
    assert_eq!(to_bytes(&"é".to_string()), [2, 0xc3, 0xa9]);
    assert_eq!(to_bytes(&Pair { second: "b".to_string(), first: 1 }), [1, 1, b'b']);
    assert_eq!(to_bytes(&Tree::Branches(vec![Tree::Leaf(300)])), [2, 1, 0, 0xac, 0x02]);
}

#[test]
fn the_layout_line_lists_the_fields_and_tags_in_order() {
    assert_eq!(Pair::LAYOUT, "Pair first: u8 second: String");
    assert_eq!(Tree::LAYOUT, "Tree 0 Leaf n: u16 1 Node inner: Box<Tree> 2 Branches items: Vec<Tree>");
    assert_eq!(u64::LAYOUT, "");
}

#[test]
fn truncated_input_is_refused() {
    let bytes = to_bytes(&vec![(300u32, "text".to_string()), (1, String::new())]);
    for end in 0..bytes.len() {
        assert_eq!(from_bytes::<Vec<(u32, String)>>(&bytes[..end]), Err(Malformed), "cut at {end}");
    }
    assert_eq!(from_bytes::<u64>(&[0x80]), Err(Malformed));
}

#[test]
fn bytes_left_over_are_refused() {
    assert_eq!(from_bytes::<u8>(&[1, 0]), Err(Malformed));
    assert_eq!(from_bytes::<Vec<u8>>(&[0, 0]), Err(Malformed));
}

#[test]
fn a_count_larger_than_the_input_is_refused() {
    let mut huge = Writer::default();
    huge.u64(u64::MAX);
    let huge = huge.into_bytes();
    assert_eq!(from_bytes::<Vec<u64>>(&huge), Err(Malformed));
    assert_eq!(from_bytes::<String>(&huge), Err(Malformed));
    // Three items announced, two bytes follow.
    assert_eq!(from_bytes::<Vec<u8>>(&[3, 1, 2]), Err(Malformed));
    assert_eq!(from_bytes::<String>(&[3, b'a', b'b']), Err(Malformed));
}

#[test]
fn numbers_out_of_range_are_refused() {
    // Eleven bytes, and ten whose last carries bits past the 64th.
    assert_eq!(from_bytes::<u64>(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]), Err(Malformed));
    assert_eq!(from_bytes::<u64>(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]), Err(Malformed));
    assert_eq!(from_bytes::<u16>(&to_bytes(&65_536u32)), Err(Malformed));
    assert_eq!(from_bytes::<u32>(&to_bytes(&(1u64 << 32))), Err(Malformed));
    assert_eq!(from_bytes::<i32>(&to_bytes(&(i64::from(i32::MIN) - 1))), Err(Malformed));
}

#[test]
fn unknown_tags_and_invalid_text_are_refused() {
    assert_eq!(from_bytes::<bool>(&[2]), Err(Malformed));
    assert_eq!(from_bytes::<Option<u8>>(&[2, 0]), Err(Malformed));
    assert_eq!(from_bytes::<Tree>(&[3]), Err(Malformed));
    assert_eq!(from_bytes::<String>(&[2, 0xc3, 0x28]), Err(Malformed));
}

#[test]
fn nesting_is_limited() {
    let depth = MAX_DEPTH as usize;
    assert!(from_bytes::<Tree>(&nested(depth)).is_ok());
    assert_eq!(from_bytes::<Tree>(&nested(depth + 1)), Err(Malformed));
    // Far deeper than the stack would allow without the limit.
    assert_eq!(from_bytes::<Tree>(&nested(1_000_000)), Err(Malformed));
    // Sequences count as a level, as boxes do.
    let lists = |levels: usize| [[2, 1].repeat(levels), vec![0, 7]].concat();
    assert!(from_bytes::<Tree>(&lists(depth)).is_ok());
    assert_eq!(from_bytes::<Tree>(&lists(depth + 1)), Err(Malformed));
    // The depth is given back after each value: many values side by side at the limit.
    let mut siblings = vec![2, 3];
    for _ in 0..3 {
        siblings.extend(nested(depth - 1));
    }
    assert!(from_bytes::<Tree>(&siblings).is_ok());
}

#[test]
fn no_short_input_panics() {
    for first in 0..=255u8 {
        for second in 0..=255u8 {
            for bytes in [&[first][..], &[first, second], &[second, first, 2, first]] {
                let _ = from_bytes::<Vec<(String, Option<i64>)>>(bytes);
                let _ = from_bytes::<Tree>(bytes);
            }
        }
    }
}
