//! The calendar with a mouse at a person's pace: a press, frames drawn
//! while the button is held, a release. A click selects and never changes
//! the plan, on any item of any view, selected or not; a drag past a few
//! pixels moves an item by exactly the cells (days, half hours) between
//! press and release; Escape cancels a drag.

use crate::support::{Harness, Mouse};

use chrono::{Duration, NaiveDate};
use commplan::app::Message;
use commplan::screen::calendar::{Message as CalendarMessage, View};
use commplan_core::{ActivityId, Plan, When};
use iced::{Point, Rectangle};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The sample on the calendar's `view`, on `anchor`.
fn on(view: View, anchor: NaiveDate) -> Harness {
    let mut h = Harness::sample();
    h.app.today = day(2017, 6, 20);
    h.click("Calendar")
        .expect("the sidebar leads to the calendar");
    h.update(Message::Calendar(CalendarMessage::ViewChosen(view)));
    h.update(Message::Calendar(CalendarMessage::DayPicked(anchor)));
    h
}

/// A point on an item whose title is laid out at `bounds`: a little into
/// its first letters, where the item is whatever its width.
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

/// Fails naming the activities that changed since `plan`.
fn unchanged(h: &Harness, plan: &Plan, what: &str) {
    let moved: Vec<String> = h
        .app
        .plan
        .activities
        .iter()
        .filter(|a| plan.activity(a.id) != Some(*a))
        .map(|a| format!("{:?} now {:?}", a.title, a.when))
        .collect();
    assert!(moved.is_empty(), "{what} changed the plan: {moved:?}");
    assert_eq!(*h.app.plan, *plan, "{what} changed the plan");
}

/// Clicks each item of the sample shown in the frame, twice (the second
/// time it is selected), and checks the plan never changes. Returns how
/// many items were clicked.
fn click_every_item(h: &mut Harness, mouse: &mut Mouse) -> usize {
    let plan = (*h.app.plan).clone();
    let titles: Vec<String> = plan.activities.iter().map(|a| a.title.clone()).collect();
    let mut clicked = 0;
    for title in titles {
        let Some(bounds) = mouse.find(h, &title) else {
            continue;
        };
        if bounds.width < 4.0 || bounds.height < 4.0 {
            continue;
        }
        let at = point_on(bounds);
        mouse.click_at(h, at);
        unchanged(h, &plan, &format!("a click on {title:?}"));
        let id = id_of(&plan, &title);
        assert_eq!(
            h.app.calendar.selected.map(|p| p.id),
            Some(id),
            "a click on {title:?} selects it"
        );
        // Again, now that it is selected (once a double click's time has
        // passed).
        std::thread::sleep(std::time::Duration::from_millis(350));
        mouse.click_at(h, at);
        unchanged(h, &plan, &format!("a click on the selected {title:?}"));
        assert!(
            h.app.calendar.editor.is_none(),
            "two single clicks open no editor"
        );
        clicked += 1;
    }
    assert!(!h.app.history.can_undo(), "nothing to undo after clicks");
    clicked
}

#[test]
fn a_click_on_any_item_of_the_month_changes_nothing() {
    let mut clicked = 0;
    for anchor in [day(2016, 11, 29), day(2017, 6, 12), day(2018, 2, 15)] {
        let mut h = on(View::Month, anchor);
        let mut mouse = Mouse::new();
        clicked += click_every_item(&mut h, &mut mouse);
    }
    assert!(clicked >= 6, "only {clicked} items clicked");
}

#[test]
fn a_click_on_any_item_of_the_week_changes_nothing_and_keeps_the_scroll() {
    let mut clicked = 0;
    for anchor in [
        day(2016, 11, 29),
        day(2018, 1, 25),
        day(2018, 2, 21),
        day(2017, 6, 29),
    ] {
        let mut h = on(View::Week, anchor);
        let mut mouse = Mouse::new();
        // To the morning, as a person would scroll.
        mouse.wheel(&mut h, Point::new(700.0, 700.0), -300.0);
        let hour = mouse.find(&h, "09:00");
        clicked += click_every_item(&mut h, &mut mouse);
        assert_eq!(
            mouse.find(&h, "09:00"),
            hour,
            "selecting keeps the hours where they were scrolled"
        );
    }
    assert!(clicked >= 5, "only {clicked} items clicked");
}

#[test]
fn a_click_on_any_bar_of_the_timeline_changes_nothing() {
    let mut clicked = 0;
    for anchor in [day(2017, 2, 1), day(2018, 2, 1), day(2018, 6, 1)] {
        let mut h = on(View::Timeline, anchor);
        let mut mouse = Mouse::new();
        clicked += click_every_item(&mut h, &mut mouse);
    }
    assert!(clicked >= 4, "only {clicked} bars clicked");
}

/// Drags the item titled `title` by `dx`, `dy` pixels (press, frames,
/// moves, release).
fn drag(h: &mut Harness, mouse: &mut Mouse, title: &str, dx: f32, dy: f32) {
    drag_from(h, mouse, title, 0.0, dx, dy);
}

/// Drags the item titled `title` from `inset` pixels further into it.
fn drag_from(h: &mut Harness, mouse: &mut Mouse, title: &str, inset: f32, dx: f32, dy: f32) {
    let bounds = mouse
        .find(h, title)
        .unwrap_or_else(|| panic!("{title:?} is on screen"));
    let from = point_on(bounds) + iced::Vector::new(inset, 0.0);
    mouse.drag(h, from, Point::new(from.x + dx, from.y + dy));
}

/// The distance between the centres of two texts on screen.
fn gap(h: &Harness, mouse: &mut Mouse, a: &str, b: &str) -> (f32, f32) {
    let a = mouse.find(h, a).unwrap_or_else(|| panic!("{a:?} shown"));
    let b = mouse.find(h, b).unwrap_or_else(|| panic!("{b:?} shown"));
    (b.center_x() - a.center_x(), b.center_y() - a.center_y())
}

/// The distance between the left edges of two texts on screen.
fn left_gap(h: &Harness, mouse: &mut Mouse, a: &str, b: &str) -> (f32, f32) {
    let a = mouse.find(h, a).unwrap_or_else(|| panic!("{a:?} shown"));
    let b = mouse.find(h, b).unwrap_or_else(|| panic!("{b:?} shown"));
    (b.x - a.x, b.y - a.y)
}

#[test]
fn a_drag_in_the_month_moves_by_exactly_the_days_between_press_and_release() {
    let mut h = on(View::Month, day(2017, 6, 12));
    let mut mouse = Mouse::new();
    let (width, _) = gap(&h, &mut mouse, "Mon", "Tue");
    let (_, height) = gap(&h, &mut mouse, "12", "19");
    for title in [
        "Workshop of 29 June announced on the Regione del Veneto website",
        "Workshop for entrepreneurs and administrators of Regional Innovation Networks and industrial districts",
    ] {
        let id = id_of(&h.app.plan, title);
        let original = h.app.plan.activity(id).unwrap().when.clone();
        let mut total = 0;
        // Friday 16 and Thursday 29 June: every move stays in the grid.
        for (columns, rows) in [(1, 0), (-2, 0), (0, 1), (-1, -1), (2, 0)] {
            drag(
                &mut h,
                &mut mouse,
                title,
                columns as f32 * width,
                rows as f32 * height,
            );
            total += columns + 7 * rows;
            assert_eq!(
                h.app.plan.activity(id).unwrap().when,
                original.shifted(total),
                "{title:?} dragged by {columns} columns and {rows} rows"
            );
        }
    }
}

#[test]
fn a_drag_in_the_week_moves_by_exactly_the_hours_and_days_between_press_and_release() {
    let mut h = on(View::Week, day(2018, 1, 25));
    let mut mouse = Mouse::new();
    mouse.wheel(&mut h, Point::new(700.0, 700.0), -300.0);
    let (width, _) = left_gap(&h, &mut mouse, "Mon 22", "Tue 23");
    let (_, hour) = gap(&h, &mut mouse, "09:00", "10:00");
    let title = "Midterm workshop, Veneto";
    let id = id_of(&h.app.plan, title);
    let When::Timed { start, end, .. } = h.app.plan.activity(id).unwrap().when.clone() else {
        panic!("timed");
    };
    let mut minutes = 0i64;
    let mut days = 0i64;
    for (columns, half_hours) in [(0, 2), (0, 3), (1, 0), (-1, -4), (2, 1)] {
        drag(
            &mut h,
            &mut mouse,
            title,
            columns as f32 * width,
            half_hours as f32 * hour / 2.0,
        );
        days += columns;
        minutes += 30 * half_hours;
        let delta = Duration::days(days) + Duration::minutes(minutes);
        let When::Timed {
            start: s, end: e, ..
        } = h.app.plan.activity(id).unwrap().when.clone()
        else {
            panic!("timed");
        };
        assert_eq!(
            (s, e),
            (start + delta, end + delta),
            "dragged by {columns} days and {half_hours} half hours"
        );
    }
}

#[test]
fn a_drag_in_the_timeline_moves_by_exactly_the_days_between_press_and_release() {
    let mut h = on(View::Timeline, day(2018, 2, 1));
    let mut mouse = Mouse::new();
    let (month, _) = left_gap(&h, &mut mouse, "February 2018", "March 2018");
    let width = month / 28.0;
    let title = "Campaign: Midterm workshops in the participating regions";
    let id = id_of(&h.app.plan, title);
    let original = h.app.plan.activity(id).unwrap().when.clone();
    let mut total = 0;
    for days in [3, -5, 12, 1] {
        // Pressed ten days into the bar, which starts with the view.
        drag_from(
            &mut h,
            &mut mouse,
            title,
            10.0 * width,
            days as f32 * width,
            0.0,
        );
        total += days;
        assert_eq!(
            h.app.plan.activity(id).unwrap().when,
            original.shifted(total),
            "dragged by {days} days"
        );
    }
}

#[test]
fn a_small_wobble_is_a_click_and_escape_cancels_a_drag() {
    let mut h = on(View::Month, day(2017, 6, 12));
    let mut mouse = Mouse::new();
    let plan = (*h.app.plan).clone();
    let title = "Workshop of 29 June announced on the Regione del Veneto website";
    let (width, _) = gap(&h, &mut mouse, "Mon", "Tue");
    // Two pixels of wobble between press and release: a click.
    drag(&mut h, &mut mouse, title, 2.0, 1.0);
    unchanged(&h, &plan, "a wobble");
    // A drag two days on, then Escape before the release.
    let from = point_on(mouse.find(&h, title).unwrap());
    mouse.move_to(&mut h, from);
    mouse.press(&mut h);
    mouse.move_to(&mut h, Point::new(from.x + width, from.y));
    mouse.move_to(&mut h, Point::new(from.x + 2.0 * width, from.y));
    mouse.key(&mut h, iced::keyboard::key::Named::Escape);
    mouse.release(&mut h);
    unchanged(&h, &plan, "a drag cancelled by Escape");
    assert!(
        h.app.calendar.selected.is_some(),
        "the Escape that gave up the drag keeps the selection"
    );
}
