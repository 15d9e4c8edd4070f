//! A recurrence rule in words, in a chosen language: "every second Tuesday
//! of the month, 6 times". Shown in the activity editor and written into
//! exports; the grammar (gender, case) is each language's Fluent file's.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::activity::Recurrence;
use crate::i18n::Strings;
use crate::tr;
use crate::vocab::RepeatUnit;

/// The stable key of a weekday in the Fluent messages ("mon".."sun").
pub fn weekday_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// The stable key of an nth weekday in the Fluent messages.
fn nth_key(nth: i8) -> &'static str {
    match nth {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => "last",
    }
}

/// A weekday's short name ("Tue"), as dates in exports write it.
pub use crate::export::words::weekday_short;

/// "every second Tuesday of the month" (or "every 2 months on the second
/// Tuesday"): the `nth` (1 to 5, -1 last) `weekday`.
pub fn monthly_nth(s: &Strings, every: u32, nth: i8, weekday: Weekday) -> String {
    tr!(
        s,
        "recur-monthly-nth",
        every = every,
        nth = nth_key(nth),
        weekday = weekday_key(weekday)
    )
}

/// "every month on day 14".
pub fn monthly_day(s: &Strings, every: u32, day: u32) -> String {
    tr!(s, "recur-monthly-day", every = every, day = day)
}

/// The rule of an activity whose first day is `first`, in words: how often,
/// on which days, until when or how many times, and how many occurrences
/// are skipped or moved.
pub fn describe(s: &Strings, rule: &Recurrence, first: NaiveDate) -> String {
    let every = rule.every.max(1);
    let mut text = match rule.unit {
        RepeatUnit::Day => tr!(s, "recur-daily", every = every),
        RepeatUnit::Week if rule.weekdays.is_empty() => {
            tr!(
                s,
                "recur-weekly-on",
                every = every,
                days = weekday_short(s, first.weekday())
            )
        }
        RepeatUnit::Week => {
            let mut days = rule.weekdays.clone();
            days.sort_by_key(|d| d.num_days_from_monday());
            days.dedup();
            let days: Vec<String> = days.into_iter().map(|d| weekday_short(s, d)).collect();
            tr!(s, "recur-weekly-on", every = every, days = days.join(", "))
        }
        RepeatUnit::Month => match rule.nth {
            Some(nth) => monthly_nth(s, every, nth, first.weekday()),
            None => monthly_day(s, every, first.day()),
        },
        RepeatUnit::Year => tr!(
            s,
            "recur-yearly",
            every = every,
            day = first.day(),
            month = crate::export::words::month_long(s, first.month())
        ),
    };
    if let Some(count) = rule.count {
        text.push_str(&tr!(s, "recur-count", count = count));
    } else if let Some(until) = rule.until {
        text.push_str(&tr!(
            s,
            "recur-until",
            date = crate::export::words::date(s, until)
        ));
    }
    if !rule.skipped.is_empty() {
        text.push_str(&tr!(s, "recur-skipped", count = rule.skipped.len()));
    }
    if !rule.moved.is_empty() {
        text.push_str(&tr!(s, "recur-moved", count = rule.moved.len()));
    }
    text
}
