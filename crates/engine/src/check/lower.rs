//! Turns what authors wrote into the compiled rules: checks ids, resolves names, types every
//! condition, and remembers where each thing was declared so that later checks can point at
//! it. Whatever is wrong is reported and replaced by a placeholder, so one mistake does not
//! hide the next.

use super::diagnostic::{Code, Diagnostic, Location};
use super::expr::{self, CompareWord, Node, NodeKind};
use super::syntax::{DATE_FORMS, RawRight, RulesFile, YEARS, partial_date};
use crate::date::{Date, PartialDate};
use crate::model::{
    ChoiceId, CompareOp, Definition, DefinitionId, Domain, Expr, LIMIT, Office, OfficeId, Question, QuestionId,
    QuestionKind, Right, RightId, RightKind, RuleSet, Source, SourceId, Term,
};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

/// Where each declared thing is, for later checks' messages.
#[derive(Debug, Default)]
pub struct Spans {
    pub questions: Vec<Location>,
    pub choices: Vec<Vec<Location>>,
    pub ask_ifs: Vec<Option<Location>>,
    pub definitions: Vec<Location>,
    pub rights: Vec<Location>,
    pub conditions: Vec<Location>,
    pub offices: Vec<Location>,
    pub sources: Vec<Location>,
    /// First use of each document and step id.
    pub documents: BTreeMap<String, Location>,
    pub steps: BTreeMap<String, Location>,
}

pub struct Lowered {
    pub rules: RuleSet,
    pub spans: Spans,
    /// For each definition, the definitions its condition names.
    pub definition_uses: Vec<Vec<DefinitionId>>,
}

/// One parsed rules file with its index in the input and its text.
pub struct Parsed<'a> {
    pub file: usize,
    pub text: &'a str,
    pub content: RulesFile,
}

#[derive(Clone, Copy)]
enum Name {
    Question(QuestionId),
    Definition(DefinitionId),
}

const RESERVED: [&str; 9] = ["and", "or", "not", "in", "contains", "true", "false", "years_since", "date"];
const RESERVED_CHOICES: [&str; 2] = [crate::answers::DONT_KNOW, crate::answers::PREFER_NOT_TO_SAY];

pub fn lower(files: &[Parsed], today: Date, diagnostics: &mut Vec<Diagnostic>) -> Lowered {
    let mut cx = Lowering { diagnostics, names: HashMap::new(), seen: HashMap::new(), too_many: Vec::new() };
    let mut spans = Spans::default();
    let reviewed = cx.reviewed(files).unwrap_or(today);

    let mut questions = Vec::new();
    for file in files {
        for raw in &file.content.question {
            let at = Location { file: file.file, span: raw.id.span() };
            if !cx.declare("question or definition", raw.id.get_ref(), &at, is_snake_name) {
                continue;
            }
            let Some(index) = cx.next_id(questions.len(), "questions", &at, QuestionId::from_index) else {
                continue;
            };
            cx.names.insert(raw.id.get_ref().clone(), Name::Question(index));
            let (kind, choice_spans) = cx.question_kind(file.file, raw);
            questions.push(Question {
                id: raw.id.get_ref().clone(),
                kind,
                ask_if: None,
                dont_know: raw.dont_know,
                sensitive: raw.sensitive,
            });
            spans.questions.push(at);
            spans.choices.push(choice_spans);
        }
    }

    let mut raw_definitions = Vec::new();
    for file in files {
        for raw in &file.content.definition {
            let at = Location { file: file.file, span: raw.id.span() };
            if cx.declare("question or definition", raw.id.get_ref(), &at, is_snake_name)
                && let Some(index) = cx.next_id(raw_definitions.len(), "definitions", &at, DefinitionId::from_index)
            {
                cx.names.insert(raw.id.get_ref().clone(), Name::Definition(index));
                raw_definitions.push((file, raw));
                spans.definitions.push(at);
            }
        }
    }

    let mut definitions = Vec::new();
    let mut definition_uses = Vec::new();
    for (file, raw) in &raw_definitions {
        let mut uses = Vec::new();
        let when = cx.condition(file, &raw.when, &questions, &mut uses);
        definitions.push(Definition { id: raw.id.get_ref().clone(), when });
        definition_uses.push(uses);
    }

    let mut ask_ifs = Vec::new();
    for file in files {
        for raw in &file.content.question {
            if let Some(ask_if) = &raw.ask_if {
                ask_ifs.push((raw.id.get_ref(), file, ask_if));
            }
        }
    }
    spans.ask_ifs = vec![None; questions.len()];
    for (id, file, ask_if) in ask_ifs {
        let Some(Name::Question(q)) = cx.names.get(id).copied() else {
            continue;
        };
        if spans.questions[usize::from(q)].file != file.file {
            continue;
        }
        let condition = cx.condition(file, ask_if, &questions, &mut Vec::new());
        questions[usize::from(q)].ask_if = Some(condition);
        spans.ask_ifs[usize::from(q)] = Some(Location { file: file.file, span: ask_if.span() });
    }

    let sources = cx.sources(files, &mut spans);
    let source_index = index_of(sources.iter().map(|s| s.id.as_str()), SourceId::from_index);
    let offices = cx.offices(files, &questions, &source_index, &mut spans);
    let office_index = index_of(offices.iter().map(|o| o.id.as_str()), OfficeId::from_index);

    let mut rights = Vec::new();
    for file in files {
        for raw in &file.content.right {
            let at = Location { file: file.file, span: raw.id.span() };
            let Some(domain) = cx.right_domain(raw, &at) else {
                continue;
            };
            if !cx.declare("right", raw.id.get_ref(), &at, |_| true)
                || cx.next_id(rights.len(), "rights", &at, RightId::from_index).is_none()
            {
                continue;
            }
            let right = cx.right(file, raw, domain, &questions, &office_index, &source_index, &mut spans);
            spans.rights.push(at);
            spans.conditions.push(Location { file: file.file, span: raw.when.span() });
            rights.push(right);
        }
    }

    let mut rules = RuleSet { reviewed, questions, definitions, rights, offices, sources };
    for r in 0..rules.rights.len() {
        let mut uses = Vec::new();
        crate::model::walk::questions_read(&rules, &rules.rights[r].when, &mut |q| uses.push(q));
        uses.sort_unstable();
        uses.dedup();
        rules.rights[r].uses = uses;
    }
    Lowered { rules, spans, definition_uses }
}

/// Each id with its index; the ids were counted when declared, so every index fits.
fn index_of<'a, I>(ids: impl Iterator<Item = &'a str>, id: fn(usize) -> Option<I>) -> HashMap<String, I> {
    ids.enumerate().filter_map(|(i, name)| Some((name.to_string(), id(i)?))).collect()
}

/// `snake_case` starting with a letter: questions, definitions.
fn is_snake_name(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RESERVED.contains(&id)
}

/// Lowercase words joined by hyphens: offices, sources, documents, steps, right names.
fn is_kebab_name(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

fn is_choice_name(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
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

struct Lowering<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
    names: HashMap<String, Name>,
    /// First declaration of each id, by namespace.
    seen: HashMap<(&'static str, String), Location>,
    /// The kinds of things already reported past [`LIMIT`], each reported once.
    too_many: Vec<&'static str>,
}

/// The kind of value an integer term has, so that numbers, years and dates are not mixed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Measure {
    Literal,
    Number,
    Year,
    Date,
}

impl Measure {
    fn word(self) -> &'static str {
        match self {
            Measure::Literal => "a number",
            Measure::Number => "a number",
            Measure::Year => "a year",
            Measure::Date => "a date",
        }
    }

    fn compatible(self, other: Measure) -> bool {
        self == other
            || (self == Measure::Literal && other != Measure::Date)
            || (other == Measure::Literal && self != Measure::Date)
    }
}

/// An expression's text and where its first character is in the file, when known exactly.
struct Origin {
    file: usize,
    whole: Range<usize>,
    start: Option<usize>,
}

impl Origin {
    fn new(file: usize, text: &str, value: &toml::Spanned<String>) -> Origin {
        let whole = value.span();
        let raw = text.get(whole.clone()).unwrap_or("");
        let mut start = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
            let mut s = whole.start + 3;
            if text[s..].starts_with("\r\n") {
                s += 2;
            } else if text[s..].starts_with('\n') {
                s += 1;
            }
            Some(s)
        } else if raw.starts_with('"') || raw.starts_with('\'') {
            Some(whole.start + 1)
        } else {
            None
        };
        // With escapes the text differs from its source: point at the whole string instead.
        if start.is_some_and(|s| !text[s..].starts_with(value.get_ref().as_str())) {
            start = None;
        }
        Origin { file, whole, start }
    }

    fn at(&self, span: &Range<usize>) -> Location {
        let span = match self.start {
            Some(s) => s + span.start..s + span.end.max(span.start),
            None => self.whole.clone(),
        };
        Location { file: self.file, span }
    }
}

impl Lowering<'_> {
    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// The id of one more `what` when there are `count` already, or an error at `at` (once for
    /// each kind of thing) when that passes [`LIMIT`].
    fn next_id<I>(&mut self, count: usize, what: &'static str, at: &Location, id: fn(usize) -> Option<I>) -> Option<I> {
        let found = id(count);
        if found.is_none() && !self.too_many.contains(&what) {
            self.too_many.push(what);
            self.error(
                Diagnostic::error(Code::TooMany, format!("the rules may hold at most {LIMIT} {what}"))
                    .at(at.clone(), format!("{what} past the limit start here"))
                    .note(
                        "each is numbered with 16 bits in the compiled rules; split the guide, or merge what repeats",
                    ),
            );
        }
        found
    }

    /// Records a declaration; false (with an error) if its id is malformed or taken.
    fn declare(&mut self, namespace: &'static str, id: &str, at: &Location, well_formed: fn(&str) -> bool) -> bool {
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

    fn reviewed(&mut self, files: &[Parsed]) -> Option<Date> {
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

    fn question_kind(&mut self, file: usize, raw: &super::syntax::RawQuestion) -> (QuestionKind, Vec<Location>) {
        let at = |span: Range<usize>| Location { file, span };
        let mut choices = Vec::new();
        let mut choice_spans: Vec<Location> = Vec::new();
        for choice in &raw.choices {
            let here = at(choice.span());
            let name = choice.get_ref();
            if !is_choice_name(name) || RESERVED_CHOICES.contains(&name.as_str()) {
                self.error(
                    Diagnostic::error(Code::BadId, format!("`{name}` is not a valid choice"))
                        .at(here, "this choice")
                        .note("choices are lowercase letters, digits and `_`; `dont_know` and `prefer_not_to_say` are reserved: use `dont_know = true` or `sensitive = true` instead"),
                );
            } else if let Some(first) = choices.iter().position(|c| c == name) {
                self.error(
                    Diagnostic::error(Code::DuplicateId, format!("the choice `{name}` is listed twice"))
                        .at(here, "listed again here")
                        .also(choice_spans[first].clone(), "first listed here"),
                );
            } else if self.next_id(choices.len(), "choices in one question", &here, ChoiceId::from_index).is_some() {
                choices.push(name.clone());
                choice_spans.push(here);
            }
        }
        let kind_at = at(raw.kind.span());
        let bound = |b: &Option<toml::Spanned<i64>>| b.as_ref().map(|v| *v.get_ref());
        let kind = match raw.kind.get_ref().as_str() {
            "yes_no" => QuestionKind::YesNo,
            "one_of" => QuestionKind::OneOf { choices },
            "any_of" => QuestionKind::AnyOf { choices },
            "number" => QuestionKind::Number {
                min: bound(&raw.min),
                max: bound(&raw.max),
                unit: raw.unit.as_ref().map(|u| u.get_ref().clone()),
            },
            "year" => QuestionKind::Year { min: bound(&raw.min), max: bound(&raw.max) },
            "date" => QuestionKind::Date,
            other => {
                let known = ["yes_no", "one_of", "any_of", "number", "year", "date"];
                let mut diagnostic =
                    Diagnostic::error(Code::UnknownKind, format!("`{other}` is not a kind of question"))
                        .at(kind_at, "unknown kind")
                        .note(format!("the kinds are: {}", known.join(", ")));
                if let Some(near) = closest(other, known.into_iter()) {
                    diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
                }
                self.error(diagnostic);
                return (QuestionKind::YesNo, choice_spans);
            }
        };
        let id = raw.id.get_ref();
        match &kind {
            QuestionKind::OneOf { choices } | QuestionKind::AnyOf { choices } if choices.len() < 2 => {
                self.error(
                    Diagnostic::error(Code::FewChoices, format!("question `{id}` needs at least two choices"))
                        .at(kind_at, "a choice question"),
                );
            }
            QuestionKind::OneOf { .. } | QuestionKind::AnyOf { .. } => {}
            _ if !raw.choices.is_empty() => {
                self.error(
                    Diagnostic::error(
                        Code::ChoicesNotAllowed,
                        format!("question `{id}` is not a choice question but lists choices"),
                    )
                    .at(kind_at, "this kind has no choices")
                    .note("use `one_of` or `any_of`, or remove `choices`"),
                );
            }
            _ => {}
        }
        let numeric = matches!(kind, QuestionKind::Number { .. } | QuestionKind::Year { .. });
        for (name, value) in [("min", &raw.min), ("max", &raw.max)] {
            if let (Some(v), false) = (value, numeric) {
                self.error(
                    Diagnostic::error(
                        Code::BoundNotAllowed,
                        format!("`{name}` only applies to number and year questions"),
                    )
                    .at(at(v.span()), "remove this"),
                );
            }
        }
        if let (Some(min), Some(max)) = (&raw.min, &raw.max)
            && min.get_ref() > max.get_ref()
        {
            self.error(
                Diagnostic::error(Code::BadBounds, format!("question `{id}` has `min` above `max`"))
                    .at(at(max.span()), "smaller than `min`")
                    .also(at(min.span()), "`min`"),
            );
        }
        if let (Some(unit), false) = (&raw.unit, matches!(kind, QuestionKind::Number { .. })) {
            self.error(
                Diagnostic::error(Code::UnitNotAllowed, "`unit` only applies to number questions")
                    .at(at(unit.span()), "remove this"),
            );
        }
        (kind, choice_spans)
    }

    fn sources(&mut self, files: &[Parsed], spans: &mut Spans) -> Vec<Source> {
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

    fn offices(
        &mut self,
        files: &[Parsed],
        questions: &[Question],
        sources: &HashMap<String, SourceId>,
        spans: &mut Spans,
    ) -> Vec<Office> {
        let regions: Vec<&str> = match self.names.get("region") {
            Some(Name::Question(q)) => questions[usize::from(*q)].kind.choices().iter().map(String::as_str).collect(),
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
                if let Some(region) = &raw.region
                    && !regions.contains(&region.get_ref().as_str())
                {
                    let mut diagnostic = Diagnostic::error(
                        Code::UnknownRegion,
                        format!("`{}` is not a choice of the `region` question", region.get_ref()),
                    )
                    .at(Location { file: file.file, span: region.span() }, "unknown region");
                    if let Some(near) = closest(region.get_ref(), regions.iter().copied()) {
                        diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
                    }
                    self.error(diagnostic);
                }
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

    fn right_domain(&mut self, raw: &RawRight, at: &Location) -> Option<Domain> {
        let id = raw.id.get_ref();
        let (domain, name) = id.split_once('.').unwrap_or(("", id));
        let found = Domain::from_name(domain);
        if found.is_none() || !is_kebab_name(name) {
            let domains: Vec<&str> = Domain::ALL.iter().map(|d| d.name()).collect();
            self.error(
                Diagnostic::error(Code::BadId, format!("`{id}` is not a valid right id"))
                    .at(at.clone(), "this id")
                    .note(format!("a right id is a domain, a dot and lowercase words joined by `-`, e.g. `health.primary-care`; the domains are: {}", domains.join(", "))),
            );
        }
        found.filter(|_| is_kebab_name(name))
    }

    #[allow(clippy::too_many_arguments)]
    fn right(
        &mut self,
        file: &Parsed,
        raw: &RawRight,
        domain: Domain,
        questions: &[Question],
        offices: &HashMap<String, OfficeId>,
        sources: &HashMap<String, SourceId>,
        spans: &mut Spans,
    ) -> Right {
        let at = Location { file: file.file, span: raw.id.span() };
        let kind = match RightKind::ALL.into_iter().find(|k| k.name() == raw.kind.get_ref()) {
            Some(kind) => kind,
            None => {
                let names: Vec<&str> = RightKind::ALL.iter().map(|k| k.name()).collect();
                self.error(
                    Diagnostic::error(Code::UnknownKind, format!("`{}` is not a kind of right", raw.kind.get_ref()))
                        .at(Location { file: file.file, span: raw.kind.span() }, "unknown kind")
                        .note(format!("the kinds are: {}", names.join(", "))),
                );
                RightKind::Right
            }
        };
        if raw.sources.is_empty() {
            self.error(
                Diagnostic::error(Code::UnsourcedRight, format!("right `{}` cites no source", raw.id.get_ref()))
                    .at(at.clone(), "this right")
                    .note("every right says where it comes from: add `sources = [\"...\"]` naming entries of a `[[source]]` table"),
            );
        }
        let valid_from = raw.valid_from.as_ref().and_then(|d| self.date(file.file, d));
        let valid_until = raw.valid_until.as_ref().and_then(|d| self.date(file.file, d));
        if let (Some(from), Some(until), Some(from_at), Some(until_at)) =
            (valid_from, valid_until, &raw.valid_from, &raw.valid_until)
            && until.last_day() < from.first_day()
        {
            self.error(
                Diagnostic::error(Code::BadValidity, format!("right `{}` ends before it starts", raw.id.get_ref()))
                    .at(Location { file: file.file, span: until_at.span() }, "before `valid_from`")
                    .also(Location { file: file.file, span: from_at.span() }, "`valid_from`"),
            );
        }
        for (ids, map) in [(&raw.documents, &mut spans.documents), (&raw.steps, &mut spans.steps)] {
            for id in ids {
                let here = Location { file: file.file, span: id.span() };
                if !is_kebab_name(id.get_ref()) {
                    self.error(
                        Diagnostic::error(Code::BadId, format!("`{}` is not a valid id", id.get_ref()))
                            .at(here, "this id")
                            .note("ids are lowercase words joined by `-`"),
                    );
                } else {
                    map.entry(id.get_ref().clone()).or_insert(here);
                }
            }
        }
        let when = self.condition(file, &raw.when, questions, &mut Vec::new());
        Right {
            id: raw.id.get_ref().clone(),
            domain,
            kind,
            when,
            uses: Vec::new(),
            offices: self.references("office", file.file, &raw.offices, offices),
            documents: raw.documents.iter().map(|d| d.get_ref().clone()).collect(),
            steps: raw.steps.iter().map(|s| s.get_ref().clone()).collect(),
            sources: self.references("source", file.file, &raw.sources, sources),
            valid_from,
            valid_until,
            check_with_office: raw.check_with_office,
        }
    }

    fn references<I: Copy>(
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

    fn date(&mut self, file: usize, value: &toml::Spanned<toml::Value>) -> Option<PartialDate> {
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

    /// Parses and types a condition; on error, reports it and returns a placeholder.
    fn condition(
        &mut self,
        file: &Parsed,
        text: &toml::Spanned<String>,
        questions: &[Question],
        uses: &mut Vec<DefinitionId>,
    ) -> Expr {
        let origin = Origin::new(file.file, file.text, text);
        match expr::parse(text.get_ref()) {
            Ok(node) => {
                let mut typing = Typing { cx: self, origin: &origin, questions, uses };
                typing.condition(&node).unwrap_or(Expr::Const(false))
            }
            Err(error) => {
                let mut diagnostic =
                    Diagnostic::error(Code::Syntax, format!("this condition cannot be read: {}", error.message))
                        .at(origin.at(&error.span), error.message.clone());
                if let Some(help) = error.help {
                    diagnostic = diagnostic.note(help);
                }
                self.error(diagnostic);
                Expr::Const(false)
            }
        }
    }
}

/// Types one condition. Every method reports its own errors and returns `None` after one.
/// The methods recurse along the parsed tree, which `expr::parse` keeps within
/// `expr::MAX_DEPTH` levels, so they cannot overflow the stack.
struct Typing<'c, 'd, 'o> {
    cx: &'c mut Lowering<'d>,
    origin: &'o Origin,
    questions: &'o [Question],
    uses: &'c mut Vec<DefinitionId>,
}

impl Typing<'_, '_, '_> {
    fn fail<T>(&mut self, code: Code, message: String, node: &Node, label: &str, note: Option<String>) -> Option<T> {
        let mut diagnostic = Diagnostic::error(code, message).at(self.origin.at(&node.span), label);
        if let Some(note) = note {
            diagnostic = diagnostic.note(note);
        }
        self.cx.error(diagnostic);
        None
    }

    fn name(&mut self, name: &str, node: &Node) -> Option<Name> {
        if let Some(found) = self.cx.names.get(name) {
            return Some(*found);
        }
        let near = closest(name, self.cx.names.keys().map(String::as_str)).map(|n| format!("did you mean `{n}`?"));
        self.fail(
            Code::UnknownName,
            format!("there is no question or definition named `{name}`"),
            node,
            "not declared",
            near.or(Some("declare it with `[[question]]` or `[[definition]]`".to_string())),
        )
    }

    fn question(&self, q: QuestionId) -> &Question {
        &self.questions[usize::from(q)]
    }

    /// A word for what a node is, for type errors.
    fn describe(&self, node: &Node) -> &'static str {
        match &node.kind {
            NodeKind::Bool(_)
            | NodeKind::Not(_)
            | NodeKind::And(_)
            | NodeKind::Or(_)
            | NodeKind::Compare { .. }
            | NodeKind::In { .. }
            | NodeKind::Contains { .. } => "a yes/no condition",
            NodeKind::Int(_) | NodeKind::Add(..) | NodeKind::Sub(..) => "a number",
            NodeKind::Text(_) => "a text",
            NodeKind::Call { name, .. } if name == "date" => "a date",
            NodeKind::Call { .. } => "a number",
            NodeKind::Name(n) => match self.cx.names.get(n) {
                Some(Name::Definition(_)) => "a yes/no condition",
                Some(Name::Question(q)) => match self.question(*q).kind {
                    QuestionKind::YesNo => "a yes/no answer",
                    QuestionKind::OneOf { .. } => "a one-choice answer",
                    QuestionKind::AnyOf { .. } => "a several-choice answer",
                    QuestionKind::Number { .. } => "a number",
                    QuestionKind::Year { .. } => "a year",
                    QuestionKind::Date => "a date",
                },
                None => "an unknown name",
            },
        }
    }

    fn condition(&mut self, node: &Node) -> Option<Expr> {
        match &node.kind {
            NodeKind::Bool(b) => Some(Expr::Const(*b)),
            NodeKind::Name(name) => match self.name(name, node)? {
                Name::Definition(d) => {
                    self.uses.push(d);
                    Some(Expr::Definition(d))
                }
                Name::Question(q) => {
                    let hint = match self.question(q).kind {
                        QuestionKind::YesNo => return Some(Expr::Flag(q)),
                        QuestionKind::OneOf { .. } => {
                            format!("compare it with its choices: `{name} == 'choice'` or `{name} in ['a', 'b']`")
                        }
                        QuestionKind::AnyOf { .. } => {
                            format!("ask whether it includes a choice: `{name} contains 'choice'`")
                        }
                        _ => format!("compare it, e.g. `{name} >= 18`"),
                    };
                    let what = self.describe(node);
                    self.fail(
                        Code::Type,
                        format!("`{name}` is {what}, not a yes/no condition"),
                        node,
                        "needs a comparison",
                        Some(hint),
                    )
                }
            },
            NodeKind::Not(inner) => Some(Expr::Not(Box::new(self.condition(inner)?))),
            NodeKind::And(items) | NodeKind::Or(items) => {
                let is_and = matches!(node.kind, NodeKind::And(_));
                let mut lowered = Vec::new();
                let mut failed = false;
                for item in items {
                    match self.condition(item) {
                        Some(Expr::All(inner)) if is_and => lowered.extend(inner),
                        Some(Expr::Any(inner)) if !is_and => lowered.extend(inner),
                        Some(expr) => lowered.push(expr),
                        None => failed = true,
                    }
                }
                if failed {
                    return None;
                }
                Some(if is_and { Expr::All(lowered) } else { Expr::Any(lowered) })
            }
            NodeKind::Compare { op, left, right } => self.compare(*op, left, right, node),
            NodeKind::In { left, items } => {
                let q = self.choice_question(left, false)?;
                if items.is_empty() {
                    return self.fail(Code::Type, "the list after `in` is empty".to_string(), node, "empty list", None);
                }
                let mut among = Vec::new();
                for item in items {
                    among.push(self.choice(q, item)?);
                }
                Some(Expr::Choice { question: q, among })
            }
            NodeKind::Contains { left, right } => {
                let q = self.choice_question(left, true)?;
                let choice = self.choice(q, right)?;
                Some(Expr::Includes { question: q, choice })
            }
            _ => {
                let what = self.describe(node);
                self.fail(
                    Code::Type,
                    format!("expected a yes/no condition, found {what}"),
                    node,
                    "not a condition",
                    Some("compare it with something, e.g. `age >= 18`".to_string()),
                )
            }
        }
    }

    /// The question a node names, which must be a one-choice (or several-choice) question.
    fn choice_question(&mut self, node: &Node, several: bool) -> Option<QuestionId> {
        let (word, op) = if several { ("several-choice", "contains") } else { ("one-choice", "in") };
        if let NodeKind::Name(name) = &node.kind
            && let Name::Question(q) = self.name(name, node)?
        {
            let fits = match self.question(q).kind {
                QuestionKind::OneOf { .. } => !several,
                QuestionKind::AnyOf { .. } => several,
                _ => false,
            };
            if fits {
                return Some(q);
            }
        }
        let what = self.describe(node);
        let hint = if several {
            "`contains` asks whether a several-choice answer includes a choice; for one choice, write `==` or `in`"
        } else {
            "`in` asks whether a one-choice answer is one of a list; for several choices, write `contains`"
        };
        self.fail(
            Code::Type,
            format!("`{op}` needs a {word} question on its left, found {what}"),
            node,
            "not a suitable question",
            Some(hint.to_string()),
        )
    }

    fn choice(&mut self, q: QuestionId, node: &Node) -> Option<ChoiceId> {
        let question = &self.questions[usize::from(q)];
        let NodeKind::Text(text) = &node.kind else {
            let what = self.describe(node);
            return self.fail(
                Code::Type,
                format!("expected one of the choices of `{}`, found {what}", question.id),
                node,
                "not a choice",
                Some("write the choice as text: 'no_papers'".to_string()),
            );
        };
        if let Some(choice) = question.kind.choice_id(text) {
            return Some(choice);
        }
        let choices = question.kind.choices();
        let mut note = format!("its choices are: {}", choices.join(", "));
        if let Some(near) = closest(text, choices.iter().map(String::as_str)) {
            note = format!("did you mean '{near}'? {note}");
        }
        let id = question.id.clone();
        self.fail(
            Code::UnknownChoice,
            format!("question `{id}` has no choice '{text}'"),
            node,
            "not a choice of this question",
            Some(note),
        )
    }

    fn compare(&mut self, word: CompareWord, left: &Node, right: &Node, node: &Node) -> Option<Expr> {
        let op = match word {
            CompareWord::Eq => CompareOp::Eq,
            CompareWord::Ne => CompareOp::Ne,
            CompareWord::Lt => CompareOp::Lt,
            CompareWord::Le => CompareOp::Le,
            CompareWord::Gt => CompareOp::Gt,
            CompareWord::Ge => CompareOp::Ge,
        };
        let equality = matches!(op, CompareOp::Eq | CompareOp::Ne);
        let negate = |e: Expr| {
            if op == CompareOp::Ne { Expr::Not(Box::new(e)) } else { e }
        };
        for (a, b) in [(left, right), (right, left)] {
            let (a_kind, b_kind) = (self.describe(a), self.describe(b));
            match (&b.kind, a_kind) {
                (NodeKind::Text(_), "a one-choice answer") => {
                    if !equality {
                        return self.fail(
                            Code::Type,
                            "a choice can only be compared with `==` or `!=`".to_string(),
                            node,
                            "ordering choices has no meaning",
                            None,
                        );
                    }
                    let q = self.choice_question(a, false)?;
                    let choice = self.choice(q, b)?;
                    return Some(negate(Expr::Choice { question: q, among: vec![choice] }));
                }
                (NodeKind::Bool(value), "a yes/no answer" | "a yes/no condition") if equality => {
                    let condition = self.condition(a)?;
                    let condition = if *value { condition } else { Expr::Not(Box::new(condition)) };
                    return Some(negate(condition));
                }
                _ => {}
            }
            let yes_no = matches!(a_kind, "a yes/no answer" | "a yes/no condition");
            if yes_no && b_kind != a_kind && !matches!(b.kind, NodeKind::Bool(_)) {
                return self.fail(
                    Code::Type,
                    format!("cannot compare {a_kind} with {b_kind}"),
                    node,
                    "these do not compare",
                    Some(
                        "a yes/no question is already a condition: write its name alone, or `not` and its name"
                            .to_string(),
                    ),
                );
            }
        }
        let (left_term, left_measure) = self.term(left)?;
        let (right_term, right_measure) = self.term(right)?;
        if !left_measure.compatible(right_measure) {
            return self.fail(
                Code::Type,
                format!("cannot compare {} with {}", left_measure.word(), right_measure.word()),
                node,
                "these do not compare",
                Some("years_since(question) turns a year or a date into a number of years".to_string()),
            );
        }
        Some(Expr::Compare { op, left: left_term, right: right_term })
    }

    fn term(&mut self, node: &Node) -> Option<(Term, Measure)> {
        match &node.kind {
            NodeKind::Int(n) => Some((Term::Literal(*n), Measure::Literal)),
            NodeKind::Name(name) => {
                if let Name::Question(q) = self.name(name, node)? {
                    let measure = match self.question(q).kind {
                        QuestionKind::Number { .. } => Some(Measure::Number),
                        QuestionKind::Year { .. } => Some(Measure::Year),
                        QuestionKind::Date => Some(Measure::Date),
                        _ => None,
                    };
                    if let Some(measure) = measure {
                        return Some((Term::Answer(q), measure));
                    }
                }
                let what = self.describe(node);
                self.fail(
                    Code::Type,
                    format!("`{name}` is {what}, not a number, a year or a date"),
                    node,
                    "cannot be compared as a number",
                    None,
                )
            }
            NodeKind::Call { name, args } => self.call(name, args, node),
            NodeKind::Add(a, b) | NodeKind::Sub(a, b) => {
                let adding = matches!(node.kind, NodeKind::Add(..));
                let (ta, ma) = self.term(a)?;
                let (tb, mb) = self.term(b)?;
                use Measure::*;
                let measure = match (adding, ma, mb) {
                    (_, Literal, Literal) => Some(Literal),
                    (_, Number | Literal, Number | Literal) => Some(Number),
                    (true, Year, Literal) | (true, Literal, Year) | (false, Year, Literal) => Some(Year),
                    (false, Year, Year) => Some(Number),
                    _ => None,
                };
                let Some(measure) = measure else {
                    return self.fail(
                        Code::Type,
                        format!("cannot {} {} and {}", if adding { "add" } else { "subtract" }, ma.word(), mb.word()),
                        node,
                        "not a valid calculation",
                        Some("for a duration, write years_since(question)".to_string()),
                    );
                };
                let term =
                    if adding { Term::Add(Box::new(ta), Box::new(tb)) } else { Term::Sub(Box::new(ta), Box::new(tb)) };
                Some((term, measure))
            }
            _ => {
                let what = self.describe(node);
                self.fail(
                    Code::Type,
                    format!("expected a number, a year or a date, found {what}"),
                    node,
                    "not a number",
                    None,
                )
            }
        }
    }

    fn call(&mut self, name: &str, args: &[Node], node: &Node) -> Option<(Term, Measure)> {
        let [arg] = args else {
            return self.fail(
                Code::Type,
                format!("`{name}` takes exactly one argument"),
                node,
                "wrong number of arguments",
                None,
            );
        };
        match name {
            "years_since" => {
                if let NodeKind::Name(question) = &arg.kind
                    && let Name::Question(q) = self.name(question, arg)?
                    && matches!(self.question(q).kind, QuestionKind::Year { .. } | QuestionKind::Date)
                {
                    return Some((Term::YearsSince(q), Measure::Number));
                }
                let what = self.describe(arg);
                self.fail(
                    Code::Type,
                    format!("`years_since` needs a year or date question, found {what}"),
                    arg,
                    "not a year or a date",
                    None,
                )
            }
            "date" => match &arg.kind {
                NodeKind::Text(text) => match Date::parse(text).filter(|d| YEARS.contains(&d.year())) {
                    Some(date) => Some((Term::Literal(i64::from(date.days())), Measure::Date)),
                    None => self.fail(
                        Code::BadDate,
                        format!("'{text}' is not a day from {} to {}", YEARS.start(), YEARS.end()),
                        arg,
                        "not a date",
                        Some("write it as 'YYYY-MM-DD'".to_string()),
                    ),
                },
                _ => self.fail(
                    Code::Type,
                    "`date` needs a text such as '2013-12-31'".to_string(),
                    arg,
                    "not a text",
                    None,
                ),
            },
            other => {
                let mut note = "the functions are years_since(question) and date('YYYY-MM-DD')".to_string();
                if let Some(near) = closest(other, ["years_since", "date"].into_iter()) {
                    note = format!("did you mean `{near}`? {note}");
                }
                self.fail(
                    Code::UnknownFunction,
                    format!("there is no function `{other}`"),
                    node,
                    "unknown function",
                    Some(note),
                )
            }
        }
    }
}
