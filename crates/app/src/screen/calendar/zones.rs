//! A timed item in another zone than the project's, shown in both:
//! "10:00 Rome · 09:00 Lisbon" (the viewer's zone first, then the item's
//! own), so a person in Rome reads a Lisbon call at their own time too.
//!
//! The viewer's zone is the project's time zone; without one (the
//! computer's zone, whose name is not known) items show in their own zone
//! only.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;

use commplan_core::query::Span;
use commplan_core::{Activity, Plan, When, fl, format, zone};

/// Where a timed occurrence is, in the viewer's zone and in its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Both {
    pub here: Tz,
    pub there: Tz,
    /// Start and end on the viewer's wall clock.
    pub here_times: (NaiveDateTime, NaiveDateTime),
    /// Start and end on the item's own wall clock.
    pub there_times: (NaiveDateTime, NaiveDateTime),
}

impl Both {
    /// `span` (an occurrence of `activity`) in the project's zone and its
    /// own, when it is timed and its zone reads another time than the
    /// project's; `None` otherwise.
    pub fn of(plan: &Plan, activity: &Activity, span: &Span) -> Option<Self> {
        let here = plan.project.time_zone?;
        let When::Timed { zone: there, .. } = activity.when else {
            return None;
        };
        if span.all_day || here == there {
            return None;
        }
        let at = |seconds: i64, zone: Tz| {
            DateTime::<Utc>::from_timestamp(seconds, 0)
                .map(|t| t.with_timezone(&zone).naive_local())
        };
        let here_times = (at(span.utc.0, here)?, at(span.utc.1, here)?);
        let there_times = (at(span.utc.0, there)?, at(span.utc.1, there)?);
        // The same wall clock (Rome and Ljubljana): nothing to add.
        (here_times != there_times).then_some(Self {
            here,
            there,
            here_times,
            there_times,
        })
    }

    /// The start in both zones: "10:00 Rome · 09:00 Lisbon".
    pub fn starts(&self) -> String {
        fl!(
            "calendar-in-two-zones",
            here = format::time(self.here_times.0),
            here_zone = zone::city(self.here),
            there = format::time(self.there_times.0),
            there_zone = zone::city(self.there)
        )
    }

    /// The whole range in both zones, with dates: "11 Oct 2017,
    /// 10:00–11:00 Rome · 09:00–10:00 Lisbon" (the second without the
    /// date when it falls on the same days).
    pub fn ranges(&self) -> String {
        let (start, end) = self.here_times;
        let here = super::frame::range(false, start, end);
        let (from, to) = self.there_times;
        let there = if from.date() == start.date() && to.date() == end.date() {
            if from.date() == to.date() {
                format!("{}–{}", format::time(from), format::time(to))
            } else {
                format!("{} – {}", format::time(from), format::time(to))
            }
        } else {
            super::frame::range(false, from, to)
        };
        fl!(
            "calendar-in-two-zones",
            here = here,
            here_zone = zone::city(self.here),
            there = there,
            there_zone = zone::city(self.there)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2017, 10, 11)
            .and_then(|d| d.and_hms_opt(h, 0, 0))
            .unwrap_or_default()
    }

    #[test]
    fn a_lisbon_call_reads_an_hour_later_in_rome() {
        let both = Both {
            here: chrono_tz::Europe::Rome,
            there: chrono_tz::Europe::Lisbon,
            here_times: (at(10), at(11)),
            there_times: (at(9), at(10)),
        };
        assert_eq!(both.starts(), "10:00 Rome · 09:00 Lisbon");
        assert!(
            both.ranges()
                .ends_with("10:00–11:00 Rome · 09:00–10:00 Lisbon")
        );
    }
}
