//! Sources and the offices that cite them: ids, a source's required fields and date, an
//! office's region (a choice of the `region` question) and its sources. Whether links, e-mail
//! addresses and phone numbers are well written is `contacts`' job, not this one's.

use super::declarations::{closest, is_kebab_name};
use super::{Lowering, Name, Parsed, Spans};
use crate::check::diagnostic::{Code, Diagnostic, Location};
use crate::check::syntax::RawOffice;
use crate::model::{Office, OfficeId, Question, Source, SourceId};
use crate::next::REGION;
use std::collections::HashMap;

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
                    if value.trim().is_empty() {
                        self.error(
                            Diagnostic::error(
                                Code::EmptyField,
                                format!("source `{}` has an empty `{field}`", raw.id.get_ref()),
                            )
                            .at(at.clone(), "this source"),
                        );
                    }
                }
                sources.push(Source {
                    id: raw.id.get_ref().clone(),
                    title: raw.title.clone(),
                    issuer: raw.issuer.clone(),
                    date,
                    reference: raw.reference.clone(),
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
        sources: &HashMap<String, SourceId>,
        spans: &mut Spans,
    ) -> Vec<Office> {
        let regions: Vec<&str> = match self.names.get(REGION) {
            Some(Name::Question(q)) => questions[q.index()].kind.choices().iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        let mut offices = Vec::new();
        for file in files {
            for raw in &file.content.office {
                let at = Location { file: file.file, span: raw.id.span() };
                if !self.declare("office", raw.id.get_ref(), &at, is_kebab_name)
                    || self.next_id(offices.len(), "offices", &at, OfficeId::from_index).is_none()
                {
                    continue;
                }
                self.region(file.file, raw, &regions);
                self.sourced(raw, &at);
                let office_sources = self.references("source", file.file, &raw.sources, sources);
                offices.push(Office {
                    id: raw.id.get_ref().clone(),
                    name: raw.name.clone(),
                    city: raw.city.clone(),
                    region: raw.region.as_ref().map(|r| r.get_ref().clone()),
                    address: raw.address.clone(),
                    phone: raw.phone.iter().map(|p| p.get_ref().clone()).collect(),
                    email: raw.email.as_ref().map(|e| e.get_ref().clone()),
                    website: raw.website.as_ref().map(|w| w.get_ref().clone()),
                    hours: raw.hours.clone(),
                    sources: office_sources,
                });
                spans.offices.push(at);
            }
        }
        offices
    }

    /// An error if the office's region is not a choice of the `region` question.
    fn region(&mut self, file: usize, raw: &RawOffice, regions: &[&str]) {
        let Some(region) = &raw.region else { return };
        if regions.contains(&region.get_ref().as_str()) {
            return;
        }
        let mut diagnostic = Diagnostic::error(
            Code::UnknownRegion,
            format!("`{}` is not a choice of the `{REGION}` question", region.get_ref()),
        )
        .at(Location { file, span: region.span() }, "unknown region");
        if let Some(near) = closest(region.get_ref(), regions.iter().copied()) {
            diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
        }
        self.error(diagnostic);
    }

    /// An error if the office gives contact details and cites no source for them.
    fn sourced(&mut self, raw: &RawOffice, at: &Location) {
        let specific = raw.name.is_some()
            || raw.address.is_some()
            || !raw.phone.is_empty()
            || raw.email.is_some()
            || raw.website.is_some()
            || raw.hours.is_some();
        if specific && raw.sources.is_empty() {
            self.error(
                Diagnostic::error(Code::UnsourcedOffice, format!("office `{}` gives contact details without a source", raw.id.get_ref()))
                    .at(at.clone(), "this office")
                    .note("add `sources = [...]` naming where the name, address or phone number comes from; never write one from memory"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{codes, lowered};

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
        let (lowered, diagnostics) = lowered(&format!("{region}{SOURCE}{offices}"));
        assert_eq!(codes(&diagnostics), ["unknown-region", "unsourced-office", "unknown-reference"]);
        assert!(diagnostics[0].notes.contains(&"did you mean `oriental`?".to_string()));
        assert_eq!(lowered.rules.offices[0].sources, [0.into()]);
        assert_eq!(lowered.rules.offices.len(), 3, "an office with mistakes is kept, so later checks still see it");
    }
}
