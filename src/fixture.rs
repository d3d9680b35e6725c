//! A small rule set for the app's tests of mechanics (screens, going back, saving, handing
//! over between modules), so that they test the app and not today's rules: they must not
//! change when a right does. Tests of what the real rules decide use `rules::rules()`.

use huquq_engine::model::{Domain, Expr, Question, QuestionKind, Right, RightKind};
use huquq_engine::{Date, PartialDate, RuleSet};
use std::sync::OnceLock;

/// papers (card, none), has_kids, kids_ages (asked if has_kids), violence (sensitive);
/// work.jobs for card holders, education.school for children of school age (since
/// 2013-10-09), protection.help for victims of violence.
pub fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        let question = |id: &str, kind, ask_if, sensitive| Question {
            id: id.into(),
            kind,
            ask_if,
            dont_know: true,
            sensitive,
            shown_first: Vec::new(),
        };
        let choices = |names: &[&str]| names.iter().map(|n| n.to_string()).collect();
        let right = |id: &str, domain, when, uses: &[u16], valid_from| Right {
            id: id.into(),
            domain,
            kind: RightKind::Right,
            when,
            uses: uses.iter().map(|&q| q.into()).collect(),
            offices: Vec::new(),
            documents: Vec::new(),
            steps: Vec::new(),
            sources: Vec::new(),
            valid_from,
            ..Right::default()
        };
        let school = Expr::All(vec![Expr::Flag(1.into()), Expr::Includes { question: 2.into(), choice: 1.into() }]);
        RuleSet {
            reviewed: Date::from_ymd(2026, 11, 30).expect("a day"),
            questions: vec![
                question("papers", QuestionKind::OneOf { choices: choices(&["card", "none"]) }, None, false),
                question("has_kids", QuestionKind::YesNo, None, false),
                question(
                    "kids_ages",
                    QuestionKind::AnyOf { choices: choices(&["under_6", "school_age"]) },
                    Some(Expr::Flag(1.into())),
                    false,
                ),
                question("violence", QuestionKind::YesNo, None, true),
            ],
            definitions: Vec::new(),
            rights: vec![
                right(
                    "work.jobs",
                    Domain::Work,
                    Expr::Choice { question: 0.into(), among: vec![0.into()] },
                    &[0],
                    None,
                ),
                right("education.school", Domain::Education, school, &[1, 2], PartialDate::parse("2013-10-09")),
                right("protection.help", Domain::Protection, Expr::Flag(3.into()), &[3], None),
            ],
            ..RuleSet::default()
        }
    })
}
