//! iCalendar (RFC 5545), written by hand: one VEVENT per activity (RRULE
//! when it repeats), deliverable deadlines as all-day events, UIDs that stay
//! the same across exports, CRLF line ends, lines folded at 75 octets.

mod zone;

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

use super::text::{fold_into, ics_raw, ics_text};
use super::{Scope, occur, slug, text, words};
use crate::activity::{Activity, Moved, When, to_utc};
use crate::deliverable::Deliverable;
use crate::i18n::Strings;
use crate::plan::Plan;
use crate::recurrence;
use crate::tr;
use crate::vocab::{RepeatUnit, Status};

/// How the calendar is written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Add deliverable deadlines as all-day events.
    pub deliverables: bool,
    /// Remind this many days before a deadline (VALARM), if any.
    pub reminder_days: Option<u32>,
    /// Write the times of single items in UTC instead of the activity's
    /// own zone. A recurring item keeps its zone (and so its local hour
    /// across daylight-saving changes) in every mode: a series at a fixed
    /// UTC time would move by an hour in summer (RFC 5545 §3.8.5.3).
    pub utc: bool,
}

/// Content lines being written; each is folded and ended with CRLF.
#[derive(Debug, Default)]
pub struct Lines {
    out: String,
}

impl Lines {
    pub fn line(&mut self, line: &str) {
        fold_into(&mut self.out, line);
    }

    /// A property with a TEXT value, escaped.
    fn text(&mut self, name: &str, value: &str) {
        let mut line = String::with_capacity(name.len() + value.len() + 8);
        line.push_str(name);
        line.push(':');
        line.push_str(&ics_text(value));
        self.line(&line);
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// The UID domain: the project's acronym as a slug.
fn domain(plan: &Plan) -> String {
    format!("{}.commplan", slug(plan.display_name()))
}

fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

fn date_value(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

fn local_value(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// STATUS for an activity's status.
pub fn status(status: Status) -> &'static str {
    match status {
        Status::Idea | Status::Planned | Status::InPreparation => "TENTATIVE",
        Status::Confirmed | Status::Done => "CONFIRMED",
        Status::Cancelled => "CANCELLED",
    }
}

/// Is this timed item written with a TZID (rather than in UTC)? A
/// recurring one always is, so that it keeps its local hour.
fn uses_zone(zone: Tz, recurring: bool, options: &Options) -> bool {
    (recurring || !options.utc) && !zone::is_utc(zone)
}

/// DTSTART or DTEND of a timed item.
fn timed(
    lines: &mut Lines,
    name: &str,
    at: NaiveDateTime,
    zone: Tz,
    recurring: bool,
    options: &Options,
) {
    if uses_zone(zone, recurring, options) {
        lines.line(&format!("{name};TZID={}:{}", zone.name(), local_value(at)));
    } else {
        lines.line(&format!("{name}:{}", utc_stamp(to_utc(at, zone))));
    }
}

fn when(lines: &mut Lines, when: &When, recurring: bool, options: &Options) {
    match when {
        When::Days { start, end } => {
            let end = (*end).max(*start);
            lines.line(&format!("DTSTART;VALUE=DATE:{}", date_value(*start)));
            // DTEND is exclusive: the day after the last day.
            let after = end.succ_opt().unwrap_or(end);
            lines.line(&format!("DTEND;VALUE=DATE:{}", date_value(after)));
        }
        When::Timed { start, end, zone } => {
            timed(lines, "DTSTART", *start, *zone, recurring, options);
            let end = if end > start {
                *end
            } else {
                // A calendar needs DTEND after DTSTART: a moment becomes a
                // quarter of an hour.
                *start + Duration::minutes(15)
            };
            timed(lines, "DTEND", end, *zone, recurring, options);
        }
    }
}

/// BYDAY's two letters for a weekday (RFC 5545 §3.3.10, "weekday").
fn weekday_code(day: chrono::Weekday) -> &'static str {
    match day {
        chrono::Weekday::Mon => "MO",
        chrono::Weekday::Tue => "TU",
        chrono::Weekday::Wed => "WE",
        chrono::Weekday::Thu => "TH",
        chrono::Weekday::Fri => "FR",
        chrono::Weekday::Sat => "SA",
        chrono::Weekday::Sun => "SU",
    }
}

/// The RRULE of a repeating activity (RFC 5545 §3.8.5.3): FREQ, INTERVAL,
/// BYDAY (chosen weekdays, or the nth weekday as `2TU` / `-1FR`), then
/// COUNT or UNTIL. Nothing when the series ends before it repeats.
fn rrule(lines: &mut Lines, activity: &Activity, project_end: NaiveDate) {
    let Some(recurrence) = &activity.recurrence else {
        return;
    };
    let until = occur::until(activity, project_end);
    if recurrence.count.is_none() && until.is_none_or(|u| u <= activity.when.start_date()) {
        return;
    }
    let freq = match recurrence.unit {
        RepeatUnit::Day => "DAILY",
        RepeatUnit::Week => "WEEKLY",
        RepeatUnit::Month => "MONTHLY",
        RepeatUnit::Year => "YEARLY",
    };
    let mut rule = format!("RRULE:FREQ={freq};INTERVAL={}", recurrence.every.max(1));
    let first = activity.when.start_date();
    match recurrence.unit {
        RepeatUnit::Week if !recurrence.weekdays.is_empty() => {
            let mut days = recurrence.weekdays.clone();
            days.sort_by_key(|d| d.num_days_from_monday());
            days.dedup();
            let days: Vec<&str> = days.into_iter().map(weekday_code).collect();
            rule.push_str(&format!(";BYDAY={};WKST=MO", days.join(",")));
        }
        RepeatUnit::Month => {
            if let Some(nth) = recurrence.nth {
                rule.push_str(&format!(";BYDAY={nth}{}", weekday_code(first.weekday())));
            }
        }
        _ => {}
    }
    match (recurrence.count, until) {
        (Some(count), _) => rule.push_str(&format!(";COUNT={count}")),
        (None, Some(until)) => {
            // UNTIL has DTSTART's value type: a date, or UTC for a timed
            // item (RFC 5545 §3.3.10). For a timed item it is the end of
            // the last day in the item's zone rather than the last start to
            // the second: a client without time-zone support (calcurse)
            // reads DTSTART's local hour as its own and would otherwise
            // drop the last occurrence.
            let until = match &activity.when {
                When::Days { .. } => date_value(until),
                When::Timed { zone, .. } => {
                    let end_of_day = until
                        .and_hms_opt(23, 59, 59)
                        .unwrap_or(until.and_time(Default::default()));
                    utc_stamp(to_utc(end_of_day, *zone))
                }
            };
            rule.push_str(&format!(";UNTIL={until}"));
        }
        (None, None) => {}
    }
    lines.line(&rule);
}

/// EXDATE or RECURRENCE-ID for the occurrence the rule starts on `day`
/// (RFC 5545 §3.8.5.1, §3.8.4.4): DTSTART's value type, at its time.
fn instance(lines: &mut Lines, name: &str, activity: &Activity, day: NaiveDate, options: &Options) {
    match &activity.when {
        When::Days { .. } => lines.line(&format!("{name};VALUE=DATE:{}", date_value(day))),
        When::Timed { start, zone, .. } => {
            timed(
                lines,
                name,
                day.and_time(start.time()),
                *zone,
                true,
                options,
            );
        }
    }
}

/// The skipped days of a series that are days of its rule, in order.
fn exdates(lines: &mut Lines, activity: &Activity, project_end: NaiveDate, options: &Options) {
    let Some(rule) = &activity.recurrence else {
        return;
    };
    let rule_days = recurrence::rule_days(activity, project_end);
    let mut days: Vec<NaiveDate> = rule
        .skipped
        .iter()
        .copied()
        .filter(|d| rule_days.contains(d))
        .collect();
    days.sort_unstable();
    days.dedup();
    for day in days {
        instance(lines, "EXDATE", activity, day, options);
    }
}

fn description(plan: &Plan, activity: &Activity, s: &Strings) -> String {
    let partner = |id: &crate::PartnerId| match plan.partner(id) {
        Some(p) => format!("{} ({})", p.label(), p.id),
        None => id.to_string(),
    };
    let mut parts = vec![format!(
        "{} · {}",
        words::kind(s, activity.kind),
        words::status(s, activity.status)
    )];
    parts.push(tr!(
        s,
        "export-responsible",
        partner = partner(&activity.responsible)
    ));
    if !activity.contributors.is_empty() {
        let list: Vec<String> = activity.contributors.iter().map(partner).collect();
        parts.push(tr!(s, "export-contributors", partners = list.join(", ")));
    }
    if let Some(wp) = &activity.work_package {
        let title = plan
            .work_package(wp)
            .map_or_else(|| wp.to_string(), |w| format!("{} — {}", w.id, w.title));
        parts.push(tr!(s, "export-work-package", work_package = title));
    }
    if let Some(channel) = activity.channel {
        parts.push(tr!(
            s,
            "export-channel",
            channel = words::channel(s, channel)
        ));
    }
    if let Some(link) = &activity.registration {
        parts.push(tr!(s, "export-registration", link = link.as_str()));
    }
    if let Some(link) = &activity.location.online {
        parts.push(tr!(s, "export-online", link = link.as_str()));
    }
    if let Some(rule) = &activity.recurrence {
        let words = recurrence::words::describe(s, rule, activity.when.start_date());
        parts.push(tr!(s, "export-repeats", rule = words));
    }
    let mut text = parts.join("\n");
    if !activity.notes.trim().is_empty() {
        text.push_str("\n\n");
        text.push_str(activity.notes.trim());
    }
    text
}

fn location(activity: &Activity) -> String {
    let place = &activity.location;
    let mut parts: Vec<&str> = Vec::new();
    for part in [&place.venue, &place.city] {
        if !part.trim().is_empty() {
            parts.push(part.trim());
        }
    }
    if let Some(country) = &place.country {
        parts.push(&country.0);
    }
    if parts.is_empty()
        && let Some(link) = &place.online
    {
        parts.push(link);
    }
    parts.join(", ")
}

/// The VEVENT of an activity; with `moved`, the override of one occurrence
/// of its series (the day the rule gives it, and when it takes place),
/// which shares the series' UID and names it by RECURRENCE-ID.
fn activity_event(
    lines: &mut Lines,
    plan: &Plan,
    activity: &Activity,
    ctx: &Context<'_>,
    moved: Option<(NaiveDate, &When)>,
) {
    lines.line("BEGIN:VEVENT");
    lines.line(&format!("UID:activity-{}@{}", activity.id.0, ctx.domain));
    if let Some((day, _)) = moved {
        instance(lines, "RECURRENCE-ID", activity, day, ctx.options);
    }
    lines.line(&format!("DTSTAMP:{}", ctx.stamp));
    if let Some(modified) = activity.modified {
        lines.line(&format!("LAST-MODIFIED:{}", utc_stamp(modified)));
    }
    lines.line(&format!("SEQUENCE:{}", activity.sequence));
    lines.text("SUMMARY", &activity.title);
    match moved {
        Some((_, moved)) => when(lines, moved, true, ctx.options),
        None => {
            when(
                lines,
                &activity.when,
                activity.recurrence.is_some(),
                ctx.options,
            );
            rrule(lines, activity, plan.project.end);
            exdates(lines, activity, plan.project.end, ctx.options);
        }
    }
    lines.text("DESCRIPTION", &description(plan, activity, ctx.strings));
    let place = location(activity);
    if !place.is_empty() {
        lines.text("LOCATION", &place);
    }
    if let Some(url) = activity
        .registration
        .as_ref()
        .or(activity.location.online.as_ref())
        .map(|u| ics_raw(u.trim()))
        .filter(|u| !u.is_empty())
    {
        lines.line(&format!("URL:{url}"));
    }
    let mut categories = vec![ics_text(&words::kind(ctx.strings, activity.kind))];
    if let Some(channel) = activity.channel {
        let word = ics_text(&words::channel(ctx.strings, channel));
        if !categories.contains(&word) {
            categories.push(word);
        }
    }
    lines.line(&format!("CATEGORIES:{}", categories.join(",")));
    lines.line(&format!("STATUS:{}", status(activity.status)));
    if activity.when.is_all_day() {
        lines.line("TRANSP:TRANSPARENT");
    }
    lines.line("END:VEVENT");
}

fn deliverable_event(lines: &mut Lines, plan: &Plan, d: &Deliverable, ctx: &Context<'_>) {
    let s = ctx.strings;
    lines.line("BEGIN:VEVENT");
    lines.line(&format!("UID:deliverable-{}@{}", d.id.0, ctx.domain));
    lines.line(&format!("DTSTAMP:{}", ctx.stamp));
    lines.line("SEQUENCE:0");
    let summary = tr!(
        s,
        "export-deadline-summary",
        code = d.code.as_str(),
        title = d.title.as_str()
    );
    lines.text("SUMMARY", &summary);
    when(
        lines,
        &When::Days {
            start: d.due,
            end: d.due,
        },
        false,
        ctx.options,
    );
    let lead = plan.partner(&d.lead).map_or_else(
        || d.lead.to_string(),
        |p| format!("{} ({})", p.label(), p.id),
    );
    let mut parts = vec![
        tr!(
            s,
            "export-deadline-description",
            code = d.code.as_str(),
            work_package = d.work_package.as_str()
        ),
        tr!(s, "export-lead", partner = lead),
        tr!(
            s,
            "export-deliverable-status",
            status = words::deliverable_status(s, d.status)
        ),
    ];
    if !d.contributors.is_empty() {
        let list: Vec<&str> = d.contributors.iter().map(|p| p.as_str()).collect();
        parts.push(tr!(s, "export-contributors", partners = list.join(", ")));
    }
    lines.text("DESCRIPTION", &parts.join("\n"));
    if let Some(url) = d
        .link
        .as_ref()
        .map(|u| ics_raw(u.trim()))
        .filter(|u| !u.is_empty())
    {
        lines.line(&format!("URL:{url}"));
    }
    lines.line(&format!(
        "CATEGORIES:{}",
        ics_text(&tr!(s, "export-category-deadline"))
    ));
    lines.line("STATUS:CONFIRMED");
    lines.line("TRANSP:TRANSPARENT");
    if let Some(days) = ctx.options.reminder_days
        && !d.status.is_delivered()
    {
        lines.line("BEGIN:VALARM");
        lines.line("ACTION:DISPLAY");
        lines.text("DESCRIPTION", &summary);
        lines.line(&format!("TRIGGER:-P{days}D"));
        lines.line("END:VALARM");
    }
    lines.line("END:VEVENT");
}

/// The moved occurrences of a series that are days of its rule (and not
/// skipped), by the day the rule gives them.
fn moved_occurrences(activity: &Activity, project_end: NaiveDate) -> Vec<&Moved> {
    let Some(rule) = &activity.recurrence else {
        return Vec::new();
    };
    let mut rule_days = recurrence::rule_days(activity, project_end);
    for day in &rule.skipped {
        rule_days.remove(day);
    }
    let mut out: Vec<&Moved> = rule
        .moved
        .iter()
        .filter(|m| rule_days.contains(&m.from))
        .collect();
    out.sort_by_key(|m| m.from);
    out.dedup_by_key(|m| m.from);
    out
}

struct Context<'a> {
    domain: String,
    stamp: String,
    options: &'a Options,
    strings: &'a Strings,
}

/// The years each zone is used in, for its VTIMEZONE.
fn zones_used(
    activities: &[&Activity],
    project_end: NaiveDate,
    options: &Options,
) -> BTreeMap<&'static str, (Tz, i32, i32)> {
    let mut zones: BTreeMap<&'static str, (Tz, i32, i32)> = BTreeMap::new();
    for activity in activities {
        if !matches!(activity.when, When::Timed { .. }) {
            continue;
        }
        // Every occurrence, so a count or a moved occurrence in a later
        // year has its year's daylight-saving rules.
        for occurrence in occur::occurrences(activity, project_end) {
            if let When::Timed { start, end, zone } = occurrence
                && uses_zone(zone, activity.recurrence.is_some(), options)
            {
                let (first, last) = (start.year(), end.year());
                zones
                    .entry(zone.name())
                    .and_modify(|(_, a, b)| {
                        *a = (*a).min(first);
                        *b = (*b).max(last);
                    })
                    .or_insert((zone, first, last));
            }
        }
    }
    zones
}

/// Writes the calendar for the activities (and, if asked, the deadlines)
/// in scope. `now` is DTSTAMP.
pub fn write(
    plan: &Plan,
    scope: &Scope,
    options: &Options,
    now: DateTime<Utc>,
    strings: &Strings,
) -> String {
    let activities: Vec<&Activity> = plan
        .activities
        .iter()
        .filter(|a| scope.activity(a, plan.project.end))
        .collect();
    let deliverables: Vec<&Deliverable> = if options.deliverables {
        plan.deliverables
            .iter()
            .filter(|d| scope.deliverable(d))
            .collect()
    } else {
        Vec::new()
    };
    let ctx = Context {
        domain: domain(plan),
        stamp: utc_stamp(now),
        options,
        strings,
    };
    let mut lines = Lines {
        out: String::with_capacity(700 * (activities.len() + deliverables.len()) + 4096),
    };
    lines.line("BEGIN:VCALENDAR");
    lines.line("VERSION:2.0");
    // No version number: a new release should not look like a change.
    lines.line("PRODID:-//CommPlan//CommPlan//EN");
    lines.line("CALSCALE:GREGORIAN");
    lines.line("METHOD:PUBLISH");
    let name = match scope.partner.as_ref().and_then(|id| plan.partner(id)) {
        Some(partner) => tr!(
            strings,
            "export-calendar-name-partner",
            project = plan.display_name(),
            partner = partner.label()
        ),
        None => tr!(
            strings,
            "export-calendar-name",
            project = plan.display_name()
        ),
    };
    lines.text("X-WR-CALNAME", &name);
    for (tz, first, last) in zones_used(&activities, plan.project.end, options).into_values() {
        zone::write(&mut lines, tz, first, last);
    }
    for activity in activities {
        activity_event(&mut lines, plan, activity, &ctx, None);
        for moved in moved_occurrences(activity, plan.project.end) {
            activity_event(
                &mut lines,
                plan,
                activity,
                &ctx,
                Some((moved.from, &moved.when)),
            );
        }
    }
    for deliverable in deliverables {
        deliverable_event(&mut lines, plan, deliverable, &ctx);
    }
    lines.line("END:VCALENDAR");
    lines.finish()
}

/// Undoes [`text::ics_text`]: for tests and readers of our own files.
pub fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_round_trips() {
        let original = "a, b; c\\d\ne";
        assert_eq!(unescape(&text::ics_text(original)), original);
    }
}
