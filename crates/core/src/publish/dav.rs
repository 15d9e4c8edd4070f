//! A small blocking WebDAV/CalDAV client over `reqwest` (rustls): sends
//! one request at a time, counts what it sent, maps the statuses every
//! caller treats alike (401, 403, 507, no connection) to [`PublishError`],
//! and never logs or shows the password.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use reqwest::Method;
use reqwest::blocking::Client;
use reqwest::header::{CONTENT_TYPE, ETAG, HeaderMap, HeaderValue};

pub use reqwest::Url;

use super::PublishError;

/// Who publishes. `Debug` never shows the password.
#[derive(Clone)]
pub struct Credentials {
    pub user: String,
    password: String,
}

impl Credentials {
    pub fn new(user: &str, password: String) -> Self {
        Self {
            user: user.to_owned(),
            password,
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &"…")
            .finish()
    }
}

/// Requests sent, by method; figures for the notes and the tests that an
/// unchanged plan sends no PUT.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub propfind: usize,
    pub report: usize,
    pub mkcalendar: usize,
    pub put: usize,
    pub delete: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.propfind + self.report + self.mkcalendar + self.put + self.delete
    }

    /// Requests that change the server.
    pub fn writes(&self) -> usize {
        self.mkcalendar + self.put + self.delete
    }
}

/// An answer: status, ETag header, body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub etag: Option<String>,
    pub body: String,
}

/// The client of one publish.
pub struct Dav<'a> {
    client: Client,
    credentials: Credentials,
    cancel: &'a AtomicBool,
    pub counts: Counts,
}

/// Characters kept as they are in a resource's file name: RFC 3986
/// unreserved ones.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A file name as one URL path segment ("a@b.ics" → "a%40b.ics").
pub fn encode_segment(name: &str) -> String {
    utf8_percent_encode(name, SEGMENT).to_string()
}

/// The last segment of an href, decoded ("/u/c/a%40b.ics" → "a@b.ics").
pub fn last_segment(href: &str) -> String {
    let path = href.trim_end_matches('/');
    let last = path.rsplit('/').next().unwrap_or(path);
    percent_decode_str(last).decode_utf8_lossy().into_owned()
}

/// Parses the server address the person typed; a collection's URL always
/// ends with '/'.
pub fn collection_url(text: &str) -> Result<Url, PublishError> {
    let bad = || PublishError::BadUrl {
        url: text.to_owned(),
    };
    let mut url = Url::parse(text.trim()).map_err(|_| bad())?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(bad());
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    // Credentials never travel in the URL.
    let _ = url.set_username("");
    let _ = url.set_password(None);
    Ok(url)
}

impl<'a> Dav<'a> {
    /// A client; `cancel` is checked before every request.
    pub fn new(credentials: Credentials, cancel: &'a AtomicBool) -> Result<Self, PublishError> {
        let client = Client::builder()
            .user_agent(concat!("CommPlan/", env!("CARGO_PKG_VERSION")))
            .timeout(Duration::from_secs(60))
            .connect_timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| PublishError::Unreachable {
                url: String::new(),
                reason: e.to_string(),
            })?;
        Ok(Self {
            client,
            credentials,
            cancel,
            counts: Counts::default(),
        })
    }

    /// Sends one request. 401, 403 and 507 become their errors; other
    /// statuses are the caller's to read.
    pub fn send(
        &mut self,
        method: &str,
        url: &Url,
        headers: &[(&'static str, String)],
        body: Option<(&'static str, String)>,
    ) -> Result<Answer, PublishError> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(PublishError::Cancelled);
        }
        let shown = url.to_string();
        let m = Method::from_bytes(method.as_bytes()).map_err(|_| PublishError::Status {
            method: method.to_owned(),
            url: shown.clone(),
            status: 0,
        })?;
        match method {
            "PROPFIND" => self.counts.propfind += 1,
            "REPORT" => self.counts.report += 1,
            "MKCALENDAR" => self.counts.mkcalendar += 1,
            "PUT" => self.counts.put += 1,
            "DELETE" => self.counts.delete += 1,
            _ => {}
        }
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            if let Ok(v) = HeaderValue::from_str(value) {
                map.insert(*name, v);
            }
        }
        let mut request = self
            .client
            .request(m, url.clone())
            .basic_auth(&self.credentials.user, Some(&self.credentials.password))
            .headers(map);
        if let Some((kind, text)) = body {
            request = request
                .header(CONTENT_TYPE, HeaderValue::from_static(kind))
                .body(text);
        }
        tracing::debug!("{method} {shown}");
        let response = request.send().map_err(|e| PublishError::Unreachable {
            url: shown.clone(),
            reason: reason(&e),
        })?;
        let status = response.status().as_u16();
        let etag = response
            .headers()
            .get(ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response.text().map_err(|e| PublishError::Unreachable {
            url: shown.clone(),
            reason: reason(&e),
        })?;
        match status {
            401 => Err(PublishError::Unauthorized { url: shown }),
            403 => Err(PublishError::Forbidden { url: shown }),
            507 => Err(PublishError::Quota { url: shown }),
            _ => Ok(Answer { status, etag, body }),
        }
    }
}

/// The innermost cause of a transport error ("Connection refused").
fn reason(error: &reqwest::Error) -> String {
    let mut source: &dyn std::error::Error = error;
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_urls() {
        assert_eq!(
            encode_segment("activity-7@a.commplan.ics"),
            "activity-7%40a.commplan.ics"
        );
        assert_eq!(last_segment("/u/c/activity-7%40a.ics"), "activity-7@a.ics");
        assert_eq!(last_segment("/u/c/"), "c");
        let url = collection_url("http://bob:pw@127.0.0.1:5232/bob").unwrap();
        assert_eq!(url.as_str(), "http://127.0.0.1:5232/bob/");
        assert!(collection_url("ftp://x/").is_err());
        assert!(collection_url("not a url").is_err());
        let c = Credentials::new("bob", "secret".into());
        assert!(!format!("{c:?}").contains("secret"));
    }
}
