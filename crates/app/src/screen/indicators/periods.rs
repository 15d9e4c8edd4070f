//! The Indicators screen's choice of period: the whole project or one of the
//! project's reporting periods (set on the project, see
//! [`commplan_core::period`]).

use std::ops::Range;

use commplan_core::period;
use commplan_core::{Project, fl, format};

/// What the figures cover: the whole project or one period (0 for P1).
pub type Period = Option<usize>;

/// How many reporting periods the project has.
pub fn count(project: &Project) -> usize {
    period::of(project).len()
}

/// The project months a period covers, out of `months`.
pub fn months(period: Period, project: &Project, months: usize) -> Range<usize> {
    match period.and_then(|p| period::of(project).into_iter().nth(p)) {
        None => 0..months,
        Some(p) => p.months.start.min(months)..p.months.end.min(months),
    }
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

/// What the period covers, in words ("1 May 2017 – 31 Oct 2017").
pub fn describe(period: Period, project: &Project) -> String {
    let (first, last) = match period.and_then(|p| period::of(project).into_iter().nth(p)) {
        None => (project.start, project.end),
        Some(p) => (p.start, p.end),
    };
    fl!(
        "indicators-period-range",
        first = format::date(first),
        last = format::date(last)
    )
}
