//! The plan on disk is never silently overwritten (issue 16), in the
//! window: outside changes with and without local edits, links, read-only
//! files, failed backups.

use crate::support as gui;

use std::fs;
use std::time::{Duration, Instant};

use commplan::app::{App, Message, disk};
use commplan::config::Settings;
use commplan::screen::Screen;
use commplan_core::{Edit, Plan, sample, store};
use gui::Harness;
use iced::window;

/// Renames the project in the window (an unsaved edit).
fn rename_here(h: &mut Harness, name: &str) {
    let mut project = h.app.plan.project.clone();
    project.name = name.into();
    h.app.apply(Edit::Project(project));
    assert!(h.app.document.is_dirty());
}

/// Another program writes the file: the sample with its first activity
/// retitled.
fn change_outside(h: &Harness, title: &str) -> Plan {
    let mut plan = store::load(&h.plan_file()).unwrap();
    plan.activities[0].title = title.into();
    // Not through CommPlan's own lock: as a sync client writes.
    fs::write(h.plan_file(), store::to_text(&plan)).unwrap();
    plan
}

fn autosave(h: &mut Harness) {
    h.update(Message::Tick(Instant::now() + Duration::from_secs(5)));
}

#[test]
fn an_outside_change_without_local_edits_is_loaded_keeping_the_screen() {
    let mut h = Harness::sample();
    h.update(Message::Navigate(Screen::Deliverables));
    change_outside(&h, "Changed by a sync client");
    h.update(Message::Disk(disk::Message::Changed));
    assert_eq!(h.app.plan.activities[0].title, "Changed by a sync client");
    assert_eq!(h.app.screen, Screen::Deliverables);
    assert!(!h.app.document.is_dirty());
    // And nothing is written back over it.
    autosave(&mut h);
    let on_disk = store::load(&h.plan_file()).unwrap();
    assert_eq!(on_disk.activities[0].title, "Changed by a sync client");
}

#[test]
fn an_outside_change_with_local_edits_is_never_overwritten_and_both_can_be_kept() {
    let mut h = Harness::sample();
    rename_here(&mut h, "Renamed in the window");
    let outside = change_outside(&h, "Changed by a sync client");
    autosave(&mut h);
    assert_eq!(
        store::load(&h.plan_file()).unwrap(),
        outside,
        "the save did not write over the outside change"
    );
    assert!(h.shows("The plan changed on disk"), "the window asks");
    h.click("Keep both (save mine as a copy)").unwrap();
    let copies: Vec<_> = fs::read_dir(h.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains("(conflict "))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    let mine = store::load(&copies[0]).unwrap();
    assert_eq!(mine.project.name, "Renamed in the window");
    assert_eq!(*h.app.plan, outside, "the window shows the file on disk");
    assert!(!h.app.document.is_dirty());
    assert_eq!(store::load(&h.plan_file()).unwrap(), outside);
}

#[test]
fn local_edits_can_be_put_on_top_of_an_outside_change() {
    let mut h = Harness::sample();
    rename_here(&mut h, "Renamed in the window");
    change_outside(&h, "Changed by a sync client");
    autosave(&mut h);
    assert!(h.shows("The plan changed on disk"));
    h.click("Apply my edits to the file on disk").unwrap();
    autosave(&mut h);
    let on_disk = store::load(&h.plan_file()).unwrap();
    assert_eq!(on_disk.project.name, "Renamed in the window");
    assert_eq!(on_disk.activities[0].title, "Changed by a sync client");
    assert!(!h.app.document.is_dirty());
}

#[test]
fn closing_with_edits_over_an_outside_change_writes_nothing() {
    let mut h = Harness::sample();
    rename_here(&mut h, "Renamed in the window");
    let outside = change_outside(&h, "Changed by an editor");
    h.update(Message::CloseRequested(window::Id::unique()));
    assert_eq!(store::load(&h.plan_file()).unwrap(), outside);
    assert!(
        h.shows("Your changes could not be saved"),
        "the close asks what to do"
    );
}

#[cfg(unix)]
#[test]
fn a_plan_opened_through_a_link_is_saved_through_it_and_locked_by_identity() {
    let mut h = Harness::sample();
    // The harness's window holds the real file; a second window through a
    // symlink or a hard link must be read-only.
    let link = h.dir.path().join("link.commplan.ron");
    std::os::unix::fs::symlink(h.plan_file(), &link).unwrap();
    let hard = h.dir.path().join("hard.commplan.ron");
    fs::hard_link(h.plan_file(), &hard).unwrap();
    for other in [&link, &hard] {
        let mut second = App::new(
            commplan::config::Paths::under(h.dir.path()),
            Settings::default(),
            Plan::empty("", sample::plan().unwrap().project.start),
        );
        second.open_now(other.clone());
        assert!(!second.document.can_write(), "{}", other.display());
    }
    // The first window saves: the link stays a link, both names see it.
    rename_here(&mut h, "Saved through every name");
    autosave(&mut h);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    for name in [&link, &hard] {
        assert_eq!(
            store::load(name).unwrap().project.name,
            "Saved through every name"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_plan_opens_read_only_and_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let h = Harness::sample();
    let file = h.plan_file();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o600)).unwrap();
    let mut h = h;
    rename_here(&mut h, "Private");
    autosave(&mut h);
    let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "a private plan stays private");

    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
    let mut second = App::new(
        commplan::config::Paths::under(h.dir.path()),
        Settings::default(),
        Plan::empty("", sample::plan().unwrap().project.start),
    );
    drop(h.app);
    second.open_now(file.clone());
    assert!(!second.document.can_write());
    let before = fs::read(&file).unwrap();
    let mut project = second.plan.project.clone();
    project.name = "Over a read-only file".into();
    second.apply(Edit::Project(project));
    assert_eq!(fs::read(&file).unwrap(), before);
    fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn a_failed_backup_is_shown_in_the_window() {
    let mut h = Harness::sample();
    // Something that is not a folder where the backups go.
    let backups = h.dir.path().join("data").join("backups");
    fs::create_dir_all(backups.parent().unwrap()).unwrap();
    fs::write(&backups, "in the way").unwrap();
    rename_here(&mut h, "Saved without a backup");
    autosave(&mut h);
    assert_eq!(
        store::load(&h.plan_file()).unwrap().project.name,
        "Saved without a backup"
    );
    let notice = h.app.notice.clone().expect("a notice");
    assert!(notice.text.contains("backup"), "{}", notice.text);
}

#[test]
fn an_export_never_goes_over_the_plan_and_asks_before_replacing_a_file() {
    use commplan::app::{DialogMessage, export};
    use iced::keyboard::Modifiers;
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    h.key("e", Modifiers::CTRL);
    h.click("Calendar (.ics)").unwrap();
    h.update(Message::Export(export::Message::SaveRequested));
    let before = fs::read(h.plan_file()).unwrap();
    let plan_path = h.plan_file().display().to_string();
    h.update(Message::Dialog(DialogMessage::PathEdited(plan_path)));
    h.click("Export").unwrap();
    assert!(
        h.shows("Export to"),
        "the path dialog stays, with the reason"
    );
    assert_eq!(fs::read(h.plan_file()).unwrap(), before);

    let old = h.dir.path().join("old.ics");
    fs::write(&old, "keep me unless asked").unwrap();
    h.update(Message::Dialog(DialogMessage::PathEdited(
        old.display().to_string(),
    )));
    h.click("Export").unwrap();
    assert_eq!(fs::read_to_string(&old).unwrap(), "keep me unless asked");
    assert!(h.shows("Export to"), "the dialog asks");
    h.click("Export").unwrap();
    assert!(
        fs::read_to_string(&old)
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
}

#[test]
fn edits_that_no_longer_fit_the_changed_file_are_not_applied() {
    use commplan_core::edit::Change;
    let mut h = Harness::sample();
    let mut entry = h.app.plan.log[0].clone();
    entry.title = "Retitled in the window".into();
    h.app.apply(Edit::Log(Change::Update(entry.clone())));
    // Meanwhile the entry is deleted in another copy of the plan.
    let mut outside = store::load(&h.plan_file()).unwrap();
    outside.log.retain(|e| e.id != entry.id);
    fs::write(h.plan_file(), store::to_text(&outside)).unwrap();
    autosave(&mut h);
    assert!(h.shows("The plan changed on disk"));
    h.click("Apply my edits to the file on disk").unwrap();
    assert!(
        h.shows("The plan changed on disk"),
        "the choice is still open"
    );
    assert_eq!(store::load(&h.plan_file()).unwrap(), outside);
    assert_eq!(h.app.plan.log[0].title, "Retitled in the window");
}
