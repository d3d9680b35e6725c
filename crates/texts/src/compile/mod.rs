//! Fluent files compiled into [`Pattern`]s at build time, so that the browser needs no parser.
//! Resolves at compile time everything fluent-bundle 0.16 would decide without the arguments
//! (isolation marks, message and term references) and refuses, with an error at the construct,
//! whatever the runtime cannot format. Build time only (feature `compile`): never in the wasm.
//!
//! fluent-syntax recurses once per nesting level of `{ }`: run the rules checker first (it
//! refuses files nested too deeply), as `build.rs` does.
//!
//! Splitting a language into parts is left to the caller, e.g.
//!
//! ```
//! use huquq_texts::compile::{compile, ids};
//! use huquq_texts::{catalogue, Part};
//!
//! let fr = "app-title = Huquq\nright-health = Soins\n    .summary = Pour { $who }\n";
//! let ids = ids(&[fr]);
//! let (rights, interface): (Vec<_>, Vec<_>) = compile(fr, &ids)
//!     .expect("no error")
//!     .into_iter()
//!     .partition(|(index, _)| ids[*index as usize].starts_with("right-"));
//! let interface = Part::new("fr", catalogue(&ids), interface).to_bytes().unwrap();
//! let rights = Part::new("fr", catalogue(&ids), rights).to_bytes().unwrap();
//! assert!(Part::from_bytes(&interface).is_ok() && Part::from_bytes(&rights).is_ok());
//! ```

use crate::model::{Key, Pattern, Piece, Select, Variant};
use crate::plural::Category;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern as Ftl, PatternElement, VariantKey};
use std::collections::{BTreeMap, BTreeSet};

#[cfg(test)]
mod tests;

/// fluent-bundle stops writing a message after this many placeables (its `MAX_PLACEABLES`).
const MAX_PLACEABLES: usize = 100;
/// How deeply placeables and references may nest; our texts nest two levels deep.
const MAX_DEPTH: usize = 32;
/// How many pieces and variants one message may compile to, references inlined.
const MAX_PIECES: usize = 10_000;

/// A mistake in a Fluent text, at a byte offset of the text given to [`compile`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CompileError {
    pub offset: usize,
    pub message: String,
}

/// Every message id (for a message with a value) and attribute id (`message.attribute`) of
/// these Fluent texts, sorted and without duplicates; terms are not included. Entries that do
/// not parse are left out: [`compile`] reports them.
pub fn ids(resources: &[&str]) -> Vec<String> {
    let mut ids = Vec::new();
    for text in resources {
        let resource = fluent_syntax::parser::parse_runtime(*text).unwrap_or_else(|(resource, _)| resource);
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                if message.value.is_some() {
                    ids.push(message.id.name.to_string());
                }
                for attribute in &message.attributes {
                    ids.push(format!("{}.{}", message.id.name, attribute.id.name));
                }
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

/// The messages of one language's Fluent text (all its files joined), each under the index of
/// its id in `ids` (as [`ids`] returns it for every language), by increasing index.
pub fn compile(text: &str, ids: &[String]) -> Result<Vec<(u32, Pattern)>, Vec<CompileError>> {
    if !ids.windows(2).all(|pair| pair[0] < pair[1]) {
        let message = "the id list must be sorted and without duplicates, as `ids` returns it".to_string();
        return Err(vec![CompileError { offset: 0, message }]);
    }
    let (resource, parse_errors) = match fluent_syntax::parser::parse_runtime(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut compiler = Compiler { text, entries: BTreeMap::new(), errors: Vec::new() };
    for error in parse_errors {
        compiler.refuse(error.pos.start, format!("this Fluent text cannot be read: {error}"));
    }
    compiler.index(&resource.body);
    let mut messages = Vec::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else { continue };
        if !compiler.entries.get(message.id.name).is_some_and(|first| std::ptr::eq(*first, entry)) {
            continue;
        }
        let mut patterns = Vec::new();
        if let Some(value) = &message.value {
            patterns.push((message.id.name.to_string(), message.id.name, value));
        }
        let mut attributes = BTreeSet::new();
        for attribute in &message.attributes {
            let id = format!("{}.{}", message.id.name, attribute.id.name);
            if attributes.insert(attribute.id.name) {
                patterns.push((id, attribute.id.name, &attribute.value));
            } else {
                let at = compiler.offset(attribute.id.name);
                compiler.refuse(at, format!("`{id}` is declared twice; fluent-bundle would keep only the first"));
            }
        }
        for (id, name, pattern) in patterns {
            let at = compiler.offset(name);
            let Some(index) = ids.binary_search(&id).ok().and_then(|index| u32::try_from(index).ok()) else {
                compiler
                    .refuse(at, format!("`{id}` is not in the id list: make the list with `ids` from every language"));
                continue;
            };
            messages.push((index, compiler.message(pattern, at)));
        }
    }
    messages.sort_by_key(|(index, _)| *index);
    let mut errors = compiler.errors;
    if errors.is_empty() {
        return Ok(messages);
    }
    errors.sort();
    errors.dedup();
    Err(errors)
}

/// What fluent-bundle's resolver tracks while it writes one message, known here in advance.
struct Walk<'r, 's> {
    /// The patterns being written, outermost first: a reference back to one is a cycle.
    stack: Vec<&'r Ftl<&'s str>>,
    /// Inside a term, where fluent-bundle hides the message's arguments.
    in_term: bool,
    /// Placeables written so far on the way through selects that writes the most of them.
    placeables: usize,
    /// Placeables and references open around the current one.
    depth: usize,
    /// Pieces and variants made so far, for [`MAX_PIECES`].
    pieces: usize,
    /// Set when the message is refused as a whole; the walk then goes no further.
    stopped: bool,
    /// Where the message's id is.
    at: usize,
}

struct Compiler<'r, 's> {
    text: &'s str,
    /// Messages and terms by name: fluent-bundle keeps them in one namespace, first one wins.
    entries: BTreeMap<&'s str, &'r Entry<&'s str>>,
    errors: Vec<CompileError>,
}

impl<'r, 's> Compiler<'r, 's> {
    fn offset(&self, slice: &str) -> usize {
        (slice.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize).min(self.text.len())
    }

    fn refuse(&mut self, offset: usize, message: String) {
        self.errors.push(CompileError { offset, message });
    }

    fn index(&mut self, body: &'r [Entry<&'s str>]) {
        for entry in body {
            let (name, at) = match entry {
                Entry::Message(message) => (message.id.name, self.offset(message.id.name)),
                Entry::Term(term) => (term.id.name, self.offset(term.id.name).saturating_sub(1)),
                _ => continue,
            };
            if self.entries.contains_key(name) {
                self.refuse(
                    at,
                    format!("`{name}` is declared twice (a message and a term count as one name for fluent-bundle, which would keep only the first)"),
                );
            } else {
                self.entries.insert(name, entry);
            }
        }
    }

    fn message(&mut self, pattern: &'r Ftl<&'s str>, at: usize) -> Pattern {
        let mut walk =
            Walk { stack: vec![pattern], in_term: false, placeables: 0, depth: 0, pieces: 0, stopped: false, at };
        let mut pieces = Vec::new();
        self.pattern(pattern, &mut walk, &mut pieces);
        Pattern(pieces)
    }

    /// Stops the walk through this message with one error at its id.
    fn stop(&mut self, walk: &mut Walk, message: String) {
        if !walk.stopped {
            walk.stopped = true;
            self.refuse(walk.at, message);
        }
    }

    fn pattern(&mut self, pattern: &'r Ftl<&'s str>, walk: &mut Walk<'r, 's>, out: &mut Vec<Piece>) {
        // As fluent-bundle's `Pattern::write`: a placeable among other elements is isolated,
        // unless it is a reference or a string literal.
        let isolating = pattern.elements.len() > 1;
        for element in &pattern.elements {
            if walk.stopped {
                return;
            }
            match element {
                PatternElement::TextElement { value } => self.text(value, walk, out),
                PatternElement::Placeable { expression } => {
                    walk.placeables += 1;
                    if walk.placeables > MAX_PLACEABLES {
                        let message = format!(
                            "this text can write more than {MAX_PLACEABLES} placeables once references are inlined, where fluent-bundle stops; make it shorter"
                        );
                        return self.stop(walk, message);
                    }
                    let isolate = isolating
                        && !matches!(
                            expression,
                            Expression::Inline(
                                InlineExpression::MessageReference { .. }
                                    | InlineExpression::TermReference { .. }
                                    | InlineExpression::StringLiteral { .. }
                            )
                        );
                    if isolate {
                        self.text("\u{2068}", walk, out);
                    }
                    self.expression(expression, walk, out);
                    if isolate {
                        self.text("\u{2069}", walk, out);
                    }
                }
            }
        }
    }

    fn text(&mut self, text: &str, walk: &mut Walk, out: &mut Vec<Piece>) {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(Piece::Text(last)) => last.push_str(text),
            _ => {
                out.push(Piece::Text(text.to_string()));
                self.count(walk, 1);
            }
        }
    }

    fn count(&mut self, walk: &mut Walk, pieces: usize) {
        walk.pieces += pieces;
        if walk.pieces > MAX_PIECES {
            let message = format!(
                "this text is more than {MAX_PIECES} pieces long once references are inlined; make it shorter or select less deeply"
            );
            self.stop(walk, message);
        }
    }

    fn expression(&mut self, expression: &'r Expression<&'s str>, walk: &mut Walk<'r, 's>, out: &mut Vec<Piece>) {
        walk.depth += 1;
        if walk.depth > MAX_DEPTH {
            let at = self.expression_offset(expression);
            self.refuse(at, format!("placeables and references nest more than {MAX_DEPTH} deep here; remove some"));
            walk.stopped = true;
        } else {
            match expression {
                Expression::Inline(inline) => self.inline(inline, walk, out),
                Expression::Select { selector, variants } => self.select(selector, variants, walk, out),
            }
        }
        walk.depth -= 1;
    }

    fn select(
        &mut self,
        selector: &'r InlineExpression<&'s str>,
        variants: &'r [fluent_syntax::ast::Variant<&'s str>],
        walk: &mut Walk<'r, 's>,
        out: &mut Vec<Piece>,
    ) {
        let InlineExpression::VariableReference { id } = selector else {
            if let InlineExpression::TermReference { .. }
            | InlineExpression::FunctionReference { .. }
            | InlineExpression::NumberLiteral { .. } = selector
            {
                // Refused for what they are, wherever they stand.
                return self.inline(selector, walk, &mut Vec::new());
            }
            let at = self.inline_offset(selector);
            let message =
                "the compact runtime can select only on a variable; write it as `{ $name -> [key] … *[other] … }`";
            return self.refuse(at, message.to_string());
        };
        if walk.in_term {
            return self.variable_in_term(id.name);
        }
        self.count(walk, 1 + variants.len());
        let start = walk.placeables;
        let mut most = start;
        let mut compiled = Vec::with_capacity(variants.len());
        // fluent-bundle writes nothing when no variant is the default; the parser forbids that.
        let mut default = u32::MAX;
        for (position, variant) in variants.iter().enumerate() {
            let key = self.key(&variant.key);
            let mut value = Vec::new();
            walk.placeables = start;
            self.pattern(&variant.value, walk, &mut value);
            most = most.max(walk.placeables);
            if variant.default && default == u32::MAX {
                default = u32::try_from(position).unwrap_or(u32::MAX);
            }
            compiled.push(Variant { key, value: Pattern(value) });
        }
        walk.placeables = most;
        out.push(Piece::Select(Select { variable: id.name.to_string(), variants: compiled, default }));
    }

    fn key(&mut self, key: &VariantKey<&'s str>) -> Key {
        match *key {
            VariantKey::Identifier { name } => {
                Category::from_name(name).map_or_else(|| Key::Name(name.to_string()), Key::Category)
            }
            VariantKey::NumberLiteral { value } => {
                if let Ok(n) = value.parse::<i64>() {
                    return Key::Number(n);
                }
                let at = self.offset(value);
                let message = if value.contains('.') {
                    format!(
                        "the compact runtime cannot match the decimal key `[{value}]` (numbers are whole: fluent-bundle would never choose it); write an integer key or a plural category"
                    )
                } else {
                    format!(
                        "the compact runtime cannot match the key `[{value}]`, beyond 64-bit integers; write a smaller integer or a plural category"
                    )
                };
                self.refuse(at, message);
                Key::Name(value.to_string())
            }
        }
    }

    fn inline(&mut self, inline: &'r InlineExpression<&'s str>, walk: &mut Walk<'r, 's>, out: &mut Vec<Piece>) {
        match inline {
            InlineExpression::StringLiteral { value } => {
                self.text(&fluent_syntax::unicode::unescape_unicode_to_string(value), walk, out);
            }
            InlineExpression::NumberLiteral { value } => {
                let at = self.offset(value);
                self.refuse(at, format!("the compact runtime cannot format the number literal `{{ {value} }}`; write it as text: `{value}`"));
            }
            InlineExpression::FunctionReference { id, .. } => {
                let at = self.offset(id.name);
                let name = id.name;
                self.refuse(at, format!("the compact runtime cannot format the function call `{name}(…)`; write the variable alone, `{{ $name }}`, or select on it: `{{ $name -> [one] … *[other] … }}`"));
            }
            InlineExpression::TermReference { id, attribute, arguments } => {
                let at = self.offset(id.name).saturating_sub(1);
                let name = id.name;
                if arguments.is_some() {
                    self.refuse(at, format!("the compact runtime cannot format a term with arguments, `-{name}(…)`; write the text in the message, or use a term without arguments"));
                } else if let Some(attribute) = attribute {
                    let attribute = attribute.name;
                    self.refuse(at, format!("the compact runtime cannot format an attribute of a term, `-{name}.{attribute}`; select on a variable instead, or write the text in the message"));
                } else if let Some(Entry::Term(term)) = self.entries.get(name).copied() {
                    self.reference(&term.value, at, true, &format!("-{name}"), walk, out);
                } else {
                    self.refuse(at, format!("there is no term `-{name}` in this language (fluent-bundle would write `{{-{name}}}`); add it or remove the reference"));
                }
            }
            InlineExpression::MessageReference { id, attribute } => {
                self.message_reference(id.name, attribute.as_ref().map(|a| a.name), walk, out)
            }
            InlineExpression::VariableReference { id } => {
                if walk.in_term {
                    self.variable_in_term(id.name);
                } else {
                    out.push(Piece::Variable(id.name.to_string()));
                    self.count(walk, 1);
                }
            }
            InlineExpression::Placeable { expression } => self.expression(expression, walk, out),
        }
    }

    fn message_reference(
        &mut self,
        name: &'s str,
        attribute: Option<&'s str>,
        walk: &mut Walk<'r, 's>,
        out: &mut Vec<Piece>,
    ) {
        let at = self.offset(name);
        let shown = attribute.map_or_else(|| name.to_string(), |attribute| format!("{name}.{attribute}"));
        let Some(Entry::Message(message)) = self.entries.get(name).copied() else {
            return self.refuse(at, format!("there is no message `{name}` in this language (fluent-bundle would write `{{{shown}}}`); add it or remove the reference"));
        };
        let pattern = match attribute {
            Some(attribute) => message.attributes.iter().find(|a| a.id.name == attribute).map(|a| &a.value),
            None => message.value.as_ref(),
        };
        let Some(pattern) = pattern else {
            let what = if attribute.is_some() { "no such attribute" } else { "no value" };
            return self.refuse(at, format!("the message `{shown}` has {what} in this language (fluent-bundle would write `{{{shown}}}`); add it or remove the reference"));
        };
        self.reference(pattern, at, walk.in_term, &shown, walk, out);
    }

    /// Writes a referenced message or term in place, as fluent-bundle's `Scope::track` does.
    fn reference(
        &mut self,
        pattern: &'r Ftl<&'s str>,
        at: usize,
        in_term: bool,
        shown: &str,
        walk: &mut Walk<'r, 's>,
        out: &mut Vec<Piece>,
    ) {
        if walk.stack.iter().any(|outer| std::ptr::eq(*outer, pattern)) {
            let message = format!(
                "`{shown}` refers back to itself here (fluent-bundle would write `{{{shown}}}`); break the cycle"
            );
            return self.refuse(at, message);
        }
        walk.stack.push(pattern);
        let outer = std::mem::replace(&mut walk.in_term, in_term);
        self.pattern(pattern, walk, out);
        walk.in_term = outer;
        walk.stack.pop();
    }

    fn variable_in_term(&mut self, name: &'s str) {
        let at = self.offset(name).saturating_sub(1);
        self.refuse(at, format!("the compact runtime cannot format `${name}` inside a term, where fluent-bundle hides the message's arguments (it would write `{{${name}}}`); write it in the message instead"));
    }

    fn expression_offset(&self, expression: &Expression<&'s str>) -> usize {
        match expression {
            Expression::Inline(inline) => self.inline_offset(inline),
            Expression::Select { selector, .. } => self.inline_offset(selector),
        }
    }

    fn inline_offset(&self, mut inline: &InlineExpression<&'s str>) -> usize {
        loop {
            return match inline {
                InlineExpression::StringLiteral { value } => self.offset(value).saturating_sub(1),
                InlineExpression::NumberLiteral { value } => self.offset(value),
                InlineExpression::FunctionReference { id, .. } | InlineExpression::MessageReference { id, .. } => {
                    self.offset(id.name)
                }
                InlineExpression::TermReference { id, .. } | InlineExpression::VariableReference { id } => {
                    self.offset(id.name).saturating_sub(1)
                }
                InlineExpression::Placeable { expression } => match expression.as_ref() {
                    Expression::Inline(nested) | Expression::Select { selector: nested, .. } => {
                        inline = nested;
                        continue;
                    }
                },
            };
        }
    }
}
