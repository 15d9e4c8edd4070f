//! The calendar as a person uses it: switching views, moving between
//! months, filtering by a partner, creating an item through the editor,
//! moving it by keyboard and by drag and drop, undoing.

use crate::support as gui;

use chrono::NaiveDate;
use commplan::app::Message;
use commplan::config::Settings;
use commplan::screen::Screen;
use commplan::screen::calendar::{self, Grip, Message as CalendarMessage, Pick, Spot, View};
use commplan_core::{ActivityId, PartnerId, When};
use gui::Harness;
use iced::keyboard::Modifiers;
use iced::keyboard::key::Named;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The sample on the calendar, in June 2017.
fn june() -> Harness {
    let mut h = Harness::sample();
    h.app.today = day(2017, 6, 20);
    h.click("Calendar")
        .expect("the sidebar leads to the calendar");
    h.update(Message::Calendar(CalendarMessage::DayPicked(day(
        2017, 6, 12,
    ))));
    h
}

fn calendar(h: &mut Harness, message: CalendarMessage) {
    h.update(Message::Calendar(message));
}

fn spot(day: NaiveDate, minute: Option<u32>) -> Spot {
    Spot { day, minute }
}

/// What a drag surface reports for a drag from one cell to another that
/// follows a press on an item.
fn drag_between(h: &mut Harness, from: Spot, to: Spot) {
    calendar(h, CalendarMessage::Dragged(from, Some(to)));
    calendar(h, CalendarMessage::Dropped(from, to));
}

/// The id of the sample's workshop of 29 June 2017.
fn workshop(h: &Harness) -> ActivityId {
    h.app
        .plan
        .activities
        .iter()
        .find(|a| a.title.starts_with("Workshop for entrepreneurs"))
        .expect("the sample has the June workshop")
        .id
}

#[test]
fn the_four_views_by_click_and_by_key() {
    let mut h = june();
    assert_eq!(h.app.calendar.view, View::Month);
    assert!(h.shows("June 2017"), "the month's title");
    assert!(h.shows("Thu"), "weekday names head the grid");

    h.click("Week").unwrap();
    assert_eq!(h.app.calendar.view, View::Week);
    assert!(h.shows("All day"), "the week has an all-day row");
    assert!(h.shows("Week 24 · 12 Jun 2017 – 18 Jun 2017"));

    h.click("Agenda").unwrap();
    assert_eq!(h.app.calendar.view, View::Agenda);
    assert!(h.shows("Mon 12 Jun 2017"), "the agenda lists by day");

    h.click("Timeline").unwrap();
    assert_eq!(h.app.calendar.view, View::Timeline);
    assert!(h.shows("By work package"), "the timeline groups rows");
    h.click("By work package").unwrap();
    assert!(h.shows("No work package"));

    h.key("1", Modifiers::empty());
    assert_eq!(h.app.calendar.view, View::Month);
    h.key("3", Modifiers::empty());
    assert_eq!(h.app.calendar.view, View::Agenda);
}

#[test]
fn moving_between_months_by_key_and_back_to_today() {
    let mut h = june();
    h.press(Named::PageDown, Modifiers::empty());
    assert!(h.shows("July 2017"));
    h.press(Named::PageUp, Modifiers::empty());
    h.press(Named::PageUp, Modifiers::empty());
    assert!(h.shows("May 2017"));
    h.press(Named::ArrowRight, Modifiers::empty());
    assert_eq!(h.app.calendar.anchor, Some(day(2017, 5, 13)));
    h.press(Named::ArrowDown, Modifiers::empty());
    assert_eq!(h.app.calendar.anchor, Some(day(2017, 5, 20)));
    h.click("Today").unwrap();
    assert_eq!(h.app.calendar.anchor, Some(day(2017, 6, 20)));
    assert!(h.shows("June 2017"));
    h.press(Named::Home, Modifiers::empty());
    assert!(h.shows("November 2016"), "Home goes to the project's start");

    // The wheel down over the month grid turns to the next month.
    calendar(&mut h, CalendarMessage::Wheel(-1.0));
    assert!(h.shows("December 2016"));

    calendar(&mut h, CalendarMessage::JumpEdited("29.06.2017".into()));
    calendar(&mut h, CalendarMessage::JumpSubmitted);
    assert_eq!(h.app.calendar.anchor, Some(day(2017, 6, 29)));
    calendar(&mut h, CalendarMessage::JumpEdited("someday".into()));
    calendar(&mut h, CalendarMessage::JumpSubmitted);
    assert!(h.shows("Not a date: write 2017-06-29 or 29.06.2017"));
}

#[test]
fn filtering_by_one_partner_hides_the_others_and_clears_in_one_click() {
    let mut h = june();
    assert!(h.shows("Workshop for entrepreneurs and administrators of Regional Innovation Networks and industrial districts"));
    h.click("Partner").unwrap();
    h.click("HES-SO · HES-SO//FR").unwrap();
    assert_eq!(
        h.app.calendar.filter.partners.iter().collect::<Vec<_>>(),
        vec![&PartnerId::new("HES-SO")]
    );
    assert!(h.shows("Partner (1)"), "the active filter shows");
    assert!(
        !h.shows("Workshop for entrepreneurs and administrators of Regional Innovation Networks and industrial districts"),
        "Veneto's workshop is hidden"
    );
    let hides = (1..200).any(|n| h.shows(&format!("The filters hide {n} items")));
    assert!(hides, "the calendar says how many items the filters hide");

    h.click("Clear filters").unwrap();
    assert!(h.app.calendar.filter.is_empty());
    assert!(h.shows("Workshop for entrepreneurs and administrators of Regional Innovation Networks and industrial districts"));
}

#[test]
fn creating_an_activity_through_the_editor_then_undo() {
    let mut h = june();
    let before = h.app.plan.activities.len();
    h.key("n", Modifiers::empty());
    assert!(h.shows("New activity"), "N opens the editor");
    assert!(h.shows("Give the activity a title."), "a title is required");
    h.click("Save activity").unwrap();
    assert_eq!(
        h.app.plan.activities.len(),
        before,
        "a broken item is not saved"
    );

    h.type_into(calendar::editor::TITLE_INPUT, "Alpine cluster webinar")
        .unwrap();
    assert!(!h.shows("Give the activity a title."));
    h.click("Save activity").unwrap();
    assert_eq!(h.app.plan.activities.len(), before + 1);
    let added = h.app.plan.activities.last().unwrap();
    assert_eq!(added.title, "Alpine cluster webinar");
    assert_eq!(
        added.when,
        When::Days {
            start: day(2017, 6, 12),
            end: day(2017, 6, 12)
        },
        "on the day in focus"
    );
    assert!(h.app.calendar.editor.is_none(), "saving closes the editor");
    h.key("2", Modifiers::empty());
    assert!(h.shows("Alpine cluster webinar"), "the week shows it");

    h.key("z", Modifiers::CTRL);
    assert_eq!(h.app.plan.activities.len(), before, "undo removes it");
}

#[test]
fn the_editor_refuses_an_end_before_the_start_and_dates_outside_the_project() {
    let mut h = june();
    let before = (*h.app.plan).clone();
    calendar(
        &mut h,
        CalendarMessage::Create(day(2017, 6, 12), Some(10 * 60)),
    );
    h.type_into(calendar::editor::TITLE_INPUT, "Press conference")
        .unwrap();
    assert!(h.shows("Time zone"), "an item made at an hour is timed");
    h.click("All day").unwrap();
    assert!(!h.shows("Time zone"), "a whole-day item has no times");
    h.click("All day").unwrap();
    assert!(h.shows("Time zone"));

    calendar(
        &mut h,
        CalendarMessage::Editor(calendar::editor::Message::EndEdited(String::new())),
    );
    h.type_into(calendar::editor::END_INPUT, "2017-06-10")
        .unwrap();
    assert!(h.shows("The end comes before the start."));
    h.click("Save activity").unwrap();
    assert_eq!(*h.app.plan, before, "nothing saved");

    calendar(
        &mut h,
        CalendarMessage::Editor(calendar::editor::Message::EndEdited("2020-01-01".into())),
    );
    assert!(h.shows("The project runs from 1 Nov 2016 to 30 Apr 2019."));
    h.click("Save activity").unwrap();
    assert_eq!(*h.app.plan, before, "nothing saved");

    h.press(Named::Delete, Modifiers::empty());
    assert_eq!(*h.app.plan, before, "Delete in the editor removes nothing");
    h.press(Named::Escape, Modifiers::empty());
    assert!(h.app.calendar.editor.is_none(), "Escape closes the editor");
    assert_eq!(*h.app.plan, before);
}

#[test]
fn moving_an_item_by_keyboard_and_by_drag_then_undo() {
    let mut h = june();
    let id = workshop(&h);
    let original = h.app.plan.activity(id).unwrap().when.clone();
    let pick = Pick { id, step: 0 };

    // A press on the item selects it (the drop on its own day moves nothing).
    calendar(&mut h, CalendarMessage::Pressed(pick, Grip::Move));
    calendar(&mut h, CalendarMessage::DragCancelled);
    assert_eq!(h.app.calendar.selected, Some(pick));
    assert_eq!(h.app.plan.activity(id).unwrap().when, original);

    h.press(Named::ArrowRight, Modifiers::ALT);
    assert_eq!(
        h.app.plan.activity(id).unwrap().when,
        original.shifted(1),
        "Alt+Right moves it a day later"
    );
    h.press(Named::ArrowDown, Modifiers::ALT);
    assert_eq!(h.app.plan.activity(id).unwrap().when, original.shifted(8));

    // Drag from its day to three days later.
    calendar(&mut h, CalendarMessage::Pressed(pick, Grip::Move));
    drag_between(
        &mut h,
        spot(day(2017, 7, 7), None),
        spot(day(2017, 7, 10), None),
    );
    assert_eq!(h.app.plan.activity(id).unwrap().when, original.shifted(11));

    for _ in 0..3 {
        h.key("z", Modifiers::CTRL);
    }
    assert_eq!(
        h.app.plan.activity(id).unwrap().when,
        original,
        "three undos put it back"
    );
}

#[test]
fn resizing_in_the_week_by_keyboard_and_by_dragging_the_edge() {
    let mut h = june();
    h.key("2", Modifiers::empty());
    let id = workshop(&h);
    let pick = Pick { id, step: 0 };
    calendar(&mut h, CalendarMessage::Pressed(pick, Grip::Move));
    calendar(&mut h, CalendarMessage::DragCancelled);
    let When::Timed { start, end, .. } = h.app.plan.activity(id).unwrap().when.clone() else {
        panic!("the workshop is timed");
    };

    h.press(Named::ArrowDown, Modifiers::ALT | Modifiers::SHIFT);
    let When::Timed { end: longer, .. } = h.app.plan.activity(id).unwrap().when.clone() else {
        panic!("still timed");
    };
    assert_eq!(longer - end, chrono::Duration::minutes(30), "ends later");

    // Drag the lower edge from 14:00 to 16:00.
    calendar(&mut h, CalendarMessage::Pressed(pick, Grip::End));
    drag_between(
        &mut h,
        spot(day(2017, 6, 29), Some(14 * 60)),
        spot(day(2017, 6, 29), Some(16 * 60)),
    );
    let When::Timed {
        start: same,
        end: latest,
        ..
    } = h.app.plan.activity(id).unwrap().when.clone()
    else {
        panic!("still timed");
    };
    assert_eq!(same, start, "resizing keeps the start");
    assert_eq!(latest - longer, chrono::Duration::hours(2));
}

#[test]
fn duplicate_and_delete_the_selected_item_are_undoable() {
    let mut h = june();
    let id = workshop(&h);
    let before = h.app.plan.activities.len();
    calendar(
        &mut h,
        CalendarMessage::Pressed(Pick { id, step: 0 }, Grip::Move),
    );
    h.key("d", Modifiers::CTRL);
    assert_eq!(h.app.plan.activities.len(), before + 1);
    let copy = h.app.plan.activities.last().unwrap().clone();
    assert!(copy.title.ends_with("(copy)"));
    assert_ne!(copy.id, id);

    h.press(Named::Delete, Modifiers::empty());
    assert_eq!(
        h.app.plan.activities.len(),
        before,
        "Delete removes the copy"
    );
    h.key("z", Modifiers::CTRL);
    assert!(
        h.app.plan.activity(copy.id).is_some(),
        "undo brings it back"
    );
}

#[test]
fn overlapping_items_of_one_partner_show_as_a_conflict() {
    let mut h = june();
    let id = workshop(&h);
    let conflicts = |h: &Harness| {
        (0..20)
            .find(|n| {
                let text = match n {
                    1 => "one conflict".to_owned(),
                    n => format!("{n} conflicts"),
                };
                h.shows(&format!("55 activities · {text}"))
                    || h.shows(&format!("56 activities · {text}"))
            })
            .unwrap_or(0)
    };
    let before = conflicts(&h);
    calendar(
        &mut h,
        CalendarMessage::Pressed(Pick { id, step: 0 }, Grip::Move),
    );
    h.key("d", Modifiers::CTRL);
    assert_eq!(
        conflicts(&h),
        before + 2,
        "the copy on the same day and time conflicts with the original"
    );
}

#[test]
fn the_calendar_opens_on_the_view_and_day_it_was_left() {
    let mut h = june();
    h.click("Week").unwrap();
    h.press(Named::PageDown, Modifiers::empty());
    h.settle_settings();
    let saved = Settings::load(&h.app.paths.settings_file());
    assert_eq!(saved.calendar_view.as_deref(), Some("week"));
    assert_eq!(saved.calendar_date, Some(day(2017, 6, 19)));

    let again = commplan::app::App::new(h.app.paths.clone(), saved, (*h.app.plan).clone());
    assert_eq!(again.calendar.view, View::Week);
    assert_eq!(again.calendar.anchor, Some(day(2017, 6, 19)));
    assert_eq!(again.screen, Screen::Calendar);
}

#[test]
fn arrow_keys_write_the_settings_once_still_and_off_the_ui_thread() {
    let mut h = june();
    h.settle_settings();
    let file = h.app.paths.settings_file();
    let writes = h.app.settings_writes();
    let on_disk = std::fs::read_to_string(&file).expect("the settings were written");

    let pressing = std::time::Instant::now();
    for _ in 0..40 {
        h.press(Named::ArrowRight, Modifiers::empty());
    }
    assert_eq!(h.app.settings.calendar_date, Some(day(2017, 7, 22)));
    assert_eq!(h.app.settings_writes(), writes, "no write per key");
    // A tick before the keys were still writes nothing either.
    h.update(Message::Tick(pressing));
    assert_eq!(h.app.settings_writes(), writes);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), on_disk);

    h.settle_settings();
    assert_eq!(h.app.settings_writes(), writes + 1, "one write for 40 keys");
    let saved = Settings::load(&file);
    assert_eq!(saved.calendar_date, Some(day(2017, 7, 22)), "the last day");

    h.settle_settings();
    h.click("Calendar").unwrap();
    h.settle_settings();
    assert_eq!(
        h.app.settings_writes(),
        writes + 1,
        "settings that did not change are not written again"
    );
}

#[test]
fn closing_the_window_writes_the_settings_changed_last() {
    let mut h = june();
    h.settle_settings();
    for _ in 0..3 {
        h.press(Named::ArrowRight, Modifiers::empty());
    }
    h.update(Message::CloseRequested(iced::window::Id::unique()));
    let saved = Settings::load(&h.app.paths.settings_file());
    assert_eq!(saved.calendar_date, Some(day(2017, 6, 15)));
}

#[test]
fn the_selected_item_says_when_and_what_it_overlaps() {
    let mut h = june();
    let id = workshop(&h);
    let pick = Pick { id, step: 0 };
    calendar(&mut h, CalendarMessage::Pressed(pick, Grip::Move));
    assert!(
        h.shows("29 Jun 2017, 09:30–13:30"),
        "the selection line gives the date and times"
    );
    assert!(h.shows("Europe/Rome"), "and their zone");
    assert!(!h.shows("Overlaps with"), "no conflict yet");
    h.key("d", Modifiers::CTRL);
    // The copy is selected, and overlaps the original.
    assert!(h.shows(
        "Overlaps with Workshop for entrepreneurs and administrators of Regional Innovation Networks and industrial districts"
    ));
}

#[test]
fn dragging_a_bar_in_the_timeline_moves_it_to_where_it_is_dropped() {
    let mut h = june();
    h.key("4", Modifiers::empty());
    let id = workshop(&h);
    let original = h.app.plan.activity(id).unwrap().when.clone();
    let pick = Pick { id, step: 0 };
    calendar(&mut h, CalendarMessage::Pressed(pick, Grip::Move));
    drag_between(
        &mut h,
        spot(day(2017, 6, 29), None),
        spot(day(2017, 7, 4), None),
    );
    assert_eq!(h.app.plan.activity(id).unwrap().when, original.shifted(5));
    // A later press and release in place moves nothing.
    calendar(&mut h, CalendarMessage::Pressed(pick, Grip::Move));
    calendar(&mut h, CalendarMessage::DragCancelled);
    assert_eq!(h.app.plan.activity(id).unwrap().when, original.shifted(5));
}

#[test]
fn whole_day_items_take_four_lanes_in_the_week_and_the_rest_are_listed_in_place() {
    // Six copies of the sample's five-month stress test: four lanes of
    // bars, and two more counted on every day of the week.
    let mut plan = commplan_core::sample::plan().expect("the sample loads");
    let stress = plan
        .activities
        .iter()
        .find(|a| a.title.starts_with("S3 stress test"))
        .expect("the sample has the stress test")
        .clone();
    for n in 1..=5 {
        let mut copy = stress.clone();
        copy.id = plan.next_activity_id();
        copy.title = format!("Stress copy {n}");
        plan.activities.push(copy);
    }
    let mut h = Harness::with_plan(plan);
    h.app.today = day(2017, 6, 20);
    h.click("Calendar").unwrap();
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 6, 12)));
    h.click("Week").unwrap();

    // Bars in lanes across the week, starting in Monday's column.
    let bar = h
        .bounds("S3 stress test: interviews in the partner regions")
        .expect("the stress test shows in the all-day row");
    let monday = h.bounds("Mon 12").expect("Monday heads its column");
    assert!(bar.x < monday.x + monday.width, "the bar starts on Monday");
    assert!(h.shows("Stress copy 3"), "the fourth lane is drawn");
    // Two copies found no lane: each day says so.
    assert!(!h.shows("Stress copy 5"), "a fifth lane is not drawn");
    assert!(h.shows("+2 more"), "the days count what is not drawn");

    h.click("+2 more").unwrap();
    assert_eq!(h.app.calendar.view, View::Week, "the week stays");
    assert!(h.shows("Stress copy 5"), "the day's list shows them all");
}
