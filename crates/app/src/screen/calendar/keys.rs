//! The calendar by keyboard, and moving or resizing an item by days and
//! minutes (shared by keys and drag and drop).
//!
//! - Arrows: the previous or next day (Up and Down: a week).
//! - Page Up / Page Down: the previous or next month, week or quarter.
//! - Home / End: the project's first and last day.
//! - T: today. 1–4: month, week, agenda, timeline. N: a new item.
//! - Enter: edit the selected item. Delete: remove it. Ctrl+D: duplicate.
//! - Alt+arrows: move the selected item by a day (Up/Down: a week; in the
//!   week view Up/Down move it by half an hour).
//! - Alt+Shift+arrows: make it end a day (or half an hour) later or earlier.

use chrono::{Duration, NaiveDate, Utc};

use super::Action;
use super::{Calendar, Editor, Grip, Pick, View, week};
use crate::keys::{Press, Pressed};
use commplan_core::recurrence::{self, change};
use commplan_core::{ActivityId, Change, Edit, Plan, When};

pub fn pressed(
    calendar: &mut Calendar,
    press: Press,
    plan: &Plan,
    version: u64,
    today: NaiveDate,
) -> Action {
    // The editor's fields take the keys while it is open; a read-only
    // plan takes no key that edits.
    if calendar.editor.is_some()
        || (calendar.read_only
            && (press.alt
                || matches!(
                    press.key,
                    Pressed::Enter | Pressed::Delete | Pressed::Char('n')
                )))
    {
        return Action::None;
    }
    let anchor = calendar.anchor(plan, today);
    if press.alt {
        return match calendar.selected {
            Some(pick) => {
                let (days, minutes) = step_of(calendar.view, press.key);
                let grip = if press.shift { Grip::End } else { Grip::Move };
                if let Some(day) = anchor.checked_add_signed(Duration::days(days))
                    && calendar.ask_if_repeating(plan, pick, grip, days, minutes, day)
                {
                    return Action::None;
                }
                let edit = if press.shift {
                    resized(plan, pick.id, days, minutes)
                } else {
                    moved(plan, pick.id, days, minutes)
                };
                if let Some(day) = anchor.checked_add_signed(Duration::days(days)) {
                    calendar.anchor = Some(day);
                }
                edit.map_or(Action::None, |edit| Action::Edit(Box::new(edit)))
            }
            None => Action::None,
        };
    }
    let day = |days: i64| anchor.checked_add_signed(Duration::days(days));
    match press.key {
        Pressed::Left => calendar.anchor = day(-1).or(calendar.anchor),
        Pressed::Right => calendar.anchor = day(1).or(calendar.anchor),
        Pressed::Up => calendar.anchor = day(-7).or(calendar.anchor),
        Pressed::Down => calendar.anchor = day(7).or(calendar.anchor),
        Pressed::PageUp => calendar.anchor = Some(calendar.step(anchor, -1)),
        Pressed::PageDown => calendar.anchor = Some(calendar.step(anchor, 1)),
        Pressed::Home => calendar.anchor = Some(plan.project.start),
        Pressed::End => calendar.anchor = Some(plan.project.end),
        Pressed::Enter => {
            if let Some(pick) = calendar.selected {
                return calendar.open(plan, pick);
            }
        }
        Pressed::Delete => {
            if let Some(pick) = calendar.selected {
                return calendar.delete(plan, pick.id);
            }
        }
        Pressed::Char('t') => calendar.anchor = Some(today),
        Pressed::Char('n') => return calendar.edit(Editor::create(plan, anchor, None)),
        Pressed::Char(c @ '1'..='4') => {
            let view = View::ALL[(c as usize) - ('1' as usize)];
            return calendar.choose(view, plan, version, today);
        }
        _ => {}
    }
    Action::None
}

/// What an Alt+arrow moves by in a view: days, and minutes in the week.
fn step_of(view: View, key: Pressed) -> (i64, i64) {
    let half_hour = i64::from(week::SLOT);
    match (view, key) {
        (_, Pressed::Left) => (-1, 0),
        (_, Pressed::Right) => (1, 0),
        (View::Week, Pressed::Up) => (0, -half_hour),
        (View::Week, Pressed::Down) => (0, half_hour),
        (_, Pressed::Up) => (-7, 0),
        (_, Pressed::Down) => (7, 0),
        _ => (0, 0),
    }
}

/// The activity moved by days and minutes (minutes only for timed items),
/// as an edit; `None` when nothing would change or a date would leave the
/// calendar. A series moves whole, its weekdays and exceptions with it.
pub fn moved(plan: &Plan, id: ActivityId, days: i64, minutes: i64) -> Option<Edit> {
    let activity = plan.activity(id)?;
    let when = change::shift(&activity.when, days, minutes)?;
    if when == activity.when {
        return None;
    }
    let mut changed = change::move_series(activity, when);
    changed.stamp(activity, Utc::now());
    Some(Edit::Activity(Change::Update(changed)))
}

/// `when` with its end moved by days and minutes; `None` when the end
/// would come before the start.
pub fn stretched(when: &When, days: i64, minutes: i64) -> Option<When> {
    Some(match when {
        When::Days { start, end } => {
            let end = end.checked_add_signed(Duration::try_days(days)?)?;
            (end >= *start).then_some(When::Days { start: *start, end })?
        }
        When::Timed { start, end, zone } => {
            let delta = Duration::try_days(days)? + Duration::try_minutes(minutes)?;
            let end = end.checked_add_signed(delta)?;
            (end > *start).then_some(When::Timed {
                start: *start,
                end,
                zone: *zone,
            })?
        }
    })
}

/// The activity with its end moved by days and minutes; `None` when the
/// end would come before the start.
pub fn resized(plan: &Plan, id: ActivityId, days: i64, minutes: i64) -> Option<Edit> {
    let activity = plan.activity(id)?;
    let when = stretched(&activity.when, days, minutes)?;
    if when == activity.when {
        return None;
    }
    let mut changed = activity.clone();
    changed.when = when;
    changed.stamp(activity, Utc::now());
    Some(Edit::Activity(Change::Update(changed)))
}

/// One occurrence (`pick.step`) of a series moved (or its end moved) by
/// days and minutes, the rest of the series left where it is; `None` when
/// nothing would change.
pub fn occurrence_moved(
    plan: &Plan,
    pick: Pick,
    grip: Grip,
    days: i64,
    minutes: i64,
) -> Option<Edit> {
    let activity = plan.activity(pick.id)?;
    let occurrence = recurrence::nth(activity, pick.step, plan.project.end)?;
    let when = match grip {
        Grip::Move => change::shift(&occurrence.when, days, minutes)?,
        Grip::End => stretched(&occurrence.when, days, minutes)?,
    };
    if when == occurrence.when {
        return None;
    }
    let mut changed = change::move_occurrence(activity, occurrence.original, when)?;
    changed.stamp(activity, Utc::now());
    Some(Edit::Activity(Change::Update(changed)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use commplan_core::sample;

    #[test]
    fn moving_keeps_the_length_and_resizing_keeps_the_start() {
        let plan = sample::plan().unwrap();
        let a = &plan.activities[0];
        let Some(Edit::Activity(Change::Update(later))) = moved(&plan, a.id, 3, 0) else {
            panic!("a move");
        };
        assert_eq!(later.when, a.when.shifted(3));
        assert_eq!(later.sequence, a.sequence + 1);
        let Some(Edit::Activity(Change::Update(longer))) = resized(&plan, a.id, 2, 0) else {
            panic!("a resize");
        };
        assert_eq!(longer.when.start_date(), a.when.start_date());
        assert_eq!(
            longer.when.end_date(),
            a.when.end_date() + Duration::days(2)
        );
        assert!(
            resized(&plan, a.id, -10_000, 0).is_none(),
            "end before start"
        );
        assert!(moved(&plan, a.id, 0, 0).is_none());
    }
}
