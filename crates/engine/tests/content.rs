//! A right's content on the real rules, as its card and its static page show it: offices in
//! order, documents with their conditions, sources with their dates, who it is for.

mod support;

use huquq_engine::content::{self, Plain, Said};
use huquq_engine::model::{CompareOp, RightId};
use huquq_engine::{Answers, Date, RawAnswer, RuleSet};
use support::real;

fn day() -> Date {
    Date::from_ymd(2026, 12, 6).unwrap()
}

fn right(rules: &RuleSet, id: &str) -> RightId {
    rules.right_index(id).unwrap()
}

fn office_ids<'r>(rules: &'r RuleSet, content: &content::Content) -> Vec<&'r str> {
    content.offices.iter().map(|(o, _)| rules.offices[o.index()].id.as_str()).collect()
}

#[test]
fn school_enrolment_lists_its_offices_national_first_and_its_documents_with_their_condition() {
    let rules = real();
    let school = right(rules, "education.school-enrolment");
    let everyone = content::for_everyone(rules, school);
    assert_eq!(office_ids(rules, &everyone), ["public-school", "provincial-education-directorate", "acodec-oujda"]);
    let documents: Vec<&str> = everyone.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(documents, ["written-request", "passport-copy", "residence-card-copy-if-any", "identity-and-age-proof"]);
    let card = everyone.documents[2].when.as_ref().map(|w| content::plain(rules, w));
    let papers = rules.question_index("papers").unwrap();
    let choice = |name: &str| Said::Choice(rules.question(papers).kind.choice_id(name).unwrap());
    assert_eq!(
        card,
        Some(Plain::Answer { question: papers, answers: vec![choice("residence_card"), choice("refugee_card")] })
    );
    // The sources are the right's, the circular first with its date.
    assert_eq!(everyone.sources, rules.right(school).sources);
    let circular = &rules.sources[everyone.sources[0].index()];
    assert_eq!(
        (circular.id.as_str(), circular.date.map(|d| (d.year, d.month, d.day))),
        ("circular-13-487-schooling", Some((2013, 10, 9)))
    );
    // A person without a card is not asked for it; the card and the page agree on the rest.
    let mut answers = Answers::new(rules);
    answers.set_raw(rules, "papers", RawAnswer::Text("no_papers".into())).unwrap();
    let person = content::for_person(rules, school, &answers, day());
    let documents: Vec<&str> = person.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(documents, ["written-request", "passport-copy", "identity-and-age-proof"]);
    assert!(
        person.offices.iter().all(|o| everyone.offices.contains(&(o.0, huquq_engine::places::Placement::Anywhere)))
    );
}

#[test]
fn a_child_alone_is_said_to_be_under_18_and_alone() {
    let rules = real();
    let child = rules.right(right(rules, "protection.unaccompanied-child"));
    let (age, alone) = (rules.question_index("age").unwrap(), rules.question_index("alone_minor").unwrap());
    assert_eq!(
        content::plain(rules, &child.when),
        Plain::All(vec![
            Plain::Number { question: age, op: CompareOp::Lt, value: 18 },
            Plain::Answer { question: alone, answers: vec![Said::Yes] },
        ])
    );
}

#[test]
fn with_a_region_answered_the_offices_near_come_first_as_on_the_card() {
    let rules = real();
    let school = right(rules, "education.school-enrolment");
    let mut answers = Answers::new(rules);
    let region = rules.question(rules.placement.unwrap());
    let choice = region.kind.choices().iter().find(|c| *c != "oriental").unwrap().clone();
    answers.set_raw(rules, &region.id, RawAnswer::Text(choice)).unwrap();
    let person = content::for_person(rules, school, &answers, day());
    assert_eq!(office_ids(rules, &person).last(), Some(&"acodec-oujda"), "the office in another region comes last");
}
