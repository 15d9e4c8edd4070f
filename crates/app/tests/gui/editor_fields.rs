//! The activity editor's date, time and zone fields, as a person uses
//! them: a start date picked in the month calendar, 10:15 picked from the
//! list of times, a zone found by typing "lisbon"; Cancel leaves the plan
//! as it was, and in a read-only window the editor changes nothing.

use crate::support::{self as gui, Mouse};

use chrono::{NaiveDate, NaiveTime};
use commplan::app::{App, Message};
use commplan::screen::calendar::editor::{self, DateField, ListField, Message as EditorMessage};
use commplan::screen::calendar::{Message as CalendarMessage, Pick, View};
use commplan_core::{Activity, ActivityId, When};
use gui::Harness;

const WORKSHOP: &str = "Workshop of 29 June announced on the Regione del Veneto website";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn calendar(h: &mut Harness, message: CalendarMessage) {
    h.update(Message::Calendar(message));
}

fn edit(h: &mut Harness, message: EditorMessage) {
    calendar(h, CalendarMessage::Editor(message));
}

/// The sample on the calendar's month of June 2017.
fn june() -> Harness {
    let mut h = Harness::sample();
    h.app.today = day(2017, 6, 20);
    h.click("Calendar").unwrap();
    calendar(&mut h, CalendarMessage::ViewChosen(View::Month));
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 6, 12)));
    h
}

fn workshop(h: &Harness) -> &Activity {
    h.app
        .plan
        .activities
        .iter()
        .find(|a| a.title == WORKSHOP)
        .expect("the sample's workshop announcement")
}

/// Clicks at a person's pace on the last place `text` shows (a list or
/// calendar over the form comes after the form and the view behind it).
fn click_last(h: &mut Harness, mouse: &mut Mouse, text: &str) {
    let at = mouse
        .find(h, text)
        .unwrap_or_else(|| panic!("“{text}” shows"));
    mouse.click_at(h, at.center());
}

/// A new timed activity on 13 June 2017 at 10:00 with a title.
fn new_call(h: &mut Harness) -> ActivityId {
    calendar(h, CalendarMessage::Create(day(2017, 6, 13), Some(10 * 60)));
    h.type_into(editor::TITLE_INPUT, "Partner call").unwrap();
    h.app.calendar.editor.as_ref().unwrap().activity_id()
}

fn timed(h: &Harness, id: ActivityId) -> (String, String, String) {
    match &h.app.plan.activity(id).expect("saved").when {
        When::Timed { start, end, zone } => (
            start.format("%Y-%m-%d %H:%M").to_string(),
            end.format("%Y-%m-%d %H:%M").to_string(),
            zone.name().to_owned(),
        ),
        When::Days { .. } => panic!("a timed item"),
    }
}

#[test]
fn a_start_date_picked_in_the_calendar_moves_the_item_once_saved() {
    let mut h = june();
    let mut mouse = Mouse::new();
    let id = workshop(&h).id;
    let before = (*h.app.plan).clone();
    calendar(&mut h, CalendarMessage::ItemOpened(Pick { id, step: 0 }));
    edit(&mut h, EditorMessage::PickerToggled(DateField::Start));
    // (The view behind says "June 2017" too; a month on is the picker's.)
    edit(&mut h, EditorMessage::PickerMoved(1));
    assert!(
        h.shows("July 2017"),
        "the calendar opens on the start's month"
    );
    edit(&mut h, EditorMessage::PickerMoved(-1));
    assert!(!h.shows("July 2017"));
    // 20 June, clicked in the month calendar over the form.
    click_last(&mut h, &mut mouse, "20");
    assert!(h.shows("2017-06-20"), "the field holds the day picked");
    edit(&mut h, EditorMessage::PickerMoved(1));
    assert!(!h.shows("July 2017"), "picking closed the calendar");
    assert_eq!(*h.app.plan, before, "nothing changes before Save");
    assert!(h.app.calendar.unsaved(), "the editor holds the change");
    h.click("Save activity").unwrap();
    assert_eq!(
        workshop(&h).when,
        When::Days {
            start: day(2017, 6, 20),
            end: day(2017, 6, 20)
        },
        "a one-day item stays one day long"
    );
    // Typed dates in the language's order still count.
    calendar(&mut h, CalendarMessage::ItemOpened(Pick { id, step: 0 }));
    edit(&mut h, EditorMessage::StartEdited("21/06/2017".into()));
    h.click("Save activity").unwrap();
    assert_eq!(workshop(&h).when.start_date(), day(2017, 6, 21));
}

#[test]
fn opening_a_calendar_or_a_list_is_no_change() {
    let mut h = june();
    let id = workshop(&h).id;
    calendar(&mut h, CalendarMessage::ItemOpened(Pick { id, step: 0 }));
    edit(&mut h, EditorMessage::PickerToggled(DateField::End));
    edit(&mut h, EditorMessage::PickerMoved(3));
    assert!(!h.app.calendar.unsaved(), "looking at a month is no change");
    edit(&mut h, EditorMessage::PopupDismissed);
    assert!(!h.shows("September 2017"));
}

#[test]
fn ten_fifteen_is_picked_from_the_list_of_times_and_the_end_follows() {
    let mut h = june();
    let mut mouse = Mouse::new();
    let id = new_call(&mut h);
    // The arrow opens every quarter of the day.
    edit(&mut h, EditorMessage::ListToggled(ListField::StartTime));
    assert!(
        h.shows("00:15") && h.shows("00:45"),
        "the list in 15-minute steps"
    );
    edit(&mut h, EditorMessage::ListToggled(ListField::StartTime));
    assert!(!h.shows("00:15"), "the arrow closes it again");
    // Typing narrows it: the field emptied, then "10" typed key by key.
    edit(&mut h, EditorMessage::StartTimeEdited(String::new()));
    h.type_into(editor::START_TIME_INPUT, "10").unwrap();
    for time in ["10:00", "10:15", "10:30", "10:45"] {
        assert!(h.shows(time), "{time} is offered");
    }
    assert!(!h.shows("11:15"), "only what starts with 10");
    click_last(&mut h, &mut mouse, "10:15");
    assert!(!h.shows("10:45"), "picking closes the list");
    h.click("Save activity").unwrap();
    assert_eq!(
        timed(&h, id),
        (
            "2017-06-13 10:15".into(),
            "2017-06-13 11:15".into(),
            "Europe/Rome".into()
        ),
        "the end keeps the hour's length"
    );
}

#[test]
fn a_typed_time_counts_and_the_end_keeps_the_length_set_by_the_end() {
    let mut h = june();
    let id = new_call(&mut h);
    edit(&mut h, EditorMessage::EndTimeEdited("11.30".into()));
    // Typed a key at a time: 9, :, 3, 0 (each an intermediate time).
    edit(&mut h, EditorMessage::StartTimeEdited(String::new()));
    for typed in ["9", "9:", "9:3", "9:30"] {
        edit(&mut h, EditorMessage::StartTimeEdited(typed.into()));
    }
    h.click("Save activity").unwrap();
    assert_eq!(
        timed(&h, id).0.as_str(),
        "2017-06-13 09:30",
        "“9:30” is read as a time"
    );
    assert_eq!(
        timed(&h, id).1.as_str(),
        "2017-06-13 11:00",
        "90 minutes on"
    );
}

#[test]
fn a_zone_is_found_by_typing_lisbon_in_any_case() {
    let mut h = june();
    let mut mouse = Mouse::new();
    let id = new_call(&mut h);
    assert_eq!(
        h.app.plan.project.time_zone.map(|z| z.name()),
        None,
        "the sample has no project zone"
    );
    edit(&mut h, EditorMessage::ZoneEdited(String::new()));
    h.type_into(editor::ZONE_INPUT, "LJUBLJANA").unwrap();
    assert!(h.shows("Ljubljana · Slovenia · Europe/Ljubljana"));
    edit(&mut h, EditorMessage::ZoneEdited(String::new()));
    h.type_into(editor::ZONE_INPUT, "lisbon").unwrap();
    click_last(&mut h, &mut mouse, "Lisbon · Portugal · Europe/Lisbon");
    assert!(
        !h.shows("Lisbon · Portugal · Europe/Lisbon"),
        "picking closes the list"
    );
    h.click("Save activity").unwrap();
    assert_eq!(timed(&h, id).2.as_str(), "Europe/Lisbon");
}

#[test]
fn a_zone_is_found_by_its_country() {
    let mut h = june();
    let mut mouse = Mouse::new();
    let id = new_call(&mut h);
    let before = h.app.plan.clone();
    edit(&mut h, EditorMessage::ZoneEdited(String::new()));
    h.type_into(editor::ZONE_INPUT, "portugal").unwrap();
    assert!(h.shows("Lisbon · Portugal · Europe/Lisbon"));
    assert!(
        h.shows("Madeira · Portugal · Atlantic/Madeira"),
        "every zone of the country"
    );
    assert_eq!(h.app.plan, before, "typing and looking change nothing");
    // A zone shared by several countries is found by each of them.
    edit(&mut h, EditorMessage::ZoneEdited(String::new()));
    h.type_into(editor::ZONE_INPUT, "Liechtenstein").unwrap();
    assert!(h.shows("Zurich · Switzerland · Europe/Zurich"));
    edit(&mut h, EditorMessage::ZoneEdited(String::new()));
    h.type_into(editor::ZONE_INPUT, "Atlantis").unwrap();
    assert!(h.shows(
        "No time zone matches “Atlantis”: try a city or a country, e.g. Lisbon or Portugal."
    ));
    edit(&mut h, EditorMessage::ZoneEdited(String::new()));
    h.type_into(editor::ZONE_INPUT, "PT").unwrap();
    click_last(&mut h, &mut mouse, "Lisbon · Portugal · Europe/Lisbon");
    h.click("Save activity").unwrap();
    assert_eq!(timed(&h, id).2.as_str(), "Europe/Lisbon");
}

#[test]
fn a_new_timed_item_takes_the_projects_zone() {
    let mut plan = commplan_core::sample::plan().unwrap();
    plan.project.time_zone = Some("Europe/Ljubljana".parse().unwrap());
    let mut h = Harness::with_plan(plan);
    h.click("Calendar").unwrap();
    let id = new_call(&mut h);
    h.click("Save activity").unwrap();
    assert_eq!(timed(&h, id).2.as_str(), "Europe/Ljubljana");
}

#[test]
fn cancel_after_picking_a_date_a_time_and_a_zone_leaves_the_plan_as_it_was() {
    let mut h = june();
    let mut mouse = Mouse::new();
    let id = workshop(&h).id;
    let before = (*h.app.plan).clone();
    calendar(&mut h, CalendarMessage::ItemOpened(Pick { id, step: 0 }));
    edit(&mut h, EditorMessage::AllDayToggled(false));
    edit(&mut h, EditorMessage::PickerToggled(DateField::Start));
    click_last(&mut h, &mut mouse, "22");
    edit(
        &mut h,
        EditorMessage::TimePicked(
            ListField::StartTime,
            NaiveTime::from_hms_opt(9, 45, 0).unwrap(),
        ),
    );
    edit(&mut h, EditorMessage::ZoneEdited("lisbon".into()));
    edit(
        &mut h,
        EditorMessage::ZonePicked("Europe/Lisbon".parse().unwrap()),
    );
    assert!(h.app.calendar.unsaved(), "the editor holds the changes");
    h.click("Cancel").unwrap();
    assert!(h.app.calendar.editor.is_none());
    assert_eq!(*h.app.plan, before, "Cancel changes nothing");
}

/// A second window on the plan the harness holds: read-only.
fn second_window(first: &Harness) -> Harness {
    let mut app = App::new(
        commplan::config::Paths::under(first.dir.path()),
        commplan::config::Settings::default(),
        commplan_core::Plan::empty("", first.app.plan.project.start),
    );
    app.open_now(first.plan_file());
    assert!(
        app.document.read_only.is_some(),
        "the second window is read-only"
    );
    Harness {
        app,
        dir: tempfile::tempdir().unwrap(),
    }
}

#[test]
fn a_read_only_windows_editor_shows_the_item_and_changes_nothing() {
    let first = june();
    let mut h = second_window(&first);
    let mut mouse = Mouse::new();
    h.click("Calendar").unwrap();
    calendar(&mut h, CalendarMessage::ViewChosen(View::Month));
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 6, 12)));
    let before = (*h.app.plan).clone();
    let item = mouse.find(&h, WORKSHOP).expect("the item shows");
    mouse.double_click_at(&mut h, iced::Point::new(item.x + 8.0, item.center_y()));
    let opened = h
        .app
        .calendar
        .editor
        .clone()
        .expect("the item opens to read");
    assert!(opened.is_read_only());
    assert!(h.shows("This plan is open read-only here: you can look, not change."));
    for absent in ["Save activity", "Cancel", "Really delete?"] {
        assert!(!h.shows(absent), "no “{absent}” in a read-only editor");
    }
    // Its values show, in plain fields.
    for value in [
        "2017-06-16",
        "Website update",
        "Done",
        "WP C · Communication",
    ] {
        assert!(h.shows(value), "{value} shows");
    }

    // A person tries every field: a click on each (where a pick list, a
    // calendar or a list would open), keys typed, Enter.
    let labels = [
        "Title",
        "Kind",
        "Status",
        "Responsible partner",
        "Work package",
        "Part of campaign",
        "Start date",
        "End date",
        "All day",
        "Repeats",
        "Notes",
    ];
    for label in labels {
        let Some(at) = mouse.find(&h, label) else {
            panic!("“{label}” shows");
        };
        let control = iced::Point::new(at.x + 12.0, at.y + at.height + 14.0);
        mouse.click_at(&mut h, control);
        assert_eq!(
            h.app.calendar.editor.as_ref(),
            Some(&opened),
            "a click on {label} changed nothing"
        );
        assert!(!h.shows("Publication"), "no list opens under {label}");
    }
    let _ = h.type_into(editor::TITLE_INPUT, "Typed in a read-only window");
    let _ = h.submit(editor::TITLE_INPUT);
    // Whatever reaches the editor does nothing but close it.
    for message in [
        EditorMessage::TitleEdited("x".into()),
        EditorMessage::PickerToggled(DateField::Start),
        EditorMessage::ListToggled(ListField::Zone),
        EditorMessage::DatePicked(DateField::Start, day(2017, 6, 1)),
        EditorMessage::ZonePicked("Europe/Lisbon".parse().unwrap()),
        EditorMessage::AllDayToggled(false),
        EditorMessage::DeleteConfirmed,
        EditorMessage::SavePressed,
    ] {
        edit(&mut h, message);
    }
    assert_eq!(h.app.calendar.editor.as_ref(), Some(&opened));
    edit(&mut h, EditorMessage::PickerMoved(1));
    assert!(!h.shows("July 2017"), "no calendar opened");
    assert!(!h.app.calendar.unsaved());
    h.click("Close").unwrap();
    assert!(h.app.calendar.editor.is_none());
    // The selection line's button opens it to read too.
    h.click("Show").unwrap();
    assert!(
        h.app
            .calendar
            .editor
            .as_ref()
            .is_some_and(|e| e.is_read_only())
    );
    h.click("Close").unwrap();
    assert_eq!(*h.app.plan, before, "the plan is as it was");
    drop(first);
}

#[test]
fn the_repetitions_last_day_is_picked_in_its_calendar() {
    use commplan_core::vocab::RepeatUnit;
    let mut h = june();
    let mut mouse = Mouse::new();
    let id = new_call(&mut h);
    edit(&mut h, EditorMessage::RepeatPicked(Some(RepeatUnit::Week)));
    edit(&mut h, EditorMessage::EndsPicked(editor::Ends::On));
    assert!(
        h.shows("2019-04-30"),
        "“on a date” starts on the project's end, not an empty field in red"
    );
    // The form scrolled to the field, as a person does.
    mouse.wheel(&mut h, iced::Point::new(640.0, 400.0), -300.0);
    edit(&mut h, EditorMessage::PickerToggled(DateField::Until));
    assert!(h.shows("April 2019"), "its calendar opens on that month");
    for _ in 0..22 {
        edit(&mut h, EditorMessage::PickerMoved(-1));
    }
    assert!(h.shows("June 2017"));
    edit(&mut h, EditorMessage::PickerMoved(1));
    click_last(&mut h, &mut mouse, "25");
    h.click("Save activity").unwrap();
    let rule = h.app.plan.activity(id).unwrap().recurrence.clone().unwrap();
    assert_eq!(rule.until, Some(day(2017, 7, 25)));
}

#[test]
fn escape_or_a_click_beside_closes_an_open_calendar_and_keeps_the_draft() {
    let mut h = june();
    let mut mouse = Mouse::new();
    new_call(&mut h);
    edit(&mut h, EditorMessage::PickerToggled(DateField::Start));
    edit(&mut h, EditorMessage::PickerMoved(1));
    assert!(h.shows("July 2017"));
    mouse.key(&mut h, iced::keyboard::key::Named::Escape);
    assert!(!h.shows("July 2017"), "Escape closes the calendar");
    assert!(h.app.calendar.editor.is_some(), "and only the calendar");
    edit(&mut h, EditorMessage::ListToggled(ListField::Zone));
    assert!(h.shows("Rome · Italy · Europe/Rome"));
    // Beside the dialog, on the dimmed calendar.
    mouse.click_at(&mut h, iced::Point::new(300.0, 600.0));
    assert!(
        !h.shows("Rome · Italy · Europe/Rome"),
        "a click beside closes the list"
    );
    assert!(h.app.calendar.editor.is_some(), "and keeps the draft");
    mouse.key(&mut h, iced::keyboard::key::Named::Escape);
    assert!(
        h.app.calendar.editor.is_none(),
        "then Escape closes the editor"
    );
}
