//! Sources and the offices that cite them: ids, a source's required fields and date, an
//! office's region (a choice of the `region` question), its city (an id whose name each
//! language gives), its hours (days and times) and its sources. Whether links, e-mail
//! addresses and phone numbers are well written is `contacts`' job, not this one's; what an
//! office is for (`needs`) is `local_contacts`'.

use super::declarations::{closest, is_kebab_name};
use super::{Lowering, Parsed, Spans};
use crate::check::diagnostic::{Code, Diagnostic, Location};
use crate::check::syntax::{RawOffice, RawOpening};
use crate::hours::{Clock, FOR, Opening, Time, Weekday};
use crate::model::{Office, OfficeId, Question, QuestionId, Source, SourceId};
use std::collections::HashMap;
use toml::Spanned;

/// How hours are written, for every `bad-hours` message.
const HOURS_FORM: &str = "write each line as the source gives it: `{ days = [\"mon\"], part = \"morning\" }`, \
                          `{ days = [\"tue\", \"wed\"], from = \"09:00\", to = \"13:00\" }`; add `for = \"calls\"` for a phone's hours";

impl Lowering<'_> {
    pub(super) fn sources(&mut self, files: &[Parsed], spans: &mut Spans) -> Vec<Source> {
        let mut sources = Vec::new();
        for file in files {
            for raw in &file.content.source {
                let at = Location { file: file.file, span: raw.id.span() };
                if !self.declare("source", raw.id.get_ref(), &at, is_kebab_name)
                    || self.next_id(sources.len(), "sources", &at, SourceId::from_index).is_none()
                {
                    continue;
                }
                let date = raw.date.as_ref().and_then(|d| self.date(file.file, d));
                for (field, value) in [("title", &raw.title), ("issuer", &raw.issuer), ("reference", &raw.reference)] {
                    if value.get_ref().trim().is_empty() {
                        self.error(
                            Diagnostic::error(
                                Code::EmptyField,
                                format!("source `{}` has an empty `{field}`", raw.id.get_ref()),
                            )
                            .at(at.clone(), "this source"),
                        );
                    } else if let Some(found) = internal_note(value.get_ref()) {
                        self.error(
                            Diagnostic::error(
                                Code::InternalNote,
                                format!("source `{}` shows people a research note in its `{field}`", raw.id.get_ref()),
                            )
                            .at(Location { file: file.file, span: value.span() }, format!("`{found}` is for us, not for people"))
                            .note("move it to the source's `note`; write a date as the document does (9 octobre 2013), or in `date`"),
                        );
                    }
                }
                sources.push(Source {
                    id: raw.id.get_ref().clone(),
                    title: raw.title.get_ref().clone(),
                    issuer: raw.issuer.get_ref().clone(),
                    date,
                    reference: raw.reference.get_ref().clone(),
                    link: raw.link.as_ref().map(|l| l.get_ref().clone()),
                });
                spans.sources.push(at);
            }
        }
        sources
    }

    pub(super) fn offices(
        &mut self,
        files: &[Parsed],
        questions: &[Question],
        placement: Option<QuestionId>,
        sources: &HashMap<String, SourceId>,
        spans: &mut Spans,
    ) -> Vec<Office> {
        let placement = placement.map(|q| &questions[q.index()]);
        let regions: Vec<&str> =
            placement.map_or(Vec::new(), |q| q.kind.choices().iter().map(String::as_str).collect());
        let question = placement.map_or("", |q| q.id.as_str());
        let mut offices = Vec::new();
        for file in files {
            for raw in &file.content.office {
                let at = Location { file: file.file, span: raw.id.span() };
                if !self.declare("office", raw.id.get_ref(), &at, is_kebab_name)
                    || self.next_id(offices.len(), "offices", &at, OfficeId::from_index).is_none()
                {
                    continue;
                }
                self.region(file.file, raw, question, &regions);
                self.sourced(raw, &at);
                let office_sources = self.references("source", file.file, &raw.sources, sources);
                let city = raw.city.as_ref().and_then(|city| self.city(file.file, city, spans));
                let hours = raw.hours.iter().filter_map(|line| self.opening(file.file, line)).collect();
                offices.push(Office {
                    id: raw.id.get_ref().clone(),
                    name: raw.name.clone(),
                    city,
                    region: raw.region.as_ref().map(|r| r.get_ref().clone()),
                    address: raw.address.clone(),
                    phone: raw.phone.iter().map(|p| p.get_ref().clone()).collect(),
                    whatsapp: raw.whatsapp.as_ref().map(|p| p.get_ref().clone()),
                    email: raw.email.as_ref().map(|e| e.get_ref().clone()),
                    website: raw.website.as_ref().map(|w| w.get_ref().clone()),
                    hours,
                    sources: office_sources,
                });
                spans.offices.push(at);
            }
        }
        offices
    }

    /// An error if the office's region is not a choice of the `region` question.
    fn region(&mut self, file: usize, raw: &RawOffice, question: &str, regions: &[&str]) {
        let Some(region) = &raw.region else { return };
        if regions.contains(&region.get_ref().as_str()) {
            return;
        }
        let what = if question.is_empty() {
            "no question places offices: add `places_offices = \"<question>\"` to `[meta]`".to_string()
        } else {
            format!("not a choice of the `{question}` question, which places offices")
        };
        let mut diagnostic = Diagnostic::error(Code::UnknownRegion, format!("`{}` is {what}", region.get_ref()))
            .at(Location { file, span: region.span() }, "unknown region");
        if let Some(near) = closest(region.get_ref(), regions.iter().copied()) {
            diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
        }
        self.error(diagnostic);
    }

    /// The city's id, if it is written as ids are; its first use is where a missing name is
    /// reported.
    fn city(&mut self, file: usize, city: &Spanned<String>, spans: &mut Spans) -> Option<String> {
        let here = Location { file, span: city.span() };
        if !is_kebab_name(city.get_ref()) {
            self.error(
                Diagnostic::error(Code::BadId, format!("`{}` is not a valid city id", city.get_ref()))
                    .at(here, "this id")
                    .note("a city is an id in lowercase words joined by `-` (`fes`, `rabat`); its name in each language is the text `city-<id>`"),
            );
            return None;
        }
        spans.cities.entry(city.get_ref().clone()).or_insert(here);
        Some(city.get_ref().clone())
    }

    /// One line of an office's hours, or `None` (with its errors) if it is not written as
    /// hours are.
    fn opening(&mut self, file: usize, line: &Spanned<RawOpening>) -> Option<Opening> {
        let raw = line.get_ref();
        let errors = self.diagnostics.len();
        let bad = |cx: &mut Self, span: std::ops::Range<usize>, message: String, label: &str| {
            cx.error(
                Diagnostic::error(Code::BadHours, message)
                    .at(Location { file, span }, label.to_string())
                    .note(HOURS_FORM),
            );
        };
        let mut days = Vec::new();
        for day in &raw.days {
            match Weekday::from_name(day.get_ref()) {
                Some(known) if days.contains(&known) => {
                    bad(self, day.span(), format!("`{}` is written twice", day.get_ref()), "again");
                }
                Some(known) => days.push(known),
                None => {
                    let names = Weekday::ALL.map(Weekday::name);
                    bad(
                        self,
                        day.span(),
                        format!("`{}` is not a day: write {}", day.get_ref(), names.join(", ")),
                        "unknown day",
                    );
                }
            }
        }
        let time = match (&raw.part, clock(&raw.from), clock(&raw.to)) {
            (Some(part), None, None) => Time::part(part.get_ref()).unwrap_or_else(|| {
                let message =
                    format!("`{}` is not a part of the day: write {}", part.get_ref(), Time::PARTS.join(" or "));
                bad(self, part.span(), message, "unknown part of the day");
                Time::Unsaid
            }),
            (Some(part), _, _) => {
                let message = "a line gives a part of the day or a time range, not both".to_string();
                bad(self, part.span(), message, "a part of the day, and times");
                Time::Unsaid
            }
            (None, Some((Some(from), _)), Some((Some(to), to_at))) if to <= from => {
                bad(self, to_at.span(), format!("`to` ({to}) is not after `from` ({from})"), "not after `from`");
                Time::Unsaid
            }
            (None, Some((Some(from), _)), Some((Some(to), _))) => Time::Range { from, to },
            (None, Some((from, from_at)), Some((to, to_at))) => {
                for (parsed, at) in [(from, from_at), (to, to_at)] {
                    if parsed.is_none() {
                        let message = format!("`{}` is not a time written as hours and minutes, `09:00`", at.get_ref());
                        bad(self, at.span(), message, "not HH:MM");
                    }
                }
                Time::Unsaid
            }
            (None, Some((_, alone)), None) | (None, None, Some((_, alone))) => {
                bad(self, alone.span(), "a time range needs both `from` and `to`".to_string(), "only one end");
                Time::Unsaid
            }
            (None, None, None) if raw.days.is_empty() => {
                bad(self, line.span(), "this line of hours gives no day and no time".to_string(), "says nothing");
                Time::Unsaid
            }
            (None, None, None) => Time::Unsaid,
        };
        let calls = match &raw.for_what {
            Some(what) if FOR.contains(&what.get_ref().as_str()) => true,
            Some(what) => {
                bad(
                    self,
                    what.span(),
                    format!("`{}` is not what hours can be for: write {}", what.get_ref(), FOR.join(" or ")),
                    "unknown",
                );
                false
            }
            None => false,
        };
        (self.diagnostics.len() == errors).then_some(Opening { days, time, calls })
    }

    /// An error if the office gives contact details and cites no source for them.
    fn sourced(&mut self, raw: &RawOffice, at: &Location) {
        let specific = raw.name.is_some()
            || raw.address.is_some()
            || !raw.phone.is_empty()
            || raw.whatsapp.is_some()
            || raw.email.is_some()
            || raw.website.is_some()
            || !raw.hours.is_empty();
        if specific && raw.sources.is_empty() {
            self.error(
                Diagnostic::error(Code::UnsourcedOffice, format!("office `{}` gives contact details without a source", raw.id.get_ref()))
                    .at(at.clone(), "this office")
                    .note("add `sources = [...]` naming where the name, address or phone number comes from; never write one from memory"),
            );
        }
    }
}

/// A time as written, with what it reads as (`None` if it is not `HH:MM`).
fn clock(value: &Option<Spanned<String>>) -> Option<(Option<Clock>, &Spanned<String>)> {
    value.as_ref().map(|v| (Clock::parse(v.get_ref()), v))
}

/// What in a text shown to people is a research note: a seed file, the facts file, a section
/// sign, or a date written the ISO way (2021-08-22, 2021-08), which the page cannot translate.
/// A Moroccan text's number ("arrêté n° 1391-05") is not a date.
fn internal_note(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    if let Some(word) = ["seed", "public-facts", "§"].into_iter().find(|w| lower.contains(w)) {
        return Some(word.to_string());
    }
    let bytes = text.as_bytes();
    let digits = |at: usize, n: usize| bytes.get(at..at + n).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    (0..bytes.len()).find_map(|at| {
        let starts = at == 0 || !bytes[at - 1].is_ascii_digit();
        let number =
            |from: usize, n: usize| digits(from, n).then(|| text[from..from + n].parse::<u32>().ok()).flatten();
        let year = number(at, 4).is_some_and(|y| (1900..=2100).contains(&y));
        let month = number(at + 5, 2).is_some_and(|m| (1..=12).contains(&m));
        let iso = starts && year && bytes.get(at + 4) == Some(&b'-') && month;
        let ends = !bytes.get(at + 7).is_some_and(u8::is_ascii_digit);
        let day = bytes.get(at + 7) == Some(&b'-') && digits(at + 8, 2);
        (iso && ends).then(|| text[at..at + if day { 10 } else { 7 }].to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{codes, lowered, lowered_files};
    use super::internal_note;

    const SOURCE: &str =
        "[[source]]\nid = \"report\"\ntitle = \"Report\"\nissuer = \"Ministry\"\nreference = \"p. 3\"\n";

    #[test]
    fn a_source_needs_what_a_lawyer_needs_to_find_it() {
        let (lowered, diagnostics) =
            lowered(&format!("{SOURCE}date = \"2013-10\"\n{}", SOURCE.replace("p. 3", " ").replace("report", "other")));
        assert_eq!(codes(&diagnostics), ["empty-field"]);
        assert_eq!(lowered.rules.sources[0].date.map(|d| d.to_string()).as_deref(), Some("2013-10"));
    }

    #[test]
    fn an_office_cites_its_sources_and_sits_in_a_known_region() {
        let region = "[[question]]\nid = \"region\"\nkind = \"one_of\"\nchoices = [\"oriental\", \"souss_massa\"]\n";
        let offices = "[[office]]\nid = \"desk\"\nregion = \"oriental\"\nsources = [\"report\"]\n\
                       [[office]]\nid = \"bureau\"\nregion = \"orientale\"\nphone = [\"+212 5\"]\n\
                       [[office]]\nid = \"agency\"\nsources = [\"reprot\"]\n";
        let meta = "[meta]\nreviewed = 2026-01-01\nversion = 1\nplaces_offices = \"region\"\n";
        let (lowered, diagnostics) = lowered_files(&[&format!("{meta}{region}{SOURCE}{offices}")]);
        assert_eq!(codes(&diagnostics), ["unknown-region", "unsourced-office", "unknown-reference"]);
        assert!(diagnostics[0].notes.contains(&"did you mean `oriental`?".to_string()));
        assert_eq!(lowered.rules.offices[0].sources, [0.into()]);
        assert_eq!(lowered.rules.offices.len(), 3, "an office with mistakes is kept, so later checks still see it");
    }

    #[test]
    fn hours_are_kept_as_written_and_a_city_is_an_id_whose_first_use_is_remembered() {
        use crate::hours::{Clock, Opening, Time, Weekday};
        let office = "[[office]]\nid = \"desk\"\ncity = \"fes\"\nsources = [\"report\"]\nhours = [\
                      { days = [\"tue\", \"wed\"], from = \"09:00\", to = \"13:30\" }, { part = \"morning\", for = \"calls\" }]\n";
        let (lowered, diagnostics) = lowered(&format!("{SOURCE}{office}{}", office.replace("desk", "bureau")));
        assert_eq!(codes(&diagnostics), Vec::<&str>::new());
        let desk = &lowered.rules.offices[0];
        assert_eq!(desk.city.as_deref(), Some("fes"));
        let range = Time::Range { from: Clock(9 * 60), to: Clock(13 * 60 + 30) };
        assert_eq!(
            desk.hours,
            [
                Opening { days: vec![Weekday::Tue, Weekday::Wed], time: range, calls: false },
                Opening { days: vec![], time: Time::Morning, calls: true },
            ]
        );
        let first = lowered.spans.cities["fes"].span.start;
        assert!(first < lowered.spans.offices[1].span.start, "the city's first use, in the first office");
    }

    #[test]
    fn research_notes_are_found_and_a_texts_number_is_not_a_date() {
        assert_eq!(internal_note("Seed 001, lines 479-482").as_deref(), Some("seed"));
        assert_eq!(internal_note("public-facts §8.1").as_deref(), Some("public-facts"));
        assert_eq!(internal_note("cited (2021-08-22)").as_deref(), Some("2021-08-22"));
        assert_eq!(internal_note("report of 2016-12").as_deref(), Some("2016-12"));
        for fine in ["Arrêté n° 1391-05", "plan 2015-2025", "rentrée 2023-2024", "loi n° 02-03", "Art. 17"] {
            assert_eq!(internal_note(fine), None, "{fine}");
        }
    }
}
