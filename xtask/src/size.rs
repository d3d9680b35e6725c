//! The size report of the release site: every file raw, gzipped and with brotli; the first
//! load for each language (what a phone downloads before the welcome shows: the page, its
//! scripts, the WebAssembly, the style sheet and that language's first texts), checked
//! against the budget; and what each language and each right costs, to watch growth.

use crate::site::{SiteFile, sorted};
use crate::{Fail, say};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use std::path::Path;

/// The first load of any one language, gzipped (issue: a phone on a weak connection).
pub const FIRST_LOAD_BUDGET: u64 = 150_000;

/// The files of the first load besides the language's texts, by the start of their names.
const SHELL: [(&str, &str); 5] =
    [("index.html", ""), ("start-", ".js"), ("huquq-", ".js"), ("huquq-", "_bg.wasm"), ("style-", ".css")];

pub fn report(dist: &Path, files: &[SiteFile]) -> Result<(), Fail> {
    let (mut raw_total, mut gzip_total, mut brotli_total) = (0, 0, 0);
    let mut shell = 0;
    let mut sizes = Vec::new();
    say(&format!("{:<44} {:>10} {:>10} {:>10}", "file", "bytes", "gzipped", "brotli"));
    for file in sorted(dist)? {
        let bytes = std::fs::read(&file)?;
        let (gzipped, brotli) = (gzip(&bytes)?, brotli(&bytes)?);
        let name = file.strip_prefix(dist).unwrap_or(&file).display().to_string();
        say(&format!("{name:<44} {:>10} {gzipped:>10} {brotli:>10}", bytes.len()));
        raw_total += bytes.len() as u64;
        gzip_total += gzipped;
        brotli_total += brotli;
        let first_module = !name.starts_with("huquq-full-");
        if first_module && SHELL.iter().any(|(start, end)| name.starts_with(start) && name.ends_with(end)) {
            shell += gzipped;
        }
        sizes.push((format!("./{name}"), gzipped));
    }
    say(&format!("{:<44} {raw_total:>10} {gzip_total:>10} {brotli_total:>10}", "total"));
    let size_of = |name: &str| {
        let address = files.iter().find(|f| f.name == name).map(|f| f.address.as_str());
        sizes.iter().find(|(file, _)| Some(file.as_str()) == address).map_or(0, |(_, size)| *size)
    };
    let rights = count_rights(&dist.join("..").join("rules"));
    let mut first_loads = Vec::new();
    for language in languages(files) {
        let (first, rest) = (size_of(&format!("texts-{language}-1")), size_of(&format!("texts-{language}-2")));
        let per_right = rest.checked_div(rights).unwrap_or(0);
        say(&format!(
            "{language}: first load {} bytes gzipped (shell {shell} + first texts {first}); rights' texts {rest} ({per_right} per right, {rights} rights)",
            shell + first
        ));
        first_loads.push((language, shell + first));
    }
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
    texts.filter_map(|f| std::fs::read_to_string(f).ok()).map(declared).sum()
}

pub fn gzip(bytes: &[u8]) -> std::io::Result<u64> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len() as u64)
}

fn brotli(bytes: &[u8]) -> std::io::Result<u64> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out.len() as u64)
}
