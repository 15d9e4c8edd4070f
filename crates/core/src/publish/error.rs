//! Why a publish (or one calendar of it) failed, each with what to do.

use std::fmt;

use crate::fl;

/// A publishing failure. The password is never part of one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishError {
    /// The address is not an http(s) URL.
    BadUrl { url: String },
    /// No connection (refused, DNS, TLS, time-out).
    Unreachable { url: String, reason: String },
    /// 401: user name or password refused (RFC 9110 §15.5.2).
    Unauthorized { url: String },
    /// 403: no access, e.g. the calendar belongs to another user.
    Forbidden { url: String },
    /// 507: the server is out of space (RFC 4918 §11.5).
    Quota { url: String },
    /// Something other than a calendar already has the calendar's name.
    NotACalendar { url: String },
    /// Any other unexpected status.
    Status {
        method: String,
        url: String,
        status: u16,
    },
    /// An answer that could not be read (bad XML).
    BadAnswer {
        method: String,
        url: String,
        reason: String,
    },
    /// The person cancelled; what was done stays and the next publish
    /// completes it.
    Cancelled,
}

impl std::error::Error for PublishError {}

impl fmt::Display for PublishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            PublishError::BadUrl { url } => fl!("publish-error-bad-url", url = url.as_str()),
            PublishError::Unreachable { url, reason } => fl!(
                "publish-error-unreachable",
                url = url.as_str(),
                reason = reason.as_str()
            ),
            PublishError::Unauthorized { url } => {
                fl!("publish-error-unauthorized", url = url.as_str())
            }
            PublishError::Forbidden { url } => fl!("publish-error-forbidden", url = url.as_str()),
            PublishError::Quota { url } => fl!("publish-error-quota", url = url.as_str()),
            PublishError::NotACalendar { url } => {
                fl!("publish-error-not-calendar", url = url.as_str())
            }
            PublishError::Status {
                method,
                url,
                status,
            } => fl!(
                "publish-error-status",
                method = method.as_str(),
                url = url.as_str(),
                status = status.to_string()
            ),
            PublishError::BadAnswer {
                method,
                url,
                reason,
            } => fl!(
                "publish-error-bad-answer",
                method = method.as_str(),
                url = url.as_str(),
                reason = reason.as_str()
            ),
            PublishError::Cancelled => fl!("publish-error-cancelled"),
        })
    }
}
