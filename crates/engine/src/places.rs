//! Where to go for a right: its offices in the order a person should see them. With their
//! region answered (the placement question, `RuleSet::placement`), the offices they can
//! reach (those of their region, and offices anywhere: kinds of office like "the nearest
//! health centre", national ones) come first in the order the rule gives, then offices in
//! other regions, which stay listed with their city: a single office elsewhere may be the
//! only one there is. One function for the cards, the
//! case summary and the rule authors' tool, so they list offices in the same order.

use crate::answers::{Answers, Value};
use crate::model::{OfficeId, Right, RuleSet};

/// Where an office is for the person asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// In the person's region.
    Near,
    /// Not tied to a region (a kind of office, or one that serves everyone), or the region
    /// is not known.
    Anywhere,
    /// In another region: shown with its city.
    Elsewhere,
}

impl Placement {
    /// Its name in the rule authors' tool's JSON: `near`, `anywhere` or `elsewhere`.
    pub fn name(self) -> &'static str {
        match self {
            Placement::Near => "near",
            Placement::Anywhere => "anywhere",
            Placement::Elsewhere => "elsewhere",
        }
    }
}

/// The offices of `right`: near or anywhere first, then elsewhere; in the rule's order within
/// each (its authors put the office to try first first).
pub fn offices(rules: &RuleSet, right: &Right, answers: &Answers) -> Vec<(OfficeId, Placement)> {
    let region = rules.placement.and_then(|q| match answers.value(q) {
        Some(Value::Choice(c)) => rules[q].kind.choices().get(c.index()),
        _ => None,
    });
    let placement = |office: OfficeId| match (&rules.offices[office.index()].region, region) {
        (Some(of), Some(theirs)) if of == theirs => Placement::Near,
        (Some(_), Some(_)) => Placement::Elsewhere,
        _ => Placement::Anywhere,
    };
    let mut placed: Vec<(OfficeId, Placement)> = right.offices.iter().map(|&o| (o, placement(o))).collect();
    // Stable: the rule's order stays within each part.
    placed.sort_by_key(|&(_, p)| p == Placement::Elsewhere);
    placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use crate::date::Date;
    use crate::model::{Domain, Expr, Office, Question, QuestionKind, RightKind};

    fn rules() -> RuleSet {
        let office = |id: &str, region: Option<&str>| Office {
            id: id.into(),
            region: region.map(String::from),
            ..Office::default()
        };
        let right = Right {
            id: "asylum.register".into(),
            domain: Domain::Asylum,
            kind: RightKind::Procedure,
            when: Expr::Const(true),
            uses: Vec::new(),
            offices: vec![0.into(), 1.into(), 2.into()],
            ..Right::default()
        };
        RuleSet {
            reviewed: Date::from_days(0),
            questions: vec![Question {
                id: "region".into(),
                kind: QuestionKind::OneOf { choices: vec!["north".into(), "south".into()] },
                ask_if: None,
                dont_know: true,
                sensitive: false,
                shown_first: Vec::new(),
            }],
            definitions: Vec::new(),
            rights: vec![right],
            offices: vec![
                office("north-desk", Some("north")),
                office("any-association", None),
                office("south-desk", Some("south")),
            ],
            sources: Vec::new(),
            priority: Vec::new(),
            emergency: Vec::new(),
            placement: Some(0.into()),
            what_if: None,
            needs: None,
        }
    }

    fn listed<'a>(rules: &'a RuleSet, answers: &Answers) -> Vec<(&'a str, Placement)> {
        offices(rules, &rules.rights[0], answers)
            .into_iter()
            .map(|(o, p)| (rules.offices[o.index()].id.as_str(), p))
            .collect()
    }

    #[test]
    fn offices_elsewhere_come_last_and_none_is_hidden() {
        let rules = rules();
        let mut answers = Answers::new(&rules);
        let anywhere = Placement::Anywhere;
        assert_eq!(
            listed(&rules, &answers),
            [("north-desk", anywhere), ("any-association", anywhere), ("south-desk", anywhere)]
        );
        answers.set(&rules, 0.into(), Answer::Given(Value::Choice(1.into()))).unwrap();
        assert_eq!(
            listed(&rules, &answers),
            [("any-association", anywhere), ("south-desk", Placement::Near), ("north-desk", Placement::Elsewhere)]
        );
    }
}
