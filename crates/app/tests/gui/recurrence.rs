//! Repeating items as in a calendar client: a "second Tuesday of each
//! month, 6 times" item made in the editor, then one occurrence moved by
//! drag ("this occurrence"), another moved in the editor, one skipped, and
//! the whole series moved; undo takes each back, and the other occurrences
//! never move with the one.

use crate::support as gui;

use chrono::NaiveDate;
use commplan::app::Message;
use commplan::screen::calendar::editor::{self, Message as EditorMessage};
use commplan::screen::calendar::{self, Grip, Message as CalendarMessage, Pick};
use commplan_core::recurrence;
use commplan_core::vocab::RepeatUnit;
use commplan_core::{Activity, ActivityId, When};
use gui::Harness;
use iced::keyboard::Modifiers;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn calendar(h: &mut Harness, message: CalendarMessage) {
    h.update(Message::Calendar(message));
}

/// A drag as the calendar's drag surface reports it: pressed on `pick`,
/// moved past the threshold from one cell to another, released there.
fn drag(h: &mut Harness, pick: Pick, from: (NaiveDate, Option<u32>), to: (NaiveDate, Option<u32>)) {
    let spot = |(day, minute): (NaiveDate, Option<u32>)| calendar::Spot { day, minute };
    calendar(h, CalendarMessage::Pressed(pick, Grip::Move));
    calendar(h, CalendarMessage::Dragged(spot(from), Some(spot(to))));
    calendar(h, CalendarMessage::Dropped(spot(from), spot(to)));
}

fn edit(h: &mut Harness, message: EditorMessage) {
    calendar(h, CalendarMessage::Editor(message));
}

fn series(h: &Harness, id: ActivityId) -> Activity {
    h.app.plan.activity(id).expect("the series").clone()
}

/// The days the series takes place on, in the rule's order.
fn days(h: &Harness, id: ActivityId) -> Vec<NaiveDate> {
    recurrence::all(&series(h, id), h.app.plan.project.end)
        .iter()
        .map(|o| o.when.start_date())
        .collect()
}

const SECOND_TUESDAYS: [(i32, u32, u32); 6] = [
    (2017, 6, 13),
    (2017, 7, 11),
    (2017, 8, 8),
    (2017, 9, 12),
    (2017, 10, 10),
    (2017, 11, 14),
];

fn second_tuesdays() -> Vec<NaiveDate> {
    SECOND_TUESDAYS
        .iter()
        .map(|(y, m, d)| day(*y, *m, *d))
        .collect()
}

/// The sample on the calendar in June 2017, with a new "second Tuesday of
/// each month, 6 times" call made through the editor.
fn with_monthly_call() -> (Harness, ActivityId) {
    let mut h = Harness::sample();
    h.app.today = day(2017, 6, 20);
    h.click("Calendar").unwrap();
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 6, 12)));
    calendar(
        &mut h,
        CalendarMessage::Create(day(2017, 6, 13), Some(10 * 60)),
    );
    h.type_into(calendar::editor::TITLE_INPUT, "Partner call")
        .unwrap();
    // The pick lists (repeats, which day, ends) as their choices arrive.
    edit(&mut h, EditorMessage::RepeatPicked(Some(RepeatUnit::Month)));
    assert!(
        h.shows("every month on day 13"),
        "monthly starts on the same day of the month"
    );
    edit(&mut h, EditorMessage::MonthlyPicked(editor::Monthly::Nth));
    edit(&mut h, EditorMessage::EndsPicked(editor::Ends::After));
    h.type_into(editor::COUNT_INPUT, "6").unwrap();
    assert!(
        h.shows("every second Tuesday of the month, 6 times"),
        "the rule in words"
    );
    h.click("Save activity").unwrap();
    let added = h.app.plan.activities.last().unwrap();
    assert_eq!(added.title, "Partner call");
    let rule = added.recurrence.as_deref().unwrap();
    assert_eq!(
        (rule.unit, rule.every, rule.nth, rule.count, rule.until),
        (RepeatUnit::Month, 1, Some(2), Some(6), None)
    );
    let id = added.id;
    assert_eq!(days(&h, id), second_tuesdays());
    (h, id)
}

#[test]
fn moving_the_third_occurrence_only_by_drag_then_undo() {
    let (mut h, id) = with_monthly_call();
    let saved = series(&h, id);
    let third = Pick { id, step: 2 };
    drag(
        &mut h,
        third,
        (day(2017, 8, 8), Some(10 * 60)),
        (day(2017, 8, 10), Some(11 * 60)),
    );
    assert!(
        h.shows("This item repeats: move only this occurrence, or the whole series?"),
        "a drop on a series asks"
    );
    assert_eq!(series(&h, id), saved, "nothing moves before the answer");
    h.click("This occurrence").unwrap();
    let mut expected = second_tuesdays();
    expected[2] = day(2017, 8, 10);
    assert_eq!(days(&h, id), expected, "only the third moved");
    let moved = recurrence::nth(&series(&h, id), 2, h.app.plan.project.end).unwrap();
    let When::Timed { start, .. } = moved.when else {
        panic!("a timed occurrence");
    };
    assert_eq!(start.format("%H:%M").to_string(), "11:00", "and its hour");
    assert_eq!(moved.original, day(2017, 8, 8));
    assert_eq!(series(&h, id).when, saved.when, "the series did not move");

    h.key("z", Modifiers::CTRL);
    assert_eq!(series(&h, id).recurrence, saved.recurrence, "undo restores");
    assert_eq!(days(&h, id), second_tuesdays());

    // Cancel moves nothing.
    drag(
        &mut h,
        third,
        (day(2017, 8, 8), None),
        (day(2017, 8, 9), None),
    );
    h.click("Cancel").unwrap();
    assert!(!h.shows("This item repeats: move only this occurrence, or the whole series?"));
    assert_eq!(days(&h, id), second_tuesdays());
}

#[test]
fn the_whole_series_moves_when_asked_and_undo_puts_it_back() {
    let (mut h, id) = with_monthly_call();
    drag(
        &mut h,
        Pick { id, step: 1 },
        (day(2017, 7, 11), None),
        (day(2017, 7, 18), None),
    );
    h.click("The whole series").unwrap();
    assert_eq!(
        days(&h, id),
        [
            day(2017, 6, 20),
            day(2017, 7, 18),
            day(2017, 8, 15),
            day(2017, 9, 19),
            day(2017, 10, 17),
            day(2017, 11, 21),
        ],
        "a week later: the third Tuesday of each month"
    );
    h.key("z", Modifiers::CTRL);
    assert_eq!(days(&h, id), second_tuesdays());
}

#[test]
fn the_editor_asks_this_occurrence_or_the_whole_series_and_skips_one() {
    let (mut h, id) = with_monthly_call();
    let saved = series(&h, id);
    calendar(&mut h, CalendarMessage::ItemOpened(Pick { id, step: 3 }));
    assert!(h.shows("Occurrence of 12 Sep 2017"));
    assert!(h.shows("For this occurrence only its date and time change."));
    edit(&mut h, EditorMessage::StartEdited("2017-09-14".into()));
    h.click("Save activity").unwrap();
    let mut expected = second_tuesdays();
    expected[3] = day(2017, 9, 14);
    assert_eq!(days(&h, id), expected, "only the fourth moved");

    // Skipping the fifth leaves five occurrences; undo brings it back.
    calendar(&mut h, CalendarMessage::ItemOpened(Pick { id, step: 4 }));
    h.click("Skip this occurrence").unwrap();
    expected.remove(4);
    assert_eq!(days(&h, id), expected);
    assert_eq!(
        series(&h, id).recurrence.unwrap().skipped,
        [day(2017, 10, 10)]
    );
    h.key("z", Modifiers::CTRL);
    h.key("z", Modifiers::CTRL);
    assert_eq!(series(&h, id), saved, "two undos: as it was made");

    // The whole series, from the same editor: the fields show the series.
    calendar(&mut h, CalendarMessage::ItemOpened(Pick { id, step: 3 }));
    h.click("The whole series").unwrap();
    assert!(h.shows("every second Tuesday of the month, 6 times"));
    h.type_into(calendar::editor::TITLE_INPUT, " (monthly)")
        .unwrap();
    h.click("Save activity").unwrap();
    let changed = series(&h, id);
    assert_eq!(changed.title, "Partner call (monthly)");
    assert_eq!(changed.when, saved.when);
    assert_eq!(days(&h, id), second_tuesdays());
}

#[test]
fn a_click_on_an_occurrence_selects_it_and_asks_nothing() {
    let (mut h, id) = with_monthly_call();
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 8, 1)));
    let third = Pick { id, step: 2 };
    calendar(&mut h, CalendarMessage::Pressed(third, Grip::Move));
    assert_eq!(h.app.calendar.selected, Some(third));
    assert!(!h.shows("This item repeats: move only this occurrence, or the whole series?"));
}

#[test]
fn alt_arrows_on_an_occurrence_ask_too_and_escape_cancels() {
    use iced::keyboard::key::Named;
    let (mut h, id) = with_monthly_call();
    let saved = series(&h, id);
    let second = Pick { id, step: 1 };
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 7, 11)));
    calendar(&mut h, CalendarMessage::Pressed(second, Grip::Move));
    h.press(Named::ArrowRight, Modifiers::ALT);
    assert!(h.shows("This item repeats: move only this occurrence, or the whole series?"));
    h.press(Named::Escape, Modifiers::empty());
    assert!(!h.shows("This item repeats: move only this occurrence, or the whole series?"));
    assert_eq!(series(&h, id), saved, "Escape moves nothing");

    h.press(Named::ArrowRight, Modifiers::ALT);
    h.click("This occurrence").unwrap();
    let mut expected = second_tuesdays();
    expected[1] = day(2017, 7, 12);
    assert_eq!(days(&h, id), expected, "Alt+Right: the second a day later");
}
