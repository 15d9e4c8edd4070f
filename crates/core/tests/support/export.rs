//! Shared helpers of the export tests: the sample plan and a fixed "now",
//! so golden files do not change from run to run.

#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use commplan_core::export::{self, Format, Request};
use commplan_core::{Plan, sample};

/// The DTSTAMP and "generated on" of every golden file.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 15, 9, 30, 0).unwrap()
}

pub fn sample() -> Plan {
    sample::plan().expect("the sample loads")
}

pub fn request(format: Format) -> Request {
    Request::new(format, "en", now())
}

pub fn text(plan: &Plan, request: &Request) -> String {
    let bytes = export::render(plan, request).expect("the export is written");
    String::from_utf8(bytes).expect("exports are UTF-8")
}
