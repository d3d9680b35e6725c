//! The compiled rules as bytes (`RuleSet::to_bytes`, `Details::to_bytes`), in huquq-wire's
//! encoding. Reading checks the form only: indices are trusted as the checker wrote them, since
//! the bytes come from the same build (embedded, or a file of the same site).
//!
//! # Layout
//!
//! Each type is its fields in order; `[T]` is a count and the items, `T?` an option; an enum is
//! a tag byte, then its fields.
//!
//! ```text
//! RuleSet      = reviewed: Date, questions: [Question], definitions: [Definition],
//!                rights: [Right], offices: [Office], sources: [Source]
//! Question     = id: string, kind: QuestionKind, ask_if: Expr?, dont_know: bool, sensitive: bool
//! QuestionKind = 0 YesNo | 1 OneOf choices: [string] | 2 AnyOf choices: [string]
//!              | 3 Number min: i64?, max: i64?, unit: string? | 4 Year min: i64?, max: i64? | 5 Date
//! Definition   = id: string, when: Expr
//! Domain       = tag, in the order of Domain::ALL
//! RightKind    = tag, in the order of RightKind::ALL
//! Right        = id: string, domain: Domain, kind: RightKind, when: Expr, uses: [QuestionId],
//!                offices: [OfficeId], documents: [string], steps: [string], sources: [SourceId],
//!                valid_from: PartialDate?, valid_until: PartialDate?, check_with_office: bool
//! Office       = id: string, name: string?, city: string?, region: string?, address: string?,
//!                phone: [string], whatsapp: string?, email: string?, website: string?, hours: string?, sources: [SourceId]
//! Source       = id: string, title: string, issuer: string, date: PartialDate?,
//!                reference: string, link: string?
//! Expr         = 0 Const bool | 1 Flag QuestionId | 2 Definition DefinitionId | 3 Not Expr
//!              | 4 All [Expr] | 5 Any [Expr] | 6 Choice question: QuestionId, among: [ChoiceId]
//!              | 7 Includes question: QuestionId, choice: ChoiceId
//!              | 8 Compare op: CompareOp, left: Term, right: Term
//! CompareOp    = 0 Eq | 1 Ne | 2 Lt | 3 Le | 4 Gt | 5 Ge
//! Term         = 0 Literal i64 | 1 Answer QuestionId | 2 YearsSince QuestionId | 3 Add Term Term
//!              | 4 Sub Term Term
//! QuestionId, DefinitionId, RightId, ChoiceId, OfficeId, SourceId = u16
//! Date         = days since 1970-01-01: i32
//! PartialDate  = year: i32, month: u8, day: u8
//! ```

use crate::date::{Date, PartialDate};
use crate::model::{
    ChoiceId, CompareOp, Definition, DefinitionId, Details, Domain, Expr, Office, OfficeId, Question, QuestionId,
    QuestionKind, Right, RightId, RightKind, RuleSet, Source, SourceId, Term,
};
use huquq_wire::{Reader, Wire, Writer};

macro_rules! wire_ids {
    ($($id:ty),*) => {$(
        impl Wire for $id {
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

impl Wire for RuleSet {
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
    }
    fn read(r: &mut Reader<'_>) -> Option<RuleSet> {
        Some(RuleSet {
            reviewed: r.read()?,
            questions: r.read()?,
            definitions: r.read()?,
            rights: r.read()?,
            offices: r.read()?,
            sources: r.read()?,
            priority: r.read()?,
            emergency: r.read()?,
            placement: r.read()?,
            what_if: r.read()?,
        })
    }
}

impl Wire for Question {
    fn write(&self, w: &mut Writer) {
        w.write(&self.id);
        w.write(&self.kind);
        w.write(&self.ask_if);
        w.write(&self.dont_know);
        w.write(&self.sensitive);
    }
    fn read(r: &mut Reader<'_>) -> Option<Question> {
        Some(Question { id: r.read()?, kind: r.read()?, ask_if: r.read()?, dont_know: r.read()?, sensitive: r.read()? })
    }
}

impl Wire for QuestionKind {
    fn write(&self, w: &mut Writer) {
        match self {
            QuestionKind::YesNo => w.byte(0),
            QuestionKind::OneOf { choices } => {
                w.byte(1);
                w.write(choices);
            }
            QuestionKind::AnyOf { choices } => {
                w.byte(2);
                w.write(choices);
            }
            QuestionKind::Number { min, max, unit } => {
                w.byte(3);
                w.write(min);
                w.write(max);
                w.write(unit);
            }
            QuestionKind::Year { min, max } => {
                w.byte(4);
                w.write(min);
                w.write(max);
            }
            QuestionKind::Date => w.byte(5),
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<QuestionKind> {
        Some(match r.byte()? {
            0 => QuestionKind::YesNo,
            1 => QuestionKind::OneOf { choices: r.read()? },
            2 => QuestionKind::AnyOf { choices: r.read()? },
            3 => QuestionKind::Number { min: r.read()?, max: r.read()?, unit: r.read()? },
            4 => QuestionKind::Year { min: r.read()?, max: r.read()? },
            5 => QuestionKind::Date,
            _ => return None,
        })
    }
}

impl Wire for Definition {
    fn write(&self, w: &mut Writer) {
        w.write(&self.id);
        w.write(&self.when);
    }
    fn read(r: &mut Reader<'_>) -> Option<Definition> {
        Some(Definition { id: r.read()?, when: r.read()? })
    }
}

impl Wire for Domain {
    fn write(&self, w: &mut Writer) {
        w.byte(*self as u8);
    }
    fn read(r: &mut Reader<'_>) -> Option<Domain> {
        Domain::ALL.get(usize::from(r.byte()?)).copied()
    }
}

impl Wire for RightKind {
    fn write(&self, w: &mut Writer) {
        w.byte(*self as u8);
    }
    fn read(r: &mut Reader<'_>) -> Option<RightKind> {
        RightKind::ALL.get(usize::from(r.byte()?)).copied()
    }
}

impl Wire for Right {
    fn write(&self, w: &mut Writer) {
        w.write(&self.id);
        w.write(&self.domain);
        w.write(&self.kind);
        w.write(&self.when);
        w.write(&self.uses);
        w.write(&self.offices);
        w.write(&self.documents);
        w.write(&self.steps);
        w.write(&self.sources);
        w.write(&self.valid_from);
        w.write(&self.valid_until);
        w.write(&self.check_with_office);
        w.write(&self.urgent);
        w.write(&self.within_days);
    }
    fn read(r: &mut Reader<'_>) -> Option<Right> {
        Some(Right {
            id: r.read()?,
            domain: r.read()?,
            kind: r.read()?,
            when: r.read()?,
            uses: r.read()?,
            offices: r.read()?,
            documents: r.read()?,
            steps: r.read()?,
            sources: r.read()?,
            valid_from: r.read()?,
            valid_until: r.read()?,
            check_with_office: r.read()?,
            urgent: r.read()?,
            within_days: r.read()?,
        })
    }
}

impl Wire for Details {
    fn write(&self, w: &mut Writer) {
        w.write(&self.offices);
        w.write(&self.sources);
    }
    fn read(r: &mut Reader<'_>) -> Option<Details> {
        Some(Details { offices: r.read()?, sources: r.read()? })
    }
}

impl Wire for Office {
    fn write(&self, w: &mut Writer) {
        w.write(&self.id);
        w.write(&self.name);
        w.write(&self.city);
        w.write(&self.region);
        w.write(&self.address);
        w.write(&self.phone);
        w.write(&self.whatsapp);
        w.write(&self.email);
        w.write(&self.website);
        w.write(&self.hours);
        w.write(&self.sources);
    }
    fn read(r: &mut Reader<'_>) -> Option<Office> {
        Some(Office {
            id: r.read()?,
            name: r.read()?,
            city: r.read()?,
            region: r.read()?,
            address: r.read()?,
            phone: r.read()?,
            whatsapp: r.read()?,
            email: r.read()?,
            website: r.read()?,
            hours: r.read()?,
            sources: r.read()?,
        })
    }
}

impl Wire for Source {
    fn write(&self, w: &mut Writer) {
        w.write(&self.id);
        w.write(&self.title);
        w.write(&self.issuer);
        w.write(&self.date);
        w.write(&self.reference);
        w.write(&self.link);
    }
    fn read(r: &mut Reader<'_>) -> Option<Source> {
        Some(Source {
            id: r.read()?,
            title: r.read()?,
            issuer: r.read()?,
            date: r.read()?,
            reference: r.read()?,
            link: r.read()?,
        })
    }
}

impl Wire for Expr {
    fn write(&self, w: &mut Writer) {
        match self {
            Expr::Const(value) => {
                w.byte(0);
                w.write(value);
            }
            Expr::Flag(question) => {
                w.byte(1);
                w.write(question);
            }
            Expr::Definition(definition) => {
                w.byte(2);
                w.write(definition);
            }
            Expr::Not(inner) => {
                w.byte(3);
                w.write(inner);
            }
            Expr::All(items) => {
                w.byte(4);
                w.write(items);
            }
            Expr::Any(items) => {
                w.byte(5);
                w.write(items);
            }
            Expr::Choice { question, among } => {
                w.byte(6);
                w.write(question);
                w.write(among);
            }
            Expr::Includes { question, choice } => {
                w.byte(7);
                w.write(question);
                w.write(choice);
            }
            Expr::Compare { op, left, right } => {
                w.byte(8);
                w.write(op);
                w.write(left);
                w.write(right);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<Expr> {
        Some(match r.byte()? {
            0 => Expr::Const(r.read()?),
            1 => Expr::Flag(r.read()?),
            2 => Expr::Definition(r.read()?),
            3 => Expr::Not(r.read()?),
            4 => Expr::All(r.read()?),
            5 => Expr::Any(r.read()?),
            6 => Expr::Choice { question: r.read()?, among: r.read()? },
            7 => Expr::Includes { question: r.read()?, choice: r.read()? },
            8 => Expr::Compare { op: r.read()?, left: r.read()?, right: r.read()? },
            _ => return None,
        })
    }
}

impl Wire for CompareOp {
    fn write(&self, w: &mut Writer) {
        w.byte(*self as u8);
    }
    fn read(r: &mut Reader<'_>) -> Option<CompareOp> {
        Some(match r.byte()? {
            0 => CompareOp::Eq,
            1 => CompareOp::Ne,
            2 => CompareOp::Lt,
            3 => CompareOp::Le,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }
}

impl Wire for Term {
    fn write(&self, w: &mut Writer) {
        match self {
            Term::Literal(n) => {
                w.byte(0);
                w.write(n);
            }
            Term::Answer(question) => {
                w.byte(1);
                w.write(question);
            }
            Term::YearsSince(question) => {
                w.byte(2);
                w.write(question);
            }
            Term::Add(left, right) => {
                w.byte(3);
                w.write(left);
                w.write(right);
            }
            Term::Sub(left, right) => {
                w.byte(4);
                w.write(left);
                w.write(right);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Option<Term> {
        Some(match r.byte()? {
            0 => Term::Literal(r.read()?),
            1 => Term::Answer(r.read()?),
            2 => Term::YearsSince(r.read()?),
            3 => Term::Add(r.read()?, r.read()?),
            4 => Term::Sub(r.read()?, r.read()?),
            _ => return None,
        })
    }
}

impl Wire for Date {
    fn write(&self, w: &mut Writer) {
        w.write(&self.days());
    }
    fn read(r: &mut Reader<'_>) -> Option<Date> {
        r.read().map(Date::from_days)
    }
}

impl Wire for PartialDate {
    fn write(&self, w: &mut Writer) {
        w.write(&self.year);
        w.write(&self.month);
        w.write(&self.day);
    }
    fn read(r: &mut Reader<'_>) -> Option<PartialDate> {
        Some(PartialDate { year: r.read()?, month: r.read()?, day: r.read()? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use huquq_wire::{from_bytes, to_bytes};

    #[test]
    fn every_tag_reads_back_as_written() {
        for domain in Domain::ALL {
            assert_eq!(from_bytes(&to_bytes(&domain)), Ok(domain));
        }
        for kind in RightKind::ALL {
            assert_eq!(from_bytes(&to_bytes(&kind)), Ok(kind));
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
    }

    #[test]
    fn unknown_tags_are_refused() {
        assert!(from_bytes::<Domain>(&[Domain::ALL.len() as u8]).is_err());
        assert!(from_bytes::<RightKind>(&[3]).is_err());
        assert!(from_bytes::<CompareOp>(&[6]).is_err());
        assert!(from_bytes::<Expr>(&[9]).is_err());
        assert!(from_bytes::<Term>(&[5]).is_err());
        assert!(from_bytes::<QuestionKind>(&[6]).is_err());
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
