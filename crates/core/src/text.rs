//! What people type, read leniently and compared loosely: dates in the
//! forms people and spreadsheets write them ([`parse_date`]), and text
//! folded to lower case without accents ([`fold`], [`fold_into`]), so that
//! every date field, the search and the importer read the same way.

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
    let [a, b, c] = date_pieces(text)?;
    let (year, month, day) = if a.len() == 4 {
        (digits(a, 4)?, digits(b, 2)?, digits(c, 2)?)
    } else if c.len() == 4 || c.len() == 2 {
        let year = digits(c, 4)?;
        let year = if c.len() == 2 { 2000 + year } else { year };
        (year, digits(b, 2)?, digits(a, 2)?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// The three numbers of a written date, as text, in the order written
/// (`"29.06.2017."` gives `["29", "06", "2017"]`): the date part before a
/// time (`2017-06-29 00:00:00`, `2017-06-29T10:30`), split on `-`, `/` or
/// `.`, a German closing full stop dropped. `None` unless there are three.
pub(crate) fn date_pieces(text: &str) -> Option<[&str; 3]> {
    let text = text.trim();
    let day_part = text
        .split([' ', 'T'])
        .next()
        .unwrap_or(text)
        .trim_end_matches('.');
    let mut pieces = day_part.split(['-', '/', '.']);
    let found = [pieces.next()?, pieces.next()?, pieces.next()?];
    pieces.next().is_none().then_some(found)
}

/// A number of one to `most` ASCII digits, nothing else (`"06"` is 6,
/// `"+6"` and `""` are `None`).
pub(crate) fn digits(text: &str, most: usize) -> Option<u32> {
    (!text.is_empty() && text.len() <= most && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Reads a time of day as people type it, 24-hour: `9` (09:00), `930` or
/// `0930` (09:30), `9:30`, `09.30`, `9h30` (French), `9:30:00`. Every time
/// field of the window goes through here.
///
/// Returns `None` for an empty text, an hour over 23, minutes over 59, or
/// anything else (`half past nine`, `9pm`).
pub fn parse_time(text: &str) -> Option<chrono::NaiveTime> {
    let text = text.trim().to_ascii_lowercase();
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = text.split([':', '.', 'h']).collect();
    let (hour, minute) = match parts.as_slice() {
        [h] if digits(h) => (h.parse().ok()?, 0),
        [hm] if (3..=4).contains(&hm.len()) && hm.bytes().all(|b| b.is_ascii_digit()) => {
            let (h, m) = hm.split_at(hm.len() - 2);
            (h.parse().ok()?, m.parse().ok()?)
        }
        [h, m] if digits(h) && (m.is_empty() || m.len() == 2 && digits(m)) => (
            h.parse().ok()?,
            if m.is_empty() { 0 } else { m.parse().ok()? },
        ),
        [h, m, s] if digits(h) && m.len() == 2 && digits(m) && s.len() == 2 && digits(s) => {
            (h.parse().ok()?, m.parse().ok()?)
        }
        _ => return None,
    };
    chrono::NaiveTime::from_hms_opt(hour, minute, 0)
}

/// Appends `text` folded for comparison: lower-cased, with the accents
/// taken off the letters of the partnership's languages ("Zürich" →
/// "zurich", "Čačak" → "cacak", "Straße" → "strasse"), typographic dashes
/// and quotes made plain, and control characters turned into spaces (so a
/// folded text never holds one; the search index relies on that).
/// Everything else is kept as it is, punctuation and spacing included.
///
/// The search folds both its index and the query with this; the importer
/// folds the words of a spreadsheet with it before looking them up.
pub fn fold_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(if c.is_ascii_control() {
                ' '
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        for lower in c.to_lowercase() {
            match plain(lower) {
                Some(base) => out.push_str(base),
                None if lower.is_control() => out.push(' '),
                None => out.push(lower),
            }
        }
    }
}

/// `text` folded for comparison (see [`fold_into`]): "Città" and "CITTA"
/// both fold to "citta".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// The plain letters of an accented lower-case letter.
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        '\u{2013}' | '\u{2014}' => "-",
        '\u{2018}' | '\u{2019}' => "'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' => "\"",
        _ => return None,
    })
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

    #[test]
    fn folding_takes_off_case_and_accents() {
        assert_eq!(fold("Città"), fold("CITTA"));
        assert_eq!(fold("Città"), "citta");
        assert_eq!(fold("Veröffentlichung"), "veroffentlichung");
        assert_eq!(fold("Število"), "stevilo");
        assert_eq!(fold("Réseaux SOCIAUX"), "reseaux sociaux");
        assert_eq!(fold("Zürich – Région"), "zurich - region");
        assert_eq!(fold("ČAČAK Straße"), "cacak strasse");
        assert_eq!(fold("„Łódź“"), "\"lodz\"");
        assert_eq!(fold("İ"), "i\u{307}", "a dotted capital I keeps its dot");
    }

    #[test]
    fn folding_keeps_punctuation_and_turns_controls_into_spaces() {
        assert_eq!(fold("a\u{1}b\nc"), "a b c");
        assert_eq!(fold("a\u{85}b"), "a b");
        assert_eq!(fold("E-Mail (x)"), "e-mail (x)");
        assert_eq!(fold(""), "");
        let mut out = String::from("kept ");
        fold_into(&mut out, "ÀB");
        assert_eq!(out, "kept ab");
    }

    #[test]
    fn times_are_read_as_people_type_them() {
        let t = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
        for (typed, want) in [
            ("9", t(9, 0)),
            ("09", t(9, 0)),
            ("930", t(9, 30)),
            ("0930", t(9, 30)),
            ("9:30", t(9, 30)),
            ("09.30", t(9, 30)),
            ("9h30", t(9, 30)),
            ("14h", t(14, 0)),
            (" 23:59 ", t(23, 59)),
            ("10:30:00", t(10, 30)),
            ("0", t(0, 0)),
        ] {
            assert_eq!(parse_time(typed), want, "{typed}");
        }
        for bad in [
            "",
            "24",
            "9:60",
            "9:5",
            "half past nine",
            "9pm",
            "12345",
            "1:2:3",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }
}
