//! The compiled rules as bytes (`RuleSet::to_bytes`, `Details::to_bytes`), in huquq-wire's
//! encoding. Reading checks the form only: indices are trusted as the checker wrote them, since
//! the bytes come from the same build (embedded, or a file of the same site).
//!
//! # Layout
//!
//! Each type is followed by its fields in the order they are written; an enum by its variants,
//! each a tag byte and then the variant's fields. Field types are Rust's, in huquq-wire's
//! encoding: `Vec<T>` is a count and the items, `Option<T>` 0, or 1 and the value, `Box<T>` the
//! value. The `wire!` lists below write these lines too, and a test compares the two.
//!
//! ```text
//! RuleSet      reviewed: Date  questions: Vec<Question>  definitions: Vec<Definition>
//!              rights: Vec<Right>  offices: Vec<Office>  sources: Vec<Source>
//!              priority: Vec<RightId>  emergency: Vec<OfficeId>
//!              placement: Option<QuestionId>  what_if: Option<QuestionId>  needs: Option<QuestionId>
//! Details      offices: Vec<Office>  sources: Vec<Source>  changes: Vec<RightChange>
//! RightChange  version: u32  right: String  kind: ChangeKind
//! ChangeKind   0 Added  1 Ended  2 Changed
//! Question     id: String  kind: QuestionKind  ask_if: Option<Expr>  dont_know: bool  sensitive: bool
//!              shown_first: Vec<ChoiceId>
//! QuestionKind 0 YesNo
//!              1 OneOf  choices: Vec<String>
//!              2 AnyOf  choices: Vec<String>
//!              3 Number  min: Option<i64>  max: Option<i64>  unit: Option<String>
//!              4 Year  min: Option<i64>  max: Option<i64>
//!              5 Date
//! Definition   id: String  when: Expr
//! Domain       0 Health  1 Housing  2 Training  3 Work  4 Asylum  5 Residence  6 Education
//!              7 Legal  8 Assistance  9 Protection  10 Return
//! RightKind    0 Right  1 Programme  2 Procedure
//! Right        id: String  domain: Domain  kind: RightKind  when: Expr
//!              unknown_when: Option<Expr>  uses: Vec<QuestionId>  offices: Vec<OfficeId>
//!              documents: Vec<Document>  steps: Vec<Step>  sources: Vec<SourceId>
//!              valid_from: Option<PartialDate>  valid_until: Option<PartialDate>
//!              check_with_office: bool  urgent: bool  within_days: Option<u16>
//!              confirmed: Option<PartialDate>  ages_after: Option<u16>  needed_for: Vec<ChoiceId>
//! Step         id: String  when: Option<Expr>  sources: Vec<SourceId>  start_here: bool
//! Document     id: String  when: Option<Expr>
//! Office       id: String  name: Option<String>  city: Option<String>  region: Option<String>
//!              address: Option<String>  phone: Vec<String>  whatsapp: Option<String>
//!              email: Option<String>  website: Option<String>  hours: Vec<Opening>
//!              sources: Vec<SourceId>
//! Opening      days: Vec<Weekday>  time: Time  calls: bool
//! Weekday      0 Mon  1 Tue  2 Wed  3 Thu  4 Fri  5 Sat  6 Sun
//! Time         0 Unsaid
//!              1 Morning
//!              2 Afternoon
//!              3 Range  from: Clock  to: Clock
//! Clock        u16: minutes after midnight
//! Source       id: String  title: String  issuer: String  date: Option<PartialDate>
//!              reference: String  link: Option<String>
//! Expr         0 Const  value: bool
//!              1 Flag  question: QuestionId
//!              2 Definition  definition: DefinitionId
//!              3 Not  inner: Box<Expr>
//!              4 All  items: Vec<Expr>
//!              5 Any  items: Vec<Expr>
//!              6 Choice  question: QuestionId  among: Vec<ChoiceId>
//!              7 Includes  question: QuestionId  choice: ChoiceId
//!              8 Compare  op: CompareOp  left: Term  right: Term
//! CompareOp    0 Eq  1 Ne  2 Lt  3 Le  4 Gt  5 Ge
//! Term         0 Literal  n: i64
//!              1 Answer  question: QuestionId
//!              2 YearsSince  question: QuestionId
//!              3 Add  left: Box<Term>  right: Box<Term>
//!              4 Sub  left: Box<Term>  right: Box<Term>
//! PartialDate  year: i32  month: u8  day: u8
//! Date         i32: days since 1970-01-01
//! QuestionId   u16
//! DefinitionId u16
//! RightId      u16
//! ChoiceId     u16
//! OfficeId     u16
//! SourceId     u16
//! ```

use crate::date::{Date, PartialDate};
use crate::hours::{Clock, Opening, Time, Weekday};
use crate::model::{
    ChangeKind, ChoiceId, CompareOp, Definition, DefinitionId, Details, Document, Domain, Expr, Office, OfficeId,
    Question, QuestionId, QuestionKind, Right, RightChange, RightId, RightKind, RuleSet, Source, SourceId, Step, Term,
};
use huquq_wire::{Reader, Wire, Writer, wire};

/// Every field but `version`, which the app takes from its build (`build.rs`): so the first
/// module carries no code to read it. Read, `version` is 0 until set.
impl Wire for RuleSet {
    const LAYOUT: &'static str = "RuleSet reviewed: Date questions: Vec<Question> definitions: Vec<Definition> rights: Vec<Right> offices: Vec<Office> sources: Vec<Source> priority: Vec<RightId> emergency: Vec<OfficeId> placement: Option<QuestionId> what_if: Option<QuestionId> needs: Option<QuestionId>";

    fn write(&self, w: &mut Writer) {
        w.write(&self.reviewed);
        w.write(&self.questions);
        w.write(&self.definitions);
        w.write(&self.rights);
        w.write(&self.offices);
        w.write(&self.sources);
        w.write(&self.priority);
        w.write(&self.emergency);
        w.write(&self.placement);
        w.write(&self.what_if);
        w.write(&self.needs);
    }

    fn read(r: &mut Reader<'_>) -> Option<RuleSet> {
        Some(RuleSet {
            reviewed: r.read()?,
            version: 0,
            questions: r.read()?,
            definitions: r.read()?,
            rights: r.read()?,
            offices: r.read()?,
            sources: r.read()?,
            priority: r.read()?,
            emergency: r.read()?,
            placement: r.read()?,
            what_if: r.read()?,
            needs: r.read()?,
        })
    }
}

wire! { struct RightChange { version: u32, right: String, kind: ChangeKind } }

wire! {
    enum ChangeKind {
        0 Added,
        1 Ended,
        2 Changed,
    }
}

wire! { struct Details { offices: Vec<Office>, sources: Vec<Source>, changes: Vec<RightChange> } }

wire! {
    struct Question {
        id: String,
        kind: QuestionKind,
        ask_if: Option<Expr>,
        dont_know: bool,
        sensitive: bool,
        shown_first: Vec<ChoiceId>,
    }
}

wire! {
    enum QuestionKind {
        0 YesNo,
        1 OneOf { choices: Vec<String> },
        2 AnyOf { choices: Vec<String> },
        3 Number { min: Option<i64>, max: Option<i64>, unit: Option<String> },
        4 Year { min: Option<i64>, max: Option<i64> },
        5 Date,
    }
}

wire! { struct Definition { id: String, when: Expr } }

wire! {
    enum Domain {
        0 Health,
        1 Housing,
        2 Training,
        3 Work,
        4 Asylum,
        5 Residence,
        6 Education,
        7 Legal,
        8 Assistance,
        9 Protection,
        10 Return,
    }
}

wire! { enum RightKind { 0 Right, 1 Programme, 2 Procedure } }

wire! {
    struct Right {
        id: String,
        domain: Domain,
        kind: RightKind,
        when: Expr,
        unknown_when: Option<Expr>,
        uses: Vec<QuestionId>,
        offices: Vec<OfficeId>,
        documents: Vec<Document>,
        steps: Vec<Step>,
        sources: Vec<SourceId>,
        valid_from: Option<PartialDate>,
        valid_until: Option<PartialDate>,
        check_with_office: bool,
        urgent: bool,
        within_days: Option<u16>,
        confirmed: Option<PartialDate>,
        ages_after: Option<u16>,
        needed_for: Vec<ChoiceId>,
    }
}

wire! { struct Step { id: String, when: Option<Expr>, sources: Vec<SourceId>, start_here: bool } }

wire! { struct Document { id: String, when: Option<Expr> } }

wire! {
    struct Office {
        id: String,
        name: Option<String>,
        city: Option<String>,
        region: Option<String>,
        address: Option<String>,
        phone: Vec<String>,
        whatsapp: Option<String>,
        email: Option<String>,
        website: Option<String>,
        hours: Vec<Opening>,
        sources: Vec<SourceId>,
    }
}

wire! { struct Opening { days: Vec<Weekday>, time: Time, calls: bool } }

wire! { enum Weekday { 0 Mon, 1 Tue, 2 Wed, 3 Thu, 4 Fri, 5 Sat, 6 Sun } }

wire! {
    enum Time {
        0 Unsaid,
        1 Morning,
        2 Afternoon,
        3 Range { from: Clock, to: Clock },
    }
}

wire! {
    struct Source {
        id: String,
        title: String,
        issuer: String,
        date: Option<PartialDate>,
        reference: String,
        link: Option<String>,
    }
}

wire! {
    enum Expr {
        0 Const(value: bool),
        1 Flag(question: QuestionId),
        2 Definition(definition: DefinitionId),
        3 Not(inner: Box<Expr>),
        4 All(items: Vec<Expr>),
        5 Any(items: Vec<Expr>),
        6 Choice { question: QuestionId, among: Vec<ChoiceId> },
        7 Includes { question: QuestionId, choice: ChoiceId },
        8 Compare { op: CompareOp, left: Term, right: Term },
    }
}

wire! { enum CompareOp { 0 Eq, 1 Ne, 2 Lt, 3 Le, 4 Gt, 5 Ge } }

wire! {
    enum Term {
        0 Literal(n: i64),
        1 Answer(question: QuestionId),
        2 YearsSince(question: QuestionId),
        3 Add(left: Box<Term>, right: Box<Term>),
        4 Sub(left: Box<Term>, right: Box<Term>),
    }
}

wire! { struct PartialDate { year: i32, month: u8, day: u8 } }

impl Wire for Date {
    const LAYOUT: &'static str = "Date i32: days since 1970-01-01";

    fn write(&self, w: &mut Writer) {
        w.write(&self.days());
    }
    fn read(r: &mut Reader<'_>) -> Option<Date> {
        r.read().map(Date::from_days)
    }
}

impl Wire for Clock {
    const LAYOUT: &'static str = "Clock u16: minutes after midnight";

    fn write(&self, w: &mut Writer) {
        w.write(&self.0);
    }
    fn read(r: &mut Reader<'_>) -> Option<Clock> {
        r.read().map(Clock)
    }
}

/// An id is written as its index.
macro_rules! wire_ids {
    ($($id:ty),*) => {$(
        impl Wire for $id {
            const LAYOUT: &'static str = concat!(stringify!($id), " u16");

            fn write(&self, w: &mut Writer) {
                w.write(&self.get());
            }
            fn read(r: &mut Reader<'_>) -> Option<$id> {
                r.read::<u16>().map(<$id>::new)
            }
        }
    )*};
}

wire_ids!(QuestionId, DefinitionId, RightId, ChoiceId, OfficeId, SourceId);

#[cfg(test)]
mod tests {
    use super::*;
    use huquq_wire::{from_bytes, to_bytes};

    /// The `# Layout` block at the top of this file, one entry per type: a line that starts
    /// with a name and the lines indented under it, their words separated by one space.
    fn documented_layout() -> Vec<String> {
        let block = include_str!("bytes.rs")
            .lines()
            .map_while(|line| line.strip_prefix("//!"))
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .skip_while(|line| *line != "```text")
            .skip(1)
            .take_while(|line| *line != "```");
        let mut entries: Vec<String> = Vec::new();
        for line in block {
            match entries.last_mut() {
                Some(entry) if line.starts_with(' ') => {
                    line.split_whitespace().for_each(|word| *entry += &format!(" {word}"));
                }
                _ => entries.push(line.split_whitespace().collect::<Vec<_>>().join(" ")),
            }
        }
        entries
    }

    #[test]
    fn the_layout_documented_above_is_the_one_written() {
        // Every type this file writes, in the order of the documentation.
        let written = [
            RuleSet::LAYOUT,
            Details::LAYOUT,
            RightChange::LAYOUT,
            ChangeKind::LAYOUT,
            Question::LAYOUT,
            QuestionKind::LAYOUT,
            Definition::LAYOUT,
            Domain::LAYOUT,
            RightKind::LAYOUT,
            Right::LAYOUT,
            Step::LAYOUT,
            Document::LAYOUT,
            Office::LAYOUT,
            Opening::LAYOUT,
            Weekday::LAYOUT,
            Time::LAYOUT,
            Clock::LAYOUT,
            Source::LAYOUT,
            Expr::LAYOUT,
            CompareOp::LAYOUT,
            Term::LAYOUT,
            PartialDate::LAYOUT,
            Date::LAYOUT,
            QuestionId::LAYOUT,
            DefinitionId::LAYOUT,
            RightId::LAYOUT,
            ChoiceId::LAYOUT,
            OfficeId::LAYOUT,
            SourceId::LAYOUT,
        ];
        let documented = documented_layout();
        assert!(
            documented == written,
            "The # Layout block of bytes.rs says:\n\n{}\n\nbut the code writes (a type a line; wrap them as you \
             like, indenting the lines after a type's first):\n\n{}\n",
            documented.join("\n"),
            written.join("\n"),
        );
    }

    #[test]
    fn every_tag_reads_back_as_written() {
        for domain in Domain::ALL {
            assert_eq!(from_bytes(&to_bytes(&domain)), Ok(domain));
        }
        for kind in RightKind::ALL {
            assert_eq!(from_bytes(&to_bytes(&kind)), Ok(kind));
        }
        for kind in ChangeKind::ALL {
            let change = RightChange { version: 70_000, right: "work.jobs".into(), kind };
            assert_eq!(from_bytes(&to_bytes(&change)), Ok(change));
        }
        for op in [CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge] {
            assert_eq!(from_bytes(&to_bytes(&op)), Ok(op));
        }
        let term = Term::Sub(
            Box::new(Term::Add(Box::new(Term::Literal(-5)), Box::new(Term::Answer(2.into())))),
            Box::new(Term::YearsSince(3.into())),
        );
        let expr = Expr::All(vec![
            Expr::Const(true),
            Expr::Flag(1.into()),
            Expr::Definition(2.into()),
            Expr::Not(Box::new(Expr::Any(vec![Expr::Includes { question: 4.into(), choice: 5.into() }]))),
            Expr::Choice { question: 6.into(), among: vec![7.into(), 8.into()] },
            Expr::Compare { op: CompareOp::Le, left: term, right: Term::Literal(i64::MIN) },
        ]);
        assert_eq!(from_bytes(&to_bytes(&expr)), Ok(expr));
        let kinds = vec![
            QuestionKind::YesNo,
            QuestionKind::OneOf { choices: vec!["a".into()] },
            QuestionKind::AnyOf { choices: vec![] },
            QuestionKind::Number { min: Some(-1), max: None, unit: Some("MAD".into()) },
            QuestionKind::Year { min: None, max: Some(2100) },
            QuestionKind::Date,
        ];
        assert_eq!(from_bytes(&to_bytes(&kinds)), Ok(kinds));
        let hours = vec![
            Opening { days: Weekday::ALL.to_vec(), time: Time::Unsaid, calls: false },
            Opening { days: vec![Weekday::Mon], time: Time::Morning, calls: true },
            Opening { days: vec![], time: Time::Afternoon, calls: false },
            Opening { days: vec![Weekday::Sun], time: Time::Range { from: Clock(0), to: Clock(1439) }, calls: false },
        ];
        assert_eq!(from_bytes(&to_bytes(&hours)), Ok(hours));
    }

    #[test]
    fn unknown_tags_are_refused() {
        assert!(from_bytes::<Domain>(&[Domain::ALL.len() as u8]).is_err());
        assert!(from_bytes::<RightKind>(&[3]).is_err());
        assert!(from_bytes::<ChangeKind>(&[3]).is_err());
        assert!(from_bytes::<CompareOp>(&[6]).is_err());
        assert!(from_bytes::<Expr>(&[9]).is_err());
        assert!(from_bytes::<Term>(&[5]).is_err());
        assert!(from_bytes::<QuestionKind>(&[6]).is_err());
        assert!(from_bytes::<Weekday>(&[7]).is_err());
        assert!(from_bytes::<Time>(&[4]).is_err());
    }

    #[test]
    fn dates_read_back_as_written() {
        for days in [i32::MIN, -1, 0, 20_000, i32::MAX] {
            assert_eq!(from_bytes(&to_bytes(&Date::from_days(days))), Ok(Date::from_days(days)));
        }
        let partial = PartialDate { year: -3, month: 12, day: 0 };
        assert_eq!(from_bytes(&to_bytes(&partial)), Ok(partial));
    }
}
