//! The documentation's links stay true: every relative link of a markdown page points to a
//! file that exists. `docs/hosting.md` has none, since the package ships it alone as
//! `HOSTING.md`, where no link into the project would lead anywhere.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Where the project is now (cargo says so when it runs a test), not where it was built.
fn project() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
}

/// Every markdown page of the project, outside built and installed files.
fn pages(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if path.is_dir() {
            if !name.starts_with('.') && !["target", "node_modules", "dist", "dist-single"].contains(&name) {
                pages(&path, found);
            }
        } else if name.ends_with(".md") {
            found.push(path);
        }
    }
}

/// The targets of the page's `[text](target)` links that lead to another file, outside
/// fenced code and without their `#anchor`.
fn relative_links(text: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        for (at, _) in line.match_indices("](") {
            let rest = &line[at + 2..];
            let target = &rest[..rest.find(')').unwrap_or(rest.len())];
            let file = target.split('#').next().unwrap_or_default();
            let external = target.contains("://") || target.starts_with("mailto:") || target.starts_with("tel:");
            if !file.is_empty() && !external {
                links.push(file.to_string());
            }
        }
    }
    links
}

#[test]
fn every_relative_link_of_the_documentation_leads_to_a_file() {
    let mut found = Vec::new();
    pages(&project(), &mut found);
    assert!(found.iter().any(|page| page.ends_with("docs/hosting.md")), "{found:?}");
    let mut broken = Vec::new();
    for page in &found {
        let text = std::fs::read_to_string(page).unwrap();
        for link in relative_links(&text) {
            if !page.parent().unwrap().join(&link).exists() {
                broken.push(format!("{}: {link}", page.strip_prefix(project()).unwrap_or(page).display()));
            }
        }
    }
    assert!(broken.is_empty(), "links to files that do not exist: {broken:#?}");
}

#[test]
fn the_page_for_ngos_stands_alone() {
    let hosting = std::fs::read_to_string(project().join("docs/hosting.md")).unwrap();
    assert_eq!(relative_links(&hosting), Vec::<String>::new(), "HOSTING.md in the package has no project beside it");
}

#[test]
fn links_in_code_and_to_other_sites_are_not_followed() {
    let text = "[a](b.md#c) [web](https://x.org/y) [mail](mailto:a@b.c)\n```md\n[no](nowhere.md)\n```\n[d](#e)\n";
    assert_eq!(relative_links(text), ["b.md"]);
}
