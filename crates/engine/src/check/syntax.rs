//! Syntax, the checker's second step: the rules files as their authors write them, TOML
//! tables read with the position of every value. No name is resolved here (that is `lower`).
//! Unknown keys are errors, so a misspelt `when` never silently becomes a right that applies
//! to everyone. Conditions stay text here; `expr` parses them.

use super::diagnostic::{Code, Diagnostic, Location};
use crate::date::PartialDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    pub meta: Option<Meta>,
    #[serde(default)]
    pub question: Vec<RawQuestion>,
    #[serde(default)]
    pub definition: Vec<RawDefinition>,
    #[serde(default)]
    pub right: Vec<RawRight>,
    #[serde(default)]
    pub office: Vec<RawOffice>,
    #[serde(default)]
    pub source: Vec<RawSource>,
    /// Where local contacts were looked for: `huquq-rules offices --coverage` reads them.
    #[serde(default)]
    pub search: Vec<RawSearch>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub reviewed: Spanned<toml::Value>,
    /// The rules' version, a whole number raised with every change to a right (required;
    /// optional here so that its absence is reported with a sentence, not as TOML).
    pub version: Option<Spanned<i64>>,
    /// Right ids, in the order the results offer them first ("start here").
    #[serde(default)]
    pub priority: Vec<Spanned<String>>,
    /// Office ids of the emergency numbers shown whenever something urgent applies.
    #[serde(default)]
    pub emergency: Vec<Spanned<String>>,
    /// The one-choice question whose choices are the regions of offices.
    pub places_offices: Option<Spanned<String>>,
    /// The one-choice question the results offer to try other answers to.
    pub what_if: Option<Spanned<String>>,
    /// The several-choice question of what the person came for, asked first.
    pub needs: Option<Spanned<String>>,
    /// The most questions an interview may ask: the audit proves it.
    pub max_questions: Option<Spanned<usize>>,
    /// Months after its newest evidence when a programme is due for review (default 24).
    pub programme_months: Option<Spanned<i64>>,
    /// Months after its newest evidence when an office's contact is due for review (default 18).
    pub contact_months: Option<Spanned<i64>>,
    /// City ids whose local contacts `huquq-rules offices --coverage` checks, need by need.
    #[serde(default)]
    pub coverage_cities: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    #[serde(default)]
    pub choices: Vec<Spanned<String>>,
    pub ask_if: Option<Spanned<String>>,
    #[serde(default = "yes")]
    pub dont_know: bool,
    #[serde(default)]
    pub sensitive: bool,
    /// Choices shown before the others, in this order; the declared order still codes answers.
    #[serde(default)]
    pub shown_first: Vec<Spanned<String>>,
    /// On the question `[meta] needs` names: each choice with the domains it puts first.
    pub domains: Option<Spanned<ChoiceDomains>>,
    pub min: Option<Spanned<i64>>,
    pub max: Option<Spanned<i64>>,
    pub unit: Option<Spanned<String>>,
    /// For authors only: why the question is asked this way.
    pub note: Option<String>,
}

/// Each choice of the needs question, with the domains (`health`, `work`…) it puts first.
pub type ChoiceDomains = BTreeMap<Spanned<String>, Vec<Spanned<String>>>;

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDefinition {
    pub id: Spanned<String>,
    pub when: Spanned<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRight {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    pub when: Spanned<String>,
    /// For whom the sources leave the answer open: a condition like `when`.
    pub unknown_when: Option<Spanned<String>>,
    #[serde(default)]
    pub offices: Vec<Spanned<String>>,
    #[serde(default)]
    pub documents: Vec<RawDocument>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    pub valid_from: Option<Spanned<toml::Value>>,
    pub valid_until: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub check_with_office: bool,
    #[serde(default)]
    pub urgent: bool,
    pub within_days: Option<Spanned<i64>>,
    /// Rights never to apply together with this one: the audit proves it.
    #[serde(default)]
    pub exclusive_with: Vec<Spanned<String>>,
    /// The month an author last searched for newer evidence and found none.
    pub searched: Option<Spanned<toml::Value>>,
    /// For authors only: what is uncertain, what was left out and why.
    pub note: Option<String>,
}

/// A step of a right: its id (`"go-to-health-centre"`), or a table when it needs more:
/// `{ id = "…", when = "…", sources = ["…"], start_here = false }`.
#[derive(Debug)]
pub struct RawStep {
    pub id: Spanned<String>,
    /// Shown only to those for whom this is not false.
    pub when: Option<Spanned<String>>,
    /// Its own sources, when it rests on evidence of its own.
    pub sources: Vec<Spanned<String>>,
    /// `false` when it needs something no question asks (a case before a court).
    pub start_here: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepTable {
    id: Spanned<String>,
    when: Option<Spanned<String>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    start_here: Option<Spanned<bool>>,
}

impl<'de> Deserialize<'de> for RawStep {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<RawStep, D::Error> {
        Ok(match IdOrTable::<StepTable>::read(deserializer)? {
            IdOrTable::Id(id) => RawStep { id, when: None, sources: Vec::new(), start_here: None },
            IdOrTable::Table(t) => RawStep { id: t.id, when: t.when, sources: t.sources, start_here: t.start_here },
        })
    }
}

/// A document to bring: its id, or `{ id = "…", when = "…" }` when only some people bring it.
#[derive(Debug)]
pub struct RawDocument {
    pub id: Spanned<String>,
    pub when: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentTable {
    id: Spanned<String>,
    when: Option<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawDocument {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<RawDocument, D::Error> {
        Ok(match IdOrTable::<DocumentTable>::read(deserializer)? {
            IdOrTable::Id(id) => RawDocument { id, when: None },
            IdOrTable::Table(t) => RawDocument { id: t.id, when: t.when },
        })
    }
}

/// A list entry written as an id in quotes (kept with its place) or as a table.
enum IdOrTable<T> {
    Id(Spanned<String>),
    Table(T),
}

impl<'de, T: Deserialize<'de>> IdOrTable<T> {
    fn read<D: serde::Deserializer<'de>>(deserializer: D) -> Result<IdOrTable<T>, D::Error> {
        let spanned = Spanned::<Unplaced<T>>::deserialize(deserializer)?;
        let span = spanned.span();
        Ok(match spanned.into_inner() {
            Unplaced(Ok(id)) => IdOrTable::Id(Spanned::new(span, id)),
            Unplaced(Err(table)) => IdOrTable::Table(table),
        })
    }
}

/// An id, or a table, before its place is known.
struct Unplaced<T>(Result<String, T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Unplaced<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Unplaced<T>, D::Error> {
        struct Either<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Either<T> {
            type Value = Unplaced<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an id in quotes, or a table with `id`")
            }
            fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<Unplaced<T>, E> {
                Ok(Unplaced(Ok(id.to_string())))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Unplaced<T>, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(|t| Unplaced(Err(t)))
            }
        }
        deserializer.deserialize_any(Either(std::marker::PhantomData))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOffice {
    pub id: Spanned<String>,
    pub name: Option<String>,
    /// A city id (`rabat`); its name in each language is the text `city-<id>`.
    pub city: Option<Spanned<String>>,
    pub region: Option<Spanned<String>>,
    pub address: Option<String>,
    #[serde(default)]
    pub phone: Vec<Spanned<String>>,
    pub whatsapp: Option<Spanned<String>>,
    pub email: Option<Spanned<String>>,
    pub website: Option<Spanned<String>>,
    #[serde(default)]
    pub hours: Vec<Spanned<RawOpening>>,
    /// What a person can come for (`health`, `asylum`…): required, even empty.
    pub needs: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    /// The month an author last searched for a newer contact and found none.
    pub searched: Option<Spanned<toml::Value>>,
    pub note: Option<String>,
}

/// One line of an office's hours: `{ days = ["mon"], part = "morning" }`,
/// `{ days = ["tue", "wed"], from = "09:00", to = "13:00" }`, `for = "calls"` for a phone's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOpening {
    #[serde(default)]
    pub days: Vec<Spanned<String>>,
    pub part: Option<Spanned<String>>,
    pub from: Option<Spanned<String>>,
    pub to: Option<Spanned<String>>,
    #[serde(rename = "for")]
    pub for_what: Option<Spanned<String>>,
}

/// A search for a local contact: in `city`, for `need`, in `month`; what was searched and
/// what was found (a contact not sourced well enough stays here, never in an office).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSearch {
    pub city: Spanned<String>,
    pub need: Spanned<String>,
    pub month: Spanned<toml::Value>,
    pub searched: Spanned<String>,
    pub found: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub issuer: Spanned<String>,
    pub date: Option<Spanned<toml::Value>>,
    pub reference: Spanned<String>,
    pub link: Option<Spanned<String>>,
    /// The month an author last read it and found the fact still there (`"2026-12"`).
    pub checked: Option<Spanned<toml::Value>>,
    pub note: Option<String>,
}

/// Reads one rules file; a syntax error or a misspelt key is reported where it is.
pub fn parse_rules(file: usize, text: &str) -> Result<RulesFile, Box<Diagnostic>> {
    toml::from_str(text).map_err(|error| Box::new(toml_error(file, text, &error)))
}

/// A TOML error as a diagnostic at the place the parser names.
pub fn toml_error(file: usize, text: &str, error: &toml::de::Error) -> Diagnostic {
    let span = error.span().unwrap_or(0..0);
    let message = error.message().trim().to_string();
    let diagnostic = Diagnostic::error(Code::Syntax, format!("this file is not valid: {message}"));
    let diagnostic = if message.starts_with("unknown field") {
        diagnostic.note("check the spelling of the key; the keys allowed are listed above")
    } else {
        diagnostic.note("rules files are TOML: https://toml.io explains the syntax")
    };
    diagnostic.at(Location { file, span: span.start..span.end.max(span.start).min(text.len()) }, "here")
}

/// The years a date in the rules or a scenario may fall in: a law, a review or a test day
/// outside them is a typo (`-999`, `20226`), not a fact to show people.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// What to write instead of a date the rules refuse.
pub const DATE_FORMS: &str =
    "write a year (2013), a month as text (\"2013-10\") or a day (2013-10-09, or as text), from 1900 to 2100";

/// A date written as a year (`2008`), a TOML date (`2022-11-30`) or a text
/// (`"2022"`, `"2022-11"`, `"2022-11-30"`), that exists and falls within [`YEARS`].
pub fn partial_date(value: &toml::Value) -> Option<PartialDate> {
    let date = match value {
        toml::Value::Integer(year) => i32::try_from(*year).ok().map(PartialDate::year),
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            datetime.date.and_then(|d| PartialDate::parse(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)))
        }
        toml::Value::String(text) => PartialDate::parse(text),
        _ => None,
    };
    date.filter(|d| YEARS.contains(&d.year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(toml_value: &str) -> Option<String> {
        let table: toml::Table = toml::from_str(&format!("d = {toml_value}")).unwrap();
        partial_date(&table["d"]).map(|d| d.to_string())
    }

    #[test]
    fn the_forms_authors_write_are_dates() {
        for (written, read) in [
            ("2013", "2013"),
            ("\"2013\"", "2013"),
            ("\"2013-10\"", "2013-10"),
            ("2013-10-09", "2013-10-09"),
            ("\"2013-10-09\"", "2013-10-09"),
            ("1900", "1900"),
            ("2100-12-31", "2100-12-31"),
            ("2024-02-29", "2024-02-29"),
        ] {
            assert_eq!(date(written).as_deref(), Some(read), "{written}");
        }
    }

    #[test]
    fn the_forms_named_in_messages_have_the_same_years() {
        assert!(DATE_FORMS.ends_with(&format!("from {} to {}", YEARS.start(), YEARS.end())));
    }

    #[test]
    fn absurd_dates_are_refused() {
        for written in [
            "\"-999\"",
            "\"+999\"",
            "-999",
            "1899",
            "2101",
            "\"0000\"",
            "9999-01-01",
            "\"2013-13\"",
            "\"2013-10-32\"",
            "\"2013-02-30\"",
            "\"2023-02-29\"",
            "\"2013-1-9\"",
            "\"2013-10-09T10:00\"",
            "2013-10-09T10:00:00",
            "99999999999999",
            "true",
        ] {
            assert_eq!(date(written), None, "{written}");
        }
    }
}
