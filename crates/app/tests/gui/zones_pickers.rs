//! Issue 17 outside the activity editor, and issue 15's long titles: a
//! foreign-zone item read in the project's zone too, the date pickers of
//! "Go to date", the log's From/To filters and the export range, and
//! titles cut with "…" that show in full on hover.

use crate::support as gui;

use chrono::NaiveDate;
use commplan::app::{Message, export};
use commplan::screen::calendar::{self, Grip, Message as CalendarMessage, Pick, View};
use commplan::screen::dissemination::{Bound, Message as LogMessage};
use commplan_core::When;
use gui::{Harness, Mouse};
use iced::Point;
use iced::keyboard::Modifiers;
use iced::keyboard::key::Named;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn calendar(h: &mut Harness, message: CalendarMessage) {
    h.update(Message::Calendar(message));
}

/// The sample as a project in Rome whose 29 June 2017 workshop (09:30–
/// 13:30) is held in Lisbon.
fn lisbon_workshop() -> (Harness, Pick) {
    let mut plan = commplan_core::sample::plan().expect("the sample loads");
    plan.project.time_zone = Some(chrono_tz::Europe::Rome);
    let workshop = plan
        .activities
        .iter_mut()
        .find(|a| a.title.starts_with("Workshop for entrepreneurs"))
        .expect("the sample has the June workshop");
    let When::Timed { zone, .. } = &mut workshop.when else {
        panic!("the workshop is timed");
    };
    *zone = chrono_tz::Europe::Lisbon;
    let pick = Pick {
        id: workshop.id,
        step: 0,
    };
    let mut h = Harness::with_plan(plan);
    h.app.today = day(2017, 6, 20);
    h.click("Calendar").unwrap();
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 6, 29)));
    (h, pick)
}

#[test]
fn a_lisbon_item_in_a_rome_project_reads_in_both_zones() {
    let (mut h, pick) = lisbon_workshop();
    let before = (*h.app.plan).clone();
    calendar(&mut h, CalendarMessage::Pressed(pick, Grip::Move));
    calendar(&mut h, CalendarMessage::DragCancelled);
    assert!(
        h.shows("29 Jun 2017, 10:30–14:30 Rome · 09:30–13:30 Lisbon"),
        "the selection line gives the project's time, then the item's own"
    );
    calendar(&mut h, CalendarMessage::ViewChosen(View::Week));
    assert!(
        h.shows("10:30 Rome · 09:30 Lisbon"),
        "the week's block starts at both times"
    );
    // The agenda, narrowed to the workshop so its line is in view.
    calendar(&mut h, CalendarMessage::ViewChosen(View::Agenda));
    h.type_into(calendar::SEARCH_INPUT, "Workshop for entrepreneurs")
        .unwrap();
    assert!(
        h.shows("10:30 Rome · 09:30 Lisbon"),
        "so does the agenda's line"
    );
    assert_eq!(*h.app.plan, before, "looking changed nothing");

    // An item in the project's own zone reads as before, once.
    let mut h = Harness::sample();
    h.click("Calendar").unwrap();
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 6, 29)));
    calendar(&mut h, CalendarMessage::ViewChosen(View::Week));
    assert!(h.shows("09:30–13:30"));
    assert!(!h.shows("Rome ·"));
}

#[test]
fn a_day_picked_in_go_to_date_moves_the_view_and_gives_the_keyboard_back() {
    let mut h = Harness::sample();
    h.app.today = day(2017, 6, 20);
    h.click("Calendar").unwrap();
    calendar(&mut h, CalendarMessage::ViewChosen(View::Week));
    calendar(&mut h, CalendarMessage::DayPicked(day(2017, 6, 12)));
    let before = (*h.app.plan).clone();
    let mut mouse = Mouse::new();
    let field = mouse
        .find_id(&h, calendar::JUMP_INPUT)
        .expect("the Go to date field");
    // Into the field, as a person about to type; then the calendar
    // button beside it.
    mouse.click_at(&mut h, field.center());
    mouse.click_at(
        &mut h,
        Point::new(field.x + field.width + 16.0, field.center_y()),
    );
    assert!(
        mouse.find(&h, "June 2017").is_some(),
        "the calendar opens on the month in view"
    );
    let (_, at) = mouse
        .texts(&h)
        .into_iter()
        .rfind(|(text, _)| text == "29")
        .expect("the 29th in the calendar");
    mouse.click_at(&mut h, at.center());
    assert_eq!(h.app.calendar.anchor, Some(day(2017, 6, 29)));
    assert!(h.shows("Week 26 · 26 Jun 2017 – 2 Jul 2017"));
    assert!(mouse.find(&h, "June 2017").is_none(), "picking closes it");
    // The arrows move the day again: the field no longer has them.
    mouse.key(&mut h, Named::ArrowRight);
    assert!(
        h.app.calendar.anchor > Some(day(2017, 6, 29)),
        "the calendar has the keyboard back ({:?})",
        h.app.calendar.anchor
    );
    // Typed dates keep working, in the language's order.
    calendar(&mut h, CalendarMessage::JumpEdited("03.07.2017".into()));
    calendar(&mut h, CalendarMessage::JumpSubmitted);
    assert_eq!(h.app.calendar.anchor, Some(day(2017, 7, 3)));
    // Escape closes an open calendar without moving the view.
    calendar(
        &mut h,
        CalendarMessage::JumpPicker(calendar::JumpPicker::Toggled),
    );
    assert!(h.shows("July 2017"));
    h.press(Named::Escape, Modifiers::empty());
    assert!(!h.shows("July 2017"));
    assert_eq!(h.app.calendar.anchor, Some(day(2017, 7, 3)));
    assert_eq!(*h.app.plan, before, "looking changed nothing");
}

#[test]
fn from_and_to_picked_in_the_log_filter_its_rows() {
    let mut h = Harness::sample();
    h.click("Dissemination").unwrap();
    let log = |h: &mut Harness, m| h.update(Message::Dissemination(m));
    let all = h.app.plan.log.len();
    log(&mut h, LogMessage::BoundPickerToggled(Bound::From));
    assert!(
        h.shows("November 2016"),
        "an empty field opens on the project's start"
    );
    log(&mut h, LogMessage::BoundPickerMoved(2));
    assert!(h.shows("January 2017"));
    log(&mut h, LogMessage::BoundPicked(day(2017, 1, 1)));
    assert!(!h.shows("January 2017"), "picking closes the calendar");
    log(&mut h, LogMessage::BoundPickerToggled(Bound::To));
    log(&mut h, LogMessage::BoundPicked(day(2017, 12, 31)));
    assert!(
        h.shows("2017-01-01") && h.shows("2017-12-31"),
        "the fields hold the days"
    );
    let in_2017 = h
        .app
        .plan
        .log
        .iter()
        .filter(|e| e.date >= day(2017, 1, 1) && e.date <= day(2017, 12, 31))
        .count();
    assert!(0 < in_2017 && in_2017 < all);
    assert!(
        h.shows(&format!("{in_2017} entries of {all}")),
        "the totals row counts 2017's entries"
    );
    // The To calendar opens on the date its field holds.
    log(&mut h, LogMessage::BoundPickerToggled(Bound::To));
    assert!(h.shows("December 2017"));
    log(&mut h, LogMessage::BoundPickerDismissed);
    assert!(!h.shows("December 2017"));
    // Escape closes an open calendar, and leaves an entry open in the
    // form alone.
    let entry = h.app.plan.log[0].id;
    log(&mut h, LogMessage::EditPressed(entry));
    log(&mut h, LogMessage::BoundPickerToggled(Bound::From));
    assert!(h.shows("January 2017"));
    h.press(Named::Escape, Modifiers::empty());
    assert!(!h.shows("January 2017"));
    assert!(h.shows("Save changes"), "the entry stays open in the form");
    assert!(h.shows("2017-12-31"), "dismissing changes nothing");
}

#[test]
fn the_export_range_is_picked_from_the_calendar() {
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    h.key("e", Modifiers::CTRL);
    let send = |h: &mut Harness, m| h.update(Message::Export(m));
    send(&mut h, export::Message::PickerToggled(export::Field::From));
    assert!(h.shows("November 2016"), "opens on the project's start");
    send(&mut h, export::Message::PickerMoved(7));
    assert!(h.shows("June 2017"));
    send(&mut h, export::Message::DatePicked(day(2017, 6, 1)));
    send(&mut h, export::Message::PickerToggled(export::Field::To));
    assert!(h.shows("June 2017"), "To opens on the month From holds");
    send(&mut h, export::Message::DatePicked(day(2017, 6, 30)));
    let dialog = h.app.export_dialog().expect("the dialog stays open");
    assert_eq!(
        (dialog.from.as_str(), dialog.to.as_str()),
        ("2017-06-01", "2017-06-30")
    );
    let request = dialog.request(&h.app.plan).expect("a good range");
    assert_eq!(request.scope.from, Some(day(2017, 6, 1)));
    assert_eq!(request.scope.to, Some(day(2017, 6, 30)));
    // Escape closes the calendar in front, not the dialog.
    send(&mut h, export::Message::PickerToggled(export::Field::To));
    h.press(Named::Escape, Modifiers::empty());
    assert!(h.app.export_dialog().is_some_and(|d| d.picker.is_none()));
    h.press(Named::Escape, Modifiers::empty());
    assert!(h.app.export_dialog().is_none());
}

/// A deliverable's title too long for its column.
const LONG: &str = "Final report on the transnational cluster cooperation in the \
                    Alpine Space, with the partners' regional action plans, the \
                    open calls, and every recommendation to the regions concerned";

/// The sample with `title` for its first deliverable, on the Deliverables
/// screen.
fn deliverables_with(title: &str) -> Harness {
    let mut plan = commplan_core::sample::plan().expect("the sample loads");
    plan.deliverables[0].title = title.into();
    let mut h = Harness::with_plan(plan);
    h.click("Deliverables").unwrap();
    h
}

#[test]
fn a_long_title_ends_in_an_ellipsis_and_shows_in_full_on_hover() {
    let mut h = deliverables_with(LONG);
    let before = (*h.app.plan).clone();
    let mut mouse = Mouse::new();
    mouse.wait(&mut h);
    let texts = mouse.texts(&h);
    let (cut, at) = texts
        .iter()
        .find(|(t, _)| {
            t.strip_suffix('…')
                .is_some_and(|kept| kept.len() > 10 && LONG.starts_with(kept))
        })
        .cloned()
        .expect("the title cut with …");
    assert!(cut.chars().count() < LONG.chars().count());

    // The same title with another last word looks the same, cut; resting
    // the pointer on it shows the difference: the tooltip holds the
    // whole title, past the cut. (iced's tooltips are drawn but not
    // reachable by the test selectors, hence pixels.)
    let other = deliverables_with(&LONG.replace("concerned", "involved"));
    let rest = std::time::Duration::from_millis(450);
    let folder = tempfile::tempdir().unwrap();
    // (The snapshot names its file after the path and the renderer.)
    let still = folder.path().join("still");
    let hovered = folder.path().join("hovered");
    let files = || std::fs::read_dir(folder.path()).unwrap().count();
    let rest_elsewhere = Point::new(5.0, 5.0);
    assert!(
        h.snapshot_hovering(rest_elsewhere, rest)
            .matches_image(&still)
            .unwrap()
    );
    assert_eq!(files(), 1, "the first snapshot is written");
    assert!(
        other
            .snapshot_hovering(rest_elsewhere, rest)
            .matches_image(&still)
            .unwrap(),
        "cut, the two titles read the same"
    );
    assert!(
        h.snapshot_hovering(at.center(), rest)
            .matches_image(&hovered)
            .unwrap()
    );
    assert_eq!(files(), 2);
    assert!(
        !other
            .snapshot_hovering(at.center(), rest)
            .matches_image(&hovered)
            .unwrap(),
        "on hover the tooltip shows the title's end"
    );
    assert_eq!(*h.app.plan, before, "looking changed nothing");
}
