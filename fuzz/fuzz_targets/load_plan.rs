//! Any bytes given to the plan loader give a plan or a clear error: never a
//! panic, never a hang. A plan that loads also saves and loads back equal.
#![no_main]

use std::path::Path;

use commplan_core::store;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(plan) = store::parse(text, Path::new("fuzz.ron")) {
        let again = store::to_text(&plan);
        let back = store::parse(&again, Path::new("again.ron"))
            .unwrap_or_else(|e| panic!("a loaded plan must load again after saving: {e}"));
        assert!(back == plan, "a loaded plan must save and load back equal");
    }
});
