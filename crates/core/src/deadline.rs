//! Deadlines: how many days are left, what is overdue, what is due soon.
//!
//! Deadlines are whole dates (the programme's calendar day), so nothing here
//! knows about hours. What changes with the viewer's time zone is *today*:
//! a person in New York still lives on the 30th while Rome is already on
//! the 31st. [`today_in`] turns an instant into the viewer's local date;
//! everything else takes that date as an argument.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::deliverable::Deliverable;

/// A deliverable due within this many days (today included) is "due soon".
pub const DUE_SOON_DAYS: i64 = 14;

/// Whole days from `today` to `due`: 0 on the day itself, negative once it
/// has passed. Month and year ends, leap days and daylight-saving changes
/// play no part, because both are calendar dates.
pub fn days_left(due: NaiveDate, today: NaiveDate) -> i64 {
    due.signed_duration_since(today).num_days()
}

/// The viewer's calendar date at an instant, in their time zone.
pub fn today_in<Z: TimeZone>(now: DateTime<Utc>, zone: &Z) -> NaiveDate {
    now.with_timezone(zone).date_naive()
}

/// Where a deliverable stands against its due date, as seen on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// Submitted or approved: nothing is owed any more.
    Delivered,
    /// Not delivered and past its due date by this many days (at least 1).
    Overdue(i64),
    /// Due today (0) or within [`DUE_SOON_DAYS`] days.
    DueSoon(i64),
    /// Due later than that.
    Later(i64),
}

impl Urgency {
    pub fn of(deliverable: &Deliverable, today: NaiveDate) -> Self {
        if deliverable.status.is_delivered() {
            return Urgency::Delivered;
        }
        let left = days_left(deliverable.due, today);
        if left < 0 {
            Urgency::Overdue(-left)
        } else if left < DUE_SOON_DAYS {
            Urgency::DueSoon(left)
        } else {
            Urgency::Later(left)
        }
    }

    /// Needs attention now: overdue or due soon.
    pub fn is_pressing(self) -> bool {
        matches!(self, Urgency::Overdue(_) | Urgency::DueSoon(_))
    }
}

/// Is a due date inside the project's dates?
pub fn within(day: NaiveDate, start: NaiveDate, end: NaiveDate) -> bool {
    (start..=end).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::DeliverableStatus;
    use crate::{DeliverableId, PartnerId, WorkPackageId};
    use chrono::NaiveTime;
    use chrono_tz::{America, Asia, Europe, Pacific};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn due(on: NaiveDate, status: DeliverableStatus) -> Deliverable {
        Deliverable {
            id: DeliverableId(1),
            code: "D.1".into(),
            title: "Report".into(),
            work_package: WorkPackageId::new("WP C"),
            lead: PartnerId::new("VEN"),
            contributors: Vec::new(),
            due: on,
            status,
            submitted: None,
            approved: None,
            link: None,
        }
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.from_utc_datetime(
            &day(y, m, d).and_time(NaiveTime::from_hms_opt(h, min, 0).expect("a time")),
        )
    }

    #[test]
    fn days_left_across_month_ends() {
        assert_eq!(days_left(day(2017, 2, 1), day(2017, 1, 31)), 1);
        assert_eq!(days_left(day(2017, 3, 1), day(2017, 2, 28)), 1);
        assert_eq!(days_left(day(2017, 5, 1), day(2017, 4, 30)), 1);
        assert_eq!(days_left(day(2017, 4, 30), day(2017, 5, 1)), -1);
        // From the end of January to the end of February: 28 days.
        assert_eq!(days_left(day(2017, 2, 28), day(2017, 1, 31)), 28);
    }

    #[test]
    fn days_left_across_leap_days() {
        assert_eq!(days_left(day(2020, 3, 1), day(2020, 2, 28)), 2);
        assert_eq!(days_left(day(2019, 3, 1), day(2019, 2, 28)), 1);
        assert_eq!(days_left(day(2020, 2, 29), day(2020, 2, 29)), 0);
        assert_eq!(
            days_left(day(2100, 3, 1), day(2100, 2, 28)),
            1,
            "2100 is not a leap year"
        );
    }

    #[test]
    fn days_left_across_year_ends() {
        assert_eq!(days_left(day(2018, 1, 1), day(2017, 12, 31)), 1);
        assert_eq!(days_left(day(2017, 12, 31), day(2018, 1, 1)), -1);
        assert_eq!(days_left(day(2019, 1, 15), day(2018, 12, 20)), 26);
        assert_eq!(days_left(day(2018, 1, 1), day(2017, 1, 1)), 365);
        assert_eq!(days_left(day(2021, 1, 1), day(2020, 1, 1)), 366);
    }

    #[test]
    fn days_left_ignores_daylight_saving_changes() {
        // Rome moved its clocks on 26 March 2017 and 29 October 2017: a day
        // is still a day.
        assert_eq!(days_left(day(2017, 3, 27), day(2017, 3, 25)), 2);
        assert_eq!(days_left(day(2017, 10, 30), day(2017, 10, 28)), 2);
    }

    #[test]
    fn overdue_starts_the_day_after_the_deadline() {
        let d = due(day(2017, 12, 31), DeliverableStatus::InProgress);
        assert_eq!(Urgency::of(&d, day(2017, 12, 31)), Urgency::DueSoon(0));
        assert!(!d.is_overdue(day(2017, 12, 31)));
        assert_eq!(Urgency::of(&d, day(2018, 1, 1)), Urgency::Overdue(1));
        assert!(d.is_overdue(day(2018, 1, 1)));
        assert_eq!(Urgency::of(&d, day(2018, 3, 1)), Urgency::Overdue(60));
    }

    #[test]
    fn due_soon_is_the_next_fourteen_days() {
        let d = due(day(2018, 1, 10), DeliverableStatus::NotStarted);
        assert_eq!(Urgency::of(&d, day(2017, 12, 28)), Urgency::DueSoon(13));
        assert_eq!(Urgency::of(&d, day(2017, 12, 27)), Urgency::Later(14));
        assert!(Urgency::of(&d, day(2017, 12, 28)).is_pressing());
        assert!(!Urgency::of(&d, day(2017, 12, 27)).is_pressing());
    }

    #[test]
    fn delivered_items_are_never_overdue() {
        for status in [DeliverableStatus::Submitted, DeliverableStatus::Approved] {
            let d = due(day(2017, 1, 31), status);
            assert_eq!(Urgency::of(&d, day(2019, 1, 1)), Urgency::Delivered);
            assert!(!d.is_overdue(day(2019, 1, 1)));
        }
    }

    #[test]
    fn today_depends_on_where_the_viewer_is() {
        // 23:30 UTC on 30 April 2019: already 1 May in Rome (UTC+2), still
        // 30 April in New York (UTC-4).
        let now = utc(2019, 4, 30, 23, 30);
        let rome = today_in(now, &Europe::Rome);
        let new_york = today_in(now, &America::New_York);
        assert_eq!(rome, day(2019, 5, 1));
        assert_eq!(new_york, day(2019, 4, 30));

        // The project's last deliverable, due 30 April 2019.
        let d = due(day(2019, 4, 30), DeliverableStatus::InReview);
        assert_eq!(Urgency::of(&d, new_york), Urgency::DueSoon(0));
        assert_eq!(Urgency::of(&d, rome), Urgency::Overdue(1));
    }

    #[test]
    fn year_end_midnight_in_different_zones() {
        // 31 Dec 2017 23:30 in New York is 1 Jan 2018 05:30 in Rome and
        // 1 Jan 2018 17:30 in Auckland.
        let now = utc(2018, 1, 1, 4, 30);
        let due_new_year = day(2017, 12, 31);
        assert_eq!(today_in(now, &America::New_York), day(2017, 12, 31));
        assert_eq!(today_in(now, &Europe::Rome), day(2018, 1, 1));
        assert_eq!(today_in(now, &Pacific::Auckland), day(2018, 1, 1));
        assert_eq!(
            days_left(due_new_year, today_in(now, &America::New_York)),
            0
        );
        assert_eq!(days_left(due_new_year, today_in(now, &Europe::Rome)), -1);
    }

    #[test]
    fn month_end_seen_from_asia_and_the_americas() {
        // 28 Feb 2018 20:00 UTC: 1 March in Tokyo, 28 February in Los Angeles.
        let now = utc(2018, 2, 28, 20, 0);
        let due = day(2018, 3, 1);
        assert_eq!(days_left(due, today_in(now, &Asia::Tokyo)), 0);
        assert_eq!(days_left(due, today_in(now, &America::Los_Angeles)), 1);
        assert_eq!(days_left(due, today_in(now, &Utc)), 1);
    }

    #[test]
    fn the_same_local_day_gives_the_same_answer_at_any_hour() {
        // Rome just after midnight and just before the next midnight, across
        // the spring daylight-saving change of 26 March 2017.
        let due = day(2017, 3, 31);
        let early = utc(2017, 3, 25, 23, 5); // 00:05 CET on the 26th
        let late = utc(2017, 3, 26, 21, 55); // 23:55 CEST on the 26th
        assert_eq!(today_in(early, &Europe::Rome), day(2017, 3, 26));
        assert_eq!(today_in(late, &Europe::Rome), day(2017, 3, 26));
        assert_eq!(days_left(due, today_in(early, &Europe::Rome)), 5);
        assert_eq!(days_left(due, today_in(late, &Europe::Rome)), 5);
    }

    #[test]
    fn due_dates_inside_the_project() {
        let (start, end) = (day(2016, 11, 1), day(2019, 4, 30));
        assert!(within(start, start, end));
        assert!(within(end, start, end));
        assert!(!within(day(2019, 5, 1), start, end));
        assert!(!within(day(2016, 10, 31), start, end));
    }

    #[test]
    fn due_soon_counts_across_a_year_end() {
        // Due 5 January: on 23 December that is 13 days away (due soon),
        // on 22 December 14 days (later).
        let d = due(day(2019, 1, 5), DeliverableStatus::InProgress);
        assert_eq!(Urgency::of(&d, day(2018, 12, 23)), Urgency::DueSoon(13));
        assert_eq!(Urgency::of(&d, day(2018, 12, 22)), Urgency::Later(14));
        assert_eq!(Urgency::of(&d, day(2019, 1, 6)), Urgency::Overdue(1));
    }

    #[test]
    fn southern_summer_time_at_the_year_end() {
        // Auckland keeps daylight time over New Year (UTC+13): 11:30 UTC on
        // 31 December is already 1 January there, while Los Angeles is
        // still on the morning of the 31st.
        let now = utc(2018, 12, 31, 11, 30);
        assert_eq!(today_in(now, &Pacific::Auckland), day(2019, 1, 1));
        assert_eq!(today_in(now, &America::Los_Angeles), day(2018, 12, 31));
        let d = due(day(2018, 12, 31), DeliverableStatus::NotStarted);
        assert!(d.is_overdue(today_in(now, &Pacific::Auckland)));
        assert!(!d.is_overdue(today_in(now, &America::Los_Angeles)));
    }

    #[test]
    fn the_autumn_clock_change_repeats_an_hour_not_a_day() {
        // Rome went back from 03:00 to 02:00 on 29 October 2017: both
        // 02:30s are on the 29th.
        let first = utc(2017, 10, 29, 0, 30); // 02:30 CEST
        let second = utc(2017, 10, 29, 1, 30); // 02:30 CET
        assert_eq!(today_in(first, &Europe::Rome), day(2017, 10, 29));
        assert_eq!(today_in(second, &Europe::Rome), day(2017, 10, 29));
        assert_eq!(
            today_in(utc(2017, 10, 29, 22, 59), &Europe::Rome),
            day(2017, 10, 29)
        );
        assert_eq!(
            today_in(utc(2017, 10, 29, 23, 0), &Europe::Rome),
            day(2017, 10, 30)
        );
    }

    proptest::proptest! {
        /// Moving the due date by n days moves the days left by n, on any
        /// date the plan may hold, and overdue means exactly "days left < 0".
        #[test]
        fn days_left_is_the_calendar_distance(
            start in 0i64..400_000,
            n in -5_000i64..5_000,
        ) {
            let today = day(1900, 1, 1) + chrono::Duration::days(start);
            let due_on = today + chrono::Duration::days(n);
            proptest::prop_assert_eq!(days_left(due_on, today), n);
            proptest::prop_assert_eq!(days_left(today, due_on), -n);
            let d = due(due_on, DeliverableStatus::InProgress);
            proptest::prop_assert_eq!(d.is_overdue(today), n < 0);
            proptest::prop_assert_eq!(Urgency::of(&d, today).is_pressing(), n < DUE_SOON_DAYS);
        }
    }
}
