//! `huquq-rules`, the rule authors' tool: checks `rules/` and `locales/`, runs the scenario
//! tests (and says what they leave unpinned), walks every interview, evaluates a person's
//! answers, runs an interview in the terminal, writes the table of rights (`docs/rights.md`)
//! and the list of diagnostic codes (`rules/README.md`), and stamps translations with the French text they were made
//! from. It reads files, prints, and writes only the files it is told to (`--write`,
//! `--stamp`); it never sends anything.

mod audit;
mod codes;
mod coverage;
mod generated;
mod interview;
mod json;
mod table;
mod translations;

use huquq_engine::audit::Claims;
use huquq_engine::check::{self, FileKind, Input, render};
use huquq_engine::scenario;
use huquq_engine::{Answers, Date, RawAnswer, RuleSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: huquq-rules [--root DIR] COMMAND [OPTIONS]

commands:
  check [--deny-warnings] [--plain-report]
                                 check rules/ and locales/; exit 1 on errors; with
                                 --plain-report, per language the texts over the limits
                                 of rules/plain-words.toml
  test [--verbose] [--coverage]  run the scenarios in rules/tests/; with --coverage, what
                                 they leave unpinned, right by right
  audit [--verbose]              walk every interview: how many, how long, how each right ends
  eval --answers FILE [--date YYYY-MM-DD] [--format text|json]
                                 every right's status for these answers (TOML or JSON file)
  interview [--lang fr|ar|en] [--date YYYY-MM-DD]
                                 ask the questions here and print the results
  table [--write FILE | --check FILE]
                                 the markdown table of rights and sources (docs/rights.md)
  codes [--write FILE | --check FILE]
                                 the markdown list of the checker's diagnostic codes (rules/README.md)
  translations [--lang ar|en] [--stamp ID... | --stamp --all]
                                 the translations made from an older French text; --stamp
                                 records that these are now translated from the French text

--root defaults to the nearest directory above this one holding rules/ and locales/.";

/// The options each command takes (`--root` goes with any); another is refused with exit 2,
/// never silently ignored.
const TAKES: [(&str, &[&str]); 8] = [
    ("check", &["--deny-warnings", "--plain-report", "--date"]),
    ("test", &["--verbose", "--coverage", "--date"]),
    ("audit", &["--verbose", "--date"]),
    ("eval", &["--answers", "--date", "--format"]),
    ("interview", &["--lang", "--date"]),
    ("table", &["--write", "--check"]),
    ("codes", &["--write", "--check"]),
    ("translations", &["--lang", "--stamp", "--all"]),
];

/// Why `command` cannot take `option`, with the commands that do.
fn refused_option(command: &str, option: &str) -> Option<String> {
    let takes = TAKES.iter().find(|(name, _)| *name == command)?.1;
    if takes.contains(&option) {
        return None;
    }
    let others: Vec<&str> = TAKES.iter().filter(|(_, o)| o.contains(&option)).map(|(name, _)| *name).collect();
    let hint = match others.as_slice() {
        [] => String::new(),
        names => format!("; it is an option of `{}`", names.join("`, `")),
    };
    Some(format!("`{command}` does not take `{option}`{hint} (see `huquq-rules {command} --help`)"))
}

/// The lines of the usage about `command`.
fn command_usage(command: &str) -> Option<String> {
    let lines: Vec<&str> = USAGE.lines().collect();
    let start = lines.iter().position(|line| line.starts_with(&format!("  {command} ")))?;
    let end = lines[start + 1..]
        .iter()
        .position(|line| !line.starts_with("    ") || line.trim().is_empty())
        .map_or(lines.len(), |n| start + 1 + n);
    Some(format!("usage: huquq-rules [--root DIR] {}", lines[start..end].join("\n").trim_start()))
}

struct Options {
    root: PathBuf,
    date: Date,
    answers: Option<PathBuf>,
    json: bool,
    /// `--lang`: the interview's language (French if not given), or the translations to stamp.
    language: Option<String>,
    verbose: bool,
    coverage: bool,
    deny_warnings: bool,
    plain_report: bool,
    stamp: bool,
    all: bool,
    /// Words after the command: the messages `translations --stamp` stamps.
    ids: Vec<String>,
    write: Option<PathBuf>,
    check: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let mut command = None;
    let mut options = Options {
        root: PathBuf::new(),
        date: today(),
        answers: None,
        json: false,
        language: None,
        verbose: false,
        coverage: false,
        deny_warnings: false,
        plain_report: false,
        stamp: false,
        all: false,
        ids: Vec::new(),
        write: None,
        check: None,
    };
    let mut root = None;
    let mut given = Vec::new();
    let mut help = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg.starts_with("--") && arg != "--root" && arg != "--help" {
            given.push(arg.clone());
        }
        let mut value = |name: &str| args.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--root" => root = Some(PathBuf::from(value("--root")?)),
            "--date" => {
                let text = value("--date")?;
                options.date =
                    Date::parse(&text).ok_or_else(|| format!("`{text}` is not a date written YYYY-MM-DD"))?;
            }
            "--answers" => options.answers = Some(PathBuf::from(value("--answers")?)),
            "--format" => {
                options.json = match value("--format")?.as_str() {
                    "json" => true,
                    "text" => false,
                    other => return Err(format!("unknown format `{other}`: use text or json")),
                }
            }
            "--lang" => options.language = Some(value("--lang")?),
            "--write" => options.write = Some(PathBuf::from(value("--write")?)),
            "--check" => options.check = Some(PathBuf::from(value("--check")?)),
            "--verbose" => options.verbose = true,
            "--coverage" => options.coverage = true,
            "--deny-warnings" => options.deny_warnings = true,
            "--plain-report" => options.plain_report = true,
            "--stamp" => options.stamp = true,
            "--all" => options.all = true,
            "-h" | "--help" => help = true,
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            word if command.is_none() => command = Some(word.to_string()),
            word if command.as_deref() == Some("translations") => options.ids.push(word.to_string()),
            word => return Err(format!("unexpected argument `{word}`")),
        }
    }
    if help {
        println!("{}", command.as_deref().and_then(command_usage).unwrap_or_else(|| USAGE.to_string()));
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(why) = command.as_deref().and_then(|c| given.iter().find_map(|o| refused_option(c, o))) {
        return Err(why);
    }
    options.root = match root {
        Some(root) => root,
        None => find_root()?,
    };
    match command.as_deref() {
        Some("check") => check_command(&options),
        Some("test") => test_command(&options),
        Some("eval") => eval_command(&options),
        Some("audit") => {
            let (rules, claims) = load_with_claims(&options)?;
            Ok(audit::run(&rules, &claims, options.date, options.verbose))
        }
        Some("interview") => {
            let language = options.language.as_deref().unwrap_or("fr");
            let input = read_input(&options)?;
            interview::run(&input, &checked(&input)?.0, language, options.date)
        }
        Some("table") => table::generated(&load(&options)?).run(options.write.as_deref(), options.check.as_deref()),
        Some("codes") => codes::generated().run(options.write.as_deref(), options.check.as_deref()),
        Some("translations") => translations::run(&read_input(&options)?, &options),
        Some(other) => Err(format!("unknown command `{other}`")),
        None => Err("no command given".to_string()),
    }
}

/// Today in UTC from the system clock: the engine reads no clock, so the tool gives it the day.
fn today() -> Date {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_unix_seconds(seconds)
}

fn find_root() -> Result<PathBuf, String> {
    let start = std::env::current_dir().map_err(|e| e.to_string())?;
    start
        .ancestors()
        .find(|dir| dir.join("rules").is_dir() && dir.join("locales").is_dir())
        .map(Path::to_path_buf)
        .ok_or_else(|| "no rules/ and locales/ here or above; give --root".to_string())
}

fn read_input(options: &Options) -> Result<Input, String> {
    Input::read(&options.root, options.date).map_err(|e| format!("cannot read {}: {e}", options.root.display()))
}

/// The checked rules, or the checker's errors as the message.
fn load(options: &Options) -> Result<RuleSet, String> {
    load_with_claims(options).map(|(rules, _)| rules)
}

/// The checked rules and what they claim about their interviews.
fn load_with_claims(options: &Options) -> Result<(RuleSet, Claims), String> {
    checked(&read_input(options)?)
}

/// The rules of `input` once checked, with their claims, or the checker's errors.
fn checked(input: &Input) -> Result<(RuleSet, Claims), String> {
    let report = check::check(input);
    match report.rules {
        Some(rules) => Ok((rules, report.claims)),
        None => {
            let errors: Vec<_> = report.diagnostics.into_iter().filter(|d| d.is_error()).collect();
            Err(format!("the rules have errors; run `huquq-rules check`\n{}", render(input, &errors)))
        }
    }
}

fn check_command(options: &Options) -> Result<ExitCode, String> {
    let input = read_input(options)?;
    let report = check::check(&input);
    eprint!("{}", render(&input, &report.diagnostics));
    let count = |kind: fn(&FileKind) -> bool| input.files.iter().filter(|f| kind(&f.kind)).count();
    let rules = report.rules.as_ref();
    eprintln!(
        "checked {} rules files and {} locale files ({}): {} questions, {} rights, {} offices, {} sources; {} errors, {} warnings",
        count(|k| *k == FileKind::Rules),
        count(|k| matches!(k, FileKind::Locale { .. })),
        input.languages().join(", "),
        rules.map_or(0, |r| r.questions.len()),
        rules.map_or(0, |r| r.rights.len()),
        rules.map_or(0, |r| r.offices.len()),
        rules.map_or(0, |r| r.sources.len()),
        report.errors(),
        report.warnings(),
    );
    if options.plain_report {
        eprint!("{}", plain_report(&input));
    }
    let failed = report.errors() > 0 || (options.deny_warnings && report.warnings() > 0);
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Per language, how many texts of the rules are over the limits of `rules/plain-words.toml`.
fn plain_report(input: &Input) -> String {
    let tallies = check::plain_report(input);
    if tallies.is_empty() {
        return format!("plain words: no rules/{} (or it has errors): nothing measured\n", check::PLAIN_WORDS_FILE);
    }
    let mut out = format!("plain words (limits in rules/{}):\n", check::PLAIN_WORDS_FILE);
    for tally in tallies {
        out += &match tally.limits {
            Some((sentence, summary)) => format!(
                "  {}: {} of {} texts over the limits (at most {sentence} words a sentence, {summary} a summary)\n",
                tally.language, tally.over, tally.texts
            ),
            None => format!("  {}: no limits given, not measured\n", tally.language),
        };
    }
    out
}

fn test_command(options: &Options) -> Result<ExitCode, String> {
    let (rules, claims) = load_with_claims(options)?;
    let input = read_input(options)?;
    let (mut passed, mut failed) = (0, 0);
    let mut lengths = Vec::new();
    let mut loaded = Vec::new();
    for (file, source) in input.files.iter().enumerate().filter(|(_, f)| f.kind == FileKind::Scenario) {
        let scenario = match scenario::load(&input, file, &rules) {
            Ok(scenario) => scenario,
            Err(errors) => {
                failed += 1;
                println!("FAIL {}: the scenario cannot be read", source.path);
                print!("{}", render(&input, &errors));
                continue;
            }
        };
        let run = scenario::run(&rules, &scenario);
        lengths.push(run.asked.len());
        if run.differences.is_empty() {
            passed += 1;
            println!("ok   {} ({} questions)", scenario.name, run.asked.len());
        } else {
            failed += 1;
            println!("FAIL {} ({})", scenario.name, source.path);
            for difference in &run.differences {
                println!("       {difference}");
            }
        }
        if options.verbose {
            let asked: Vec<&str> = run.asked.iter().map(|&q| rules.question(q).id.as_str()).collect();
            println!("       asked: {}", asked.join(", "));
        }
        loaded.push(scenario);
    }
    let average = if lengths.is_empty() { 0.0 } else { lengths.iter().sum::<usize>() as f64 / lengths.len() as f64 };
    println!(
        "scenarios: {passed} passed, {failed} failed; questions asked: average {average:.1}, maximum {}",
        lengths.iter().max().unwrap_or(&0)
    );
    if options.coverage {
        coverage::print(&rules, &claims, &loaded, options.date);
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn eval_command(options: &Options) -> Result<ExitCode, String> {
    let rules = load(options)?;
    let path = options.answers.as_ref().ok_or("eval needs --answers FILE")?;
    let answers = read_answers(&rules, path)?;
    let evaluation = huquq_engine::run(&rules, &answers, options.date);
    if options.json {
        let output = json::Output::new(&rules, &answers, &evaluation, options.date);
        println!("{}", serde_json::to_string_pretty(&output).map_err(|e| e.to_string())?);
    } else {
        println!("As of {} (rules reviewed {})", options.date, rules.reviewed);
        for outcome in &evaluation.outcomes {
            let right = rules.right(outcome.right);
            println!("{:<13} {} — {}", outcome.status.name(), right.id, scenario::explain(&rules, &answers, outcome));
            for change in &outcome.would_change {
                let values: Vec<String> = change
                    .values
                    .iter()
                    .map(|v| huquq_engine::answers::display_value(&rules, change.question, v))
                    .collect();
                println!(
                    "{:<13}   would apply if {} were {}",
                    "",
                    rules.question(change.question).id,
                    values.join(" or ")
                );
            }
        }
        match evaluation.next {
            Some(q) => println!("next question: {} (at most {} more)", rules.question(q).id, evaluation.remaining),
            None => println!("no question can change a result: the interview is over"),
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Answers from a TOML or JSON file mapping question ids to answers.
fn read_answers(rules: &RuleSet, path: &Path) -> Result<Answers, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let pairs: Vec<(String, Option<RawAnswer>)> = if path.extension().is_some_and(|e| e == "json") {
        let map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        map.into_iter().map(|(k, v)| (k, json::raw_answer(&v))).collect()
    } else {
        let table: toml::Table = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        table.into_iter().map(|(k, v)| (k, scenario::raw_answer(&v))).collect()
    };
    let mut answers = Answers::new(rules);
    let mut errors = Vec::new();
    for (name, raw) in pairs {
        let result = match raw {
            Some(raw) => answers.set_raw(rules, &name, raw).map_err(|e| e.to_string()),
            None => Err(format!("`{name}`: not an answer (true, false, a number, a text or a list of texts)")),
        };
        errors.extend(result.err());
    }
    if errors.is_empty() { Ok(answers) } else { Err(format!("{}: {}", path.display(), errors.join("; "))) }
}
