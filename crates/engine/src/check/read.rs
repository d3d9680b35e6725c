//! Reading: the first step of the checker's pipeline (read → syntax → lower → check → compile).
//! It loads `rules/`, `rules/tests/` and `locales/` from a directory into an [`Input`], and is
//! the only input/output of the `check` feature: every later step works on that `Input`. It
//! never reads a clock; the caller says which day "today" is.

use super::{File, FileKind, Input, encoding};
use crate::date::Date;
use std::path::{Path, PathBuf};

impl Input {
    /// Reads `rules/*.toml`, `rules/tests/*.toml` and `locales/<language>/*.ftl` under `root`,
    /// each in name order; `rules/plain-words.toml` holds limits, not rules. A file that is not UTF-8 is read all the same, for `check` to
    /// report; an error names the file or directory that cannot be read.
    pub fn read(root: &Path, today: Date) -> std::io::Result<Input> {
        let mut files = Vec::new();
        let mut add = |dir: &Path, extension: &str, kind: FileKind| -> std::io::Result<()> {
            for path in sorted_files(dir, extension)? {
                let kind = match kind {
                    FileKind::Rules if path.file_name().is_some_and(|n| n == super::PLAIN_WORDS_FILE) => {
                        FileKind::PlainWords
                    }
                    FileKind::Rules if path.file_name().is_some_and(|n| n == super::CHANGES_FILE) => FileKind::Changes,
                    _ => kind.clone(),
                };
                let shown = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                let bytes = std::fs::read(&path).map_err(|e| named(&path, e))?;
                let (text, not_utf8_at) = encoding::decode(bytes);
                files.push(File { path: shown, text, kind, not_utf8_at });
            }
            Ok(())
        };
        add(&root.join("rules"), "toml", FileKind::Rules)?;
        let locales = root.join("locales");
        for language in sorted_dirs(&locales)? {
            let name = language.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            add(&language, "ftl", FileKind::Locale { language: name })?;
        }
        let scenarios = root.join("rules").join("tests");
        if scenarios.is_dir() {
            add(&scenarios, "toml", FileKind::Scenario)?;
        }
        Ok(Input { files, today })
    }
}

/// `error`, with the path it happened on.
fn named(path: &Path, error: std::io::Error) -> std::io::Error {
    std::io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

fn sorted_files(dir: &Path, extension: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| named(dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == extension))
        .collect();
    paths.sort();
    Ok(paths)
}

fn sorted_dirs(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| named(dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_read_in_name_order_with_their_kind_and_a_missing_directory_is_named() {
        let root = std::env::temp_dir().join(format!("huquq-read-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for dir in ["rules/tests", "locales/fr", "locales/ar"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        for (path, text) in [
            ("rules/b.toml", "b"),
            ("rules/a.toml", "a"),
            ("rules/plain-words.toml", "p"),
            ("rules/notes.txt", "skipped"),
            ("rules/tests/one.toml", "s"),
            ("locales/fr/x.ftl", "f"),
            ("locales/ar/x.ftl", "r"),
        ] {
            std::fs::write(root.join(path), text).unwrap();
        }
        let today = Date::from_days(0);
        let input = Input::read(&root, today).unwrap();
        let read: Vec<(&str, &FileKind)> = input.files.iter().map(|f| (f.path.as_str(), &f.kind)).collect();
        let locale = |l: &str| FileKind::Locale { language: l.to_string() };
        assert_eq!(
            read,
            [
                ("rules/a.toml", &FileKind::Rules),
                ("rules/b.toml", &FileKind::Rules),
                ("rules/plain-words.toml", &FileKind::PlainWords),
                ("locales/ar/x.ftl", &locale("ar")),
                ("locales/fr/x.ftl", &locale("fr")),
                ("rules/tests/one.toml", &FileKind::Scenario),
            ]
        );
        assert_eq!(input.languages(), ["ar", "fr"]);
        std::fs::remove_dir_all(root.join("locales")).unwrap();
        let error = Input::read(&root, today).unwrap_err();
        assert!(error.to_string().contains("locales"), "{error}");
        let _ = std::fs::remove_dir_all(&root);
    }
}
