//! "Start here", the steps shown, the papers asked and the calendar's deadline on the real
//! rules, through `policy` as the app and the CLI read them: the cases of issue 20, each also a
//! scenario in `rules/tests/`.

mod support;

use huquq_engine::answers::RawAnswer;
use huquq_engine::model::RightId;
use huquq_engine::{Answers, Date, RuleSet, Status, evaluate, policy};
use support::real;

fn day() -> Date {
    Date::from_ymd(2026, 12, 6).unwrap()
}

/// Answers written as in a scenario: a list for a several-choice question, a number, a choice
/// or yes/no.
fn answers(rules: &RuleSet, given: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::new(rules);
    for &(question, answer) in given {
        let raw = match answer {
            "true" | "false" => RawAnswer::Bool(answer == "true"),
            _ if answer.starts_with('[') => {
                let choices = answer.trim_matches(['[', ']']).split(',').map(str::trim).filter(|c| !c.is_empty());
                RawAnswer::List(choices.map(str::to_string).collect())
            }
            _ => answer.parse().map_or_else(|_| RawAnswer::Text(answer.to_string()), RawAnswer::Integer),
        };
        answers.set_raw(rules, question, raw).unwrap_or_else(|e| panic!("{question} = {answer}: {e}"));
    }
    answers
}

/// What the results show of a right: its status, whether it is in "start here", the steps
/// shown, the documents asked and the calendar's deadline.
struct Shown {
    status: Status,
    start_here: bool,
    steps: Vec<String>,
    documents: Vec<String>,
    deadline: Option<u16>,
}

fn shown(given: &[(&str, &str)], right: &str) -> Shown {
    let rules = real();
    let answers = answers(rules, given);
    let id: RightId = rules.right_index(right).unwrap();
    let outcomes = evaluate(rules, &answers, day());
    let (_, start_here) = policy::urgent_and_start_here(rules, &outcomes, &answers, day());
    Shown {
        status: outcomes[id.index()].status,
        start_here: start_here.contains(&id),
        steps: policy::steps(rules, id, &answers, day()).into_iter().map(|s| s.id.clone()).collect(),
        documents: policy::documents(rules, id, &answers, day()).into_iter().map(|d| d.id.clone()).collect(),
        deadline: policy::deadline(rules, id, &answers, day()),
    }
}

const MOTHER: [(&str, &str); 5] =
    [("papers", "refugee_card"), ("sex", "woman"), ("age", "38"), ("has_children", "true"), ("pregnant", "false")];

#[test]
fn declaring_a_birth_within_30_days_and_its_reminder_fit_a_pregnancy_or_a_child_under_1_only() {
    let birth = "legal.birth-registration";
    let with = |ages: &str| shown(&[&MOTHER[..], &[("children_ages", ages)]].concat(), birth);
    let school_age = with("[age_6_to_15]");
    assert_eq!(school_age.status, Status::Eligible, "the right is still listed");
    assert_eq!(school_age.steps, ["late-birth-judgment"]);
    assert!(!school_age.start_here && school_age.deadline.is_none(), "no start here, no reminder");
    let baby = with("[under_1, age_6_to_15]");
    assert_eq!(baby.steps, ["declare-birth-within-30-days", "late-birth-judgment"]);
    assert!(baby.start_here && baby.deadline == Some(30));
    let toddler = with("[age_1_to_3]");
    assert!(!toddler.start_here && toddler.deadline.is_none(), "a 2-year-old's birth is past its 30 days");
    let pregnant =
        shown(&[("papers", "asylum_seeker"), ("sex", "woman"), ("has_children", "false"), ("pregnant", "true")], birth);
    assert!(pregnant.start_here && pregnant.deadline == Some(30));
    let unknown = with("dont_know");
    assert_eq!(unknown.steps.len(), 2, "ages not known: both steps shown");
    assert!(!unknown.start_here && unknown.deadline.is_none(), "but the 30 days do not fit yet");
}

#[test]
fn legal_aid_from_the_court_of_ones_case_is_listed_but_never_in_start_here() {
    // A victim of trafficking: law 27-14 gives him legal aid whatever his nationality.
    let man = [
        ("papers", "no_papers"),
        ("sex", "man"),
        ("age", "28"),
        ("has_children", "false"),
        ("low_income", "true"),
        ("trafficking", "true"),
    ];
    let aid = shown(&man, "legal.legal-aid");
    assert_eq!((aid.status, aid.start_here), (Status::Eligible, false));
    assert_eq!(aid.steps, ["ask-legal-aid-at-court"], "the step is still shown on its card");
    assert!(shown(&man, "health.primary-care").start_here, "what fits him still comes first");
}

#[test]
fn the_papers_for_school_follow_the_person_s_papers_where_the_source_says_so() {
    let school = "education.school-enrolment";
    let parent = |papers| {
        shown(&[("papers", papers), ("has_children", "true"), ("children_ages", "[age_6_to_15]")], school).documents
    };
    let all = ["written-request", "passport-copy", "residence-card-copy-if-any", "identity-and-age-proof"];
    assert_eq!(parent("residence_card"), all);
    assert_eq!(parent("refugee_card"), all);
    let without_card = ["written-request", "passport-copy", "identity-and-age-proof"];
    assert_eq!(parent("unhcr_refugee"), without_card, "no residence card copy asked of a UNHCR refugee");
    let alone = [("papers", "no_papers"), ("has_children", "false"), ("age", "15"), ("alone_minor", "true")];
    assert_eq!(shown(&alone, school).documents, without_card, "nor of a child alone without papers");
    assert_eq!(parent("dont_know"), all, "a paper is asked until the answers rule it out");
}

/// "Start here" of the man of `rules/tests/ga-regularised-migrant-starts-business.toml`, with
/// `need` answered as given (or not at all), by right id.
fn start_here_of_a_man_with_a_residence_card(need: Option<&str>) -> Vec<String> {
    let rules = real();
    let mut given = vec![
        ("papers", "residence_card"),
        ("sex", "man"),
        ("age", "34"),
        ("has_children", "false"),
        ("homeless", "false"),
        ("trafficking", "false"),
        ("low_income", "false"),
    ];
    given.extend(need.map(|need| ("need", need)));
    let answers = answers(rules, &given);
    let (_, start_here) = policy::urgent_and_start_here(rules, &evaluate(rules, &answers, day()), &answers, day());
    start_here.into_iter().map(|r| rules.right(r).id.clone()).collect()
}

#[test]
fn the_need_work_puts_the_business_rights_first_in_start_here_and_removes_none() {
    let rules = real();
    let without = start_here_of_a_man_with_a_residence_card(None);
    let passed = start_here_of_a_man_with_a_residence_card(Some("[]"));
    assert_eq!(passed, without, "passed, start here is as without the question");
    // Without a need, the rights of `[meta] priority` lead, in its order.
    let listed: Vec<&String> =
        without.iter().filter(|r| rules.priority.iter().any(|&p| rules.right(p).id == **r)).collect();
    assert_eq!(without[..listed.len()].iter().collect::<Vec<_>>(), listed);
    let business = ["work.auto-entrepreneur", "work.cooperative"];
    assert!(!without[..4].iter().any(|r| business.contains(&r.as_str())), "{without:?}");
    let work = start_here_of_a_man_with_a_residence_card(Some("[work]"));
    // The work rights first (the four the results show first), in `priority` order, then the
    // others as before.
    assert_eq!(
        work[..4],
        ["work.anapec", "work.auto-entrepreneur", "work.cooperative", "work.entrepreneurship-support"]
    );
    let others: Vec<&String> = work.iter().filter(|r| !r.starts_with("work.")).collect();
    assert_eq!(others, without.iter().filter(|r| !r.starts_with("work.")).collect::<Vec<_>>());
    let mut sorted = work.clone();
    sorted.sort();
    let mut before = without.clone();
    before.sort();
    assert_eq!(sorted, before, "no right removed or added");
}
