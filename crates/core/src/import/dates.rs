//! Dates as partners' spreadsheets hold them: ISO text, day-first or
//! month-first text (`29/06/2017`, `6/29/2017`, two-digit years), date-times,
//! and Excel's serial day numbers (`43164` is 2018-03-05).
//!
//! Whether `3/4/2018` is 3 April or 4 March is decided once per column, from
//! every value in the file: one value with a first number above 12
//! (`29/6/2018`) proves day-first, one with a second number above 12
//! (`6/29/2018`) proves month-first. A column that proves neither is
//! reported as ambiguous and never guessed.

use crate::text::{date_pieces, digits};
use chrono::{Duration, NaiveDate};

/// The order of day and month in a column's `a/b/year` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Order {
    /// `29/06/2017`: Europe.
    DayFirst,
    /// `06/29/2017`: the United States.
    MonthFirst,
}

/// What a whole column says about its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnOrder {
    /// Some value proves the order (or it was chosen).
    Known(Order),
    /// Values like `3/4/2018` whose order nothing in the column proves.
    Ambiguous,
    /// No value depends on the order (ISO dates, serials, `5/5/2018`).
    Irrelevant,
    /// Values prove both orders: each value is read as far as it can be.
    Mixed,
}

/// Why a cell is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a date at all.
    Bad,
    /// `3/4/2018` in a column that does not say which number is the day.
    Ambiguous,
}

/// A date's numbers before its order is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parts {
    /// Year first (ISO 8601 calendar date, `2017-06-29`).
    Iso { year: i32, month: u32, day: u32 },
    /// `a/b/year`: day and month in an order still to decide.
    Numeric { a: u32, b: u32, year: i32 },
}

/// Excel's day 0 (serial dates count days from 1899-12-30, which absorbs
/// Lotus 1-2-3's missing 29 February 1900; ECMA-376 Part 1 §18.17.4.1).
fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or(NaiveDate::MIN)
}

/// An Excel serial day number as a date (the fraction, a time of day, is
/// dropped). Only serials from 1 (1900-01-01) to 2958465 (9999-12-31).
pub fn serial(value: f64) -> Option<NaiveDate> {
    if !value.is_finite() || !(1.0..2_958_466.0).contains(&value) {
        return None;
    }
    epoch().checked_add_signed(Duration::days(value.floor() as i64))
}

/// The serial day number Excel shows for a date (the inverse of [`serial`]).
pub fn to_serial(date: NaiveDate) -> i64 {
    (date - epoch()).num_days()
}

/// Text that is a plain serial day number in the range partners' logs use
/// (1960 to 2100): "43164", "43164.5".
fn serial_text(text: &str) -> Option<NaiveDate> {
    let value: f64 = text.parse().ok()?;
    (21_916.0..73_051.0)
        .contains(&value)
        .then(|| serial(value))
        .flatten()
}

fn parts(text: &str) -> Option<Parts> {
    let [a, b, c] = date_pieces(text)?;
    if a.len() == 4 {
        let year = i32::try_from(digits(a, 4)?).ok()?;
        return Some(Parts::Iso {
            year,
            month: digits(b, 2)?,
            day: digits(c, 2)?,
        });
    }
    let year = match c.len() {
        4 => digits(c, 4)?,
        // Two-digit years are this century's: partners log the present.
        2 => 2000 + digits(c, 2)?,
        _ => return None,
    };
    Some(Parts::Numeric {
        a: digits(a, 2)?,
        b: digits(b, 2)?,
        year: i32::try_from(year).ok()?,
    })
}

/// Decides a column's order from all its text values.
pub fn decide<'a>(values: impl IntoIterator<Item = &'a str>) -> ColumnOrder {
    let (mut day_first, mut month_first, mut ambiguous) = (false, false, false);
    for value in values {
        if let Some(Parts::Numeric { a, b, .. }) = parts(value) {
            match (a > 12, b > 12) {
                (true, false) => day_first = true,
                (false, true) => month_first = true,
                (false, false) if a != b => ambiguous = true,
                _ => {}
            }
        }
    }
    match (day_first, month_first) {
        (true, true) => ColumnOrder::Mixed,
        (true, false) => ColumnOrder::Known(Order::DayFirst),
        (false, true) => ColumnOrder::Known(Order::MonthFirst),
        (false, false) if ambiguous => ColumnOrder::Ambiguous,
        (false, false) => ColumnOrder::Irrelevant,
    }
}

/// Reads one text cell of a date column whose order is `order`.
pub fn parse(text: &str, order: ColumnOrder) -> Result<NaiveDate, DateProblem> {
    let text = text.trim();
    if let Some(date) = serial_text(text) {
        return Ok(date);
    }
    let (year, month, day) = match parts(text).ok_or(DateProblem::Bad)? {
        Parts::Iso { year, month, day } => (year, month, day),
        Parts::Numeric { a, b, year } => {
            let order = match order {
                ColumnOrder::Known(order) => order,
                _ if a == b || b > 12 => Order::MonthFirst,
                _ if a > 12 => Order::DayFirst,
                ColumnOrder::Mixed | ColumnOrder::Irrelevant | ColumnOrder::Ambiguous => {
                    return Err(DateProblem::Ambiguous);
                }
            };
            match order {
                Order::DayFirst => (year, b, a),
                Order::MonthFirst => (year, a, b),
            }
        }
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::Bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn serials_count_from_excels_epoch() {
        assert_eq!(serial(43164.0), Some(day(2018, 3, 5)));
        assert_eq!(serial(43164.75), Some(day(2018, 3, 5)));
        assert_eq!(serial(1.0), Some(day(1899, 12, 31)));
        assert_eq!(to_serial(day(2018, 3, 5)), 43164);
        assert_eq!(serial(-3.0), None);
        assert_eq!(serial(f64::NAN), None);
        assert_eq!(parse("43164", ColumnOrder::Irrelevant), Ok(day(2018, 3, 5)));
    }

    #[test]
    fn the_whole_column_decides_the_order() {
        let us = ["3/4/2018", "6/29/2018", "12/1/2018"];
        let order = decide(us);
        assert_eq!(order, ColumnOrder::Known(Order::MonthFirst));
        assert_eq!(parse("3/4/2018", order), Ok(day(2018, 3, 4)));
        let eu = ["3/4/2018", "29/6/2018"];
        let order = decide(eu);
        assert_eq!(order, ColumnOrder::Known(Order::DayFirst));
        assert_eq!(parse("3/4/2018", order), Ok(day(2018, 4, 3)));
    }

    #[test]
    fn an_unproven_column_is_ambiguous_never_guessed() {
        let order = decide(["3/4/2018", "5/6/2018", "2018-07-01"]);
        assert_eq!(order, ColumnOrder::Ambiguous);
        assert_eq!(parse("3/4/2018", order), Err(DateProblem::Ambiguous));
        assert_eq!(parse("5/5/2018", order), Ok(day(2018, 5, 5)));
        assert_eq!(parse("2018-07-01", order), Ok(day(2018, 7, 1)));
        assert_eq!(decide(["2018-07-01", "7/7/18"]), ColumnOrder::Irrelevant);
    }

    #[test]
    fn two_digit_years_and_date_times() {
        let order = ColumnOrder::Known(Order::DayFirst);
        assert_eq!(parse("29/06/17", order), Ok(day(2017, 6, 29)));
        assert_eq!(parse("29.06.2017 14:30", order), Ok(day(2017, 6, 29)));
        assert_eq!(parse("2017-06-29T10:00:00", order), Ok(day(2017, 6, 29)));
        assert_eq!(parse("31/02/2017", order), Err(DateProblem::Bad));
        assert_eq!(parse("soon", order), Err(DateProblem::Bad));
    }
}
