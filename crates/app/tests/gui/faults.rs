//! Small faults seen on the way (issue 15), each held by a test here or
//! in the screen's own file (named in the note).

use crate::support::Harness;

use chrono::NaiveDate;
use commplan::app::Message;
use commplan::screen::calendar::{Message as CalendarMessage, View};

/// A month day with room for one line and two items shows one of them
/// and "+1 more" beside it, never "+2 more" with nothing above it; in
/// every window height from roomy to cramped.
#[test]
fn a_month_day_with_room_for_one_line_shows_one_item_and_one_more() {
    let mut plan = commplan_core::sample::plan().expect("the sample loads");
    let title = "Workshop of 29 June announced on the Regione del Veneto website";
    let original = plan
        .activities
        .iter()
        .find(|a| a.title == title)
        .expect("the sample's announcement")
        .clone();
    // The month holds these two items only (and no deadline).
    for entry in &mut plan.log {
        entry.activity = None;
    }
    plan.deliverables.clear();
    let mut original = original;
    original.campaign = None;
    plan.activities = vec![original.clone()];
    let mut copy = original.clone();
    copy.id = plan.next_activity_id();
    copy.title = "Second announcement".to_owned();
    plan.activities.push(copy);
    let mut h = Harness::with_plan(plan);
    h.click("Calendar").unwrap();
    h.update(Message::Calendar(CalendarMessage::ViewChosen(View::Month)));
    h.update(Message::Calendar(CalendarMessage::DayPicked(
        NaiveDate::from_ymd_opt(2017, 6, 12).unwrap(),
    )));
    let mut cramped = 0;
    for height in (480..=820).rev().step_by(20) {
        let size = iced::Size::new(1280.0, height as f32);
        assert!(
            !h.shows_in(size, "+2 more"),
            "{height} px: two items are never both hidden behind \"+2 more\""
        );
        if h.shows_in(size, "+1 more") {
            cramped += 1;
            assert!(
                h.shows_in(size, title) || h.shows_in(size, "Second announcement"),
                "{height} px: one item shows beside \"+1 more\""
            );
        }
    }
    assert!(cramped > 0, "some height leaves room for one line only");
}

/// Like the partner's country: the log form's empty date is named as
/// missing, not as '“” is not a date'.
#[test]
fn an_empty_log_date_is_named_as_missing_not_as_a_bad_date() {
    let mut h = Harness::sample();
    h.click("Dissemination").unwrap();
    h.type_into(
        commplan::screen::dissemination::form::TITLE_INPUT,
        "Post on the partner's page",
    )
    .unwrap();
    assert!(h.shows("The date is missing: write 2018-03-15, 15/03/2018 or 15.03.2018."));
    assert!(!h.shows("“” is not a date: write 2018-03-15, 15/03/2018 or 15.03.2018."));
}
