//! ARCHITECTURE.md stays true: every path it names exists, and every source file of the
//! engine, the texts, the CLI and the app is named in its code map.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

const PROJECT: &str = env!("CARGO_MANIFEST_DIR");

fn map() -> String {
    std::fs::read_to_string(Path::new(PROJECT).join("ARCHITECTURE.md")).expect("ARCHITECTURE.md at the root")
}

/// What the map writes in backquotes that looks like a file or folder: a path with a slash
/// or a file name with an extension.
fn named(map: &str) -> Vec<String> {
    map.split('`')
        .skip(1)
        .step_by(2)
        .filter(|code| !code.contains(' ') && (code.contains('/') || code.ends_with(".rs") || code.ends_with(".md")))
        .map(str::to_string)
        .collect()
}

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

fn all_sources() -> Vec<PathBuf> {
    let root = Path::new(PROJECT);
    let mut found = Vec::new();
    for dir in ["src", "crates/engine/src", "crates/texts/src", "crates/wire/src", "crates/rules-cli/src", "xtask/src"]
    {
        sources(&root.join(dir), &mut found);
    }
    found
}

#[test]
fn architecture_map_names_only_paths_that_exist() {
    let root = Path::new(PROJECT);
    let files = all_sources();
    let missing: Vec<String> = named(&map())
        .into_iter()
        .filter(|name| {
            // Built files (`dist/`) are not in a clean clone; patterns name no one file.
            let pattern = name.starts_with("dist") || name.contains(['*', '<']);
            let exists = if name.contains('/') {
                pattern || root.join(name.trim_end_matches('/')).exists()
            } else {
                // A bare file name is one of the files next to the path named before it.
                files.iter().any(|f| f.file_name().is_some_and(|n| n == name.as_str())) || root.join(name).exists()
            };
            !exists
        })
        .collect();
    assert!(missing.is_empty(), "ARCHITECTURE.md names paths that do not exist: {missing:?}");
}

#[test]
fn architecture_map_names_every_module() {
    let root = Path::new(PROJECT);
    let map = map();
    let named = named(&map);
    let unnamed: Vec<String> = all_sources()
        .iter()
        .map(|f| f.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"))
        // Unit tests sit beside the module they test; binaries' entry points are one line.
        .filter(|path| !path.ends_with("/tests.rs") && !path.ends_with("src/main.rs"))
        .filter(|path| {
            let name = path.rsplit('/').next().unwrap();
            let folder = path.rsplit_once('/').map(|(dir, _)| format!("{dir}/")).unwrap_or_default();
            !named.iter().any(|n| n == path || n == name || n == &folder)
        })
        .collect();
    assert!(unnamed.is_empty(), "modules missing from ARCHITECTURE.md's code map: {unnamed:?}");
}
