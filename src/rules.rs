//! The rules checked and compiled by `build.rs`, embedded in the app.

use huquq_engine::RuleSet;
use std::sync::OnceLock;

static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rules.bin"));

pub fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::from_bytes(COMPILED).expect("build.rs wrote these bytes with this engine"))
}
