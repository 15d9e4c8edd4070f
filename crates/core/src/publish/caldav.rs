//! Publishing to a CalDAV server (RFC 4791), incrementally and without
//! keeping any state of our own: the server's copy is read back (one
//! calendar-query REPORT per calendar, with ETags and data), compared with
//! the plan through each resource's content hash, and only the difference
//! is sent: PUT with `If-None-Match: *` for a new resource, `If-Match` for a
//! changed one, DELETE with `If-Match` for one the plan no longer has for
//! that partner (RFC 4791 §5.3.2, RFC 9110 §13.1). An unchanged plan sends
//! no PUT. An interrupted publish leaves complete resources only (each PUT
//! is whole), and the next publish compares again and repairs the rest.

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use super::calendars::{Calendar, uid_and_hash};
use super::dav::{self, Counts, Credentials, Dav, Url};
use super::{PublishError, xml};
use crate::ids::PartnerId;

/// What happened to one calendar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The collection's name ("s3-4alpclusters-ven").
    pub name: String,
    pub display_name: String,
    pub partner: Option<PartnerId>,
    pub language: String,
    /// The calendar's URL (to subscribe to).
    pub url: String,
    /// The calendar collection was made by this publish (MKCALENDAR).
    pub made: bool,
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
    pub unchanged: usize,
    /// Why this calendar is not (entirely) published.
    pub error: Option<PublishError>,
}

/// What a publish did, in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub outcomes: Vec<Outcome>,
    /// Requests sent, by method.
    pub counts: Counts,
    pub elapsed: Duration,
    /// Nothing was changed on the server: only what would be done was
    /// counted.
    pub dry_run: bool,
}

/// Progress as a publish goes: calendar `index` of `of`, `done` of `total`
/// writes in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub index: usize,
    pub of: usize,
    pub done: usize,
    pub total: usize,
}

/// The server address, the user and how far a publish may go.
#[derive(Debug, Clone)]
pub struct Target {
    /// The server, the user's principal or calendar home: the calendar home
    /// is found from it (RFC 6764 §6, RFC 4791 §6.2.1).
    pub url: String,
    pub credentials: Credentials,
    /// Count what would be done, change nothing.
    pub dry_run: bool,
}

/// One resource as the server has it.
#[derive(Debug, Clone)]
struct Remote {
    href: String,
    etag: Option<String>,
    uid: Option<String>,
    hash: Option<String>,
}

/// Publishes the calendars. `uid_suffix` ("@s3-4alpclusters.commplan")
/// marks the resources CommPlan owns: only those are ever deleted.
///
/// Errors: a bad address, no connection or refused credentials while
/// finding the calendar home; a failure in one calendar is in its
/// [`Outcome`] and the others go on (unless cancelled).
pub fn publish(
    target: &Target,
    calendars: &[Calendar],
    uid_suffix: &str,
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, PublishError> {
    let started = Instant::now();
    let url = dav::collection_url(&target.url)?;
    let mut client = Dav::new(target.credentials.clone(), cancel)?;
    let home = home(&mut client, &url)?;
    let mut report = Report {
        dry_run: target.dry_run,
        ..Report::default()
    };
    for (index, calendar) in calendars.iter().enumerate() {
        let mut outcome = Outcome {
            name: calendar.name.clone(),
            display_name: calendar.display_name.clone(),
            partner: calendar.partner.clone(),
            language: calendar.language.clone(),
            ..Outcome::default()
        };
        let mut step = |done: usize, total: usize| {
            progress(Progress {
                index,
                of: calendars.len(),
                done,
                total,
            });
        };
        step(0, 0);
        let result = one(
            &mut client,
            &home,
            calendar,
            uid_suffix,
            target.dry_run,
            &mut outcome,
            &mut step,
        );
        let stop = matches!(result, Err(PublishError::Cancelled));
        if let Err(error) = result {
            tracing::warn!("publishing {}: {error}", calendar.name);
            outcome.error = Some(error);
        }
        report.outcomes.push(outcome);
        if stop {
            break;
        }
    }
    report.counts = client.counts;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Finds the calendar home from the URL given: its `calendar-home-set`, or
/// that of its `current-user-principal`, or the URL itself.
fn home(client: &mut Dav<'_>, url: &Url) -> Result<Url, PublishError> {
    let props = [
        ("d", "current-user-principal"),
        ("c", "calendar-home-set"),
        ("d", "resourcetype"),
    ];
    let found = propfind(client, url, &props, "0")?;
    let Some(found) = found else {
        return Ok(url.clone());
    };
    let join = |href: &str| -> Option<Url> {
        let mut u = url.join(href).ok()?;
        if !u.path().ends_with('/') {
            let p = format!("{}/", u.path());
            u.set_path(&p);
        }
        Some(u)
    };
    if let Some(home) = found
        .prop(xml::CALDAV, "calendar-home-set")
        .and_then(|p| p.hrefs.first())
        .and_then(|h| join(h))
    {
        return Ok(home);
    }
    if let Some(principal) = found
        .prop(xml::DAV, "current-user-principal")
        .and_then(|p| p.hrefs.first())
        .and_then(|h| join(h))
        && &principal != url
        && let Some(found) = propfind(client, &principal, &props, "0")?
        && let Some(home) = found
            .prop(xml::CALDAV, "calendar-home-set")
            .and_then(|p| p.hrefs.first())
            .and_then(|h| join(h))
    {
        return Ok(home);
    }
    Ok(url.clone())
}

/// PROPFIND; `None` when the resource does not exist (404).
fn propfind(
    client: &mut Dav<'_>,
    url: &Url,
    props: &[(&str, &str)],
    depth: &str,
) -> Result<Option<xml::Response>, PublishError> {
    let answer = client.send(
        "PROPFIND",
        url,
        &[("Depth", depth.to_owned())],
        Some(("application/xml; charset=utf-8", xml::propfind(props))),
    )?;
    match answer.status {
        207 => {
            let responses =
                xml::multistatus(&answer.body).map_err(|reason| PublishError::BadAnswer {
                    method: "PROPFIND".into(),
                    url: url.to_string(),
                    reason,
                })?;
            Ok(responses.into_iter().next())
        }
        404 => Ok(None),
        status => Err(PublishError::Status {
            method: "PROPFIND".into(),
            url: url.to_string(),
            status,
        }),
    }
}

/// Brings one calendar on the server to the plan.
fn one(
    client: &mut Dav<'_>,
    home: &Url,
    calendar: &Calendar,
    uid_suffix: &str,
    dry_run: bool,
    outcome: &mut Outcome,
    step: &mut dyn FnMut(usize, usize),
) -> Result<(), PublishError> {
    let url = home
        .join(&format!("{}/", dav::encode_segment(&calendar.name)))
        .map_err(|_| PublishError::BadUrl {
            url: home.to_string(),
        })?;
    outcome.url = url.to_string();
    let remote = match propfind(client, &url, &[("d", "resourcetype")], "0")? {
        Some(found) if found.is_calendar() => list(client, &url)?,
        Some(_) => {
            return Err(PublishError::NotACalendar {
                url: url.to_string(),
            });
        }
        None => {
            if !dry_run {
                make(client, &url, calendar)?;
            }
            outcome.made = true;
            BTreeMap::new()
        }
    };
    // What to send.
    let mut puts: Vec<(&str, Option<&Remote>)> = Vec::new();
    for (name, resource) in &calendar.resources {
        match remote.get(name) {
            Some(r) if r.hash.as_deref() == Some(resource.hash.as_str()) => outcome.unchanged += 1,
            found => puts.push((name, found)),
        }
    }
    let deletes: Vec<&Remote> = remote
        .iter()
        .filter(|(name, r)| {
            !calendar.resources.contains_key(*name)
                && r.uid.as_deref().is_some_and(|u| u.ends_with(uid_suffix))
        })
        .map(|(_, r)| r)
        .collect();
    let total = puts.len() + deletes.len();
    step(0, total);
    let mut done = 0;
    for (name, found) in puts {
        let Some(resource) = calendar.resources.get(name) else {
            continue;
        };
        if !dry_run {
            let target = match found {
                Some(r) => url.join(&r.href),
                None => url.join(&dav::encode_segment(name)),
            }
            .map_err(|_| PublishError::BadUrl {
                url: url.to_string(),
            })?;
            let condition = match found.and_then(|r| r.etag.clone()) {
                Some(etag) => ("If-Match", etag),
                None if found.is_some() => ("If-Match", "*".to_owned()),
                None => ("If-None-Match", "*".to_owned()),
            };
            let answer = client.send(
                "PUT",
                &target,
                &[condition],
                Some(("text/calendar; charset=utf-8", resource.body.clone())),
            )?;
            if !(200..300).contains(&answer.status) {
                return Err(PublishError::Status {
                    method: "PUT".into(),
                    url: target.to_string(),
                    status: answer.status,
                });
            }
        }
        if found.is_some() {
            outcome.updated += 1;
        } else {
            outcome.created += 1;
        }
        done += 1;
        step(done, total);
    }
    for r in deletes {
        if !dry_run {
            let target = url.join(&r.href).map_err(|_| PublishError::BadUrl {
                url: url.to_string(),
            })?;
            let headers: Vec<(&'static str, String)> =
                r.etag.iter().map(|e| ("If-Match", e.clone())).collect();
            let answer = client.send("DELETE", &target, &headers, None)?;
            // Gone already is as good as deleted.
            if !(200..300).contains(&answer.status) && answer.status != 404 {
                return Err(PublishError::Status {
                    method: "DELETE".into(),
                    url: target.to_string(),
                    status: answer.status,
                });
            }
        }
        outcome.deleted += 1;
        done += 1;
        step(done, total);
    }
    Ok(())
}

/// MKCALENDAR with the display name and colour (RFC 4791 §5.3.1).
fn make(client: &mut Dav<'_>, url: &Url, calendar: &Calendar) -> Result<(), PublishError> {
    let color = calendar
        .color
        .map(|c| format!("#{:02X}{:02X}{:02X}FF", c.r, c.g, c.b));
    let answer = client.send(
        "MKCALENDAR",
        url,
        &[],
        Some((
            "application/xml; charset=utf-8",
            xml::mkcalendar(&calendar.display_name, color.as_deref()),
        )),
    )?;
    match answer.status {
        200..=299 => Ok(()),
        // Something is there already that PROPFIND did not show us.
        405 => Err(PublishError::NotACalendar {
            url: url.to_string(),
        }),
        status => Err(PublishError::Status {
            method: "MKCALENDAR".into(),
            url: url.to_string(),
            status,
        }),
    }
}

/// Every VEVENT resource of a calendar by file name, with ETag, UID and
/// hash (one calendar-query REPORT, RFC 4791 §7.8).
fn list(client: &mut Dav<'_>, url: &Url) -> Result<BTreeMap<String, Remote>, PublishError> {
    let answer = client.send(
        "REPORT",
        url,
        &[("Depth", "1".to_owned())],
        Some((
            "application/xml; charset=utf-8",
            xml::calendar_query().to_owned(),
        )),
    )?;
    if answer.status != 207 {
        return Err(PublishError::Status {
            method: "REPORT".into(),
            url: url.to_string(),
            status: answer.status,
        });
    }
    let responses = xml::multistatus(&answer.body).map_err(|reason| PublishError::BadAnswer {
        method: "REPORT".into(),
        url: url.to_string(),
        reason,
    })?;
    let mut out = BTreeMap::new();
    for r in responses {
        if r.href.ends_with('/') || r.status.is_some_and(|s| s >= 300) {
            continue;
        }
        let (uid, hash) = r
            .text(xml::CALDAV, "calendar-data")
            .map(uid_and_hash)
            .unwrap_or_default();
        let etag = r.text(xml::DAV, "getetag").map(str::to_owned);
        out.insert(
            dav::last_segment(&r.href),
            Remote {
                href: r.href.clone(),
                etag,
                uid,
                hash,
            },
        );
    }
    Ok(out)
}
