//! Activities: the items of the communication plan.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::ids::{ActivityId, Entity, PartnerId, WorkPackageId};
use super::value::{Country, Lang};
use super::vocab::{Channel, Kind, RepeatUnit, Status, TargetGroup};

/// One item of the communication plan: an event, a post, a publication...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub id: ActivityId,
    pub title: String,
    pub kind: Kind,
    pub status: Status,
    pub responsible: PartnerId,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<PartnerId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_package: Option<WorkPackageId>,
    pub when: When,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// How it repeats, if it does (boxed: most activities do not).
    pub recurrence: Option<Box<Recurrence>>,
    #[serde(default, skip_serializing_if = "Location::is_empty")]
    pub location: Location,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The campaign this item belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<ActivityId>,
    /// Bumped on every change, for calendar SEQUENCE.
    #[serde(default)]
    pub sequence: u32,
    /// When it last changed, for calendar LAST-MODIFIED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<DateTime<Utc>>,
}

impl Entity for Activity {
    type Id = ActivityId;

    fn id(&self) -> &ActivityId {
        &self.id
    }
}

impl Activity {
    /// A new planned item on one whole day, with nothing else filled in.
    pub fn new(
        id: ActivityId,
        title: impl Into<String>,
        responsible: PartnerId,
        day: NaiveDate,
    ) -> Self {
        Self {
            id,
            title: title.into(),
            kind: Kind::Event,
            status: Status::Planned,
            responsible,
            contributors: Vec::new(),
            work_package: None,
            when: When::Days {
                start: day,
                end: day,
            },
            recurrence: None,
            location: Location::default(),
            channel: None,
            target_groups: Vec::new(),
            languages: Vec::new(),
            registration: None,
            notes: String::new(),
            campaign: None,
            sequence: 0,
            modified: None,
        }
    }

    /// Every partner involved: the responsible one first, then contributors.
    pub fn partners(&self) -> impl Iterator<Item = &PartnerId> {
        std::iter::once(&self.responsible).chain(self.contributors.iter())
    }

    /// Marks a changed copy as a new revision of `previous`.
    pub fn stamp(&mut self, previous: &Activity, now: DateTime<Utc>) {
        self.sequence = previous.sequence.saturating_add(1);
        self.modified = Some(now);
    }
}

/// When an activity takes place: whole days, or exact times in a zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    /// Whole days, `start` to `end` inclusive.
    Days { start: NaiveDate, end: NaiveDate },
    /// Wall-clock times in a time zone, so 10:00 Europe/Rome is exact for
    /// every partner.
    Timed {
        start: NaiveDateTime,
        end: NaiveDateTime,
        zone: Tz,
    },
}

impl When {
    pub fn is_all_day(&self) -> bool {
        matches!(self, When::Days { .. })
    }

    /// The first day, in the activity's own zone.
    pub fn start_date(&self) -> NaiveDate {
        match self {
            When::Days { start, .. } => *start,
            When::Timed { start, .. } => start.date(),
        }
    }

    /// The last day it touches (inclusive), in the activity's own zone. A
    /// timed item ending at midnight ends the day before.
    pub fn end_date(&self) -> NaiveDate {
        match self {
            When::Days { end, .. } => *end,
            When::Timed { start, end, .. } => {
                if end > start && end.time() == chrono::NaiveTime::MIN {
                    end.date().pred_opt().unwrap_or(end.date())
                } else {
                    end.date()
                }
            }
        }
    }

    /// The end does not come before the start.
    pub fn is_ordered(&self) -> bool {
        match self {
            When::Days { start, end } => start <= end,
            When::Timed { start, end, .. } => start <= end,
        }
    }

    /// The same span moved by a number of days.
    pub fn shifted(&self, days: i64) -> When {
        let delta = Duration::days(days);
        match self {
            When::Days { start, end } => When::Days {
                start: *start + delta,
                end: *end + delta,
            },
            When::Timed { start, end, zone } => When::Timed {
                start: *start + delta,
                end: *end + delta,
                zone: *zone,
            },
        }
    }

    /// Checked variant of [`Self::shifted`], `None` when a date would leave
    /// chrono's range.
    pub fn checked_shift(&self, days: i64) -> Option<When> {
        let delta = Duration::try_days(days)?;
        Some(match self {
            When::Days { start, end } => When::Days {
                start: start.checked_add_signed(delta)?,
                end: end.checked_add_signed(delta)?,
            },
            When::Timed { start, end, zone } => When::Timed {
                start: start.checked_add_signed(delta)?,
                end: end.checked_add_signed(delta)?,
                zone: *zone,
            },
        })
    }
}

/// Converts a wall-clock time in `zone` to UTC. A time skipped by a
/// daylight-saving change is read as the same wall time after the change;
/// an ambiguous one takes its first occurrence.
pub fn to_utc(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    match zone.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        chrono::LocalResult::None => zone
            .from_local_datetime(&(local + Duration::hours(1)))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| Utc.from_utc_datetime(&local)),
    }
}

/// How an activity repeats: a recurrence rule in the sense of RFC 5545
/// §3.3.10 (FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL), with the
/// exceptions of §3.8.5.1 (EXDATE) and §3.8.4.4 (RECURRENCE-ID).
///
/// The first occurrence is the activity's own `when`; the rule must agree
/// with it (a weekly rule on chosen weekdays includes the first day's
/// weekday, an "nth weekday" rule is the first day's). Every occurrence
/// keeps the wall-clock times of the first, in the activity's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    /// Every `every` days, weeks, months or years (INTERVAL, 1 or more).
    pub every: u32,
    /// FREQ: daily, weekly, monthly or yearly.
    pub unit: RepeatUnit,
    /// Weekly only: the days of the week it takes place on (BYDAY=MO,TH);
    /// empty means the first day's weekday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weekdays: Vec<Weekday>,
    /// Monthly only: on the nth weekday of the month instead of the same
    /// day of the month (BYDAY=2TU): 1 to 5, or -1 for the last. The
    /// weekday is the first day's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nth: Option<i8>,
    /// The last day an occurrence may start on (UNTIL, inclusive). With
    /// neither `until` nor `count`, the series ends with the project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// How many occurrences the rule makes (COUNT), skipped ones included,
    /// as RFC 5545 counts them. Not together with `until`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Occurrences that do not take place, by the day they would start on
    /// (EXDATE).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<NaiveDate>,
    /// Occurrences moved without moving the series (RECURRENCE-ID).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moved: Vec<Moved>,
}

/// One occurrence of a series moved on its own: the day it would start on
/// by the rule (its RECURRENCE-ID) and when it takes place instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moved {
    /// The day the rule starts this occurrence on.
    pub from: NaiveDate,
    /// When it takes place instead (its own day, time and length).
    pub when: When,
}

impl Recurrence {
    /// A plain rule: every `every` units until `until` (or the project's
    /// end), with no weekdays, count or exceptions.
    pub fn new(every: u32, unit: RepeatUnit, until: Option<NaiveDate>) -> Self {
        Self {
            every,
            unit,
            weekdays: Vec::new(),
            nth: None,
            until,
            count: None,
            skipped: Vec::new(),
            moved: Vec::new(),
        }
    }

    /// The occurrence that would start on `from` is moved, if it is.
    pub fn moved_from(&self, from: NaiveDate) -> Option<&When> {
        self.moved.iter().find(|m| m.from == from).map(|m| &m.when)
    }

    /// The same rule for a series whose first day moved by `days` (to
    /// `start`): chosen weekdays turn with it, an "nth weekday" rule takes
    /// the new day's place in its month, and the exceptions move along.
    pub fn shifted(&self, days: i64, start: NaiveDate) -> Recurrence {
        let mut rule = self.clone();
        let turn = u32::try_from(days.rem_euclid(7)).unwrap_or(0);
        let mut weekdays: Vec<Weekday> = rule
            .weekdays
            .iter()
            .map(|w| Weekday::try_from(((w.num_days_from_monday() + turn) % 7) as u8))
            .filter_map(Result::ok)
            .collect();
        weekdays.sort_by_key(|w| w.num_days_from_monday());
        rule.weekdays = weekdays;
        if let Some(nth) = rule.nth {
            rule.nth = Some(nth_of(start, nth < 0));
        }
        let shift = |d: NaiveDate| d.checked_add_signed(Duration::days(days)).unwrap_or(d);
        rule.skipped = rule.skipped.iter().map(|d| shift(*d)).collect();
        rule.until = rule.until.map(shift);
        for m in &mut rule.moved {
            m.from = shift(m.from);
            m.when = m.when.checked_shift(days).unwrap_or_else(|| m.when.clone());
        }
        rule
    }
}

/// Which weekday of its month `day` is: 1 to 5, or -1 when `last` is
/// asked and it is the last one of the month.
pub fn nth_of(day: NaiveDate, last: bool) -> i8 {
    let next_month = day.checked_add_signed(Duration::days(7));
    if last && next_month.is_none_or(|d| d.month() != day.month()) {
        -1
    } else {
        i8::try_from((day.day() - 1) / 7 + 1).unwrap_or(1)
    }
}

/// Where an activity takes place: a venue, or an online link, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub venue: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<String>,
}

impl Location {
    pub fn is_empty(&self) -> bool {
        self.venue.is_empty()
            && self.city.is_empty()
            && self.country.is_none()
            && self.online.is_none()
    }

    /// "Venue, City, CC" with what is present, then the link.
    pub fn one_line(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        if !self.venue.is_empty() {
            parts.push(&self.venue);
        }
        if !self.city.is_empty() {
            parts.push(&self.city);
        }
        if let Some(country) = &self.country {
            parts.push(&country.0);
        }
        if let Some(link) = &self.online {
            parts.push(link);
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn timed_item_ending_at_midnight_ends_the_day_before() {
        let when = When::Timed {
            start: day(2017, 6, 29).and_time(NaiveTime::from_hms_opt(20, 0, 0).unwrap()),
            end: day(2017, 6, 30).and_time(NaiveTime::MIN),
            zone: chrono_tz::Europe::Rome,
        };
        assert_eq!(when.end_date(), day(2017, 6, 29));
    }

    #[test]
    fn wall_clock_times_convert_across_dst() {
        let rome = chrono_tz::Europe::Rome;
        let winter = to_utc(day(2017, 1, 10).and_hms_opt(10, 0, 0).unwrap(), rome);
        let summer = to_utc(day(2017, 7, 10).and_hms_opt(10, 0, 0).unwrap(), rome);
        assert_eq!(winter.format("%H:%M").to_string(), "09:00");
        assert_eq!(summer.format("%H:%M").to_string(), "08:00");
        // 02:30 on 26 March 2017 does not exist in Rome: read as 03:30 CEST.
        let gap = to_utc(day(2017, 3, 26).and_hms_opt(2, 30, 0).unwrap(), rome);
        assert_eq!(gap.format("%H:%M").to_string(), "01:30");
    }

    #[test]
    fn shifting_moves_both_ends() {
        let when = When::Days {
            start: day(2017, 12, 30),
            end: day(2017, 12, 31),
        };
        assert_eq!(
            when.shifted(2),
            When::Days {
                start: day(2018, 1, 1),
                end: day(2018, 1, 2)
            }
        );
        assert!(when.checked_shift(i64::MAX).is_none());
    }
}
