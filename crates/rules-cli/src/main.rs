//! `huquq-rules`, the rule authors' tool: checks `rules/` and `locales/`, runs the scenario
//! tests (and says what they leave unpinned), walks every interview, evaluates a person's
//! answers, runs an interview in the terminal, writes the table of rights (`docs/rights.md`)
//! and the list of diagnostic codes (`rules/README.md`), prints where offices are and what for
//! (the city × need table of local contacts), stamps translations with the French
//! text they were made from, prints a language's texts as the app shows them (for the
//! end-to-end tests), and writes every right's static page (`pages`). It reads files, prints, and writes only the files it is told to (`--write`,
//! `--stamp`); it never sends anything.

mod args;
mod audit;
mod codes;
mod coverage;
mod generated;
mod interview;
mod json;
mod offices;
mod pages;
mod table;
mod texts;
mod translations;

use args::{Args, Command};
use huquq_engine::audit::Claims;
use huquq_engine::check::{self, FileKind, Input, render};
use huquq_engine::scenario;
use huquq_engine::{Answers, Date, RawAnswer, RuleSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match args::parse(std::env::args_os().skip(1), today()) {
        Ok(args) => args,
        Err(mistake) => {
            eprintln!("error: {}\n\n{}", mistake.message, args::usage(mistake.command));
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Args) -> Result<ExitCode, String> {
    let root = || args.root.clone().map_or_else(find_root, Ok);
    match args.command {
        Command::Help(command) => {
            println!("{}", args::usage(command));
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(options) => check_command(&root()?, &options),
        Command::Test(options) => test_command(&root()?, &options),
        Command::Eval(options) => eval_command(&root()?, &options),
        Command::Audit(options) => {
            let (rules, claims) = checked(&read_input(&root()?, options.date)?)?;
            Ok(audit::run(&rules, &claims, options.date, options.verbose))
        }
        Command::Interview(options) => {
            let input = read_input(&root()?, options.date)?;
            interview::run(&input, &checked(&input)?.0, &options.language, options.date)
        }
        Command::Table(target) => {
            let rules = checked(&read_input(&root()?, today())?)?.0;
            table::generated(&rules).run(target.write.as_deref(), target.check.as_deref())
        }
        Command::Codes(target) => codes::generated().run(target.write.as_deref(), target.check.as_deref()),
        Command::Offices(coverage) => offices::run(&read_input(&root()?, today())?, coverage),
        Command::Review(options) => review_command(&root()?, options.date),
        Command::Translations(options) => {
            let root = root()?;
            translations::run(&read_input(&root, today())?, &root, &options)
        }
        Command::Texts(language) => texts::print(&read_input(&root()?, today())?, &language),
        Command::Pages(out) => {
            let input = read_input(&root()?, today())?;
            pages::write(&input, &checked(&input)?.0, &out)
        }
    }
}

/// What is due for review on `date`, oldest evidence first; exit 1 if anything is.
fn review_command(root: &Path, date: Date) -> Result<ExitCode, String> {
    let input = read_input(root, date)?;
    match check::review(&input, date) {
        Err(errors) => {
            eprint!("{}", render(&input, &errors));
            Err("the rules have errors: fix them first (`huquq-rules check`)".to_string())
        }
        Ok(review) => {
            let due = &review.due;
            print!("{}", render(&input, due));
            let (programmes, steps, contacts) = (review.programmes, review.steps, review.contacts);
            let steps = if steps > 0 { format!(", {steps} steps of programmes") } else { String::new() };
            println!("review: {} due on {date} ({programmes} programmes{steps}, {contacts} contacts)", due.len());
            Ok(if due.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
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

fn read_input(root: &Path, date: Date) -> Result<Input, String> {
    Input::read(root, date).map_err(|e| format!("cannot read {}: {e}", root.display()))
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

fn check_command(root: &Path, options: &args::Check) -> Result<ExitCode, String> {
    let input = read_input(root, options.date)?;
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

fn test_command(root: &Path, options: &args::Test) -> Result<ExitCode, String> {
    let mut input = read_input(root, options.date)?;
    if !options.files.is_empty() {
        input.files.retain(|f| f.kind != FileKind::Scenario);
        for path in &options.files {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let path = path.display().to_string();
            input.files.push(check::File { path, text, kind: FileKind::Scenario, not_utf8_at: None });
        }
    }
    let (rules, claims) = checked(&input)?;
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

fn eval_command(root: &Path, options: &args::Eval) -> Result<ExitCode, String> {
    let input = read_input(root, options.date)?;
    let rules = checked(&input)?.0;
    let answers = read_answers(&rules, &options.answers)?;
    let evaluation = huquq_engine::run(&rules, &answers, options.date);
    if options.json {
        let french = texts::Texts::load(&input, "fr")?;
        let output = json::Output::new(&rules, &answers, &evaluation, options.date, &french);
        println!("{}", serde_json::to_string_pretty(&output).map_err(|e| e.to_string())?);
    } else {
        println!("As of {} (rules reviewed {})", options.date, rules.reviewed);
        let ordered = huquq_engine::policy::ordered(&rules, &evaluation.outcomes);
        for outcome in ordered.into_iter().map(|r| &evaluation.outcomes[r.index()]) {
            let right = rules.right(outcome.right);
            println!("{:<13} {} — {}", outcome.status.name(), right.id, scenario::explain(&rules, &answers, outcome));
            if outcome.evidence != huquq_engine::Evidence::Current {
                println!("{:<13}   aged evidence{}: check first", "", scenario::since(outcome.evidence));
            }
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
