//! One rules file, any text: parsing, the whole check and the rendering of its messages must
//! never panic. When the file compiles (an English text is made up for everything it
//! declares), a whole interview runs on it too, so odd conditions reach the evaluator.
#![no_main]

use huquq_engine::Date;
use huquq_engine::check::{File, FileKind, Input, check, render, syntax};
use huquq_engine::model::{Domain, QuestionKind};
use huquq_engine::{Answer, Answers, Value, keys, run};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(parsed) = syntax::parse_rules(0, text) else {
        return;
    };
    let today = Date::from_ymd(2026, 11, 23).expect("a valid date");
    let rules_file =
        File { path: "rules/fuzz.toml".to_string(), text: text.to_string(), kind: FileKind::Rules, not_utf8_at: None };
    let texts = File {
        path: "locales/en/fuzz.ftl".to_string(),
        text: made_up_texts(&parsed),
        kind: FileKind::Locale { language: "en".to_string() },
        not_utf8_at: None,
    };
    let input = Input { files: vec![rules_file, texts], today };
    let report = check(&input);
    render::render(&input, &report.diagnostics);
    for diagnostic in &report.diagnostics {
        render::short(&input, diagnostic);
    }
    if let Some(rules) = report.rules {
        let mut answers = Answers::new(&rules);
        while let Some(next) = run(&rules, &answers, today).next {
            let value = match &rules.question(next).kind {
                QuestionKind::YesNo => Value::Bool(true),
                QuestionKind::OneOf { .. } => Value::Choice(0.into()),
                QuestionKind::AnyOf { .. } => Value::Choices(vec![0.into()]),
                QuestionKind::Number { min, .. } | QuestionKind::Year { min, .. } => Value::Number(min.unwrap_or(0)),
                QuestionKind::Date => Value::Date(today),
            };
            if answers.set(&rules, next, Answer::Given(value)).is_err() {
                answers.set(&rules, next, Answer::DontKnow).expect("the fuzzed file's question offers dont_know");
            }
        }
    }
});

/// `id = x` for every text the file's declarations need, so the checker can compile it.
fn made_up_texts(file: &syntax::RulesFile) -> String {
    let mut messages = Vec::new();
    let mut text = |key: String| messages.push(format!("{key} = x\n"));
    for question in &file.question {
        text(format!("question-{}", question.id.get_ref()));
        for choice in &question.choices {
            text(format!("choice-{}-{}", question.id.get_ref(), choice.get_ref()));
        }
    }
    for right in &file.right {
        text(format!("{} = x\n    .{}", keys::right_id(right.id.get_ref()), keys::SUMMARY));
        right.documents.iter().for_each(|d| text(keys::document(d.get_ref())));
        right.steps.iter().for_each(|s| text(keys::step(s.get_ref())));
    }
    file.office.iter().for_each(|o| text(keys::office(o.id.get_ref())));
    Domain::ALL.into_iter().for_each(|d| text(keys::domain(d)));
    messages.sort();
    messages.dedup();
    messages.concat()
}
