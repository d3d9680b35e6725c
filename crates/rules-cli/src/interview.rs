//! The interview in a terminal, in French, Arabic or English, with the same texts and the
//! same order of questions as the web app: for a counsellor without a browser, and to try
//! rules while writing them.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use huquq_engine::Status;
use huquq_engine::model::{ChoiceId, QuestionKind};
use huquq_engine::{Answer, Answers, Date, RuleSet, Value, keys};
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

struct Texts {
    bundle: FluentBundle<FluentResource>,
}

impl Texts {
    fn load(root: &Path, language: &str) -> Result<Texts, String> {
        let id: unic_langid::LanguageIdentifier =
            language.parse().map_err(|_| format!("`{language}` is not a language code"))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // Isolation marks help browsers lay out mixed directions; a terminal shows them as junk.
        bundle.set_use_isolating(false);
        let dir = root.join("locales").join(language);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| format!("no locale `{language}` ({}: {e})", dir.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let resource = FluentResource::try_new(text)
                .map_err(|_| format!("{} has errors; run `huquq-rules check`", path.display()))?;
            bundle
                .add_resource(resource)
                .map_err(|_| format!("{} repeats a message; run `huquq-rules check`", path.display()))?;
        }
        Ok(Texts { bundle })
    }

    fn get(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        let message = self.bundle.get_message(id);
        let pattern = match (message, attribute) {
            (Some(m), Some(a)) => m.get_attribute(a).map(|a| a.value()),
            (Some(m), None) => m.value(),
            (None, _) => None,
        };
        match pattern {
            Some(pattern) => self.bundle.format_pattern(pattern, args, &mut Vec::new()).into_owned(),
            None => id.to_string(),
        }
    }

    fn text(&self, id: &str) -> String {
        self.get(id, None, None)
    }
}

pub fn run(root: &Path, rules: &RuleSet, language: &str, date: Date) -> Result<ExitCode, String> {
    let texts = Texts::load(root, language)?;
    let mut input = std::io::stdin().lock().lines();
    let mut answers = Answers::new(rules);
    let mut out = std::io::stdout();
    while let Some(next) = huquq_engine::run(rules, &answers, date).next {
        let question = rules.question(next);
        println!("\n{}", texts.text(&keys::question(question)));
        let choices = question.kind.choices();
        for (i, choice) in choices.iter().enumerate() {
            println!("  {}. {}", i + 1, texts.text(&keys::choice(question, choice)));
        }
        if question.kind == QuestionKind::YesNo {
            println!("  y. {}\n  n. {}", texts.text("answer-yes"), texts.text("answer-no"));
        }
        if question.dont_know {
            println!("  ?. {}", texts.text("answer-dont-know"));
        }
        if question.sensitive {
            println!("  -. {}", texts.text("answer-prefer-not"));
        }
        print!("> ");
        out.flush().map_err(|e| e.to_string())?;
        let Some(line) = input.next() else { break };
        let line = line.map_err(|e| e.to_string())?;
        match parse(line.trim(), &question.kind) {
            Some(answer) => {
                if let Err(error) = answers.set(rules, next, answer) {
                    println!("{error}");
                }
            }
            None => println!("{}", texts.text("terminal-not-understood")),
        }
    }
    print_results(rules, &answers, date, &texts);
    Ok(ExitCode::SUCCESS)
}

/// A typed answer: a choice number (several separated by commas), y or n, a number, a date,
/// `?` for "I don't know" or `-` for "I prefer not to say".
fn parse(line: &str, kind: &QuestionKind) -> Option<Answer> {
    let choice = |word: &str, count: usize| {
        let number = word.trim().parse::<usize>().ok().filter(|n| (1..=count).contains(n))?;
        ChoiceId::from_index(number - 1)
    };
    let value = match (line, kind) {
        ("?", _) => return Some(Answer::DontKnow),
        ("-", _) => return Some(Answer::PreferNotToSay),
        ("y" | "o" | "1", QuestionKind::YesNo) => Value::Bool(true),
        ("n" | "2", QuestionKind::YesNo) => Value::Bool(false),
        (_, QuestionKind::OneOf { choices }) => Value::Choice(choice(line, choices.len())?),
        (_, QuestionKind::AnyOf { choices }) => Value::Choices(
            line.split(',')
                .filter(|w| !w.trim().is_empty())
                .map(|w| choice(w, choices.len()))
                .collect::<Option<_>>()?,
        ),
        (_, QuestionKind::Number { .. } | QuestionKind::Year { .. }) => Value::Number(line.parse().ok()?),
        (_, QuestionKind::Date) => Value::Date(Date::parse(line)?),
        _ => return None,
    };
    Some(Answer::Given(value))
}

fn print_results(rules: &RuleSet, answers: &Answers, date: Date, texts: &Texts) {
    let outcomes = huquq_engine::evaluate(rules, answers, date);
    let mut args = FluentArgs::new();
    args.set("date", date.to_string());
    println!("\n{}", texts.get("results-as-of", None, Some(&args)));
    for (status, heading) in [
        (Status::Eligible, "results-eligible"),
        (Status::Undetermined, "results-undetermined"),
        (Status::NotEligible, "results-not-eligible"),
    ] {
        let matching: Vec<_> =
            outcomes.iter().filter(|o| o.status == status && o.validity == huquq_engine::Validity::InForce).collect();
        if matching.is_empty() {
            continue;
        }
        println!("\n== {} ==", texts.text(heading));
        for outcome in matching {
            let right = rules.right(outcome.right);
            println!("* {}", texts.text(&keys::right(right)));
            if status != Status::NotEligible {
                println!("  {}", texts.get(&keys::right(right), Some(keys::SUMMARY), None));
            }
        }
    }
}
