//! The proof that the compiled texts can replace fluent-bundle: every message and attribute of
//! every language in `locales/`, formatted by fluent-bundle 0.16 and by the compiled parts read
//! back from their bytes, with representative arguments, is the same text byte for byte.
//! Also prints the sizes of the parts (`cargo test -p huquq-texts -- --nocapture`).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use huquq_texts::compile::{compile, ids};
use huquq_texts::{Part, Texts, Value, catalogue, plural};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

/// Every Arabic plural category, French and English ones, numbers keys of our texts (`[0]`).
const NUMBERS: [i64; 15] = [0, 1, 2, 3, 4, 10, 11, 12, 99, 100, 101, 102, 111, 1000, 1_000_000];
/// A text argument with Arabic and Latin letters, as a name or a date would be.
const TEXT: &str = "Sara سارة 12";
/// The ids of the second part, loaded after the interface.
const RIGHTS: [&str; 4] = ["right-", "office-", "document-", "step-"];

/// One language's files joined in name order, as `build.rs` joins them.
struct Language {
    code: String,
    text: String,
}

fn languages() -> Vec<Language> {
    let root = Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("../../locales");
    let mut directories: Vec<_> = std::fs::read_dir(&root).unwrap().map(|entry| entry.unwrap().path()).collect();
    directories.sort();
    let languages: Vec<Language> = directories
        .into_iter()
        .filter(|path| path.is_dir())
        .map(|directory| {
            let mut files: Vec<_> = std::fs::read_dir(&directory)
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .filter(|path| path.extension().is_some_and(|extension| extension == "ftl"))
                .collect();
            files.sort();
            let mut text = String::new();
            for file in files {
                text.push_str(&std::fs::read_to_string(file).unwrap());
                text.push('\n');
            }
            Language { code: directory.file_name().unwrap().to_string_lossy().into_owned(), text }
        })
        .collect();
    assert!(languages.len() >= 3, "fr, ar and en at least, in {}", root.display());
    languages
}

/// The language's parts as the browser gets them: interface first, then rights, each from bytes.
fn parts(language: &Language, ids: &[String]) -> (Vec<u8>, Vec<u8>) {
    let messages = compile(&language.text, ids).unwrap_or_else(|errors| panic!("{}: {errors:?}", language.code));
    let (rights, interface): (Vec<_>, Vec<_>) = messages
        .into_iter()
        .partition(|(index, _)| RIGHTS.iter().any(|prefix| ids[*index as usize].starts_with(prefix)));
    let bytes = |messages| Part::new(&language.code, catalogue(ids), messages).to_bytes().unwrap();
    (bytes(interface), bytes(rights))
}

fn texts(language: &Language, ids: &[String]) -> Texts {
    let (interface, rights) = parts(language, ids);
    let rule = plural::rules_for(&language.code).expect("a shipped language has its plural rule");
    let mut texts = Texts::new(&language.code, Box::new(rule));
    texts.add(Part::from_bytes(&interface).unwrap()).unwrap();
    texts.add(Part::from_bytes(&rights).unwrap()).unwrap();
    texts
}

fn bundle(language: &Language) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![language.code.parse().unwrap()]);
    bundle.add_resource(FluentResource::try_new(language.text.clone()).unwrap()).unwrap();
    bundle
}

/// The variables a pattern uses, through the messages and terms it refers to.
fn variables<'s>(pattern: &Pattern<&'s str>, entries: &[Entry<&'s str>], found: &mut BTreeSet<&'s str>, depth: usize) {
    let inline = |expression: &InlineExpression<&'s str>, found: &mut BTreeSet<&'s str>| match expression {
        InlineExpression::VariableReference { id } => _ = found.insert(id.name),
        InlineExpression::MessageReference { id, attribute } if depth < 8 => {
            for entry in entries {
                if let Entry::Message(message) = entry
                    && message.id.name == id.name
                {
                    let pattern = match attribute {
                        Some(attribute) => {
                            message.attributes.iter().find(|a| a.id.name == attribute.name).map(|a| &a.value)
                        }
                        None => message.value.as_ref(),
                    };
                    pattern.into_iter().for_each(|pattern| variables(pattern, entries, found, depth + 1));
                }
            }
        }
        InlineExpression::Placeable { expression } => {
            let wrapped = Pattern { elements: vec![PatternElement::Placeable { expression: (**expression).clone() }] };
            variables(&wrapped, entries, found, depth + 1);
        }
        _ => {}
    };
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(expression) => inline(expression, found),
                Expression::Select { selector, variants } => {
                    inline(selector, found);
                    variants.iter().for_each(|variant| variables(&variant.value, entries, found, depth + 1));
                }
            }
        }
    }
}

/// Every variable given the same value, for each value; then none given; and, for a message
/// with one or two variables, every combination of values and absence.
fn argument_sets<'a>(names: &[&'a str]) -> Vec<Vec<(&'a str, Value<'static>)>> {
    let values: Vec<Value<'static>> = NUMBERS.iter().map(|n| Value::Number(*n)).chain([Value::Text(TEXT)]).collect();
    if names.is_empty() {
        return vec![vec![]];
    }
    let mut sets: Vec<Vec<_>> = values.iter().map(|value| names.iter().map(|name| (*name, *value)).collect()).collect();
    sets.push(vec![]);
    if names.len() <= 2 {
        let mut combinations: Vec<Vec<(&str, Value)>> = vec![vec![]];
        for name in names {
            combinations = combinations
                .into_iter()
                .flat_map(|set| {
                    let absent = std::iter::once(set.clone());
                    absent.chain(values.iter().map(move |value| [set.clone(), vec![(*name, *value)]].concat()))
                })
                .collect();
        }
        sets.extend(combinations);
    }
    sets
}

fn fluent_args<'a>(args: &[(&'a str, Value<'a>)]) -> FluentArgs<'a> {
    args.iter()
        .map(|(name, value)| {
            let value = match *value {
                Value::Text(text) => FluentValue::from(text),
                Value::Number(n) => FluentValue::from(n),
            };
            (*name, value)
        })
        .collect()
}

#[test]
fn every_text_of_every_language_is_formatted_as_fluent_bundle_formats_it() {
    let languages = languages();
    let ids = ids(&languages.iter().map(|language| language.text.as_str()).collect::<Vec<_>>());
    let (mut patterns, mut compared) = (0, 0);
    for language in &languages {
        let bundle = bundle(language);
        let texts = texts(language, &ids);
        let resource = fluent_syntax::parser::parse_runtime(language.text.as_str()).unwrap();
        for (index, id) in ids.iter().enumerate() {
            let (name, attribute) = id.split_once('.').map_or((id.as_str(), None), |(n, a)| (n, Some(a)));
            let message = bundle.get_message(name);
            let pattern = match attribute {
                Some(attribute) => message.and_then(|m| m.get_attribute(attribute)).map(|a| a.value()),
                None => message.and_then(|m| m.value()),
            };
            let Some(pattern) = pattern else {
                assert!(
                    !texts.has(index as u32),
                    "{}: `{id}` is compiled but fluent-bundle has no such text",
                    language.code
                );
                continue;
            };
            let mut names = BTreeSet::new();
            variables(pattern, &resource.body, &mut names, 0);
            patterns += 1;
            for args in argument_sets(&names.into_iter().collect::<Vec<_>>()) {
                let expected = bundle.format_pattern(pattern, Some(&fluent_args(&args)), &mut vec![]);
                let got = texts.format(index as u32, &args);
                assert_eq!(
                    got.as_deref(),
                    Some(expected.as_ref()),
                    "first difference: `{id}` in `{}` with {args:?}",
                    language.code
                );
                compared += 1;
            }
        }
    }
    println!(
        "compared {compared} formatted texts: {patterns} messages and attributes ({} ids, {} languages) × their argument sets",
        ids.len(),
        languages.len()
    );
    assert!(patterns > 3 * 100 && compared > patterns);
}

#[test]
fn every_part_of_every_language_reads_back_as_written() {
    let languages = languages();
    let ids = ids(&languages.iter().map(|language| language.text.as_str()).collect::<Vec<_>>());
    for language in &languages {
        let messages = compile(&language.text, &ids).unwrap_or_else(|errors| panic!("{}: {errors:?}", language.code));
        let (rights, interface): (Vec<_>, Vec<_>) = messages
            .iter()
            .cloned()
            .partition(|(index, _)| RIGHTS.iter().any(|prefix| ids[*index as usize].starts_with(prefix)));
        for messages in [messages, interface, rights] {
            let part = Part::new(&language.code, catalogue(&ids), messages);
            let bytes = part.to_bytes().unwrap();
            assert_eq!(Part::from_bytes(&bytes).as_ref(), Ok(&part), "{}", language.code);
            assert!(Part::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        }
    }
}

fn gzipped(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

#[test]
fn sizes_of_the_compiled_parts() {
    let languages = languages();
    let ids = ids(&languages.iter().map(|language| language.text.as_str()).collect::<Vec<_>>());
    println!("language  part       bytes  gzipped  (Fluent text: bytes, gzipped)");
    for language in &languages {
        let (interface, rights) = parts(language, &ids);
        let ftl = language.text.as_bytes();
        for (name, part) in [("interface", &interface), ("rights", &rights)] {
            println!("{:<9} {name:<9} {:>6} {:>8}", language.code, part.len(), gzipped(part));
            assert!(!part.is_empty());
        }
        let both = [interface.as_slice(), rights.as_slice()].concat();
        println!(
            "{:<9} {:<9} {:>6} {:>8}  ({}, {})",
            language.code,
            "both",
            both.len(),
            gzipped(&both),
            ftl.len(),
            gzipped(ftl)
        );
    }
    let list = ids.join("\n");
    println!("id list: {} ids, {} bytes, {} gzipped", ids.len(), list.len(), gzipped(list.as_bytes()));
}
