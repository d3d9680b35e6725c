//! Ids and names: whether an id is well written, whether it is taken, the names conditions
//! can use (questions and definitions), references to offices and sources, dates, and the
//! one `[meta]` table. Every other part of lowering declares through here, so a duplicate is
//! reported the same way, with where the id was first declared.

use super::{Lowering, Name, Parsed, Spans, types};
use crate::check::diagnostic::{Code, Diagnostic, Location};
use crate::check::syntax::{DATE_FORMS, YEARS, partial_date};
use crate::date::{Date, PartialDate};
use crate::model::{Definition, DefinitionId, OfficeId, Question, QuestionId, QuestionKind, RightId};
use std::collections::HashMap;

/// Words of the condition language, which no question or definition may be named.
const RESERVED: [&str; 9] = ["and", "or", "not", "in", "contains", "true", "false", "years_since", "date"];

/// `snake_case` starting with a letter: questions, definitions.
pub(super) fn is_snake_name(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RESERVED.contains(&id)
}

/// Lowercase words joined by hyphens: offices, sources, documents, steps, right names.
pub(crate) fn is_kebab_name(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// The closest name among `candidates`, if one is close enough to be a likely typo.
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4) && *d < c.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb)).min(row[j] + 1).min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Each id with its index; the ids were counted when declared, so every index fits.
pub(crate) fn index_of<'a, I>(ids: impl Iterator<Item = &'a str>, id: fn(usize) -> Option<I>) -> HashMap<String, I> {
    ids.enumerate().filter_map(|(i, name)| Some((name.to_string(), id(i)?))).collect()
}

impl Lowering<'_> {
    /// Records a declaration; false (with an error) if its id is malformed or taken.
    pub(super) fn declare(
        &mut self,
        namespace: &'static str,
        id: &str,
        at: &Location,
        well_formed: fn(&str) -> bool,
    ) -> bool {
        if !well_formed(id) {
            let expected = match namespace {
                "question or definition" => {
                    "lowercase letters, digits and `_`, starting with a letter, and not a word of the condition language"
                }
                "right" => "a domain, a dot, then lowercase words joined by `-`",
                _ => "lowercase words joined by `-`",
            };
            self.error(
                Diagnostic::error(Code::BadId, format!("`{id}` is not a valid {namespace} id"))
                    .at(at.clone(), "this id")
                    .note(format!("ids are {expected}")),
            );
            return false;
        }
        let key = (namespace, id.to_string());
        if let Some(first) = self.seen.get(&key) {
            let first = first.clone();
            self.error(
                Diagnostic::error(Code::DuplicateId, format!("the {namespace} `{id}` is declared twice"))
                    .at(at.clone(), "declared again here")
                    .also(first, "first declared here")
                    .note("give one of them another id"),
            );
            return false;
        }
        self.seen.insert(key, at.clone());
        true
    }

    /// The day of `reviewed` in the one `[meta]` table.
    pub(super) fn reviewed(&mut self, files: &[Parsed]) -> Option<Date> {
        let mut found = None;
        let mut first: Option<Location> = None;
        for file in files {
            let Some(meta) = &file.content.meta else {
                continue;
            };
            let at = Location { file: file.file, span: meta.reviewed.span() };
            if let Some(first) = &first {
                self.error(
                    Diagnostic::error(Code::DuplicateMeta, "the `[meta]` table appears in more than one file")
                        .at(at, "second `[meta]`")
                        .also(first.clone(), "first `[meta]`")
                        .note("keep one `[meta]` table, in one file"),
                );
                continue;
            }
            first = Some(at.clone());
            match partial_date(meta.reviewed.get_ref()).filter(|d| d.day != 0) {
                Some(date) => found = Some(date.first_day()),
                None => self.error(
                    Diagnostic::error(
                        Code::BadDate,
                        format!("`reviewed` must be a day from {} to {}", YEARS.start(), YEARS.end()),
                    )
                    .at(at, "not a day")
                    .note("write it as 2026-11-23"),
                ),
            }
        }
        if found.is_none() && !files.is_empty() {
            self.error(
                Diagnostic::error(Code::MissingMeta, "no rules file says when the rules were last reviewed")
                    .note("add `[meta]` with `reviewed = YYYY-MM-DD` to one rules file; the guide shows this date"),
            );
        }
        found
    }

    /// `version` in the `[meta]` table: a whole number from 1 (1 when it is missing or wrong,
    /// after saying so).
    pub(super) fn version(&mut self, files: &[Parsed]) -> u32 {
        let Some((file, meta)) = files.iter().find_map(|f| Some((f.file, f.content.meta.as_ref()?))) else {
            return 1;
        };
        let problem = match &meta.version {
            Some(version) => match u32::try_from(*version.get_ref()) {
                Ok(number) if number >= 1 => return number,
                _ => Diagnostic::error(Code::BadVersion, "`version` must be a whole number from 1")
                    .at(Location { file, span: version.span() }, "not a version"),
            },
            None => Diagnostic::error(Code::BadVersion, "the `[meta]` table has no `version`")
                .at(Location { file, span: meta.reviewed.span() }, "in this `[meta]`"),
        };
        self.error(problem.note(
            "write `version = 1` in `[meta]`, and raise it with every change to a right (see rules/changes.toml)",
        ));
        1
    }

    /// `max_questions` in the `[meta]` table, if given (a second `[meta]` is an error already).
    pub(super) fn max_questions(&mut self, files: &[Parsed], spans: &mut Spans) -> Option<usize> {
        let meta = files.iter().find_map(|f| Some((f.file, f.content.meta.as_ref()?)))?;
        let max = meta.1.max_questions.as_ref()?;
        spans.max_questions = Some(Location { file: meta.0, span: max.span() });
        Some(*max.get_ref())
    }

    /// A one-choice question named in the `[meta]` table by `field` (`places_offices`,
    /// `what_if`), if it is there.
    pub(super) fn meta_question(
        &mut self,
        files: &[Parsed],
        questions: &[Question],
        field: &str,
        value: impl Fn(&crate::check::syntax::Meta) -> Option<&toml::Spanned<String>>,
    ) -> Option<QuestionId> {
        let (file, id) = files.iter().find_map(|f| Some((f.file, value(f.content.meta.as_ref()?)?)))?;
        let at = Location { file, span: id.span() };
        let found = match self.names.get(id.get_ref()) {
            Some(Name::Question(q)) => Some(*q),
            _ => None,
        };
        let problem = match found {
            Some(q) if matches!(questions[q.index()].kind, QuestionKind::OneOf { .. }) => return Some(q),
            Some(_) => Diagnostic::error(
                Code::Type,
                format!("`{field}` names `{}`, which is not a one-choice question", id.get_ref()),
            )
            .at(at, "not a `one_of` question"),
            None => Diagnostic::error(Code::UnknownReference, format!("there is no question `{}`", id.get_ref()))
                .at(at, "not a declared question"),
        };
        self.error(problem.note(format!("`{field}` names a `one_of` question, e.g. `region` or `papers`")));
        None
    }

    /// `priority` (rights, each once) and `emergency` (offices) in the `[meta]` table.
    pub(super) fn presentation(
        &mut self,
        files: &[Parsed],
        rights: &HashMap<String, RightId>,
        offices: &HashMap<String, OfficeId>,
    ) -> (Vec<RightId>, Vec<OfficeId>) {
        let Some((file, meta)) = files.iter().find_map(|f| Some((f.file, f.content.meta.as_ref()?))) else {
            return (Vec::new(), Vec::new());
        };
        let mut first: HashMap<&str, Location> = HashMap::new();
        for id in &meta.priority {
            let at = Location { file, span: id.span() };
            match first.get(id.get_ref().as_str()) {
                Some(before) => self.error(
                    Diagnostic::error(Code::DuplicateId, format!("`{}` is twice in `priority`", id.get_ref()))
                        .at(at, "again here")
                        .also(before.clone(), "first here")
                        .note("list each right once, in the order the results offer them"),
                ),
                None => _ = first.insert(id.get_ref(), at),
            }
        }
        (
            self.references("right", file, &meta.priority, rights),
            self.references("office", file, &meta.emergency, offices),
        )
    }

    /// Declares every definition's name, then types their conditions (which may name each
    /// other in any order); also returns the definitions each one names.
    pub(super) fn definitions(
        &mut self,
        files: &[Parsed],
        questions: &[Question],
        spans: &mut Spans,
    ) -> (Vec<Definition>, Vec<Vec<DefinitionId>>) {
        let mut declared = Vec::new();
        for file in files {
            for raw in &file.content.definition {
                let at = Location { file: file.file, span: raw.id.span() };
                if self.declare("question or definition", raw.id.get_ref(), &at, is_snake_name)
                    && let Some(index) = self.next_id(declared.len(), "definitions", &at, DefinitionId::from_index)
                {
                    self.names.insert(raw.id.get_ref().clone(), Name::Definition(index));
                    declared.push((file, raw));
                    spans.definitions.push(at);
                }
            }
        }
        let mut definitions = Vec::new();
        let mut named = Vec::new();
        for (file, raw) in declared {
            let mut uses = Vec::new();
            let when = types::condition(self, file, &raw.when, questions, &mut uses);
            definitions.push(Definition { id: raw.id.get_ref().clone(), when });
            named.push(uses);
        }
        (definitions, named)
    }

    /// The indices of the `what`s that `ids` name; an error at each one not declared.
    pub(super) fn references<I: Copy>(
        &mut self,
        what: &str,
        file: usize,
        ids: &[toml::Spanned<String>],
        known: &HashMap<String, I>,
    ) -> Vec<I> {
        let mut found = Vec::new();
        for id in ids {
            match known.get(id.get_ref()) {
                Some(&index) => found.push(index),
                None => {
                    let mut diagnostic =
                        Diagnostic::error(Code::UnknownReference, format!("there is no {what} `{}`", id.get_ref()))
                            .at(Location { file, span: id.span() }, format!("not a declared {what}"))
                            .note(format!("declare it in a `[[{what}]]` table, or fix the id"));
                    if let Some(near) = closest(id.get_ref(), known.keys().map(String::as_str)) {
                        diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
                    }
                    self.error(diagnostic);
                }
            }
        }
        found
    }

    /// A year, month or day; an error where it is written if it is not one.
    pub(super) fn date(&mut self, file: usize, value: &toml::Spanned<toml::Value>) -> Option<PartialDate> {
        let date = partial_date(value.get_ref());
        if date.is_none() {
            self.error(
                Diagnostic::error(
                    Code::BadDate,
                    format!("this is not a date from {} to {}", YEARS.start(), YEARS.end()),
                )
                .at(Location { file, span: value.span() }, "not a date")
                .note(DATE_FORMS),
            );
        }
        date
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{codes, lowered};
    use super::*;

    #[test]
    fn names_are_checked_for_their_form() {
        assert!(is_snake_name("has_children") && is_snake_name("age2"));
        assert!(!is_snake_name("_age") && !is_snake_name("Age") && !is_snake_name("years_since") && !is_snake_name(""));
        assert!(is_kebab_name("unhcr-rabat") && is_kebab_name("law-02-03"));
        assert!(
            !is_kebab_name("unhcr--rabat") && !is_kebab_name("-x") && !is_kebab_name("UNHCR") && !is_kebab_name("")
        );
    }

    #[test]
    fn a_close_name_is_suggested_and_a_far_one_is_not() {
        let names = ["papers", "has_children", "age"];
        assert_eq!(closest("paper", names.into_iter()), Some("papers"));
        assert_eq!(closest("has_kids", names.into_iter()), None);
        assert_eq!(closest("ag", names.into_iter()), Some("age"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn reviewed_must_be_one_day_in_one_file() {
        let (lowered, diagnostics) = lowered("");
        assert_eq!(codes(&diagnostics), Vec::<&str>::new());
        assert_eq!(lowered.rules.reviewed.to_string(), "2026-01-01");
        let (_, diagnostics) =
            super::super::tests::lowered_files(&["[meta]\nreviewed = 2026", "[meta]\nreviewed = 2026-01-01"]);
        assert_eq!(codes(&diagnostics), ["bad-date", "duplicate-meta", "missing-meta", "bad-version"]);
    }

    #[test]
    fn definitions_record_the_definitions_they_name() {
        let (lowered, diagnostics) = lowered(
            "[[definition]]\nid = \"a\"\nwhen = \"b and not b\"\n[[definition]]\nid = \"b\"\nwhen = \"true\"\n",
        );
        assert_eq!(codes(&diagnostics), Vec::<&str>::new());
        assert_eq!(lowered.definition_uses, [vec![DefinitionId::new(1), DefinitionId::new(1)], vec![]]);
    }
}
