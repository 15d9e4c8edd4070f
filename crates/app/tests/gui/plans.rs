//! Getting another plan (open, new, restore) goes through one function,
//! `App::install_plan`, which drops everything the screens held for the
//! plan before: no editor, form, ticked row or selection outlives its plan.

use crate::support as gui;

use commplan::app::Message;
use commplan::keys::Shortcut;
use commplan::screen::{Screen, calendar, deliverables, dissemination, indicators, partners};
use commplan_core::{PartnerId, Plan, sample};
use gui::Harness;

fn editor(message: deliverables::EditorMessage) -> Message {
    Message::Deliverables(deliverables::Message::Editor(message))
}

/// Plan B: the sample again, so its items have the same ids as plan A's,
/// with another title on the first deliverable; saved beside plan A.
fn plan_b(h: &Harness) -> (std::path::PathBuf, Plan) {
    let mut plan = sample::plan().expect("the sample loads");
    plan.project.name = "Plan B".to_owned();
    plan.deliverables[0].title = "A deliverable of plan B".to_owned();
    let path = h.dir.path().join("b.commplan.ron");
    commplan_core::store::save(&path, &plan, None).expect("save plan B");
    let plan = commplan_core::store::load(&path).expect("plan B loads");
    (path, plan)
}

#[test]
fn an_editor_left_open_on_one_plan_never_writes_into_the_next() {
    let mut h = Harness::sample();
    let target = h.app.plan.deliverables[0].clone();
    h.click(&Screen::Deliverables.title()).unwrap();
    h.click(&target.title).unwrap();
    assert_eq!(h.app.busy_screens(), vec![Screen::Deliverables]);
    let lead = PartnerId::new("POLY4EMI");
    assert_ne!(target.lead, lead);
    h.update(editor(deliverables::EditorMessage::LeadPicked(lead)));
    h.update(editor(deliverables::EditorMessage::TitleChanged(
        "Typed in plan A".to_owned(),
    )));

    let (path, b) = plan_b(&h);
    let on_disk = std::fs::read_to_string(&path).unwrap();
    h.app.open_now(path.clone());
    assert_eq!(h.app.plan.project.name, "Plan B");
    assert!(h.app.busy_screens().is_empty(), "the editor closed");

    // Save, with the button if it were still there, and as Enter would.
    let _ = h.click("Save");
    h.update(editor(deliverables::EditorMessage::SavePressed));
    assert_eq!(*h.app.plan, b, "plan B is unchanged");
    assert!(!h.app.history.can_undo(), "nothing was applied to plan B");
    h.update(Message::Shortcut(Shortcut::Save));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), on_disk);
}

#[test]
fn every_screen_is_idle_after_another_plan_is_installed() {
    let mut h = Harness::sample();
    let plan = h.app.plan.clone();
    let activity = plan.activities[0].id;
    let entry = plan.log[0].id;
    let partner = plan.partners[0].id.clone();
    let indicator = plan.indicators[0].id;

    // Something open or half done on every screen that can hold it.
    h.update(Message::Calendar(calendar::Message::NewPressed));
    h.update(Message::Deliverables(deliverables::Message::NewPressed));
    h.update(Message::Dissemination(dissemination::Message::EditPressed(
        entry,
    )));
    h.update(Message::Partners(partners::Message::RemovePressed(
        partner.clone(),
    )));
    h.update(Message::Partners(partners::Message::EditPressed(partner)));
    h.update(Message::Indicators(indicators::Message::Selected(
        indicator,
    )));
    let _ = activity;
    let mut busy = h.app.busy_screens();
    busy.sort_by_key(|s| s.slug());
    let mut expected = vec![
        Screen::Calendar,
        Screen::Deliverables,
        Screen::Dissemination,
        Screen::Partners,
        Screen::Indicators,
    ];
    expected.sort_by_key(|s| s.slug());
    assert_eq!(busy, expected, "each screen holds something of plan A");

    let (path, _) = plan_b(&h);
    h.app.open_now(path);
    assert_eq!(h.app.plan.project.name, "Plan B");
    assert!(
        h.app.busy_screens().is_empty(),
        "still holding state of plan A: {:?}",
        h.app.busy_screens()
    );
}

/// Opens `path` through the toolbar's Open and the path field, as a person
/// does where no system file dialog exists.
fn open_through_the_path_field(h: &mut Harness, label: &str, path: &std::path::Path) {
    h.app.native_dialogs = false;
    h.click(label).unwrap();
    h.update(Message::Dialog(commplan::app::DialogMessage::PathEdited(
        path.display().to_string(),
    )));
    h.update(Message::Dialog(commplan::app::DialogMessage::PathConfirmed));
}

#[test]
fn opening_another_plan_first_saves_the_edits_of_the_one_open() {
    let mut h = Harness::sample();
    let mut renamed = h.app.plan.deliverables[0].clone();
    renamed.title = "Renamed just before opening another plan".to_owned();
    h.app.apply(commplan_core::Edit::Deliverable(
        commplan_core::Change::Update(renamed.clone()),
    ));
    assert!(h.app.document.is_dirty());
    let a = h.plan_file();
    let (b_path, b) = plan_b(&h);

    open_through_the_path_field(&mut h, "Open", &b_path);
    assert_eq!(*h.app.plan, b, "plan B is open");
    let a_on_disk = commplan_core::store::load(&a).unwrap();
    assert_eq!(
        a_on_disk.deliverable(renamed.id).unwrap().title,
        renamed.title,
        "the edit made in plan A reached its file before B opened"
    );
}

#[test]
fn new_keeps_a_backup_of_a_file_it_replaces_and_opens_the_empty_plan() {
    let mut h = Harness::sample();
    let (b_path, _) = plan_b(&h);
    h.app.native_dialogs = false;
    h.click("New").unwrap();
    // The project's essentials come first, then where to keep it.
    h.type_into(commplan::screen::project::NAME, "Project B")
        .unwrap();
    h.click("Create…").unwrap();
    h.update(Message::Dialog(commplan::app::DialogMessage::PathEdited(
        b_path.display().to_string(),
    )));
    h.update(Message::Dialog(commplan::app::DialogMessage::PathConfirmed));
    assert_eq!(h.app.document.path.as_deref(), Some(b_path.as_path()));
    assert!(h.app.plan.deliverables.is_empty(), "an empty plan");
    assert_eq!(h.app.plan.project.name, "Project B", "named as asked");
    let backups = h.app.paths.backups().folder(&b_path);
    let kept = std::fs::read_dir(&backups)
        .map(|entries| entries.count())
        .unwrap_or(0);
    assert!(kept >= 1, "plan B was backed up before it was replaced");
}
