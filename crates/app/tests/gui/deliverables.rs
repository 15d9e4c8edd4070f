//! The Deliverables screen, driven like a person would: assign and complete
//! a deliverable and see the overview change, bulk status changes, sorting,
//! the per-partner view and the editor's checks.

use crate::support as gui;

use chrono::Duration;
use commplan::app::Message;
use commplan::screen::{Screen, deliverables};
use commplan_core::deadline::Urgency;
use commplan_core::vocab::DeliverableStatus;
use commplan_core::{Change, Edit, PartnerId};
use gui::Harness;
use iced::keyboard::Modifiers;
use iced::keyboard::key::Named;

fn editor(message: deliverables::EditorMessage) -> Message {
    Message::Deliverables(deliverables::Message::Editor(message))
}

#[test]
fn assigning_and_completing_a_deliverable_changes_the_overview() {
    let mut h = Harness::sample();
    let target = h.app.plan.deliverables[0].clone();
    let today = target.due + Duration::days(3);
    h.app.today = today;
    // Not yet delivered, so three days late.
    h.app.apply(Edit::Deliverable(Change::Update(
        target.with_status(DeliverableStatus::InProgress, today),
    )));
    h.click(&Screen::Overview.title()).unwrap();
    assert!(h.shows("3 days late"), "the overview lists it as overdue");

    h.click(&Screen::Deliverables.title()).unwrap();
    h.click(&target.title).unwrap();
    assert!(
        h.shows(&format!("Edit {}", target.code)),
        "the editor opened"
    );
    let lead = PartnerId::new("POLY4EMI");
    assert_ne!(target.lead, lead);
    h.update(editor(deliverables::EditorMessage::LeadPicked(
        lead.clone(),
    )));
    h.click("Save").unwrap();
    let saved = h.app.plan.deliverable(target.id).unwrap().clone();
    assert_eq!(saved.lead, lead, "the lead is assigned");
    assert!(saved.is_overdue(today));

    // Complete it with the workflow's step button.
    h.click(&target.title).unwrap();
    h.update(editor(deliverables::EditorMessage::StatusPicked(
        DeliverableStatus::Submitted,
    )));
    h.click("Save").unwrap();
    let done = h.app.plan.deliverable(target.id).unwrap();
    assert_eq!(done.status, DeliverableStatus::Submitted);
    assert_eq!(
        done.submitted,
        Some(today),
        "the submission date is recorded"
    );

    h.click(&Screen::Overview.title()).unwrap();
    assert!(!h.shows("3 days late"), "the overview no longer lists it");
}

#[test]
fn the_step_button_moves_a_deliverable_along_the_workflow() {
    let mut h = Harness::sample();
    let d = h.app.plan.deliverables[0].with_status(DeliverableStatus::InReview, h.app.today);
    h.app.apply(Edit::Deliverable(Change::Update(d.clone())));
    h.click(&Screen::Deliverables.title()).unwrap();
    h.update(Message::Deliverables(deliverables::Message::Advanced(d.id)));
    let moved = h.app.plan.deliverable(d.id).unwrap();
    assert_eq!(moved.status, DeliverableStatus::Submitted);
    assert_eq!(moved.submitted, Some(h.app.today));
}

#[test]
fn bulk_status_change_is_one_undoable_edit() {
    let mut h = Harness::sample();
    h.click(&Screen::Deliverables.title()).unwrap();
    let open: Vec<_> = h
        .app
        .plan
        .deliverables
        .iter()
        .filter(|d| d.status != DeliverableStatus::Approved)
        .take(3)
        .map(|d| d.id)
        .collect();
    assert_eq!(open.len(), 3);
    let before = (*h.app.plan).clone();
    for id in &open {
        h.update(Message::Deliverables(deliverables::Message::Ticked(
            *id, true,
        )));
    }
    assert!(h.shows("3 deliverables selected"));
    h.update(Message::Deliverables(deliverables::Message::BulkStatus(
        DeliverableStatus::Approved,
    )));
    for id in &open {
        let d = h.app.plan.deliverable(*id).unwrap();
        assert_eq!(d.status, DeliverableStatus::Approved);
        assert!(d.approved.is_some(), "the approval date is recorded");
    }
    assert!(
        !h.shows("3 deliverables selected"),
        "the selection is cleared"
    );
    h.key("z", Modifiers::CTRL);
    assert_eq!(*h.app.plan, before, "one undo takes the whole change back");
}

#[test]
fn clicking_the_due_header_sorts_by_due_date_both_ways() {
    let mut h = Harness::sample();
    h.click(&Screen::Deliverables.title()).unwrap();
    let mut by_due = h.app.plan.deliverables.clone();
    by_due.sort_by_key(|d| d.due);
    let first = by_due.first().unwrap().code.clone();
    let last = by_due.last().unwrap().code.clone();
    let y = |h: &Harness, code: &str| h.bounds(code).expect("the code is shown").y;
    assert!(
        y(&h, &first) < y(&h, &last),
        "sorted by due date, earliest first"
    );
    h.click("Due").unwrap();
    assert!(
        y(&h, &last) < y(&h, &first),
        "a second click turns the order round"
    );
    h.click("Code").unwrap();
    let mut by_code: Vec<String> = h
        .app
        .plan
        .deliverables
        .iter()
        .map(|d| d.code.clone())
        .collect();
    by_code.sort_by(|a, b| deliverables::list::natural(a, b));
    assert!(y(&h, &by_code[0]) < y(&h, by_code.last().unwrap()));
}

#[test]
fn the_per_partner_view_says_what_a_partner_owes() {
    // The sample is a finished project; as seen in its first year, VEN
    // still owed its newsletters and films.
    let mut plan = commplan_core::sample::plan().unwrap();
    let ven = PartnerId::new("VEN");
    let today = plan.project.start;
    for d in plan
        .deliverables
        .iter_mut()
        .filter(|d| d.lead == ven && d.due.to_string() == "2019-04-30")
    {
        *d = d.with_status(commplan_core::vocab::DeliverableStatus::InProgress, today);
    }
    let mut h = Harness::with_plan(plan);
    h.app.today = today;
    h.click(&Screen::Deliverables.title()).unwrap();
    h.update(Message::Deliverables(deliverables::Message::PartnerPicked(
        Some(ven.clone()),
    )));
    let owed = h
        .app
        .plan
        .deliverables
        .iter()
        .filter(|d| d.lead == ven && !d.status.is_delivered())
        .count();
    assert!(owed > 0);
    let overdue = h
        .app
        .plan
        .deliverables
        .iter()
        .filter(|d| d.lead == ven && d.is_overdue(today))
        .count();
    let soon = h
        .app
        .plan
        .deliverables
        .iter()
        .filter(|d| d.lead == ven && matches!(Urgency::of(d, today), Urgency::DueSoon(_)))
        .count();
    let says = format!(
        "Veneto Region owes {owed} deliverables: {overdue} overdue, {soon} due within 14 days."
    );
    assert!(h.shows(&says), "{says}");
    let other = h
        .app
        .plan
        .deliverables
        .iter()
        .find(|d| !d.partners().any(|p| p == &ven))
        .unwrap()
        .clone();
    assert!(!h.shows(&other.code), "others' deliverables are hidden");
    h.click("Clear filters").unwrap();
    assert!(h.shows(&other.code));
}

#[test]
fn the_editor_refuses_a_duplicate_code_and_a_due_date_outside_the_project() {
    let mut h = Harness::sample();
    h.click(&Screen::Deliverables.title()).unwrap();
    h.click("New deliverable").unwrap();
    let taken = h.app.plan.deliverables[1].code.clone();
    let before = (*h.app.plan).clone();
    h.type_into(deliverables::CODE_INPUT, &taken).unwrap();
    h.type_into(deliverables::TITLE_INPUT, "Second flyer")
        .unwrap();
    h.click("Save").unwrap();
    assert_eq!(*h.app.plan, before, "nothing was added");
    assert!(h.shows(&format!(
        "Another deliverable already has the code “{taken}”."
    )));

    h.type_into(deliverables::CODE_INPUT, "-BIS").unwrap();
    h.update(editor(deliverables::EditorMessage::DueChanged(
        "2031-01-01".into(),
    )));
    h.click("Save").unwrap();
    assert_eq!(*h.app.plan, before);
    assert!(h.shows("The due date must lie within the project, from 1 Nov 2016 to 30 Apr 2019."));

    h.update(editor(deliverables::EditorMessage::DueChanged(
        "2018-03-31".into(),
    )));
    h.click("Save").unwrap();
    let added = h
        .app
        .plan
        .deliverables
        .iter()
        .find(|d| d.code == format!("{taken}-BIS"))
        .expect("added once valid");
    assert_eq!(added.title, "Second flyer");
    assert_eq!(h.app.plan.deliverables.len(), before.deliverables.len() + 1);

    // Escape closes the editor and keeps nothing of what was typed.
    let saved = (*h.app.plan).clone();
    h.click("New deliverable").unwrap();
    h.type_into(deliverables::TITLE_INPUT, "Never saved")
        .unwrap();
    h.press(Named::Escape, Modifiers::empty());
    assert!(!h.shows("Never saved"), "the editor is closed");
    assert_eq!(*h.app.plan, saved);
}

#[test]
fn the_due_date_is_read_like_every_other_date_field() {
    let mut h = Harness::sample();
    let target = h.app.plan.deliverables[0].clone();
    let day = chrono::NaiveDate::from_ymd_opt(2017, 6, 29).unwrap();
    assert_ne!(target.due, day);
    h.click(&Screen::Deliverables.title()).unwrap();
    h.click(&target.title).unwrap();
    h.update(editor(deliverables::EditorMessage::DueChanged(
        String::new(),
    )));
    h.type_into(deliverables::DUE_INPUT, "29.06.2017").unwrap();
    h.click("Save").unwrap();
    let saved = h.app.plan.deliverable(target.id).unwrap();
    assert_eq!(saved.due, day, "29.06.2017 is 29 June 2017");
}

#[test]
fn a_thousand_deliverables_build_only_the_rows_in_view() {
    use commplan_core::testkit;
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    assert!(plan.deliverables.len() >= 1000);
    let mut by_due = plan.deliverables.clone();
    by_due.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.code.cmp(&b.code)));
    let mut h = Harness::with_plan(plan);
    h.click(&Screen::Deliverables.title()).unwrap();
    assert!(h.shows(&by_due[0].code), "the first rows are built");
    assert!(
        !h.shows(&by_due[by_due.len() - 1].code),
        "the last ones are not"
    );
}
