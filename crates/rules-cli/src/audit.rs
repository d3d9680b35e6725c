//! `huquq-rules audit`: walks every interview the rules can make ([`huquq_engine::audit`]) and
//! prints how many, how long it took, the longest interview and, with `--verbose`, how each
//! right's interviews can end. `check` runs the same walk and fails on the same violations.

use huquq_engine::audit::{Claims, audit, describe};
use huquq_engine::{Date, RuleSet};
use std::process::ExitCode;
use std::time::Instant;

pub fn run(rules: &RuleSet, claims: &Claims, date: Date, verbose: bool) -> ExitCode {
    let start = Instant::now();
    let audit = audit(rules, claims, date);
    let seconds = start.elapsed().as_secs_f64();
    if verbose {
        for (right, ends) in rules.rights.iter().zip(&audit.ends) {
            let ends: Vec<&str> = ends.iter().map(|s| s.name()).collect();
            println!("{:<45} ends {}", right.id, ends.join(", "));
        }
        println!("longest interview: {}", describe(rules, &audit.longest));
    }
    for violation in &audit.violations {
        println!("FAIL {}", violation.message(rules));
        if let Some(path) = violation.path() {
            println!("       for example: {}", describe(rules, path));
        }
    }
    let limit = claims.max_questions.map_or(String::new(), |max| format!(" (at most {max})"));
    println!(
        "audit: {} interviews walked right by right ({} states), {} rights, {} exclusive pairs; longest interview {} questions{limit}; {} violations; {seconds:.2} s",
        audit.paths,
        audit.states,
        rules.rights.len(),
        claims.exclusive.len(),
        audit.longest.len(),
        audit.violations.len(),
    );
    if audit.violations.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
