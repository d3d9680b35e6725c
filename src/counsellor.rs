//! What the counsellor's one-page form needs besides the interview itself: which questions
//! can still change a result, and the case summary as plain text to copy into a file.
//! Pure, so it is tested natively; the form only renders it.

use crate::i18n::Language;
use crate::i18n::{Text, t};
use crate::state::Interview;
use huquq_engine::model::{QuestionId, RuleSet};
use huquq_engine::next::may_ask;
use huquq_engine::{Answers, Date, Outcome, Status, keys, policy};

/// Whether answering (or changing the answer to) `question` may still change a result, as
/// the engine decides what to ask: a question it does not want (no undetermined right waits
/// for it, no office to place), or whose `ask_if` is false or still waits for another
/// answer, cannot. An answer already given stays changeable while its `ask_if` holds, since
/// changing it may reopen a right.
pub fn can_change(rules: &RuleSet, interview: &Interview, question: QuestionId) -> bool {
    let wanted = interview.answers.is_answered(question) || interview.evaluation.wanted.contains(&question);
    wanted && may_ask(rules, &interview.answers, interview.today, question)
}

/// The case as plain text in the counsellor's language, as it leaves the page
/// (`export::leave`): the day the rules were read on, every answer, then the rights by status
/// (a group's heading only when a right is under it), with what is still to ask, where to go
/// first (and a number to call) and what to bring for those that apply or may apply. It names nobody: the form asks no name.
/// Unless `sensitive` is ticked, answers to sensitive questions are left out, and so are the
/// rights they decide (a "probably yes" for victims of violence says what the answer was).
pub fn case_summary(rules: &RuleSet, language: Language, interview: &Interview, sensitive: bool) -> String {
    let (answers, today) = (&interview.answers, interview.today);
    let hidden = |q: &QuestionId| !sensitive && rules.question(*q).sensitive;
    let mut left_out = 0;
    let mut text = format!("{}\n", language.text(t::SUMMARY_HEADING));
    text += &language.text_with(t::RESULTS_AS_OF, &[("date", language.date(today).into())]);
    text += &format!("\n\n{}\n", language.text(t::SUMMARY_ANSWERS));
    if answers.answered_count() == 0 {
        text += &format!("- {}\n", language.text(t::REVIEW_EMPTY));
    }
    for (question, answer) in answers.iter() {
        if hidden(&question) {
            left_out += 1;
            continue;
        }
        let asked = language.text_of(&keys::question(rules.question(question)));
        text += &format!("- {asked} — {}\n", answer_text(language, question, answer));
    }
    let outcomes = &interview.evaluation.outcomes;
    // Where to go and what to bring from the answers that may leave (`export::answers_out`).
    let out = crate::export::answers_out(answers, sensitive);
    let separator = language.text(t::RESULTS_SEPARATOR);
    for status in policy::GROUPS {
        let in_group = policy::group(rules, outcomes, status).into_iter().map(|r| &outcomes[r.index()]);
        let (shown, hidden): (Vec<&Outcome>, Vec<&Outcome>) =
            in_group.partition(|&o| sensitive || !policy::reveals_sensitive(rules, o));
        left_out += hidden.len();
        // A group's heading only above a right of it: none stands empty.
        if shown.is_empty() {
            continue;
        }
        text += &format!("\n{}\n", language.text(crate::i18n::group_title(status)));
        if status == Status::NotEligible {
            // The others in one paragraph: why each does not apply is on the form.
            let titles: Vec<String> = shown.iter().map(|o| title(rules, language, o)).collect();
            text += &format!("{}\n", titles.join(&separator));
            continue;
        }
        for outcome in shown {
            text += &format!("- {}\n", title(rules, language, outcome));
            for (heading, items) in details(rules, language, &out, today, outcome) {
                if !items.is_empty() {
                    let args = [("what", language.text(heading).into()), ("items", items.join(&separator).into())];
                    text += &format!("  {}\n", language.text_with(t::SUMMARY_DETAIL, &args));
                }
            }
        }
    }
    if left_out > 0 {
        text += &format!("\n{}\n", language.text_with(t::SUMMARY_SENSITIVE_LEFT_OUT, &[("count", left_out.into())]));
    }
    crate::export::leave(&text)
}

/// An answer in words, several choices separated as the language separates them.
fn answer_text(language: Language, question: QuestionId, answer: &huquq_engine::Answer) -> String {
    match answer {
        huquq_engine::Answer::Given(huquq_engine::Value::Choices(choices)) => choices
            .iter()
            .map(|&c| language.answer(question, &huquq_engine::Answer::Given(huquq_engine::Value::Choice(c))))
            .collect::<Vec<_>>()
            .join(&language.text(t::RESULTS_COMMA)),
        answer => language.answer(question, answer),
    }
}

/// A right's title, with its notice (not in force that day, aged evidence, left open by its
/// sources) in brackets.
fn title(rules: &RuleSet, language: Language, outcome: &Outcome) -> String {
    let title = language.text_of(&keys::right(rules.right(outcome.right)));
    let notice = language
        .validity(outcome.validity)
        .or_else(|| language.aged(outcome))
        .or_else(|| outcome.open_by_source.then(|| language.text(t::CARD_OPEN_BY_SOURCE)));
    match notice {
        Some(notice) => format!("{title} ({notice})"),
        None => title,
    }
}

/// Under a right that applies or may apply: what is still to ask, where to go first and a number
/// to call (for one that applies; the others' offices are on the form) and what to bring.
fn details(
    rules: &RuleSet,
    language: Language,
    answers: &Answers,
    today: Date,
    outcome: &Outcome,
) -> [(Text, Vec<String>); 3] {
    let open = outcome.open.iter().map(|&q| language.text_of(&keys::question(rules.question(q))));
    let (first, call) = match outcome.status {
        Status::Eligible => crate::export::contacts(rules.right(outcome.right), answers, false),
        _ => (None, None),
    };
    let offices = first.into_iter().chain(call).map(|o| crate::export::office_text(language, o));
    let documents = policy::documents(rules, outcome.right, answers, today)
        .into_iter()
        .map(|d| language.text_of(&keys::document(&d.id)));
    [(t::SUMMARY_OPEN, open.collect()), (t::CARD_WHERE, offices.collect()), (t::CARD_BRING, documents.collect())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::leave;
    use crate::rules::rules;
    use crate::state::{Action, Interview};
    use huquq_engine::{Answer, Date, Value};

    fn today() -> Date {
        Date::from_ymd(2026, 11, 23).unwrap()
    }

    fn set(interview: Interview, question: &str, value: Value) -> Interview {
        let q = rules().question_index(question).unwrap();
        interview.apply(rules(), Action::Set(q, Answer::Given(value)))
    }

    fn changeable(interview: &Interview, question: &str) -> bool {
        let q = rules().question_index(question).unwrap();
        can_change(rules(), interview, q)
    }

    #[test]
    fn the_ages_of_children_wait_for_children_and_grey_out_without_them() {
        let interview = Interview::new(rules(), today());
        assert!(changeable(&interview, "papers"));
        assert!(changeable(&interview, "has_children"));
        assert!(!changeable(&interview, "children_ages"), "asked only once there are children");
        let with_children = set(interview.clone(), "has_children", Value::Bool(true));
        assert!(changeable(&with_children, "children_ages"));
        let without = set(interview, "has_children", Value::Bool(false));
        assert!(!changeable(&without, "children_ages"));
        assert!(changeable(&without, "has_children"), "a given answer stays changeable");
    }

    #[test]
    fn a_question_no_open_right_waits_for_is_greyed_out() {
        let adult = set(Interview::new(rules(), today()), "age", Value::Number(30));
        assert!(!changeable(&adult, "alone_minor"), "only asked of minors");
        let papers = rules().question(rules().question_index("papers").unwrap());
        let refugee = papers.kind.choice_id("refugee_card").unwrap();
        let refugee = set(adult, "papers", Value::Choice(refugee));
        assert!(!changeable(&refugee, "fears_return"), "asked only without refugee status");
    }

    #[test]
    fn the_region_can_be_answered_while_a_right_may_send_people_to_an_office_in_a_region() {
        // Psychosocial support applies to everyone and lists IOM's office in Rabat.
        assert!(changeable(&Interview::new(rules(), today()), "region"));
    }

    #[test]
    fn the_summary_holds_the_answers_and_the_rights_by_status_with_offices_and_documents() {
        let english = Language::from_code("en").unwrap();
        let ages = rules().question(rules().question_index("children_ages").unwrap());
        let interview = set(
            set(Interview::new(rules(), today()), "has_children", Value::Bool(true)),
            "children_ages",
            Value::Choices(vec![ages.kind.choice_id("age_6_to_15").unwrap()]),
        );
        let text = case_summary(rules(), english, &interview, false);
        let eligible = text.find(&leave(&english.text(t::RESULTS_ELIGIBLE))).unwrap();
        let maybe = text.find(&leave(&english.text(t::RESULTS_UNDETERMINED))).unwrap();
        let school = text.find(&leave(&english.text_of("right-education-school-enrolment"))).unwrap();
        assert!(eligible < school && school < maybe, "school is under 'probably yes':\n{text}");
        assert!(text.contains(&format!(
            "{} — {}",
            english.text_of("question-has_children"),
            english.text(t::ANSWER_YES)
        )));
        assert!(text.contains(&leave(&english.text_of("choice-children_ages-age_6_to_15"))));
        assert!(text.contains(&leave(&english.text_of("office-public-school"))));
        assert!(text.contains(&leave(&english.text_of("document-written-request"))));
        assert!(text[maybe..].contains(&leave(&english.text(t::SUMMARY_OPEN))), "what is left to ask for a 'maybe'");
        assert!(text.contains(&leave(&english.date(today()))), "the day the rules were read on:\n{text}");
        assert!(!text.contains("2026-11-23"), "never an ISO date:\n{text}");
    }

    #[test]
    fn sensitive_answers_and_the_rights_they_decide_stay_out_of_the_summary_unless_ticked() {
        let english = Language::from_code("en").unwrap();
        let interview = set(Interview::new(rules(), today()), "violence", Value::Bool(true));
        let violence = english.text_of("question-violence");
        let victim = english.text_of("right-protection-violence-victim");
        let kept = case_summary(rules(), english, &interview, false);
        assert!(!kept.contains(&violence) && !kept.contains(&victim), "{kept}");
        assert!(
            kept.contains(&leave(&english.text_with(t::SUMMARY_SENSITIVE_LEFT_OUT, &[("count", 2.into())]))),
            "{kept}"
        );
        let whole = case_summary(rules(), english, &interview, true);
        assert!(whole.contains(&violence) && whole.contains(&victim), "{whole}");
    }

    /// The order the CLI's JSON and the terminal interview also follow (crates/rules-cli/tests).
    #[test]
    fn the_summary_lists_the_rights_in_the_engines_order() {
        let english = Language::from_code("en").unwrap();
        let no_papers =
            rules()[rules().question_index("papers").unwrap()].kind.choices().iter().position(|c| c == "no_papers");
        let no_papers = Value::Choice(u16::try_from(no_papers.unwrap()).unwrap().into());
        let interview =
            set(set(Interview::new(rules(), today()), "papers", no_papers), "has_children", Value::Bool(false));
        let text = case_summary(rules(), english, &interview, true);
        let order: Vec<String> = policy::ordered(rules(), &interview.evaluation.outcomes)
            .into_iter()
            .map(|r| english.text_of(&keys::right(&rules()[r])))
            .collect();
        // Each right's line starts with its title (a title may hold brackets, as a notice does);
        // the rights that do not apply share one line.
        let separator = english.text(t::RESULTS_SEPARATOR);
        let listed: Vec<&String> = text
            .lines()
            .flat_map(|l| l.strip_prefix("- ").map_or_else(|| l.split(separator.as_str()).collect(), |l| vec![l]))
            .filter_map(|l| order.iter().filter(|t| l.starts_with(t.as_str())).max_by_key(|t| t.len()))
            .collect();
        assert_eq!(listed, order.iter().collect::<Vec<_>>());
        assert!(order.len() > 20);
    }

    #[test]
    fn the_summary_of_a_past_day_says_which_rights_were_not_yet_in_force() {
        let english = Language::from_code("en").unwrap();
        let interview = set(Interview::new(rules(), today()), "has_children", Value::Bool(true))
            .apply(rules(), Action::AsOf(Date::from_ymd(2013, 1, 1).unwrap()));
        let text = case_summary(rules(), english, &interview, false);
        let line =
            text.lines().find(|l| l.contains(&leave(&english.text_of("right-education-school-enrolment")))).unwrap();
        assert!(line.contains(&leave(&english.date(Date::from_ymd(2013, 10, 9).unwrap()))), "{line}");
        assert!(text.find(&leave(&english.text(t::RESULTS_NOT_ELIGIBLE))).unwrap() < text.find(line).unwrap());
    }

    #[test]
    fn the_summary_leaves_clean_with_no_empty_group_and_arabic_punctuation_in_arabic() {
        let arabic = Language::from_code("ar").unwrap();
        for (name, interview) in crate::export::tests::personas() {
            for language in Language::all() {
                let text = case_summary(rules(), language, &interview, false);
                assert_eq!(text, leave(&text), "{name}: direction marks left in the summary");
                assert!(!text.contains(&leave(&language.text(t::RESULTS_NONE))), "{name}:\n{text}");
                // Every group's heading has a right under it.
                let lines: Vec<&str> = text.lines().collect();
                for status in policy::GROUPS {
                    let heading = leave(&language.text(crate::i18n::group_title(status)));
                    if let Some(at) = lines.iter().position(|l| *l == heading) {
                        assert!(lines.get(at + 1).is_some_and(|l| !l.trim().is_empty()), "{name}: empty {heading}");
                    }
                }
            }
            let text = case_summary(rules(), arabic, &interview, true);
            assert!(text.contains("؛ ") && !text.contains(" ; "), "{name}:\n{text}");
        }
        // Every question answered, nothing is left to check: that group has no heading.
        let english = Language::from_code("en").unwrap();
        let answers = "papers=refugee_card&has_children=yes&children_ages=age_1_to_3&age=34&sex=woman&pregnant=no\
            &violence=no&trafficking=no&wants_return=no&homeless=no&low_income=no&region=rabat_sale_kenitra";
        let done = Interview::restore(rules(), today(), huquq_engine::Answers::decode(rules(), answers));
        assert!(done.evaluation.outcomes.iter().all(|o| o.status != Status::Undetermined));
        let text = case_summary(rules(), english, &done, false);
        assert!(!text.contains(&leave(&english.text(t::RESULTS_UNDETERMINED))), "{text}");
        assert!(!text.contains(&leave(&english.text(t::RESULTS_NONE))), "{text}");
    }
}
