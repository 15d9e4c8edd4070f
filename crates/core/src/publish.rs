//! Publishing the plan to calendar servers partners subscribe to (issue
//! 19): per-partner CalDAV calendars (RFC 4791), each in the partner's
//! language and kept current incrementally, or plain `.ics` files in a
//! WebDAV folder.
//!
//! The network is reached only through [`caldav::publish`] and
//! [`webdav::publish`], blocking functions meant to run off the UI thread;
//! what to publish ([`calendars::desired`]) is a pure function of the plan.
//! The password is held by [`dav::Credentials`], which never shows it.

pub mod caldav;
pub mod calendars;
pub mod dav;
mod error;
pub mod webdav;
pub mod xml;

pub use error::PublishError;

use crate::export::slug;
use crate::plan::Plan;

/// The end of the UIDs CommPlan writes for this plan
/// ("@s3-4alpclusters.commplan"): resources with it are CommPlan's to
/// update and delete; others in a calendar are left alone.
pub fn uid_suffix(plan: &Plan) -> String {
    format!("@{}.commplan", slug(plan.display_name()))
}
