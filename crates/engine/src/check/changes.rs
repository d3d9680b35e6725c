//! `rules/changes.toml`: what each version of the rules changed, right by right, so that a
//! person who opens an older saved link or code learns what is new for them. Every version
//! from 1 to `[meta] version` is listed once; every right named exists in the rules today (a
//! right that ends keeps its block with `valid_until`, so it is still there to be named).
//! Each change's sentence is the text `change-<version>-<right>` (`keys::change`) in every
//! language. Without the file, only version 1 is allowed: the first numbered version.
//!
//! ```toml
//! [[version]]
//! number = 2
//! added = ["work.cooperative"]      # each right also `ended` or `changed`
//! ```

use super::diagnostic::{Code, Diagnostic, Location};
use super::lower::Lowered;
use super::lower::declarations::closest;
use super::syntax::toml_error;
use super::{FileKind, Input};
use crate::model::{ChangeKind, RightChange};
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

/// The file's name in `rules/`.
pub const FILE_NAME: &str = "changes.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChanges {
    #[serde(default)]
    version: Vec<RawVersion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVersion {
    number: Spanned<i64>,
    /// For authors only.
    #[allow(dead_code)]
    note: Option<String>,
    #[serde(default)]
    added: Vec<Spanned<String>>,
    #[serde(default)]
    ended: Vec<Spanned<String>>,
    #[serde(default)]
    changed: Vec<Spanned<String>>,
}

/// Reads the changes into `lowered.changes` (and where each is written into
/// `lowered.spans.changes`), reporting what is wrong.
pub fn read(input: &Input, lowered: &mut Lowered, diagnostics: &mut Vec<Diagnostic>) {
    let current = lowered.rules.version;
    let Some((file, source)) = input.files.iter().enumerate().find(|(_, f)| f.kind == FileKind::Changes) else {
        if current > 1 {
            diagnostics.push(
                Diagnostic::error(Code::BadVersion, format!("the rules are at version {current}, and there is no rules/{FILE_NAME}"))
                    .note("add rules/changes.toml with a `[[version]]` for each version from 1, saying which rights each added, ended or changed"),
            );
        }
        return;
    };
    let raw: RawChanges = match toml::from_str(&source.text) {
        Ok(raw) => raw,
        Err(e) => return diagnostics.push(toml_error(file, &source.text, &e)),
    };
    let at = |span| Location { file, span };
    let mut listed: HashMap<i64, Location> = HashMap::new();
    for entry in &raw.version {
        let number = *entry.number.get_ref();
        let here = at(entry.number.span());
        if !(1..=i64::from(current)).contains(&number) {
            diagnostics.push(
                Diagnostic::error(
                    Code::BadVersion,
                    format!("version {number} is not one from 1 to the rules' version, {current}"),
                )
                .at(here, "no such version")
                .note("raise `[meta] version` first, or fix the number"),
            );
            continue;
        }
        if let Some(first) = listed.get(&number) {
            diagnostics.push(
                Diagnostic::error(Code::BadVersion, format!("version {number} is listed twice"))
                    .at(here, "again here")
                    .also(first.clone(), "first here")
                    .note("list each version once, with all its changes"),
            );
            continue;
        }
        listed.insert(number, here);
        let version = u32::try_from(number).unwrap_or(current);
        let mut seen: HashMap<&str, Location> = HashMap::new();
        for (kind, ids) in [
            (ChangeKind::Added, &entry.added),
            (ChangeKind::Ended, &entry.ended),
            (ChangeKind::Changed, &entry.changed),
        ] {
            for id in ids {
                let here = at(id.span());
                if lowered.rules.right_index(id.get_ref()).is_none() {
                    let near = closest(id.get_ref(), lowered.rules.rights.iter().map(|r| r.id.as_str()))
                        .map_or(String::new(), |near| format!("; did you mean `{near}`?"));
                    diagnostics.push(
                        Diagnostic::error(
                            Code::UnknownReference,
                            format!("there is no right `{}`{near}", id.get_ref()),
                        )
                        .at(here, "not a right")
                        .note(
                            "name rights as the rules do today; a right that ended keeps its block with `valid_until`",
                        ),
                    );
                    continue;
                }
                if let Some(first) = seen.get(id.get_ref().as_str()) {
                    diagnostics.push(
                        Diagnostic::error(
                            Code::DuplicateId,
                            format!("`{}` is named twice in version {number}", id.get_ref()),
                        )
                        .at(here, "again here")
                        .also(first.clone(), "first here")
                        .note("name each right once a version: added, ended or changed"),
                    );
                    continue;
                }
                seen.insert(id.get_ref(), here.clone());
                lowered.changes.push(RightChange { version, right: id.get_ref().clone(), kind });
                lowered.spans.changes.push(here);
            }
        }
    }
    for missing in (1..=i64::from(current)).filter(|n| !listed.contains_key(n)) {
        let after = listed.iter().filter(|(n, _)| **n > missing).min_by_key(|(n, _)| **n);
        let (place, label) = match after {
            Some((_, later)) => (later.clone(), format!("listed, but version {missing} before it is not")),
            None => (at(0..0), format!("version {missing} is not listed")),
        };
        diagnostics.push(
            Diagnostic::error(Code::BadVersion, format!("version {missing} has no `[[version]]` in rules/{FILE_NAME}"))
                .at(place, label)
                .note(format!("add `[[version]]` with `number = {missing}` and the rights it added, ended or changed")),
        );
    }
    // In version order, whatever the file's order: the app lists them so.
    let mut order: Vec<usize> = (0..lowered.changes.len()).collect();
    order.sort_by_key(|&i| lowered.changes[i].version);
    lowered.changes = order.iter().map(|&i| lowered.changes[i].clone()).collect();
    lowered.spans.changes = order.iter().map(|&i| lowered.spans.changes[i].clone()).collect();
}
