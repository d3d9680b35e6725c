//! Any bytes as compiled rules or a bibliography: they must be read or refused, never panic,
//! and what is read must write back to bytes that read the same.
#![no_main]

use huquq_engine::RuleSet;
use huquq_engine::model::Source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(rules) = RuleSet::from_bytes(bytes) {
        assert_eq!(RuleSet::from_bytes(&rules.to_bytes()).as_ref(), Ok(&rules));
    }
    if let Ok(sources) = Source::list_from_bytes(bytes) {
        assert_eq!(Source::list_from_bytes(&Source::list_to_bytes(&sources)).as_ref(), Ok(&sources));
    }
});
