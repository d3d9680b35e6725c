//! Check: how deep definitions chain, and how large a condition grows once the definitions it
//! names are written out. Evaluation, the audit and coverage go through every definition each
//! time it is named, recursing once per link, so both are bounded here; past these bounds the
//! rules are not compiled. Measured without recursing, each definition once.

use super::diagnostic::{Code, Diagnostic, Location};
use super::lower::Lowered;
use crate::model::walk::{Part, walk};
use crate::model::{DefinitionId, Expr};

/// How many definitions may chain, each naming the next. Without a bound, a chain of 60,000
/// took 29 s to check, and overflowed the stack in a debug build. Ours have no chain yet.
pub const MAX_CHAIN: usize = 32;

/// How many parts (names, values, comparisons, `and`, `or`, `not`, sums) a condition may have
/// with its definitions written out, each as many times as it is named. Ours have 15 at most.
pub const MAX_SIZE: usize = 10_000;

pub fn check(lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) {
    let rules = &lowered.rules;
    let uses = &lowered.definition_uses;
    // Each definition is measured once those it names are: those in a cycle (which `cycles`
    // reports), or naming one, never are.
    let mut waiting: Vec<usize> = uses.iter().map(Vec::len).collect();
    let mut named_by = vec![Vec::new(); uses.len()];
    for (d, named) in uses.iter().enumerate() {
        named.iter().for_each(|n| named_by[n.index()].push(d));
    }
    let mut ready: Vec<usize> = (0..uses.len()).filter(|&d| waiting[d] == 0).collect();
    let mut depth = vec![0; uses.len()];
    let mut size = vec![0; uses.len()];
    // Past a limit, itself or through a definition it names: reported once, where it goes over.
    let mut over = vec![false; uses.len()];
    while let Some(d) = ready.pop() {
        let deepest = uses[d].iter().max_by_key(|n| depth[n.index()]).copied();
        depth[d] = 1 + deepest.map_or(0, |n| depth[n.index()]);
        size[d] = expanded_size(&rules.definitions[d].when, &size);
        let named_over = uses[d].iter().any(|n| over[n.index()]);
        over[d] = named_over || depth[d] > MAX_CHAIN || size[d] > MAX_SIZE;
        match deepest {
            _ if named_over => {}
            Some(deepest) if depth[d] > MAX_CHAIN => diagnostics.push(too_deep(lowered, d, deepest)),
            _ if size[d] > MAX_SIZE => {
                let what = format!("the condition of definition `{}`", rules.definitions[d].id);
                diagnostics.push(too_large(&what, size[d], &lowered.spans.definitions[d]));
            }
            _ => {}
        }
        for &by in &named_by[d] {
            waiting[by] -= 1;
            if waiting[by] == 0 {
                ready.push(by);
            }
        }
    }
    let rights = rules
        .rights
        .iter()
        .zip(&lowered.spans.conditions)
        .map(|(r, at)| (format!("the condition of right `{}`", r.id), &r.when, at));
    let entries = rules.rights.iter().enumerate().flat_map(|(r, right)| {
        lowered.entry_conditions(r).map(move |(kind, id, when, at)| {
            (format!("the condition of {kind} `{id}` of right `{}`", right.id), when, at)
        })
    });
    let unknown_whens = rules.rights.iter().zip(&lowered.spans.unknown_conditions).filter_map(|(r, at)| {
        Some((format!("the `unknown_when` of right `{}`", r.id), r.unknown_when.as_ref()?, at.as_ref()?))
    });
    let ask_ifs = rules.questions.iter().zip(&lowered.spans.ask_ifs).zip(&lowered.spans.questions).filter_map(
        |((q, ask_if_at), at)| {
            Some((format!("the `ask_if` of question `{}`", q.id), q.ask_if.as_ref()?, ask_if_at.as_ref().unwrap_or(at)))
        },
    );
    for (what, condition, at) in rights.chain(unknown_whens).chain(entries).chain(ask_ifs) {
        let size = expanded_size(condition, &size);
        if size > MAX_SIZE && !names_any(condition, &over) {
            diagnostics.push(too_large(&what, size, at));
        }
    }
}

/// The parts of `expr`, each definition it names counted with its own `sizes`.
fn expanded_size(expr: &Expr, sizes: &[usize]) -> usize {
    let mut size = 0usize;
    walk(expr, None, &mut |part| {
        size = size.saturating_add(1);
        if let Part::Expr(Expr::Definition(d)) = part {
            size = size.saturating_add(sizes[d.index()]);
        }
    });
    size
}

/// Whether `expr` names a definition marked in `marked`.
fn names_any(expr: &Expr, marked: &[bool]) -> bool {
    let mut found = false;
    walk(expr, None, &mut |part| {
        if let Part::Expr(Expr::Definition(d)) = part {
            found |= marked[d.index()];
        }
    });
    found
}

fn too_deep(lowered: &Lowered, d: usize, deepest: DefinitionId) -> Diagnostic {
    let names = |d: usize| lowered.rules.definitions[d].id.as_str();
    Diagnostic::error(
        Code::DefinitionDepth,
        format!("definition `{}` makes a chain of more than {MAX_CHAIN} definitions, each naming the next", names(d)),
    )
    .at(lowered.spans.definitions[d].clone(), format!("definition {} of the chain", MAX_CHAIN + 1))
    .also(lowered.spans.definitions[deepest.index()].clone(), format!("{MAX_CHAIN} definitions chain from here"))
    .note(format!("`{}` names `{}`, which already ends a chain of {MAX_CHAIN}", names(d), names(deepest.index())))
    .note("write part of the chain out in this condition, or merge definitions that only rename another")
}

fn too_large(what: &str, size: usize, at: &Location) -> Diagnostic {
    Diagnostic::error(
        Code::ConditionSize,
        format!("{what} has {size} parts with its definitions written out, more than {MAX_SIZE}"),
    )
    .at(at.clone(), "too large")
    .note("a definition counts in full each time it is named: one naming another 10 times, named 10 times, counts it 100 times")
    .note("name fewer definitions more than once, or split the condition between rights")
}
