//! Any bytes as compiled rules or their details (offices and sources in full): they must be
//! read or refused, never panic, and what is read must write back to bytes that read the same.
#![no_main]

use huquq_engine::RuleSet;
use huquq_engine::model::Details;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(rules) = RuleSet::from_bytes(bytes) {
        assert_eq!(RuleSet::from_bytes(&rules.to_bytes()).as_ref(), Ok(&rules));
    }
    if let Ok(details) = Details::from_bytes(bytes) {
        assert_eq!(Details::from_bytes(&details.to_bytes()).as_ref(), Ok(&details));
    }
});
