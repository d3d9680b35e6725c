//! The rules checked and compiled by `build.rs`, embedded in the app; their bibliography is
//! a file of its own, loaded when someone first looks at a right's sources.

use huquq_engine::RuleSet;
use huquq_engine::model::{Domain, Source};
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
    // build.rs wrote these bytes with this engine: they always read. Stopping without a
    // message keeps the error's description (and its formatting code) out of the download.
    RuleSet::from_bytes(COMPILED).unwrap_or_else(|_| std::process::abort())
}

static BIBLIOGRAPHY: OnceLock<Vec<Source>> = OnceLock::new();

/// Every source in full (title, issuer, reference, link), once loaded; the embedded rules
/// hold only each source's id and date.
pub fn bibliography() -> Option<&'static [Source]> {
    BIBLIOGRAPHY.get().map(Vec::as_slice)
}

/// Loads the bibliography if it is not yet here; whether it is now.
pub async fn load_bibliography() -> bool {
    if BIBLIOGRAPHY.get().is_none()
        && let Some(sources) = crate::files::fetch("sources").await.and_then(|b| Source::list_from_bytes(&b).ok())
    {
        let _ = BIBLIOGRAPHY.set(sources);
    }
    BIBLIOGRAPHY.get().is_some()
}

/// Sets the bibliography from its bytes (the browser tests, which have no start script).
pub fn set_bibliography(bytes: &[u8]) {
    if let Ok(sources) = Source::list_from_bytes(bytes) {
        let _ = BIBLIOGRAPHY.set(sources);
    }
}
