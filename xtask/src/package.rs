//! `cargo xtask package`: the built site as one zip an NGO can host without Rust
//! (`target/huquq-site.zip`). Reproducible: the entries are sorted by name and carry one fixed
//! date, so the same `dist/` gives the same bytes. It reads `dist/`, never builds it.

use crate::{Fail, fs, say};
use flate2::Compression;
use flate2::write::DeflateEncoder;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The site file as the build writes it into `dist/` and the package ships it: every key
/// present only as a comment, so a default install fetches a file (no 404) that sets nothing
/// (no warning). The keys are `src/site.rs`'s.
pub const SITE_FILE: &str = "\
# Your settings for the guide. Remove the `#` before a key to use it; see HOSTING.md.
# Keep this file when you update the guide: it is yours.
#
# Your organisation's name, shown first on the welcome and the results (at most 80 characters).
# ngo = \"Your organisation\"
# Its phone number, shown with the name.
# ngo_phone = \"+212 ...\"
# Its address, shown with the name (at most 160 characters).
# ngo_address = \"Street, city\"
# Your colour for buttons and headings: dark enough for white text on it.
# accent = \"#004488\"
# Where quick exit leads (an https address). Without it: a weather search.
# exit_to = \"https://www.example.org/\"
# Where \"This looks wrong?\" writes to: mailto: and your e-mail, or a WhatsApp number.
# report_to = \"mailto:corrections@example.org\"
";

/// Writes `target/huquq-site.zip` from the built site and returns its path.
pub fn package(root: &Path) -> Result<PathBuf, Fail> {
    let entries = entries(root)?;
    let zip = zip(entries);
    let path = root.join("target/huquq-site.zip");
    fs::create_dir_all(root.join("target"))?;
    fs::write(&path, &zip)?;
    say(&format!("package: {} ({} bytes)", path.display(), zip.len()));
    Ok(path)
}

/// The package's files: `huquq-site/guide/` (the folder to upload, with the commented site
/// file), the single file, the hosting page and the licences.
fn entries(root: &Path) -> Result<Vec<(String, Vec<u8>)>, Fail> {
    let dist = root.join("dist");
    let mut entries = Vec::new();
    for file in crate::site::sorted(&dist)? {
        let name = file.strip_prefix(&dist).expect("under dist").to_string_lossy().replace('\\', "/");
        // The build's size reports are for developers, not for the host.
        if name == "sizes.md" || name == "sizes.json" {
            continue;
        }
        entries.push((format!("huquq-site/guide/{name}"), fs::read(file)?));
    }
    if !entries.iter().any(|(name, _)| name == "huquq-site/guide/index.html") {
        return Err(Fail(format!("no site in {}: run `cargo xtask build` first", dist.display())));
    }
    entries.push(("huquq-site/huquq.html".into(), fs::read(root.join("dist-single/huquq.html"))?));
    entries.push(("huquq-site/HOSTING.md".into(), fs::read(root.join("docs/hosting.md"))?));
    for licence in ["LICENSE", "LICENSE-MIT", "LICENSE-APACHE"] {
        entries.push((format!("huquq-site/{licence}"), fs::read(root.join(licence))?));
    }
    Ok(entries)
}

/// 1980-01-01 00:00 in the zip's MS-DOS form: the same date for every entry, every build.
const DOS_DATE: u16 = (1 << 5) | 1;
/// Names are UTF-8.
const UTF8: u16 = 1 << 11;

/// A zip of `entries` (name, bytes), deflated, in the order of their names.
fn zip(mut entries: Vec<(String, Vec<u8>)>) -> Vec<u8> {
    entries.sort();
    let (mut out, mut directory) = (Vec::new(), Vec::new());
    for (name, data) in &entries {
        let mut crc = flate2::Crc::new();
        crc.update(data);
        let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(data).expect("writing to memory");
        let packed = encoder.finish().expect("writing to memory");
        let offset = out.len() as u32;
        // What the local header and the directory's entry share, after their first fields.
        let mut common = Vec::new();
        for half in [20, UTF8, 8, 0, DOS_DATE] {
            common.extend(half.to_le_bytes());
        }
        for word in [crc.sum(), packed.len() as u32, data.len() as u32] {
            common.extend(word.to_le_bytes());
        }
        common.extend((name.len() as u16).to_le_bytes());
        common.extend(0u16.to_le_bytes());
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&common);
        out.extend(name.as_bytes());
        out.extend(&packed);
        directory.extend(0x0201_4b50u32.to_le_bytes());
        // Made on Unix (3), so the file mode below is read: rw-r--r--.
        directory.extend(((3u16 << 8) | 20).to_le_bytes());
        directory.extend(&common);
        directory.extend([0; 6]);
        directory.extend((0o100_644u32 << 16).to_le_bytes());
        directory.extend(offset.to_le_bytes());
        directory.extend(name.as_bytes());
    }
    let (start, count) = (out.len() as u32, entries.len() as u16);
    out.extend(&directory);
    out.extend(0x0605_4b50u32.to_le_bytes());
    for half in [0, 0, count, count] {
        out.extend(half.to_le_bytes());
    }
    out.extend((directory.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::zip;

    fn entries(names: &[&str]) -> Vec<(String, Vec<u8>)> {
        names.iter().map(|n| (n.to_string(), n.repeat(40).into_bytes())).collect()
    }

    #[test]
    fn the_same_files_give_the_same_bytes_in_any_order() {
        let one = zip(entries(&["b/x.js", "a.html", "b/a.wasm"]));
        assert_eq!(one, zip(entries(&["b/a.wasm", "b/x.js", "a.html"])));
        assert_ne!(one, zip(entries(&["b/x.js", "a.html"])));
    }

    /// The layout other tools read: a local header per file, the directory, its end record.
    #[test]
    fn the_end_record_points_at_the_directory() {
        let bytes = zip(entries(&["a.html", "b.js"]));
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        let end = bytes.len() - 22;
        assert_eq!(&bytes[end..end + 4], b"PK\x05\x06");
        let field = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        assert_eq!(u16::from_le_bytes([bytes[end + 10], bytes[end + 11]]), 2);
        let (size, start) = (field(end + 12), field(end + 16));
        assert_eq!(start + size, end);
        assert_eq!(&bytes[start..start + 4], b"PK\x01\x02");
        assert_eq!(&bytes[start + 46..start + 52], b"a.html");
    }

    #[test]
    fn the_site_file_names_every_key_only_in_comments() {
        let site = include_str!("../../src/site.rs");
        let keys = site.split("pub const KEYS").nth(1).and_then(|s| s.split_once('=')?.1.split(']').next()).unwrap();
        let keys: Vec<&str> = keys.split('"').skip(1).step_by(2).collect();
        assert_eq!(keys.len(), 6);
        for key in keys {
            assert!(super::SITE_FILE.contains(&format!("\n# {key} = ")), "{key}");
        }
        assert!(super::SITE_FILE.lines().all(|line| line.is_empty() || line.starts_with('#')));
    }
}
