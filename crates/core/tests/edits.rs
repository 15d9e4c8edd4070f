//! Every kind of edit can be undone and redone exactly, and edits that would
//! leave a dangling reference are refused without changing anything.

use chrono::NaiveDate;
use commplan_core::indicator::Filter;
use commplan_core::value::{Color, Country, Lang};
use commplan_core::vocab::{Channel, DeliverableStatus, Measure, Role, Status};
use commplan_core::{
    Activity, ActivityId, Change, Deliverable, DeliverableId, Edit, EditError, EntryId, History,
    Indicator, IndicatorId, LogEntry, Partner, PartnerId, Plan, WorkPackage, WorkPackageId, sample,
};

fn plan() -> Plan {
    sample::plan().expect("the sample loads")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// Applies `edit` through a history, then checks undo gives back the plan
/// as it was and redo the plan as it became.
fn round_trip(edit: Edit) {
    let mut plan = plan();
    let original = plan.clone();
    let mut history = History::default();
    history
        .apply(&mut plan, edit.clone())
        .unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    let changed = plan.clone();
    assert_ne!(
        strip(&changed),
        strip(&original),
        "{edit:?} changed nothing"
    );
    assert!(history.can_undo());
    history.undo(&mut plan).expect("undo");
    assert!(strip(&plan) == strip(&original), "undo of {edit:?}");
    history.redo(&mut plan).expect("redo");
    assert!(strip(&plan) == strip(&changed), "redo of {edit:?}");
    history.undo(&mut plan).expect("undo again");
    assert!(strip(&plan) == strip(&original), "undo again of {edit:?}");
    assert!(!history.can_undo());
    assert!(history.can_redo());
}

/// The id counters only grow (a deleted id is never reused), so they are
/// left out of comparisons.
fn strip(plan: &Plan) -> Plan {
    let mut plan = plan.clone();
    plan.next_ids = Default::default();
    plan
}

fn partner() -> Partner {
    Partner {
        id: PartnerId::new("CCIA"),
        name: "Camera di commercio".into(),
        short_name: "CCIA".into(),
        country: Country::new("IT"),
        role: Role::Observer,
        contact_name: String::new(),
        contact_email: String::new(),
        languages: vec![Lang::new("it")],
        color: Color::rgb(1, 2, 3),
    }
}

#[test]
fn project() {
    let mut project = plan().project;
    project.name.push_str(" (renamed)");
    round_trip(Edit::Project(project));
}

#[test]
fn partners() {
    round_trip(Edit::Partner(Change::Add(partner())));
    let mut ven = plan()
        .partner(&PartnerId::new("VEN"))
        .cloned()
        .expect("VEN");
    ven.contact_email = "new@example.org".into();
    round_trip(Edit::Partner(Change::Update(ven)));
    let mut with_unused = plan();
    with_unused
        .apply(Edit::Partner(Change::Add(partner())))
        .expect("add");
    let mut history = History::default();
    history
        .apply(
            &mut with_unused,
            Edit::Partner(Change::Remove(PartnerId::new("CCIA"))),
        )
        .expect("an unused partner can be removed");
    history.undo(&mut with_unused).expect("undo");
    assert!(with_unused.partner(&PartnerId::new("CCIA")).is_some());
}

#[test]
fn work_packages() {
    let wp = WorkPackage {
        id: WorkPackageId::new("WP T4"),
        title: "Extra".into(),
        lead: PartnerId::new("VEN"),
    };
    round_trip(Edit::WorkPackage(Change::Add(wp)));
    let mut wpc = plan()
        .work_package(&WorkPackageId::new("WP C"))
        .cloned()
        .expect("WP C");
    wpc.title = "Communication and dissemination".into();
    round_trip(Edit::WorkPackage(Change::Update(wpc)));
}

#[test]
fn activities() {
    let p = plan();
    let mut a = Activity::new(
        p.next_activity_id(),
        "New webinar",
        PartnerId::new("VEN"),
        day(2018, 3, 1),
    );
    a.status = Status::Idea;
    round_trip(Edit::Activity(Change::Add(a)));
    let mut first = p.activities[0].clone();
    first.title = "Renamed".into();
    first.when = first.when.shifted(7);
    round_trip(Edit::Activity(Change::Update(first)));
    // An activity nothing refers to can be removed, and comes back in place.
    let free = p
        .activities
        .iter()
        .find(|a| commplan_core::validate::activity_uses(&p, a.id).is_empty())
        .expect("an unused activity");
    round_trip(Edit::Activity(Change::Remove(free.id)));
}

#[test]
fn deliverables() {
    let p = plan();
    let d = Deliverable {
        id: p.next_deliverable_id(),
        code: "D.C.9.9".into(),
        title: "Extra deliverable".into(),
        work_package: WorkPackageId::new("WP C"),
        lead: PartnerId::new("VEN"),
        contributors: vec![PartnerId::new("BIZUP")],
        due: day(2018, 10, 31),
        status: DeliverableStatus::NotStarted,
        submitted: None,
        approved: None,
        link: None,
    };
    round_trip(Edit::Deliverable(Change::Add(d)));
    let mut first = p.deliverables[0].clone();
    first.status = DeliverableStatus::InReview;
    first.submitted = None;
    round_trip(Edit::Deliverable(Change::Update(first.clone())));
    round_trip(Edit::Deliverable(Change::Remove(first.id)));
}

#[test]
fn log_entries() {
    let p = plan();
    let e = LogEntry {
        id: p.next_entry_id(),
        date: day(2018, 5, 5),
        partner: PartnerId::new("ITG"),
        activity: None,
        channel: Channel::SocialMedia,
        title: "Post on LinkedIn".into(),
        target_group: None,
        reach: 1200,
        participants: None,
        language: Some(Lang::new("de")),
        link: Some("https://example.org/post".into()),
        notes: String::new(),
    };
    round_trip(Edit::Log(Change::Add(e)));
    let mut first = p.log[0].clone();
    first.reach += 10;
    round_trip(Edit::Log(Change::Update(first.clone())));
    round_trip(Edit::Log(Change::Remove(first.id)));
}

#[test]
fn indicators() {
    let p = plan();
    let i = Indicator {
        id: p.next_indicator_id(),
        code: "C.99".into(),
        name: "Videos watched".into(),
        unit: "views".into(),
        measure: Measure::Reach,
        filter: Filter {
            channels: vec![Channel::Video],
            ..Filter::default()
        },
        target: 5000,
        partner_targets: [(PartnerId::new("VEN"), 1000)].into_iter().collect(),
    };
    round_trip(Edit::Indicator(Change::Add(i)));
    let mut first = p.indicators[0].clone();
    first.target *= 2;
    round_trip(Edit::Indicator(Change::Update(first.clone())));
    round_trip(Edit::Indicator(Change::Remove(first.id)));
}

#[test]
fn batches_and_reassigning_a_partner() {
    let p = plan();
    round_trip(Edit::reassign_partner(
        &p,
        &PartnerId::new("VENINN"),
        &PartnerId::new("VEN"),
    ));
    let mut after = p.clone();
    after
        .apply(Edit::reassign_partner(
            &p,
            &PartnerId::new("VENINN"),
            &PartnerId::new("VEN"),
        ))
        .expect("reassign");
    assert!(after.partner(&PartnerId::new("VENINN")).is_none());
    assert!(
        commplan_core::check::plan(&after)
            .iter()
            .all(|f| f.severity != commplan_core::check::Severity::Error)
    );
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut p = plan();
    let before = p.clone();
    let mut good = p.activities[0].clone();
    good.title = "Changed".into();
    let mut bad = p.activities[1].clone();
    bad.responsible = PartnerId::new("NOBODY");
    let error = p
        .apply(Edit::Batch(vec![
            Edit::Activity(Change::Update(good)),
            Edit::Activity(Change::Update(bad)),
        ]))
        .expect_err("the batch is refused");
    assert_eq!(error, EditError::UnknownPartner(PartnerId::new("NOBODY")));
    assert!(p == before, "the failed batch left changes behind");
}

#[test]
fn dangling_references_cannot_be_created() {
    let mut p = plan();
    let before = p.clone();
    let mut a = Activity::new(
        ActivityId(999),
        "x",
        PartnerId::new("GHOST"),
        day(2018, 1, 1),
    );
    assert!(matches!(
        p.apply(Edit::Activity(Change::Add(a.clone()))),
        Err(EditError::UnknownPartner(_))
    ));
    a.responsible = PartnerId::new("VEN");
    a.work_package = Some(WorkPackageId::new("WP Z"));
    assert!(matches!(
        p.apply(Edit::Activity(Change::Add(a.clone()))),
        Err(EditError::UnknownWorkPackage(_))
    ));
    a.work_package = None;
    a.campaign = Some(ActivityId(12345));
    assert!(matches!(
        p.apply(Edit::Activity(Change::Add(a))),
        Err(EditError::UnknownActivity(_))
    ));
    let entry = LogEntry {
        activity: Some(ActivityId(4242)),
        ..p.log[0].clone()
    };
    let entry = LogEntry {
        id: EntryId(9999),
        ..entry
    };
    assert!(matches!(
        p.apply(Edit::Log(Change::Add(entry))),
        Err(EditError::UnknownActivity(_))
    ));
    assert!(matches!(
        p.apply(Edit::Partner(Change::Remove(PartnerId::new("VEN")))),
        Err(EditError::InUse { .. })
    ));
    assert!(matches!(
        p.apply(Edit::WorkPackage(Change::Remove(WorkPackageId::new(
            "WP C"
        )))),
        Err(EditError::InUse { .. })
    ));
    let dup = Deliverable {
        id: DeliverableId(999),
        ..p.deliverables[0].clone()
    };
    assert!(matches!(
        p.apply(Edit::Deliverable(Change::Add(dup))),
        Err(EditError::Invalid(_))
    ));
    let ghost_target = Indicator {
        id: IndicatorId(99),
        partner_targets: [(PartnerId::new("GHOST"), 1)].into_iter().collect(),
        ..p.indicators[0].clone()
    };
    assert!(matches!(
        p.apply(Edit::Indicator(Change::Add(ghost_target))),
        Err(EditError::UnknownPartner(_))
    ));
    assert!(p == before, "a refused edit left changes behind");
}

#[test]
fn ids_of_deleted_items_are_never_reused() {
    let mut p = plan();
    let id = p.next_activity_id();
    let a = Activity::new(id, "Temporary", PartnerId::new("VEN"), day(2018, 1, 1));
    p.apply(Edit::Activity(Change::Add(a))).expect("add");
    p.apply(Edit::Activity(Change::Remove(id))).expect("remove");
    assert!(p.next_activity_id() > id);
}
