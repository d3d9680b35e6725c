//! The condition parser on any text: it must return a tree or an error, never panic, and
//! every span it gives must cut the text at character boundaries, as messages slice it.
#![no_main]

use huquq_engine::check::expr::{Node, NodeKind, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match parse(text) {
        Ok(node) => check_spans(&node, text),
        Err(error) => assert!(text.get(error.span.clone()).is_some(), "error span {:?} in {text:?}", error.span),
    }
});

fn check_spans(node: &Node, text: &str) {
    assert!(text.get(node.span.clone()).is_some(), "span {:?} in {text:?}", node.span);
    let children: Vec<&Node> = match &node.kind {
        NodeKind::Bool(_) | NodeKind::Int(_) | NodeKind::Text(_) | NodeKind::Name(_) => Vec::new(),
        NodeKind::Call { args, .. } => args.iter().collect(),
        NodeKind::Not(inner) => vec![inner],
        NodeKind::And(items) | NodeKind::Or(items) => items.iter().collect(),
        NodeKind::In { left, items } => std::iter::once(&**left).chain(items).collect(),
        NodeKind::Compare { left, right, .. }
        | NodeKind::Contains { left, right }
        | NodeKind::Add(left, right)
        | NodeKind::Sub(left, right) => vec![left, right],
    };
    for child in children {
        check_spans(child, text);
    }
}
