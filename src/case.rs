//! The person's case as a scenario file of `rules/tests/` (`huquq_engine::case`), for the
//! rule authors: the counsellor's "export the case" downloads it, and "this looks wrong" can
//! put it in the body of its message (`report_body_with_case`). Nothing is sent from here:
//! the file goes where the person or the counsellor takes it.

use crate::rules::rules;
use huquq_engine::case::{self, Case};
use huquq_engine::model::RightId;
use huquq_engine::{Answers, Date};

/// The longest message "this looks wrong" opens with the whole case in it; past it, the case
/// keeps only the reported right's line under `[expect]` (mail and messaging apps cut or
/// refuse long addresses).
pub const REPORT_LIMIT: usize = 1_800;

/// The case file's text: the answers (sensitive ones only if `include_sensitive`), the day,
/// and each right (or only `only`) as those answers decide it.
pub fn case_file(
    answers: &Answers,
    today: Date,
    include_sensitive: bool,
    remark: &str,
    only: Option<RightId>,
) -> String {
    case::write(rules(), &Case { answers, date: today, include_sensitive, remark, only })
}

/// The name of the downloaded file: `huquq-case-2026-12-06.toml`.
pub fn file_name(today: Date) -> String {
    format!("huquq-case-{today}.toml")
}

/// The message of "this looks wrong" about `right` (`export::report`), followed by the case
/// without sensitive answers: whole when it fits in [`REPORT_LIMIT`] characters, else with
/// the reported right's line alone.
pub fn report_body_with_case(body: &str, answers: &Answers, today: Date, right: RightId) -> String {
    let whole = format!("{body}\n\n{}", case_file(answers, today, false, "", None));
    if whole.chars().count() <= REPORT_LIMIT {
        return whole;
    }
    format!("{body}\n\n{}", case_file(answers, today, false, "", Some(right)))
}

/// A `data:` address that downloads `text` as a TOML file, made on the device (through
/// `export::leave`, as every text that leaves the page).
pub fn download_address(text: &str) -> String {
    let encoded = js_sys::encode_uri_component(&crate::export::leave(text)).as_string().unwrap_or_default();
    format!("data:application/toml;charset=utf-8,{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use huquq_engine::{Answer, Value};

    fn answers(pairs: &[(&str, bool)]) -> Answers {
        let rules = rules();
        let mut answers = Answers::new(rules);
        for &(question, yes) in pairs {
            let q = rules.question_index(question).unwrap();
            answers.set(rules, q, Answer::Given(Value::Bool(yes))).unwrap();
        }
        answers
    }

    fn day() -> Date {
        Date::from_ymd(2026, 12, 6).unwrap()
    }

    #[test]
    fn the_case_file_leaves_sensitive_answers_out_unless_ticked() {
        let answers = answers(&[("homeless", true), ("violence", true)]);
        let without = case_file(&answers, day(), false, "", None);
        let with = case_file(&answers, day(), true, "", None);
        assert!(without.contains("\nhomeless = true\n") && !without.contains("\nviolence = true\n"), "{without}");
        assert!(with.contains("\nviolence = true\n"), "{with}");
        assert!(with.starts_with(&format!("# Exported from the guide; rules version: {}\n", rules().version)));
        assert_eq!(file_name(day()), "huquq-case-2026-12-06.toml");
    }

    #[test]
    fn a_report_keeps_the_reported_rights_line_alone_when_the_whole_case_is_too_long() {
        let rules = rules();
        let right = rules.right_index("housing.emergency-shelter").unwrap();
        let answers = answers(&[("homeless", true)]);
        let line = |text: &str| text.lines().filter(|l| l.starts_with('"')).count();
        // The real rules' 65 rights make the whole case longer than a message takes.
        let whole = case_file(&answers, day(), false, "", None);
        assert!(whole.chars().count() > REPORT_LIMIT, "{} characters", whole.chars().count());
        let short = report_body_with_case("Looks wrong.", &answers, day(), right);
        assert_eq!(line(&short), 1, "{short}");
        assert!(short.starts_with("Looks wrong.\n\n# Exported from the guide"), "{short}");
        assert!(short.chars().count() <= REPORT_LIMIT, "{short}");
        let long = report_body_with_case(&"x".repeat(REPORT_LIMIT), &answers, day(), right);
        assert_eq!(line(&long), 1, "{long}");
        assert!(long.contains("\"housing.emergency-shelter\" = { status = \"eligible\""), "{long}");
    }
}
