//! The answers as a short code that a person writes down or pastes to continue later. Unlike
//! a link, a code never passes through the page's address, so the browser's history never
//! keeps it. It holds only answers, never the text of a question or a right.
//!
//! Bits, most significant first: a fingerprint of the questions (their ids, kinds, choices
//! and bounds), so that a code made for other questions is refused rather than misread; then
//! the rules' version (`[meta] version`), four bits at a time, each group after a bit that
//! says whether another follows, so that an older code can say what changed since; then
//! for each question in order two bits (nothing yet, an answer, "I don't know", "I prefer
//! not to say") and, after an answer, its value in as few bits as the question allows. The
//! bits are written in Crockford's base 32 (no I, L, O or U, which are read as 1, 1, 0 and
//! refused), in groups of four, and end with a check symbol that catches any one mistyped
//! symbol.

use crate::answers::{Answer, Answers, Value};
use crate::date::Date;
use crate::model::{ChoiceId, QuestionId, QuestionKind, RuleSet};

const SYMBOLS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const FINGERPRINT_BITS: u32 = 10;

/// Why a code could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// A character that is not in a code, or a mistyped symbol (the check failed), or too
    /// short: not a code of this guide as written.
    Unreadable,
    /// A code made for other questions (another version of the guide).
    OtherQuestions,
}

impl Answers {
    /// These answers as a code, e.g. `K7QM-3X9P-2ZRT-8W`.
    pub fn to_code(&self, rules: &RuleSet) -> String {
        let mut bits = Bits::default();
        bits.push(u64::from(fingerprint(rules)), FINGERPRINT_BITS);
        write_version(&mut bits, rules.version);
        for (id, question) in QuestionId::all(rules.questions.len()).zip(&rules.questions) {
            match self.get(id) {
                None => bits.push(0, 2),
                Some(Answer::DontKnow) => bits.push(2, 2),
                Some(Answer::PreferNotToSay) => bits.push(3, 2),
                Some(Answer::Given(value)) => {
                    bits.push(1, 2);
                    write_value(&mut bits, &question.kind, value);
                }
            }
        }
        let mut symbols: Vec<u8> = bits.symbols();
        symbols.push(check(&symbols));
        let text: Vec<char> = symbols.iter().map(|&s| char::from(SYMBOLS[usize::from(s)])).collect();
        text.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join("-")
    }

    /// Reads a code as `to_code` wrote it; spaces, dashes and lower case are forgiven.
    pub fn from_code(rules: &RuleSet, text: &str) -> Result<Answers, CodeError> {
        Answers::from_code_with_version(rules, text).map(|(answers, _)| answers)
    }

    /// Reads a code with the rules' version it was made with.
    pub fn from_code_with_version(rules: &RuleSet, text: &str) -> Result<(Answers, u32), CodeError> {
        let mut symbols = Vec::new();
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            symbols.push(symbol(c).ok_or(CodeError::Unreadable)?);
        }
        let (&last, data) = symbols.split_last().ok_or(CodeError::Unreadable)?;
        if check(data) != last {
            return Err(CodeError::Unreadable);
        }
        let mut bits = Reader { symbols: data, at: 0 };
        if bits.read(FINGERPRINT_BITS).ok_or(CodeError::Unreadable)? != u64::from(fingerprint(rules)) {
            return Err(CodeError::OtherQuestions);
        }
        let version = read_version(&mut bits).ok_or(CodeError::Unreadable)?;
        let mut answers = Answers::new(rules);
        for (id, question) in QuestionId::all(rules.questions.len()).zip(&rules.questions) {
            let answer = match bits.read(2).ok_or(CodeError::Unreadable)? {
                0 => continue,
                1 => Answer::Given(read_value(&mut bits, &question.kind).ok_or(CodeError::Unreadable)?),
                2 => Answer::DontKnow,
                _ => Answer::PreferNotToSay,
            };
            answers.set(rules, id, answer).map_err(|_| CodeError::Unreadable)?;
        }
        // Only the padding of the last symbol may be left, all zero.
        let left = data.len() as u32 * 5 - bits.at;
        if left >= 5 || bits.read(left) != Some(0) {
            return Err(CodeError::Unreadable);
        }
        Ok((answers, version))
    }
}

/// Four bits at a time, low first, each group after a bit saying whether another follows:
/// one symbol for versions up to 15.
fn write_version(bits: &mut Bits, version: u32) {
    let mut left = version;
    loop {
        let more = left >> 4 != 0;
        bits.push(u64::from(more), 1);
        bits.push(u64::from(left & 0xF), 4);
        left >>= 4;
        if !more {
            break;
        }
    }
}

fn read_version(bits: &mut Reader) -> Option<u32> {
    let mut version = 0u32;
    for shift in (0..32).step_by(4) {
        let more = bits.read(1)? == 1;
        version |= u32::try_from(bits.read(4)?).ok()? << shift;
        if !more {
            return Some(version);
        }
    }
    None
}

fn symbol(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    SYMBOLS.iter().position(|&s| char::from(s) == c).and_then(|p| u8::try_from(p).ok())
}

/// Odd weights are invertible modulo 32: any one symbol changed changes the sum.
fn check(symbols: &[u8]) -> u8 {
    let sum = symbols.iter().enumerate().fold(0usize, |sum, (i, &s)| sum + (2 * i + 1) * usize::from(s));
    (sum % 32) as u8
}

/// What a code depends on: each question's id, kind, choices and bounds.
fn fingerprint(rules: &RuleSet) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut add = |text: &str| {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    };
    // Codes carry the rules' version since this mark: an older code is refused, not misread.
    add("versioned");
    for question in &rules.questions {
        add(&question.id);
        add(&format!("{:?}", question.kind));
    }
    hash % (1 << FINGERPRINT_BITS)
}

/// The number of bits that hold any of `count` different values.
fn width(count: u64) -> u32 {
    64 - count.saturating_sub(1).leading_zeros()
}

/// A number's bits: its offset from the lower bound when both bounds are set, else the
/// whole number.
fn number_layout(kind: &QuestionKind) -> (i64, u32) {
    match kind.bounds() {
        (Some(min), Some(max)) if max >= min => (min, width(max.abs_diff(min) + 1)),
        _ => (0, 64),
    }
}

fn write_value(bits: &mut Bits, kind: &QuestionKind, value: &Value) {
    match (kind, value) {
        (QuestionKind::YesNo, Value::Bool(b)) => bits.push(u64::from(*b), 1),
        (QuestionKind::OneOf { choices }, Value::Choice(c)) => {
            bits.push(usize::from(*c) as u64, width(choices.len() as u64).max(1));
        }
        (QuestionKind::AnyOf { choices }, Value::Choices(chosen)) => {
            for (id, _) in kind.choice_list().take(choices.len()) {
                bits.push(u64::from(chosen.contains(&id)), 1);
            }
        }
        (QuestionKind::Number { .. } | QuestionKind::Year { .. }, Value::Number(n)) => {
            let (base, width) = number_layout(kind);
            bits.push(n.wrapping_sub(base) as u64, width);
        }
        (QuestionKind::Date, Value::Date(d)) => bits.push(u64::from(d.days() as u32), 32),
        // `Answers::set` keeps only values of the question's kind.
        _ => {}
    }
}

fn read_value(bits: &mut Reader, kind: &QuestionKind) -> Option<Value> {
    Some(match kind {
        QuestionKind::YesNo => Value::Bool(bits.read(1)? == 1),
        QuestionKind::OneOf { choices } => {
            Value::Choice(ChoiceId::from_index(usize::try_from(bits.read(width(choices.len() as u64).max(1))?).ok()?)?)
        }
        QuestionKind::AnyOf { choices } => {
            let mut chosen = Vec::new();
            for id in ChoiceId::all(choices.len()) {
                if bits.read(1)? == 1 {
                    chosen.push(id);
                }
            }
            Value::Choices(chosen)
        }
        QuestionKind::Number { .. } | QuestionKind::Year { .. } => {
            let (base, width) = number_layout(kind);
            Value::Number(base.wrapping_add(bits.read(width)? as i64))
        }
        QuestionKind::Date => Value::Date(Date::from_days(bits.read(32)? as u32 as i32)),
    })
}

/// Bits written most significant first.
#[derive(Default)]
struct Bits(Vec<bool>);

impl Bits {
    fn push(&mut self, value: u64, width: u32) {
        self.0.extend((0..width).rev().map(|i| value >> i & 1 == 1));
    }

    /// Five bits a symbol, the last padded with zeros.
    fn symbols(&self) -> Vec<u8> {
        self.0.chunks(5).map(|five| (0..5).fold(0, |s, i| s << 1 | u8::from(five.get(i) == Some(&true)))).collect()
    }
}

struct Reader<'a> {
    symbols: &'a [u8],
    at: u32,
}

impl Reader<'_> {
    fn read(&mut self, width: u32) -> Option<u64> {
        let mut value = 0u64;
        for _ in 0..width {
            let symbol = *self.symbols.get((self.at / 5) as usize)?;
            value = value << 1 | u64::from(symbol >> (4 - self.at % 5) & 1);
            self.at += 1;
        }
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Question;

    fn rules() -> RuleSet {
        let question = |id: &str, kind| Question {
            id: id.into(),
            kind,
            ask_if: None,
            dont_know: true,
            sensitive: true,
            shown_first: Vec::new(),
        };
        let names = |list: &[&str]| list.iter().map(|c| c.to_string()).collect();
        RuleSet {
            questions: vec![
                question("papers", QuestionKind::OneOf { choices: names(&["none", "card", "refugee"]) }),
                question("ages", QuestionKind::AnyOf { choices: names(&["baby", "child", "teen"]) }),
                question("age", QuestionKind::Number { min: Some(0), max: Some(110), unit: None }),
                question("savings", QuestionKind::Number { min: None, max: None, unit: None }),
                question("violence", QuestionKind::YesNo),
                question("arrived", QuestionKind::Date),
            ],
            ..RuleSet::default()
        }
    }

    fn answers(rules: &RuleSet) -> Answers {
        let mut answers = Answers::new(rules);
        let given =
            [Value::Choice(2.into()), Value::Choices(vec![0.into(), 2.into()]), Value::Number(110), Value::Number(-7)];
        for (id, value) in QuestionId::all(4).zip(given) {
            answers.set(rules, id, Answer::Given(value)).unwrap();
        }
        answers.set(rules, 4.into(), Answer::PreferNotToSay).unwrap();
        answers
    }

    #[test]
    fn a_code_gives_back_every_answer_and_only_them() {
        let rules = rules();
        let answers = answers(&rules);
        let code = answers.to_code(&rules);
        assert_eq!(Answers::from_code(&rules, &code), Ok(answers.clone()));
        assert_eq!(Answers::from_code(&rules, &code.to_lowercase().replace('-', " ")), Ok(answers));
        let none = Answers::new(&rules);
        assert_eq!(Answers::from_code(&rules, &none.to_code(&rules)), Ok(none));
    }

    #[test]
    fn the_order_choices_are_shown_in_changes_no_code() {
        let rules = rules();
        let code = answers(&rules).to_code(&rules);
        let mut shown = rules.clone();
        shown.questions[0].shown_first = vec![2.into(), 0.into()];
        let names: Vec<&str> = shown.questions[0].shown_choices().iter().map(|(_, name)| name.as_str()).collect();
        assert_eq!(names, ["refugee", "none", "card"]);
        assert_eq!(answers(&shown).to_code(&shown), code);
        assert_eq!(Answers::from_code(&shown, &code), Ok(answers(&rules)));
    }

    #[test]
    fn a_code_carries_the_rules_version_it_was_made_with() {
        let mut rules = rules();
        for version in [1, 15, 16, 300, u32::MAX] {
            rules.version = version;
            let code = answers(&rules).to_code(&rules);
            let mut today = rules.clone();
            today.version = 2;
            assert_eq!(Answers::from_code_with_version(&today, &code), Ok((answers(&rules), version)), "{version}");
        }
    }

    #[test]
    fn a_code_is_short_enough_to_write_down() {
        let rules = rules();
        let mut answers = Answers::new(&rules);
        answers.set(&rules, 0.into(), Answer::Given(Value::Choice(1.into()))).unwrap();
        answers.set(&rules, 2.into(), Answer::Given(Value::Number(34))).unwrap();
        let code = answers.to_code(&rules);
        // Nine symbols: one of them the rules' version.
        assert!(code.len() <= 11, "{code}");
        assert!(code.chars().all(|c| c == '-' || SYMBOLS.contains(&(c as u8))), "{code}");
    }

    #[test]
    fn any_one_mistyped_symbol_is_caught() {
        let rules = rules();
        let code: Vec<char> = answers(&rules).to_code(&rules).chars().collect();
        for at in (0..code.len()).filter(|&i| code[i] != '-') {
            for &other in SYMBOLS.iter().filter(|&&s| char::from(s) != code[at]) {
                let mut typo = code.clone();
                typo[at] = char::from(other);
                let typo: String = typo.into_iter().collect();
                assert_eq!(Answers::from_code(&rules, &typo), Err(CodeError::Unreadable), "{typo}");
            }
        }
    }

    #[test]
    fn a_code_for_other_questions_or_not_a_code_is_refused() {
        let rules = rules();
        let code = answers(&rules).to_code(&rules);
        let mut changed = rules.clone();
        changed.questions[0].kind = QuestionKind::OneOf { choices: vec!["none".into(), "card".into()] };
        assert_eq!(Answers::from_code(&changed, &code), Err(CodeError::OtherQuestions));
        for bad in ["", "-", "violence=yes", "K7QM-U", &format!("{code}0")] {
            assert_eq!(Answers::from_code(&rules, bad), Err(CodeError::Unreadable), "{bad}");
        }
    }
}
