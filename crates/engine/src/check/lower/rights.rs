//! Rights: the id (`domain.name`), the kind, the sources (at least one), the validity dates,
//! the documents and steps (whose texts the locales must have; each may have a condition of
//! its own, and a step its own sources), the offices, and the condition (typed by `types`). A
//! right with mistakes is still lowered, so that one mistake does not hide the next; the report
//! then has errors and no rules.

use super::declarations::is_kebab_name;
use super::{Lowering, Parsed, Spans, types};
use crate::check::diagnostic::{Code, Diagnostic, Location};
use crate::check::syntax::RawRight;
use crate::model::{Document, Domain, OfficeId, Question, Right, RightId, RightKind, SourceId, Step};
use std::collections::HashMap;

/// What a right may name, declared before rights.
pub(super) struct Known<'a> {
    pub questions: &'a [Question],
    pub offices: &'a HashMap<String, OfficeId>,
    pub sources: &'a HashMap<String, SourceId>,
}

impl Lowering<'_> {
    pub(super) fn rights(&mut self, files: &[Parsed], known: &Known, spans: &mut Spans) -> Vec<Right> {
        let mut rights = Vec::new();
        for file in files {
            for raw in &file.content.right {
                let at = Location { file: file.file, span: raw.id.span() };
                let Some(domain) = self.right_domain(raw, &at) else {
                    continue;
                };
                if !self.declare("right", raw.id.get_ref(), &at, |_| true)
                    || self.next_id(rights.len(), "rights", &at, RightId::from_index).is_none()
                {
                    continue;
                }
                let right = self.right(file, raw, domain, known, spans);
                spans.rights.push(at);
                spans.conditions.push(Location { file: file.file, span: raw.when.span() });
                spans
                    .unknown_conditions
                    .push(raw.unknown_when.as_ref().map(|u| Location { file: file.file, span: u.span() }));
                rights.push(right);
            }
        }
        rights
    }

    /// The domain of a right's id, if the id is a domain, a dot and a name.
    fn right_domain(&mut self, raw: &RawRight, at: &Location) -> Option<Domain> {
        let id = raw.id.get_ref();
        let (domain, name) = id.split_once('.').unwrap_or(("", id));
        let found = Domain::from_name(domain).filter(|_| is_kebab_name(name));
        if found.is_none() {
            let domains: Vec<&str> = Domain::ALL.iter().map(|d| d.name()).collect();
            self.error(
                Diagnostic::error(Code::BadId, format!("`{id}` is not a valid right id"))
                    .at(at.clone(), "this id")
                    .note(format!("a right id is a domain, a dot and lowercase words joined by `-`, e.g. `health.primary-care`; the domains are: {}", domains.join(", "))),
            );
        }
        found
    }

    fn right(&mut self, file: &Parsed, raw: &RawRight, domain: Domain, known: &Known, spans: &mut Spans) -> Right {
        let at = Location { file: file.file, span: raw.id.span() };
        let kind = self.right_kind(file.file, raw);
        if raw.sources.is_empty() {
            self.error(
                Diagnostic::error(Code::UnsourcedRight, format!("right `{}` cites no source", raw.id.get_ref()))
                    .at(at, "this right")
                    .note("every right says where it comes from: add `sources = [\"...\"]` naming entries of a `[[source]]` table"),
            );
        }
        let (valid_from, valid_until) = self.validity(file.file, raw);
        self.texts(file.file, raw, spans);
        let when = types::condition(self, file, &raw.when, known.questions, &mut Vec::new());
        let condition = |cx: &mut Self, when: &Option<toml::Spanned<String>>, at: &mut Vec<Option<Location>>| {
            at.push(when.as_ref().map(|w| Location { file: file.file, span: w.span() }));
            when.as_ref().map(|w| types::condition(cx, file, w, known.questions, &mut Vec::new()))
        };
        let (mut document_at, mut step_at) = (Vec::new(), Vec::new());
        let documents = raw
            .documents
            .iter()
            .map(|d| Document { id: d.id.get_ref().clone(), when: condition(self, &d.when, &mut document_at) })
            .collect();
        let steps = raw
            .steps
            .iter()
            .map(|s| Step {
                id: s.id.get_ref().clone(),
                when: condition(self, &s.when, &mut step_at),
                sources: self.references("source", file.file, &s.sources, known.sources),
                start_here: s.start_here.as_ref().is_none_or(|b| *b.get_ref()),
            })
            .collect();
        spans.step_ids.push(raw.steps.iter().map(|s| Location { file: file.file, span: s.id.span() }).collect());
        spans.document_conditions.push(document_at);
        spans.step_conditions.push(step_at);
        let unknown_when =
            raw.unknown_when.as_ref().map(|u| types::condition(self, file, u, known.questions, &mut Vec::new()));
        Right {
            id: raw.id.get_ref().clone(),
            domain,
            kind,
            when,
            unknown_when,
            uses: Vec::new(),
            offices: self.references("office", file.file, &raw.offices, known.offices),
            documents,
            steps,
            sources: self.references("source", file.file, &raw.sources, known.sources),
            valid_from,
            valid_until,
            check_with_office: raw.check_with_office,
            urgent: raw.urgent,
            within_days: self.delay(file.file, raw),
            // Filled in by `lower` from the evidence, once every source is read, and from the
            // needs question.
            confirmed: None,
            ages_after: None,
            needed_for: Vec::new(),
        }
    }

    /// The pairs of rights declared `exclusive_with` each other, each once, in order.
    pub(super) fn exclusive(
        &mut self,
        files: &[Parsed],
        rights: &[Right],
        spans: &mut Spans,
    ) -> Vec<(RightId, RightId)> {
        let index: HashMap<String, RightId> =
            rights.iter().enumerate().filter_map(|(i, r)| Some((r.id.clone(), RightId::from_index(i)?))).collect();
        let mut pairs = Vec::new();
        for file in files {
            for raw in &file.content.right {
                let Some(&this) = index.get(raw.id.get_ref()) else { continue };
                for at in &raw.exclusive_with {
                    let found = self.references("right", file.file, std::slice::from_ref(at), &index);
                    let Some(&other) = found.first() else { continue };
                    if other == this {
                        self.error(
                            Diagnostic::error(
                                Code::Exclusive,
                                format!("`{}` is exclusive with itself", raw.id.get_ref()),
                            )
                            .at(Location { file: file.file, span: at.span() }, "the right itself")
                            .note("name another right, one that never applies together with this one"),
                        );
                        continue;
                    }
                    let pair = (this.min(other), this.max(other));
                    if !pairs.contains(&pair) {
                        pairs.push(pair);
                        spans.exclusive.push(Location { file: file.file, span: at.span() });
                    }
                }
            }
        }
        pairs
    }

    /// `within_days`: a deadline of one day to ten years.
    fn delay(&mut self, file: usize, raw: &RawRight) -> Option<u16> {
        let days = raw.within_days.as_ref()?;
        let fine = u16::try_from(*days.get_ref()).ok().filter(|d| (1..=3650).contains(d));
        if fine.is_none() {
            self.error(
                Diagnostic::error(Code::BadNumber, format!("`within_days` is {}", days.get_ref()))
                    .at(Location { file, span: days.span() }, "not a delay in days")
                    .note("write the deadline of the right's first step in days, from 1 to 3650 (e.g. 30)"),
            );
        }
        fine
    }

    fn right_kind(&mut self, file: usize, raw: &RawRight) -> RightKind {
        if let Some(kind) = RightKind::ALL.into_iter().find(|k| k.name() == raw.kind.get_ref()) {
            return kind;
        }
        let names: Vec<&str> = RightKind::ALL.iter().map(|k| k.name()).collect();
        self.error(
            Diagnostic::error(Code::UnknownKind, format!("`{}` is not a kind of right", raw.kind.get_ref()))
                .at(Location { file, span: raw.kind.span() }, "unknown kind")
                .note(format!("the kinds are: {}", names.join(", "))),
        );
        RightKind::Right
    }

    /// `valid_from` and `valid_until`, with an error if the right ends before it starts.
    fn validity(
        &mut self,
        file: usize,
        raw: &RawRight,
    ) -> (Option<crate::date::PartialDate>, Option<crate::date::PartialDate>) {
        let valid_from = raw.valid_from.as_ref().and_then(|d| self.date(file, d));
        let valid_until = raw.valid_until.as_ref().and_then(|d| self.date(file, d));
        if let (Some(from), Some(until), Some(from_at), Some(until_at)) =
            (valid_from, valid_until, &raw.valid_from, &raw.valid_until)
            && until.last_day() < from.first_day()
        {
            self.error(
                Diagnostic::error(Code::BadValidity, format!("right `{}` ends before it starts", raw.id.get_ref()))
                    .at(Location { file, span: until_at.span() }, "before `valid_from`")
                    .also(Location { file, span: from_at.span() }, "`valid_from`"),
            );
        }
        (valid_from, valid_until)
    }

    /// Records the first use of each document and step id, whose texts the locales need.
    fn texts(&mut self, file: usize, raw: &RawRight, spans: &mut Spans) {
        let documents: Vec<_> = raw.documents.iter().map(|d| &d.id).collect();
        let steps: Vec<_> = raw.steps.iter().map(|s| &s.id).collect();
        for (ids, map) in [(documents, &mut spans.documents), (steps, &mut spans.steps)] {
            for id in ids {
                let here = Location { file, span: id.span() };
                if is_kebab_name(id.get_ref()) {
                    map.entry(id.get_ref().clone()).or_insert(here);
                } else {
                    self.error(
                        Diagnostic::error(Code::BadId, format!("`{}` is not a valid id", id.get_ref()))
                            .at(here, "this id")
                            .note("ids are lowercase words joined by `-`"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{codes, lowered};
    use crate::model::{Domain, Expr, RightKind};

    const SOURCE: &str =
        "[[source]]\nid = \"report\"\ntitle = \"Report\"\nissuer = \"Ministry\"\nreference = \"p. 3\"\n";

    #[test]
    fn a_right_is_lowered_with_its_domain_kind_and_references() {
        let (lowered, diagnostics) = lowered(&format!(
            "{SOURCE}[[office]]\nid = \"desk\"\n[[right]]\nid = \"work.jobs\"\nkind = \"programme\"\nwhen = \"true\"\n\
             offices = [\"desk\"]\nsources = [\"report\"]\ndocuments = [\"passport\"]\nvalid_from = 2013\n"
        ));
        assert_eq!(codes(&diagnostics), Vec::<&str>::new());
        let right = &lowered.rules.rights[0];
        assert_eq!((right.domain, right.kind, &right.when), (Domain::Work, RightKind::Programme, &Expr::Const(true)));
        assert_eq!((right.offices.len(), right.sources.len()), (1, 1));
        assert!(lowered.spans.documents.contains_key("passport"));
    }

    #[test]
    fn each_mistake_of_a_right_is_reported() {
        let (lowered, diagnostics) = lowered(
            "[[right]]\nid = \"jobs\"\nkind = \"right\"\nwhen = \"true\"\n\
             [[right]]\nid = \"work.jobs\"\nkind = \"aid\"\nwhen = \"true\"\nvalid_from = 2020\nvalid_until = 2019\n\
             steps = [\"Go\"]\noffices = [\"desk\"]\n",
        );
        assert_eq!(
            codes(&diagnostics),
            ["bad-id", "unknown-kind", "unsourced-right", "bad-validity", "bad-id", "unknown-reference"]
        );
        assert_eq!(lowered.rules.rights.len(), 1, "a right whose id is not valid is left out");
        assert_eq!(diagnostics[3].also[0].message, "`valid_from`");
    }

    #[test]
    fn a_right_exclusive_with_itself_is_refused_where_it_is_named() {
        let (lowered, diagnostics) = lowered(&format!(
            "{SOURCE}[[right]]\nid = \"work.jobs\"\nkind = \"right\"\nwhen = \"true\"\nsources = [\"report\"]\n\
             exclusive_with = [\"work.jobs\"]\n"
        ));
        assert_eq!(codes(&diagnostics), ["exclusive"]);
        assert!(lowered.claims.exclusive.is_empty());
    }
}
