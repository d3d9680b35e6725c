//! The texts of one language, formatted in the browser exactly as fluent-bundle 0.16 would
//! (isolation marks, select by plural category or number, `{$name}` for a missing argument).
//! It runs in the wasm the person downloads: no parser, no float formatting, no hash map, and
//! no panic on any part or argument.

use crate::model::{Key, Part, PartError, Pattern, Piece, Select, Variant};
use crate::number;
use crate::plural::Category;

/// An argument of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::Text(text)
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(text: &'a String) -> Self {
        Value::Text(text)
    }
}

impl From<i64> for Value<'_> {
    fn from(n: i64) -> Self {
        Value::Number(n)
    }
}

impl From<i32> for Value<'_> {
    fn from(n: i32) -> Self {
        Value::Number(n.into())
    }
}

impl From<u32> for Value<'_> {
    fn from(n: u32) -> Self {
        Value::Number(n.into())
    }
}

impl From<usize> for Value<'_> {
    fn from(n: usize) -> Self {
        Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// The cardinal plural rule of a language: [`crate::plural::rules_for`], or the caller's own.
pub type PluralRule = Box<dyn Fn(i64) -> Category>;

/// The messages of one language loaded so far.
pub struct Texts {
    language: String,
    plural: PluralRule,
    /// The catalogue of the first part added; every later part must share it.
    catalogue: Option<u32>,
    /// By increasing id index, each index once.
    messages: Vec<(u32, Pattern)>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts").field("language", &self.language).field("messages", &self.messages.len()).finish()
    }
}

impl Texts {
    pub fn new(language: &str, plural: PluralRule) -> Texts {
        Texts { language: language.to_string(), plural, catalogue: None, messages: Vec::new() }
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    /// Adds the messages of `part`; a message already loaded is replaced. Refuses a part of
    /// another language, compiled against another id list than the parts added before, or
    /// whose messages are not by strictly increasing index.
    pub fn add(&mut self, part: Part) -> Result<(), PartError> {
        if !part.language.eq_ignore_ascii_case(&self.language) {
            return Err(PartError::Language { expected: self.language.clone(), found: part.language });
        }
        if let Some(expected) = self.catalogue
            && expected != part.catalogue
        {
            return Err(PartError::Catalogue { expected, found: part.catalogue });
        }
        if !part.messages.windows(2).all(|pair| pair[0].0 < pair[1].0) {
            return Err(PartError::Unreadable);
        }
        self.catalogue = Some(part.catalogue);
        // Both lists are by increasing index: merge them, the new text replacing the old.
        let mut old = std::mem::take(&mut self.messages).into_iter().peekable();
        let mut new = part.messages.into_iter().peekable();
        loop {
            let next = match (old.peek(), new.peek()) {
                (Some((a, _)), Some((b, _))) if a < b => old.next(),
                (Some((a, _)), Some((b, _))) if a == b => old.next().and(new.next()),
                (Some(_), None) => old.next(),
                _ => new.next(),
            };
            let Some(message) = next else { break };
            self.messages.push(message);
        }
        Ok(())
    }

    /// Whether the message with this id index is loaded.
    pub fn has(&self, index: u32) -> bool {
        self.pattern(index).is_some()
    }

    /// The message with this id index, with these arguments (for a name given twice, the
    /// last counts); `None` if it is not loaded.
    pub fn format(&self, index: u32, args: &[(&str, Value)]) -> Option<String> {
        let pattern = self.pattern(index)?;
        let mut out = String::new();
        self.write(pattern, args, &mut out);
        Some(out)
    }

    fn pattern(&self, index: u32) -> Option<&Pattern> {
        let at = self.messages.binary_search_by_key(&index, |(i, _)| *i).ok()?;
        Some(&self.messages[at].1)
    }

    fn write(&self, pattern: &Pattern, args: &[(&str, Value)], out: &mut String) {
        for piece in &pattern.0 {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Variable(name) => match argument(args, name) {
                    Some(Value::Text(text)) => out.push_str(text),
                    Some(Value::Number(n)) => number::push_integer(out, n),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Select(select) => {
                    if let Some(variant) = self.choose(select, args) {
                        self.write(&variant.value, args, out);
                    }
                }
            }
        }
    }

    /// The first variant whose key matches the argument, else the default one.
    fn choose<'p>(&self, select: &'p Select, args: &[(&str, Value)]) -> Option<&'p Variant> {
        let matching = argument(args, &select.variable).and_then(|value| {
            let mut category = None;
            select.variants.iter().find(|variant| match (&variant.key, value) {
                (Key::Category(key), Value::Text(text)) => key.name() == text,
                (Key::Name(key), Value::Text(text)) => key == text,
                (Key::Category(key), Value::Number(n)) => {
                    *key == *category.get_or_insert_with(|| (self.plural)(number::as_fluent(n)))
                }
                (Key::Number(key), Value::Number(n)) => number::same_number(n, *key),
                (Key::Name(_), Value::Number(_)) | (Key::Number(_), Value::Text(_)) => false,
            })
        });
        matching.or_else(|| select.variants.get(usize::try_from(select.default).ok()?))
    }
}

fn argument<'a>(args: &[(&str, Value<'a>)], name: &str) -> Option<Value<'a>> {
    args.iter().rev().find(|(n, _)| *n == name).map(|(_, value)| *value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plural::rules_for;

    const ISOLATE: char = '\u{2068}';
    const POP: char = '\u{2069}';

    fn text(s: &str) -> Piece {
        Piece::Text(s.to_string())
    }

    fn variable(name: &str) -> Piece {
        Piece::Variable(name.to_string())
    }

    fn variant(key: Key, pieces: Vec<Piece>) -> Variant {
        Variant { key, value: Pattern(pieces) }
    }

    fn texts(language: &str, messages: Vec<(u32, Pattern)>) -> Texts {
        let mut texts = Texts::new(language, Box::new(rules_for(language).unwrap()));
        texts.add(Part::new(language, 1, messages)).unwrap();
        texts
    }

    /// `{ $n -> [0] none [one] one [few] few *[other] { $n } }`
    fn counted() -> Pattern {
        Pattern(vec![Piece::Select(Select {
            variable: "n".into(),
            variants: vec![
                variant(Key::Number(0), vec![text("none")]),
                variant(Key::Category(Category::One), vec![text("one")]),
                variant(Key::Category(Category::Few), vec![text("few")]),
                variant(Key::Name("other".into()), vec![variable("n")]),
            ],
            default: 3,
        })])
    }

    #[test]
    fn text_and_arguments_are_written_as_given() {
        let hello = Pattern(vec![text(&format!("Hello {ISOLATE}")), variable("name"), text(&format!("{POP}!"))]);
        let texts = texts("en", vec![(0, hello)]);
        assert_eq!(texts.format(0, &[("name", "سارة".into())]).unwrap(), "Hello \u{2068}سارة\u{2069}!");
        assert_eq!(texts.format(0, &[("name", 1_000_000.into())]).unwrap(), "Hello \u{2068}1000000\u{2069}!");
        assert_eq!(texts.format(0, &[("name", "a".into()), ("name", "b".into())]).unwrap(), "Hello \u{2068}b\u{2069}!");
    }

    #[test]
    fn a_missing_argument_is_written_as_its_name() {
        let texts = texts("en", vec![(0, Pattern(vec![variable("date")]))]);
        assert_eq!(texts.format(0, &[]).unwrap(), "{$date}");
    }

    #[test]
    fn a_number_key_matches_before_the_category_and_categories_follow_the_language() {
        let arabic = texts("ar", vec![(5, counted())]);
        let chosen: Vec<String> =
            [0, 1, 2, 3, 10, 11, 103].map(|n| arabic.format(5, &[("n", n.into())]).unwrap()).into();
        assert_eq!(chosen, ["none", "one", "2", "few", "few", "11", "few"].map(String::from));
        let english = texts("en", vec![(5, counted())]);
        assert_eq!(english.format(5, &[("n", 1.into())]).unwrap(), "one");
        assert_eq!(english.format(5, &[("n", 3.into())]).unwrap(), "3");
    }

    #[test]
    fn a_text_argument_matches_a_key_by_name_only() {
        let texts = texts("en", vec![(0, counted())]);
        assert_eq!(texts.format(0, &[("n", "few".into())]).unwrap(), "few");
        assert_eq!(texts.format(0, &[("n", "0".into())]).unwrap(), "0", "a text never equals a number key");
    }

    #[test]
    fn a_missing_selector_takes_the_default_variant() {
        let texts = texts("en", vec![(0, counted())]);
        assert_eq!(texts.format(0, &[]).unwrap(), "{$n}");
    }

    #[test]
    fn a_broken_default_writes_nothing_rather_than_panicking() {
        let Pattern(mut pieces) = counted();
        if let Some(Piece::Select(select)) = pieces.first_mut() {
            select.default = 99;
        }
        let texts = texts("en", vec![(0, Pattern(pieces))]);
        assert_eq!(texts.format(0, &[("n", 7.into())]).unwrap(), "");
    }

    #[test]
    fn parts_merge_and_refuse_other_languages_and_catalogues() {
        let mut texts = texts("fr", vec![(4, Pattern(vec![text("quatre")]))]);
        assert_eq!(texts.format(2, &[]), None);
        assert!(!texts.has(2));
        texts.add(Part::new("FR", 1, vec![(2, Pattern(vec![text("deux")])), (4, Pattern(vec![text("4")]))])).unwrap();
        assert_eq!(texts.format(2, &[]).as_deref(), Some("deux"));
        assert_eq!(texts.format(4, &[]).as_deref(), Some("4"));
        assert!(matches!(texts.add(Part::new("ar", 1, vec![])), Err(PartError::Language { .. })));
        assert_eq!(texts.add(Part::new("fr", 2, vec![])), Err(PartError::Catalogue { expected: 1, found: 2 }));
        let unsorted = vec![(5, Pattern(vec![text("cinq")])), (3, Pattern(vec![text("trois")]))];
        assert_eq!(texts.add(Part::new("fr", 1, unsorted)), Err(PartError::Unreadable));
        assert_eq!(texts.format(3, &[]), None);
    }

    #[test]
    fn another_language_brings_its_own_plural_rule() {
        let mut texts = Texts::new("cy", Box::new(|n| if n == 3 { Category::Few } else { Category::Other }));
        texts.add(Part::new("cy", 1, vec![(0, counted())])).unwrap();
        assert_eq!(texts.format(0, &[("n", 3.into())]).unwrap(), "few");
        assert_eq!(texts.format(0, &[("n", 1.into())]).unwrap(), "1");
    }
}
