//! The size report of the release site: every file raw, gzipped and with brotli; the first
//! load for each language (what a phone downloads before the welcome shows: the page, its
//! scripts, the WebAssembly, the style sheet and that language's first texts), checked
//! against the budget; and what each language and each right costs, to watch growth.
//! `dist/sizes.json` holds the budget and each first load file by file, for the end-to-end
//! test (`tests/e2e/size.test.mjs`) that measures the same load in a browser.

use crate::site::{SiteFile, sorted};
use crate::{Fail, fs, say};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use std::path::Path;

/// The first load of any one language, gzipped (issue: a phone on a weak connection).
pub const FIRST_LOAD_BUDGET: u64 = 150_000;

/// The files of the first load besides the language's texts, by the start of their names:
/// the page (which holds the start script and the style sheet) and the first module.
const SHELL: [(&str, &str); 3] = [("index.html", ""), ("huquq-", ".js"), ("huquq-", "_bg.wasm")];

pub fn report(dist: &Path, files: &[SiteFile]) -> Result<(), Fail> {
    let (mut raw_total, mut gzip_total, mut brotli_total) = (0, 0, 0);
    let mut rows = Vec::new();
    say(&format!("{:<44} {:>10} {:>10} {:>10}", "file", "bytes", "gzipped", "brotli"));
    for file in sorted(dist)? {
        let bytes = fs::read(&file)?;
        let (gzipped, brotli) = (gzip(&bytes), brotli(&bytes));
        let name = file.strip_prefix(dist).unwrap_or(&file).display().to_string();
        // The rights' own pages are many: one line for them all, below.
        if !name.starts_with(crate::site::RIGHTS) {
            say(&format!("{name:<44} {:>10} {gzipped:>10} {brotli:>10}", bytes.len()));
        }
        raw_total += bytes.len() as u64;
        gzip_total += gzipped;
        brotli_total += brotli;
        rows.push(Row { name, raw: bytes.len() as u64, gzipped, brotli });
    }
    let pages: Vec<&Row> = rows.iter().filter(|row| row.name.starts_with(crate::site::RIGHTS)).collect();
    let (pages_raw, pages_gzipped) =
        (pages.iter().map(|r| r.raw).sum::<u64>(), pages.iter().map(|r| r.gzipped).sum::<u64>());
    say(&format!("{:<44} {pages_raw:>10} {pages_gzipped:>10}", format!("rights/ ({} files)", pages.len())));
    say(&format!("{:<44} {raw_total:>10} {gzip_total:>10} {brotli_total:>10}", "total"));
    let row_of = |name: &str| {
        let address = files.iter().find(|f| f.name == name).map(|f| f.address.trim_start_matches("./"));
        rows.iter().find(|row| Some(row.name.as_str()) == address)
    };
    let shell_rows: Vec<&Row> = rows.iter().filter(|row| is_shell(&row.name)).collect();
    let shell: u64 = shell_rows.iter().map(|row| row.gzipped).sum();
    let root = dist.parent().unwrap_or(dist);
    let rights = count_rights(&root.join("rules"));
    let mut first_loads = Vec::new();
    let mut per_language = Vec::new();
    let mut load_files = serde_json::Map::new();
    for language in languages(files) {
        let first_row = row_of(&format!("texts-{language}-1"));
        let first = first_row.map_or(0, |row| row.gzipped);
        let rest = row_of(&format!("texts-{language}-2")).map_or(0, |row| row.gzipped);
        let per_right = rest.checked_div(rights).unwrap_or(0);
        say(&format!(
            "{language}: first load {} bytes gzipped (shell {shell} + first texts {first}); rights' texts {rest} ({per_right} per right, {rights} rights)",
            shell + first
        ));
        per_language.push(format!(
            "`{language}` {} (texts {first}; rights' texts {rest}, {per_right} per right)",
            shell + first
        ));
        let loaded = shell_rows.iter().copied().chain(first_row);
        load_files.insert(language.clone(), loaded.map(|row| (row.name.clone(), row.gzipped)).collect());
        first_loads.push((language, shell + first));
    }
    // The table goes to dist/, never to a tracked file: a build leaves the clone as it was.
    let sizes = dist.join("sizes.md");
    fs::write(&sizes, sizes_table(&rows, &per_language, rights))?;
    say(&format!("what a phone downloads, by part: {}", sizes.display()));
    fs::write(dist.join("sizes.json"), first_load_json(load_files))?;
    for (language, total) in &first_loads {
        if *total > FIRST_LOAD_BUDGET {
            return Err(Fail(format!(
                "the first load in {language} is {total} bytes gzipped, over the budget of {FIRST_LOAD_BUDGET}"
            )));
        }
    }
    let worst = first_loads.iter().map(|(_, total)| *total).max().unwrap_or(0);
    say(&format!("size budget: first load at most {worst} of {FIRST_LOAD_BUDGET} bytes gzipped, in every language"));
    Ok(())
}

/// The text of `dist/sizes.json`: the budget, and for each language the files of its first
/// load with their gzipped bytes, which a host sending gzip sends as bodies.
fn first_load_json(files: serde_json::Map<String, serde_json::Value>) -> String {
    let document = serde_json::json!({ "budget": FIRST_LOAD_BUDGET, "first_load": files });
    serde_json::to_string_pretty(&document).expect("a JSON value is always written") + "\n"
}

struct Row {
    name: String,
    raw: u64,
    gzipped: u64,
    brotli: u64,
}

/// Whether a file of `dist/` is part of every first load (the language's texts aside).
fn is_shell(name: &str) -> bool {
    !name.starts_with("huquq-full-") && SHELL.iter().any(|(start, end)| name.starts_with(start) && name.ends_with(end))
}

/// What a file is and when a phone downloads it, for the table of `dist/sizes.md`.
fn part(name: &str) -> (&'static str, &'static str) {
    match name {
        crate::site::SITE_FILE_NAME => {
            ("the site owner's file (every setting a comment)", "with the page, not waited for")
        }
        n if n.starts_with("huquq-full-") => {
            ("second module (review, results, counsellor, admin)", "after the first screen")
        }
        n if n.starts_with("huquq-") => ("first module (welcome, questions)", "first load"),
        n if n.starts_with("texts-") && n.contains("-1-") => ("one language: interface and questions", "first load"),
        n if n.starts_with("texts-") => {
            ("one language: the results (rights, offices, papers, steps)", "after the first screen")
        }
        n if n.starts_with("details-") => ("offices' contacts and sources in full", "after the first screen"),
        n if n.starts_with("results-") => ("style sheet of the second module", "after the first screen"),
        "index.html" => ("page (start script, style sheet, the welcome in every language)", "first load"),
        "embed.js" => ("script for an NGO's page", "on NGOs' pages"),
        n if n.starts_with(crate::site::RIGHTS) => ("each right's own page, without the app", "only when opened"),
        _ => ("offline worker, manifest, icon", "with the page, not waited for"),
    }
}

/// The text of `dist/sizes.md`: each part's bytes, when it is downloaded, and the first load
/// in each language. CONTRIBUTING.md keeps a dated copy of its table.
fn sizes_table(rows: &[Row], per_language: &[String], rights: u64) -> String {
    let mut parts: Vec<(&str, &str, u64, u64, u64, usize)> = Vec::new();
    for row in rows {
        let (what, when) = part(&row.name);
        match parts.iter_mut().find(|p| p.0 == what) {
            Some(p) => (p.2, p.3, p.4, p.5) = (p.2 + row.raw, p.3 + row.gzipped, p.4 + row.brotli, p.5 + 1),
            None => parts.push((what, when, row.raw, row.gzipped, row.brotli, 1)),
        }
    }
    let order =
        ["first load", "after the first screen", "with the page, not waited for", "on NGOs' pages", "only when opened"];
    parts.sort_by_key(|p| order.iter().position(|o| *o == p.1));
    let mut table = String::from(
        "# What a phone downloads\n\nWritten by `cargo xtask build`.\n\n\
         | part | files | bytes | gzipped | brotli | downloaded |\n|---|---|---|---|---|---|\n",
    );
    for (what, when, raw, gzipped, brotli, count) in parts {
        table += &format!("| {what} | {count} | {raw} | {gzipped} | {brotli} | {when} |\n");
    }
    table += &format!(
        "\nFirst load, gzipped (budget {FIRST_LOAD_BUDGET} in every language; {rights} rights): {}.\n",
        per_language.join("; ")
    );
    table
}

/// The languages that have texts, from the site files' names (`texts-fr-1`).
fn languages(files: &[SiteFile]) -> Vec<String> {
    let mut codes: Vec<String> =
        files.iter().filter_map(|f| Some(f.name.strip_prefix("texts-")?.split('-').next()?.to_string())).collect();
    codes.dedup();
    codes
}

/// How many rights the rules declare, for the cost of one right's texts.
fn count_rights(rules: &Path) -> u64 {
    let Ok(files) = sorted(rules) else { return 0 };
    let texts =
        files.iter().filter(|f| f.extension().is_some_and(|e| e == "toml") && !f.starts_with(rules.join("tests")));
    let declared = |text: String| text.lines().filter(|line| line.trim() == "[[right]]").count() as u64;
    texts.filter_map(|f| fs::read_to_string(f).ok()).map(declared).sum()
}

/// Sizes of compressed bytes; compressing in memory cannot fail.
pub fn gzip(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len() as u64
}

fn brotli(bytes: &[u8]) -> u64 {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("writing to memory");
    out.len() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sizes_table_adds_up_each_part_and_lists_the_first_load_first() {
        let row = |name: &str, raw, gzipped, brotli| Row { name: name.into(), raw, gzipped, brotli };
        let rows = [
            row("embed.js", 10, 5, 4),
            row("texts-fr-1-abc.bin", 100, 50, 40),
            row("texts-ar-1-def.bin", 200, 60, 50),
            row("index.html", 30, 20, 10),
        ];
        let table = sizes_table(&rows, &["`fr` 70".into(), "`ar` 80".into()], 61);
        let lines: Vec<&str> = table.lines().filter(|l| l.starts_with("| ")).collect();
        assert_eq!(
            lines,
            [
                "| part | files | bytes | gzipped | brotli | downloaded |",
                "| one language: interface and questions | 2 | 300 | 110 | 90 | first load |",
                "| page (start script, style sheet, the welcome in every language) | 1 | 30 | 20 | 10 | first load |",
                "| script for an NGO's page | 1 | 10 | 5 | 4 | on NGOs' pages |",
            ]
        );
        assert!(
            table.ends_with("First load, gzipped (budget 150000 in every language; 61 rights): `fr` 70; `ar` 80.\n")
        );
        assert!(!table.contains("<!--"), "no markers: the file is written whole");
    }

    #[test]
    fn sizes_json_holds_the_one_budget_and_each_first_load_file_by_file() {
        let mut files = serde_json::Map::new();
        files.insert("fr".into(), serde_json::json!({ "index.html": 847, "texts-fr-1-abc.bin": 2595 }));
        let written: serde_json::Value = serde_json::from_str(&first_load_json(files)).unwrap();
        let expected = serde_json::json!({
            "budget": 150_000,
            "first_load": { "fr": { "index.html": 847, "texts-fr-1-abc.bin": 2595 } },
        });
        assert_eq!(written, expected);
    }
}
