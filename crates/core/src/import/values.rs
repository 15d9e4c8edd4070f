//! One cell's text to a value: whole numbers with thousands separators,
//! activity ids, and text cells that an export guarded against spreadsheet
//! formulas. Dates are read by [`crate::text::parse_date`], as in every
//! date field.

use crate::ids::ActivityId;

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
