//! Check: every text the rules need exists in every shipped language; every message of one
//! language exists in the others, with the same attributes; the Fluent files parse; and
//! references between messages point at messages that exist. Texts for ids that no rule
//! declares are reported as unused. A file nested too deeply for the Fluent parser is
//! refused before it is parsed (`placeables`). Every text must also compile for the browser's
//! compact runtime (`huquq-texts`), which formats variables and selects, nothing else.

use super::diagnostic::{Code, Diagnostic, Location};
use super::lower::Lowered;
use super::{FileKind, Input, placeables};
use crate::keys;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// One message (or `-term`) of one language.
struct Message {
    at: Location,
    attributes: BTreeSet<String>,
}

/// A text the rules need, and what to say when it is missing.
struct Needed {
    key: String,
    attribute: Option<&'static str>,
    what: String,
    at: Location,
}

pub fn check(input: &Input, lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) {
    let mut languages: BTreeMap<&str, BTreeMap<String, Message>> = BTreeMap::new();
    let mut references = Vec::new();
    // Languages with a file that is not parsed (see `placeables`). What that file holds is
    // unknown, not missing: texts are not reported missing there, nor references unknown,
    // so that the one error that matters is not buried under dozens that go away with it.
    let mut refused = BTreeSet::new();
    for (file, source) in input.files.iter().enumerate() {
        let FileKind::Locale { language } = &source.kind else {
            continue;
        };
        let messages = languages.entry(language.as_str()).or_default();
        match placeables::check(file, &source.text) {
            Some(refusal) => {
                diagnostics.push(refusal);
                refused.insert(language.as_str());
            }
            None => read(file, &source.text, messages, &mut references, diagnostics),
        }
    }
    if languages.is_empty() {
        diagnostics.push(
            Diagnostic::error(Code::MissingLocales, "no locale was found")
                .note("texts live in locales/<language>/*.ftl, e.g. locales/fr/rules.ftl"),
        );
        return;
    }
    let needed = needed(lowered);
    let needed_keys: BTreeSet<&str> = needed.iter().map(|n| n.key.as_str()).collect();
    for (language, messages) in languages.iter().filter(|(language, _)| !refused.contains(*language)) {
        for need in &needed {
            let missing = match (messages.get(&need.key), need.attribute) {
                (None, _) => Some(need.key.clone()),
                (Some(m), Some(attribute)) if !m.attributes.contains(attribute) => {
                    Some(format!("{}.{attribute}", need.key))
                }
                _ => None,
            };
            if let Some(key) = missing {
                diagnostics.push(
                    Diagnostic::error(Code::MissingText, format!("locale `{language}` has no text for {}", need.what))
                        .at(need.at.clone(), format!("needs `{key}` in locales/{language}/"))
                        .note(format!(
                            "add `{key}` to a file in locales/{language}/; every text must exist in every language"
                        )),
                );
            }
        }
    }
    parity(&languages, &needed_keys, &refused, diagnostics);
    unknown_messages(input, &languages, &references, &refused, diagnostics);
    // After the errors above, so that a file with one is not also reported as uncompilable.
    compact(input, &refused, diagnostics);
    for (language, messages) in &languages {
        for (id, message) in messages {
            let rule_text = keys::RULE_PREFIXES.iter().any(|p| id.starts_with(p));
            if rule_text && !needed_keys.contains(id.as_str()) {
                diagnostics.push(
                    Diagnostic::warning(
                        Code::UnusedText,
                        format!("`{id}` in locale `{language}` is not the text of anything in the rules"),
                    )
                    .at(message.at.clone(), "unused")
                    .note(
                        "remove it, or fix its id to match a question, choice, right, office, city, document or step",
                    ),
                );
            }
        }
    }
}

/// References `{ message }` to a message that the file's language does not have.
fn unknown_messages(
    input: &Input,
    languages: &BTreeMap<&str, BTreeMap<String, Message>>,
    references: &[(usize, String, Location)],
    refused: &BTreeSet<&str>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (file, id, at) in references {
        let FileKind::Locale { language } = &input.files[*file].kind else {
            continue;
        };
        let Some(messages) = languages.get(language.as_str()) else { continue };
        if !messages.contains_key(id) && !refused.contains(language.as_str()) {
            diagnostics.push(
                Diagnostic::error(
                    Code::UnknownMessage,
                    format!("`{{ {id} }}` refers to a message that locale `{language}` does not have"),
                )
                .at(at.clone(), "not declared")
                .note(format!("add `{id}` to locales/{language}/, or fix the reference")),
            );
        }
    }
}

/// Parses one Fluent file into `messages`, recording references to other messages.
fn read(
    file: usize,
    text: &str,
    messages: &mut BTreeMap<String, Message>,
    references: &mut Vec<(usize, String, Location)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let span = error.pos.start.min(text.len())..error.pos.end.min(text.len());
                diagnostics.push(
                    Diagnostic::error(Code::LocaleSyntax, format!("this Fluent text cannot be read: {error}"))
                        .at(Location { file, span }, "here")
                        .note("a message is `id = text`; continuation lines are indented; see https://projectfluent.org/fluent/guide/"),
                );
            }
            resource
        }
    };
    for entry in &resource.body {
        let (id, prefix, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name, "", m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (t.id.name, "-", Some(&t.value), &t.attributes),
            _ => continue,
        };
        let start = offset(id);
        let at = Location { file, span: start..start + id.len() };
        let key = format!("{prefix}{id}");
        let mut patterns: Vec<&Pattern<&str>> = value.into_iter().collect();
        patterns.extend(attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            message_references(pattern, &mut |name| {
                let start = offset(name);
                references.push((file, name.to_string(), Location { file, span: start..start + name.len() }));
            });
        }
        let names = attributes.iter().map(|a| a.id.name.to_string()).collect();
        match messages.entry(key) {
            std::collections::btree_map::Entry::Occupied(first) => diagnostics.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    format!("the message `{}` is declared twice in this language", first.key()),
                )
                .at(at, "declared again here")
                .also(first.get().at.clone(), "first declared here"),
            ),
            std::collections::btree_map::Entry::Vacant(slot) => _ = slot.insert(Message { at, attributes: names }),
        }
    }
}

fn message_references<'s>(pattern: &Pattern<&'s str>, found: &mut impl FnMut(&'s str)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_references(expression, found);
        }
    }
}

fn expression_references<'s>(expression: &Expression<&'s str>, found: &mut impl FnMut(&'s str)) {
    match expression {
        Expression::Inline(inline) => inline_references(inline, found),
        Expression::Select { selector, variants } => {
            inline_references(selector, found);
            variants.iter().for_each(|v| message_references(&v.value, found));
        }
    }
}

fn inline_references<'s>(inline: &InlineExpression<&'s str>, found: &mut impl FnMut(&'s str)) {
    match inline {
        InlineExpression::MessageReference { id, .. } => found(id.name),
        InlineExpression::Placeable { expression } => expression_references(expression, found),
        _ => {}
    }
}

/// Messages present in one language and not in another (texts of the rules aside: those
/// are reported at the rule that needs them).
fn parity(
    languages: &BTreeMap<&str, BTreeMap<String, Message>>,
    needed: &BTreeSet<&str>,
    refused: &BTreeSet<&str>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (language, messages) in languages {
        for (other, other_messages) in languages {
            if other == language || refused.contains(other) {
                continue;
            }
            for (id, message) in messages {
                match other_messages.get(id) {
                    None if !needed.contains(id.as_str()) => diagnostics.push(
                        Diagnostic::error(
                            Code::MissingText,
                            format!("`{id}` is in locale `{language}` but missing in `{other}`"),
                        )
                        .at(message.at.clone(), format!("missing in {other}"))
                        .note(format!("add `{id}` to locales/{other}/; every text must exist in every language")),
                    ),
                    Some(theirs) => {
                        for attribute in message.attributes.difference(&theirs.attributes) {
                            diagnostics.push(
                                Diagnostic::error(
                                    Code::MissingText,
                                    format!("`{id}.{attribute}` is in locale `{language}` but missing in `{other}`"),
                                )
                                .at(theirs.at.clone(), format!("needs `.{attribute}`")),
                            );
                        }
                    }
                    None => {}
                }
            }
        }
    }
}

fn needed(lowered: &Lowered) -> Vec<Needed> {
    let rules = &lowered.rules;
    let spans = &lowered.spans;
    let mut needed = Vec::new();
    let mut need = |key: String, attribute, what: String, at: &Location| {
        needed.push(Needed { key, attribute, what, at: at.clone() })
    };
    for (q, question) in rules.questions.iter().enumerate() {
        need(keys::question(question), None, format!("question `{}`", question.id), &spans.questions[q]);
        for (c, choice) in question.kind.choices().iter().enumerate() {
            need(
                keys::choice(question, choice),
                None,
                format!("choice `{choice}` of question `{}`", question.id),
                &spans.choices[q][c],
            );
        }
    }
    let mut domains = BTreeSet::new();
    for (r, right) in rules.rights.iter().enumerate() {
        need(keys::right(right), Some(keys::SUMMARY), format!("right `{}`", right.id), &spans.rights[r]);
        if domains.insert(right.domain) {
            need(keys::domain(right.domain), None, format!("domain `{}`", right.domain.name()), &spans.rights[r]);
        }
    }
    for (o, office) in rules.offices.iter().enumerate() {
        need(keys::office(&office.id), None, format!("office `{}`", office.id), &spans.offices[o]);
    }
    for (id, at) in &spans.documents {
        need(keys::document(id), None, format!("document `{id}`"), at);
    }
    for (id, at) in &spans.steps {
        need(keys::step(id), None, format!("step `{id}`"), at);
    }
    for (id, at) in &spans.cities {
        need(keys::city(id), None, format!("city `{id}`"), at);
    }
    for (change, at) in lowered.changes.iter().zip(&spans.changes) {
        let right = &change.right;
        let what = format!("the change to right `{right}` in version {}", change.version);
        need(keys::change(change.version, right), None, what, at);
    }
    needed
}

/// Each language's texts compile for the browser (`huquq_texts::compile`), which refuses the
/// Fluent features the compact runtime does not format (functions, terms with arguments…).
/// Run only on languages whose files have no other error, which would be reported twice.
fn compact(input: &Input, refused: &BTreeSet<&str>, diagnostics: &mut Vec<Diagnostic>) {
    let with_errors: BTreeSet<usize> =
        diagnostics.iter().filter(|d| d.is_error()).filter_map(|d| d.at.as_ref().map(|a| a.file)).collect();
    // Never a file the Fluent parser was kept away from (`placeables`).
    let locale_files: Vec<(usize, &str)> = input
        .files
        .iter()
        .enumerate()
        .filter_map(|(i, f)| match &f.kind {
            FileKind::Locale { language } if !refused.contains(language.as_str()) && !with_errors.contains(&i) => {
                Some((i, f.text.as_str()))
            }
            _ => None,
        })
        .collect();
    let all: Vec<&str> = locale_files.iter().map(|(_, text)| *text).collect();
    let ids = huquq_texts::compile::ids(&all);
    for &(file, text) in &locale_files {
        for error in huquq_texts::compile::compile(text, &ids).err().unwrap_or_default() {
            let start = error.offset.min(text.len());
            let end = text[start..].chars().next().map_or(start, |c| start + c.len_utf8());
            diagnostics.push(
                Diagnostic::error(Code::UncompilableText, error.message)
                    .at(Location { file, span: start..end }, "here")
                    .note("the guide formats variables (`{ $count }`) and selects on them, nothing else"),
            );
        }
    }
}
