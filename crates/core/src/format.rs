//! Dates and numbers as people read them, in the current language.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

use crate::fl;

/// A month's short name ("Jun").
pub fn month_short(month: u32) -> String {
    match month {
        1 => fl!("month-short-1"),
        2 => fl!("month-short-2"),
        3 => fl!("month-short-3"),
        4 => fl!("month-short-4"),
        5 => fl!("month-short-5"),
        6 => fl!("month-short-6"),
        7 => fl!("month-short-7"),
        8 => fl!("month-short-8"),
        9 => fl!("month-short-9"),
        10 => fl!("month-short-10"),
        11 => fl!("month-short-11"),
        _ => fl!("month-short-12"),
    }
}

/// A month's full name ("June").
pub fn month_long(month: u32) -> String {
    match month {
        1 => fl!("month-long-1"),
        2 => fl!("month-long-2"),
        3 => fl!("month-long-3"),
        4 => fl!("month-long-4"),
        5 => fl!("month-long-5"),
        6 => fl!("month-long-6"),
        7 => fl!("month-long-7"),
        8 => fl!("month-long-8"),
        9 => fl!("month-long-9"),
        10 => fl!("month-long-10"),
        11 => fl!("month-long-11"),
        _ => fl!("month-long-12"),
    }
}

/// A weekday's short name ("Thu").
pub fn weekday_short(day: Weekday) -> String {
    match day {
        Weekday::Mon => fl!("weekday-short-mon"),
        Weekday::Tue => fl!("weekday-short-tue"),
        Weekday::Wed => fl!("weekday-short-wed"),
        Weekday::Thu => fl!("weekday-short-thu"),
        Weekday::Fri => fl!("weekday-short-fri"),
        Weekday::Sat => fl!("weekday-short-sat"),
        Weekday::Sun => fl!("weekday-short-sun"),
    }
}

/// The first day of the week in the current language.
pub fn first_weekday() -> Weekday {
    match fl!("format-first-weekday").trim() {
        "sun" => Weekday::Sun,
        "sat" => Weekday::Sat,
        _ => Weekday::Mon,
    }
}

/// "29 Jun 2017".
pub fn date(day: NaiveDate) -> String {
    fl!(
        "format-date",
        day = day.day(),
        month = month_short(day.month()),
        // As text: a year is not grouped in thousands.
        year = day.year().to_string()
    )
}

/// "Thu 29 Jun 2017".
pub fn date_with_weekday(day: NaiveDate) -> String {
    fl!(
        "format-date-weekday",
        weekday = weekday_short(day.weekday()),
        date = date(day)
    )
}

/// "June 2017".
pub fn month_year(day: NaiveDate) -> String {
    fl!(
        "format-month-year",
        month = month_long(day.month()),
        year = day.year().to_string()
    )
}

/// "09:30".
pub fn time(at: NaiveDateTime) -> String {
    at.format("%H:%M").to_string()
}

/// A whole number with the language's thousands separator ("12,345").
pub fn number(value: u64) -> String {
    grouped(value, &fl!("format-thousands-separator"))
}

/// A whole number with `separator` between groups of three digits
/// (`grouped(12345, ".")` is "12.345").
pub fn grouped(value: u64, separator: &str) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_dates_and_numbers() {
        let day = NaiveDate::from_ymd_opt(2017, 6, 29).unwrap();
        assert_eq!(date(day), "29 Jun 2017");
        assert_eq!(date_with_weekday(day), "Thu 29 Jun 2017");
        assert_eq!(month_year(day), "June 2017");
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(1_200), "1,200");
        assert_eq!(number(1_234_567), "1,234,567");
    }
}
