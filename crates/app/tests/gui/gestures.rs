//! The calendar's other gestures at a person's pace: a double click opens
//! an item whether or not it was selected, and on an empty day or hour
//! creates one there; "+N more" lists the day's items in place; Escape
//! clears the selection; a timed item over several days shows on each of
//! its days and with its whole range.

use crate::support::{Harness, Mouse};

use chrono::NaiveDate;
use commplan::app::Message;
use commplan::screen::calendar::{Message as CalendarMessage, View};
use commplan_core::{ActivityId, Plan};
use iced::keyboard::key::Named;
use iced::{Point, Rectangle};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn on(view: View, anchor: NaiveDate) -> Harness {
    let mut h = Harness::sample();
    h.app.today = day(2017, 6, 20);
    h.click("Calendar")
        .expect("the sidebar leads to the calendar");
    h.update(Message::Calendar(CalendarMessage::ViewChosen(view)));
    h.update(Message::Calendar(CalendarMessage::DayPicked(anchor)));
    h
}

fn point_on(bounds: Rectangle) -> Point {
    Point::new(bounds.x + (bounds.width / 2.0).min(8.0), bounds.center_y())
}

fn id_of(plan: &Plan, title: &str) -> ActivityId {
    plan.activities
        .iter()
        .find(|a| a.title == title)
        .unwrap_or_else(|| panic!("the sample has {title:?}"))
        .id
}

/// Double-clicks an item, unselected then selected, and checks the
/// editor opens on it each time (Escape closes it) and the plan stays.
fn double_click_opens(h: &mut Harness, mouse: &mut Mouse, title: &str) {
    let plan = (*h.app.plan).clone();
    let id = id_of(&plan, title);
    for selected in [false, true] {
        if !selected {
            mouse.key(h, Named::Escape);
            assert!(
                h.app.calendar.selected.is_none(),
                "Escape clears the selection"
            );
        }
        let at = point_on(
            mouse
                .find(h, title)
                .unwrap_or_else(|| panic!("{title:?} shown")),
        );
        mouse.double_click_at(h, at);
        let editor = h.app.calendar.editor.as_ref().unwrap_or_else(|| {
            panic!("a double click on {title:?} (selected: {selected}) opens the editor")
        });
        assert_eq!(editor.activity_id(), id);
        assert_eq!(*h.app.plan, plan, "opening changes nothing");
        mouse.key(h, Named::Escape);
        assert!(h.app.calendar.editor.is_none(), "Escape closes the editor");
        std::thread::sleep(std::time::Duration::from_millis(350));
    }
}

#[test]
fn a_double_click_opens_an_item_selected_or_not_in_every_view() {
    let mut h = on(View::Month, day(2017, 6, 12));
    let mut mouse = Mouse::new();
    double_click_opens(
        &mut h,
        &mut mouse,
        "Workshop of 29 June announced on the Regione del Veneto website",
    );
    let mut h = on(View::Month, day(2016, 11, 29));
    let mut mouse = Mouse::new();
    double_click_opens(&mut h, &mut mouse, "Kick-off meeting of the partnership");

    let mut h = on(View::Week, day(2018, 1, 25));
    let mut mouse = Mouse::new();
    mouse.wheel(&mut h, Point::new(700.0, 700.0), -300.0);
    double_click_opens(&mut h, &mut mouse, "Midterm workshop, Veneto");

    let mut h = on(View::Timeline, day(2018, 2, 1));
    let mut mouse = Mouse::new();
    double_click_opens(
        &mut h,
        &mut mouse,
        "Campaign: Midterm workshops in the participating regions",
    );
}

#[test]
fn a_double_click_on_an_empty_day_or_hour_creates_an_item_there() {
    let mut h = on(View::Month, day(2017, 6, 12));
    let mut mouse = Mouse::new();
    let plan = (*h.app.plan).clone();
    // Wednesday 21 June 2017 has nothing: a double click under its number.
    let number = mouse.find(&h, "21").expect("the 21st is in the grid");
    mouse.double_click_at(&mut h, Point::new(number.center_x(), number.y + 40.0));
    let editor = h.app.calendar.editor.as_ref().expect("a new item's editor");
    assert!(editor.is_new());
    assert!(h.shows("2017-06-21"), "the new item starts that day");
    assert_eq!(*h.app.plan, plan, "nothing is added before Save");
    mouse.key(&mut h, Named::Escape);

    let mut h = on(View::Week, day(2018, 1, 25));
    let mut mouse = Mouse::new();
    mouse.wheel(&mut h, Point::new(700.0, 700.0), -300.0);
    let (header, hour) = (
        mouse.find(&h, "Tue 23").expect("Tuesday's header"),
        mouse.find(&h, "15:00").expect("15:00 in view"),
    );
    // A quarter of an hour past 15:00 on Tuesday.
    mouse.double_click_at(&mut h, Point::new(header.center_x(), hour.y + 11.0));
    let editor = h.app.calendar.editor.as_ref().expect("a new item's editor");
    assert!(editor.is_new());
    assert!(h.shows("2018-01-23"), "on Tuesday");
    assert!(h.shows("15:00"), "at 15:00");
}

#[test]
fn more_lists_the_days_items_in_place_and_escape_closes_it() {
    let mut plan = commplan_core::sample::plan().expect("the sample loads");
    let title = "Workshop of 29 June announced on the Regione del Veneto website";
    let original = plan
        .activities
        .iter()
        .find(|a| a.title == title)
        .unwrap()
        .clone();
    for n in 1..=5 {
        let mut copy = original.clone();
        copy.id = plan.next_activity_id();
        copy.title = format!("Announcement {n}");
        plan.activities.push(copy);
    }
    let mut h = Harness::with_plan(plan);
    h.app.today = day(2017, 6, 20);
    h.click("Calendar").unwrap();
    h.update(Message::Calendar(CalendarMessage::ViewChosen(View::Month)));
    h.update(Message::Calendar(CalendarMessage::DayPicked(day(
        2017, 6, 12,
    ))));
    let mut mouse = Mouse::new();
    let more = (1..=6)
        .find_map(|n| mouse.find(&h, &format!("+{n} more")).map(|b| (n, b)))
        .expect("the full day says how many more");
    assert!(!h.shows("Announcement 5"), "not all fit");
    mouse.click_at(&mut h, more.1.center());
    assert_eq!(h.app.calendar.view, View::Month, "the month stays");
    assert!(h.shows("Fri 16 Jun 2017"), "the day's list is open");
    for n in 1..=5 {
        assert!(h.shows(&format!("Announcement {n}")), "it lists every item");
    }
    // An item of the list selects by a click.
    let fifth = mouse.find(&h, "Announcement 5").unwrap();
    mouse.click_at(&mut h, point_on(fifth));
    assert_eq!(
        h.app.calendar.selected.map(|p| p.id),
        Some(id_of(&h.app.plan, "Announcement 5"))
    );
    mouse.key(&mut h, Named::Escape);
    assert!(!h.shows("Fri 16 Jun 2017"), "Escape closes the list");
    assert!(h.app.calendar.selected.is_some(), "and keeps the selection");
    mouse.key(&mut h, Named::Escape);
    assert!(
        h.app.calendar.selected.is_none(),
        "a second Escape clears it"
    );
}

#[test]
fn a_timed_item_over_two_days_shows_on_each_and_with_its_whole_range() {
    let h = on(View::Agenda, day(2016, 11, 29));
    let mut mouse = Mouse::new();
    let title = "Kick-off meeting of the partnership";
    assert_eq!(
        mouse.count(&h, title),
        2,
        "the agenda lists it on both days"
    );
    assert!(h.shows("10:00–") && h.shows("–13:00"));

    let mut h = on(View::Week, day(2016, 11, 29));
    let mut mouse = Mouse::new();
    let bar = mouse.find(&h, title).expect("shown in the week");
    let midnight = mouse.find(&h, "00:00").expect("the hours");
    assert!(bar.y < midnight.y, "a bar over its days, above the hours");
    mouse.click_at(&mut h, point_on(bar));
    assert!(
        h.shows("29 Nov 2016 10:00 – 30 Nov 2016 13:00"),
        "the selection line gives the whole range"
    );
}

#[test]
fn opening_the_search_keeps_the_agenda_where_it_was() {
    let mut h = on(View::Agenda, day(2017, 6, 12));
    let mut mouse = Mouse::new();
    mouse.wheel(&mut h, Point::new(700.0, 600.0), -400.0);
    let titles: Vec<String> = h
        .app
        .plan
        .activities
        .iter()
        .map(|a| a.title.clone())
        .collect();
    let (title, before) = titles
        .iter()
        .find_map(|t| mouse.find(&h, t).map(|b| (t.clone(), b)))
        .expect("an item in view");
    h.key("k", iced::keyboard::Modifiers::CTRL);
    mouse.wait(&mut h);
    assert!(h.shows("Ctrl+K") || h.app.jumped.is_none());
    let after = mouse.find(&h, &title).expect("still in view");
    assert_eq!(
        after.y, before.y,
        "the agenda kept its place behind the search"
    );
}

#[test]
fn deleting_a_campaign_names_its_items_and_deletes_or_keeps_them() {
    let mut plan = commplan_core::sample::plan().expect("the sample loads");
    // Without log entries reporting on them, so its items can go too.
    plan.log.clear();
    let mut h = Harness::with_plan(plan);
    h.app.today = day(2017, 6, 20);
    h.click("Calendar").unwrap();
    h.update(Message::Calendar(CalendarMessage::ViewChosen(
        View::Timeline,
    )));
    h.update(Message::Calendar(CalendarMessage::DayPicked(day(
        2018, 2, 1,
    ))));
    let title = "Campaign: Midterm workshops in the participating regions";
    let id = id_of(&h.app.plan, title);
    let items: Vec<ActivityId> = h
        .app
        .plan
        .activities
        .iter()
        .filter(|a| a.campaign == Some(id))
        .map(|a| a.id)
        .collect();
    assert!(items.len() > 2, "the campaign has items");
    let before = (*h.app.plan).clone();
    let pick = commplan::screen::calendar::Pick { id, step: 0 };
    h.update(Message::Calendar(CalendarMessage::Pressed(
        pick,
        commplan::screen::calendar::Grip::Move,
    )));
    h.press(Named::Delete, iced::keyboard::Modifiers::empty());
    assert_eq!(*h.app.plan, before, "nothing goes before the answer");
    assert!(h.shows(&format!("Delete the campaign “{title}”?")));
    assert!(h.shows(&format!("It has {} items:", items.len())));
    assert!(h.shows("• Midterm workshop, Veneto"), "its items are named");

    h.click("Keep the items, without the campaign").unwrap();
    assert!(h.app.plan.activity(id).is_none(), "the campaign went");
    for item in &items {
        let kept = h.app.plan.activity(*item).expect("the item stays");
        assert_eq!(kept.campaign, None, "without the campaign");
    }
    h.key("z", iced::keyboard::Modifiers::CTRL);
    assert_eq!(*h.app.plan, before, "one undo puts it all back");

    h.update(Message::Calendar(CalendarMessage::Pressed(
        pick,
        commplan::screen::calendar::Grip::Move,
    )));
    h.click("Delete").unwrap();
    h.click(&format!("Delete all {} too", items.len())).unwrap();
    assert!(h.app.plan.activity(id).is_none());
    assert!(items.iter().all(|i| h.app.plan.activity(*i).is_none()));
    h.key("z", iced::keyboard::Modifiers::CTRL);
    assert_eq!(*h.app.plan, before, "one undo puts it all back");
}
