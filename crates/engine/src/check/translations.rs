//! Check: a translation never goes stale silently. French is the language texts are written
//! in first; each message of another language says, on the comment line just above it, the
//! hash of the French text it was translated from (`# fr: 1a2b3c4d`). When the French text
//! changes, the hash no longer matches and the translation is reported until a translator
//! has updated it and stamped it again ([`stamp`], `huquq-rules translations --stamp ID`).
//! Stamping is pure: it returns the files' new texts, and the caller writes them.

use super::diagnostic::{Code, Diagnostic, Location};
use super::{FileKind, Input, placeables};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// The language the others are translated from.
pub const SOURCE_LANGUAGE: &str = "fr";

/// How a stamp starts, after `# `.
const STAMP: &str = "fr:";

/// One message (or `-term`) of a locale file, as this check sees it.
struct Message<'a> {
    key: String,
    /// Where its id is.
    at: Location,
    /// Its text in the file, after its id to its end.
    source: &'a str,
    /// The hash on the last line of the comment above it, and where that line starts.
    stamp: Option<(&'a str, usize)>,
}

/// The hash of a French message's text: FNV-1a (32 bits) of the text after its id to its
/// end (`= …` with its attributes), with every run of spaces and line breaks read as one
/// space, so that indenting a text again does not make its translations stale.
pub fn hash(source: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    let mut bytes = Vec::new();
    for (i, word) in source.split_whitespace().enumerate() {
        if i > 0 {
            bytes.push(b' ');
        }
        bytes.extend_from_slice(word.as_bytes());
    }
    for byte in bytes {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    format!("{hash:08x}")
}

/// Reports every translated message whose stamp is missing or is not the hash of the French
/// text now. Nothing is checked when there is no French.
pub fn check(input: &Input, diagnostics: &mut Vec<Diagnostic>) {
    let by_language = messages(input);
    let Some(french) = by_language.get(SOURCE_LANGUAGE) else { return };
    let french: BTreeMap<&str, (String, &Location)> =
        french.iter().map(|m| (m.key.as_str(), (hash(m.source), &m.at))).collect();
    for (language, messages) in by_language.iter().filter(|(l, _)| **l != SOURCE_LANGUAGE) {
        for message in messages {
            let Some((now, french_at)) = french.get(message.key.as_str()) else { continue };
            let key = &message.key;
            let diagnostic = match message.stamp {
                Some((stamp, _)) if stamp == now => continue,
                Some(_) => Diagnostic::warning(
                    Code::StaleTranslation,
                    format!("`{key}` in locale `{language}` was translated from an older French text"),
                )
                .at(message.at.clone(), "translated from another French text")
                .also((*french_at).clone(), "the French text now")
                .note(format!(
                    "make it say what the French says now (`git log -p locales/{SOURCE_LANGUAGE}/` shows what changed)"
                )),
                None => Diagnostic::warning(
                    Code::StaleTranslation,
                    format!("`{key}` in locale `{language}` does not say which French text it was translated from"),
                )
                .at(message.at.clone(), format!("no `# {STAMP} …` line above"))
                .also((*french_at).clone(), "the French text")
                .note("check that it says what the French says"),
            };
            diagnostics.push(
                diagnostic.note(format!("then record it: `huquq-rules translations --stamp {key} --lang {language}`")),
            );
        }
    }
}

/// The files whose text changes when the given translations are stamped with the hash of
/// the French text now: `(index in input.files, new text)`. `ids` empty means every message;
/// `language` `None` every language but French. An id that no translation has is an error.
pub fn stamp(input: &Input, language: Option<&str>, ids: &[String]) -> Result<Vec<(usize, String)>, String> {
    if language == Some(SOURCE_LANGUAGE) {
        return Err(format!("`{SOURCE_LANGUAGE}` is the language the others are translated from: it has no stamps"));
    }
    let by_language = messages(input);
    let french: BTreeMap<&str, String> = by_language
        .get(SOURCE_LANGUAGE)
        .ok_or_else(|| format!("there is no locales/{SOURCE_LANGUAGE}/ to translate from"))?
        .iter()
        .map(|m| (m.key.as_str(), hash(m.source)))
        .collect();
    if let Some(unknown) = ids.iter().find(|id| !french.contains_key(id.as_str())) {
        return Err(format!("`{unknown}` is not a message of locales/{SOURCE_LANGUAGE}/"));
    }
    let wanted: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    let mut edits: BTreeMap<usize, Vec<(std::ops::Range<usize>, String)>> = BTreeMap::new();
    let mut found = BTreeSet::new();
    for (of, messages) in by_language.iter().filter(|(l, _)| **l != SOURCE_LANGUAGE) {
        if language.is_some_and(|l| l != *of) {
            continue;
        }
        for message in messages.iter().filter(|m| wanted.is_empty() || wanted.contains(m.key.as_str())) {
            let Some(now) = french.get(message.key.as_str()) else { continue };
            found.insert(message.key.as_str());
            let text = &input.files[message.at.file].text;
            let line = format!("# {STAMP} {now}\n");
            let edit = match message.stamp {
                Some((stamp, _)) if stamp == now => continue,
                Some((_, line_start)) => (line_start..line_end(text, line_start), line),
                None => {
                    let id_line = line_start(text, message.at.span.start);
                    (id_line..id_line, line)
                }
            };
            edits.entry(message.at.file).or_default().push(edit);
        }
    }
    if let Some(missing) = wanted.iter().find(|id| !found.contains(**id)) {
        return Err(format!(
            "`{missing}` has no translation to stamp{}",
            language.map_or(String::new(), |l| format!(" in `{l}`"))
        ));
    }
    Ok(edits
        .into_iter()
        .map(|(file, mut edits)| {
            let mut text = input.files[file].text.clone();
            edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
            for (range, line) in edits {
                text.replace_range(range, &line);
            }
            (file, text)
        })
        .collect())
}

/// Every message of every language, by language; files `placeables` refuses are left out.
fn messages(input: &Input) -> BTreeMap<&str, Vec<Message<'_>>> {
    let mut by_language: BTreeMap<&str, Vec<Message>> = BTreeMap::new();
    for (file, source) in input.files.iter().enumerate() {
        let FileKind::Locale { language } = &source.kind else { continue };
        if placeables::check(file, &source.text).is_some() {
            continue;
        }
        let text = source.text.as_str();
        let offset = |s: &str| (s.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize).min(text.len());
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        let messages = by_language.entry(language.as_str()).or_default();
        for entry in &resource.body {
            let (prefix, id, comment) = match entry {
                ast::Entry::Message(m) => ("", m.id.name, &m.comment),
                ast::Entry::Term(t) => ("-", t.id.name, &t.comment),
                _ => continue,
            };
            let start = offset(id);
            let stamp = comment.as_ref().and_then(|c| c.content.last()).and_then(|line| {
                let hash = line.trim().strip_prefix(STAMP)?.trim();
                Some((hash, line_start(text, offset(line))))
            });
            messages.push(Message {
                key: format!("{prefix}{id}"),
                at: Location { file, span: start..start + id.len() },
                source: &text[start + id.len()..message_end(text, start)],
                stamp,
            });
        }
    }
    by_language
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |n| n + 1)
}

fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |n| at + n + 1)
}

/// Where the message whose id starts at `start` ends: before the next line that starts, at
/// its first column, as an entry or a comment does (a letter, `-` or `#`), as fluent-syntax
/// reads it.
fn message_end(text: &str, start: usize) -> usize {
    let mut at = line_end(text, start);
    while at < text.len() {
        let first = text.as_bytes()[at];
        if first.is_ascii_alphabetic() || first == b'-' || first == b'#' {
            break;
        }
        at = line_end(text, at);
    }
    text[..at].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::File;
    use crate::date::Date;

    const FRENCH: &str =
        "## Group\n\n# A note.\nhello = Bonjour\n    .title = Salut { $name }\n-brand = Huquq\nbye = Au revoir\n";

    fn input(english: &str) -> Input {
        let file = |path: &str, text: &str, language: &str| File {
            path: path.into(),
            text: text.into(),
            kind: FileKind::Locale { language: language.into() },
            not_utf8_at: None,
        };
        Input {
            files: vec![file("locales/en/a.ftl", english, "en"), file("locales/fr/a.ftl", FRENCH, "fr")],
            today: Date::from_days(0),
        }
    }

    fn stale(english: &str) -> Vec<String> {
        let mut diagnostics = Vec::new();
        check(&input(english), &mut diagnostics);
        diagnostics.iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn the_hash_reads_the_message_from_its_id_and_ignores_spacing() {
        let hello = &FRENCH[FRENCH.find("hello").unwrap() + 5..FRENCH.find("-brand").unwrap()];
        assert_eq!(hash(hello), hash("= Bonjour .title = Salut { $name }"));
        assert_ne!(hash(hello), hash("= Bonjour .title = Salut"));
        assert_eq!(hash(""), "811c9dc5");
        assert_eq!(message_end(FRENCH, FRENCH.find("hello").unwrap()), FRENCH.find("\n-brand").unwrap());
    }

    #[test]
    fn stamping_every_message_then_changing_the_french_makes_one_stale() {
        let english = "## Group\n\n# A note for translators.\nhello = Hello\n    .title = Hi { $name }\n-brand = Huquq\nbye = Bye\n";
        assert_eq!(stale(english).len(), 3);
        let stamped = stamp(&input(english), None, &[]).unwrap();
        let [(0, text)] = stamped.as_slice() else { panic!("{stamped:?}") };
        assert!(text.starts_with("## Group\n\n# A note for translators.\n# fr: "), "{text}");
        assert_eq!(text.matches("# fr: ").count(), 3);
        assert_eq!(stale(text), Vec::<String>::new());
        // Stamping again changes nothing.
        assert_eq!(stamp(&input(text), None, &[]).unwrap(), []);
        let mut changed = input(text);
        changed.files[1].text = FRENCH.replace("Au revoir", "À bientôt");
        let mut diagnostics = Vec::new();
        check(&changed, &mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].message, "`bye` in locale `en` was translated from an older French text");
        let again = stamp(&changed, Some("en"), &["bye".to_string()]).unwrap();
        changed.files[0].text = again[0].1.clone();
        assert_eq!(changed.files[0].text.matches("# fr: ").count(), 3, "the old stamp is replaced");
        let mut diagnostics = Vec::new();
        check(&changed, &mut diagnostics);
        assert_eq!(diagnostics, []);
    }

    #[test]
    fn stamping_names_what_it_cannot_do() {
        let english = "hello = Hello\n    .title = Hi\n";
        assert!(stamp(&input(english), None, &["nope".into()]).unwrap_err().contains("not a message"));
        assert!(stamp(&input(english), None, &["bye".into()]).unwrap_err().contains("no translation"));
        assert!(stamp(&input(english), Some("fr"), &[]).is_err());
    }
}
