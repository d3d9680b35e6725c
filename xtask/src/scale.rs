//! Size checks on other trees of rules and locales, built with `HUQUQ_SOURCE_ROOT`: the
//! catalogue ten times larger (`cargo xtask bench`), and a fourth language (`cargo xtask
//! test`: the other languages' first load must not grow with it). The first load is computed
//! as trunk and the build make the first module: wasm-bindgen, wasm-opt, short import names,
//! then gzip.

use crate::setup::Tools;
use crate::site::{GUIDE, WASM_OPT, build_app, minify, sorted};
use crate::{Fail, first_screen, fs, imports, run, say, size};
use std::path::{Path, PathBuf};

/// The first load of each language (gzipped) of the app built from `tree`'s rules and
/// locales; the page (with the style sheet and the start script) is taken from `dist`.
pub fn first_loads(tools: &Tools, tree: &Path, dist: &Path) -> Result<Vec<(String, u64)>, Fail> {
    let from_tree = Tools { source_root: Some(tree.to_path_buf()), ..tools.clone() };
    let out = build_app(from_tree.command("cargo"), GUIDE)?;
    let work = tempdir("huquq-scale-")?;
    let wasm = tools.root.join("target/wasm32-unknown-unknown/release/huquq.wasm");
    run(tools.command("wasm-bindgen").args(["--target", "web", "--no-typescript", "--out-dir"]).arg(&work).arg(&wasm))?;
    let optimised = work.join("optimised.wasm");
    run(tools.command("wasm-opt").args(WASM_OPT).arg(work.join("huquq_bg.wasm")).arg("-o").arg(&optimised))?;
    minify(tools, &work.join("huquq.js"))?;
    imports::shorten_files(&work.join("huquq.js"), &optimised)?;
    let mut shell = size::gzip(&fs::read(&optimised)?) + size::gzip(&fs::read(work.join("huquq.js"))?);
    // The page holds the start script, the style sheet and the welcome of every language of
    // the tree (`first_screen.rs`).
    let welcome = fs::read_to_string(out.join("welcome.tsv"))?;
    let page = first_screen::emptied(&fs::read_to_string(dist.join("index.html"))?)?;
    shell += size::gzip(first_screen::write_into(&page, &welcome)?.as_bytes());
    let mut loads = Vec::new();
    for file in sorted(&out.join("site"))? {
        let name = file.file_stem().and_then(|n| n.to_str()).unwrap_or_default();
        if let Some(language) = name.strip_prefix("texts-").and_then(|n| n.strip_suffix("-1")) {
            loads.push((language.to_string(), shell + size::gzip(&fs::read(&file)?)));
        }
    }
    fs::remove_dir_all(&work)?;
    Ok(loads)
}

/// A copy of the project's rules and locales.
pub fn copy_tree(root: &Path) -> Result<PathBuf, Fail> {
    let tree = tempdir("huquq-tree-")?;
    for dir in ["rules", "locales"] {
        copy_dir(&root.join(dir), &tree.join(dir))?;
    }
    Ok(tree)
}

/// Adds a language `code` to `tree`: a copy of `from`, named differently.
pub fn add_language(tree: &Path, from: &str, code: &str) -> Result<(), Fail> {
    let target = tree.join("locales").join(code);
    copy_dir(&tree.join("locales").join(from), &target)?;
    let ui = target.join("ui.ftl");
    let text = fs::read_to_string(&ui)?;
    let renamed: Vec<String> = text
        .lines()
        .map(
            |line| {
                if line.starts_with("language-name =") { format!("language-name = {code}") } else { line.to_string() }
            },
        )
        .collect();
    fs::write(&ui, renamed.join("\n") + "\n")?;
    Ok(())
}

/// Makes the catalogue of `tree` `times` times larger: every right again under new ids
/// (`health.primary-care-k2`…), with its texts in every language.
pub fn multiply_rights(tree: &Path, times: usize) -> Result<(), Fail> {
    let rules = tree.join("rules");
    let mut copies = String::new();
    for file in
        sorted(&rules)?.iter().filter(|f| f.parent() == Some(&rules) && f.extension().is_some_and(|e| e == "toml"))
    {
        let text = fs::read_to_string(file)?;
        for block in blocks(&text, |line| line.starts_with("[["), |line| line.trim() == "[[right]]") {
            for k in 2..=times {
                for line in block.lines() {
                    match line.strip_prefix("id = \"").and_then(|id| id.strip_suffix('"')) {
                        Some(id) => copies += &format!("id = \"{id}-k{k}\"\n"),
                        None => copies += &format!("{line}\n"),
                    }
                }
            }
        }
    }
    fs::write(rules.join("zz-scaled.toml"), copies)?;
    for language in sorted_dirs(&tree.join("locales"))? {
        let mut texts = String::new();
        for file in sorted(&language)? {
            let text = fs::read_to_string(&file)?;
            // A comment ends a message; a translation's stamp (`# fr: …`, the hash of the French
            // text) goes with each copy, so that the copies are not reported stale.
            let boundary = |line: &str| line.starts_with('#') || (!line.starts_with(' ') && line.contains(" ="));
            for message in blocks(&text, boundary, |line| line.starts_with("right-")) {
                let (id, rest) = message.split_once(' ').ok_or("a message has no value")?;
                let before = text.find(&message).map_or("", |at| text[..at].lines().last().unwrap_or(""));
                let stamp = if before.starts_with("# fr:") { format!("{before}\n") } else { String::new() };
                for k in 2..=times {
                    texts += &format!("{stamp}{id}-k{k} {rest}");
                }
            }
        }
        fs::write(language.join("zz-scaled.ftl"), texts)?;
    }
    Ok(())
}

/// The blocks of `text` (from a line where `boundary` holds to the next such line) whose first
/// line is `wanted`.
fn blocks(text: &str, boundary: impl Fn(&str) -> bool, wanted: impl Fn(&str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if boundary(line) {
            found.extend(current.take());
            current = wanted(line).then(String::new);
        }
        if let Some(block) = current.as_mut() {
            block.push_str(line);
            block.push('\n');
        }
    }
    found.extend(current);
    found
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Fail> {
    for file in sorted(from)? {
        let target = to.join(file.strip_prefix(from).map_err(|_| "a file outside its folder")?);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::copy(&file, &target)?;
    }
    Ok(())
}

fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>, Fail> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)?.into_iter().filter(|p| p.is_dir()).collect();
    dirs.sort();
    Ok(dirs)
}

fn tempdir(prefix: &str) -> Result<PathBuf, Fail> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("{prefix}{}-{stamp}", std::process::id()));
    fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// `cargo xtask test`: a fourth language changes the others' first load by less than 1 KB.
pub fn fourth_language(tools: &Tools) -> Result<(), Fail> {
    let dist = tools.root.join("dist");
    let before = first_loads(tools, &tools.root, &dist)?;
    let tree = copy_tree(&tools.root)?;
    add_language(&tree, "en", "xx")?;
    let after = first_loads(tools, &tree, &dist)?;
    fs::remove_dir_all(&tree)?;
    for (language, was) in &before {
        let now = after.iter().find(|(l, _)| l == language).map_or(0, |(_, n)| *n);
        say(&format!("a fourth language: first load in {language} {was} -> {now} bytes gzipped"));
        if now.abs_diff(*was) >= 1024 {
            return Err(Fail(format!(
                "adding a language changed the first load in {language} by {} bytes",
                now.abs_diff(*was)
            )));
        }
    }
    if !after.iter().any(|(l, _)| l == "xx") {
        return Err(Fail::from("the fourth language has no texts file"));
    }
    Ok(())
}

/// `cargo xtask bench`: the first load with a catalogue ten times larger.
pub fn ten_times(tools: &Tools) -> Result<(), Fail> {
    let dist = tools.root.join("dist");
    let tree = copy_tree(&tools.root)?;
    multiply_rights(&tree, 10)?;
    for (language, load) in first_loads(tools, &tree, &dist)? {
        say(&format!("catalogue 10x: first load in {language}: {load} bytes gzipped"));
    }
    fs::remove_dir_all(&tree)?;
    Ok(())
}
