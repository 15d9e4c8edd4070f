//! Reporting periods: six-month slices of the project from its start day
//! (P1 = start to start + 6 months − 1 day, P2, …), the last one cut at the
//! project's end.

use std::ops::Range;

use chrono::NaiveDate;

use commplan_core::indicators::series::add_months;
use commplan_core::{fl, format};

/// Months in a reporting period.
pub const LENGTH: usize = 6;

/// What the figures cover: the whole project or one period (0 for P1).
pub type Period = Option<usize>;

/// How many periods a project of `months` months has.
pub fn count(months: usize) -> usize {
    months.div_ceil(LENGTH)
}

/// The project months a period covers, out of `months`.
pub fn months(period: Period, months: usize) -> Range<usize> {
    match period {
        None => 0..months,
        Some(p) => (p * LENGTH).min(months)..((p + 1) * LENGTH).min(months),
    }
}

/// The first and last day of period `index` of a project.
pub fn dates(start: NaiveDate, end: NaiveDate, index: usize) -> (NaiveDate, NaiveDate) {
    let months = |n: usize| u32::try_from(n * LENGTH).unwrap_or(u32::MAX);
    let first = add_months(start, months(index));
    let last = add_months(start, months(index + 1))
        .pred_opt()
        .unwrap_or(first)
        .min(end);
    (first, last.max(first))
}

/// The period's short name on its button ("P2", or "Whole project").
pub fn label(period: Period) -> String {
    match period {
        None => fl!("indicators-period-all"),
        Some(p) => {
            let number = p + 1;
            fl!("indicators-period-short", number = number)
        }
    }
}

/// What the period covers, in words ("P2: 1 May 2017 – 31 Oct 2017").
pub fn describe(period: Period, start: NaiveDate, end: NaiveDate) -> String {
    let (first, last) = match period {
        None => (start, end),
        Some(p) => dates(start, end, p),
    };
    fl!(
        "indicators-period-range",
        first = format::date(first),
        last = format::date(last)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn six_month_periods_across_year_ends() {
        // The sample: 1 Nov 2016 to 30 Apr 2019, 30 months, 5 periods.
        let (start, end) = (day(2016, 11, 1), day(2019, 4, 30));
        assert_eq!(count(30), 5);
        assert_eq!(dates(start, end, 0), (day(2016, 11, 1), day(2017, 4, 30)));
        assert_eq!(dates(start, end, 1), (day(2017, 5, 1), day(2017, 10, 31)));
        assert_eq!(dates(start, end, 2), (day(2017, 11, 1), day(2018, 4, 30)));
        assert_eq!(dates(start, end, 4), (day(2018, 11, 1), day(2019, 4, 30)));
        assert_eq!(months(Some(4), 30), 24..30);
        assert_eq!(months(None, 30), 0..30);
    }

    #[test]
    fn a_short_last_period_ends_with_the_project() {
        // Mid-month start, 14 months: P3 has two months and ends on the end.
        let (start, end) = (day(2020, 8, 15), day(2021, 10, 14));
        assert_eq!(count(14), 3);
        assert_eq!(dates(start, end, 0), (day(2020, 8, 15), day(2021, 2, 14)));
        assert_eq!(dates(start, end, 1), (day(2021, 2, 15), day(2021, 8, 14)));
        assert_eq!(dates(start, end, 2), (day(2021, 8, 15), day(2021, 10, 14)));
        assert_eq!(months(Some(2), 14), 12..14);
        // A start on the 31st: the month ends are clamped.
        let start = day(2021, 8, 31);
        assert_eq!(dates(start, day(2023, 1, 1), 0).1, day(2022, 2, 27));
        assert_eq!(dates(start, day(2023, 1, 1), 1).0, day(2022, 2, 28));
    }
}
