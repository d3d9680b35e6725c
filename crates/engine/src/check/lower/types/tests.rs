//! The type checker on one condition at a time, lowered with a question of every kind: what
//! it accepts, and the message of each mistake it tells apart.

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

fn error(when: &str) -> String {
    typed(when).expect_err(when)
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
fn two_yes_no_conditions_are_combined_not_compared() {
    // Once "cannot compare a yes/no condition with a yes/no answer", as if they were different.
    let message = error("regular == has_kids");
    assert_eq!(message, "type: `==`, `!=`, `<` and the like do not compare two yes/no conditions");
    let (_, diagnostics) =
        lowered(&format!("{QUESTIONS}[[definition]]\nid = \"tried\"\nwhen = \"regular == has_kids\"\n"));
    assert_eq!(
        diagnostics[0].notes,
        ["combine yes/no conditions with `and`, `or` and `not`: e.g. `a and b`, or `a and not b`"]
    );
}

#[test]
fn each_type_error_says_what_each_side_is() {
    for (when, message) in [
        ("has_kids > 2", "type: cannot compare a yes/no condition with a number"),
        ("has_kids < true", "type: `true` and `false` can only be compared with `==` or `!=`"),
        ("papers", "type: `papers` is a one-choice answer, not a yes/no condition"),
        ("age", "type: `age` is a number, not a yes/no condition"),
        ("papers > 'card'", "type: a choice can only be compared with `==` or `!=`"),
        ("age in ['card']", "type: `in` needs a one-choice question on its left, found a number"),
        (
            "papers contains 'card'",
            "type: `contains` needs a several-choice question on its left, found a one-choice answer",
        ),
        ("papers in []", "type: the list after `in` is empty"),
        ("papers in [3]", "type: expected one of the choices of `papers`, found a number"),
        ("papers == 3", "type: `papers` is a one-choice answer, not a number, a year or a date"),
        ("arrival > age", "type: cannot compare a year with a number"),
        ("entered > 2013", "type: cannot compare a date with a number"),
        ("entered + 1 > entered", "type: cannot add a date and a number"),
        ("3 - arrival > 1", "type: cannot subtract a number and a year"),
        ("years_since(age) > 1", "type: `years_since` needs a year or date question, found a number"),
        ("years_since(arrival, age) > 1", "type: `years_since` takes exactly one argument"),
        ("entered > date(2013)", "type: `date` needs a text such as '2013-12-31'"),
        ("3", "type: expected a yes/no condition, found a number"),
        ("'card' == 'none'", "type: expected a number, a year or a date, found a text"),
    ] {
        assert_eq!(error(when), message, "{when}");
    }
}

#[test]
fn unknown_names_choices_functions_and_days_have_their_own_codes() {
    assert_eq!(error("has_kid"), "unknown-name: there is no question or definition named `has_kid`");
    assert_eq!(error("has_kids == unknown"), "unknown-name: there is no question or definition named `unknown`");
    assert_eq!(error("papers == 'crd'"), "unknown-choice: question `papers` has no choice 'crd'");
    assert_eq!(error("age_of(entered) > 1"), "unknown-function: there is no function `age_of`");
    assert_eq!(error("entered > date('2013-02-30')"), "bad-date: '2013-02-30' is not a day from 1900 to 2100");
    assert_eq!(error("age >= 18 and"), "syntax: this condition cannot be read: the condition ends too early");
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
