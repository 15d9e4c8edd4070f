//! What people type, read leniently: dates in the forms people and
//! spreadsheets write them ([`parse_date`]), so that every date field and
//! the importer read the same way.

use chrono::NaiveDate;

/// Reads a date as people and spreadsheets write it. Every date field of
/// the window, the command line's dates and the importer's date cells go
/// through here, so what one accepts they all accept.
///
/// Accepted, after trimming spaces around the text:
/// - year first: `2017-06-29` (ISO 8601), also `2017/06/29` and
///   `2017.06.29`;
/// - day first, never month first: `29/06/2017`, `29.06.2017` and
///   `29-06-2017`;
/// - day and month with one or two digits (`9.6.2017`, `2017-6-9`);
/// - when the day comes first, a two-digit year meaning 20YY (`29.06.17`);
/// - a time after the date, as spreadsheets add one, which is ignored:
///   `2017-06-29 00:00:00`, `29/06/2017 10:30`, `2017-06-29T10:30`;
/// - a full stop after the date, as in German (`29.06.2017.`).
///
/// Returns `None` for anything else: an empty text, a day that does not
/// exist (`31/02/2017`), a month first (`06/29/2017`), month names
/// (`June 29, 2017`), a date without its day (`2017-06`), or other text.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    // "2017-06-29 00:00:00", "29/06/2017 10:30", "2017-06-29T00:00".
    let day_part = text
        .split([' ', 'T'])
        .next()
        .unwrap_or(text)
        .trim_end_matches('.');
    let parts: Vec<&str> = day_part.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    // A number of at most `digits` digits (and at least one).
    let number = |s: &str, digits: usize| -> Option<u32> {
        (!s.is_empty() && s.len() <= digits && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        (number(a, 4)?, number(b, 2)?, number(c, 2)?)
    } else if c.len() == 4 || c.len() == 2 {
        let year = number(c, 4)?;
        let year = if c.len() == 2 { 2000 + year } else { year };
        (year, number(b, 2)?, number(a, 2)?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn dates_year_first() {
        assert_eq!(parse_date("2017-06-29"), day(2017, 6, 29));
        assert_eq!(parse_date("2017/06/29"), day(2017, 6, 29));
        assert_eq!(parse_date("2017.06.29"), day(2017, 6, 29));
        assert_eq!(parse_date("2017/6/9"), day(2017, 6, 9));
        assert_eq!(parse_date("2017-6-9"), day(2017, 6, 9));
    }

    #[test]
    fn dates_day_first() {
        assert_eq!(parse_date("29/06/2017"), day(2017, 6, 29));
        assert_eq!(parse_date("29.06.2017"), day(2017, 6, 29));
        assert_eq!(parse_date("29-06-2017"), day(2017, 6, 29));
        assert_eq!(parse_date(" 9.6.2017 "), day(2017, 6, 9));
        assert_eq!(parse_date("29.06.17"), day(2017, 6, 29));
        assert_eq!(parse_date("29/06/17"), day(2017, 6, 29));
        assert_eq!(parse_date("29.06.2017."), day(2017, 6, 29));
    }

    #[test]
    fn dates_with_a_time_after_them() {
        assert_eq!(parse_date("2017-06-29 00:00:00"), day(2017, 6, 29));
        assert_eq!(parse_date("2017-06-29T10:30"), day(2017, 6, 29));
        assert_eq!(parse_date("29/06/2017 10:30"), day(2017, 6, 29));
    }

    #[test]
    fn what_is_not_a_date() {
        assert_eq!(parse_date("31/02/2017"), None, "no 31 February");
        assert_eq!(parse_date("2017-02-30"), None, "no 30 February");
        assert_eq!(parse_date("29/02/2017"), None, "2017 is not a leap year");
        assert_eq!(parse_date("29/02/2016"), day(2016, 2, 29));
        assert_eq!(parse_date("06/29/2017"), None, "month first is not read");
        assert_eq!(parse_date("2017-13-01"), None);
        assert_eq!(parse_date("2017-006-29"), None);
        assert_eq!(parse_date("029.06.2017"), None);
        assert_eq!(parse_date("29.06.201"), None);
        assert_eq!(parse_date("June 29, 2017"), None);
        assert_eq!(parse_date("2017-06"), None);
        assert_eq!(parse_date("2017-06-29-01"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("   "), None);
        assert_eq!(parse_date("1.2.3"), None);
        assert_eq!(parse_date("garbage"), None);
        assert_eq!(parse_date("2017-06-2x"), None);
        assert_eq!(parse_date("+2017-06-29"), None);
        assert_eq!(parse_date("29.06.-017"), None);
    }
}
