//! How old the evidence is. A source says when an author last found its fact still there
//! (`checked = "2026-12"`, else its own `date`); a right or an office's contact rests on the
//! newest of the sources it cites ([`Evidence::confirmation`], which lowering writes into each
//! compiled right as `confirmed`). A programme is due for review `programme_months` after that
//! (24 by default), a contact `contact_months` after (18): until a newer source confirms it, it
//! ends (`valid_until`), or an author records a search that found nothing newer
//! (`searched = "2026-12"`). Rights and procedures resting on a legal text do not age; they end.
//! A step of a programme with sources of its own is an item of its own: it rests on its own
//! sources only, and ages as its programme does.
//!
//! A search clears the review, not the age: the guide still marks a programme's evidence aged
//! (`Right::evidence_on`) on the days [`review`] would say it is due without the search.
//!
//! Lowering reads these dates ([`read`]) and checks only their form, against `reviewed`, so
//! `check` answers the same on any day; [`review`] says what is due on a given day
//! (`huquq-rules review`).

use super::diagnostic::{Code, Diagnostic, Location};
use super::lower::declarations::index_of;
use super::lower::{Lowered, Parsed};
use crate::date::{Date, PartialDate};
use crate::model::{RuleSet, SourceId, Validity};
use toml::Spanned;

const PROGRAMME_MONTHS: u16 = 24;
const CONTACT_MONTHS: u16 = 18;
/// Ten years: an age past it is a typo, and would let evidence go unreviewed for ever.
const MAX_MONTHS: u16 = 120;

/// The dates of the evidence, as the rules write them, read and checked for their form.
#[derive(Debug, Default)]
pub struct Evidence {
    /// Per source: when it was last found true (`checked`, else its `date`).
    confirmed: Vec<Option<PartialDate>>,
    /// Per right and per office: `searched`.
    right_searched: Vec<Option<PartialDate>>,
    office_searched: Vec<Option<PartialDate>>,
    pub programme_months: u16,
    pub contact_months: u16,
}

impl Evidence {
    /// When what `sources` say was last confirmed: the newest of their dates.
    pub fn confirmation(&self, sources: &[SourceId]) -> Option<PartialDate> {
        sources.iter().filter_map(|&s| self.confirmed.get(s.index()).copied().flatten()).max_by_key(|d| d.first_day())
    }
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

/// The dates of the evidence of `rules` (lowered from `files`), with an error for each date
/// or age of the wrong form: months up to `reviewed`, ages from 1 to 120 months.
pub fn read(files: &[Parsed], rules: &RuleSet, diagnostics: &mut Vec<Diagnostic>) -> Evidence {
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
            match u16::try_from(*value.get_ref()) {
                Ok(months) if (1..=MAX_MONTHS).contains(&months) => *into = months,
                _ => diagnostics.push(
                    Diagnostic::error(Code::BadNumber, format!("`{field}` is from 1 to {MAX_MONTHS} months"))
                        .at(Location { file: file.file, span: value.span() }, "out of bounds"),
                ),
            }
        }
    }
    evidence
}

/// What a review found due on a day, oldest evidence first, and how many of each kind.
pub struct Review {
    pub due: Vec<Diagnostic>,
    pub programmes: usize,
    /// Steps of programmes whose own sources are due.
    pub steps: usize,
    /// Offices' contacts.
    pub contacts: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Programme,
    Step,
    Contact,
}

/// What is due for review on `day`, oldest evidence first, each where it is written. A
/// programme's evidence is the compiled right's (`confirmed`, `ages_after`), the one the guide
/// marks aged.
pub fn review(lowered: &Lowered, day: Date) -> Review {
    let (rules, evidence) = (&lowered.rules, &lowered.evidence);
    let mut due: Vec<(Option<PartialDate>, Kind, Diagnostic)> = Vec::new();
    let mut item = |kind: Kind, what: &str, id: &str, at: &Location, confirmed, searched, months: u16| {
        let seen = [confirmed, searched].into_iter().flatten().max_by_key(|d: &PartialDate| d.first_day());
        if seen.is_some_and(|seen: PartialDate| day < seen.months_later(months)) {
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
        due.push((confirmed, kind, diagnostic));
    };
    for (r, right) in rules.rights.iter().enumerate() {
        if let (Some(months), Validity::InForce) = (right.ages_after, right.validity_on(day)) {
            let at = &lowered.spans.rights[r];
            item(Kind::Programme, "programme", &right.id, at, right.confirmed, evidence.right_searched[r], months);
            // A step with sources of its own rests on them alone; a search for the programme
            // covers its steps.
            for (step, at) in right.steps.iter().zip(&lowered.spans.step_ids[r]).filter(|(s, _)| !s.sources.is_empty())
            {
                let confirmed = evidence.confirmation(&step.sources);
                let what = format!("step `{}` of programme", step.id);
                item(Kind::Step, &what, &right.id, at, confirmed, evidence.right_searched[r], months);
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
            let confirmed = evidence.confirmation(&office.sources);
            item(
                Kind::Contact,
                "the contact of",
                &office.id,
                at,
                confirmed,
                evidence.office_searched[o],
                evidence.contact_months,
            );
        }
    }
    due.sort_by_key(|(confirmed, _, _)| confirmed.map(PartialDate::first_day));
    let count = |kind| due.iter().filter(|(_, k, _)| *k == kind).count();
    let (programmes, steps, contacts) = (count(Kind::Programme), count(Kind::Step), count(Kind::Contact));
    Review { due: due.into_iter().map(|(_, _, diagnostic)| diagnostic).collect(), programmes, steps, contacts }
}
