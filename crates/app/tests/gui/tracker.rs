//! The tracker, driven like a person would: the overview shows what is
//! overdue, and completing a deliverable takes it off that list.

use crate::support as gui;

use chrono::NaiveDate;
use commplan::screen::Screen;
use commplan_core::vocab::DeliverableStatus;
use commplan_core::{Change, Deliverable, Edit};
use gui::Harness;

/// The sample five days after its first deadline, with that deliverable
/// still in progress: the app, the late deliverable and the day.
fn five_days_late() -> (Harness, Deliverable, NaiveDate) {
    let mut h = Harness::sample();
    let first = h.app.plan.deliverables[0].clone();
    let today = first.due + chrono::Duration::days(5);
    h.app.today = today;
    let late = first.with_status(DeliverableStatus::InProgress, today);
    h.app.apply(Edit::Deliverable(Change::Update(late.clone())));
    (h, late, today)
}

#[test]
fn completing_an_overdue_deliverable_takes_it_off_the_overview() {
    let (mut h, late, today) = five_days_late();
    h.click(&Screen::Overview.title())
        .expect("overview in sidebar");
    assert!(h.shows("Overdue deliverables"));
    assert!(h.shows("5 days late"), "the overdue deliverable is listed");
    let overdue_before = h
        .app
        .plan
        .deliverables
        .iter()
        .filter(|d| d.is_overdue(today))
        .count();

    let done = late.with_status(DeliverableStatus::Submitted, today);
    h.app.apply(Edit::Deliverable(Change::Update(done)));

    let delivered = h.app.plan.deliverable(late.id).expect("still there");
    assert_eq!(
        delivered.submitted,
        Some(today),
        "the submission date is recorded"
    );
    let overdue_after = h
        .app
        .plan
        .deliverables
        .iter()
        .filter(|d| d.is_overdue(today))
        .count();
    assert_eq!(overdue_after, overdue_before - 1);
    assert!(!h.shows("5 days late"), "the overview no longer lists it");
}

#[test]
fn the_overview_shows_the_dashboard_cards() {
    let mut h = Harness::sample();
    h.app.today = NaiveDate::from_ymd_opt(2018, 6, 1).expect("a valid date");
    h.click(&Screen::Overview.title())
        .expect("overview in sidebar");
    assert!(h.shows("Indicators"));
    assert!(h.shows("Next 14 days"));
    assert!(h.shows("This month by partner"));
}

#[test]
fn an_empty_plan_shows_sensible_empty_states() {
    let today = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a valid date");
    let mut h = Harness::with_plan(commplan_core::Plan::empty("New project", today));
    h.click(&Screen::Deliverables.title()).unwrap();
    assert!(h.shows("No deliverables yet."));
    h.click(&Screen::Partners.title()).unwrap();
    assert!(h.shows("No partners yet: add the first one above."));
    h.click("Work packages").unwrap();
    assert!(h.shows("No work packages yet: add the first one above."));
    h.key("k", iced::keyboard::Modifiers::CTRL);
    h.type_into(commplan::app::search::INPUT, "anything")
        .unwrap();
    assert!(h.shows("Nothing matches “anything”."));
}

#[test]
fn the_deadlines_card_lists_what_is_due_next_and_leaves_late_ones_to_their_card() {
    let (mut h, late, today) = five_days_late();
    let next = h
        .app
        .plan
        .deliverables
        .iter()
        .filter(|d| d.due >= today)
        .min_by_key(|d| d.due)
        .expect("the sample has deadlines after the first")
        .clone();
    h.click(&Screen::Overview.title())
        .expect("overview in sidebar");

    let overdue_card = h.bounds("Overdue deliverables").expect("the overdue card");
    let next_line = h
        .bounds(next.code.as_str())
        .expect("the next deadline is listed");
    assert!(
        next_line.y < overdue_card.y,
        "the next deadline heads the Deadlines card, above the overdue one"
    );
    // The late deliverable shows once, in the overdue card.
    let late_line = h
        .bounds(late.code.as_str())
        .expect("the late one is listed");
    assert!(
        late_line.y > overdue_card.y,
        "the late deliverable is not repeated among the deadlines"
    );

    // Like every line of the overview, a deadline opens what it names.
    h.click(&next.title)
        .expect("the deadline's title is pressable");
    assert_eq!(h.app.screen, Screen::Deliverables);
    assert!(
        h.shows(&format!("Edit {}", next.code)),
        "the deliverable opened in its editor"
    );
}
