//! The licences of the crates compiled into the guide and the rule authors' tool, as `cargo
//! metadata` reports them, against the list of licences an NGO may host and adapt under.

use crate::{Fail, say};
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

/// Licences that let anyone host, adapt and redistribute the guide with ours.
const ALLOWED: [&str; 8] =
    ["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Zlib", "Unicode-3.0", "MPL-2.0"];

/// The packages whose crates end up in what people run.
const SHIPPED: [&str; 2] = ["huquq", "huquq-rules"];

pub fn check(mut cargo: Command) -> Result<(), Fail> {
    let output = cargo
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .map_err(|e| Fail(format!("cannot run cargo metadata: {e}")))?;
    if !output.status.success() {
        return Err(Fail(format!("cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr))));
    }
    let metadata: Value = serde_json::from_slice(&output.stdout).map_err(|e| Fail(format!("cargo metadata: {e}")))?;
    let refused = refused(&metadata)?;
    if !refused.is_empty() {
        return Err(Fail(format!("licences outside the list ({}): {}", ALLOWED.join(", "), refused.join("; "))));
    }
    say(&format!(
        "licences: {} crates compiled into the guide and the tool, each under {}",
        shipped(&metadata)?.len(),
        ALLOWED.join(", ")
    ));
    Ok(())
}

/// "name version: licence" for each shipped package whose licence is not allowed.
fn refused(metadata: &Value) -> Result<Vec<String>, Fail> {
    let mut refused = Vec::new();
    for id in shipped(metadata)? {
        let package = metadata["packages"].as_array().into_iter().flatten().find(|p| p["id"] == id.as_str());
        let package = package.ok_or_else(|| Fail(format!("cargo metadata names no package {id}")))?;
        let licence = package["license"].as_str().unwrap_or("");
        if !allowed(licence) {
            let licence = if licence.is_empty() { "none said" } else { licence };
            refused.push(format!(
                "{} {}: {licence}",
                package["name"].as_str().unwrap_or("?"),
                package["version"].as_str().unwrap_or("?")
            ));
        }
    }
    Ok(refused)
}

/// The ids of the shipped packages and of everything they depend on to run (build scripts'
/// and tests' dependencies are not shipped).
fn shipped(metadata: &Value) -> Result<BTreeSet<String>, Fail> {
    let nodes = metadata["resolve"]["nodes"].as_array().ok_or("cargo metadata has no dependency graph")?;
    let node = |id: &str| nodes.iter().find(|n| n["id"] == id);
    let mut to_visit: Vec<String> = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| SHIPPED.iter().any(|name| p["name"] == *name) && p["source"].is_null())
        .filter_map(|p| p["id"].as_str().map(String::from))
        .collect();
    let mut seen = BTreeSet::new();
    while let Some(id) = to_visit.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        for dep in node(&id).map(|n| &n["deps"]).and_then(Value::as_array).into_iter().flatten() {
            let normal = dep["dep_kinds"].as_array().into_iter().flatten().any(|k| k["kind"].is_null());
            if normal {
                to_visit.extend(dep["pkg"].as_str().map(String::from));
            }
        }
    }
    Ok(seen)
}

/// Whether an SPDX expression (`MIT OR Apache-2.0`, `(MIT OR Apache-2.0) AND Unicode-3.0`,
/// the old `MIT/Apache-2.0`) lets us use the crate: one side of each OR, every side of each
/// AND, in the list.
fn allowed(expression: &str) -> bool {
    let spaced = expression.replace('/', " OR ").replace('(', " ( ").replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut at = 0;
    any_of(&tokens, &mut at) == Some(true) && at == tokens.len()
}

fn any_of(tokens: &[&str], at: &mut usize) -> Option<bool> {
    let mut ok = all_of(tokens, at)?;
    while tokens.get(*at) == Some(&"OR") {
        *at += 1;
        ok |= all_of(tokens, at)?;
    }
    Some(ok)
}

fn all_of(tokens: &[&str], at: &mut usize) -> Option<bool> {
    let mut ok = one(tokens, at)?;
    while tokens.get(*at) == Some(&"AND") {
        *at += 1;
        ok &= one(tokens, at)?;
    }
    Some(ok)
}

fn one(tokens: &[&str], at: &mut usize) -> Option<bool> {
    let token = *tokens.get(*at)?;
    *at += 1;
    if token == "(" {
        let ok = any_of(tokens, at)?;
        (tokens.get(*at) == Some(&")")).then(|| *at += 1)?;
        return Some(ok);
    }
    // `Apache-2.0 WITH LLVM-exception`: an exception only adds permissions.
    if tokens.get(*at) == Some(&"WITH") {
        *at += 2;
    }
    Some(ALLOWED.contains(&token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_are_read_as_spdx_says() {
        for yes in [
            "MIT",
            "MIT OR Apache-2.0",
            "MIT/Apache-2.0",
            "(MIT OR Apache-2.0) AND Unicode-3.0",
            "Apache-2.0 WITH LLVM-exception",
            "GPL-3.0 OR MIT",
        ] {
            assert!(allowed(yes), "{yes}");
        }
        for no in
            ["GPL-3.0", "", "MIT AND GPL-3.0", "(MIT OR Apache-2.0", "MIT OR", "AGPL-3.0-only AND (MIT OR Apache-2.0)"]
        {
            assert!(!allowed(no), "{no}");
        }
    }

    /// A graph as cargo metadata gives it: the app depends on a crate under the GPL, a test
    /// dependency is not shipped.
    #[test]
    fn a_shipped_crate_outside_the_list_is_refused_by_name() {
        let metadata = serde_json::json!({
            "packages": [
                { "id": "app", "name": "huquq", "version": "0.1.0", "license": "MIT OR Apache-2.0", "source": null },
                { "id": "gpl", "name": "copyleft", "version": "1.0.0", "license": "GPL-3.0-only", "source": "registry" },
                { "id": "test", "name": "test-only", "version": "2.0.0", "license": "GPL-3.0-only", "source": "registry" },
                { "id": "ok", "name": "fine", "version": "3.0.0", "license": "MIT", "source": "registry" },
            ],
            "resolve": { "nodes": [
                { "id": "app", "deps": [
                    { "pkg": "gpl", "dep_kinds": [{ "kind": null }] },
                    { "pkg": "ok", "dep_kinds": [{ "kind": null }] },
                    { "pkg": "test", "dep_kinds": [{ "kind": "dev" }] },
                ] },
                { "id": "gpl", "deps": [] }, { "id": "ok", "deps": [] }, { "id": "test", "deps": [] },
            ] },
        });
        assert_eq!(refused(&metadata).unwrap(), ["copyleft 1.0.0: GPL-3.0-only"]);
    }
}
