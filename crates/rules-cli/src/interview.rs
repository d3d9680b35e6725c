//! The interview in a terminal, in French, Arabic or English, with the same texts and the
//! same order of questions as the web app: for a counsellor without a browser, and to try
//! rules while writing them.

use crate::texts::Texts;
use huquq_engine::check::Input;
use huquq_engine::model::{ChoiceId, QuestionKind};
use huquq_engine::places::{self, Placement};
use huquq_engine::{Answer, Answers, Date, RuleSet, Status, Value, keys, policy};
use huquq_texts::Value as Arg;
use std::io::{BufRead, Write};
use std::process::ExitCode;

pub fn run(input: &Input, rules: &RuleSet, language: &str, date: Date) -> Result<ExitCode, String> {
    let mut texts = Texts::load(input, language)?;
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
                texts.person = answers.choices_given(rules);
            }
            None => println!("{}", texts.text("terminal-not-understood")),
        }
    }
    print!("{}", results(rules, &answers, date, &texts));
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

/// The results in the order of the engine's `policy`, as text.
fn results(rules: &RuleSet, answers: &Answers, date: Date, texts: &Texts) -> String {
    let mut out = String::new();
    let outcomes = huquq_engine::evaluate(rules, answers, date);
    let today = date.to_string();
    out += &format!("\n{}\n", texts.get("results-as-of", &[("date", Arg::Text(&today))]));
    for status in policy::GROUPS {
        let heading = match status {
            Status::Eligible => "results-eligible",
            Status::Undetermined => "results-undetermined",
            Status::NotEligible => "results-not-eligible",
        };
        let group = policy::group(rules, &outcomes, status).into_iter().map(|r| &outcomes[r.index()]);
        let matching: Vec<_> = group.filter(|o| o.validity == huquq_engine::Validity::InForce).collect();
        if matching.is_empty() {
            continue;
        }
        out += &format!("\n== {} ==\n", texts.text(heading));
        for outcome in matching {
            let right = rules.right(outcome.right);
            out += &format!("* {}\n", texts.text(&keys::right(right)));
            if status == Status::NotEligible {
                continue;
            }
            out += &format!("  {}\n", texts.text(&format!("{}.{}", keys::right(right), keys::SUMMARY)));
            if let (Status::Eligible, huquq_engine::Evidence::Aged(confirmed)) = (status, outcome.evidence) {
                let year = confirmed.map_or("none".to_string(), |d| d.year.to_string());
                out += &format!("  {}\n", texts.get("status-aged", &[("year", Arg::Text(&year))]));
            }
            if outcome.open_by_source {
                out += &format!("  {}\n", texts.text("card-open-by-source"));
            }
            // The offices in the app's order: those the person can reach first.
            for (office, placement) in places::offices(rules, right, answers) {
                out += &format!("  -> {}\n", office_line(rules, office, placement, texts));
            }
        }
    }
    out
}

/// An office in one line, as a card writes it: its name, its city if it is in another
/// region, its address, numbers, WhatsApp and hours.
fn office_line(rules: &RuleSet, office: huquq_engine::model::OfficeId, placement: Placement, texts: &Texts) -> String {
    let known = &rules.offices[office.index()];
    let mut line = texts.text(&keys::office(&known.id));
    let city = known.city.iter().filter(|_| placement == Placement::Elsewhere).map(|c| texts.text(&keys::city(c)));
    for part in city.chain(known.contact_parts(&texts.text("card-whatsapp"), texts.hours(&known.hours))) {
        line += ", ";
        line += &part;
    }
    line
}
