//! What a publish should leave on the server: one calendar per partner (and
//! optionally one for the whole plan), each holding one resource per
//! activity series and per deliverable deadline, named by its UID.
//!
//! The resources are cut out of the same iCalendar text the file export
//! writes ([`crate::export::ics::write`]), so a partner's published calendar
//! and its exported file always agree. Each resource is a VCALENDAR with
//! exactly one VEVENT and the VTIMEZONEs it refers to, without METHOD
//! (RFC 4791 §4.1).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::export::{Scope, ics, slug};
use crate::i18n::Strings;
use crate::ids::PartnerId;
use crate::partner::Partner;
use crate::plan::Plan;
use crate::tr;
use crate::value::Color;

/// The property that carries a resource's content hash, so a later publish
/// can tell an unchanged copy on the server without keeping any state.
pub const HASH_PROPERTY: &str = "X-COMMPLAN-HASH";

/// What to publish.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// The partners whose calendars are published; empty: every partner.
    pub partners: Vec<PartnerId>,
    /// Also publish one calendar with the whole plan.
    pub whole_plan: bool,
    /// Remind this many days before an open deadline (VALARM).
    pub reminder_days: Option<u32>,
    /// The language of the whole-plan calendar (a partner's calendar is in
    /// that partner's language).
    pub plan_language: String,
}

/// One calendar as it should be on the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The collection's name on the server: "s3-4alpclusters-ven".
    pub name: String,
    /// The partner, or `None` for the whole plan.
    pub partner: Option<PartnerId>,
    /// The name calendars show: "S3-4AlpClusters — VEN".
    pub display_name: String,
    pub color: Option<Color>,
    /// The language its words are in (a code CommPlan has strings for).
    pub language: String,
    /// Its resources by file name ("activity-7@s3-4alpclusters.commplan.ics").
    pub resources: BTreeMap<String, Resource>,
    /// The same calendar as one file (what a WebDAV publish puts).
    pub file: String,
}

/// One calendar object resource (RFC 4791 §4.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub uid: String,
    /// The iCalendar text, CRLF line ends, with [`HASH_PROPERTY`].
    pub body: String,
    /// A hash of the content without DTSTAMP (16 hex digits).
    pub hash: String,
}

/// The language a partner reads: its first working language CommPlan has
/// strings for, else English.
pub fn partner_language(partner: &Partner) -> String {
    partner
        .languages
        .iter()
        .map(|l| l.0.clone())
        .find(|code| Strings::has(code))
        .unwrap_or_else(|| "en".to_owned())
}

/// The calendars a publish should leave on the server, in the plan's
/// partner order (the whole plan last). Unknown partner ids are skipped;
/// the caller checks them first ([`unknown_partners`]).
pub fn desired(plan: &Plan, choice: &Choice, now: DateTime<Utc>) -> Vec<Calendar> {
    let project = slug(plan.display_name());
    let mut out = Vec::new();
    for partner in &plan.partners {
        if !choice.partners.is_empty() && !choice.partners.contains(&partner.id) {
            continue;
        }
        let language = partner_language(partner);
        let strings = Strings::new(&language);
        let display_name = tr!(
            strings,
            "export-calendar-name-partner",
            project = plan.display_name(),
            partner = partner.id.as_str()
        );
        let scope = Scope {
            partner: Some(partner.id.clone()),
            ..Scope::default()
        };
        out.push(calendar(
            plan,
            CalendarSpec {
                name: format!("{project}-{}", slug(partner.id.as_str())),
                partner: Some(partner.id.clone()),
                display_name,
                color: Some(partner.color),
                scope,
            },
            choice,
            &strings,
            now,
        ));
    }
    if choice.whole_plan {
        let strings = Strings::new(&choice.plan_language);
        let display_name = tr!(
            strings,
            "export-calendar-name",
            project = plan.display_name()
        );
        out.push(calendar(
            plan,
            CalendarSpec {
                name: project,
                partner: None,
                display_name,
                color: None,
                scope: Scope::default(),
            },
            choice,
            &strings,
            now,
        ));
    }
    out
}

/// The chosen partner ids the plan does not have.
pub fn unknown_partners(plan: &Plan, choice: &Choice) -> Vec<PartnerId> {
    choice
        .partners
        .iter()
        .filter(|id| plan.partner(id).is_none())
        .cloned()
        .collect()
}

struct CalendarSpec {
    name: String,
    partner: Option<PartnerId>,
    display_name: String,
    color: Option<Color>,
    scope: Scope,
}

fn calendar(
    plan: &Plan,
    spec: CalendarSpec,
    choice: &Choice,
    strings: &Strings,
    now: DateTime<Utc>,
) -> Calendar {
    let options = ics::Options {
        deliverables: true,
        reminder_days: choice.reminder_days,
        utc: false,
    };
    let file = ics::write(plan, &spec.scope, &options, now, strings);
    let resources = split(&file)
        .into_iter()
        .map(|r| (format!("{}.ics", r.uid), r))
        .collect();
    Calendar {
        name: spec.name,
        partner: spec.partner,
        display_name: spec.display_name,
        color: spec.color,
        language: strings.language().to_owned(),
        resources,
        file,
    }
}

/// A content line as written (possibly folded over several physical lines)
/// and its unfolded text.
struct Logical {
    raw: String,
    unfolded: String,
}

/// Our own iCalendar text as logical lines (RFC 5545 §3.1 folding undone).
fn logical_lines(text: &str) -> Vec<Logical> {
    let mut out: Vec<Logical> = Vec::new();
    for physical in text.split("\r\n").filter(|l| !l.is_empty()) {
        if let Some(rest) = physical.strip_prefix(' ')
            && let Some(last) = out.last_mut()
        {
            last.raw.push_str("\r\n");
            last.raw.push_str(physical);
            last.unfolded.push_str(rest);
            continue;
        }
        out.push(Logical {
            raw: physical.to_owned(),
            unfolded: physical.to_owned(),
        });
    }
    out
}

/// The TZID parameter values a content line refers to.
fn tzids(line: &str) -> impl Iterator<Item = &str> {
    let params = line.split(':').next().unwrap_or("");
    params
        .split(';')
        .filter_map(|p| p.strip_prefix("TZID="))
        .map(|v| v.trim_matches('"'))
}

/// 64-bit FNV-1a: a stable hash (the same in every build and release),
/// enough to notice that a resource changed.
fn fnv1a(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Cuts a calendar CommPlan wrote into one resource per VEVENT.
pub fn split(file: &str) -> Vec<Resource> {
    let lines = logical_lines(file);
    let mut zones: BTreeMap<String, String> = BTreeMap::new();
    let mut events: Vec<Vec<&Logical>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i].unfolded;
        if line == "BEGIN:VTIMEZONE" {
            let mut block = String::new();
            let mut id = String::new();
            while i < lines.len() {
                block.push_str(&lines[i].raw);
                block.push_str("\r\n");
                if let Some(value) = lines[i].unfolded.strip_prefix("TZID:") {
                    id = value.to_owned();
                }
                if lines[i].unfolded == "END:VTIMEZONE" {
                    break;
                }
                i += 1;
            }
            zones.insert(id, block);
        } else if line == "BEGIN:VEVENT" {
            let mut block = Vec::new();
            while i < lines.len() {
                block.push(&lines[i]);
                if lines[i].unfolded == "END:VEVENT" {
                    break;
                }
                i += 1;
            }
            events.push(block);
        }
        i += 1;
    }
    let head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CommPlan//CommPlan//EN\r\nCALSCALE:GREGORIAN\r\n";
    events
        .into_iter()
        .map(|event| {
            let uid = event
                .iter()
                .find_map(|l| l.unfolded.strip_prefix("UID:"))
                .unwrap_or_default()
                .to_owned();
            let mut used: Vec<&str> = event.iter().flat_map(|l| tzids(&l.unfolded)).collect();
            used.sort_unstable();
            used.dedup();
            let mut body = String::from(head);
            for id in used {
                if let Some(zone) = zones.get(id) {
                    body.push_str(zone);
                }
            }
            let mut stable = body.clone();
            let mut tail = String::new();
            for line in &event {
                if line.unfolded == "END:VEVENT" {
                    continue;
                }
                tail.push_str(&line.raw);
                tail.push_str("\r\n");
                if !line.unfolded.starts_with("DTSTAMP:") {
                    stable.push_str(&line.raw);
                    stable.push_str("\r\n");
                }
            }
            let hash = fnv1a(&stable);
            body.push_str(&tail);
            body.push_str(&format!(
                "{HASH_PROPERTY}:{hash}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            ));
            Resource { uid, body, hash }
        })
        .collect()
}

/// The UID and [`HASH_PROPERTY`] of a resource read back from a server
/// (its first VEVENT), whatever its line ends and folding.
pub fn uid_and_hash(body: &str) -> (Option<String>, Option<String>) {
    let mut uid = None;
    let mut hash = None;
    let mut current = String::new();
    let mut take = |line: &str| {
        if uid.is_none()
            && let Some(v) = line.strip_prefix("UID:")
        {
            uid = Some(v.trim().to_owned());
        }
        if hash.is_none()
            && let Some(v) = line
                .strip_prefix(HASH_PROPERTY)
                .and_then(|r| r.split_once(':'))
                .map(|(_, v)| v)
        {
            hash = Some(v.trim().to_owned());
        }
    };
    for physical in body.split('\n') {
        let physical = physical.strip_suffix('\r').unwrap_or(physical);
        if let Some(rest) = physical
            .strip_prefix(' ')
            .or_else(|| physical.strip_prefix('\t'))
        {
            current.push_str(rest);
            continue;
        }
        take(&current);
        current = physical.to_owned();
    }
    take(&current);
    (uid, hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_stable_and_ignores_dtstamp() {
        assert_eq!(fnv1a(""), "cbf29ce484222325");
        let a = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let b = a.replace("20260101", "20270101");
        let (ra, rb) = (&split(a)[0], &split(&b)[0]);
        assert_eq!(ra.hash, rb.hash);
        assert_eq!(ra.uid, "x@y");
        assert_eq!(
            uid_and_hash(&ra.body),
            (Some("x@y".to_owned()), Some(ra.hash.clone()))
        );
    }
}
