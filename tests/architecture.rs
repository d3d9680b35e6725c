//! ARCHITECTURE.md stays true: it names every source file by its path from the repository
//! root, and every path it names exists. A folder or a bare file name does not count as
//! naming a file: a new file must get its own line in the map.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the source files are, and what a source file is.
const FOLDERS: [&str; 5] = ["src/", "crates/", "xtask/", "assets/", "tests/"];
const EXTENSIONS: [&str; 4] = [".rs", ".js", ".mjs", ".css"];
/// Built or installed, never written by hand, even where git would not ignore it.
const NOT_SOURCES: [&str; 3] = ["target", "node_modules", "dist"];

/// The repository's root, read when the test runs rather than when it was compiled, so the
/// test checks the tree it runs in.
fn root() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
}

fn map(root: &Path) -> String {
    std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md at the root")
}

/// What the map writes in backquotes that looks like a file or folder: no space, and a slash
/// or an extension of a source file or of a document.
fn named(map: &str) -> Vec<&str> {
    map.split('`')
        .skip(1)
        .step_by(2)
        .filter(|code| !code.contains(' '))
        .filter(|code| code.contains('/') || code.ends_with(".md") || EXTENSIONS.iter().any(|e| code.ends_with(e)))
        .collect()
}

/// Every source file, tracked or new, that git does not ignore, by its path from the root.
fn sources(root: &Path) -> Vec<String> {
    let listed = Command::new("git")
        .args(["ls-files", "--cached", "--others", "--exclude-standard"])
        .current_dir(root)
        .output()
        .expect("git, to list the project's files");
    assert!(listed.status.success(), "git ls-files failed: {}", String::from_utf8_lossy(&listed.stderr));
    String::from_utf8(listed.stdout)
        .expect("file names in UTF-8")
        .lines()
        .filter(|path| FOLDERS.iter().any(|f| path.starts_with(f)) && EXTENSIONS.iter().any(|e| path.ends_with(e)))
        .filter(|path| !path.split('/').any(|part| NOT_SOURCES.contains(&part)))
        // Deleted but not yet committed: gone all the same.
        .filter(|path| root.join(path).exists())
        .map(str::to_string)
        .collect()
}

#[test]
fn architecture_map_names_every_source_file_by_its_path() {
    let root = root();
    let map = map(&root);
    let named = named(&map);
    let unnamed: Vec<String> = sources(&root).into_iter().filter(|path| !named.contains(&path.as_str())).collect();
    assert!(
        unnamed.is_empty(),
        "ARCHITECTURE.md does not name these files by their path from the root; add a line for each:\n{}",
        unnamed.join("\n")
    );
}

#[test]
fn architecture_map_names_only_paths_that_exist() {
    let root = root();
    let map = map(&root);
    let sources = sources(&root);
    let gone: Vec<&str> = named(&map)
        .into_iter()
        .filter(|name| {
            // Built files (`dist/`) are not in a clean clone; patterns name no one file.
            let pattern = name.starts_with("dist") || name.contains(['*', '<']);
            let exists = if name.contains('/') {
                root.join(name.trim_end_matches('/')).exists()
            } else {
                // A bare file name, e.g. a module named again after its path: some file's name.
                root.join(name).exists() || sources.iter().any(|path| path.rsplit('/').next() == Some(name))
            };
            !pattern && !exists
        })
        .collect();
    assert!(gone.is_empty(), "ARCHITECTURE.md names paths that do not exist:\n{}", gone.join("\n"));
}
