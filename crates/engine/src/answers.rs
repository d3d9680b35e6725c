//! What a person answered: a value, "I don't know", "I prefer not to say", or nothing yet.
//! Answers are checked against their question when set, so the evaluator never sees an
//! answer that its question does not allow. Text forms (rules files, the page address) are
//! read here and every bad value becomes an error, never a panic.

use crate::date::Date;
use crate::model::{ChoiceId, QuestionId, QuestionKind, RuleSet};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    Bool(bool),
    Choice(ChoiceId),
    /// Sorted, without repeats.
    Choices(Vec<ChoiceId>),
    /// A number, or a year.
    Number(i64),
    Date(Date),
}

impl Value {
    /// The value as an integer, for comparisons: numbers, years, dates as day numbers.
    pub fn as_integer(&self) -> Option<i64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Date(d) => Some(i64::from(d.days())),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Given(Value),
    DontKnow,
    PreferNotToSay,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    WrongKind { question: String, expected: &'static str },
    UnknownChoice { question: String, choice: String },
    OutOfRange { question: String, value: i64 },
    NotOffered { question: String, answer: &'static str },
    BadDate { question: String, text: String },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "there is no question `{q}`"),
            AnswerError::WrongKind { question, expected } => {
                write!(f, "question `{question}` expects {expected}")
            }
            AnswerError::UnknownChoice { question, choice } => {
                write!(f, "question `{question}` has no choice `{choice}`")
            }
            AnswerError::OutOfRange { question, value } => {
                write!(f, "{value} is outside the bounds of question `{question}`")
            }
            AnswerError::NotOffered { question, answer } => {
                write!(f, "question `{question}` does not offer the answer `{answer}`")
            }
            AnswerError::BadDate { question, text } => {
                write!(f, "question `{question}` expects a date written YYYY-MM-DD, not `{text}`")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// The words that mean "I don't know" and "I prefer not to say" in every text form.
pub const DONT_KNOW: &str = "dont_know";
pub const PREFER_NOT_TO_SAY: &str = "prefer_not_to_say";

/// The key of the rules' version in a saved link (`#v=3&papers=…`): the reader of answers
/// takes it as the version they were saved with (`saved_with`), never as an answer.
pub const VERSION_KEY: &str = "v";

/// An answer as read from a text format, before it is checked against its question.
#[derive(Clone, Debug, PartialEq)]
pub enum RawAnswer {
    Bool(bool),
    Integer(i64),
    Text(String),
    List(Vec<String>),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    slots: Vec<Option<Answer>>,
    /// The rules' version they were saved with, when read from a saved link or code: the
    /// results say what changed since (`changes::since`). The pair as the link wrote it
    /// (`v=3`), written back first by `encode`: the first module only carries it across and
    /// reads no number, which would cost it more to download.
    saved_with: Option<String>,
}

impl Answers {
    pub fn new(rules: &RuleSet) -> Answers {
        Answers { slots: vec![None; rules.questions.len()], saved_with: None }
    }

    /// The rules' version these answers were saved with, if they come from a saved link or code.
    /// `None` too when the link's `v` is not a number.
    pub fn saved_with(&self) -> Option<u32> {
        let digits = self.saved_with.as_deref()?.strip_prefix(VERSION_KEY)?.strip_prefix('=')?;
        digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok())?
    }

    pub fn set_saved_with(&mut self, version: Option<u32>) {
        self.saved_with = version.map(|v| format!("{VERSION_KEY}={v}"));
    }

    pub fn get(&self, question: QuestionId) -> Option<&Answer> {
        self.slots.get(usize::from(question)).and_then(Option::as_ref)
    }

    /// The value given, if any: "I don't know" and no answer both give `None`.
    pub fn value(&self, question: QuestionId) -> Option<&Value> {
        match self.get(question) {
            Some(Answer::Given(value)) => Some(value),
            _ => None,
        }
    }

    pub fn is_answered(&self, question: QuestionId) -> bool {
        self.get(question).is_some()
    }

    pub fn answered_count(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }

    pub fn clear(&mut self, question: QuestionId) {
        if let Some(slot) = self.slots.get_mut(usize::from(question)) {
            *slot = None;
        }
    }

    /// Every answered question with its answer, in question order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &Answer)> {
        QuestionId::all(self.slots.len()).zip(&self.slots).filter_map(|(q, slot)| slot.as_ref().map(|a| (q, a)))
    }

    /// Every one-choice answer as (question id, choice id): what texts may select on
    /// (`{ $sex -> [woman] … }`), in the app and in the terminal alike.
    pub fn choices_given(&self, rules: &RuleSet) -> Vec<(String, String)> {
        self.iter()
            .filter_map(|(q, answer)| match answer {
                Answer::Given(Value::Choice(c)) => {
                    let question = &rules.questions[usize::from(q)];
                    Some((question.id.clone(), question.kind.choices().get(usize::from(*c))?.clone()))
                }
                _ => None,
            })
            .collect()
    }

    /// Sets an answer after checking that the question allows it.
    pub fn set(&mut self, rules: &RuleSet, question: QuestionId, answer: Answer) -> Result<(), AnswerError> {
        let q = rules
            .questions
            .get(usize::from(question))
            .ok_or_else(|| AnswerError::UnknownQuestion(format!("#{question}")))?;
        let answer = match answer {
            Answer::DontKnow if !q.dont_know => {
                return Err(AnswerError::NotOffered { question: q.id.clone(), answer: DONT_KNOW });
            }
            Answer::PreferNotToSay if !q.sensitive => {
                return Err(AnswerError::NotOffered { question: q.id.clone(), answer: PREFER_NOT_TO_SAY });
            }
            Answer::Given(value) => Answer::Given(checked_value(&q.id, &q.kind, value)?),
            other => other,
        };
        if self.slots.len() != rules.questions.len() {
            self.slots.resize(rules.questions.len(), None);
        }
        self.slots[usize::from(question)] = Some(answer);
        Ok(())
    }

    /// Sets an answer given by question name and text form, as rules tests and the CLI do.
    pub fn set_raw(&mut self, rules: &RuleSet, name: &str, raw: RawAnswer) -> Result<(), AnswerError> {
        let question = rules.question_index(name).ok_or_else(|| AnswerError::UnknownQuestion(name.to_string()))?;
        let answer = parse_raw(rules, question, raw)?;
        self.set(rules, question, answer)
    }

    /// The same answers without those to sensitive questions, for anything that leaves
    /// memory (a saved link, this device's storage, a summary) when the person did not tick
    /// to include them.
    pub fn without_sensitive(&self, rules: &RuleSet) -> Answers {
        let mut kept = self.clone();
        for (question, slot) in kept.slots.iter_mut().enumerate() {
            if rules.questions.get(question).is_some_and(|q| q.sensitive) {
                *slot = None;
            }
        }
        kept
    }

    /// The compact text form of a saved link (after `#`) and of this device's storage:
    /// `id=value` pairs joined by `&`, after the version they were saved with (`v=3`) if any.
    /// Yes/no are `yes` and `no`, several choices are joined by `.`, and "I don't know"
    /// and "I prefer not to say" are `dont_know` and `prefer_not_to_say`.
    pub fn encode(&self, rules: &RuleSet) -> String {
        let mut out = self.saved_with.clone().unwrap_or_default();
        for (question, answer) in self.iter() {
            let q = rules.question(question);
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(&q.id);
            out.push('=');
            out.push_str(&display_answer(rules, question, answer));
        }
        out
    }

    /// Reads the compact form, keeping every pair that is valid and reporting the others,
    /// so an outdated or damaged address loses only what cannot be understood.
    pub fn decode(rules: &RuleSet, text: &str) -> (Answers, Vec<AnswerError>) {
        let mut answers = Answers::new(rules);
        let mut errors = Vec::new();
        for pair in text.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let raw = match rules.question_index(name).map(|q| &rules.question(q).kind) {
                Some(QuestionKind::YesNo) => match value {
                    "yes" => RawAnswer::Bool(true),
                    "no" => RawAnswer::Bool(false),
                    other => RawAnswer::Text(other.to_string()),
                },
                Some(QuestionKind::AnyOf { .. }) if !is_unknown_word(value) => {
                    RawAnswer::List(value.split('.').filter(|c| !c.is_empty()).map(String::from).collect())
                }
                Some(QuestionKind::Number { .. } | QuestionKind::Year { .. }) => match value.parse::<i64>() {
                    Ok(n) => RawAnswer::Integer(n),
                    Err(_) => RawAnswer::Text(value.to_string()),
                },
                _ => RawAnswer::Text(value.to_string()),
            };
            if let Err(error) = answers.set_raw(rules, name, raw) {
                // The rules' version is no question: kept as written (`saved_with`).
                if name == VERSION_KEY { answers.saved_with = Some(pair.to_string()) } else { errors.push(error) }
            }
        }
        (answers, errors)
    }
}

fn is_unknown_word(text: &str) -> bool {
    text == DONT_KNOW || text == PREFER_NOT_TO_SAY
}

/// The answer written as the rules files and the page address write it.
pub fn display_answer(rules: &RuleSet, question: QuestionId, answer: &Answer) -> String {
    match answer {
        Answer::DontKnow => DONT_KNOW.to_string(),
        Answer::PreferNotToSay => PREFER_NOT_TO_SAY.to_string(),
        Answer::Given(value) => display_value(rules, question, value),
    }
}

pub fn display_value(rules: &RuleSet, question: QuestionId, value: &Value) -> String {
    let choices = rules.question(question).kind.choices();
    let choice = |c: &ChoiceId| choices.get(usize::from(*c)).cloned().unwrap_or_default();
    match value {
        Value::Bool(true) => "yes".to_string(),
        Value::Bool(false) => "no".to_string(),
        Value::Choice(c) => choice(c),
        Value::Choices(cs) => cs.iter().map(choice).collect::<Vec<_>>().join("."),
        Value::Number(n) => n.to_string(),
        Value::Date(d) => d.to_string(),
    }
}

fn parse_raw(rules: &RuleSet, question: QuestionId, raw: RawAnswer) -> Result<Answer, AnswerError> {
    let q = rules.question(question);
    if let RawAnswer::Text(text) = &raw {
        match text.as_str() {
            DONT_KNOW => return Ok(Answer::DontKnow),
            PREFER_NOT_TO_SAY => return Ok(Answer::PreferNotToSay),
            _ => {}
        }
    }
    let id = || q.id.clone();
    let find = |choice: &str| {
        q.kind
            .choice_id(choice)
            .ok_or_else(|| AnswerError::UnknownChoice { question: id(), choice: choice.to_string() })
    };
    let wrong = |expected| AnswerError::WrongKind { question: id(), expected };
    let value = match (&q.kind, raw) {
        (QuestionKind::YesNo, RawAnswer::Bool(b)) => Value::Bool(b),
        (QuestionKind::YesNo, _) => return Err(wrong("yes or no (true or false)")),
        (QuestionKind::OneOf { .. }, RawAnswer::Text(t)) => Value::Choice(find(&t)?),
        (QuestionKind::OneOf { .. }, _) => return Err(wrong("one of its choices")),
        (QuestionKind::AnyOf { .. }, RawAnswer::List(items)) => {
            Value::Choices(items.iter().map(|c| find(c)).collect::<Result<_, _>>()?)
        }
        (QuestionKind::AnyOf { .. }, _) => return Err(wrong("a list of its choices")),
        (QuestionKind::Number { .. } | QuestionKind::Year { .. }, RawAnswer::Integer(n)) => Value::Number(n),
        (QuestionKind::Number { .. } | QuestionKind::Year { .. }, _) => {
            return Err(wrong("a whole number"));
        }
        (QuestionKind::Date, RawAnswer::Text(t)) => {
            Value::Date(Date::parse(&t).ok_or(AnswerError::BadDate { question: id(), text: t })?)
        }
        (QuestionKind::Date, _) => return Err(wrong("a date written YYYY-MM-DD")),
    };
    Ok(Answer::Given(value))
}

fn checked_value(id: &str, kind: &QuestionKind, value: Value) -> Result<Value, AnswerError> {
    let wrong = |expected| Err(AnswerError::WrongKind { question: id.to_string(), expected });
    let bad_choice = |c: ChoiceId| AnswerError::UnknownChoice { question: id.to_string(), choice: format!("#{c}") };
    let in_bounds = |n: i64| {
        if kind.accepts(n) {
            Ok(Value::Number(n))
        } else {
            Err(AnswerError::OutOfRange { question: id.to_string(), value: n })
        }
    };
    match (kind, value) {
        (QuestionKind::YesNo, v @ Value::Bool(_)) => Ok(v),
        (QuestionKind::YesNo, _) => wrong("yes or no"),
        (QuestionKind::OneOf { choices }, Value::Choice(c)) => {
            if usize::from(c) < choices.len() {
                Ok(Value::Choice(c))
            } else {
                Err(bad_choice(c))
            }
        }
        (QuestionKind::OneOf { .. }, _) => wrong("one of its choices"),
        (QuestionKind::AnyOf { choices }, Value::Choices(mut cs)) => {
            if let Some(&c) = cs.iter().find(|&&c| usize::from(c) >= choices.len()) {
                return Err(bad_choice(c));
            }
            crate::model::sort_small(&mut cs);
            cs.dedup();
            Ok(Value::Choices(cs))
        }
        (QuestionKind::AnyOf { .. }, _) => wrong("a list of its choices"),
        (QuestionKind::Number { .. } | QuestionKind::Year { .. }, Value::Number(n)) => in_bounds(n),
        (QuestionKind::Number { .. } | QuestionKind::Year { .. }, _) => wrong("a whole number"),
        (QuestionKind::Date, v @ Value::Date(_)) => Ok(v),
        (QuestionKind::Date, _) => wrong("a date"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Question;

    fn rules() -> RuleSet {
        let question = |id: &str, sensitive| Question {
            id: id.to_string(),
            kind: QuestionKind::YesNo,
            ask_if: None,
            dont_know: true,
            sensitive,
            shown_first: Vec::new(),
        };
        RuleSet {
            reviewed: Date::from_ymd(2026, 11, 30).expect("a real day"),
            questions: vec![question("homeless", false), question("violence", true)],
            ..RuleSet::default()
        }
    }

    #[test]
    fn sensitive_answers_are_left_out_of_what_leaves_memory_unless_asked() {
        let rules = rules();
        let mut answers = Answers::new(&rules);
        answers.set(&rules, 0.into(), Answer::Given(Value::Bool(true))).unwrap();
        answers.set(&rules, 1.into(), Answer::PreferNotToSay).unwrap();
        assert_eq!(answers.encode(&rules), "homeless=yes&violence=prefer_not_to_say");
        assert_eq!(answers.without_sensitive(&rules).encode(&rules), "homeless=yes");
        answers.set(&rules, 1.into(), Answer::Given(Value::Bool(true))).unwrap();
        assert_eq!(answers.without_sensitive(&rules).encode(&rules), "homeless=yes");
    }

    #[test]
    fn the_version_of_a_saved_link_is_read_apart_from_the_answers_and_written_back() {
        let rules = rules();
        let (answers, errors) = Answers::decode(&rules, "v=3&homeless=yes");
        assert_eq!((answers.saved_with(), errors), (Some(3), vec![]));
        assert_eq!(answers.encode(&rules), "v=3&homeless=yes");
        assert_eq!(answers.without_sensitive(&rules).encode(&rules), "v=3&homeless=yes");
        // Not a number: no version, though carried as written.
        for text in ["homeless=yes&v=x", "v=+3&homeless=yes", "v&homeless=yes"] {
            let (answers, errors) = Answers::decode(&rules, text);
            assert_eq!((answers.saved_with(), errors), (None, vec![]), "{text}");
        }
        assert_eq!(Answers::new(&rules).saved_with(), None);
        let (answers, _) = Answers::decode(&rules, "v=4294967295");
        assert_eq!((answers.saved_with(), answers.encode(&rules).as_str()), (Some(u32::MAX), "v=4294967295"));
        assert_eq!(Answers::decode(&rules, "v=4294967296").0.saved_with(), None);
    }
}
