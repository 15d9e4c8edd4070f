//! Reporting periods: the slices of the project that progress reports cover.
//!
//! Interreg 2021-2027 projects report through Jems by periods whose length
//! the call sets (six months is the common case, the programme manual of each
//! call says), counted from the project start; the last period ends with the
//! project and is often shorter, and some calls give a shorter first period.
//! Horizon Europe reports by periods of 18 months or so. A plan keeps either
//! the length ([`Periods::Every`]) or an explicit list ([`Periods::List`]).
//!
//! Periods are made of whole project months (month 0 starts on the project's
//! start day, see [`crate::indicators::series::month_of`]), so the figures of
//! a period are exactly the sum of its months in
//! [`crate::indicators::series::Figures`]: one computation for the Overview,
//! the Indicators screen and reports.

use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::fl;
use crate::format;
use crate::indicators::series::{add_months, month_of};
use crate::plan::Project;

/// The common period length of Interreg calls, in months.
pub const DEFAULT_MONTHS: u32 = 6;

/// The longest period length accepted, in months (a typing slip beyond).
pub const MAX_MONTHS: u32 = 120;

/// How the project is cut into reporting periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Periods {
    /// Periods of this many months from the start; the last one ends with
    /// the project (and may be shorter).
    Every(u32),
    /// Explicit periods, each given by its first and last day. They follow
    /// each other without gap, the first starts on the project start, and
    /// each starts on a project-month boundary (the start's day of month).
    List(Vec<Span>),
}

impl Default for Periods {
    fn default() -> Self {
        Periods::Every(DEFAULT_MONTHS)
    }
}

impl Periods {
    /// Is this the default (six-month periods)? Such plans do not write it.
    pub fn is_default(&self) -> bool {
        *self == Periods::default()
    }

    /// Periods with a first period of `first` months and then `months`
    /// months each: a `List` when `first` differs from `months`.
    pub fn with_first(project: &Project, first: u32, months: u32) -> Periods {
        if first == months {
            return Periods::Every(months);
        }
        let mut spans = Vec::new();
        let mut at = 0u32;
        let mut length = first.max(1);
        loop {
            let start = add_months(project.start, at);
            if start > project.end || spans.len() > 1_000 {
                break;
            }
            let end = add_months(project.start, at.saturating_add(length))
                .pred_opt()
                .unwrap_or(start)
                .min(project.end);
            spans.push(Span { start, end });
            at = at.saturating_add(length);
            length = months.max(1);
        }
        Periods::List(spans)
    }
}

/// A period given by its first and last day, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// One reporting period of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// 0 for the first period ("P1").
    pub index: usize,
    /// Its first day.
    pub start: NaiveDate,
    /// Its last day (inclusive).
    pub end: NaiveDate,
    /// The project months it covers (month 0 starts on the project start).
    pub months: Range<usize>,
}

impl Period {
    /// Its short name: "P1", "P2"…
    pub fn label(&self) -> String {
        let number = self.index + 1;
        fl!("period-short", number = number)
    }

    /// Does the period contain this day?
    pub fn contains(&self, day: NaiveDate) -> bool {
        (self.start..=self.end).contains(&day)
    }
}

impl fmt::Display for Period {
    /// "P2: 1 May 2017 – 31 Oct 2017"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let number = self.index + 1;
        f.write_str(&fl!(
            "period-range",
            number = number,
            first = format::date(self.start),
            last = format::date(self.end)
        ))
    }
}

/// Why a set of periods cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// A length of 0 or above [`MAX_MONTHS`].
    BadLength(u32),
    /// The list is empty.
    Empty,
    /// The first period does not start on the project start.
    FirstNotAtStart(NaiveDate),
    /// A period starts where the one before does not end (gap or overlap).
    NotContiguous(NaiveDate),
    /// A period starts off a project-month boundary.
    NotOnMonth(NaiveDate),
    /// A period ends before it starts.
    EndBeforeStart(NaiveDate),
    /// A period ends after the project.
    AfterEnd(NaiveDate),
}

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = |d: &NaiveDate| format::date(*d);
        f.write_str(&match self {
            PeriodError::BadLength(n) => {
                let (months, max) = (*n, MAX_MONTHS);
                fl!("period-error-length", months = months, max = max)
            }
            PeriodError::Empty => fl!("period-error-empty"),
            PeriodError::FirstNotAtStart(d) => fl!("period-error-first", date = date(d)),
            PeriodError::NotContiguous(d) => fl!("period-error-gap", date = date(d)),
            PeriodError::NotOnMonth(d) => fl!("period-error-month", date = date(d)),
            PeriodError::EndBeforeStart(d) => fl!("period-error-order", date = date(d)),
            PeriodError::AfterEnd(d) => fl!("period-error-after", date = date(d)),
        })
    }
}

impl std::error::Error for PeriodError {}

/// Checks the periods against the project's dates.
///
/// # Errors
/// The first [`PeriodError`] found, in the order of the list.
pub fn check(project: &Project) -> Result<(), PeriodError> {
    match &project.periods {
        Periods::Every(n) => {
            if *n == 0 || *n > MAX_MONTHS {
                Err(PeriodError::BadLength(*n))
            } else {
                Ok(())
            }
        }
        Periods::List(spans) => {
            let first = spans.first().ok_or(PeriodError::Empty)?;
            if first.start != project.start {
                return Err(PeriodError::FirstNotAtStart(first.start));
            }
            let mut expected = project.start;
            for span in spans {
                if span.start != expected {
                    return Err(PeriodError::NotContiguous(span.start));
                }
                let month = month_of(project.start, span.start);
                let boundary = u32::try_from(month).map(|m| add_months(project.start, m));
                if boundary != Ok(span.start) {
                    return Err(PeriodError::NotOnMonth(span.start));
                }
                if span.end < span.start {
                    return Err(PeriodError::EndBeforeStart(span.end));
                }
                if span.end > project.end {
                    return Err(PeriodError::AfterEnd(span.end));
                }
                expected = span.end.succ_opt().unwrap_or(span.end);
            }
            Ok(())
        }
    }
}

/// The project's reporting periods, in order; at least one (the whole
/// project) even for periods that do not check.
pub fn of(project: &Project) -> Vec<Period> {
    let start = project.start;
    let end = project.end.max(start);
    let month = |day: NaiveDate| usize::try_from(month_of(start, day)).unwrap_or(0);
    let total = month(end) + 1;
    let mut out = Vec::new();
    match &project.periods {
        Periods::Every(n) if (1..=MAX_MONTHS).contains(n) => {
            let n = *n as usize;
            for index in 0..total.div_ceil(n) {
                let first = add_months(start, u32::try_from(index * n).unwrap_or(u32::MAX));
                let last = add_months(start, u32::try_from((index + 1) * n).unwrap_or(u32::MAX))
                    .pred_opt()
                    .unwrap_or(first)
                    .min(end)
                    .max(first);
                out.push(Period {
                    index,
                    start: first,
                    end: last,
                    months: (index * n).min(total)..((index + 1) * n).min(total),
                });
            }
        }
        Periods::List(spans) if check(project).is_ok() => {
            for (index, span) in spans.iter().enumerate() {
                out.push(Period {
                    index,
                    start: span.start,
                    end: span.end,
                    months: month(span.start)..(month(span.end) + 1).min(total),
                });
            }
        }
        _ => {}
    }
    if out.is_empty() {
        out.push(Period {
            index: 0,
            start,
            end,
            months: 0..total,
        });
    }
    out
}

/// The period that contains `day`, if any.
pub fn containing(project: &Project, day: NaiveDate) -> Option<Period> {
    of(project).into_iter().find(|p| p.contains(day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Plan;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn project(start: NaiveDate, end: NaiveDate, periods: Periods) -> Project {
        let mut p = Plan::empty("P", start).project;
        p.end = end;
        p.periods = periods;
        p
    }

    #[test]
    fn six_month_periods_across_year_ends() {
        // The sample: 1 Nov 2016 to 30 Apr 2019, 30 months, 5 periods.
        let p = project(day(2016, 11, 1), day(2019, 4, 30), Periods::default());
        let periods = of(&p);
        assert_eq!(periods.len(), 5);
        assert_eq!(
            (periods[0].start, periods[0].end),
            (day(2016, 11, 1), day(2017, 4, 30))
        );
        assert_eq!(
            (periods[1].start, periods[1].end),
            (day(2017, 5, 1), day(2017, 10, 31))
        );
        assert_eq!(
            (periods[4].start, periods[4].end),
            (day(2018, 11, 1), day(2019, 4, 30))
        );
        assert_eq!(periods[4].months, 24..30);
    }

    #[test]
    fn a_short_last_period_ends_with_the_project() {
        let p = project(day(2020, 8, 15), day(2021, 10, 14), Periods::Every(6));
        let periods = of(&p);
        assert_eq!(periods.len(), 3);
        assert_eq!(
            (periods[2].start, periods[2].end),
            (day(2021, 8, 15), day(2021, 10, 14))
        );
        assert_eq!(periods[2].months, 12..14);
        // A start on the 31st: month ends are clamped.
        let p = project(day(2021, 8, 31), day(2023, 1, 1), Periods::Every(6));
        let periods = of(&p);
        assert_eq!(periods[0].end, day(2022, 2, 27));
        assert_eq!(periods[1].start, day(2022, 2, 28));
    }

    #[test]
    fn a_shorter_first_period_is_an_explicit_list() {
        let mut p = project(day(2022, 11, 1), day(2025, 10, 31), Periods::Every(6));
        p.periods = Periods::with_first(&p, 4, 6);
        assert_eq!(check(&p), Ok(()));
        let periods = of(&p);
        assert_eq!(periods.len(), 7);
        assert_eq!(periods[0].end, day(2023, 2, 28));
        assert_eq!(periods[0].months, 0..4);
        assert_eq!(periods[1].start, day(2023, 3, 1));
        assert_eq!(periods[1].months, 4..10);
        assert_eq!(periods[6].end, day(2025, 10, 31));
        assert_eq!(periods[6].months, 34..36);
    }

    #[test]
    fn periods_cover_every_project_month_once() {
        for months in 1..=24 {
            for length in 1..=8 {
                let start = day(2021, 1 + (months % 12), 1);
                let end = add_months(start, months).pred_opt().unwrap();
                let p = project(start, end, Periods::Every(length));
                let periods = of(&p);
                let mut next = 0;
                for period in &periods {
                    assert_eq!(period.months.start, next);
                    next = period.months.end;
                }
                assert_eq!(next, months as usize);
                assert_eq!(periods.last().unwrap().end, end);
            }
        }
    }

    #[test]
    fn bad_lists_are_refused_with_their_date() {
        let start = day(2022, 1, 1);
        let mut p = project(start, day(2023, 12, 31), Periods::Every(0));
        assert_eq!(check(&p), Err(PeriodError::BadLength(0)));
        p.periods = Periods::List(vec![]);
        assert_eq!(check(&p), Err(PeriodError::Empty));
        p.periods = Periods::List(vec![
            Span {
                start,
                end: day(2022, 6, 30),
            },
            Span {
                start: day(2022, 7, 2),
                end: day(2022, 12, 31),
            },
        ]);
        assert_eq!(check(&p), Err(PeriodError::NotContiguous(day(2022, 7, 2))));
        p.periods = Periods::List(vec![Span {
            start,
            end: day(2022, 6, 14),
        }]);
        assert_eq!(check(&p), Ok(()));
        p.periods = Periods::List(vec![
            Span {
                start,
                end: day(2022, 6, 14),
            },
            Span {
                start: day(2022, 6, 15),
                end: day(2022, 12, 31),
            },
        ]);
        assert_eq!(check(&p), Err(PeriodError::NotOnMonth(day(2022, 6, 15))));
        // A list that does not check still gives one period: the project.
        assert_eq!(of(&p).len(), 1);
    }
}
