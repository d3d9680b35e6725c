//! The condition parser on what authors write: precedence, spans, errors at the mistake,
//! and the nesting limit.

use super::*;

fn shape(node: &Node) -> String {
    let list = |items: &[Node]| items.iter().map(shape).collect::<Vec<_>>().join(" ");
    match &node.kind {
        NodeKind::Bool(b) => b.to_string(),
        NodeKind::Int(n) => n.to_string(),
        NodeKind::Text(t) => format!("'{t}'"),
        NodeKind::Name(n) => n.clone(),
        NodeKind::Call { name, args } => format!("({name} {})", list(args)),
        NodeKind::Not(inner) => format!("(not {})", shape(inner)),
        NodeKind::And(items) => format!("(and {})", list(items)),
        NodeKind::Or(items) => format!("(or {})", list(items)),
        NodeKind::Compare { op, left, right } => {
            format!("({op:?} {} {})", shape(left), shape(right))
        }
        NodeKind::In { left, items } => format!("(in {} [{}])", shape(left), list(items)),
        NodeKind::Contains { left, right } => {
            format!("(contains {} {})", shape(left), shape(right))
        }
        NodeKind::Add(a, b) => format!("(+ {} {})", shape(a), shape(b)),
        NodeKind::Sub(a, b) => format!("(- {} {})", shape(a), shape(b)),
    }
}

fn parsed(text: &str) -> String {
    shape(&parse(text).unwrap())
}

#[test]
fn precedence_is_not_then_and_then_or() {
    assert_eq!(parsed("a or b and not c"), "(or a (and b (not c)))");
    assert_eq!(parsed("(a or b) and c"), "(and (or a b) c)");
    assert_eq!(parsed("not papers in ['x', \"y\",]"), "(not (in papers ['x' 'y']))");
}

#[test]
fn comparisons_and_arithmetic() {
    assert_eq!(parsed("age >= 18"), "(Ge age 18)");
    assert_eq!(parsed("years_since(arrival) - 1 < -2"), "(Lt (- (years_since arrival) 1) -2)");
    assert_eq!(parsed("children contains 'baby'"), "(contains children 'baby')");
    assert_eq!(parsed("arrival <= date('2013-12-31')"), "(Le arrival (date '2013-12-31'))");
}

#[test]
fn spans_cover_the_source_text() {
    let text = "has_card and age >= 18";
    let node = parse(text).unwrap();
    let NodeKind::And(items) = node.kind else { panic!("expected and") };
    assert_eq!(&text[items[1].span.clone()], "age >= 18");
    assert_eq!(node.span, 0..text.len());
}

#[test]
fn errors_point_at_the_mistake() {
    let cases = [
        ("age = 18", 4..5, "unexpected character `=`"),
        ("a and", 5..5, "the condition ends too early"),
        ("(a or b", 7..7, "expected `)`"),
        ("a b", 2..3, "unexpected `b` after a complete condition"),
        ("status in 'x'", 10..13, "expected a list after `in`"),
        ("name == 'open", 8..13, "this text is not closed"),
        ("", 0..0, "the condition is empty"),
        ("and a", 0..3, "expected a name, a number or a text, found `and`"),
        ("99999999999999999999", 0..20, "the number `99999999999999999999` is too large"),
    ];
    for (text, span, message) in cases {
        let error = parse(text).unwrap_err();
        assert_eq!((error.span, error.message.as_str()), (span, message), "parsing {text:?}");
    }
}

#[test]
fn nesting_stops_at_the_level_that_passes_the_limit() {
    let parens = format!("{}true{}", "(".repeat(5_000), ")".repeat(5_000));
    let nots = format!("{}has_card", "not ".repeat(5_000));
    let calls = format!("{}x{}", "f(".repeat(5_000), ")".repeat(5_000));
    let sum = format!("age{} > 3", " + 1".repeat(5_000));
    let list = format!("papers in [{}'a'{}]", "(".repeat(5_000), ")".repeat(5_000));
    let cases = [
        (parens, MAX_DEPTH..MAX_DEPTH + 1),
        (nots, 4 * MAX_DEPTH..4 * MAX_DEPTH + 3),
        (calls, 2 * MAX_DEPTH..2 * MAX_DEPTH + 1),
        (sum, 3 + 4 * MAX_DEPTH + 1..3 + 4 * MAX_DEPTH + 2),
        (list, 11 + MAX_DEPTH..12 + MAX_DEPTH),
    ];
    for (text, span) in cases {
        let error = parse(&text).unwrap_err();
        assert_eq!(error.span, span, "{}...", &text[..40]);
        assert_eq!(error.message, format!("nested more than {MAX_DEPTH} levels deep"));
    }
}

#[test]
fn nesting_up_to_the_limit_is_accepted() {
    let parens = format!("{}true{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
    assert_eq!(parsed(&parens), "true");
    let nots = format!("{}a", "not ".repeat(MAX_DEPTH));
    assert!(parse(&nots).is_ok());
    let sum = format!("age{} > 3", " + 1".repeat(MAX_DEPTH));
    assert!(parse(&sum).is_ok());
    // Levels are counted along one path only: siblings do not add up.
    let wide = vec!["(a or (b and not c))"; 1_000].join(" and ");
    assert!(parse(&wide).is_ok());
}

#[test]
fn huge_numbers_and_long_conditions_are_errors_or_trees_not_panics() {
    assert_eq!(parsed("age > -9223372036854775807"), "(Gt age -9223372036854775807)");
    assert!(parse("age > 9223372036854775808").is_err());
    assert!(parse(&"a or ".repeat(100_000)).is_err());
    assert!(parse(&format!("a{}", " or a".repeat(100_000))).is_ok());
}
