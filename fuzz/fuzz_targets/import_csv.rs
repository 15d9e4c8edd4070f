//! Any bytes given to the dissemination log importer give a preview or a
//! clear error: never a panic, never a hang. Every row it accepts applies to
//! the plan as one edit, and importing the same bytes again adds nothing.
#![no_main]

use std::sync::LazyLock;

use commplan_core::{Plan, import, sample};
use libfuzzer_sys::fuzz_target;

static SAMPLE: LazyLock<Plan> = LazyLock::new(|| sample::plan().expect("the sample loads"));

fuzz_target!(|bytes: &[u8]| {
    let options = import::Options::default();
    let Ok(preview) = import::read(bytes, &SAMPLE, &options) else {
        return;
    };
    let Some(edit) = preview.edit(&SAMPLE) else {
        return;
    };
    let mut plan = SAMPLE.clone();
    plan.apply(edit)
        .unwrap_or_else(|e| panic!("rows the importer accepts must apply: {e}"));
    let again = import::read(bytes, &plan, &options).expect("the same bytes read again");
    assert!(
        again.rows.is_empty(),
        "importing the same file twice must add nothing, added {}",
        again.rows.len()
    );
});
