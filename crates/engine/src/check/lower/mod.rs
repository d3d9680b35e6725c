//! Lowering, the checker's third step: turns what authors wrote (`syntax`) into the compiled
//! rules. It checks ids, resolves names to typed ids, types every condition (`types`), and
//! remembers where each thing was declared so that later checks can point at it. Whatever is
//! wrong is reported and replaced by a placeholder, so one mistake does not hide the next.
//! It reads no file and never panics on what authors write.
//!
//! One module per part of the rules: [`declarations`] (ids, names, `[meta]`), [`questions`],
//! [`sources`] (and the offices that cite them), [`rights`], and [`types`] for conditions.

pub(crate) mod declarations;
mod questions;
mod rights;
mod sources;
mod types;

use super::diagnostic::{Code, Diagnostic, Location};
use super::evidence::{self, Evidence};
use super::syntax::RulesFile;
use crate::audit::Claims;
use crate::date::Date;
use crate::model::{ChoiceId, DefinitionId, Expr, LIMIT, OfficeId, QuestionId, RightId, RightKind, RuleSet, SourceId};
use std::collections::{BTreeMap, HashMap};

/// Where each declared thing is, for later checks' messages.
#[derive(Debug, Default)]
pub struct Spans {
    pub questions: Vec<Location>,
    pub choices: Vec<Vec<Location>>,
    pub ask_ifs: Vec<Option<Location>>,
    pub definitions: Vec<Location>,
    pub rights: Vec<Location>,
    pub conditions: Vec<Location>,
    /// Per right, where each of its steps is written (its id).
    pub step_ids: Vec<Vec<Location>>,
    /// Per right, where the `when` of each of its steps and documents is written, if it has one.
    pub step_conditions: Vec<Vec<Option<Location>>>,
    pub document_conditions: Vec<Vec<Option<Location>>>,
    /// Each right's `unknown_when`, if it has one.
    pub unknown_conditions: Vec<Option<Location>>,
    pub offices: Vec<Location>,
    pub sources: Vec<Location>,
    /// Where each of `Lowered::changes` is written in `rules/changes.toml` (its right's id).
    pub changes: Vec<Location>,
    /// `max_questions` in `[meta]`, and each `exclusive_with` entry, as in [`Lowered::claims`].
    pub max_questions: Option<Location>,
    pub exclusive: Vec<Location>,
    /// First use of each document, step and city id.
    pub documents: BTreeMap<String, Location>,
    pub steps: BTreeMap<String, Location>,
    pub cities: BTreeMap<String, Location>,
}

pub struct Lowered {
    pub rules: RuleSet,
    pub spans: Spans,
    /// For each definition, the definitions its condition names.
    pub definition_uses: Vec<Vec<DefinitionId>>,
    /// What the rules claim about their interviews, for the audit to prove.
    pub claims: Claims,
    /// The dates of the evidence, as the rules write them (`evidence`).
    pub evidence: Evidence,
    /// What each version changed (`rules/changes.toml`, read by `check::changes`).
    pub changes: Vec<crate::model::RightChange>,
}

impl Lowered {
    /// The conditions of right `r`'s steps and documents that have one, steps first: "step"
    /// or "document", its id, its condition and where the condition is written.
    pub fn entry_conditions(&self, r: usize) -> impl Iterator<Item = (&'static str, &str, &Expr, &Location)> {
        let right = &self.rules.rights[r];
        let steps = right.steps.iter().map(|s| ("step", s.id.as_str(), &s.when)).zip(&self.spans.step_conditions[r]);
        let documents = right
            .documents
            .iter()
            .map(|d| ("document", d.id.as_str(), &d.when))
            .zip(&self.spans.document_conditions[r]);
        steps.chain(documents).filter_map(|((kind, id, when), at)| Some((kind, id, when.as_ref()?, at.as_ref()?)))
    }
}

/// One parsed rules file with its index in the input and its text.
pub struct Parsed<'a> {
    pub file: usize,
    pub text: &'a str,
    pub content: RulesFile,
}

/// What a name in a condition stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Name {
    Question(QuestionId),
    Definition(DefinitionId),
}

/// What lowering knows as it goes: the names declared so far and where, and the diagnostics.
struct Lowering<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
    names: HashMap<String, Name>,
    /// First declaration of each id, by namespace.
    seen: HashMap<(&'static str, String), Location>,
    /// The kinds of things already reported past [`LIMIT`], each reported once.
    too_many: Vec<&'static str>,
}

pub fn lower(files: &[Parsed], today: Date, diagnostics: &mut Vec<Diagnostic>) -> Lowered {
    let mut cx = Lowering::new(diagnostics);
    let mut spans = Spans::default();
    let reviewed = cx.reviewed(files).unwrap_or(today);
    let version = cx.version(files);
    let mut questions = cx.questions(files, &mut spans);
    let (definitions, definition_uses) = cx.definitions(files, &questions, &mut spans);
    cx.ask_ifs(files, &mut questions, &mut spans);
    let placement = cx.meta_question(files, &questions, "places_offices", |m| m.places_offices.as_ref());
    let what_if = cx.meta_question(files, &questions, "what_if", |m| m.what_if.as_ref());
    let needs = cx.needs(files, &questions, &spans);
    let sources = cx.sources(files, &mut spans);
    let source_index = declarations::index_of(sources.iter().map(|s| s.id.as_str()), SourceId::from_index);
    let offices = cx.offices(files, &questions, placement, &source_index, &mut spans);
    let office_index = declarations::index_of(offices.iter().map(|o| o.id.as_str()), OfficeId::from_index);
    let known = rights::Known { questions: &questions, offices: &office_index, sources: &source_index };
    let rights = cx.rights(files, &known, &mut spans);
    let claims = Claims {
        max_questions: cx.max_questions(files, &mut spans),
        exclusive: cx.exclusive(files, &rights, &mut spans),
    };
    let right_index = declarations::index_of(rights.iter().map(|r| r.id.as_str()), RightId::from_index);
    let (priority, emergency) = cx.presentation(files, &right_index, &office_index);
    let mut rules = RuleSet {
        reviewed,
        version,
        questions,
        definitions,
        rights,
        offices,
        sources,
        priority,
        emergency,
        placement,
        what_if,
        needs: needs.as_ref().map(|(q, _)| *q),
    };
    let evidence = evidence::read(files, &rules, cx.diagnostics);
    for r in 0..rules.rights.len() {
        let mut uses = Vec::new();
        for condition in rules.rights[r].conditions() {
            crate::model::walk::questions_read(&rules, condition, &mut |q| uses.push(q));
        }
        uses.sort_unstable();
        uses.dedup();
        let right = &mut rules.rights[r];
        right.uses = uses;
        right.confirmed = evidence.confirmation(&right.sources);
        right.ages_after = (right.kind == RightKind::Programme).then_some(evidence.programme_months);
        if let Some((_, domains)) = &needs {
            let naming = ChoiceId::all(domains.len()).zip(domains).filter(|(_, d)| d.contains(&right.domain));
            right.needed_for = naming.map(|(c, _)| c).collect();
        }
    }
    Lowered { rules, spans, definition_uses, claims, evidence, changes: Vec::new() }
}

impl<'d> Lowering<'d> {
    fn new(diagnostics: &'d mut Vec<Diagnostic>) -> Lowering<'d> {
        Lowering { diagnostics, names: HashMap::new(), seen: HashMap::new(), too_many: Vec::new() }
    }

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
}

#[cfg(test)]
mod tests;
