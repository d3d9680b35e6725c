//! The rule authors' tool on the project's real tree: its command line (help, options
//! refused with a hint), the terminal interview, the texts as the app shows them (which the
//! end-to-end tests expect), and the order of the results, which the CLI's JSON and the
//! terminal interview take from the engine's `policy`, as the app does.

use huquq_engine::check::{Input, check};
use huquq_engine::{Answer, Answers, Date, RawAnswer, keys};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository, where the project is now (cargo says so when it runs a test).
fn repository() -> PathBuf {
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../..")
}

/// `interview` with `input` typed in, on the project's real rules.
fn interview(language: &str, input: &str) -> String {
    let root = repository();
    let mut child = Command::new(env!("CARGO_BIN_EXE_huquq-rules"))
        .arg("--root")
        .arg(&root)
        .args(["interview", "--lang", language, "--date", "2026-11-30"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
}

#[test]
fn the_terminal_interview_speaks_the_apps_texts_to_a_woman_in_arabic_and_lists_offices() {
    let questions = std::fs::read_to_string(repository().join("locales/ar/questions.ftl")).unwrap();
    let first = questions.lines().find_map(|l| l.strip_prefix("question-papers = ")).unwrap();
    let violence = questions.split("question-violence =").nth(1).unwrap();
    let variant =
        |key: &str| violence.lines().find_map(|l| l.trim_start().strip_prefix(key)).unwrap().trim().to_string();
    // "1" answers each question with its first choice or "yes": a resident, then a woman
    // (the first choice of `sex`), who is asked about violence in the feminine.
    let output = interview("ar", &"1\n".repeat(40));
    assert!(output.contains(first), "{output}");
    assert!(output.contains(&variant("[woman]")) && !output.contains(&variant("[man]")), "{output}");
    assert!(!output.contains('\u{2068}'), "no isolation marks in a terminal");
    // Results with the offices, as the app lists them: IOM Rabat with its number.
    assert!(output.contains("+212 5 37 65 28 81"), "{output}");
    assert!(output.lines().any(|l| l.trim_start().starts_with("-> ")), "{output}");
    // Offices of another region with their city, hours in words: all in Arabic.
    let (_, texts, _) = run(&["texts", "--lang", "ar"]);
    let texts: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&texts).unwrap();
    let text = |id: &str| texts[id].as_str().unwrap().replace(['\u{2068}', '\u{2069}'], "");
    let unhcr = output.lines().find(|l| l.contains("+212 5 37 54 54 00")).unwrap();
    assert!(unhcr.contains(&format!(", {}, ", text("city-rabat"))), "{unhcr}");
    assert!(unhcr.contains(&text("hours-day-mon")) && unhcr.contains(&text("hours-day-fri")), "{unhcr}");
    assert!(unhcr.ends_with("9:00 إلى 15:00"), "the hours in Arabic, times in Latin digits: {unhcr}");
    assert!(!output.contains("Monday") && !output.contains("Wednesday"), "{output}");
}

/// Every city of `coverage_cities`, need by need, has a sourced local contact or a record of
/// where one was looked for: `cargo xtask test` runs the same command.
#[test]
fn the_real_rules_cover_every_city_and_need_with_a_contact_or_a_search() {
    let (code, output, errors) = run(&["offices", "--coverage"]);
    assert_eq!(code, Some(0), "{output}{errors}");
    let rows: Vec<&str> = output.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| city")).collect();
    let cities: Vec<&str> = rows.iter().map(|r| r.split(" | ").next().unwrap().trim_start_matches("| ")).collect();
    assert_eq!(cities, ["rabat", "casablanca", "tanger", "oujda", "fes", "marrakech", "agadir", "nador"]);
    assert!(rows.iter().all(|r| r.matches(" | ").count() == 6), "{output}");
    assert!(rows[0].starts_with("| rabat | ampf-rabat | unhcr-rabat |"), "{output}");
    assert!(output.contains(", 0 gaps\n"), "{output}");
}

#[test]
fn texts_prints_every_text_of_a_language_as_the_app_shows_it_before_any_answer() {
    let texts = |language: &str| {
        let (code, output, errors) = run(&["texts", "--lang", language]);
        assert_eq!(code, Some(0), "{errors}");
        serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&output).unwrap()
    };
    let (french, arabic) = (texts("fr"), texts("ar"));
    let line = |language: &str, file: &str, id: &str| {
        let text = std::fs::read_to_string(repository().join(format!("locales/{language}/{file}"))).unwrap();
        text.lines().find_map(|l| l.strip_prefix(&format!("{id} = "))).unwrap().to_string()
    };
    assert_eq!(arabic["question-papers"], line("ar", "questions.ftl", "question-papers"));
    // An attribute under `id.attribute`; the same ids in every language.
    assert!(french["right-health-primary-care.summary"].as_str().is_some_and(|s| s.len() > 40));
    assert_eq!(french.keys().collect::<Vec<_>>(), arabic.keys().collect::<Vec<_>>());
    // A missing argument as fluent-bundle writes it, between the isolation marks the page keeps.
    let range = french["answer-range-years"].as_str().unwrap();
    assert_eq!(range, "Écrivez un âge entre \u{2068}{$min}\u{2069} et \u{2068}{$max}\u{2069} ans.");
    // Before `sex` is answered, Arabic addresses everyone: the default variant.
    let violence = std::fs::read_to_string(repository().join("locales/ar/questions.ftl")).unwrap();
    let violence = violence.split("question-violence =").nth(1).unwrap();
    let everyone = violence.lines().find_map(|l| l.trim_start().strip_prefix("*[other]")).unwrap().trim();
    assert_eq!(arabic["question-violence"], everyone);
}

/// The tool run on the project's real tree: its exit code, its standard output and its errors.
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let root = repository();
    let Output { status, stdout, stderr } =
        Command::new(env!("CARGO_BIN_EXE_huquq-rules")).arg("--root").arg(root).args(args).output().unwrap();
    (status.code(), String::from_utf8_lossy(&stdout).into_owned(), String::from_utf8_lossy(&stderr).into_owned())
}

/// What the tool says when it refuses `args`, which must exit 2 without running anything.
fn refusal(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!((code, stdout.as_str()), (Some(2), ""), "{args:?}: {stderr}");
    stderr
}

#[test]
fn an_option_the_command_does_not_take_exits_2_with_a_hint() {
    for (args, hint) in [
        (
            &["check", "--stamp"][..],
            "error: `check` does not take `--stamp`; it is an option of `translations` (see `huquq-rules check --help`)\n",
        ),
        (&["eval", "--coverage"][..], "`eval` does not take `--coverage`; it is an option of `test`"),
        (&["check", "--verbose"][..], "`check` does not take `--verbose`; it is an option of `test`, `audit`"),
        (&["table", "--nothing"][..], "`table` does not take `--nothing` (see `huquq-rules table --help`)"),
        (&["--stamp", "translations"][..], "`--stamp` goes after the command: it is an option of `translations`"),
    ] {
        let said = refusal(args);
        assert!(said.contains(hint), "{said}");
    }
    // The usage of the command follows, not every command's.
    let said = refusal(&["check", "--stamp"]);
    assert!(
        said.contains("\n\nusage: huquq-rules [--root DIR] check [--deny-warnings]") && !said.contains("eval"),
        "{said}"
    );
}

#[test]
fn help_prints_every_commands_usage_or_one_commands() {
    for args in [&["--help"][..], &["help"], &["-h"]] {
        let (code, usage, _) = run(args);
        assert_eq!(code, Some(0), "{args:?}");
        assert!(usage.starts_with("usage: huquq-rules [--root DIR] COMMAND [OPTIONS]\n"), "{usage}");
        assert!(usage.contains("\n  translations [--lang ar|en]") && usage.contains("\n  help [COMMAND]"), "{usage}");
    }
    for (command, synopsis) in [
        ("check", "check [--deny-warnings] [--plain-report] [--date YYYY-MM-DD]\n"),
        ("test", "test [--verbose] [--coverage] [--date YYYY-MM-DD] [FILE...]\n"),
        ("audit", "audit [--verbose] [--date YYYY-MM-DD]\n"),
        ("eval", "eval --answers FILE [--date YYYY-MM-DD] [--format text|json]\n"),
        ("interview", "interview [--lang fr|ar|en] [--date YYYY-MM-DD]\n"),
        ("table", "table [--write FILE | --check FILE]\n"),
        ("codes", "codes [--write FILE | --check FILE]\n"),
        ("translations", "translations [--lang ar|en] [--stamp ID... | --stamp --all]\n"),
        ("texts", "texts [--lang fr|ar|en]    "),
        ("help", "help [COMMAND]    "),
    ] {
        for args in [[command, "--help"], ["help", command], ["--help", command]] {
            let (code, usage, _) = run(&args);
            assert_eq!(code, Some(0), "{args:?}");
            assert!(usage.starts_with(&format!("usage: huquq-rules [--root DIR] {synopsis}")), "{args:?}: {usage}");
            assert!(usage.lines().skip(1).all(|l| l.starts_with("    ")), "only this command's lines: {usage}");
        }
    }
    let (_, usage, _) = run(&["eval", "--help"]);
    assert!(usage.contains("every right's status") && !usage.contains("interview"), "{usage}");
}

#[test]
fn an_unknown_command_a_missing_value_or_a_bad_one_exits_2_with_one_sentence() {
    for (args, said) in [
        (
            &["chek"][..],
            "error: unknown command `chek`; the commands are check, test, audit, eval, interview, table, codes, translations, offices, review, texts, pages, help\n",
        ),
        (&["help", "chek"][..], "error: unknown command `chek`;"),
        (&[][..], "error: no command given\n"),
        (&["eval", "--answers"][..], "error: `--answers` needs a value\n"),
        (&["eval"][..], "error: `eval` needs `--answers FILE`\n"),
        (&["pages"][..], "error: `pages` needs `--out DIR`\n"),
        (&["eval", "--answers", "a.toml", "--format", "xml"][..], "error: unknown format `xml`: use text or json\n"),
        (&["check", "--date", "2026-13-01"][..], "error: `2026-13-01` is not a date written YYYY-MM-DD\n"),
        (&["check", "--deny-warnings=yes"][..], "error: `--deny-warnings` takes no value\n"),
        (&["check", "rules"][..], "error: unexpected argument `rules`\n"),
        (&["interview", "--lang", "de"][..], "error: no locale `de`: the languages are ar, en, fr\n"),
        (&["translations", "--lang", "de"][..], "error: no locale `de`: the languages are ar, en, fr\n"),
        (&["texts", "--lang", "de"][..], "error: no locale `de`: the languages are ar, en, fr\n"),
        (
            &["codes", "--write", "a.md", "--check", "b.md"][..],
            "error: give `--write FILE` or `--check FILE`, not both\n",
        ),
    ] {
        let message = refusal(args);
        assert!(message.starts_with(said), "{args:?}: {message}");
    }
}

/// A man of 28 without papers and without children, in Tangier: what he types in the terminal
/// (question by question, in the order the engine asks) and the same answers for `eval`.
/// Any other question is answered "I don't know" where it may be, else "no" or the first choice.
fn man_in_tangier(date: Date) -> (String, serde_json::Map<String, serde_json::Value>, huquq_engine::RuleSet) {
    let input = Input::read(&repository(), date).unwrap();
    let rules = check(&input).rules.expect("the real rules compile");
    let given = [("papers", "no_papers"), ("has_children", "n"), ("age", "28"), ("sex", "man")];
    let given = given.into_iter().chain([("region", "tanger_tetouan_al_hoceima")]);
    let given: Vec<(&str, &str)> = given.collect();
    let (mut answers, mut typed, mut json) = (Answers::new(&rules), String::new(), serde_json::Map::new());
    while let Some(next) = huquq_engine::run(&rules, &answers, date).next {
        let question = rules.question(next);
        let choices = question.kind.choices();
        let (line, raw) = match given.iter().find(|(id, _)| *id == question.id).map(|(_, v)| *v) {
            Some("n") => ("n".to_string(), Some(RawAnswer::Bool(false))),
            Some(choice) if !choices.is_empty() => {
                let number = choices.iter().position(|c| c == choice).unwrap() + 1;
                (number.to_string(), Some(RawAnswer::Text(choice.to_string())))
            }
            Some(number) => (number.to_string(), Some(RawAnswer::Integer(number.parse().unwrap()))),
            None if question.dont_know => ("?".to_string(), None),
            None if choices.is_empty() => ("n".to_string(), Some(RawAnswer::Bool(false))),
            None => ("1".to_string(), Some(RawAnswer::Text(choices[0].clone()))),
        };
        typed += &format!("{line}\n");
        match raw {
            Some(raw) => {
                json.insert(question.id.clone(), raw_json(&raw));
                answers.set_raw(&rules, &question.id.clone(), raw).unwrap();
            }
            None => answers.set(&rules, next, Answer::DontKnow).unwrap(),
        }
    }
    (typed, json, rules)
}

fn raw_json(raw: &RawAnswer) -> serde_json::Value {
    match raw {
        RawAnswer::Bool(b) => (*b).into(),
        RawAnswer::Integer(n) => (*n).into(),
        RawAnswer::Text(t) => t.clone().into(),
        RawAnswer::List(items) => items.clone().into(),
    }
}

#[test]
fn the_json_and_the_terminal_interview_list_the_rights_in_one_order() {
    let date = Date::from_ymd(2026, 11, 30).unwrap();
    let (typed, json, rules) = man_in_tangier(date);
    let file = std::env::temp_dir().join(format!("huquq-order-{}.json", std::process::id()));
    std::fs::write(&file, serde_json::Value::Object(json).to_string()).unwrap();
    let (code, output, errors) =
        run(&["eval", "--answers", file.to_str().unwrap(), "--date", "2026-11-30", "--format", "json"]);
    std::fs::remove_file(&file).unwrap();
    assert_eq!(code, Some(0), "{errors}");
    let output: serde_json::Value = serde_json::from_str(&output).unwrap();
    let english = std::fs::read_dir(repository().join("locales/en")).unwrap();
    let english: String = english.map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap()).collect();
    let title = |id: &str| {
        let right = rules.rights.iter().find(|r| r.id == id).unwrap();
        let key = format!("{} = ", keys::right(right));
        english.lines().find_map(|l| l.strip_prefix(key.as_str())).unwrap().to_string()
    };
    // The terminal lists the rights in force only.
    let from_json: Vec<String> = output["rights"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["validity"] == "in_force")
        .map(|r| title(r["right"].as_str().unwrap()))
        .collect();
    let from_terminal: Vec<String> =
        interview("en", &typed).lines().filter_map(|l| l.strip_prefix("* ")).map(str::to_string).collect();
    assert!(from_json.len() > 20, "{from_json:?}");
    assert_eq!(from_terminal, from_json);
    let statuses: Vec<&str> =
        output["rights"].as_array().unwrap().iter().map(|r| r["status"].as_str().unwrap()).collect();
    let first_maybe = statuses.iter().position(|s| *s == "undetermined").unwrap();
    assert!(statuses[..first_maybe].iter().all(|s| *s == "eligible"), "the rights that apply come first: {statuses:?}");
    // "Start here": rights that apply, in the results' order; legal aid, which needs a case
    // no question asks about, is never among them.
    let right = |id: &str| output["rights"].as_array().unwrap().iter().find(|r| r["right"] == id).unwrap().clone();
    let start_here: Vec<&str> = output["start_here"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    let eligible: Vec<&str> = output["rights"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "eligible")
        .map(|r| r["right"].as_str().unwrap())
        .collect();
    assert!(!start_here.is_empty() && start_here.iter().all(|r| eligible.contains(r)), "{start_here:?}");
    let positions: Vec<usize> = start_here.iter().map(|r| eligible.iter().position(|e| e == r).unwrap()).collect();
    assert!(positions.is_sorted(), "start here keeps the results' order: {start_here:?}");
    assert!(!start_here.contains(&"legal.legal-aid"));
    // A step that rests on its own sources carries them.
    let visa = right("work.contract-visa");
    let step = visa["steps"].as_array().unwrap().iter().find(|s| s["id"] == "treaty-nationals-no-visa").unwrap();
    let cited: Vec<&str> = step["sources"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(cited, ["establishment-conventions-sn-tn-dz", "taechir-treaty-nationals-2017"]);
    assert!(step["sources"][0]["title"].as_str().unwrap().contains("Conventions d'établissement"));
    // An office's city and hours in French words, as the French page says them, beside the data.
    let cash = right("assistance.unhcr-cash");
    let tanger = cash["offices"].as_array().unwrap().iter().find(|o| o["id"] == "foo-tanger-tetouan").unwrap();
    assert_eq!((&tanger["city"], &tanger["city_id"]), (&"Tanger".into(), &"tanger".into()));
    assert!(tanger["hours"].as_str().unwrap().starts_with("mercredi matin"), "{}", tanger["hours"]);
    assert_eq!(tanger["opening"][0]["days"][0], "wed");
}

/// Every programme and contact ages: in 2035 the review finds them due, whatever authors did
/// in 2026 (`cargo xtask test` runs it as of `[meta] reviewed`, where nothing is due).
#[test]
fn the_review_of_the_real_rules_finds_what_will_age() {
    let (code, output, _) = run(&["review", "--date", "2035-01-01"]);
    assert_eq!(code, Some(1), "{output}");
    assert!(output.contains("warning[due]: programme `"), "{output}");
    assert!(output.contains("warning[due]: the contact of `"), "{output}");
    // A step resting on its own source (the 2024 schoolbag cash) ages apart, counted apart.
    let step = "warning[due]: step `ask-school-about-schoolbag-cash` of programme `education.schoolbags`";
    assert!(output.contains(step), "{output}");
    let summary = output.lines().last().unwrap();
    let due = output.matches("warning[due]: ").count();
    let count = |prefix: &str| output.matches(&format!("warning[due]: {prefix}")).count();
    let expected = format!(
        "review: {due} due on 2035-01-01 ({} programmes, {} steps of programmes, {} contacts)",
        count("programme `"),
        count("step `"),
        count("the contact of `")
    );
    assert_eq!(summary, expected);
}

#[test]
fn pages_writes_every_right_in_each_language_saying_who_it_is_for_from_the_rules() {
    let out = std::env::temp_dir().join(format!("huquq-pages-{}", std::process::id()));
    let (code, stdout, stderr) = run(&["pages", "--out", out.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    let input = Input::read(&repository(), Date::from_ymd(2026, 12, 6).unwrap()).unwrap();
    let rules = check(&input).rules.unwrap();
    let count = rules.rights.len();
    let said = format!(
        "pages: {} pages of rights ({count} rights × 3 languages), with an index and the questions in each language\n",
        count * 3
    );
    assert_eq!(stdout, said);
    for language in ["fr", "ar", "en"] {
        for right in &rules.rights {
            assert!(out.join(language).join(format!("{}.html", right.id)).is_file(), "{language} {}", right.id);
        }
    }
    let child = std::fs::read_to_string(out.join("en/protection.unaccompanied-child.html")).unwrap();
    assert!(child.contains("<li>How old are you? — <strong>less than \u{2068}18\u{2069}</strong></li>"), "{child}");
    assert!(child.contains("<a href=\"tel:2511\" dir=\"ltr\">2511</a>"), "{child}");
    let arabic = std::fs::read_to_string(out.join("ar/protection.violence-victim.html")).unwrap();
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">") && arabic.contains("<title>Huquq</title>"), "{arabic}");
    std::fs::remove_dir_all(&out).unwrap();
}

/// A case exported from the guide (`huquq_engine::case`, what the counsellor's "export the
/// case" downloads) passes `huquq-rules test FILE` as it is, and fails once a status is edited.
#[test]
fn an_exported_case_passes_test_unchanged_and_fails_with_a_status_edited() {
    let day = Date::from_ymd(2026, 12, 6).unwrap();
    let input = Input::read(&repository(), day).unwrap();
    let rules = check(&input).rules.unwrap();
    let mut answers = Answers::new(&rules);
    for (question, answer) in [
        ("papers", RawAnswer::Text("residence_card".into())),
        ("age", RawAnswer::Integer(34)),
        ("sex", RawAnswer::Text("man".into())),
        ("violence", RawAnswer::Bool(false)),
    ] {
        answers.set_raw(&rules, question, answer).unwrap();
    }
    let case =
        huquq_engine::case::Case { answers: &answers, date: day, include_sensitive: true, remark: "", only: None };
    let text = huquq_engine::case::write(&rules, &case);
    let file = std::env::temp_dir().join(format!("huquq-case-{}.toml", std::process::id()));
    std::fs::write(&file, &text).unwrap();
    let (code, stdout, stderr) = run(&["test", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("scenarios: 1 passed, 0 failed"), "{stdout}");
    let line = "\"work.auto-entrepreneur\" = { status = \"eligible\"";
    assert!(text.contains(line), "{text}");
    std::fs::write(&file, text.replace(line, "\"work.auto-entrepreneur\" = { status = \"not_eligible\"")).unwrap();
    let (code, stdout, _) = run(&["test", file.to_str().unwrap()]);
    let _ = std::fs::remove_file(&file);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("`work.auto-entrepreneur`: expected not_eligible, got eligible"), "{stdout}");
    assert!(stdout.contains("scenarios: 0 passed, 1 failed"), "{stdout}");
}
