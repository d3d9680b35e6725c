//! Brings a machine to a working state, installing only what is missing, and only from the
//! package registries (crates.io, npm, Debian). Each step says what it does: some take minutes.

use crate::{Fail, fs, run, say};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const TRUNK: &str = "0.21.14";

/// How this machine builds for the browser.
#[derive(Clone)]
pub enum Wasm {
    /// A rustup toolchain with the prebuilt wasm32 standard library.
    Rustup,
    /// Debian's Rust (`rustc-web`), which builds the standard library from its sources.
    Debian,
}

#[derive(Clone)]
pub struct Tools {
    pub root: PathBuf,
    pub wasm: Wasm,
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
    /// Another tree of rules and locales the app is built from (`HUQUQ_SOURCE_ROOT`, read by
    /// build.rs), for the size checks and the next rules version; `None`: this project's.
    pub source_root: Option<PathBuf>,
}

impl Tools {
    /// A command that builds for wasm32 with this machine's toolchain, with trunk,
    /// wasm-bindgen and wasm-opt on its PATH.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        let mut path = vec![self.root.join("node_modules/.bin"), cargo_bin()];
        if let Wasm::Debian = self.wasm {
            path.insert(0, PathBuf::from("/usr/bin"));
            // Variables set by rustup or an outer cargo would point back at rustup's toolchain.
            for name in ["CARGO", "RUSTC", "RUSTDOC", "RUSTUP_TOOLCHAIN", "RUSTC_WRAPPER"] {
                command.env_remove(name);
            }
            command
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", "wasm-ld-19");
        }
        path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        command.env("PATH", std::env::join_paths(path).expect("PATH entries have no separator"));
        if let Some(tree) = &self.source_root {
            command.env("HUQUQ_SOURCE_ROOT", tree);
        }
        command.current_dir(&self.root);
        command
    }
}

pub fn setup(root: &Path) -> Result<Tools, Fail> {
    let started = std::time::Instant::now();
    let wasm = wasm_toolchain()?;
    let (chromium, chromedriver) = browser()?;
    other_engines()?;
    cargo_tool("trunk", TRUNK, &["install", "--locked", &format!("trunk@{TRUNK}")], "about 9 minutes on 2 cores")?;
    let bindgen = locked_version(root, "wasm-bindgen")?;
    // `--locked` fails: one of its locked dependencies is missing from the registry.
    cargo_tool("wasm-bindgen", &bindgen, &["install", &format!("wasm-bindgen-cli@{bindgen}")], "about 3 minutes")?;
    npm_packages(root)?;
    say(&format!("setup: ready ({:.0} s)", started.elapsed().as_secs_f64()));
    Ok(Tools { root: root.to_path_buf(), wasm, chromium, chromedriver, source_root: None })
}

/// Prefers rustup's prebuilt wasm32 std; falls back to Debian's Rust with std sources.
fn wasm_toolchain() -> Result<Wasm, Fail> {
    if std::env::var("HUQUQ_WASM").as_deref() != Ok("debian") {
        if has_prebuilt_wasm_std() {
            return Ok(Wasm::Rustup);
        }
        if which("rustup").is_some() {
            say("setup: rustup target add wasm32-unknown-unknown");
            let added = Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]).status();
            if added.is_ok_and(|s| s.success()) && has_prebuilt_wasm_std() {
                return Ok(Wasm::Rustup);
            }
            say("setup: rustup could not add the wasm32 target; using Debian's Rust instead");
        }
    }
    let ready = Path::new("/usr/bin/rustc").exists()
        && Path::new("/usr/lib/rustlib/src/rust/library").is_dir()
        && which("wasm-ld-19").is_some();
    if !ready {
        apt(
            &["rustc-web", "cargo-web", "rust-web-src", "lld-19"],
            "Debian's Rust with std sources and wasm-ld (about 1 minute)",
        )?;
    }
    Ok(Wasm::Debian)
}

fn has_prebuilt_wasm_std() -> bool {
    let sysroot = Command::new("rustc").args(["--print", "sysroot"]).output();
    sysroot.is_ok_and(|out| {
        let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
        Path::new(&sysroot).join("lib/rustlib/wasm32-unknown-unknown/lib").is_dir()
    })
}

/// Chromium and its WebDriver: `CHROMIUM`/`CHROMEDRIVER` if set, else on PATH, else from apt.
fn browser() -> Result<(PathBuf, PathBuf), Fail> {
    let find = |variable: &str, names: &[&str]| {
        std::env::var_os(variable).map(PathBuf::from).or_else(|| names.iter().find_map(|n| which(n)))
    };
    let chromium_names = ["chromium", "chromium-browser", "google-chrome"];
    if let (Some(chromium), Some(driver)) = (find("CHROMIUM", &chromium_names), find("CHROMEDRIVER", &["chromedriver"]))
    {
        return Ok((chromium, driver));
    }
    apt(&["chromium", "chromium-driver"], "Chromium and chromedriver for the browser tests (about 1 minute)")?;
    match (find("CHROMIUM", &chromium_names), find("CHROMEDRIVER", &["chromedriver"])) {
        (Some(chromium), Some(driver)) => Ok((chromium, driver)),
        _ => Err(Fail::from("Chromium or chromedriver is still missing after installing them")),
    }
}

/// Firefox ESR, WebKitGTK's WebDriver (and its MiniBrowser) and Xvfb for the end-to-end tests
/// in every engine (`tests/e2e/engines.mjs`).
fn other_engines() -> Result<(), Fail> {
    if ["firefox-esr", "WebKitWebDriver", "Xvfb"].iter().all(|name| which(name).is_some()) {
        return Ok(());
    }
    apt(
        &["firefox-esr", "webkit2gtk-driver", "xvfb"],
        "Firefox ESR, WebKitGTK's WebDriver and Xvfb for the end-to-end tests (about 2 minutes)",
    )
}

fn apt(packages: &[&str], what: &str) -> Result<(), Fail> {
    if which("apt-get").is_none() {
        return Err(Fail(format!(
            "missing: {what}. This is not a Debian machine: install the equivalent of {} with your package manager",
            packages.join(" ")
        )));
    }
    say(&format!("setup: installing {what}: apt-get install {}", packages.join(" ")));
    let sudo = |args: &[&str]| {
        let is_root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0"));
        let mut command = Command::new(if is_root { "apt-get" } else { "sudo" });
        if !is_root {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    run(&mut sudo(&["update", "-qq"]))?;
    run(&mut sudo(&[&["install", "-y", "-qq"][..], packages].concat()))
}

/// Installs a tool with `cargo install` unless `<name> --version` already says `version`.
fn cargo_tool(name: &str, version: &str, install: &[&str], how_long: &str) -> Result<(), Fail> {
    let installed = which(name).map(|tool| Command::new(tool).arg("--version").output());
    if let Some(Ok(installed)) = installed
        && String::from_utf8_lossy(&installed.stdout).split_whitespace().any(|w| w == version)
    {
        return Ok(());
    }
    say(&format!("setup: cargo {} ({how_long})", install.join(" ")));
    // rustup's cargo, never Debian's: the tools must build with the stable toolchain.
    run(Command::new("cargo").args(install))
}

/// The version of `package` in Cargo.lock, so the CLI always matches the library.
fn locked_version(root: &Path, package: &str) -> Result<String, Fail> {
    let lock = fs::read_to_string(root.join("Cargo.lock"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"")
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_string());
        }
    }
    Err(Fail(format!("{package} is not in Cargo.lock")))
}

/// wasm-opt (binaryen), esbuild, playwright-core, puppeteer-core, axe-core, and jsqr and
/// pngjs (the QR code's test), exactly as package-lock.json says.
fn npm_packages(root: &Path) -> Result<(), Fail> {
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let fresh = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if fresh(&installed).is_some() && fresh(&installed) >= fresh(&lock) {
        return Ok(());
    }
    if which("npm").is_none() {
        apt(&["nodejs", "npm"], "Node.js and npm for wasm-opt and the end-to-end tests")?;
    }
    say("setup: npm ci (wasm-opt, esbuild, playwright-core, puppeteer-core, axe-core, jsqr, pngjs; under a minute)");
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))
}

pub fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}

pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).chain([cargo_bin()]).map(|dir| dir.join(name)).find(|p| p.is_file())
}
