//! Check: definitions that depend on themselves, and questions whose `ask_if` waits for
//! themselves. Either would leave a condition that can never be worked out.

use super::diagnostic::{Code, Diagnostic};
use super::lower::Lowered;
use crate::model::walk::questions_read;

pub fn check(lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) {
    let rules = &lowered.rules;
    let uses: Vec<Vec<usize>> =
        lowered.definition_uses.iter().map(|uses| uses.iter().map(|&d| d.index()).collect()).collect();
    for cycle in find_cycles(&uses) {
        let names: Vec<&str> = cycle.iter().map(|&d| rules.definitions[d].id.as_str()).collect();
        let first = &lowered.spans.definitions[cycle[0]];
        let mut diagnostic = Diagnostic::error(Code::Cycle, format!("definition `{}` depends on itself", names[0]))
            .at(first.clone(), "part of a cycle");
        for (i, &d) in cycle.iter().enumerate().skip(1) {
            diagnostic =
                diagnostic.also(lowered.spans.definitions[d].clone(), format!("{} depends on this", names[i - 1]));
        }
        diagnostics.push(
            diagnostic
                .note(format!("the cycle is: {} → {}", names.join(" → "), names[0]))
                .note("a definition must be made of questions and other definitions that do not lead back to it"),
        );
    }
    let waits: Vec<Vec<usize>> = rules
        .questions
        .iter()
        .map(|q| {
            let mut read = Vec::new();
            if let Some(ask_if) = &q.ask_if {
                questions_read(rules, ask_if, &mut |r| read.push(r.index()));
            }
            read
        })
        .collect();
    for cycle in find_cycles(&waits) {
        let names: Vec<&str> = cycle.iter().map(|&q| rules.questions[q].id.as_str()).collect();
        let at = lowered.spans.ask_ifs[cycle[0]].clone().unwrap_or_else(|| lowered.spans.questions[cycle[0]].clone());
        diagnostics.push(
            Diagnostic::error(Code::Cycle, format!("the `ask_if` of question `{}` waits for itself", names[0]))
                .at(at, "part of a cycle")
                .note(format!("the cycle is: {} → {}", names.join(" → "), names[0])),
        );
    }
}

/// Each cycle once, as the nodes along it (indices in `edges`), starting from its first node
/// in index order. A depth-first search on a stack of its own: a chain of definitions can be
/// as long as there are definitions, and recursing once per node overflowed the stack.
fn find_cycles(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut marks = vec![Mark::New; edges.len()];
    let mut cycles = Vec::new();
    // The path being followed: each node, with how many of its edges have been taken.
    let mut path: Vec<(usize, usize)> = Vec::new();
    for root in 0..edges.len() {
        if marks[root] != Mark::New {
            continue;
        }
        marks[root] = Mark::OnPath;
        path.push((root, 0));
        while let Some((node, taken)) = path.last_mut() {
            let node = *node;
            let Some(&next) = edges[node].get(*taken) else {
                marks[node] = Mark::Done;
                path.pop();
                continue;
            };
            *taken += 1;
            match marks[next] {
                Mark::New => {
                    marks[next] = Mark::OnPath;
                    path.push((next, 0));
                }
                Mark::OnPath => {
                    let start = path.iter().position(|&(n, _)| n == next).unwrap_or(0);
                    cycles.push(path[start..].iter().map(|&(n, _)| n).collect());
                }
                Mark::Done => {}
            }
        }
    }
    cycles
}

#[cfg(test)]
mod tests {
    use super::find_cycles;

    #[test]
    fn finds_each_cycle_once() {
        assert_eq!(find_cycles(&[vec![1], vec![2], vec![]]), Vec::<Vec<usize>>::new());
        assert_eq!(find_cycles(&[vec![1], vec![2], vec![0]]), vec![vec![0, 1, 2]]);
        assert_eq!(find_cycles(&[vec![0]]), vec![vec![0]]);
        assert_eq!(find_cycles(&[vec![1], vec![0], vec![3], vec![2]]), vec![vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn a_cycle_at_the_end_of_a_long_chain_is_found_without_recursing() {
        // 0 → 1 → … → 59,999 → 59,998: the search used to recurse once per node.
        let mut edges: Vec<Vec<usize>> = (1..60_000).map(|next| vec![next]).collect();
        edges.push(vec![59_998]);
        assert_eq!(find_cycles(&edges), vec![vec![59_998, 59_999]]);
    }
}
