//! The rules checked and compiled by `build.rs`, embedded in the app.

use huquq_engine::RuleSet;
use huquq_engine::model::Domain;
use std::sync::OnceLock;

static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rules.bin"));

static RULES: OnceLock<RuleSet> = OnceLock::new();

pub fn rules() -> &'static RuleSet {
    RULES.get_or_init(compiled)
}

/// Keeps only the rights of `domains` (an embedding NGO's choice), so only the questions
/// that can change them are asked. Must run before the first `rules()`.
pub fn keep_only(domains: &[Domain]) {
    let mut rules = compiled();
    rules.rights.retain(|right| domains.contains(&right.domain));
    let _ = RULES.set(rules);
}

fn compiled() -> RuleSet {
    RuleSet::from_bytes(COMPILED).expect("build.rs wrote these bytes with this engine")
}
