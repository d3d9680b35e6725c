//! Each construct compiled and formatted, next to what fluent-bundle 0.16 writes for it.

use super::*;
use crate::{Part, Texts, Value, catalogue, plural};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// What fluent-bundle writes for `id` (`message` or `message.attribute`).
fn fluent(language: &str, ftl: &str, id: &str, args: &[(&str, Value)]) -> String {
    let mut bundle = FluentBundle::new(vec![language.parse().unwrap()]);
    bundle.add_resource(FluentResource::try_new(ftl.to_string()).unwrap()).unwrap();
    let (name, attribute) = id.split_once('.').map_or((id, None), |(name, attribute)| (name, Some(attribute)));
    let message = bundle.get_message(name).unwrap();
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute).unwrap().value(),
        None => message.value().unwrap(),
    };
    let args: FluentArgs = args
        .iter()
        .map(|(name, value)| {
            let value = match *value {
                Value::Text(text) => FluentValue::from(text),
                Value::Number(n) => FluentValue::from(n),
            };
            (*name, value)
        })
        .collect();
    bundle.format_pattern(pattern, Some(&args), &mut vec![]).into_owned()
}

/// What the compiled text and the runtime write for `id`.
fn ours(language: &str, ftl: &str, id: &str, args: &[(&str, Value)]) -> String {
    let ids = ids(&[ftl]);
    let messages = compile(ftl, &ids).unwrap();
    let mut texts = Texts::new(language, Box::new(plural::rules_for(language).unwrap()));
    texts.add(Part::new(language, catalogue(&ids), messages)).unwrap();
    let index = ids.binary_search(&id.to_string()).unwrap();
    texts.format(index as u32, args).unwrap()
}

/// Both, asserted equal.
fn same(language: &str, ftl: &str, id: &str, args: &[(&str, Value)]) -> String {
    let expected = fluent(language, ftl, id, args);
    assert_eq!(ours(language, ftl, id, args), expected, "{id} with {args:?}");
    expected
}

/// The errors for `ftl`, each as (offset, the text from there), for a reader of the test.
fn refused(ftl: &str) -> Vec<(usize, String)> {
    let errors = compile(ftl, &ids(&[ftl])).unwrap_err();
    errors.into_iter().map(|error| (error.offset, error.message)).collect()
}

fn at(ftl: &str, needle: &str) -> usize {
    ftl.find(needle).unwrap()
}

#[test]
fn a_lone_placeable_is_not_isolated_and_one_among_text_is() {
    let ftl = "alone = { $x }\nwith-text = Hi { $x }!\n";
    assert_eq!(same("en", ftl, "alone", &[("x", "Sara".into())]), "Sara");
    assert_eq!(same("en", ftl, "with-text", &[("x", "سارة".into())]), "Hi \u{2068}سارة\u{2069}!");
    assert_eq!(same("ar", ftl, "with-text", &[("x", 12.into())]), "Hi \u{2068}12\u{2069}!");
}

#[test]
fn lines_of_a_multiline_text_are_kept_as_fluent_joins_them() {
    let ftl = "lines =\n    First line\n      indented\n    last { $x }\n\nnext = x\n";
    same("fr", ftl, "lines", &[("x", 1.into())]);
}

#[test]
fn references_and_string_literals_are_inlined_without_isolation() {
    let ftl = "greeting = Hello { $name }\nwelcome = { greeting }, { \"dear\\u00A0\" }{ $name } { -brand }!\n-brand = Huquq { \"guide\" }\nsummary = { welcome-2.title }\nwelcome-2 = { welcome }\n    .title = Title { $name }\n";
    let name = [("name", Value::from("Ali"))];
    assert_eq!(
        same("en", ftl, "welcome", &name),
        "Hello \u{2068}Ali\u{2069}, dear\u{a0}\u{2068}Ali\u{2069} Huquq guide!"
    );
    same("en", ftl, "summary", &name);
    same("en", ftl, "welcome-2", &name);
    same("en", ftl, "welcome-2.title", &name);
}

#[test]
fn a_nested_placeable_takes_the_isolation_of_the_outer_one() {
    let ftl = "nested = a { { $x } } b { { \"lit\" } } c { { -t } }\n-t = term\n";
    same("en", ftl, "nested", &[("x", 3.into())]);
}

#[test]
fn a_select_chooses_by_plural_category_in_each_language() {
    let ftl = "count = { $n ->\n    [zero] zero\n    [one] one { $n }\n    [two] two\n    [few] few { $n }\n    [many] many\n   *[other] other { $n } of { $total }\n}\n";
    for language in ["fr", "en", "ar"] {
        for n in [0, 1, 2, 3, 4, 10, 11, 12, 99, 100, 101, 102, 111, 1000, 1_000_000, -1, -2] {
            let hundreds = n % 100;
            if (language == "fr" && n == 1_000_000) || (language == "ar" && n > 100 && hundreds > 2) {
                continue; // Where CLDR moved on from intl_pluralrules 7 (see `plural`).
            }
            same(language, ftl, "count", &[("n", n.into()), ("total", 5.into())]);
        }
    }
    // intl_pluralrules 7 drops CLDR's `n % 100` for Arabic: fluent-bundle says `other` here.
    let args = [("n", Value::from(103)), ("total", 5.into())];
    assert_eq!(fluent("ar", ftl, "count", &args), "other \u{2068}103\u{2069} of \u{2068}5\u{2069}");
    assert_eq!(ours("ar", ftl, "count", &args), "few \u{2068}103\u{2069}");
    assert_eq!(ours("fr", ftl, "count", &[("n", 1_000_000.into())]), "many");
}

#[test]
fn a_number_key_matches_before_a_category_and_only_numbers() {
    let ftl = "progress = { $n ->\n    [0] First\n    [one] One\n    [-1] Minus\n    [007] Seven\n    *[other] { $n } answers\n}\n";
    for value in [Value::Number(0), 1.into(), (-1).into(), 7.into(), 8.into(), "0".into(), "one".into(), "other".into()]
    {
        same("en", ftl, "progress", &[("n", value)]);
    }
}

#[test]
fn a_text_argument_matches_a_name_key() {
    let ftl = "who = { $gender ->\n    [masculine] He\n    [feminine] She\n   *[other] They\n} left\n";
    for gender in ["masculine", "feminine", "x", ""] {
        same("fr", ftl, "who", &[("gender", gender.into())]);
    }
    same("fr", ftl, "who", &[("gender", 1.into())]);
}

#[test]
fn a_missing_argument_is_written_as_its_name_and_selects_the_default() {
    let ftl = "date = From { $date } to { $end }\nchoice = { $n ->\n    [one] one\n   *[other] other { $n }\n}\n";
    assert_eq!(
        same("en", ftl, "date", &[("end", "today".into())]),
        "From \u{2068}{$date}\u{2069} to \u{2068}today\u{2069}"
    );
    assert_eq!(same("en", ftl, "choice", &[]), "other \u{2068}{$n}\u{2069}");
}

#[test]
fn isolation_inside_variants_follows_each_variant() {
    let ftl = "v = Got { $n ->\n    [one] { $n }\n   *[other] { $n } items\n}.\n";
    same("ar", ftl, "v", &[("n", 1.into())]);
    same("ar", ftl, "v", &[("n", 5.into())]);
}

#[test]
fn constructs_the_runtime_cannot_format_are_refused_where_they_are() {
    let cases = [
        ("a = { NUMBER($n) } b\n", "NUMBER", "function call `NUMBER(…)`"),
        ("-t = T\na = { -t(case: \"x\") }\n", "-t(", "term with arguments"),
        ("-t = T\n    .gender = f\na = { -t.gender ->\n    [f] F\n   *[m] M\n}\n", "-t.", "attribute of a term"),
        ("a = You have { 5 } days\n", "5", "number literal `{ 5 }`"),
        ("a = { $n ->\n    [1.5] x\n   *[other] y\n}\n", "1.5", "decimal key `[1.5]`"),
        ("a = { $n ->\n    [99999999999999999999] x\n   *[other] y\n}\n", "9999", "beyond 64-bit"),
        ("a = { \"x\" ->\n    [x] x\n   *[other] y\n}\n", "\"x\"", "select only on a variable"),
        ("-t = { $n }\na = { -t }\n", "$n", "`$n` inside a term"),
        ("a = { missing }\n", "missing", "no message `missing`"),
        ("a = { b.nope }\nb = B\n", "b.nope", "no such attribute"),
        ("a = { b }\nb =\n    .title = T\n", "b }", "no value"),
        ("a = { -nope }\n", "-nope", "no term `-nope`"),
        ("a = x { b }\nb = y { a }\n", "a }", "refers back to itself"),
        ("a = A\na = B\n", "a = B", "declared twice"),
        ("a = A\n-a = B\n", "-a", "declared twice"),
        ("a = A\n    .t = 1\n    .t = 2\n", "t = 2", "declared twice"),
        ("a = x }\nb = B\n", "}", "cannot be read"),
    ];
    for (ftl, needle, says) in cases {
        let errors = refused(ftl);
        let expected = at(ftl, needle);
        assert!(
            errors.iter().any(|(offset, message)| *offset == expected && message.contains(says)),
            "{ftl:?}: expected `{says}` at {expected}, got {errors:?}"
        );
    }
}

#[test]
fn refusals_say_what_to_write_instead() {
    let errors = refused("a = { NUMBER($n) }\n");
    assert_eq!(errors, [(6, "the compact runtime cannot format the function call `NUMBER(…)`; write the variable alone, `{ $name }`, or select on it: `{ $name -> [one] … *[other] … }`".to_string())]);
}

#[test]
fn a_text_with_more_placeables_than_fluent_writes_is_refused() {
    let many = "{ $x }".repeat(101);
    let ftl = format!("big = {many}\nfine = {}\n", "{ $x }".repeat(100));
    assert_eq!(refused(&ftl).iter().map(|(offset, _)| *offset).collect::<Vec<_>>(), [0]);
    // References count, as fluent-bundle counts them; variants do not add up.
    let doubling: String = (0..12).map(|i| format!("m{i} = {{ m{} }}{{ m{} }}\n", i + 1, i + 1)).collect();
    let errors = refused(&format!("{doubling}m12 = end\n"));
    assert!(errors.iter().any(|(_, message)| message.contains("more than 100 placeables")), "{errors:?}");
    let select = format!("s = {{ $n ->\n    [one] {}\n   *[other] {}\n}}\n", "{ $x }".repeat(60), "{ $x }".repeat(60));
    assert!(compile(&select, &ids(&[&select])).is_ok());
}

#[test]
fn references_that_nest_too_deeply_are_refused() {
    let chain: String = (0..40).map(|i| format!("m{i} = {{ m{} }}\n", i + 1)).collect();
    let errors = refused(&format!("{chain}m40 = end\n"));
    assert!(errors.iter().any(|(_, message)| message.contains("nest more than 32 deep")), "{errors:?}");
}

#[test]
fn selects_that_multiply_through_references_are_refused() {
    let levels: String = (0..20)
        .map(|i| format!("m{i} = {{ $n ->\n    [one] {{ m{} }}\n   *[other] {{ m{} }}\n}}\n", i + 1, i + 1))
        .collect();
    let errors = refused(&format!("{levels}m20 = end\n"));
    assert!(errors.iter().any(|(_, message)| message.contains("pieces long")), "{errors:?}");
}

#[test]
fn ids_are_messages_with_a_value_and_attributes_sorted_without_terms() {
    let fr = "b = B\n    .summary = S\na =\n    .title = T\n-term = X\n";
    let en = "b = B\nc = C\n";
    assert_eq!(ids(&[fr, en]), ["a.title", "b", "b.summary", "c"]);
}

#[test]
fn every_id_must_be_in_a_sorted_list() {
    let ftl = "a = A\nb = B\n";
    let errors = compile(ftl, &["a".to_string()]).unwrap_err();
    assert_eq!(
        errors,
        [CompileError {
            offset: 6,
            message: "`b` is not in the id list: make the list with `ids` from every language".into()
        }]
    );
    assert_eq!(compile(ftl, &["b".to_string(), "a".to_string()]).unwrap_err()[0].offset, 0);
}

#[test]
fn messages_come_out_by_index() {
    let ftl = "z = Z\na = A\n    .t = T\n";
    let ids = ids(&[ftl]);
    let indices: Vec<u32> = compile(ftl, &ids).unwrap().into_iter().map(|(index, _)| index).collect();
    assert_eq!(indices, [0, 1, 2]);
}
