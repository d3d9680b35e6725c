//! The project's one entry point for machines and people: `cargo xtask <command>`.
//!
//! - `setup`: installs what is missing (see `setup.rs`); the other commands run it first.
//! - `build`: the release site in `dist/`, with wasm-opt, and the size of every file.
//! - `serve`: `build`, then serves `dist/` at http://127.0.0.1:8080; with `--dir DIR`, serves
//!   that folder as it is (`--port 0` for a free port, `--log` for the end-to-end tests: see
//!   `serve.rs`).
//! - `package`: `build`, then `target/huquq-site.zip` for NGOs to host (see `package.rs`).
//! - `licences`: the licence check of `test` alone (see `licences.rs`).
//! - `bench`: the engine's speed per answer, natively and in headless Chromium; in the page,
//!   the waits a person has on a slow phone (see `bench`).
//! - `test`: every test: formatting and lints, native unit and integration tests, the rules'
//!   check (with the plain-words report and stale translations), scenarios (with their
//!   coverage) and audit, the licences of what is shipped, browser tests in headless Chromium, end-to-end tests of the site.

mod first_screen;
mod fs;
mod imports;
mod licences;
mod next_version;
mod package;
mod scale;
mod serve;
mod setup;
mod site;
mod size;

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

/// A failure, said in one sentence.
#[derive(Debug)]
pub struct Fail(String);

impl From<&str> for Fail {
    fn from(text: &str) -> Fail {
        Fail(text.to_string())
    }
}

fn main() -> ExitCode {
    // Where the project is now (cargo says so when it runs this), not where it was built.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into());
    let root = Path::new(&manifest).parent().expect("xtask/ is in the project").to_path_buf();
    let command = std::env::args().nth(1).unwrap_or_default();
    let done = match command.as_str() {
        "setup" => setup::setup(&root).map(drop),
        "build" => setup::setup(&root).and_then(|tools| site::build(&tools)),
        // For tests/e2e/versions.test.mjs by hand: HUQUQ_DIST_NEXT=target/dist-next.
        "next-version" => setup::setup(&root).and_then(|tools| next_version::build(&tools)),
        "serve" => serve::Options::parse(std::env::args().skip(2)).and_then(|options| match &options.dir {
            Some(dir) => serve::serve(dir, &options),
            None => setup::setup(&root)
                .and_then(|tools| site::build(&tools))
                .and_then(|()| serve::serve(&root.join("dist"), &options)),
        }),
        "package" => {
            setup::setup(&root).and_then(|tools| site::build(&tools)).and_then(|()| package::package(&root).map(drop))
        }
        "test" => setup::setup(&root).and_then(|tools| test(&tools)),
        "bench" => setup::setup(&root).and_then(|tools| bench(&tools)),
        "licences" => licences::check(cargo_in(&root)),
        _ => Err(Fail(format!(
            "usage: cargo xtask setup|build|serve|package|test|bench|licences|next-version (got `{command}`)"
        ))),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(message)) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn cargo_in(root: &Path) -> Command {
    let mut command = Command::new("cargo");
    command.current_dir(root);
    command
}

fn test(tools: &setup::Tools) -> Result<(), Fail> {
    let cargo = |args: &[&str]| {
        let mut command = Command::new("cargo");
        command.args(args).current_dir(&tools.root);
        command
    };
    let mut browser = in_browser(tools, &["test", "-p", "huquq", "--test", "browser"]);
    let texts = tools.root.join("target/e2e-texts");
    let mut e2e = Command::new("node");
    e2e.args(["--test", "--test-timeout=240000", "tests/e2e/"])
        .current_dir(&tools.root)
        .env("HUQUQ_DIST", tools.root.join("dist"))
        .env("HUQUQ_PACKAGE", tools.root.join("target/huquq-site.zip"))
        .env("HUQUQ_TEXTS", &texts)
        .env("HUQUQ_DIST_NEXT", tools.root.join("target/dist-next"))
        .env("CHROMIUM", &tools.chromium);
    // The tests serve the site with this very program (`serve --log`).
    if let Ok(xtask) = std::env::current_exe() {
        e2e.env("HUQUQ_XTASK", xtask);
    }
    let mut timings = Vec::new();
    let mut step = |name: &str, work: &mut dyn FnMut() -> Result<(), Fail>| {
        say(&format!("== {name}"));
        let started = Instant::now();
        work().map_err(|Fail(why)| Fail(format!("{name} failed: {why}")))?;
        timings.push(format!("{name}: ok ({:.0} s)", started.elapsed().as_secs_f64()));
        Ok::<(), Fail>(())
    };
    step("formatting", &mut || run(&mut cargo(&["fmt", "--all", "--check"])))?;
    step("lints", &mut || {
        run(&mut cargo(&["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]))?;
        // The first module (src/handover.rs) is built without the feature `full`.
        let first_module = ["clippy", "-p", "huquq", "--no-default-features", "--all-targets", "--quiet"];
        run(&mut cargo(&[&first_module[..], &["--", "-D", "warnings"]].concat()))
    })?;
    step("native unit and integration tests", &mut || run(&mut cargo(&["test", "--workspace", "--quiet"])))?;
    // The plain-words report prints, per language, the texts over the limits of
    // rules/plain-words.toml; `--deny-warnings` fails on any, and on a stale translation.
    step("rules check, plain words and translations", &mut || {
        run(&mut cargo(&["run", "--quiet", "-p", "huquq-rules", "--", "check", "--deny-warnings", "--plain-report"]))
    })?;
    let mut figures = Vec::new();
    step("rules scenarios and what they leave unpinned", &mut || {
        let test = ["run", "--quiet", "-p", "huquq-rules", "--", "test", "--coverage"];
        figures.extend(run_for_figures(&mut cargo(&test), &["scenarios:", "coverage:"])?);
        Ok(())
    })?;
    step("every interview walked (the audit)", &mut || {
        let audit = ["run", "--quiet", "-p", "huquq-rules", "--", "audit"];
        figures.extend(run_for_figures(&mut cargo(&audit), &["audit:"])?);
        Ok(())
    })?;
    step("table of rights in docs/rights.md", &mut || {
        run(&mut cargo(&["run", "--quiet", "-p", "huquq-rules", "--", "table", "--check", "docs/rights.md"]))
    })?;
    step("list of diagnostic codes in rules/README.md", &mut || {
        run(&mut cargo(&["run", "--quiet", "-p", "huquq-rules", "--", "codes", "--check", "rules/README.md"]))
    })?;
    // As of the day the rules say they were reviewed, so the answer is the same on any day:
    // authors clear what is due whenever they move that date.
    step("evidence review as of [meta] reviewed", &mut || {
        let day = reviewed(&tools.root)?;
        run(&mut cargo(&["run", "--quiet", "-p", "huquq-rules", "--", "review", "--date", &day]))
    })?;
    // Every city of [meta] coverage_cities has, for each need, a sourced local contact or a
    // record of where one was looked for.
    step("local contacts, city by city and need by need", &mut || {
        run(&mut cargo(&["run", "--quiet", "-p", "huquq-rules", "--", "offices", "--coverage"]))
    })?;
    step("licences of the crates compiled into the guide and the tool", &mut || licences::check(cargo(&[])))?;
    step("browser tests (wasm-bindgen-test, headless Chromium)", &mut || run(&mut browser))?;
    // Built first: it goes through dist/ and is moved to target/dist-next.
    step("the site one rules version later, for links saved today", &mut || next_version::build(tools))?;
    step("release site", &mut || site::build(tools))?;
    step("the package for NGOs", &mut || package::package(&tools.root).map(drop))?;
    step("the texts the end-to-end tests expect, as the app shows them", &mut || write_texts(&tools.root, &texts))?;
    step("end-to-end tests (Chromium; Firefox ESR and WebKitGTK in engines.test.mjs)", &mut || run(&mut e2e))?;
    step("a fourth language leaves the others' first load as it is", &mut || scale::fourth_language(tools))?;
    say("== summary");
    for line in timings.iter().chain(&figures) {
        say(line);
    }
    Ok(())
}

/// Every language's texts as the app shows them (`huquq-rules texts`), one JSON file per
/// language in `out`, for `tests/e2e/support.mjs`.
fn write_texts(root: &Path, out: &Path) -> Result<(), Fail> {
    fs::create_dir_all(out)?;
    let locales = std::fs::read_dir(root.join("locales")).map_err(|e| Fail(format!("cannot read locales/: {e}")))?;
    let mut languages: Vec<String> =
        locales.flatten().filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    languages.sort();
    for language in &languages {
        let mut texts = cargo_in(root);
        texts.args(["run", "--quiet", "-p", "huquq-rules", "--", "texts", "--lang", language]);
        let output = texts.output().map_err(|e| Fail(format!("cannot run cargo: {e}")))?;
        if !output.status.success() {
            let errors = String::from_utf8_lossy(&output.stderr);
            return Err(Fail(format!("huquq-rules texts --lang {language}: {errors}")));
        }
        fs::write(out.join(format!("{language}.json")), &output.stdout)?;
    }
    say(&format!("texts of {} in {}", languages.join(", "), out.display()));
    Ok(())
}

/// Evaluation, explanation and next question per answer, on the real rules and on a set
/// 100 times larger, natively and in headless Chromium; the time until the welcome shows on
/// a slow phone and network; how far the results make a person read before a first thing to
/// do; the welcome in each engine on a slow shared link; a tap to the next question and the
/// last tap to the results at 4x CPU slowdown, and the first paint against the WebAssembly;
/// the first load with a catalogue ten times larger. Prints the figures.
fn bench(tools: &setup::Tools) -> Result<(), Fail> {
    say("== native");
    run(Command::new("cargo").args(["bench", "-p", "huquq-engine", "--bench", "evaluate"]).current_dir(&tools.root))?;
    say("== headless Chromium");
    run(&mut in_browser(
        tools,
        &["test", "--release", "-p", "huquq-engine", "--test", "browser_bench", "--", "--nocapture"],
    ))?;
    say("== ready on a slow phone (4x CPU slowdown, fast 3G)");
    site::build(tools)?;
    run(Command::new("node")
        .args(["tests/bench/ready.mjs"])
        .current_dir(&tools.root)
        .env("HUQUQ_DIST", tools.root.join("dist"))
        .env("CHROMIUM", &tools.chromium))?;
    say("== the welcome in Chromium, Firefox ESR and WebKitGTK on a slow shared link");
    let mut engines = Command::new("node");
    engines
        .args(["tests/bench/engines.mjs"])
        .current_dir(&tools.root)
        .env("HUQUQ_DIST", tools.root.join("dist"))
        .env("CHROMIUM", &tools.chromium);
    if let Ok(xtask) = std::env::current_exe() {
        engines.env("HUQUQ_XTASK", xtask);
    }
    run(&mut engines)?;
    say("== the results on a 360 x 740 phone, for the people of tests/e2e/personas.mjs");
    run(Command::new("node")
        .args(["tests/bench/results.mjs"])
        .current_dir(&tools.root)
        .env("HUQUQ_DIST", tools.root.join("dist"))
        .env("CHROMIUM", &tools.chromium))?;
    say("== taps on a slow phone (4x CPU slowdown): to the next question, to the results; the first paint");
    run(Command::new("node")
        .args(["tests/bench/taps.mjs"])
        .current_dir(&tools.root)
        .env("HUQUQ_DIST", tools.root.join("dist"))
        .env("CHROMIUM", &tools.chromium))?;
    say("== a catalogue ten times larger");
    scale::ten_times(tools)
}

/// `reviewed` of the rules' `[meta]` table (a line `reviewed = YYYY-MM-DD` in a rules file).
fn reviewed(root: &Path) -> Result<String, Fail> {
    for file in fs::read_dir(root.join("rules"))? {
        if file.extension().is_some_and(|e| e == "toml") {
            let text = fs::read_to_string(&file)?;
            let day = text.lines().find_map(|l| l.strip_prefix("reviewed = ")).map(|d| d.trim().to_string());
            if let Some(day) = day {
                return Ok(day);
            }
        }
    }
    Err(Fail::from("no rules file says `reviewed = YYYY-MM-DD`"))
}

/// `cargo <args>` for wasm32, run by wasm-bindgen-test-runner in headless Chromium.
fn in_browser(tools: &setup::Tools, args: &[&str]) -> Command {
    let mut command = tools.command("cargo");
    command
        .args([args[0], "--target", "wasm32-unknown-unknown"])
        .args(&args[1..])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", &tools.chromedriver)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "300");
    command
}

/// Runs a command, showing its output as it goes.
pub fn run(command: &mut Command) -> Result<(), Fail> {
    let status = command.status().map_err(|e| Fail(format!("cannot run {:?}: {e}", command.get_program())))?;
    if status.success() {
        Ok(())
    } else {
        Err(Fail(format!(
            "{:?} {:?} exited with {status}",
            command.get_program(),
            command.get_args().collect::<Vec<_>>()
        )))
    }
}

/// Runs a command, shows its output when it ends, and returns its lines that start with one
/// of `prefixes` (the figures the summary repeats).
fn run_for_figures(command: &mut Command, prefixes: &[&str]) -> Result<Vec<String>, Fail> {
    let output = command.output().map_err(|e| Fail(format!("cannot run {:?}: {e}", command.get_program())))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    if !output.status.success() {
        let args: Vec<_> = command.get_args().collect();
        return Err(Fail(format!("{:?} {args:?} exited with {}", command.get_program(), output.status)));
    }
    Ok(stdout.lines().filter(|line| prefixes.iter().any(|p| line.starts_with(p))).map(String::from).collect())
}

pub fn say(line: &str) {
    eprintln!("{line}");
}
