//! `huquq-rules test --coverage`: after the scenarios, what they leave unpinned, right by right
//! ([`huquq_engine::coverage`]), one line per right with a gap, then a summary line.

use huquq_engine::audit::{Claims, audit};
use huquq_engine::coverage::coverage;
use huquq_engine::scenario::Scenario;
use huquq_engine::{Date, RuleSet};

pub fn print(rules: &RuleSet, claims: &Claims, scenarios: &[Scenario], date: Date) {
    let ends = audit(rules, claims, date).ends;
    let found = coverage(rules, scenarios, &ends);
    println!("coverage, right by right: what no scenario pins down");
    let mut totals = [0; 4];
    for (right, gaps) in &found {
        if gaps.is_empty() {
            continue;
        }
        let statuses: Vec<&str> = gaps.statuses.iter().map(|s| s.name()).collect();
        let questions: Vec<&str> = gaps.questions.iter().map(|&q| rules.question(q).id.as_str()).collect();
        let parts = [
            ("statuses never expected", statuses.join(", ")),
            ("branches never decisive", gaps.branches.iter().map(|b| format!("`{b}`")).collect::<Vec<_>>().join(", ")),
            ("choices never decisive", gaps.choices.join(", ")),
            ("never in a because", questions.join(", ")),
        ];
        let shown: Vec<String> =
            parts.iter().filter(|(_, list)| !list.is_empty()).map(|(what, list)| format!("{what}: {list}")).collect();
        println!("  {}: {}", rules.right(*right).id, shown.join("; "));
        for (total, count) in
            totals.iter_mut().zip([statuses.len(), gaps.branches.len(), gaps.choices.len(), questions.len()])
        {
            *total += count;
        }
    }
    let with_because = scenarios.iter().filter(|s| s.expect.iter().any(|e| e.because.is_some())).count();
    println!(
        "coverage: {} rights, {} scenarios ({with_because} with because); {} statuses never expected, {} branches never decisive, {} choices never decisive, {} questions never in a because",
        rules.rights.len(),
        scenarios.len(),
        totals[0],
        totals[1],
        totals[2],
        totals[3],
    );
}
