//! What a person can take away from the results, made on the device: the results as plain
//! text to send by a messaging app, reminders as a calendar file, and the message of "this
//! looks wrong". Pure text, tested natively; nothing here sends anything, and sensitive
//! answers never go in. Every text that leaves the page (these, and the counsellor's summary)
//! is made by [`leave`].

use crate::i18n::{Language, t};
use crate::rules::rules;
use huquq_engine::model::{OfficeId, Right, RightId};
use huquq_engine::{Answers, Date, Evaluation, Status, keys, policy};

/// The rights that apply, in the order the results offer them (the engine's `policy`).
pub fn applying(evaluation: &Evaluation) -> Vec<RightId> {
    policy::group(rules(), &evaluation.outcomes, Status::Eligible)
}

/// Whether a right reveals a sensitive answer (the engine's `policy`): it then leaves the
/// screen (print, share, calendar) only when the person ticks for it.
pub fn from_sensitive(evaluation: &Evaluation, right: RightId) -> bool {
    policy::reveals_sensitive(rules(), &evaluation.outcomes[right.index()])
}

/// The rights that apply and may leave the screen: those from sensitive answers only if ticked.
pub fn to_keep(evaluation: &Evaluation, include_sensitive: bool) -> Vec<RightId> {
    let mut rights = applying(evaluation);
    rights.retain(|&r| include_sensitive || !from_sensitive(evaluation, r));
    rights
}

/// The answers what leaves the screen is drawn from: the sensitive ones only when ticked, so
/// that nothing on paper, in a text or in a calendar follows from one: not the order of "start
/// here" (what the person came for puts its rights first), not a step or a paper shown for
/// one, not a reminder (the 30 days to declare a birth, for a pregnancy).
pub fn answers_out(answers: &Answers, include_sensitive: bool) -> Answers {
    if include_sensitive { answers.clone() } else { answers.without_sensitive(rules()) }
}

/// "Today" and "start here" as they leave the screen (the printouts): the rights kept, in the
/// results' order, decided from the answers that may leave ([`answers_out`]).
pub fn first_out(
    evaluation: &Evaluation,
    answers: &Answers,
    today: Date,
    include_sensitive: bool,
) -> (Vec<RightId>, Vec<RightId>) {
    let kept = to_keep(evaluation, include_sensitive);
    let answers = answers_out(answers, include_sensitive);
    let (urgent, first) = policy::urgent_and_start_here(rules(), &evaluation.outcomes, &answers, today);
    let keep = |rights: Vec<RightId>| rights.into_iter().filter(|r| kept.contains(r)).collect();
    (keep(urgent), keep(first))
}

/// The one way out of the page for a text (copied, shared, downloaded, put in a message):
/// without the invisible marks that keep directions apart on screen, which a messaging app,
/// a text message or a calendar shows as boxes or moves around.
pub fn leave(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect()
}

/// The results as plain text: the day, each right that applies with where to go and what to
/// bring (and "check first" where its evidence has aged), and a number to call: the emergency
/// numbers when one of these rights is urgent, else the first office with a phone when no
/// office named has one. No answer is in it; rights from sensitive answers only if
/// `include_sensitive`.
pub fn share_text(
    language: Language,
    evaluation: &Evaluation,
    answers: &Answers,
    today: Date,
    include_sensitive: bool,
) -> String {
    let (rules, answers) = (rules(), &answers_out(answers, include_sensitive));
    let mut text = format!("{}\n", language.text(t::APP_TITLE));
    text += &language.text_with(t::RESULTS_AS_OF, &[("date", language.date(today).into())]);
    text += "\n";
    let kept = to_keep(evaluation, include_sensitive);
    let mut called = false;
    for &id in &kept {
        let right = &rules[id];
        text += &format!("\n* {}\n", language.text_of(&keys::right(right)));
        if let Some(aged) = language.aged(&evaluation.outcomes[id.index()]) {
            text += &format!("  {aged}\n");
        }
        let (first, call) = contacts(right, answers, called);
        if let Some(office) = first {
            text += &format!("  {}\n", detail(language, t::CARD_WHERE, office_text(language, office)));
        }
        if let Some(office) = call {
            text += &format!("  {}\n", detail(language, t::RESULTS_CALL, office_text(language, office)));
        }
        called |= first.is_some_and(has_phone) || call.is_some();
        let documents: Vec<String> = policy::documents(rules, id, answers, today)
            .into_iter()
            .map(|d| language.text_of(&keys::document(&d.id)))
            .collect();
        if !documents.is_empty() {
            let documents = documents.join(&language.text(t::RESULTS_SEPARATOR));
            text += &format!("  {}\n", detail(language, t::CARD_BRING, documents));
        }
    }
    if kept.iter().any(|&r| rules[r].urgent) {
        let numbers: Vec<String> = rules.emergency.iter().map(|&o| office_text(language, o)).collect();
        let numbers = numbers.join(&language.text(t::RESULTS_SEPARATOR));
        text += &format!("\n{}\n", detail(language, t::TODAY_EMERGENCY, numbers));
    }
    leave(&text)
}

/// "What: items", punctuated as the language does ("Où aller : …").
fn detail(language: Language, what: crate::i18n::Text, items: String) -> String {
    language.text_with(t::SUMMARY_DETAIL, &[("what", language.text(what).into()), ("items", items.into())])
}

/// Whether an office has a phone number (known once the details are here).
pub fn has_phone(office: OfficeId) -> bool {
    !crate::rules::office(office).phone.is_empty()
}

/// The offices a right names outside the screen: its first (the nearest), and, unless a
/// number was `already` given, its first office with a phone when the first has none.
pub fn contacts(right: &Right, answers: &Answers, already: bool) -> (Option<OfficeId>, Option<OfficeId>) {
    let first = huquq_engine::places::offices(rules(), right, answers).first().map(|&(o, _)| o);
    let call = if already || first.is_some_and(has_phone) { None } else { first_phone(right, answers) };
    (first, call)
}

/// A right's first office with a phone, in the order the person sees its offices.
pub fn first_phone(right: &Right, answers: &Answers) -> Option<OfficeId> {
    huquq_engine::places::offices(rules(), right, answers).into_iter().map(|(o, _)| o).find(|&o| has_phone(o))
}

/// An office in one line: its name or kind, address, numbers and hours.
pub fn office_text(language: Language, office: OfficeId) -> String {
    let office = crate::rules::office(office);
    let mut text = language.text_of(&keys::office(&office.id));
    let comma = language.text(t::RESULTS_COMMA);
    for detail in office.contact_parts(&language.text(t::CARD_WHATSAPP), language.hours(&office.hours)) {
        text += &format!("{comma}{detail}");
    }
    text
}

/// A calendar (RFC 5545) with, for each right kept whose first step has a deadline and fits
/// the person (`policy::deadline`), an all-day reminder on its last day counted from `today`,
/// saying so: the rules know the delay, not the day it started (a birth, a notification).
pub fn calendar(
    language: Language,
    evaluation: &Evaluation,
    answers: &Answers,
    today: Date,
    include_sensitive: bool,
) -> String {
    let (rules, answers) = (rules(), &answers_out(answers, include_sensitive));
    let stamp = compact(today);
    let mut lines = vec!["BEGIN:VCALENDAR".to_string(), "VERSION:2.0".into(), "PRODID:-//Huquq//Huquq//EN".into()];
    for id in to_keep(evaluation, include_sensitive) {
        let Some(days) = policy::deadline(rules, id, answers, today) else { continue };
        let right = &rules[id];
        let due = Date::from_days(today.days() + i32::from(days));
        let step = right.steps.first().map_or_else(
            || language.attribute(&keys::right(right), keys::SUMMARY),
            |step| language.text_of(&keys::step(&step.id)),
        );
        // The rules know the delay, not when it started: say from which day it is counted.
        let counted = language.text_with(
            t::CALENDAR_COUNTED,
            &[("date", language.date(today).into()), ("days", usize::from(days).into())],
        );
        let what = format!("{step}\n{counted}");
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{stamp}@huquq", right.id),
            format!("DTSTAMP:{stamp}T000000Z"),
            format!("DTSTART;VALUE=DATE:{}", compact(due)),
            format!("SUMMARY:{}", escape(&language.text_of(&keys::right(right)))),
            format!("DESCRIPTION:{}", escape(&what)),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    leave(&(lines.iter().map(|line| fold(line)).collect::<Vec<_>>().join("\r\n") + "\r\n"))
}

/// Whether the calendar would hold any reminder.
pub fn has_deadlines(evaluation: &Evaluation, answers: &Answers, today: Date, include_sensitive: bool) -> bool {
    let answers = &answers_out(answers, include_sensitive);
    to_keep(evaluation, include_sensitive).into_iter().any(|r| policy::deadline(rules(), r, answers, today).is_some())
}

fn compact(day: Date) -> String {
    let (y, m, d) = day.ymd();
    format!("{y:04}{m:02}{d:02}")
}

/// RFC 5545 text: backslash, semicolon, comma and line breaks escaped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// RFC 5545 lines are at most 75 bytes: longer ones go on with a space at the start of the next.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

/// The message of "this looks wrong" for a right: which right, the answers that decided it
/// (sensitive ones left out), and the rules' version; written by the person's own mail or
/// messaging app, sent (or not) by them.
pub fn report(
    language: Language,
    right: &Right,
    because: &[huquq_engine::model::QuestionId],
    answers: &Answers,
) -> String {
    let rules = rules();
    let mut text = language.text_with(t::REPORT_BODY, &[("right", language.text_of(&keys::right(right)).into())]);
    text += &format!("\n({})\n", right.id);
    for &q in because.iter().filter(|&&q| !rules[q].sensitive) {
        if let Some(answer) = answers.get(q) {
            text += &format!("- {}: {}\n", rules[q].id, huquq_engine::answers::display_answer(rules, q, answer));
        }
    }
    text += &language.text_with(t::REPORT_VERSION, &[("date", rules.reviewed.to_string().into())]);
    leave(&text)
}

/// The message of "this looks wrong" for an office: which office, as the guide shows it,
/// and the rules' version. No answer is in it.
pub fn report_office(language: Language, office: OfficeId) -> String {
    let rules = rules();
    let known = crate::rules::office(office);
    let mut text = language.text_with(t::REPORT_BODY, &[("right", office_text(language, office).into())]);
    text += &format!("\n({})\n", known.id);
    text += &language.text_with(t::REPORT_VERSION, &[("date", rules.reviewed.to_string().into())]);
    leave(&text)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::state::{Action, Interview};
    use huquq_engine::{Answer, Value};

    /// A refugee who answered violence, with children of `ages` (choices of `children_ages`).
    fn refugee_with_children(ages: &[&str]) -> Interview {
        let rules = rules();
        let q = |id: &str| rules.question_index(id).unwrap();
        let index = |question: &str, choice: &str| {
            let index = rules[q(question)].kind.choices().iter().position(|c| c == choice).unwrap();
            u16::try_from(index).unwrap().into()
        };
        let ages = ages.iter().map(|age| index("children_ages", age)).collect();
        Interview::new(rules, Date::from_ymd(2026, 11, 30).unwrap())
            .apply(rules, Action::Set(q("papers"), Answer::Given(Value::Choice(index("papers", "refugee_card")))))
            .apply(rules, Action::Set(q("has_children"), Answer::Given(Value::Bool(true))))
            .apply(rules, Action::Set(q("children_ages"), Answer::Given(Value::Choices(ages))))
            .apply(rules, Action::Set(q("violence"), Answer::Given(Value::Bool(true))))
    }

    fn refugee_with_a_newborn() -> Interview {
        refugee_with_children(&["under_1"])
    }

    /// The people of `tests/e2e/personas.mjs`, answered as there, with the details (the
    /// offices' numbers) loaded as the page loads them after the first screen.
    pub(crate) fn personas() -> Vec<(&'static str, Interview)> {
        crate::rules::set_details(include_bytes!(concat!(env!("OUT_DIR"), "/site/details.bin")));
        let today = Date::from_ymd(2026, 12, 6).unwrap();
        [
            ("refugee mother of three", "papers=refugee_card&has_children=yes&children_ages=age_1_to_3.age_6_to_15.age_16_to_17&age=34&sex=woman&pregnant=no&region=rabat_sale_kenitra"),
            ("man without papers in Tangier", "papers=no_papers&has_children=no&age=28&sex=man&region=tanger_tetouan_al_hoceima"),
            ("16-year-old alone in Oujda", "papers=no_papers&has_children=no&age=16&alone_minor=yes&sex=man&homeless=yes&region=oriental"),
            ("pregnant asylum seeker in Casablanca", "papers=asylum_seeker&has_children=no&age=25&sex=woman&pregnant=yes&region=casablanca_settat"),
        ]
        .into_iter()
        .map(|(name, answers)| {
            let read = Answers::decode(rules(), answers);
            assert!(read.1.is_empty(), "{name}: {:?}", read.1);
            (name, Interview::restore(rules(), today, read))
        })
        .collect()
    }

    /// Whether a text holds an office's phone number as the offices give them ("+212 5 37 …");
    /// the short emergency numbers are looked for on their own line.
    pub(crate) fn has_number(text: &str) -> bool {
        let details = crate::rules::details().expect("loaded by personas()");
        details.offices.iter().flat_map(|o| &o.phone).filter(|n| n.len() > 5).any(|n| text.contains(n.as_str()))
    }

    const DIRECTION_MARKS: [char; 11] = [
        '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ];

    #[test]
    fn leaving_the_page_strips_every_direction_mark_and_nothing_else() {
        let marked: String = DIRECTION_MARKS.iter().map(|c| format!("a{c}")).collect();
        assert_eq!(leave(&marked), "a".repeat(DIRECTION_MARKS.len()));
        assert_eq!(leave("حقوق ؛ droits, +212 5 37"), "حقوق ؛ droits, +212 5 37");
    }

    #[test]
    fn every_persona_takes_away_a_number_to_call_and_no_direction_mark_in_any_language() {
        for (name, interview) in personas() {
            let (evaluation, answers, today) = (&interview.evaluation, &interview.answers, interview.today);
            for language in Language::all() {
                let text = share_text(language, evaluation, answers, today, false);
                assert!(has_number(&text), "{name} ({}): no number in\n{text}", language.code());
                let ics = calendar(language, evaluation, answers, today, true);
                let first = applying(evaluation)[0];
                let report = report(language, &rules()[first], &evaluation.outcomes[first.index()].because, answers);
                for exported in [&text, &ics, &report] {
                    assert!(!exported.contains(DIRECTION_MARKS), "{name}: a direction mark in\n{exported}");
                }
            }
        }
    }

    #[test]
    fn an_urgent_right_puts_the_emergency_numbers_in_the_shared_text() {
        let (_, alone) = personas().remove(2);
        let english = Language::from_code("en").unwrap();
        let text = share_text(english, &alone.evaluation, &alone.answers, alone.today, false);
        let line = text.lines().find(|l| l.starts_with(&english.text(t::TODAY_EMERGENCY))).unwrap_or_default();
        assert!(line.contains("19") && line.contains("15") && line.contains("177"), "{text}");
    }

    #[test]
    fn lists_in_an_arabic_text_are_separated_by_arabic_punctuation() {
        let (_, mother) = personas().remove(0);
        let arabic = Language::from_code("ar").unwrap();
        let text = share_text(arabic, &mother.evaluation, &mother.answers, mother.today, false);
        assert!(text.contains("؛ ") && text.contains("، "), "{text}");
        assert!(!text.contains(" ; ") && !text.contains(", +"), "{text}");
    }

    #[test]
    fn shared_text_has_no_invisible_direction_marks_and_no_answer() {
        let interview = refugee_with_a_newborn();
        for language in Language::all() {
            let text = share_text(language, &interview.evaluation, &interview.answers, interview.today, false);
            assert!(!text.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)), "{text}");
            assert!(text.contains(&leave(&language.text_of("right-health-primary-care"))), "{text}");
            assert!(!text.contains(&leave(&language.text_of("question-violence"))), "no answer, sensitive or not");
            // ANAPEC's newest source is from 2022: the text says to check first, as the page does.
            let aged = leave(&language.text_with(t::STATUS_AGED, &[("year", "2022".into())]));
            assert!(text.contains(&format!("{}\n  {aged}", leave(&language.text_of("right-work-anapec")))), "{text}");
        }
    }

    #[test]
    fn rights_that_reveal_a_sensitive_answer_are_kept_only_when_ticked() {
        let interview = refugee_with_a_newborn();
        let english = Language::from_code("en").unwrap();
        let violence = leave(&english.text_of("right-protection-violence-victim"));
        let without = share_text(english, &interview.evaluation, &interview.answers, interview.today, false);
        let with = share_text(english, &interview.evaluation, &interview.answers, interview.today, true);
        assert!(!without.contains(&violence) && with.contains(&violence), "{without}\n---\n{with}");
    }

    #[test]
    fn the_calendar_has_a_reminder_per_deadline_and_parses_as_rfc_5545() {
        let interview = refugee_with_a_newborn();
        let english = Language::from_code("en").unwrap();
        let ics = calendar(english, &interview.evaluation, &interview.answers, interview.today, false);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261230"), "a birth is declared within 30 days:\n{ics}");
        assert!(ics.split("\r\n").all(|line| line.len() <= 75), "folded:\n{ics}");
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), ics.matches("END:VEVENT").count());
    }

    #[test]
    fn a_mother_of_children_of_6_to_15_gets_no_reminder_to_declare_a_birth() {
        let interview = refugee_with_children(&["age_6_to_15"]);
        let english = Language::from_code("en").unwrap();
        let (evaluation, answers, today) = (&interview.evaluation, &interview.answers, interview.today);
        let birth = rules().right_index("legal.birth-registration").unwrap();
        assert_eq!(evaluation.outcomes[birth.index()].status, huquq_engine::Status::Eligible, "the right is listed");
        let ics = calendar(english, evaluation, answers, today, false);
        assert!(!ics.contains("legal.birth-registration"), "no reminder:\n{ics}");
        assert!(!has_deadlines(evaluation, answers, today, false));
    }

    /// An interview from a saved link's answers, on the personas' day.
    fn restored(answers: &str) -> Interview {
        let read = Answers::decode(rules(), answers);
        assert!(read.1.is_empty(), "{answers}: {:?}", read.1);
        Interview::restore(rules(), Date::from_ymd(2026, 12, 6).unwrap(), read)
    }

    #[test]
    fn what_the_person_came_for_orders_start_here_on_paper_only_when_ticked() {
        let man = "papers=no_papers&has_children=no&age=28&sex=man&region=tanger_tetouan_al_hoceima";
        let first = |answers: &str, ticked| {
            let interview = restored(answers);
            first_out(&interview.evaluation, &interview.answers, interview.today, ticked).1
        };
        let (passed, came_for_work) = (first(man, false), format!("need=work&{man}"));
        let work = rules().right_index("work.social-security").unwrap();
        let ticked = first(&came_for_work, true);
        assert_ne!(ticked, passed, "ticked, the work rights come first: {ticked:?}");
        assert!(ticked.iter().position(|&r| r == work) < passed.iter().position(|&r| r == work), "{ticked:?}");
        assert_eq!(first(&came_for_work, false), passed, "unticked, the order says nothing of the need");
    }

    #[test]
    fn a_pregnancy_puts_no_birth_reminder_in_the_calendar_unless_ticked() {
        let interview =
            restored("papers=refugee_card&has_children=yes&children_ages=age_6_to_15&age=30&sex=woman&pregnant=yes");
        let (evaluation, answers, today) = (&interview.evaluation, &interview.answers, interview.today);
        let english = Language::from_code("en").unwrap();
        let birth = "UID:legal.birth-registration-";
        assert!(calendar(english, evaluation, answers, today, true).contains(birth), "ticked, the 30 days");
        assert!(!calendar(english, evaluation, answers, today, false).contains(birth), "unticked, no reminder");
    }

    #[test]
    fn a_report_names_the_right_and_leaves_sensitive_answers_out() {
        let interview = refugee_with_a_newborn();
        let rules = rules();
        let english = Language::from_code("en").unwrap();
        let right = rules.right_index("protection.violence-victim").unwrap();
        let outcome = &interview.evaluation.outcomes[right.index()];
        let text = report(english, &rules[right], &outcome.because, &interview.answers);
        assert!(text.contains("protection.violence-victim") && !text.contains("violence:"), "{text}");
        let right = rules.right_index("work.anapec").unwrap();
        let text =
            report(english, &rules[right], &interview.evaluation.outcomes[right.index()].because, &interview.answers);
        assert!(text.contains("papers: refugee_card"), "{text}");
    }
}
