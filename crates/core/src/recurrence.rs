//! Recurring activities expanded into their occurrences.
//!
//! An occurrence keeps the wall-clock times of the first one in the
//! activity's own zone: a webinar every Monday at 10:00 Europe/Rome stays at
//! 10:00 in Rome across daylight-saving changes (its UTC time moves). The
//! days come from the rule ([`dates`], RFC 5545 §3.3.10): a monthly
//! repetition on a day that a month lacks (the 31st, 29 February) skips
//! that month, as RFC 5545 does, so the calendar export agrees. The last
//! occurrence starts on or before `until`, or is the `count`th; with
//! neither, the series ends with the project. Skipped occurrences (EXDATE)
//! are left out and moved ones (RECURRENCE-ID) take their own time, keeping
//! their step.

pub mod change;
pub mod dates;
pub mod words;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::activity::{Activity, Recurrence, When};

pub use dates::MAX_STEPS;

/// One occurrence of an activity: which repetition (0 for the first), the
/// day the rule starts it on (its RECURRENCE-ID), and when it takes place
/// (which differs when it was moved on its own).
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    pub step: u32,
    pub when: When,
    /// The day the rule gives this occurrence.
    pub original: NaiveDate,
    /// Moved on its own, away from the rule's day or time.
    pub moved: bool,
}

/// The last day a repetition may start on: its own `until`; with a
/// `count`, no day (the count ends it); else `default_until`.
pub fn last_day(rule: &Recurrence, default_until: NaiveDate) -> NaiveDate {
    match (rule.until, rule.count) {
        (Some(until), _) => until,
        (None, Some(_)) => NaiveDate::MAX,
        (None, None) => default_until,
    }
}

/// Calls `each` with every occurrence of `activity` by the rule, skipped
/// ones left out, up to the rule days `..=scan_to`; stops when it returns
/// `false`.
fn expand(
    activity: &Activity,
    rule: &Recurrence,
    scan_to: NaiveDate,
    mut each: impl FnMut(Occurrence) -> bool,
) {
    let first = activity.when.start_date();
    // Sets, so a file with thousands of exceptions cannot make this slow.
    let skipped: HashSet<NaiveDate> = rule.skipped.iter().copied().collect();
    let moved: HashMap<NaiveDate, &When> = rule
        .moved
        .iter()
        .rev() // the first of two for one day wins
        .map(|m| (m.from, &m.when))
        .collect();
    dates::each(first, rule, scan_to, |step, day| {
        if skipped.contains(&day) {
            return true;
        }
        let (when, moved) = match moved.get(&day) {
            Some(when) => (Some((*when).clone()), true),
            None => (activity.when.checked_shift((day - first).num_days()), false),
        };
        match when {
            Some(when) => each(Occurrence {
                step,
                when,
                original: day,
                moved,
            }),
            None => false,
        }
    });
}

/// Every occurrence of `activity` that touches the days `from..=to` (in the
/// activity's own zone), in the rule's order. A non-recurring activity has
/// one occurrence, step 0. `default_until` ends repetitions that have
/// neither `until` nor `count`.
pub fn between(
    activity: &Activity,
    from: NaiveDate,
    to: NaiveDate,
    default_until: NaiveDate,
) -> Vec<Occurrence> {
    let touches = |when: &When| when.start_date() <= to && when.end_date() >= from;
    let Some(rule) = &activity.recurrence else {
        return if touches(&activity.when) {
            vec![Occurrence {
                step: 0,
                when: activity.when.clone(),
                original: activity.when.start_date(),
                moved: false,
            }]
        } else {
            Vec::new()
        };
    };
    // A moved occurrence may come into the window from a later day.
    let latest_moved = rule.moved.iter().map(|m| m.from).max();
    let scan_to = last_day(rule, default_until).min(to.max(latest_moved.unwrap_or(to)));
    let mut out = Vec::new();
    expand(activity, rule, scan_to, |occurrence| {
        if touches(&occurrence.when) {
            out.push(occurrence);
        }
        true
    });
    out
}

/// Every occurrence of `activity`, from the first to the last.
pub fn all(activity: &Activity, default_until: NaiveDate) -> Vec<Occurrence> {
    between(activity, NaiveDate::MIN, NaiveDate::MAX, default_until)
}

/// The occurrence `step` of `activity` (as it takes place, moved or not),
/// if it exists and is not skipped.
pub fn nth(activity: &Activity, step: u32, default_until: NaiveDate) -> Option<Occurrence> {
    let Some(rule) = &activity.recurrence else {
        return (step == 0).then(|| Occurrence {
            step: 0,
            when: activity.when.clone(),
            original: activity.when.start_date(),
            moved: false,
        });
    };
    let mut found = None;
    expand(
        activity,
        rule,
        last_day(rule, default_until),
        |occurrence| {
            let before = occurrence.step < step;
            if occurrence.step == step {
                found = Some(occurrence);
            }
            before
        },
    );
    found
}

/// Is `day` a day the rule of `activity` starts an occurrence on (skipped
/// or not)? For exceptions, which only apply to such days.
pub fn is_rule_day(activity: &Activity, day: NaiveDate, default_until: NaiveDate) -> bool {
    let Some(rule) = &activity.recurrence else {
        return day == activity.when.start_date();
    };
    let mut found = false;
    dates::each(
        activity.when.start_date(),
        rule,
        last_day(rule, default_until).min(day),
        |_, d| {
            found |= d == day;
            d < day
        },
    );
    found
}

/// Every day the rule of `activity` starts an occurrence on, skipped or
/// not: the days its exceptions may name. One expansion, for checking many
/// exceptions at once.
pub fn rule_days(activity: &Activity, default_until: NaiveDate) -> HashSet<NaiveDate> {
    let mut days = HashSet::new();
    match &activity.recurrence {
        None => {
            days.insert(activity.when.start_date());
        }
        Some(rule) => dates::each(
            activity.when.start_date(),
            rule,
            last_day(rule, default_until),
            |_, day| {
                days.insert(day);
                true
            },
        ),
    }
    days
}

#[cfg(test)]
mod tests;
