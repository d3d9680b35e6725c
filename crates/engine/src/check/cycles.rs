//! Check: definitions that depend on themselves, and questions whose `ask_if` waits for
//! themselves. Either would leave a condition that can never be worked out.

use super::diagnostic::Diagnostic;
use super::lower::Lowered;
use crate::eval::questions_read;

pub fn check(lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) {
    let rules = &lowered.rules;
    for cycle in find_cycles(&lowered.definition_uses) {
        let names: Vec<&str> = cycle.iter().map(|&d| rules.definitions[usize::from(d)].id.as_str()).collect();
        let first = &lowered.spans.definitions[usize::from(cycle[0])];
        diagnostics.push(
            Diagnostic::error("cycle", format!("definition `{}` depends on itself", names[0]))
                .at(first.clone(), "part of a cycle")
                .note(format!("the cycle is: {} → {}", names.join(" → "), names[0]))
                .note("a definition must be made of questions and other definitions that do not lead back to it"),
        );
    }
    let waits: Vec<Vec<u16>> = rules
        .questions
        .iter()
        .map(|q| {
            let mut read = Vec::new();
            if let Some(ask_if) = &q.ask_if {
                questions_read(rules, ask_if, &mut |r| read.push(r));
            }
            read
        })
        .collect();
    for cycle in find_cycles(&waits) {
        let names: Vec<&str> = cycle.iter().map(|&q| rules.questions[usize::from(q)].id.as_str()).collect();
        let at = lowered.spans.ask_ifs[usize::from(cycle[0])]
            .clone()
            .unwrap_or_else(|| lowered.spans.questions[usize::from(cycle[0])].clone());
        diagnostics.push(
            Diagnostic::error("cycle", format!("the `ask_if` of question `{}` waits for itself", names[0]))
                .at(at, "part of a cycle")
                .note(format!("the cycle is: {} → {}", names.join(" → "), names[0])),
        );
    }
}

/// Each cycle once, as the nodes along it, starting from its first node in index order.
fn find_cycles(edges: &[Vec<u16>]) -> Vec<Vec<u16>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    fn visit(node: u16, edges: &[Vec<u16>], marks: &mut [Mark], path: &mut Vec<u16>, cycles: &mut Vec<Vec<u16>>) {
        marks[usize::from(node)] = Mark::OnPath;
        path.push(node);
        for &next in &edges[usize::from(node)] {
            match marks[usize::from(next)] {
                Mark::New => visit(next, edges, marks, path, cycles),
                Mark::OnPath => {
                    let start = path.iter().position(|&n| n == next).unwrap_or(0);
                    cycles.push(path[start..].to_vec());
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks[usize::from(node)] = Mark::Done;
    }
    let mut marks = vec![Mark::New; edges.len()];
    let mut cycles = Vec::new();
    for node in 0..edges.len() {
        if marks[node] == Mark::New {
            visit(node as u16, edges, &mut marks, &mut Vec::new(), &mut cycles);
        }
    }
    cycles
}

#[cfg(test)]
mod tests {
    use super::find_cycles;

    #[test]
    fn finds_each_cycle_once() {
        assert_eq!(find_cycles(&[vec![1], vec![2], vec![]]), Vec::<Vec<u16>>::new());
        assert_eq!(find_cycles(&[vec![1], vec![2], vec![0]]), vec![vec![0, 1, 2]]);
        assert_eq!(find_cycles(&[vec![0]]), vec![vec![0]]);
        assert_eq!(find_cycles(&[vec![1], vec![0], vec![3], vec![2]]), vec![vec![0, 1], vec![2, 3]]);
    }
}
