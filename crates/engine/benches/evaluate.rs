//! Time per answer of an interview: `evaluate` (statuses with their explanations) and
//! `huquq_engine::run` (the same plus the next question), on the real rules and on a rule set
//! 100 times larger. Plain `Instant` timing rather than a benchmark framework, to keep the
//! build short. Run with `cargo bench -p huquq-engine --bench evaluate`.
//! Targets: under 1 ms per answer on the real rules, under 20 ms on the 100x set.

#[path = "../tests/support/mod.rs"]
mod support;

use huquq_engine::Date;
use huquq_engine::check::{Input, check, render};
use std::path::Path;
use std::time::Instant;

fn main() {
    let today = Date::from_ymd(2026, 11, 23).expect("a valid date");
    // `HUQUQ_ROOT` measures another copy of the project, e.g. while this one's texts are unfinished.
    let root = std::env::var_os("HUQUQ_ROOT").map_or_else(
        || Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../.."),
        Into::into,
    );
    let input = Input::read(&root, today).expect("rules/ and locales/ can be read");
    let report = check(&input);
    let Some(rules) = report.rules else {
        panic!("the rules do not compile:\n{}", render(&input, &report.diagnostics));
    };
    let clock = Instant::now();
    let now = || clock.elapsed().as_secs_f64() * 1000.0;
    print!("{}", support::measure("real", &rules, today, 20, 2_000.0, &now));
    print!("{}", support::measure("100x", &support::scaled(&rules, 100), today, 1, 5_000.0, &now));
}
