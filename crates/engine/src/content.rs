//! What a right's card and its static page hold, gathered once: the offices in order, the
//! documents, the steps, the sources (the right's, then its steps' own, each once), and who it
//! is for as plain pieces of conditions. Ids and order only: the app and the rule authors' tool
//! put them into words. For a person ([`for_person`]) or for everyone ([`for_everyone`]).

use crate::answers::Answers;
use crate::date::Date;
use crate::model::{ChoiceId, CompareOp, Document, Expr, OfficeId, QuestionId, RightId, RuleSet, SourceId, Step, Term};
use crate::places::{self, Placement};
use crate::policy;

/// A right's content, in the order it is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Content<'r> {
    pub right: RightId,
    pub offices: Vec<(OfficeId, Placement)>,
    pub documents: Vec<&'r Document>,
    pub steps: Vec<&'r Step>,
    /// The right's sources, then those of its steps shown, each once.
    pub sources: Vec<SourceId>,
}

/// For a person: the offices they can reach first, the steps and documents whose conditions
/// are not false for their answers (`policy`).
pub fn for_person<'r>(rules: &'r RuleSet, right: RightId, answers: &Answers, today: Date) -> Content<'r> {
    let steps = policy::steps(rules, right, answers, today);
    Content {
        right,
        offices: places::offices(rules, rules.right(right), answers),
        documents: policy::documents(rules, right, answers, today),
        sources: sources(rules, right, &steps),
        steps,
    }
}

/// For everyone (a page that knows no answer): every office, those of no region first in the
/// rule's order, then by region in the order of the region question's choices; every document
/// and step, each with its condition to say ([`plain`]).
pub fn for_everyone(rules: &RuleSet, right: RightId) -> Content<'_> {
    let of = rules.right(right);
    let regions = rules.placement.map(|q| rules.question(q).kind.choices()).unwrap_or_default();
    let rank = |o: &OfficeId| match &rules.offices[o.index()].region {
        None => 0,
        Some(region) => 1 + regions.iter().position(|r| r == region).unwrap_or(regions.len()),
    };
    let mut offices = of.offices.clone();
    // Stable: the rule's order stays within each region.
    offices.sort_by_key(rank);
    let steps: Vec<&Step> = of.steps.iter().collect();
    Content {
        right,
        offices: offices.into_iter().map(|o| (o, Placement::Anywhere)).collect(),
        documents: of.documents.iter().collect(),
        sources: sources(rules, right, &steps),
        steps,
    }
}

fn sources(rules: &RuleSet, right: RightId, steps: &[&Step]) -> Vec<SourceId> {
    let mut cited = rules.right(right).sources.clone();
    for source in steps.iter().flat_map(|s| &s.sources) {
        if !cited.contains(source) {
            cited.push(*source);
        }
    }
    cited
}

/// A condition in pieces a page can say: "you answered yes to…", "your age is under 18".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plain {
    /// Every piece holds (none: everyone).
    All(Vec<Plain>),
    /// One of the pieces holds.
    Any(Vec<Plain>),
    /// The answer to the question is one of these.
    Answer { question: QuestionId, answers: Vec<Said> },
    /// The number answered compares so to `value` (`age < 18`).
    Number { question: QuestionId, op: CompareOp, value: i64 },
    /// Not said plainly: it depends on the answers to these questions.
    Depends(Vec<QuestionId>),
}

/// An answer that makes a piece hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    Yes,
    No,
    Choice(ChoiceId),
}

/// `expr` in plain pieces; `and`s and `or`s kept, the rest said as answers where it can be.
pub fn plain(rules: &RuleSet, expr: &Expr) -> Plain {
    match expr {
        Expr::Const(true) => Plain::All(Vec::new()),
        Expr::All(items) => Plain::All(items.iter().map(|e| plain(rules, e)).collect()),
        Expr::Any(items) => Plain::Any(items.iter().map(|e| plain(rules, e)).collect()),
        Expr::Definition(d) => plain(rules, &rules[*d].when),
        Expr::Flag(q) => Plain::Answer { question: *q, answers: vec![Said::Yes] },
        Expr::Not(inner) => match &**inner {
            Expr::Flag(q) => Plain::Answer { question: *q, answers: vec![Said::No] },
            Expr::Choice { question, among } => {
                let choices = rules.question(*question).kind.choice_list();
                let others = choices.filter(|(c, _)| !among.contains(c)).map(|(c, _)| Said::Choice(c)).collect();
                Plain::Answer { question: *question, answers: others }
            }
            _ => depends(rules, expr),
        },
        Expr::Choice { question, among } => {
            Plain::Answer { question: *question, answers: among.iter().map(|&c| Said::Choice(c)).collect() }
        }
        Expr::Includes { question, choice } => {
            Plain::Answer { question: *question, answers: vec![Said::Choice(*choice)] }
        }
        Expr::Compare { op, left: Term::Answer(q), right: Term::Literal(n) } => {
            Plain::Number { question: *q, op: *op, value: *n }
        }
        Expr::Compare { op, left: Term::Literal(n), right: Term::Answer(q) } => {
            Plain::Number { question: *q, op: flipped(*op), value: *n }
        }
        _ => depends(rules, expr),
    }
}

/// `n op x` as `x op' n`.
fn flipped(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::Le => CompareOp::Ge,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::Ge => CompareOp::Le,
        same => same,
    }
}

fn depends(rules: &RuleSet, expr: &Expr) -> Plain {
    let mut questions = Vec::new();
    crate::model::walk::questions(expr, Some(rules), &mut |q| {
        if !questions.contains(&q) {
            questions.push(q);
        }
    });
    Plain::Depends(questions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Office, Question, QuestionKind, Right};

    fn rules() -> RuleSet {
        let office = |id: &str, region: Option<&str>| Office {
            id: id.into(),
            region: region.map(String::from),
            ..Office::default()
        };
        let question = |id: &str, kind| Question {
            id: id.into(),
            kind,
            ask_if: None,
            dont_know: true,
            sensitive: false,
            shown_first: Vec::new(),
        };
        let regions = QuestionKind::OneOf { choices: vec!["north".into(), "south".into()] };
        RuleSet {
            questions: vec![question("region", regions), question("alone", QuestionKind::YesNo)],
            rights: vec![Right {
                id: "asylum.register".into(),
                offices: vec![0.into(), 1.into(), 2.into(), 3.into()],
                steps: vec![Step { sources: vec![1.into(), 0.into()], ..Step::plain("go") }],
                sources: vec![0.into()],
                ..Right::default()
            }],
            offices: vec![
                office("south-desk", Some("south")),
                office("north-desk", Some("north")),
                office("national-line", None),
                office("north-second", Some("north")),
            ],
            placement: Some(0.into()),
            ..RuleSet::default()
        }
    }

    #[test]
    fn a_page_for_everyone_lists_national_offices_first_then_region_by_region() {
        let rules = rules();
        let content = for_everyone(&rules, 0.into());
        let ids: Vec<&str> = content.offices.iter().map(|(o, _)| rules.offices[o.index()].id.as_str()).collect();
        assert_eq!(ids, ["national-line", "north-desk", "north-second", "south-desk"]);
        assert_eq!(content.sources, [SourceId::from(0), SourceId::from(1)]);
    }

    #[test]
    fn a_negated_choice_is_said_as_the_other_choices_and_a_number_with_the_question_on_the_left() {
        let rules = rules();
        let (region, alone) = (QuestionId::new(0), QuestionId::new(1));
        let not_north = Expr::Not(Box::new(Expr::Choice { question: region, among: vec![ChoiceId::new(0)] }));
        assert_eq!(
            plain(&rules, &not_north),
            Plain::Answer { question: region, answers: vec![Said::Choice(ChoiceId::new(1))] }
        );
        let older = Expr::Compare { op: CompareOp::Lt, left: Term::Literal(17), right: Term::Answer(alone) };
        assert_eq!(plain(&rules, &older), Plain::Number { question: alone, op: CompareOp::Gt, value: 17 });
        let odd = Expr::Not(Box::new(Expr::All(vec![Expr::Flag(alone), Expr::Flag(alone)])));
        assert_eq!(plain(&rules, &odd), Plain::Depends(vec![alone]));
    }
}
