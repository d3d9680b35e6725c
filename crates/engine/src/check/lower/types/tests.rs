//! The type checker on one condition at a time, lowered with a question of every kind: what
//! it accepts, and where an error points. The message of each mistake it tells apart is a
//! case of `crates/engine/tests/data/bad/` (`type.*`, `unknown-name`, `unknown-choice`…).

use super::Type;
use crate::check::lower::tests::{codes, lowered};
use crate::model::{CompareOp, Expr, Term};

const QUESTIONS: &str = "\
[[question]]\nid = \"has_kids\"\nkind = \"yes_no\"\n\
[[question]]\nid = \"papers\"\nkind = \"one_of\"\nchoices = [\"card\", \"none\"]\n\
[[question]]\nid = \"ages\"\nkind = \"any_of\"\nchoices = [\"baby\", \"teen\"]\n\
[[question]]\nid = \"age\"\nkind = \"number\"\n\
[[question]]\nid = \"arrival\"\nkind = \"year\"\n\
[[question]]\nid = \"entered\"\nkind = \"date\"\n\
[[definition]]\nid = \"regular\"\nwhen = \"papers == 'card'\"\n";

/// The condition as a definition's, lowered with the questions above: its `Expr`, or the
/// first error as `code: message`.
fn typed(when: &str) -> Result<Expr, String> {
    let (lowered, diagnostics) =
        lowered(&format!("{QUESTIONS}[[definition]]\nid = \"tried\"\nwhen = {}\n", toml_string(when)));
    match diagnostics.first() {
        Some(d) => Err(format!("{}: {}", d.code.name(), d.message)),
        None => Ok(lowered.rules.definitions[1].when.clone()),
    }
}

fn toml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

#[test]
fn numbers_years_and_dates_compare_and_add_only_as_they_mean_something() {
    use Type::*;
    assert!(Literal.compares_with(Year) && Number.compares_with(Literal) && Date.compares_with(Date));
    assert!(!Year.compares_with(Number) && !Date.compares_with(Literal) && !YesNo.compares_with(YesNo));
    assert_eq!(Year.sum(Literal, true), Some(Year));
    assert_eq!(Year.sum(Year, false), Some(Number));
    assert_eq!(Year.sum(Year, true), None);
    assert_eq!(Literal.sum(Year, false), None, "a number minus a year is no year");
    assert_eq!(Date.sum(Literal, true), None);
    assert_eq!(Literal.sum(Literal, false), Some(Literal));
}

#[test]
fn well_typed_conditions_lower_to_their_expressions() {
    assert_eq!(typed("has_kids == false"), Ok(Expr::Not(Box::new(Expr::Flag(0.into())))));
    assert_eq!(
        typed("papers != 'none'"),
        Ok(Expr::Not(Box::new(Expr::Choice { question: 1.into(), among: vec![1.into()] })))
    );
    assert_eq!(typed("ages contains 'teen'"), Ok(Expr::Includes { question: 2.into(), choice: 1.into() }));
    assert_eq!(
        typed("years_since(arrival) >= 5"),
        Ok(Expr::Compare { op: CompareOp::Ge, left: Term::YearsSince(4.into()), right: Term::Literal(5) })
    );
    assert!(typed("entered <= date('2013-12-31') and arrival - 1 > 2000 and regular").is_ok());
}

#[test]
fn an_error_points_into_the_condition_unless_escapes_move_it() {
    let (_, plain) = lowered(&format!(
        "{QUESTIONS}[[right]]\nid = \"work.jobs\"\nkind = \"right\"\nwhen = \"age >= x\"\nsources = []\n"
    ));
    let (_, escaped) = lowered(&format!(
        "{QUESTIONS}[[right]]\nid = \"work.jobs\"\nkind = \"right\"\nwhen = \"age >= \\u0078\"\nsources = []\n"
    ));
    assert_eq!(codes(&plain), ["unsourced-right", "unknown-name"]);
    let (x, whole) = (plain[1].at.clone().unwrap(), escaped[1].at.clone().unwrap());
    assert_eq!(x.span.len(), 1, "the caret is under `x`");
    assert_eq!(whole.span.len(), "\"age >= \\u0078\"".len(), "with an escape, under the whole string");
}
