//! The file operations xtask uses, each failure naming the file: "cannot read dist/sw.js: No
//! such file or directory", not the bare system message.

use crate::Fail;
use std::path::{Path, PathBuf};

fn named<T>(verb: &str, path: &Path, done: std::io::Result<T>) -> Result<T, Fail> {
    done.map_err(|e| Fail(format!("cannot {verb} {}: {e}", path.display())))
}

pub fn read(path: impl AsRef<Path>) -> Result<Vec<u8>, Fail> {
    named("read", path.as_ref(), std::fs::read(path.as_ref()))
}

pub fn read_to_string(path: impl AsRef<Path>) -> Result<String, Fail> {
    named("read", path.as_ref(), std::fs::read_to_string(path.as_ref()))
}

pub fn write(path: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> Result<(), Fail> {
    named("write", path.as_ref(), std::fs::write(path.as_ref(), contents))
}

pub fn copy(from: impl AsRef<Path>, to: impl AsRef<Path>) -> Result<u64, Fail> {
    named("copy", from.as_ref(), std::fs::copy(from.as_ref(), to.as_ref()))
}

pub fn create_dir_all(path: impl AsRef<Path>) -> Result<(), Fail> {
    named("create", path.as_ref(), std::fs::create_dir_all(path.as_ref()))
}

pub fn remove_file(path: impl AsRef<Path>) -> Result<(), Fail> {
    named("remove", path.as_ref(), std::fs::remove_file(path.as_ref()))
}

pub fn remove_dir_all(path: impl AsRef<Path>) -> Result<(), Fail> {
    named("remove", path.as_ref(), std::fs::remove_dir_all(path.as_ref()))
}

pub fn rename(from: impl AsRef<Path>, to: impl AsRef<Path>) -> Result<(), Fail> {
    named("move", from.as_ref(), std::fs::rename(from.as_ref(), to.as_ref()))
}

/// The paths in a folder, in no particular order.
pub fn read_dir(path: impl AsRef<Path>) -> Result<Vec<PathBuf>, Fail> {
    let entries = named("read the folder", path.as_ref(), std::fs::read_dir(path.as_ref()))?;
    entries.map(|entry| named("read the folder", path.as_ref(), entry).map(|e| e.path())).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_file_is_named() {
        let Err(crate::Fail(message)) = super::read("no/such/file.txt") else { panic!("read a missing file") };
        assert!(message.starts_with("cannot read no/such/file.txt: "), "{message}");
    }
}
