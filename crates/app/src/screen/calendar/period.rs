//! The views and the days each one shows around the day in focus, in the
//! language's week (which day it starts on).

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

use super::timeline;
use commplan_core::{fl, format};

/// The four ways of looking at the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Month,
    Week,
    Agenda,
    Timeline,
}

impl View {
    pub const ALL: [View; 4] = [View::Month, View::Week, View::Agenda, View::Timeline];

    pub fn title(self) -> String {
        match self {
            View::Month => fl!("calendar-view-month"),
            View::Week => fl!("calendar-view-week"),
            View::Agenda => fl!("calendar-view-agenda"),
            View::Timeline => fl!("calendar-view-timeline"),
        }
    }

    /// A stable name for the settings file.
    pub fn slug(self) -> &'static str {
        match self {
            View::Month => "month",
            View::Week => "week",
            View::Agenda => "agenda",
            View::Timeline => "timeline",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

/// What the calendar shows around the anchor in the current view.
pub fn range(view: View, anchor: NaiveDate) -> (NaiveDate, NaiveDate) {
    match view {
        View::Month => {
            let first = anchor.with_day(1).unwrap_or(anchor);
            let start = week_start(first);
            (start, start + Duration::days(41))
        }
        View::Week => {
            let start = week_start(anchor);
            (start, start + Duration::days(6))
        }
        View::Timeline => {
            let first = anchor.with_day(1).unwrap_or(anchor);
            let last = first
                .checked_add_months(Months::new(timeline::MONTHS))
                .and_then(|d| d.pred_opt())
                .unwrap_or(first);
            (first, last)
        }
        View::Agenda => (anchor, anchor),
    }
}

/// The first day of the week `day` is in, as the language counts weeks.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    let first = format::first_weekday();
    let back = (7 + day.weekday().num_days_from_monday() - first.num_days_from_monday()) % 7;
    day - Duration::days(i64::from(back))
}

/// The seven weekdays in the language's order.
pub fn weekdays() -> [Weekday; 7] {
    let mut day = format::first_weekday();
    std::array::from_fn(|_| {
        let this = day;
        day = day.succ();
        this
    })
}
