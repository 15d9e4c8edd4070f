//! The editor's checks and workflow, without the view.

#[cfg(test)] // the whole file: only compiled for tests
use super::*;
use commplan_core::sample;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

#[test]
fn refuses_a_duplicate_code_and_a_due_date_outside_the_project() {
    let plan = sample::plan().expect("the sample loads");
    let today = day(2018, 1, 1);
    let mut editor = Editor::new(&plan, today);
    editor.update(Message::TitleChanged("Flyer".into()), &plan, today);
    editor.update(
        Message::CodeChanged(plan.deliverables[0].code.clone()),
        &plan,
        today,
    );
    assert!(matches!(
        editor.update(Message::SavePressed, &plan, today),
        Outcome::None
    ));
    assert!(editor.error.is_some());

    editor.update(Message::CodeChanged("D.NEW.1".into()), &plan, today);
    editor.update(Message::DueChanged("2030-01-01".into()), &plan, today);
    assert!(matches!(
        editor.update(Message::SavePressed, &plan, today),
        Outcome::None
    ));
    assert!(editor.error.as_deref().is_some_and(|e| e.contains("2019")));

    editor.update(Message::DueChanged("31/02/2018".into()), &plan, today);
    editor.update(Message::SavePressed, &plan, today);
    assert!(
        editor.error.is_some(),
        "a day that does not exist is refused"
    );

    // Read like every date field (commplan_core::text::parse_date).
    editor.update(Message::DueChanged("31/12/2018".into()), &plan, today);
    let Outcome::Save(edit) = editor.update(Message::SavePressed, &plan, today) else {
        panic!("a valid deliverable is saved");
    };
    let Edit::Deliverable(Change::Add(d)) = *edit else {
        panic!("a new deliverable is added");
    };
    assert_eq!(d.code, "D.NEW.1");
    assert_eq!(d.due, day(2018, 12, 31));
}

#[test]
fn a_status_change_records_its_date() {
    // The sample is a finished project: one of its deliverables is put
    // back in progress.
    let mut plan = sample::plan().expect("the sample loads");
    let today = day(2018, 1, 1);
    plan.deliverables[1] = plan.deliverables[1].with_status(DeliverableStatus::InProgress, today);
    let open = plan.deliverables[1].clone();
    let mut editor = Editor::open(&open);
    editor.update(
        Message::StatusPicked(DeliverableStatus::Submitted),
        &plan,
        today,
    );
    let Outcome::Save(edit) = editor.update(Message::SavePressed, &plan, today) else {
        panic!("saved");
    };
    let Edit::Deliverable(Change::Update(d)) = *edit else {
        panic!("an update");
    };
    assert_eq!(d.status, DeliverableStatus::Submitted);
    assert_eq!(d.submitted, Some(today));
}

#[test]
fn contributors_are_ticked_and_never_include_the_lead() {
    let plan = sample::plan().expect("the sample loads");
    let today = day(2018, 1, 1);
    let d = &plan.deliverables[0];
    let other = plan
        .partners
        .iter()
        .find(|p| p.id != d.lead && !d.contributors.contains(&p.id))
        .expect("another partner")
        .id
        .clone();
    let mut editor = Editor::open(d);
    editor.update(Message::ContributorToggled(other.clone()), &plan, today);
    editor.update(Message::LeadPicked(other.clone()), &plan, today);
    let Outcome::Save(edit) = editor.update(Message::SavePressed, &plan, today) else {
        panic!("saved");
    };
    let Edit::Deliverable(Change::Update(saved)) = *edit else {
        panic!("an update");
    };
    assert_eq!(saved.lead, other);
    assert!(
        !saved.contributors.contains(&other),
        "the lead is not also a contributor"
    );

    let mut editor = Editor::open(d);
    editor.update(Message::ContributorToggled(other.clone()), &plan, today);
    let Outcome::Save(edit) = editor.update(Message::SavePressed, &plan, today) else {
        panic!("saved");
    };
    let Edit::Deliverable(Change::Update(saved)) = *edit else {
        panic!("an update");
    };
    assert!(saved.contributors.contains(&other));
}

#[test]
fn a_submission_logged_after_the_fact_keeps_the_corrected_date() {
    let mut plan = sample::plan().expect("the sample loads");
    let today = day(2018, 1, 10);
    plan.deliverables[1] = plan.deliverables[1].with_status(DeliverableStatus::InProgress, today);
    let open = plan.deliverables[1].clone();
    let mut editor = Editor::open(&open);
    editor.update(
        Message::StatusPicked(DeliverableStatus::Submitted),
        &plan,
        today,
    );
    assert_eq!(editor.submitted, "2018-01-10", "stamped with today");
    editor.update(Message::SubmittedChanged("28.12.2017".into()), &plan, today);
    let Outcome::Save(edit) = editor.update(Message::SavePressed, &plan, today) else {
        panic!("saved");
    };
    let Edit::Deliverable(Change::Update(d)) = *edit else {
        panic!("an update");
    };
    assert_eq!(d.submitted, Some(day(2017, 12, 28)), "the corrected date");

    // A bad date or an approval before the submission is refused.
    let mut editor = Editor::open(&d);
    editor.update(
        Message::StatusPicked(DeliverableStatus::Approved),
        &plan,
        today,
    );
    assert_eq!(editor.approved, "2018-01-10");
    editor.update(Message::ApprovedChanged("2017-12-01".into()), &plan, today);
    assert!(matches!(
        editor.update(Message::SavePressed, &plan, today),
        Outcome::None
    ));
    editor.update(Message::SubmittedChanged("yesterday".into()), &plan, today);
    assert!(matches!(
        editor.update(Message::SavePressed, &plan, today),
        Outcome::None
    ));
}
