//! Conditions written back as rules files write them (`papers in ['a', 'b'] and not homeless`),
//! for reports that name a part of a condition: the scenarios' coverage. Only for
//! people to read: nothing parses it back, and dates compared as day numbers stay numbers.

use super::{CompareOp, Expr, RuleSet, Term};

/// `expr` as a condition, with the parentheses its `and`s and `or`s need.
pub fn condition(rules: &RuleSet, expr: &Expr) -> String {
    written(rules, expr, 0)
}

/// How tightly each form binds: a part binding less than its place needs parentheses.
fn binding(expr: &Expr) -> u8 {
    match expr {
        Expr::Any(_) => 1,
        Expr::All(_) => 2,
        Expr::Not(_) => 3,
        _ => 4,
    }
}

fn written(rules: &RuleSet, expr: &Expr, place: u8) -> String {
    let question = |q: &super::QuestionId| rules.question(*q).id.as_str();
    let choice = |q: &super::QuestionId, c: &super::ChoiceId| {
        rules.question(*q).kind.choices().get(c.index()).cloned().unwrap_or_default()
    };
    let text = match expr {
        Expr::Const(b) => b.to_string(),
        Expr::Flag(q) => question(q).to_string(),
        Expr::Definition(d) => rules[*d].id.clone(),
        Expr::Not(inner) => format!("not {}", written(rules, inner, 3)),
        Expr::All(items) => items.iter().map(|i| written(rules, i, 2)).collect::<Vec<_>>().join(" and "),
        Expr::Any(items) => items.iter().map(|i| written(rules, i, 1)).collect::<Vec<_>>().join(" or "),
        Expr::Choice { question: q, among } if among.len() == 1 => {
            format!("{} == '{}'", question(q), choice(q, &among[0]))
        }
        Expr::Choice { question: q, among } => {
            let choices: Vec<String> = among.iter().map(|c| format!("'{}'", choice(q, c))).collect();
            format!("{} in [{}]", question(q), choices.join(", "))
        }
        Expr::Includes { question: q, choice: c } => format!("{} contains '{}'", question(q), choice(q, c)),
        Expr::Compare { op, left, right } => format!("{} {} {}", term(rules, left), operator(*op), term(rules, right)),
    };
    if binding(expr) < place { format!("({text})") } else { text }
}

fn operator(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Eq => "==",
        CompareOp::Ne => "!=",
        CompareOp::Lt => "<",
        CompareOp::Le => "<=",
        CompareOp::Gt => ">",
        CompareOp::Ge => ">=",
    }
}

fn term(rules: &RuleSet, term: &Term) -> String {
    match term {
        Term::Literal(n) => n.to_string(),
        Term::Answer(q) => rules.question(*q).id.clone(),
        Term::YearsSince(q) => format!("years_since({})", rules.question(*q).id),
        Term::Add(a, b) => format!("{} + {}", self::term(rules, a), self::term(rules, b)),
        // The right side of a difference is parenthesised when it is a sum or a difference.
        Term::Sub(a, b) => match **b {
            Term::Add(..) | Term::Sub(..) => format!("{} - ({})", self::term(rules, a), self::term(rules, b)),
            _ => format!("{} - {}", self::term(rules, a), self::term(rules, b)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::model::{Question, QuestionKind};

    #[test]
    fn conditions_are_written_as_authors_write_them_with_the_parentheses_they_need() {
        let question = |id: &str, kind| Question {
            id: id.into(),
            kind,
            ask_if: None,
            dont_know: true,
            sensitive: false,
            shown_first: Vec::new(),
        };
        let choices = || vec!["card".to_string(), "none".to_string(), "visa".to_string()];
        let rules = RuleSet {
            reviewed: Date::from_days(0),
            questions: vec![
                question("papers", QuestionKind::OneOf { choices: choices() }),
                question("kids", QuestionKind::YesNo),
                question("ages", QuestionKind::AnyOf { choices: choices() }),
                question("age", QuestionKind::Number { min: None, max: None, unit: None }),
            ],
            ..RuleSet::default()
        };
        let expr = Expr::All(vec![
            Expr::Choice { question: 0.into(), among: vec![0.into(), 2.into()] },
            Expr::Any(vec![
                Expr::Not(Box::new(Expr::Flag(1.into()))),
                Expr::Includes { question: 2.into(), choice: 1.into() },
                Expr::Compare {
                    op: CompareOp::Ge,
                    left: Term::Sub(
                        Box::new(Term::Answer(3.into())),
                        Box::new(Term::Add(Box::new(Term::Literal(1)), Box::new(Term::Literal(2)))),
                    ),
                    right: Term::Literal(18),
                },
            ]),
            Expr::Not(Box::new(Expr::All(vec![Expr::Flag(1.into()), Expr::Const(true)]))),
        ]);
        assert_eq!(
            condition(&rules, &expr),
            "papers in ['card', 'visa'] and (not kids or ages contains 'none' or age - (1 + 2) >= 18) and not (kids and true)"
        );
        let one = Expr::Choice { question: 0.into(), among: vec![1.into()] };
        assert_eq!(condition(&rules, &one), "papers == 'none'");
    }
}
