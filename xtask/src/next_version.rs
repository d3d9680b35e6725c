//! The site as it will be one rules version later (`target/dist-next`), for the end-to-end test
//! that opens a link saved with today's version (tests/e2e/versions.test.mjs): a copy of the
//! rules and locales with `[meta] version` raised by one and `health.primary-care` named as
//! changed, with its sentence in every language, built like the release site.

use crate::scale::copy_tree;
use crate::setup::Tools;
use crate::{Fail, fs, say, site};
use std::path::Path;

/// The right the next version says changed, and the sentence the test looks for.
pub const RIGHT: &str = "health.primary-care";
const SENTENCE: &str = "Next version of the rules, built for the tests: this right changed.";

/// Builds `target/dist-next`; `dist/` and `dist-single/` are left as they were.
pub fn build(tools: &Tools) -> Result<(), Fail> {
    let tree = copy_tree(&tools.root)?;
    let next = raise_version(&tree)?;
    say(&format!("next rules version: {next}, {RIGHT} changed"));
    let (root, next_dist) = (&tools.root, tools.root.join("target/dist-next"));
    if next_dist.exists() {
        fs::remove_dir_all(&next_dist)?;
    }
    let aside = [
        (root.join("dist"), root.join("target/.dist-today")),
        (root.join("dist-single"), root.join("target/.dist-single-today")),
    ];
    for (today, kept) in &aside {
        move_dir(today, kept)?;
    }
    let built = site::build(&Tools { source_root: Some(tree.clone()), ..tools.clone() });
    if built.is_ok() {
        fs::rename(root.join("dist"), &next_dist)?;
    }
    for (today, kept) in &aside {
        move_dir(kept, today)?;
    }
    fs::remove_dir_all(&tree)?;
    built
}

/// Puts folder `from`, if there is one, at `to`, in place of whatever was there.
fn move_dir(from: &Path, to: &Path) -> Result<(), Fail> {
    if to.exists() {
        fs::remove_dir_all(to)?;
    }
    if from.exists() {
        fs::rename(from, to)?;
    }
    Ok(())
}

/// Raises `[meta] version` in `tree` and lists the change with its sentence; the new version.
fn raise_version(tree: &Path) -> Result<u32, Fail> {
    let questions = tree.join("rules/questions.toml");
    let text = fs::read_to_string(&questions)?;
    let version: u32 = text
        .lines()
        .find_map(|line| line.strip_prefix("version = "))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| Fail::from("rules/questions.toml has no `version = N` line"))?;
    let next = version + 1;
    fs::write(&questions, text.replacen(&format!("version = {version}"), &format!("version = {next}"), 1))?;
    let changes = tree.join("rules/changes.toml");
    let listed = fs::read_to_string(&changes)?;
    fs::write(&changes, format!("{listed}\n[[version]]\nnumber = {next}\nchanged = [\"{RIGHT}\"]\n"))?;
    let id = format!("change-{next}-{}", RIGHT.replace('.', "-"));
    for language in fs::read_dir(tree.join("locales"))?.into_iter().filter(|p| p.is_dir()) {
        fs::write(language.join("zz-next-version.ftl"), format!("{id} = {SENTENCE}\n"))?;
    }
    Ok(next)
}
