//! How old the evidence is. A source says when an author last found its fact still there
//! (`checked = "2026-12"`, else its own `date`); a programme or an office's contact rests on
//! the newest of the sources it cites. A programme is due for review `programme_months` after
//! that (24 by default), a contact `contact_months` after (18): until a newer source confirms
//! it, it ends (`valid_until`), or an author records a search that found nothing newer
//! (`searched = "2026-12"`). Rights and procedures resting on a legal text do not age; they end.
//! A step of a programme with sources of its own is an item of its own: it rests on its own
//! sources only, and ages as its programme does.
//!
//! `check` only reads the form of these dates, against `reviewed`, so it answers the same on any
//! day; [`review`] says what is due on a given day (`huquq-rules review`).

use super::diagnostic::{Code, Diagnostic, Location};
use super::lower::declarations::index_of;
use super::lower::{Lowered, Parsed};
use crate::date::{Date, PartialDate};
use crate::model::{RightKind, SourceId, Validity};
use toml::Spanned;

const PROGRAMME_MONTHS: i64 = 24;
const CONTACT_MONTHS: i64 = 18;
/// Ten years: an age past it is a typo, and would let evidence go unreviewed for ever.
const MAX_MONTHS: i64 = 120;

/// The dates of the evidence, as the rules write them, read and checked for their form.
struct Evidence {
    /// Per source: when it was last found true (`checked`, else its `date`).
    confirmed: Vec<Option<PartialDate>>,
    /// Per right and per office: `searched`, with where it is written.
    right_searched: Vec<Option<PartialDate>>,
    office_searched: Vec<Option<PartialDate>>,
    programme_months: i64,
    contact_months: i64,
}

/// The form of `checked`, `searched` and the ages: a month at least, not after `reviewed`,
/// ages from 1 to 120 months.
pub fn check(files: &[Parsed], lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) {
    read(files, lowered, diagnostics);
}

/// A `checked` or `searched` month (or a search record's): at least a month, not after `reviewed`.
pub(super) fn month(
    reviewed: Date,
    file: usize,
    field: &str,
    value: &Option<Spanned<toml::Value>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<PartialDate> {
    let value = value.as_ref()?;
    let date = value.get_ref().as_str().and_then(PartialDate::parse).filter(|d| d.month != 0);
    let problem = match date {
        None => format!("`{field}` is a month or a day, written \"2026-12\""),
        Some(date) if date.first_day() > reviewed => {
            format!("`{field}` is after `reviewed` ({reviewed}): move `reviewed` forward first")
        }
        Some(date) => return Some(date),
    };
    let at = Location { file, span: value.span() };
    diagnostics.push(Diagnostic::error(Code::BadDate, problem).at(at, "not a month up to `reviewed`"));
    None
}

fn read(files: &[Parsed], lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) -> Evidence {
    let rules = &lowered.rules;
    let month = |file, field, value: &Option<Spanned<toml::Value>>, diagnostics: &mut Vec<Diagnostic>| {
        month(rules.reviewed, file, field, value, diagnostics)
    };
    let mut evidence = Evidence {
        confirmed: rules.sources.iter().map(|s| s.date).collect(),
        right_searched: vec![None; rules.rights.len()],
        office_searched: vec![None; rules.offices.len()],
        programme_months: PROGRAMME_MONTHS,
        contact_months: CONTACT_MONTHS,
    };
    let sources = index_of(rules.sources.iter().map(|s| s.id.as_str()), Some);
    let rights = index_of(rules.rights.iter().map(|r| r.id.as_str()), Some);
    let offices = index_of(rules.offices.iter().map(|o| o.id.as_str()), Some);
    for file in files {
        for raw in &file.content.source {
            let found = sources.get(raw.id.get_ref()).copied();
            if let (Some(s), Some(checked)) = (found, month(file.file, "checked", &raw.checked, diagnostics)) {
                evidence.confirmed[s] = Some(checked);
            }
        }
        for raw in &file.content.right {
            let found = rights.get(raw.id.get_ref()).copied();
            if let (Some(r), Some(searched)) = (found, month(file.file, "searched", &raw.searched, diagnostics)) {
                evidence.right_searched[r] = Some(searched);
            }
        }
        for raw in &file.content.office {
            let found = offices.get(raw.id.get_ref()).copied();
            if let (Some(o), Some(searched)) = (found, month(file.file, "searched", &raw.searched, diagnostics)) {
                evidence.office_searched[o] = Some(searched);
            }
        }
        let Some(meta) = &file.content.meta else { continue };
        for (field, value, into) in [
            ("programme_months", &meta.programme_months, &mut evidence.programme_months),
            ("contact_months", &meta.contact_months, &mut evidence.contact_months),
        ] {
            let Some(value) = value else { continue };
            if (1..=MAX_MONTHS).contains(value.get_ref()) {
                *into = *value.get_ref();
            } else {
                diagnostics.push(
                    Diagnostic::error(Code::BadNumber, format!("`{field}` is from 1 to {MAX_MONTHS} months"))
                        .at(Location { file: file.file, span: value.span() }, "out of bounds"),
                );
            }
        }
    }
    evidence
}

/// What is due for review on `day`, oldest evidence first, each where it is written; and the
/// form errors of the dates, if any (then nothing is said due).
pub fn review(files: &[Parsed], lowered: &Lowered, day: Date) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let evidence = read(files, lowered, &mut errors);
    if !errors.is_empty() {
        return errors;
    }
    let rules = &lowered.rules;
    let newest = |sources: &[SourceId]| {
        sources.iter().filter_map(|&s| evidence.confirmed[s.index()]).max_by_key(|d| d.first_day())
    };
    let mut due: Vec<(Option<PartialDate>, Diagnostic)> = Vec::new();
    let mut item = |what: &str, id: &str, at: &Location, confirmed, searched, months| {
        let seen = [confirmed, searched].into_iter().flatten().max_by_key(|d: &PartialDate| d.first_day());
        if seen.is_some_and(|seen: PartialDate| day < add_months(seen, months)) {
            return;
        }
        let since = match confirmed {
            Some(date) => format!("evidence last confirmed in {date}"),
            None => "undated evidence".to_string(),
        };
        let mut diagnostic = Diagnostic::warning(
            Code::Due,
            format!("{what} `{id}` rests on {since}, older than {months} months on {day}"),
        )
        .at(at.clone(), "due for review")
        .note(
            "confirm it (`checked = \"YYYY-MM\"` on a source it cites, or a newer source), end it \
             (`valid_until`), or record a search that found nothing newer (`searched = \"YYYY-MM\"`)",
        );
        if let Some(searched) = searched {
            diagnostic = diagnostic.note(format!("last searched in {searched}"));
        }
        due.push((confirmed, diagnostic));
    };
    for (r, right) in rules.rights.iter().enumerate() {
        if right.kind == RightKind::Programme && right.validity_on(day) == Validity::InForce {
            let at = &lowered.spans.rights[r];
            item(
                "programme",
                &right.id,
                at,
                newest(&right.sources),
                evidence.right_searched[r],
                evidence.programme_months,
            );
            // A step with sources of its own rests on them alone; a search for the programme
            // covers its steps.
            for (step, at) in right.steps.iter().zip(&lowered.spans.step_ids[r]).filter(|(s, _)| !s.sources.is_empty())
            {
                item(
                    &format!("step `{}` of programme", step.id),
                    &right.id,
                    at,
                    newest(&step.sources),
                    evidence.right_searched[r],
                    evidence.programme_months,
                );
            }
        }
    }
    for (o, office) in rules.offices.iter().enumerate() {
        let contact = !office.phone.is_empty()
            || office.whatsapp.is_some()
            || office.email.is_some()
            || office.website.is_some()
            || office.address.is_some();
        if contact {
            let at = &lowered.spans.offices[o];
            item(
                "the contact of",
                &office.id,
                at,
                newest(&office.sources),
                evidence.office_searched[o],
                evidence.contact_months,
            );
        }
    }
    due.sort_by_key(|(confirmed, _)| confirmed.map(PartialDate::first_day));
    due.into_iter().map(|(_, diagnostic)| diagnostic).collect()
}

/// The first day of the month `months` after the first day of `date`.
fn add_months(date: PartialDate, months: i64) -> Date {
    let (year, month, _) = date.first_day().ymd();
    let total = i64::from(year) * 12 + i64::from(month) - 1 + months;
    let (year, month) = (i32::try_from(total / 12).unwrap_or(i32::MAX), (total % 12) as u32 + 1);
    Date::from_ymd(year, month, 1).unwrap_or(Date::from_days(i32::MAX))
}

#[cfg(test)]
mod tests {
    use super::add_months;
    use crate::date::{Date, PartialDate};

    #[test]
    fn ages_count_in_months_from_the_start_of_what_the_date_says() {
        let day = |y, m, d| Date::from_ymd(y, m, d).unwrap();
        assert_eq!(add_months(PartialDate::parse("2020").unwrap(), 24), day(2022, 1, 1));
        assert_eq!(add_months(PartialDate::parse("2024-11").unwrap(), 18), day(2026, 5, 1));
        assert_eq!(add_months(PartialDate::parse("2024-12-15").unwrap(), 1), day(2025, 1, 1));
    }
}
