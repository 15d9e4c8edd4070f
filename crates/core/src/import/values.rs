//! One cell's text to a value: dates the ways spreadsheets write them,
//! whole numbers with thousands separators, activity ids, and text cells
//! that an export guarded against spreadsheet formulas.

use chrono::NaiveDate;

use crate::ids::ActivityId;

/// Reads a date written YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY (also with one
/// digit for day or month, a two-digit year meaning 20YY, and a time after
/// it, as spreadsheets sometimes add).
pub fn date(text: &str) -> Option<NaiveDate> {
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
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        (number(a)?, number(b)?, number(c)?)
    } else if c.len() == 4 || c.len() == 2 {
        if a.len() > 2 || b.len() > 2 {
            return None;
        }
        let year = number(c)?;
        let year = if c.len() == 2 { 2000 + year } else { year };
        (year, number(b)?, number(a)?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Why a cell is not a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadCount {
    NotAWholeNumber,
    Negative,
}

/// Reads a whole number: "1200", "1.200", "1,200", "1 200", "1'200", and a
/// spreadsheet's "1200.00". An empty cell is `None`.
pub fn count(text: &str) -> Result<Option<u64>, BadCount> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.starts_with('-') {
        return Err(BadCount::Negative);
    }
    let text = text.strip_prefix('+').unwrap_or(text);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let grouped = |s: &str| -> Option<String> {
        if digits(s) {
            return Some(s.to_owned());
        }
        // Groups of three after a first group of one to three digits, all
        // split by the same separator.
        let separator = s.chars().find(|c| !c.is_ascii_digit())?;
        if !matches!(
            separator,
            '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’'
        ) {
            return None;
        }
        let mut groups = s.split(separator);
        let first = groups.next()?;
        if !digits(first) || first.len() > 3 {
            return None;
        }
        let mut out = first.to_owned();
        for group in groups {
            if group.len() != 3 || !digits(group) {
                return None;
            }
            out.push_str(group);
        }
        Some(out)
    };
    let whole = grouped(text).or_else(|| {
        // "1200.00", "1.200,0": a whole number with zero decimals.
        let at = text.rfind(['.', ','])?;
        let (number, decimals) = (&text[..at], &text[at + 1..]);
        (decimals.len() <= 2 && digits(decimals) && decimals.bytes().all(|b| b == b'0'))
            .then(|| grouped(number))
            .flatten()
    });
    whole
        .and_then(|digits| digits.parse().ok())
        .map(Some)
        .ok_or(BadCount::NotAWholeNumber)
}

/// Reads an activity id: "12" or "A12".
pub fn activity(text: &str) -> Option<ActivityId> {
    let text = text.trim();
    let number = text
        .strip_prefix(['A', 'a'])
        .unwrap_or(text)
        .trim_start_matches(['-', ' ']);
    number.parse().ok().map(ActivityId)
}

/// Would a spreadsheet take this text for a formula? Such text is written
/// with a leading apostrophe (see `write`), and read back without it.
pub fn needs_guard(text: &str) -> bool {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => true,
        Some('\'') => needs_guard(&text[1..]),
        _ => false,
    }
}

/// A text cell as written in the file, without the formula guard.
pub fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn dates_in_the_three_forms_and_their_variants() {
        assert_eq!(date("2017-06-29"), day(2017, 6, 29));
        assert_eq!(date("29/06/2017"), day(2017, 6, 29));
        assert_eq!(date("29.06.2017"), day(2017, 6, 29));
        assert_eq!(date(" 9.6.2017 "), day(2017, 6, 9));
        assert_eq!(date("29.06.17"), day(2017, 6, 29));
        assert_eq!(date("2017-06-29 00:00:00"), day(2017, 6, 29));
        assert_eq!(date("2017/6/9"), day(2017, 6, 9));
        assert_eq!(date("31/02/2017"), None);
        assert_eq!(date("06/29/2017"), None, "month first is not read");
        assert_eq!(date("June 29, 2017"), None);
        assert_eq!(date("2017-06"), None);
        assert_eq!(date(""), None);
        assert_eq!(date("1.2.3"), None);
    }

    #[test]
    fn whole_numbers_with_thousands_separators() {
        assert_eq!(count("1200"), Ok(Some(1200)));
        assert_eq!(count("1.200"), Ok(Some(1200)));
        assert_eq!(count("1,200"), Ok(Some(1200)));
        assert_eq!(count("1 200 000"), Ok(Some(1_200_000)));
        assert_eq!(count("1\u{a0}200"), Ok(Some(1200)));
        assert_eq!(count("1'200"), Ok(Some(1200)));
        assert_eq!(count("1200.00"), Ok(Some(1200)));
        assert_eq!(count("1.200,00"), Ok(Some(1200)));
        assert_eq!(count("  "), Ok(None));
        assert_eq!(count("1,5"), Err(BadCount::NotAWholeNumber));
        assert_eq!(count("12.5"), Err(BadCount::NotAWholeNumber));
        assert_eq!(count("1.2.3"), Err(BadCount::NotAWholeNumber));
        assert_eq!(count("1.200,300"), Err(BadCount::NotAWholeNumber));
        assert_eq!(count("about 40"), Err(BadCount::NotAWholeNumber));
        assert_eq!(count("-3"), Err(BadCount::Negative));
        assert_eq!(
            count("99999999999999999999999"),
            Err(BadCount::NotAWholeNumber)
        );
    }

    #[test]
    fn activity_ids_with_or_without_the_letter() {
        assert_eq!(activity("12"), Some(ActivityId(12)));
        assert_eq!(activity("A12"), Some(ActivityId(12)));
        assert_eq!(activity("a-7"), Some(ActivityId(7)));
        assert_eq!(activity("workshop"), None);
    }

    #[test]
    fn formula_guard_round_trips() {
        for text in [
            "=1+1", "'=x", "-5 posts", "@home", "plain", "'quoted", "", "''=y",
        ] {
            let written = if needs_guard(text) {
                format!("'{text}")
            } else {
                text.to_owned()
            };
            assert_eq!(unguard(&written), text, "{text:?}");
        }
    }
}
