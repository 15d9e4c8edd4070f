//! Changing one occurrence of a series, or the whole series, as a new
//! version of the activity (the caller wraps it in an undoable `Edit`).

use chrono::{Duration, NaiveDate};

use crate::activity::{Activity, Moved, When};

/// `activity` with its occurrence that the rule starts on `original`
/// taking place at `when` instead (RECURRENCE-ID, RFC 5545 §3.8.4.4); moved
/// back to the rule's own time, it is an ordinary occurrence again. `None`
/// when the activity does not repeat.
pub fn move_occurrence(activity: &Activity, original: NaiveDate, when: When) -> Option<Activity> {
    let mut changed = activity.clone();
    let first = activity.when.start_date();
    let own = activity.when.checked_shift((original - first).num_days());
    let rule = changed.recurrence.as_mut()?;
    rule.moved.retain(|m| m.from != original);
    if own.as_ref() != Some(&when) {
        rule.moved.push(Moved {
            from: original,
            when,
        });
        rule.moved.sort_by_key(|m| m.from);
    }
    Some(changed)
}

/// `activity` without its occurrence that the rule starts on `original`
/// (EXDATE, RFC 5545 §3.8.5.1). `None` when the activity does not repeat.
/// Skipping the first occurrence keeps the series where it is.
pub fn skip_occurrence(activity: &Activity, original: NaiveDate) -> Option<Activity> {
    let mut changed = activity.clone();
    let rule = changed.recurrence.as_mut()?;
    rule.moved.retain(|m| m.from != original);
    if !rule.skipped.contains(&original) {
        rule.skipped.push(original);
        rule.skipped.sort_unstable();
    }
    Some(changed)
}

/// `activity` (a series or not) taking place at `when` from now on: its
/// rule turned by the days its first day moved (see
/// [`crate::Recurrence::shifted`]).
pub fn move_series(activity: &Activity, when: When) -> Activity {
    let days = (when.start_date() - activity.when.start_date()).num_days();
    let mut changed = activity.clone();
    if days != 0
        && let Some(rule) = &activity.recurrence
    {
        changed.recurrence = Some(rule.shifted(days, when.start_date()).into());
    }
    changed.when = when;
    changed
}

/// The same span moved by days and minutes (minutes only for timed items);
/// `None` when a date would leave chrono's range.
pub fn shift(when: &When, days: i64, minutes: i64) -> Option<When> {
    let delta = Duration::try_days(days)? + Duration::try_minutes(minutes)?;
    Some(match when {
        When::Days { .. } => when.checked_shift(days)?,
        When::Timed { start, end, zone } => When::Timed {
            start: start.checked_add_signed(delta)?,
            end: end.checked_add_signed(delta)?,
            zone: *zone,
        },
    })
}
