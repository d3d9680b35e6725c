//! The rules checked and compiled by `build.rs`, embedded in the app; their details (how to
//! reach each office, every source in full) are a file of their own, loaded after the first
//! screen.

use huquq_engine::RuleSet;
use huquq_engine::model::{Details, Domain, Office, OfficeId};
use std::sync::OnceLock;

static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rules.bin"));

/// The rules' version (`[meta] version`), from `build.rs`: not in the bytes, so that reading
/// them costs the first module nothing more.
pub const VERSION: u32 = number(env!("HUQUQ_RULES_VERSION"));

/// A whole number written in decimal, at compile time.
const fn number(text: &str) -> u32 {
    let (bytes, mut at, mut value) = (text.as_bytes(), 0, 0u32);
    while at < bytes.len() {
        value = value * 10 + (bytes[at] - b'0') as u32;
        at += 1;
    }
    value
}

static RULES: OnceLock<RuleSet> = OnceLock::new();

pub fn rules() -> &'static RuleSet {
    RULES.get_or_init(compiled)
}

/// Keeps only the rights of `domains` (an embedding NGO's choice), so only the questions
/// that can change them are asked. Must run before the first `rules()`.
pub fn keep_only(domains: &[Domain]) {
    let mut rules = compiled();
    rules.keep_domains(domains);
    let _ = RULES.set(rules);
}

fn compiled() -> RuleSet {
    // build.rs wrote these bytes with this engine: they always read. Stopping without a
    // message keeps the error's description (and its formatting code) out of the download.
    let mut rules = RuleSet::from_bytes(COMPILED).unwrap_or_else(|_| std::process::abort());
    rules.version = VERSION;
    rules
}

static DETAILS: OnceLock<Details> = OnceLock::new();

/// How to reach each office and every source in full, once loaded; the embedded rules hold
/// only each office's id and region and each source's id and date.
pub fn details() -> Option<&'static Details> {
    DETAILS.get()
}

/// Office `index` as fully as it is known: with its address and phones once the details are
/// here, by its id and region before.
pub fn office(index: OfficeId) -> &'static Office {
    let full = details().and_then(|d| d.offices.get(usize::from(index)));
    full.unwrap_or_else(|| &rules().offices[usize::from(index)])
}

/// Loads the details if they are not yet here; whether they are now.
pub async fn load_details() -> bool {
    if DETAILS.get().is_none()
        && let Some(details) = crate::files::fetch("details").await.and_then(|b| Details::from_bytes(&b).ok())
    {
        let _ = DETAILS.set(details);
    }
    DETAILS.get().is_some()
}

/// Sets the details from their bytes (the browser tests, which have no start script).
pub fn set_details(bytes: &[u8]) {
    if let Ok(details) = Details::from_bytes(bytes) {
        let _ = DETAILS.set(details);
    }
}
