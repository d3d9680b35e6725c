//! Which question to ask next, the last step after each answer (answers → eval → explain →
//! next). A question is worth asking only while it can still change an undetermined right, so
//! skip logic follows from the rules themselves. Questions are asked in the order the rules
//! declare them; a question's `ask_if` can hold it back until the questions it depends on are
//! answered, and skips it when it is false. What the person came for (`[meta] needs`) is asked
//! before all of them, though it decides no right. It reads outcomes; it never evaluates rights.

use crate::answers::Answers;
use crate::date::Date;
use crate::eval::{Context, Truth};
use crate::model::{QuestionId, RuleSet};
use crate::outcome::{Outcome, Status};

/// The questions left to ask, given the rights' outcomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Next {
    /// `None` when no question can change any result any more: the interview is over.
    pub question: Option<QuestionId>,
    /// At most this many questions are left to ask (fewer if answers settle rights early).
    pub remaining: usize,
    /// Unanswered questions that can still change an undetermined right, or place an office
    /// (the region), or say what the person came for (`[meta] needs`), in question order,
    /// whether or not their `ask_if` lets them be asked yet.
    pub wanted: Vec<QuestionId>,
}

/// The next question for these answers, whose rights' outcomes are `outcomes`.
pub fn next(rules: &RuleSet, answers: &Answers, outcomes: &[Outcome], today: Date) -> Next {
    let cx = Context { rules, today };
    let wanted = wanted_questions(rules, answers, outcomes);
    let mut question = None;
    let wanted: Vec<QuestionId> = rules.question_ids().filter(|&q| wanted[usize::from(q)]).collect();
    let mut to_ask = vec![false; rules.questions.len()];
    // What the person came for comes first, wherever it is declared.
    if let Some(needs) = rules.needs.filter(|q| wanted.contains(q)) {
        question = Some(needs);
    }
    for &q in &wanted {
        if let Some(ask) = question_to_ask(&cx, answers, q, 0) {
            question.get_or_insert(ask);
            to_ask[usize::from(ask)] = true;
            to_ask[usize::from(q)] |= ask != q;
        }
    }
    Next { question, remaining: to_ask.iter().filter(|&&b| b).count(), wanted }
}

/// Whether `question` would be asked itself now: its `ask_if` holds, or nothing left to
/// answer can settle it; not when it is skipped or held back for another question.
pub fn may_ask(rules: &RuleSet, answers: &Answers, today: Date, question: QuestionId) -> bool {
    question_to_ask(&Context { rules, today }, answers, question, 0) == Some(question)
}

/// Unanswered questions that can still change an undetermined right, or the placement
/// question (`RuleSet::placement`: it decides no right) while a right that may apply sends
/// people to an office in a region, or the needs question (`RuleSet::needs`, which decides no
/// right either) until it is answered, by question index.
fn wanted_questions(rules: &RuleSet, answers: &Answers, outcomes: &[Outcome]) -> Vec<bool> {
    let mut wanted = vec![false; rules.questions.len()];
    if let Some(needs) = rules.needs.filter(|&q| !answers.is_answered(q)) {
        wanted[usize::from(needs)] = true;
    }
    for outcome in outcomes.iter().filter(|o| o.status == Status::Undetermined) {
        for &q in &outcome.open {
            wanted[usize::from(q)] |= !answers.is_answered(q);
        }
    }
    if let Some(region) = rules.placement.filter(|&q| !answers.is_answered(q)) {
        let placed = |o: &&Outcome| {
            rules.right(o.right).offices.iter().any(|&office| rules.offices[usize::from(office)].region.is_some())
        };
        wanted[usize::from(region)] |= outcomes.iter().filter(|o| o.status != Status::NotEligible).any(|o| placed(&o));
    }
    wanted
}

/// The question to ask for `question`: itself, a question its `ask_if` is waiting for, or
/// nothing if its `ask_if` is false.
fn question_to_ask(cx: &Context, answers: &Answers, question: QuestionId, depth: usize) -> Option<QuestionId> {
    let Some(ask_if) = &cx.rules.question(question).ask_if else {
        return Some(question);
    };
    let mut open = Vec::new();
    match cx.residual(ask_if, answers, &mut open) {
        Truth::No => None,
        Truth::Yes => Some(question),
        Truth::Unknown => {
            crate::model::sort_small(&mut open);
            // The checker rejects cycles between `ask_if`s; the depth bound keeps this total.
            let first = open
                .into_iter()
                .find(|&q| q != question && !answers.is_answered(q) && depth < cx.rules.questions.len());
            match first {
                // A prerequisite that is itself skipped can never be answered: ask anyway.
                Some(prerequisite) => question_to_ask(cx, answers, prerequisite, depth + 1).or(Some(question)),
                None => Some(question),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Value};
    use crate::model::{Domain, Expr, Office, Question, QuestionKind, Right, RightKind};
    use crate::run;

    /// One right, for card holders, at an office placed in a region; then the region question.
    fn rules() -> RuleSet {
        let question = |id: &str, kind| Question {
            id: id.into(),
            kind,
            ask_if: None,
            dont_know: true,
            sensitive: false,
            shown_first: Vec::new(),
        };
        RuleSet {
            reviewed: Date::from_days(0),
            questions: vec![
                question("card", QuestionKind::YesNo),
                question("region", QuestionKind::OneOf { choices: vec!["north".into(), "south".into()] }),
            ],
            definitions: Vec::new(),
            rights: vec![Right {
                id: "work.jobs".into(),
                domain: Domain::Work,
                kind: RightKind::Programme,
                when: Expr::Flag(0.into()),
                uses: vec![0.into()],
                offices: vec![0.into()],
                ..Right::default()
            }],
            offices: vec![Office { id: "north-office".into(), region: Some("north".into()), ..Office::default() }],
            placement: Some(1.into()),
            ..RuleSet::default()
        }
    }

    #[test]
    fn what_the_person_came_for_is_asked_first_wherever_it_is_declared_and_can_be_passed() {
        let mut rules = rules();
        rules.questions.push(Question {
            id: "need".into(),
            kind: QuestionKind::AnyOf { choices: vec!["work".into(), "other".into()] },
            ask_if: None,
            dont_know: true,
            sensitive: true,
            shown_first: Vec::new(),
        });
        rules.needs = Some(2.into());
        let today = Date::from_days(20_000);
        let mut answers = Answers::new(&rules);
        let first = run(&rules, &answers, today);
        assert_eq!((first.next, first.remaining), (Some(2.into()), 3), "the need first, then card and region");
        answers.set(&rules, 2.into(), Answer::Given(Value::Choices(Vec::new()))).unwrap();
        let passed = run(&rules, &answers, today);
        assert_eq!((passed.next, passed.remaining), (Some(0.into()), 2), "passed: the interview as without it");
        assert!(!passed.wanted.contains(&2.into()));
    }

    #[test]
    fn the_region_is_asked_only_while_a_right_at_a_placed_office_may_apply() {
        let rules = rules();
        let today = Date::from_days(20_000);
        let mut answers = Answers::new(&rules);
        let first = run(&rules, &answers, today);
        assert_eq!((first.next, first.remaining), (Some(0.into()), 2), "the deciding question first, then the region");

        answers.set(&rules, 0.into(), Answer::Given(Value::Bool(true))).unwrap();
        assert_eq!(run(&rules, &answers, today).next, Some(1.into()));
        answers.set(&rules, 1.into(), Answer::DontKnow).unwrap();
        assert_eq!(run(&rules, &answers, today).next, None);

        let mut no_card = Answers::new(&rules);
        no_card.set(&rules, 0.into(), Answer::Given(Value::Bool(false))).unwrap();
        assert_eq!(run(&rules, &no_card, today).next, None, "no right left to place: the region is not asked");
    }
}
