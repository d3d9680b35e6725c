//! What changed for a person since the version of the rules their saved link, code or case
//! was made with: the rights `rules/changes.toml` names after that version that are not
//! "not for you" for their answers today. Pure: the caller gives the outcomes.

use crate::model::{RightChange, RuleSet};
use crate::outcome::{Outcome, Status};

/// Of `changes` (`check::Report::changes`, which the app reads from the details), those after
/// `version` and up to the rules' own, to rights of these rules whose status in `outcomes`
/// is not `not_eligible`, in version order. Empty for a link of this version or a newer one.
pub fn since<'a>(
    rules: &RuleSet,
    changes: &'a [RightChange],
    version: u32,
    outcomes: &[Outcome],
) -> Vec<&'a RightChange> {
    let applies = |c: &RightChange| {
        let outcome = rules.right_index(&c.right).and_then(|r| outcomes.get(r.index()));
        outcome.is_some_and(|o| o.status != Status::NotEligible)
    };
    changes.iter().filter(|c| c.version > version && c.version <= rules.version && applies(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers, Value};
    use crate::date::Date;
    use crate::model::{ChangeKind, Expr, Question, QuestionKind, Right};

    /// Two rights for those with papers and one for everyone; version 3 of the rules, whose
    /// versions 2 and 3 each changed something.
    fn rules() -> (RuleSet, Vec<RightChange>) {
        let right = |id: &str, when| Right { id: id.into(), when, ..Right::default() };
        let change = |version, right: &str, kind| RightChange { version, right: right.into(), kind };
        let rules = RuleSet {
            version: 3,
            questions: vec![Question {
                id: "papers".into(),
                kind: QuestionKind::YesNo,
                ask_if: None,
                dont_know: true,
                sensitive: false,
                shown_first: Vec::new(),
            }],
            rights: vec![
                right("work.jobs", Expr::Flag(0.into())),
                right("health.care", Expr::Const(true)),
                right("work.business", Expr::Flag(0.into())),
            ],
            ..RuleSet::default()
        };
        let changes = vec![
            change(2, "work.jobs", ChangeKind::Added),
            change(2, "health.care", ChangeKind::Changed),
            change(3, "work.business", ChangeKind::Added),
            // An NGO's guide that keeps only some domains has no such right: left out.
            change(3, "protection.not-kept", ChangeKind::Added),
        ];
        (rules, changes)
    }

    fn named(changes: Vec<&RightChange>) -> Vec<(u32, String)> {
        changes.iter().map(|c| (c.version, c.right.clone())).collect()
    }

    #[test]
    fn an_older_version_shows_the_changes_since_to_rights_not_ruled_out() {
        let (rules, changes) = rules();
        let day = Date::from_ymd(2026, 12, 6).unwrap();
        let mut answers = Answers::new(&rules);
        answers.set(&rules, 0.into(), Answer::Given(Value::Bool(false))).unwrap();
        let no_papers = crate::outcome::evaluate(&rules, &answers, day);
        assert_eq!(named(since(&rules, &changes, 1, &no_papers)), [(2, "health.care".to_string())]);
        answers.set(&rules, 0.into(), Answer::Given(Value::Bool(true))).unwrap();
        let papers = crate::outcome::evaluate(&rules, &answers, day);
        let all = [(2, "work.jobs".to_string()), (2, "health.care".to_string()), (3, "work.business".to_string())];
        assert_eq!(named(since(&rules, &changes, 1, &papers)), all);
        assert_eq!(named(since(&rules, &changes, 2, &papers)), [(3, "work.business".to_string())]);
        // Undetermined is not ruled out: it is shown.
        let unanswered = crate::outcome::evaluate(&rules, &Answers::new(&rules), day);
        assert_eq!(since(&rules, &changes, 1, &unanswered).len(), 3);
        assert!(since(&rules, &changes, 3, &papers).is_empty());
        assert!(since(&rules, &changes, 9, &papers).is_empty());
    }
}
