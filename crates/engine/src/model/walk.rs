//! The one walk over conditions. Every pass that collects something from a condition (the
//! questions it reads, the definitions it names, the comparisons it makes, the choices it asks
//! about) is a closure given to [`walk`], instead of a recursive function of its own.
//! Evaluation is the one fold apart (`eval`): it stops as soon as a part decides.
//!
//! The walk keeps its own stack instead of recursing, as it runs before the checker bounds
//! chains of definitions (a chain of 60,000 overflowed the stack), and goes into each
//! definition at most once, so it ends even on definitions that name each other (before the
//! checker rejects them).

use super::{DefinitionId, Expr, QuestionId, RuleSet, Term};

/// What the walk meets, before what it holds: a condition, or a term of a comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Part<'a> {
    Expr(&'a Expr),
    Term(&'a Term),
}

/// Calls `visit` on `expr` and on everything in it, depth first, left to right. With
/// `through`, it also goes into the condition of every definition named (each once);
/// without, a definition is met as `Expr::Definition` and not entered.
pub fn walk<'a>(expr: &'a Expr, through: Option<&'a RuleSet>, visit: &mut impl FnMut(Part<'a>)) {
    let mut entered = vec![false; through.map_or(0, |rules| rules.definitions.len())];
    // The parts still to visit, the next one on top.
    let mut stack = vec![Part::Expr(expr)];
    while let Some(part) = stack.pop() {
        visit(part);
        let first_child = stack.len();
        match part {
            Part::Expr(Expr::Const(_) | Expr::Flag(_) | Expr::Choice { .. } | Expr::Includes { .. }) => {}
            Part::Expr(Expr::Definition(d)) => {
                if let (Some(rules), Some(seen)) = (through, entered.get_mut(d.index()))
                    && !std::mem::replace(seen, true)
                {
                    stack.push(Part::Expr(&rules[*d].when));
                }
            }
            Part::Expr(Expr::Not(inner)) => stack.push(Part::Expr(inner)),
            Part::Expr(Expr::All(items) | Expr::Any(items)) => stack.extend(items.iter().map(Part::Expr)),
            Part::Expr(Expr::Compare { left, right, .. }) => stack.extend([Part::Term(left), Part::Term(right)]),
            Part::Term(Term::Add(a, b) | Term::Sub(a, b)) => stack.extend([Part::Term(a), Part::Term(b)]),
            Part::Term(_) => {}
        }
        // Pushed left to right, the children would come off right to left.
        stack[first_child..].reverse();
    }
}

/// The question a part reads directly, if it reads one.
pub fn question_of(part: Part<'_>) -> Option<QuestionId> {
    match part {
        Part::Expr(Expr::Flag(q) | Expr::Choice { question: q, .. } | Expr::Includes { question: q, .. })
        | Part::Term(Term::Answer(q) | Term::YearsSince(q)) => Some(*q),
        _ => None,
    }
}

/// Calls `f` on every question `expr` reads (with repeats), through definitions with `through`.
pub fn questions(expr: &Expr, through: Option<&RuleSet>, f: &mut impl FnMut(QuestionId)) {
    walk(expr, through, &mut |part| question_of(part).into_iter().for_each(&mut *f));
}

/// Every question an expression reads, through definitions too.
pub fn questions_read(rules: &RuleSet, expr: &Expr, f: &mut impl FnMut(QuestionId)) {
    questions(expr, Some(rules), f);
}

/// Calls `f` on every definition `expr` names itself (not those its definitions name).
pub fn definitions_named(expr: &Expr, f: &mut impl FnMut(DefinitionId)) {
    walk(expr, None, &mut |part| {
        if let Part::Expr(Expr::Definition(d)) = part {
            f(*d);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::model::{CompareOp, Definition};

    fn rules(definitions: Vec<Expr>) -> RuleSet {
        RuleSet {
            reviewed: Date::from_days(0),
            questions: Vec::new(),
            definitions: definitions
                .into_iter()
                .enumerate()
                .map(|(i, when)| Definition { id: format!("d{i}"), when })
                .collect(),
            ..RuleSet::default()
        }
    }

    fn read(expr: &Expr, through: Option<&RuleSet>) -> Vec<u16> {
        let mut found = Vec::new();
        questions(expr, through, &mut |q| found.push(q.get()));
        found
    }

    #[test]
    fn every_question_is_met_in_order_in_leaves_and_terms() {
        let sum = Term::Sub(Box::new(Term::Answer(3.into())), Box::new(Term::YearsSince(4.into())));
        let expr = Expr::All(vec![
            Expr::Flag(0.into()),
            Expr::Not(Box::new(Expr::Choice { question: 1.into(), among: vec![0.into()] })),
            Expr::Any(vec![Expr::Includes { question: 2.into(), choice: 1.into() }, Expr::Const(true)]),
            Expr::Compare { op: CompareOp::Lt, left: sum, right: Term::Literal(2) },
        ]);
        assert_eq!(read(&expr, None), [0, 1, 2, 3, 4]);
        let mut parts = 0;
        walk(&expr, None, &mut |_| parts += 1);
        assert_eq!(parts, 12, "8 conditions and 4 terms");
    }

    #[test]
    fn definitions_are_entered_once_and_only_when_asked() {
        // d0 names d1 and itself; d1 reads question 5.
        let rules =
            rules(vec![Expr::Any(vec![Expr::Definition(1.into()), Expr::Definition(0.into())]), Expr::Flag(5.into())]);
        let expr = Expr::All(vec![Expr::Definition(0.into()), Expr::Definition(1.into()), Expr::Flag(6.into())]);
        assert_eq!(read(&expr, Some(&rules)), [5, 6]);
        assert_eq!(read(&expr, None), [6]);
        let mut named = Vec::new();
        definitions_named(&expr, &mut |d| named.push(d.get()));
        assert_eq!(named, [0, 1]);
    }

    #[test]
    fn a_chain_of_definitions_deeper_than_the_stack_is_walked() {
        // d0 reads question 7, and each of the next 59,999 names the one before: the walk used
        // to recurse once per definition, past the 2 MB stack of a test's thread.
        let mut chain = vec![Expr::Flag(7.into())];
        chain.extend((0..59_999u16).map(|d| Expr::Definition(d.into())));
        let rules = rules(chain);
        assert_eq!(read(&Expr::Definition(59_999.into()), Some(&rules)), [7]);
    }
}
