//! One log entry as one line of RON, written by hand.
//!
//! The log is most of a large plan's file (50,000 entries are about
//! 10 MB), and `ron`'s general serializer spends most of its time on
//! checks that a fixed struct never needs (identifiers validated per
//! field, numbers through `fmt`). [`write`] writes exactly the bytes that
//! `ron` writes for a [`LogEntry`] with [`super::text`]'s one-line
//! configuration (compact struct, no struct names, strings escaped with
//! `char::escape_debug` as `ron` 0.12 does), so the plain parser still
//! reads every file. A property test holds the two writers to the same
//! bytes for any entry, and any field added to [`LogEntry`] breaks it until
//! this writer learns the field too.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use crate::LogEntry;

/// Appends `entry` to `out` as `ron` writes it on one line:
/// `(id: 1, date: "2026-03-05", partner: "VEN", channel: Event, …)`.
/// Optional fields that are `None` (and empty notes) are left out, as the
/// struct's `skip_serializing_if` attributes say.
pub(super) fn write(out: &mut String, entry: &LogEntry) {
    out.push_str("(id: ");
    number(out, u64::from(entry.id.0));
    out.push_str(", date: ");
    date(out, entry.date);
    out.push_str(", partner: ");
    string(out, entry.partner.as_str());
    if let Some(activity) = entry.activity {
        out.push_str(", activity: Some(");
        number(out, u64::from(activity.0));
        out.push(')');
    }
    out.push_str(", channel: ");
    out.push_str(entry.channel.variant());
    out.push_str(", title: ");
    string(out, &entry.title);
    if let Some(group) = entry.target_group {
        out.push_str(", target_group: Some(");
        out.push_str(group.variant());
        out.push(')');
    }
    out.push_str(", reach: ");
    number(out, entry.reach);
    if let Some(participants) = entry.participants {
        out.push_str(", participants: Some(");
        number(out, participants);
        out.push(')');
    }
    if let Some(language) = &entry.language {
        out.push_str(", language: Some(");
        string(out, &language.0);
        out.push(')');
    }
    if let Some(link) = &entry.link {
        out.push_str(", link: Some(");
        string(out, link);
        out.push(')');
    }
    if !entry.notes.is_empty() {
        out.push_str(", notes: ");
        string(out, &entry.notes);
    }
    out.push(')');
}

/// A whole number in decimal, as `u64`'s `Display` writes it.
fn number(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &digit in &digits[at..] {
        out.push(char::from(digit));
    }
}

/// A date as chrono serializes it (`"2026-03-05"`; years outside 0–9999
/// signed and at least five characters, through chrono itself).
fn date(out: &mut String, date: NaiveDate) {
    let year = date.year();
    if !(0..=9999).contains(&year) {
        // Rare enough to take the general path: chrono's own text.
        let _ = write!(out, "\"{date}\"");
        return;
    }
    let two = |out: &mut String, n: u32| {
        out.push(char::from(b'0' + (n / 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    };
    out.push('"');
    let year = year as u32;
    two(out, year / 100);
    two(out, year % 100);
    out.push('-');
    two(out, date.month());
    out.push('-');
    two(out, date.day());
    out.push('"');
}

/// A string in double quotes, each character escaped as `ron` 0.12 does
/// (`char::escape_debug`). Runs of plain printable ASCII are copied whole.
fn string(out: &mut String, text: &str) {
    out.push('"');
    let mut plain = 0;
    for (at, c) in text.char_indices() {
        let safe = c.is_ascii() && (' '..='~').contains(&c) && !matches!(c, '"' | '\'' | '\\');
        if safe {
            continue;
        }
        out.push_str(&text[plain..at]);
        out.extend(c.escape_debug());
        plain = at + c.len_utf8();
    }
    out.push_str(&text[plain..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ActivityId, EntryId, PartnerId};
    use crate::value::Lang;
    use crate::vocab::{Channel, TargetGroup};
    use proptest::prelude::*;

    fn by_ron(entry: &LogEntry) -> String {
        ron::ser::to_string_pretty(entry, super::super::text::one_line()).expect("serialises")
    }

    fn by_hand(entry: &LogEntry) -> String {
        let mut out = String::new();
        write(&mut out, entry);
        out
    }

    fn entry() -> impl Strategy<Value = LogEntry> {
        (
            (
                any::<u32>(),
                -300_000i32..300_000,
                "\\PC{0,12}|[A-Z]{3}",
                proptest::option::of(any::<u32>()),
                proptest::sample::select(Channel::ALL),
                any::<String>(),
            ),
            (
                proptest::option::of(proptest::sample::select(TargetGroup::ALL)),
                any::<u64>(),
                proptest::option::of(any::<u64>()),
                proptest::option::of("[a-z]{2,3}|.{0,4}"),
                proptest::option::of(any::<String>()),
                any::<String>(),
            ),
        )
            .prop_map(|((id, day, partner, activity, channel, title), rest)| {
                let (target_group, reach, participants, language, link, notes) = rest;
                LogEntry {
                    id: EntryId(id),
                    date: NaiveDate::from_num_days_from_ce_opt(day).unwrap_or(NaiveDate::MIN),
                    partner: PartnerId::new(partner),
                    activity: activity.map(ActivityId),
                    channel,
                    title,
                    target_group,
                    reach,
                    participants,
                    language: language.map(Lang),
                    link,
                    notes,
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn the_line_is_byte_for_byte_what_ron_writes(entry in entry()) {
            prop_assert_eq!(by_hand(&entry), by_ron(&entry));
        }
    }

    #[test]
    fn awkward_text_is_escaped_as_ron_escapes_it() {
        let mut entry = LogEntry {
            id: EntryId(7),
            date: NaiveDate::from_ymd_opt(2026, 3, 5).expect("a date"),
            partner: PartnerId::new("VEN"),
            activity: Some(ActivityId(12)),
            channel: Channel::SocialMedia,
            title: "L'évènement \"Alpi\" \\ tab\there\nline\u{301}\u{0}\u{7f}\u{200b}🏔".into(),
            target_group: Some(TargetGroup::HigherEducation),
            reach: u64::MAX,
            participants: Some(0),
            language: Some(Lang::new("it")),
            link: Some("https://example.org/a?b=c&d='e'".into()),
            notes: "\r\n".into(),
        };
        assert_eq!(by_hand(&entry), by_ron(&entry));
        entry.date = NaiveDate::from_ymd_opt(-44, 3, 15).expect("a date");
        entry.activity = None;
        entry.notes.clear();
        assert_eq!(by_hand(&entry), by_ron(&entry));
        // And the plain parser reads the hand-written line back.
        let back: LogEntry = ron::from_str(&by_hand(&entry)).expect("reads back");
        assert_eq!(back, entry);
    }
}
