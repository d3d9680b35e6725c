//! Check: the texts people read are plain. For each language that `rules/plain-words.toml`
//! gives limits for, every text of the rules (questions, choices, rights' titles and
//! summaries, offices, documents, steps) is measured: words per sentence, words per right's
//! summary, and words to avoid. A text over a limit is a warning at its place in the `.ftl`
//! file. This measures; it never rewrites a text, and it never reads the interface's texts.
//!
//! A word is a run of characters between spaces that holds a letter or a digit, in every
//! language (Arabic too: its clitics stay in the word they are written with). A number
//! written in groups (`6 212`, `+212 5 37 54 54 00`) is one word, and so is a value the app
//! puts in (`{ $date }`). A select (`{ $sex -> … }`) is measured in each of its
//! variants, and each variant must pass.

use super::diagnostic::{Code, Diagnostic, Location};
use super::{FileKind, Input, placeables, syntax};
use crate::keys;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// The name of the limits file in `rules/`; `read` gives it its own [`FileKind`].
pub const FILE_NAME: &str = "plain-words.toml";

/// Variants measured per text at most: selects multiply them, and ours have three.
const MAX_VARIANTS: usize = 64;

/// One language's limits, as `rules/plain-words.toml` writes them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Limits {
    words_per_sentence: usize,
    words_per_summary: usize,
    #[serde(default)]
    avoid: Vec<Avoid>,
}

/// A word or phrase people should not meet, and why.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Avoid {
    word: Spanned<String>,
    why: String,
    /// The word may stay in a text that also says this (an abbreviation with its meaning).
    unless: Option<String>,
}

/// How one language's texts measure up: for the rule authors' tool's report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub language: String,
    /// The limits, when `rules/plain-words.toml` gives some for this language.
    pub limits: Option<(usize, usize)>,
    /// Texts of the rules measured: each message's value and each attribute is one.
    pub texts: usize,
    /// Texts with at least one warning.
    pub over: usize,
}

/// Measures every text of the rules against the limits, and tallies each language.
pub fn check(input: &Input, diagnostics: &mut Vec<Diagnostic>) -> Vec<Tally> {
    let Some(limits) = read_limits(input, diagnostics) else {
        return Vec::new();
    };
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    for language in input.languages() {
        let measured = limits.get(language).map(|l| (l.words_per_sentence, l.words_per_summary));
        tallies.insert(language, Tally { language: language.to_string(), limits: measured, texts: 0, over: 0 });
    }
    for (file, source) in input.files.iter().enumerate() {
        let FileKind::Locale { language } = &source.kind else { continue };
        let (Some(limits), Some(tally)) = (limits.get(language), tallies.get_mut(language.as_str())) else {
            continue;
        };
        // A file `placeables` refuses is never parsed (see there); `locales` reports it.
        if placeables::check(file, &source.text).is_some() {
            continue;
        }
        let resource = match fluent_syntax::parser::parse(source.text.as_str()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        for entry in &resource.body {
            let Entry::Message(message) = entry else { continue };
            if !keys::RULE_PREFIXES.iter().any(|p| message.id.name.starts_with(p)) {
                continue;
            }
            let file_text = FileText { file, text: &source.text, language };
            let mut texts: Vec<(String, &Pattern<&str>)> =
                message.value.iter().map(|v| (message.id.name.to_string(), v)).collect();
            for attribute in &message.attributes {
                texts.push((format!("{}.{}", message.id.name, attribute.id.name), &attribute.value));
            }
            let whole: String =
                texts.iter().flat_map(|(_, p)| variants(p)).map(|v| file_text.flat(&v).0.to_lowercase()).collect();
            for (key, pattern) in texts {
                let before = diagnostics.len();
                let summary = key.starts_with("right-") && key.ends_with(&format!(".{}", keys::SUMMARY));
                let summary_limit = summary.then_some(limits.words_per_summary);
                measure(&file_text, &key, pattern, limits, summary_limit, &whole, diagnostics);
                tally.texts += 1;
                tally.over += usize::from(diagnostics.len() > before);
            }
        }
    }
    tallies.into_values().collect()
}

/// The limits by language, or `None` when there is no limits file (nothing is measured) or
/// it cannot be read (an error says where).
fn read_limits(input: &Input, diagnostics: &mut Vec<Diagnostic>) -> Option<BTreeMap<String, Limits>> {
    let (file, source) = input.files.iter().enumerate().find(|(_, f)| f.kind == FileKind::PlainWords)?;
    let limits: BTreeMap<String, Limits> = match toml::from_str(&source.text) {
        Ok(limits) => limits,
        Err(error) => {
            diagnostics.push(syntax::toml_error(file, &source.text, &error));
            return None;
        }
    };
    let empty: Vec<_> = limits.values().flat_map(|l| &l.avoid).filter(|a| a.word.get_ref().trim().is_empty()).collect();
    for avoid in &empty {
        diagnostics.push(
            Diagnostic::error(Code::Syntax, "a word to avoid is empty")
                .at(Location { file, span: avoid.word.span() }, "empty")
                .note("write the word or phrase, e.g. `word = \"ad hoc\"`, or remove the line"),
        );
    }
    empty.is_empty().then_some(limits)
}

/// A locale file, as the texts' places are reported in it.
struct FileText<'a> {
    file: usize,
    text: &'a str,
    language: &'a str,
}

/// A piece of a text as a person reads it.
#[derive(Clone, Copy, Debug)]
enum Piece<'s> {
    /// Words written in the file.
    Text(&'s str),
    /// A value the app puts in (a variable, another message): one word. The slice names it.
    Value(&'s str),
}

/// One way a text can read: its pieces, and the select variants that make it read so.
#[derive(Clone, Debug, Default)]
struct Variant<'s> {
    pieces: Vec<Piece<'s>>,
    keys: Vec<&'s str>,
}

/// Every way `pattern` can read, one per combination of its selects' variants.
fn variants<'s>(pattern: &Pattern<&'s str>) -> Vec<Variant<'s>> {
    let mut out = vec![Variant::default()];
    add_pattern(pattern, &mut out);
    out
}

fn add_pattern<'s>(pattern: &Pattern<&'s str>, out: &mut Vec<Variant<'s>>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.iter_mut().for_each(|v| v.pieces.push(Piece::Text(value))),
            PatternElement::Placeable { expression } => add_expression(expression, out),
        }
    }
}

fn add_expression<'s>(expression: &Expression<&'s str>, out: &mut Vec<Variant<'s>>) {
    match expression {
        Expression::Inline(inline) => add_inline(inline, out),
        Expression::Select { variants, .. } => {
            let mut next = Vec::new();
            for so_far in out.iter() {
                for variant in variants {
                    if next.len() == MAX_VARIANTS {
                        break;
                    }
                    let mut branch = vec![so_far.clone()];
                    branch[0].keys.push(match &variant.key {
                        VariantKey::Identifier { name } => name,
                        VariantKey::NumberLiteral { value } => value,
                    });
                    add_pattern(&variant.value, &mut branch);
                    next.extend(branch);
                }
            }
            next.truncate(MAX_VARIANTS);
            *out = next;
        }
    }
}

fn add_inline<'s>(inline: &InlineExpression<&'s str>, out: &mut Vec<Variant<'s>>) {
    let piece = match inline {
        InlineExpression::StringLiteral { value } => Piece::Text(value),
        InlineExpression::Placeable { expression } => return add_expression(expression, out),
        InlineExpression::NumberLiteral { value } => Piece::Value(value),
        InlineExpression::VariableReference { id }
        | InlineExpression::MessageReference { id, .. }
        | InlineExpression::TermReference { id, .. }
        | InlineExpression::FunctionReference { id, .. } => Piece::Value(id.name),
    };
    out.iter_mut().for_each(|v| v.pieces.push(piece));
}

impl FileText<'_> {
    /// Where `slice` (a part of this file's text) starts in it.
    fn offset(&self, slice: &str) -> usize {
        let at = (slice.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        at.min(self.text.len())
    }

    /// The variant as one text, with the place in the file of each of its bytes.
    fn flat(&self, variant: &Variant) -> (String, Vec<usize>) {
        let (mut flat, mut places) = (String::new(), Vec::new());
        for piece in &variant.pieces {
            match piece {
                Piece::Text(text) => {
                    let start = self.offset(text);
                    flat.push_str(text);
                    places.extend(start..start + text.len());
                }
                Piece::Value(name) => {
                    flat.push('X');
                    places.push(self.offset(name));
                }
            }
        }
        (flat, places)
    }

    /// The place in the file of `flat[range]`: as far as it runs on in the file, so that a
    /// sentence going into a select is underlined up to the select.
    fn location(&self, places: &[usize], range: std::ops::Range<usize>) -> Location {
        let start = places[range.start];
        let mut end = start;
        for (i, &place) in places[range.clone()].iter().enumerate() {
            if place != start + i {
                break;
            }
            end = place + 1;
        }
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        Location { file: self.file, span: start..end }
    }
}

/// A run of characters between spaces, as a byte range of the flat text.
struct Token {
    range: std::ops::Range<usize>,
    word: bool,
    ends_sentence: bool,
}

fn tokens(flat: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut start = None;
    // Whether the token before is a group of digits that a number may go on after (`6`
    // in "6 212", `+212` in "+212 5 37 54 54 00"): the groups of a number are one word.
    let mut number_goes_on = false;
    for (at, c) in flat.char_indices().chain([(flat.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(from)) => {
                let token = &flat[from..at];
                let closed = token.trim_end_matches([')', ']', '»', '"', '\'', '”', '’', '*']);
                let digits = token.chars().any(|c| c.is_ascii_digit())
                    && token.chars().all(|c| c.is_ascii_digit() || "+-()./,:%".contains(c) || is_direction_mark(c));
                let word = token.chars().any(char::is_alphanumeric) && !(digits && number_goes_on);
                number_goes_on =
                    digits && token.trim_end_matches(is_direction_mark).ends_with(|c: char| c.is_ascii_digit());
                tokens.push(Token {
                    range: from..at,
                    word,
                    ends_sentence: closed.ends_with(['.', '!', '?', '؟', '…']),
                });
                start = None;
            }
            _ => {}
        }
    }
    tokens
}

/// The invisible marks that keep a number's direction in Arabic text (U+200E, U+200F, U+2066-U+2069).
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')
}

/// Measures one text (a message's value or one attribute) in each of its variants.
fn measure(
    file: &FileText,
    key: &str,
    pattern: &Pattern<&str>,
    limits: &Limits,
    summary_limit: Option<usize>,
    whole_message: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let language = file.language;
    let mut reported = BTreeSet::new();
    let mut push = |diagnostic: Diagnostic| {
        let at = diagnostic.at.clone().map(|a| (a.span.start, a.span.end));
        if reported.insert((diagnostic.code, at)) {
            diagnostics.push(diagnostic);
        }
    };
    for variant in variants(pattern) {
        let (flat, places) = file.flat(&variant);
        if flat.trim().is_empty() {
            continue;
        }
        let which = match variant.keys.as_slice() {
            [] => String::new(),
            keys => format!(" (variant [{}])", keys.join("] [")),
        };
        let tokens = tokens(&flat);
        let mut sentence_start = 0;
        for (i, token) in tokens.iter().enumerate() {
            if !(token.ends_sentence || i + 1 == tokens.len()) {
                continue;
            }
            let sentence = &tokens[sentence_start..=i];
            sentence_start = i + 1;
            let words = sentence.iter().filter(|t| t.word).count();
            if words > limits.words_per_sentence {
                let range = sentence[0].range.start..sentence[sentence.len() - 1].range.end;
                push(
                    Diagnostic::warning(
                        Code::LongSentence,
                        format!(
                            "a sentence of `{key}` in locale `{language}` has {words} words, more than {}{which}",
                            limits.words_per_sentence
                        ),
                    )
                    .at(file.location(&places, range), format!("{words} words"))
                    .note(format!(
                        "split it into sentences of at most {} words, one idea each (limits in rules/{FILE_NAME})",
                        limits.words_per_sentence
                    )),
                );
            }
        }
        let words = tokens.iter().filter(|t| t.word).count();
        if let Some(limit) = summary_limit.filter(|&limit| words > limit) {
            let all = tokens[0].range.start..tokens[tokens.len() - 1].range.end;
            push(
                Diagnostic::warning(
                    Code::LongSummary,
                    format!("the summary `{key}` in locale `{language}` has {words} words, more than {limit}{which}"),
                )
                .at(file.location(&places, all), format!("{words} words in all"))
                .note(format!(
                    "say in one or two short sentences what the right gives and to whom, in at most {limit} words; \
                     what to do goes in steps, and facts people need not read in the rule's `note`"
                )),
            );
        }
        for avoid in &limits.avoid {
            let word = avoid.word.get_ref().trim();
            if avoid.unless.as_ref().is_some_and(|u| whole_message.contains(&u.to_lowercase())) {
                continue;
            }
            for range in occurrences(&flat, word) {
                let also = match &avoid.unless {
                    Some(unless) => format!(", or explain it in the same text (\"{unless}\")"),
                    None => String::new(),
                };
                push(
                    Diagnostic::warning(
                        Code::AvoidedWord,
                        format!("`{key}` in locale `{language}` says \"{word}\": {}", avoid.why),
                    )
                    .at(file.location(&places, range), "a word to avoid")
                    .note(format!("say it in plain words{also} (words to avoid in rules/{FILE_NAME})")),
                );
            }
        }
    }
}

/// Where `word` stands in `flat` as a whole word (or phrase): not inside a longer word.
/// A word written with a capital letter (`BRA`) is matched as written, others in any case.
fn occurrences(flat: &str, word: &str) -> Vec<std::ops::Range<usize>> {
    let exact = word.chars().any(char::is_uppercase);
    let same = |a: char, b: char| if exact { a == b } else { a.to_lowercase().eq(b.to_lowercase()) };
    let word_chars: Vec<char> = word.chars().collect();
    let edge = |c: Option<char>, inner: char| !(inner.is_alphanumeric() && c.is_some_and(char::is_alphanumeric));
    let mut found = Vec::new();
    for (start, _) in flat.char_indices() {
        let mut chars = flat[start..].char_indices();
        let mut end = start;
        let matched = word_chars.iter().all(|&w| match chars.next() {
            Some((at, c)) if same(c, w) => {
                end = start + at + c.len_utf8();
                true
            }
            _ => false,
        });
        let before = flat[..start].chars().next_back();
        let after = flat[end..].chars().next();
        if matched && edge(before, word_chars[0]) && edge(after, word_chars[word_chars.len() - 1]) {
            found.push(start..end);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::File;
    use crate::date::Date;

    const LIMITS: &str = r#"
[fr]
words_per_sentence = 6
words_per_summary = 10
avoid = [
    { word = "ad hoc", why = "du latin" },
    { word = "BRA", why = "un sigle", unless = "Bureau des réfugiés" },
    { word = "§", why = "un signe de juriste" },
]
"#;

    fn run(ftl: &str) -> (Vec<String>, Vec<Tally>) {
        let file =
            |path: &str, text: &str, kind| File { path: path.into(), text: text.into(), kind, not_utf8_at: None };
        let input = Input {
            files: vec![
                file("rules/plain-words.toml", LIMITS, FileKind::PlainWords),
                file("locales/fr/a.ftl", ftl, FileKind::Locale { language: "fr".into() }),
            ],
            today: Date::from_days(0),
        };
        let mut diagnostics = Vec::new();
        let tallies = check(&input, &mut diagnostics);
        let found = diagnostics.iter().map(|d| format!("{} {}", d.code.name(), &ftl[d.at.clone().unwrap().span]));
        let found = found.collect();
        (found, tallies)
    }

    #[test]
    fn sentences_are_counted_in_words_between_spaces_without_punctuation() {
        let (found, tallies) = run(
            "question-a = Avez-vous un papier ? Un seul mot .\nui-x = Un texte de l'interface qui est bien trop long.\n",
        );
        assert_eq!(found, Vec::<String>::new());
        assert_eq!(tallies, [Tally { language: "fr".into(), limits: Some((6, 10)), texts: 1, over: 0 }]);
        let (found, _) = run("step-a = Allez au centre de santé le plus proche.\n");
        assert_eq!(found, ["long-sentence Allez au centre de santé le plus proche."]);
    }

    #[test]
    fn each_variant_of_a_select_is_measured_and_a_sentence_is_reported_once() {
        let ftl = "step-a = Un deux trois. { $sex ->\n    [woman] Allez-y.\n   *[other] On peut y aller avec un ami ou une amie.\n}\n";
        let (found, tallies) = run(ftl);
        assert_eq!(found, ["long-sentence On peut y aller avec un ami ou une amie."]);
        assert_eq!(tallies[0].over, 1);
        let ftl = "step-a = Un deux trois quatre { $sex ->\n    [woman] cinq six sept.\n   *[other] cinq.\n}\n";
        let (found, _) = run(ftl);
        assert_eq!(found, ["long-sentence Un deux trois quatre "]);
    }

    #[test]
    fn summaries_have_their_own_limit_and_a_value_is_one_word() {
        let ftl = "right-a-b = Titre\n    .summary = Un deux trois. Quatre cinq six. Sept huit { $n }. Dix onze.\n";
        let (found, _) = run(ftl);
        assert_eq!(found, ["long-summary Un deux trois. Quatre cinq six. Sept huit "]);
        let (found, _) = run(&ftl.replace(" onze", ""));
        assert_eq!(found, Vec::<String>::new());
    }

    #[test]
    fn words_to_avoid_are_whole_words_and_an_abbreviation_may_be_explained() {
        let (found, _) = run("office-a = Le BRA, ad hoc.\noffice-b = Le bras, Ad Hoc §\n");
        assert_eq!(found, ["avoided-word ad hoc", "avoided-word BRA", "avoided-word Ad Hoc", "avoided-word §"]);
        let (found, _) = run("right-a-b = Carte du BRA\n    .summary = Le Bureau des réfugiés la donne.\n");
        assert_eq!(found, Vec::<String>::new());
    }

    #[test]
    fn a_number_written_in_groups_is_one_word() {
        let words = |text: &str| tokens(text).iter().filter(|t| t.word).count();
        assert_eq!(words("En 2020, 6 212 consultations."), 4);
        assert_eq!(words("ligne d'aide +212 5 37 54 54 00, ou WhatsApp \u{200E}+212 6 66 04 56 06\u{200E}"), 6);
        assert_eq!(words("de 9 h à 13 h"), 6);
    }

    #[test]
    fn arabic_words_are_the_tokens_between_spaces() {
        assert_eq!(tokens("يجب على المستشفى، أن يقبلك.").iter().filter(|t| t.word).count(), 5);
        assert!(tokens("هل لديك أطفال؟")[2].ends_sentence);
    }
}
