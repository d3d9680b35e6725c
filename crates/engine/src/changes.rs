//! What changed for a person since the version of the rules their saved link, code or case
//! was made with: the rights `rules/changes.toml` names after that version that are not
//! "not for you" for their answers today. Pure: the caller gives the outcomes.

use crate::model::{RightChange, RuleSet};
use crate::outcome::{Outcome, Status};

/// The changes after `version` (up to the rules' own) to rights whose status in `outcomes`
/// is not `not_eligible`, in version order. Empty for a link of this version or a newer one.
pub fn since<'a>(rules: &'a RuleSet, version: u32, outcomes: &[Outcome]) -> Vec<&'a RightChange> {
    rules
        .changes
        .iter()
        .filter(|c| c.version > version && c.version <= rules.version)
        .filter(|c| outcomes.get(c.right.index()).is_some_and(|o| o.status != Status::NotEligible))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers, Value};
    use crate::date::Date;
    use crate::model::{ChangeKind, Expr, Question, QuestionKind, Right};

    /// Two rights for those with papers and one for everyone; version 3 of the rules, whose
    /// versions 2 and 3 each changed something.
    fn rules() -> RuleSet {
        let right = |id: &str, when| Right { id: id.into(), when, ..Right::default() };
        let change = |version, right: u16, kind| RightChange { version, right: right.into(), kind };
        RuleSet {
            version: 3,
            questions: vec![Question {
                id: "papers".into(),
                kind: QuestionKind::YesNo,
                ask_if: None,
                dont_know: true,
                sensitive: false,
            }],
            rights: vec![
                right("work.jobs", Expr::Flag(0.into())),
                right("health.care", Expr::Const(true)),
                right("work.business", Expr::Flag(0.into())),
            ],
            changes: vec![
                change(2, 0, ChangeKind::Added),
                change(2, 1, ChangeKind::Changed),
                change(3, 2, ChangeKind::Added),
            ],
            ..RuleSet::default()
        }
    }

    fn named(rules: &RuleSet, changes: Vec<&RightChange>) -> Vec<(u32, String)> {
        changes.iter().map(|c| (c.version, rules.right(c.right).id.clone())).collect()
    }

    #[test]
    fn an_older_version_shows_the_changes_since_to_rights_not_ruled_out() {
        let rules = rules();
        let day = Date::from_ymd(2026, 12, 6).unwrap();
        let mut answers = Answers::new(&rules);
        answers.set(&rules, 0.into(), Answer::Given(Value::Bool(false))).unwrap();
        let no_papers = crate::outcome::evaluate(&rules, &answers, day);
        assert_eq!(named(&rules, since(&rules, 1, &no_papers)), [(2, "health.care".to_string())]);
        answers.set(&rules, 0.into(), Answer::Given(Value::Bool(true))).unwrap();
        let papers = crate::outcome::evaluate(&rules, &answers, day);
        let all = [(2, "work.jobs".to_string()), (2, "health.care".to_string()), (3, "work.business".to_string())];
        assert_eq!(named(&rules, since(&rules, 1, &papers)), all);
        assert_eq!(named(&rules, since(&rules, 2, &papers)), [(3, "work.business".to_string())]);
        // Undetermined is not ruled out: it is shown.
        let unanswered = crate::outcome::evaluate(&rules, &Answers::new(&rules), day);
        assert_eq!(since(&rules, 1, &unanswered).len(), 3);
        assert!(since(&rules, 3, &papers).is_empty());
        assert!(since(&rules, 9, &papers).is_empty());
    }
}
