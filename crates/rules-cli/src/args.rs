//! The command line of `huquq-rules`, read with lexopt into one set of options per command.
//! [`USAGE`] is the one list of commands and of the options each takes: help is cut from it,
//! and an option a command's usage does not list is refused. It reads no file and no clock.

use huquq_engine::Date;
use lexopt::Arg::{Long, Short, Value};
use lexopt::{Parser, ValueExt};
use std::ffi::OsString;
use std::path::PathBuf;

pub const USAGE: &str = "\
usage: huquq-rules [--root DIR] COMMAND [OPTIONS]
       huquq-rules [COMMAND] --help

commands:
  check [--deny-warnings] [--plain-report] [--date YYYY-MM-DD]
                                 check rules/ and locales/; exit 1 on errors; with
                                 --plain-report, per language the texts over the limits
                                 of rules/plain-words.toml
  test [--verbose] [--coverage] [--date YYYY-MM-DD] [FILE...]
                                 run the scenarios in rules/tests/ (or only these files, such
                                 as a case exported from the guide); with --coverage, what
                                 they leave unpinned, right by right
  audit [--verbose] [--date YYYY-MM-DD]
                                 walk every interview: how many, how long, how each right ends
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
  offices [--coverage]           every office with its city, needs and whether it has a
                                 sourced contact; with --coverage, the city × need table
                                 of [meta] coverage_cities; exit 1 if a cell has neither
                                 a sourced local contact nor a [[search]] record
  review [--date YYYY-MM-DD]     what is due for review that day: programmes and offices'
                                 contacts whose evidence is older than their age in
                                 [meta]; exit 1 if anything is due
  texts [--lang fr|ar|en]        every text of one language as the app shows it before any
                                 answer, as JSON: id (or id.attribute) -> text; isolation
                                 marks kept, a missing argument written {$name}
  pages --out DIR                every right as its own page in each language, which needs
                                 no JavaScript: DIR/<lang>/<id>.html, an index by domain
                                 and the questions with the rights each can decide
  help [COMMAND]                 this text, or the options of one command

--date is the day the rules are read as of (default: today). --root defaults to the nearest
directory above this one holding rules/ and locales/.";

pub struct Args {
    pub root: Option<PathBuf>,
    pub command: Command,
}

pub enum Command {
    /// The usage of one command, or of all.
    Help(Option<&'static str>),
    Check(Check),
    Test(Test),
    Audit(Audit),
    Eval(Eval),
    Interview(Interview),
    Table(Generate),
    Codes(Generate),
    Translations(Translations),
    /// With `true`, the city × need table.
    Offices(bool),
    Review(Review),
    /// Every text of this language.
    Texts(String),
    /// The static pages, written under this folder.
    Pages(PathBuf),
}

pub struct Check {
    pub date: Date,
    pub deny_warnings: bool,
    pub plain_report: bool,
}

pub struct Test {
    pub date: Date,
    pub verbose: bool,
    pub coverage: bool,
    /// Scenario files to run instead of rules/tests/.
    pub files: Vec<PathBuf>,
}

pub struct Audit {
    pub date: Date,
    pub verbose: bool,
}

pub struct Eval {
    pub answers: PathBuf,
    pub date: Date,
    pub json: bool,
}

pub struct Interview {
    pub language: String,
    pub date: Date,
}

/// `table` and `codes`: print the text, write it into a file, or check that a file holds it.
pub struct Generate {
    pub write: Option<PathBuf>,
    pub check: Option<PathBuf>,
}

pub struct Translations {
    /// Only this language's translations.
    pub language: Option<String>,
    pub stamp: bool,
    /// With `stamp`: every message (and `ids` is empty).
    pub all: bool,
    /// With `stamp`: the messages translated again.
    pub ids: Vec<String>,
}

pub struct Review {
    pub date: Date,
}

/// A command line that cannot be run: what is wrong, and the command whose usage helps.
#[derive(Debug)]
pub struct Mistake {
    pub message: String,
    pub command: Option<&'static str>,
}

impl From<String> for Mistake {
    fn from(message: String) -> Mistake {
        Mistake { message, command: None }
    }
}

impl From<lexopt::Error> for Mistake {
    fn from(error: lexopt::Error) -> Mistake {
        let message = match error {
            lexopt::Error::MissingValue { option: Some(option) } => format!("`{option}` needs a value"),
            lexopt::Error::UnexpectedValue { option, .. } => format!("`{option}` takes no value"),
            lexopt::Error::NonUnicodeValue(value) => format!("`{}` is not valid UTF-8", value.to_string_lossy()),
            other => other.to_string(),
        };
        Mistake::from(message)
    }
}

/// The arguments after the program's name; `--date` defaults to `today`.
pub fn parse(args: impl IntoIterator<Item = OsString>, today: Date) -> Result<Args, Mistake> {
    let mut parser = Parser::from_args(args);
    let mut root = None;
    let mut help = false;
    let name = loop {
        match parser.next()? {
            Some(Long("root")) => root = Some(PathBuf::from(parser.value()?)),
            Some(Short('h') | Long("help")) => help = true,
            Some(Value(word)) => break command_named(&word.string()?)?,
            Some(Long(option)) => return Err(before_the_command(option).into()),
            Some(Short(letter)) => return Err(format!("unknown option `-{letter}`").into()),
            None if help => return Ok(Args { root, command: Command::Help(None) }),
            None => return Err("no command given".to_string().into()),
        }
    };
    let command = parse_command(name, &mut parser, &mut root, help, today)
        .map_err(|mistake| Mistake { command: Some(name), ..mistake })?;
    Ok(Args { root, command })
}

/// The options of the command `name`, after it; `--root` and `--help` go with any.
fn parse_command(
    name: &'static str,
    parser: &mut Parser,
    root: &mut Option<PathBuf>,
    mut help: bool,
    date: Date,
) -> Result<Command, Mistake> {
    let mut command = match name {
        "check" => Command::Check(Check { date, deny_warnings: false, plain_report: false }),
        "test" => Command::Test(Test { date, verbose: false, coverage: false, files: vec![] }),
        "audit" => Command::Audit(Audit { date, verbose: false }),
        "eval" => Command::Eval(Eval { answers: PathBuf::new(), date, json: false }),
        "interview" => Command::Interview(Interview { language: "fr".to_string(), date }),
        "table" => Command::Table(Generate { write: None, check: None }),
        "codes" => Command::Codes(Generate { write: None, check: None }),
        "translations" => Command::Translations(Translations { language: None, stamp: false, all: false, ids: vec![] }),
        "offices" => Command::Offices(false),
        "review" => Command::Review(Review { date }),
        "texts" => Command::Texts("fr".to_string()),
        "pages" => Command::Pages(PathBuf::new()),
        "help" => Command::Help(None),
        other => return Err(format!("unknown command `{other}`").into()),
    };
    while let Some(arg) = parser.next()? {
        match (&mut command, arg) {
            (_, Long("root")) => *root = Some(PathBuf::from(parser.value()?)),
            (_, Short('h') | Long("help")) => help = true,
            (_, Long(option)) if !takes(name, option) => return Err(refused(name, option).into()),
            (Command::Check(c), Long("date")) => c.date = parse_date(parser)?,
            (Command::Check(c), Long("deny-warnings")) => c.deny_warnings = true,
            (Command::Check(c), Long("plain-report")) => c.plain_report = true,
            (Command::Test(t), Long("date")) => t.date = parse_date(parser)?,
            (Command::Test(t), Long("verbose")) => t.verbose = true,
            (Command::Test(t), Long("coverage")) => t.coverage = true,
            (Command::Test(t), Value(file)) => t.files.push(PathBuf::from(file)),
            (Command::Audit(a), Long("date")) => a.date = parse_date(parser)?,
            (Command::Audit(a), Long("verbose")) => a.verbose = true,
            (Command::Eval(e), Long("answers")) => e.answers = PathBuf::from(parser.value()?),
            (Command::Eval(e), Long("date")) => e.date = parse_date(parser)?,
            (Command::Eval(e), Long("format")) => e.json = parse_format(parser)?,
            (Command::Interview(i), Long("lang")) => i.language = parser.value()?.string()?,
            (Command::Interview(i), Long("date")) => i.date = parse_date(parser)?,
            (Command::Table(g) | Command::Codes(g), Long("write")) => g.write = Some(PathBuf::from(parser.value()?)),
            (Command::Table(g) | Command::Codes(g), Long("check")) => g.check = Some(PathBuf::from(parser.value()?)),
            (Command::Translations(t), Long("lang")) => t.language = Some(parser.value()?.string()?),
            (Command::Translations(t), Long("stamp")) => t.stamp = true,
            (Command::Translations(t), Long("all")) => t.all = true,
            (Command::Translations(t), Value(id)) => t.ids.push(id.string()?),
            (Command::Offices(coverage), Long("coverage")) => *coverage = true,
            (Command::Review(r), Long("date")) => r.date = parse_date(parser)?,
            (Command::Texts(language), Long("lang")) => *language = parser.value()?.string()?,
            (Command::Pages(out), Long("out")) => *out = PathBuf::from(parser.value()?),
            (Command::Help(topic @ None), Value(word)) => *topic = Some(command_named(&word.string()?)?),
            (_, Value(word)) => return Err(format!("unexpected argument `{}`", word.to_string_lossy()).into()),
            (_, Short(letter)) => return Err(format!("unknown option `-{letter}`").into()),
            // An option the usage lists but no line above reads; the tests below catch it.
            (_, Long(option)) => return Err(refused(name, option).into()),
        }
    }
    if help {
        return Ok(Command::Help(Some(name)));
    }
    complete(command)
}

/// `command`, if it has everything it needs and no options that contradict each other.
fn complete(command: Command) -> Result<Command, Mistake> {
    let mistake = match &command {
        Command::Eval(e) if e.answers.as_os_str().is_empty() => "`eval` needs `--answers FILE`",
        Command::Pages(out) if out.as_os_str().is_empty() => "`pages` needs `--out DIR`",
        Command::Table(g) | Command::Codes(g) if g.write.is_some() && g.check.is_some() => {
            "give `--write FILE` or `--check FILE`, not both"
        }
        Command::Translations(t) if !t.stamp && (t.all || !t.ids.is_empty()) => "message ids and --all go with --stamp",
        Command::Translations(t) if t.stamp && t.ids.is_empty() != t.all => {
            "--stamp needs the ids of the messages translated again, or --all (never both)"
        }
        _ => return Ok(command),
    };
    Err(mistake.to_string().into())
}

fn parse_date(parser: &mut Parser) -> Result<Date, Mistake> {
    let text = parser.value()?.string()?;
    Date::parse(&text).ok_or_else(|| format!("`{text}` is not a date written YYYY-MM-DD").into())
}

/// Whether `--format` asks for JSON.
fn parse_format(parser: &mut Parser) -> Result<bool, Mistake> {
    match parser.value()?.string()?.as_str() {
        "json" => Ok(true),
        "text" => Ok(false),
        other => Err(format!("unknown format `{other}`: use text or json").into()),
    }
}

/// The commands, in the order of the usage.
fn commands() -> impl Iterator<Item = &'static str> {
    let lines = USAGE.lines().filter_map(|line| line.strip_prefix("  "));
    lines.filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase())).filter_map(|line| line.split(' ').next())
}

fn command_named(word: &str) -> Result<&'static str, Mistake> {
    commands().find(|name| *name == word).ok_or_else(|| {
        let names: Vec<&str> = commands().collect();
        format!("unknown command `{word}`; the commands are {}", names.join(", ")).into()
    })
}

/// The lines of the usage about `command`.
fn lines_of(command: &str) -> Vec<&'static str> {
    let lines: Vec<&str> = USAGE.lines().collect();
    let Some(start) = lines.iter().position(|line| line.starts_with(&format!("  {command} "))) else {
        return Vec::new();
    };
    let more = lines[start + 1..].iter().take_while(|line| line.starts_with("    ")).count();
    lines[start..=start + more].to_vec()
}

/// The options `command` takes: those its usage names.
fn options_of(command: &str) -> Vec<&'static str> {
    let words = lines_of(command).into_iter().flat_map(|line| line.split(|c: char| c != '-' && !c.is_alphanumeric()));
    let mut options: Vec<&str> = words.filter(|word| word.starts_with("--")).collect();
    options.sort();
    options.dedup();
    options
}

/// Whether `command`'s usage names `--option`.
fn takes(command: &str, option: &str) -> bool {
    options_of(command).contains(&format!("--{option}").as_str())
}

/// The usage of `command`, or of every command.
pub fn usage(command: Option<&str>) -> String {
    match command {
        Some(command) => format!("usage: huquq-rules [--root DIR] {}", lines_of(command).join("\n").trim_start()),
        None => USAGE.to_string(),
    }
}

/// The commands whose usage names `option` (written without its dashes), as `check`, `test`.
fn takers(option: &str) -> Option<String> {
    let names: Vec<&str> = commands().filter(|command| takes(command, option)).collect();
    (!names.is_empty()).then(|| format!("`{}`", names.join("`, `")))
}

/// Why `command` cannot take `--option`, with the commands that do.
fn refused(command: &str, option: &str) -> String {
    let hint = takers(option).map(|names| format!("; it is an option of {names}")).unwrap_or_default();
    format!("`{command}` does not take `--{option}`{hint} (see `huquq-rules {command} --help`)")
}

/// Why `--option` cannot come before the command.
fn before_the_command(option: &str) -> String {
    match takers(option) {
        Some(names) => format!("`--{option}` goes after the command: it is an option of {names}"),
        None => format!("unknown option `--{option}` (see `huquq-rules --help`)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Args, Mistake> {
        parse(words.iter().map(OsString::from), Date::parse("2026-11-23").unwrap())
    }

    fn message(words: &[&str]) -> String {
        parse_words(words).err().map(|mistake| mistake.message).unwrap_or_default()
    }

    #[test]
    fn every_command_takes_the_options_its_usage_names_and_no_other() {
        let all: Vec<&str> = commands().flat_map(options_of).collect();
        assert!(all.contains(&"--stamp") && all.contains(&"--answers"), "{all:?}");
        for command in commands() {
            assert!(!lines_of(command).is_empty(), "{command}");
            assert!(!message(&[command]).starts_with("unknown command"), "{command}");
            for option in &all {
                // A value for those that take one, refused by those that do not.
                let said = message(&[command, &format!("{option}=2026-11-23")]);
                let refusal = format!("`{command}` does not take `{option}`");
                assert_eq!(
                    said.starts_with(&refusal),
                    !options_of(command).contains(option),
                    "{command} {option}: {said}"
                );
            }
        }
    }

    #[test]
    fn help_is_cut_from_the_usage() {
        for words in [&["--help"][..], &["help"], &["-h"]] {
            assert!(matches!(parse_words(words).unwrap().command, Command::Help(None)), "{words:?}");
        }
        for words in [&["eval", "--help"][..], &["help", "eval"], &["--help", "eval"], &["eval", "-h"]] {
            assert!(matches!(parse_words(words).unwrap().command, Command::Help(Some("eval"))), "{words:?}");
        }
        let eval = usage(Some("eval"));
        assert!(eval.starts_with("usage: huquq-rules [--root DIR] eval --answers FILE [--date"), "{eval}");
        assert_eq!(eval.lines().count(), 2, "{eval}");
        assert_eq!(options_of("translations"), ["--all", "--lang", "--stamp"]);
        assert_eq!(options_of("help"), Vec::<&str>::new());
    }

    #[test]
    fn root_goes_before_or_after_the_command() {
        for words in [&["--root", "tree", "check"][..], &["check", "--root", "tree"], &["check", "--root=tree"]] {
            let args = parse_words(words).unwrap();
            assert_eq!(args.root, Some(PathBuf::from("tree")), "{words:?}");
            assert!(matches!(args.command, Command::Check(_)), "{words:?}");
        }
    }

    #[test]
    fn each_command_gets_its_own_options() {
        let Command::Eval(eval) = parse_words(&["eval", "--answers", "a.toml", "--format=json"]).unwrap().command
        else {
            panic!("not eval")
        };
        assert_eq!(
            (eval.answers, eval.json, eval.date.to_string()),
            (PathBuf::from("a.toml"), true, "2026-11-23".into())
        );
        let words = ["translations", "--stamp", "right-a", "--lang", "en", "right-b"];
        let Command::Translations(stamp) = parse_words(&words).unwrap().command else { panic!("not translations") };
        assert_eq!((stamp.language.as_deref(), stamp.ids), (Some("en"), vec!["right-a".into(), "right-b".into()]));
        let Command::Texts(language) = parse_words(&["texts", "--lang", "ar"]).unwrap().command else {
            panic!("not texts")
        };
        assert_eq!(language, "ar");
    }

    #[test]
    fn a_command_line_that_cannot_run_says_why_in_one_sentence() {
        for (words, said) in [
            (&["eval"][..], "`eval` needs `--answers FILE`"),
            (&["eval", "--answers"], "`--answers` needs a value"),
            (&["check", "--deny-warnings=yes"], "`--deny-warnings` takes no value"),
            (&["check", "--date", "2026-13-01"], "`2026-13-01` is not a date written YYYY-MM-DD"),
            (&["eval", "--answers", "a", "--format", "xml"], "unknown format `xml`: use text or json"),
            (&["table", "--write", "a", "--check", "a"], "give `--write FILE` or `--check FILE`, not both"),
            (&["translations", "--all"], "message ids and --all go with --stamp"),
            (&["translations", "--stamp", "a", "--all"], "--stamp needs the ids"),
            (&["check", "--nothing"], "`check` does not take `--nothing` (see `huquq-rules check --help`)"),
            (&["check", "x"], "unexpected argument `x`"),
            (&["chek"], "unknown command `chek`; the commands are check, test, audit, eval, interview, table"),
            (&["help", "chek"], "unknown command `chek`"),
            (&["--date", "2026-11-23", "check"], "`--date` goes after the command: it is an option of `check`, `test`"),
            (&[], "no command given"),
        ] {
            assert!(message(words).starts_with(said), "{words:?}: {}", message(words));
        }
    }
}
