//! VTIMEZONE components built from chrono-tz's rules, so a calendar that
//! does not know a zone by name still places every time right.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetName, Tz};

use super::Lines;

/// Zones that are UTC under another name: their times are written with Z.
pub fn is_utc(zone: Tz) -> bool {
    matches!(
        zone.name(),
        "UTC" | "Etc/UTC" | "Etc/UCT" | "UCT" | "Etc/Zulu" | "Zulu" | "Universal" | "Etc/Universal"
    )
}

/// A change of offset: the instant and the offsets around it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Transition {
    at: DateTime<Utc>,
    from: i32,
    to: i32,
    name: String,
    daylight: bool,
}

fn offset_at(zone: Tz, at: DateTime<Utc>) -> i32 {
    zone.offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc()
}

fn name_at(zone: Tz, at: DateTime<Utc>) -> String {
    let offset = zone.offset_from_utc_datetime(&at.naive_utc());
    offset.abbreviation().map_or_else(
        || offset_text(offset.fix().local_minus_utc()),
        str::to_owned,
    )
}

fn is_daylight(zone: Tz, at: DateTime<Utc>) -> bool {
    use chrono_tz::OffsetComponents;
    !zone
        .offset_from_utc_datetime(&at.naive_utc())
        .dst_offset()
        .is_zero()
}

/// Every offset change in the given years, found day by day and then to
/// the second.
fn transitions(zone: Tz, first_year: i32, last_year: i32) -> Vec<Transition> {
    let mut out = Vec::new();
    let (Some(start), Some(end)) = (
        NaiveDate::from_ymd_opt(first_year, 1, 1),
        NaiveDate::from_ymd_opt(last_year, 12, 31),
    ) else {
        return out;
    };
    let midnight = |day: NaiveDate| Utc.from_utc_datetime(&day.and_time(chrono::NaiveTime::MIN));
    let mut day = start;
    let mut before = offset_at(zone, midnight(day));
    while day <= end {
        let Some(next) = day.succ_opt() else { break };
        let after = offset_at(zone, midnight(next));
        if after != before {
            // The first second of the day whose offset is the new one.
            let (mut low, mut high) = (0i64, 86_400i64);
            while low < high {
                let mid = (low + high) / 2;
                if offset_at(zone, midnight(day) + Duration::seconds(mid)) == before {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            let at = midnight(day) + Duration::seconds(low);
            out.push(Transition {
                at,
                from: before,
                to: after,
                name: name_at(zone, at),
                daylight: is_daylight(zone, at),
            });
            before = after;
        }
        day = next;
    }
    out
}

/// "+0100", "-0330".
fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// The onset of a transition in the local time before it, as VTIMEZONE's
/// DTSTART wants it.
fn onset(transition: &Transition) -> NaiveDateTime {
    transition.at.naive_utc() + Duration::seconds(i64::from(transition.from))
}

/// The BYDAY rule that names this day within its month: "-1SU" for the
/// last Sunday, "2SU" for the second, if it is one of those.
fn by_day(day: NaiveDate) -> (Option<String>, Option<String>) {
    let weekday = match day.weekday() {
        chrono::Weekday::Mon => "MO",
        chrono::Weekday::Tue => "TU",
        chrono::Weekday::Wed => "WE",
        chrono::Weekday::Thu => "TH",
        chrono::Weekday::Fri => "FR",
        chrono::Weekday::Sat => "SA",
        chrono::Weekday::Sun => "SU",
    };
    let nth = (day.day() - 1) / 7 + 1;
    let last = day
        .checked_add_signed(Duration::days(7))
        .is_none_or(|week_later| week_later.month() != day.month());
    (
        Some(format!("{nth}{weekday}")),
        last.then(|| format!("-1{weekday}")),
    )
}

/// A yearly rule matching every transition of a group, if they follow one.
fn yearly_rule(group: &[&Transition]) -> Option<String> {
    let first = group.first()?;
    let first_onset = onset(first);
    let (nth, last) = by_day(first_onset.date());
    let same = |pick: &dyn Fn(NaiveDate) -> Option<String>, wanted: &Option<String>| {
        wanted.is_some()
            && group.iter().all(|t| {
                let o = onset(t);
                o.time() == first_onset.time()
                    && o.month() == first_onset.month()
                    && pick(o.date()) == *wanted
            })
    };
    let years: Vec<i32> = group.iter().map(|t| onset(t).year()).collect();
    let consecutive = years.windows(2).all(|w| w[1] == w[0] + 1);
    if !consecutive {
        return None;
    }
    let month = first_onset.month();
    if same(&|d| by_day(d).1, &last) {
        return Some(format!(
            "FREQ=YEARLY;BYMONTH={month};BYDAY={}",
            last.unwrap_or_default()
        ));
    }
    if same(&|d| by_day(d).0, &nth) {
        return Some(format!(
            "FREQ=YEARLY;BYMONTH={month};BYDAY={}",
            nth.unwrap_or_default()
        ));
    }
    None
}

fn observance(lines: &mut Lines, transition: &Transition, rule: Option<&str>) {
    let kind = if transition.daylight {
        "DAYLIGHT"
    } else {
        "STANDARD"
    };
    lines.line(&format!("BEGIN:{kind}"));
    lines.line(&format!(
        "DTSTART:{}",
        onset(transition).format("%Y%m%dT%H%M%S")
    ));
    if let Some(rule) = rule {
        // The rule stops with the years exported, so a later change of the
        // zone's rules is not contradicted.
        lines.line(&format!("RRULE:{rule}"));
    }
    lines.line(&format!("TZOFFSETFROM:{}", offset_text(transition.from)));
    lines.line(&format!("TZOFFSETTO:{}", offset_text(transition.to)));
    lines.line(&format!(
        "TZNAME:{}",
        super::text::ics_text(&transition.name)
    ));
    lines.line(&format!("END:{kind}"));
}

/// Writes a VTIMEZONE for `zone` covering the years `first..=last` (and the
/// year before, so the offset in force at the first event is defined).
pub fn write(lines: &mut Lines, zone: Tz, first: i32, last: i32) {
    lines.line("BEGIN:VTIMEZONE");
    lines.line(&format!("TZID:{}", zone.name()));
    let all = transitions(zone, first - 1, last);
    if all.is_empty() {
        // No change in these years: one fixed offset.
        let at = NaiveDate::from_ymd_opt(first, 1, 1)
            .map(|d| Utc.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN)))
            .unwrap_or_default();
        let offset = offset_at(zone, at);
        observance(
            lines,
            &Transition {
                at: DateTime::<Utc>::UNIX_EPOCH - Duration::seconds(i64::from(offset)),
                from: offset,
                to: offset,
                name: name_at(zone, at),
                daylight: false,
            },
            None,
        );
    } else {
        for daylight in [true, false] {
            let group: Vec<&Transition> = all.iter().filter(|t| t.daylight == daylight).collect();
            if group.is_empty() {
                continue;
            }
            let same_offsets = group
                .iter()
                .all(|t| t.from == group[0].from && t.to == group[0].to && t.name == group[0].name);
            match yearly_rule(&group).filter(|_| same_offsets && group.len() > 1) {
                Some(rule) => {
                    let until = onset(group[group.len() - 1]).format("%Y%m%dT%H%M%S");
                    let rule = format!("{rule};UNTIL={until}");
                    // UNTIL of a floating DTSTART is floating too, and
                    // includes the last onset.
                    observance(lines, group[0], Some(&rule));
                }
                None => {
                    for transition in group {
                        observance(lines, transition, None);
                    }
                }
            }
        }
    }
    lines.line("END:VTIMEZONE");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rome_changes_on_the_last_sundays_of_march_and_october() {
        let found = transitions(chrono_tz::Europe::Rome, 2017, 2017);
        assert_eq!(found.len(), 2);
        assert_eq!(
            onset(&found[0]).to_string(),
            "2017-03-26 02:00:00",
            "{found:?}"
        );
        assert_eq!(found[0].to - found[0].from, 3600);
        assert!(found[0].daylight);
        assert_eq!(onset(&found[1]).to_string(), "2017-10-29 03:00:00");
        assert_eq!(found[1].name, "CET");
    }

    #[test]
    fn a_vtimezone_uses_yearly_rules_when_they_hold() {
        let mut lines = Lines::default();
        write(&mut lines, chrono_tz::Europe::Rome, 2017, 2019);
        let text = lines.finish();
        assert!(
            text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20190331T020000"),
            "{text}"
        );
        assert!(text.contains("TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET"));
    }

    #[test]
    fn a_zone_without_changes_has_one_standard_observance() {
        let mut lines = Lines::default();
        write(&mut lines, chrono_tz::Asia::Tokyo, 2017, 2018);
        let text = lines.finish();
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 1, "{text}");
        assert!(text.contains("TZOFFSETTO:+0900"));
        assert!(!text.contains("DAYLIGHT"));
    }
}
