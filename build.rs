//! Checks `rules/` and `locales/` and compiles them for the app. A mistake in either fails
//! the build with rustc-style messages (file:line:column, the line, a caret, what to do).
//! Writes to OUT_DIR:
//! - `rules.bin`: the compiled rules without their details, embedded in the app;
//! - `texts.rs`: the texts of the rules by the hash of their id, the languages with their own
//!   names, and a constant for each text of the interface (a typo does not compile);
//! - `site/`: the files the guide loads after it starts, which `cargo xtask build` copies into
//!   `dist/` under content-hashed names: `details.bin` (offices' contacts and the sources in
//!   full, after the first screen), and for each
//!   language `texts-<code>-1.bin` (interface and questions, fetched with the app) and
//!   `texts-<code>-2.bin` (rights, offices and their cities and hours, documents, steps,
//!   fetched after the first screen);
//! - `texts_embedded.rs`: those language files as `include_bytes!`, for tests only;
//! - `welcome.tsv`: the welcome's texts in each language, for `cargo xtask build` to write
//!   into `index.html` (the first screen before the WebAssembly arrives).

use huquq_engine::check::{self, Input, render};
use huquq_engine::keys::RULE_PREFIXES;
use huquq_engine::model::RightChange;
use huquq_texts::{Part, Pattern, Texts, Value as Arg, catalogue, compile, id_hash};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Compiled texts, by their index in the id list.
type Messages = Vec<(u32, Pattern)>;

/// Texts of the second file of each language: what the results need, not the first screen
/// (the rules' texts for the results, and the interface texts only the second module shows).
const LATER: [&str; 29] = [
    "right-",
    "change-",
    "office-",
    "city-",
    "hours-",
    "document-",
    "step-",
    "results-",
    "status-",
    "card-",
    "today-",
    "start-here",
    "start-then",
    "documents-",
    "contents",
    "what-if-",
    "keep-",
    "print-",
    "share-",
    "calendar",
    "counter-",
    "report-",
    // Only the second module shows these, once the texts above are needed too: the site
    // owner's view, the case summary, the code to continue later and the results' domains
    // (the terminal's texts are not the browser's), the counsellor's page.
    "admin-",
    "summary-",
    "terminal-",
    "save-link",
    "domain-",
    "resume-",
    "counsellor-",
];

fn main() -> ExitCode {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // Another tree of rules and locales, for the size checks (`cargo xtask bench`, a fourth
    // language): `HUQUQ_SOURCE_ROOT=/tmp/tree`. The app is always built from this project.
    println!("cargo:rerun-if-env-changed=HUQUQ_SOURCE_ROOT");
    let root = std::env::var_os("HUQUQ_SOURCE_ROOT").map_or(manifest, PathBuf::from);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed={}", root.join("rules").display());
    println!("cargo:rerun-if-changed={}", root.join("locales").display());
    // The engine reads no clock: "today" (the day rights are checked on when they have no
    // validity dates to go by) is the build's day, in UTC.
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let input = match Input::read(&root, huquq_engine::Date::from_unix_seconds(seconds)) {
        Ok(input) => input,
        Err(error) => {
            eprintln!("error: cannot read rules/ or locales/: {error}");
            return ExitCode::FAILURE;
        }
    };
    for file in &input.files {
        println!("cargo:rerun-if-changed={}", root.join(&file.path).display());
    }
    let report = check::check(&input);
    for diagnostic in &report.diagnostics {
        println!("cargo:warning={}", render::short(&input, diagnostic));
    }
    let Some(rules) = report.rules else {
        eprintln!("{}", render::render(&input, &report.diagnostics));
        eprintln!(
            "error: the rules have {} error(s); fix them, or run `cargo run -p huquq-rules -- check` for the same messages",
            report.errors()
        );
        return ExitCode::FAILURE;
    };
    // The rules' version, a constant of the app (`rules::VERSION`) rather than bytes to read.
    println!("cargo:rustc-env=HUQUQ_RULES_VERSION={}", rules.version);
    match write(&input, &rules, &report.changes, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn write(input: &Input, rules: &huquq_engine::RuleSet, changes: &[RightChange], out: &Path) -> Result<(), String> {
    let site = out.join("site");
    // Only this build's files: `cargo xtask build` copies the whole folder into `dist/`.
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).map_err(|e| format!("cannot create {}: {e}", site.display()))?;
    let save = |path: PathBuf, bytes: &[u8]| {
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let (shell, mut details) = rules.split_details();
    // What changed, version by version: only the results show it (`src/ui/changes.rs`).
    details.changes = changes.to_vec();
    // The first module (built without `full`) asks the questions; the results are the second's.
    let shell = if std::env::var_os("CARGO_FEATURE_FULL").is_some() { shell } else { shell.for_questions() };
    save(out.join("rules.bin"), &shell.to_bytes())?;
    save(site.join("details.bin"), &details.to_bytes())?;
    let languages: Vec<&str> = input.languages();
    let all: Vec<&str> = input.locale_texts(None).collect();
    let ids = compile::ids(&all);
    let fingerprint = catalogue(&ids);
    let (mut names, mut embedded) = (Vec::new(), String::from("&[\n"));
    // For `embed.js`, which puts its own quick exit on an NGO's page (`cargo xtask build`).
    let mut exit_labels = String::new();
    let mut welcome = String::new();
    for language in &languages {
        let text: String = input.locale_texts(Some(language)).flat_map(|t| [t, "\n"]).collect();
        // The checker compiled every file already; an error here is a bug, said plainly.
        let messages = compile::compile(&text, &ids)
            .map_err(|errors| format!("locale {language} does not compile: {}", errors[0].message))?;
        let (later, first): (Messages, Messages) =
            messages.into_iter().partition(|(i, _)| LATER.iter().any(|p| ids[*i as usize].starts_with(p)));
        let mut files = Vec::new();
        for (number, messages) in [(1, first), (2, later)] {
            let bytes = Part::new(language, fingerprint, messages).to_bytes().map_err(|e| format!("{e:?}"))?;
            let path = site.join(format!("texts-{language}-{number}.bin"));
            save(path.clone(), &bytes)?;
            files.push(path);
        }
        names.push((language.to_string(), first_text(language, &files[0], &ids, "language-name")?));
        let _ = writeln!(exit_labels, "{language}\t{}", first_text(language, &files[0], &ids, "quick-exit")?);
        for (id, text) in welcome_texts(language, &files[0], &ids, rules.reviewed)? {
            let _ = writeln!(welcome, "{language}\t{id}\t{text}");
        }
        let _ = writeln!(
            embedded,
            "    ({language:?}, include_bytes!({:?}).as_slice(), include_bytes!({:?}).as_slice()),",
            files[0].display().to_string(),
            files[1].display().to_string()
        );
    }
    embedded.push_str("]\n");
    save(out.join("texts.rs"), texts_source(&ids, fingerprint, &names)?.as_bytes())?;
    save(out.join("quick-exit.tsv"), exit_labels.as_bytes())?;
    save(out.join("welcome.tsv"), welcome.as_bytes())?;
    save(out.join("texts_embedded.rs"), embedded.as_bytes())
}

/// A language's first file, read back as the app reads it.
fn first_texts(language: &str, first: &Path) -> Result<Texts, String> {
    let bytes = std::fs::read(first).map_err(|e| e.to_string())?;
    let part = Part::from_bytes(&bytes).map_err(|e| format!("{e:?}"))?;
    let rule = huquq_texts::plural::rules_for(language).unwrap_or(|_| huquq_texts::Category::Other);
    let mut texts = Texts::new(language, Box::new(rule));
    texts.add(part).map_err(|e| format!("{e:?}"))?;
    Ok(texts)
}

/// The text `id` of a language's first file, with no argument: its name in itself for the
/// language menu (`language-name`), "quick exit" for `embed.js`.
fn first_text(language: &str, first: &Path, ids: &[String], id: &str) -> Result<String, String> {
    let texts = first_texts(language, first)?;
    let index = ids.iter().position(|i| i == id).ok_or_else(|| format!("no text `{id}`"))?;
    texts.format(index as u32, &[]).ok_or_else(|| format!("locale {language} has no `{id}`"))
}

/// The texts of the welcome (`src/ui/welcome.rs`) as the app writes them, the date the rules
/// were reviewed written as `Language::date` writes it; no text holds a tab or a line break.
fn welcome_texts(
    language: &str,
    first: &Path,
    ids: &[String],
    reviewed: huquq_engine::Date,
) -> Result<Vec<(&'static str, String)>, String> {
    const PLAIN: [&str; 9] = [
        "app-title",
        "quick-exit",
        "quick-exit-key",
        "welcome-title",
        "welcome-intro",
        "welcome-privacy",
        "quick-exit-hint",
        "welcome-not-a-decision",
        "start",
    ];
    let texts = first_texts(language, first)?;
    let format = |id: &str, args: &[(&str, Arg)]| {
        let index = ids.iter().position(|i| i == id).ok_or_else(|| format!("no text `{id}`"))?;
        texts.format(index as u32, args).ok_or_else(|| format!("locale {language} has no `{id}`"))
    };
    let mut all = Vec::new();
    for id in PLAIN {
        all.push((id, format(id, &[])?));
    }
    let (year, month, day) = reviewed.ymd();
    let month = format(&format!("month-{month}"), &[])?;
    let args = [("day", Arg::Number(day.into())), ("month", Arg::Text(&month)), ("year", Arg::Number(year.into()))];
    let date = format("date-day", &args)?;
    all.push(("welcome-reviewed", format("welcome-reviewed", &[("date", Arg::Text(&date))])?));
    if let Some((id, _)) = all.iter().find(|(_, text)| text.contains(['\t', '\n'])) {
        return Err(format!("locale {language}: `{id}` holds a tab or a line break"));
    }
    Ok(all)
}

/// `texts.rs`: the texts of the rules by the hash of their id, the languages, and the
/// interface's texts by name.
fn texts_source(ids: &[String], fingerprint: u32, languages: &[(String, String)]) -> Result<String, String> {
    let mut rule_texts: Vec<(u32, usize)> = ids
        .iter()
        .enumerate()
        .filter(|(_, id)| RULE_PREFIXES.iter().any(|p| id.starts_with(p)))
        .map(|(index, id)| (id_hash(id), index))
        .collect();
    rule_texts.sort_unstable();
    if let Some(pair) = rule_texts.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        return Err(format!("the texts `{}` and `{}` have the same hash: rename one", ids[pair[0].1], ids[pair[1].1]));
    }
    let mut source = String::from(
        "/// The texts of the rules: the hash of each id (`huquq_texts::id_hash`) and the text's index,\n\
         /// by hash.\npub static RULE_TEXTS: &[(u32, u32)] = &[\n",
    );
    for (hash, index) in rule_texts {
        let _ = writeln!(source, "    ({hash}, {index}),");
    }
    let _ = writeln!(
        source,
        "];\n\n/// The fingerprint of the id list, carried by every language file.\npub const CATALOGUE: u32 = {fingerprint};"
    );
    source.push_str(
        "\n/// Each language: its code and its name in itself.\npub static LANGUAGES: &[(&str, &str)] = &[\n",
    );
    for (code, name) in languages {
        let _ = writeln!(source, "    ({code:?}, {name:?}),");
    }
    source.push_str(
        "];\n\n/// The interface's texts, by name: a typo does not compile.\npub mod t {\n    use super::Text;\n",
    );
    for (index, id) in ids.iter().enumerate() {
        if RULE_PREFIXES.iter().any(|p| id.starts_with(p)) {
            continue;
        }
        let name = id.to_uppercase().replace(['-', '.'], "_");
        let _ = writeln!(source, "    pub const {name}: Text = Text({index});");
    }
    source.push_str("}\n");
    Ok(source)
}
