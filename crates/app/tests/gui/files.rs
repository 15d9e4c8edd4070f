//! Plans opening, closing and recovering, as the window does it.

use crate::support as gui;

use std::fs;

use commplan::app::{App, Message, Startup};
use commplan::config::{Paths, Settings};
use commplan::screen::Screen;
use commplan_core::{Plan, sample, store};
use gui::Harness;
use iced::window;

fn blank_app(paths: Paths) -> App {
    App::new(
        paths,
        Settings::default(),
        Plan::empty("", chrono::NaiveDate::MIN),
    )
}

#[test]
fn a_first_start_writes_the_sample_and_shows_its_overview() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(dir.path());
    let (mut app, _task) = App::boot(Startup {
        paths: paths.clone(),
        plan: None,
    });
    let default = paths.default_plan();
    assert!(
        default.exists(),
        "the sample was written to {}",
        default.display()
    );
    assert_eq!(app.screen, Screen::Overview);
    app.open_now(default);
    assert_eq!(*app.plan, sample::plan().unwrap());
    let h = Harness { app, dir };
    assert!(h.shows("S3-4AlpClusters"));
    assert!(
        h.shows("Smart Specialisation Strategies to Build an Innovation Model for Alp Clusters")
    );
}

#[test]
fn closing_the_window_saves_what_was_changed() {
    let mut h = Harness::sample();
    let mut project = h.app.plan.project.clone();
    project.name = "Renamed before closing".into();
    h.app.apply(commplan_core::Edit::Project(project));
    assert!(h.app.document.is_dirty());
    let _ = h.app.update(Message::CloseRequested(window::Id::unique()));
    assert!(!h.app.document.is_dirty());
    let on_disk = store::load(&h.plan_file()).unwrap();
    assert_eq!(on_disk.project.name, "Renamed before closing");
}

#[test]
fn a_damaged_plan_is_left_untouched_and_its_newest_backup_offered() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(dir.path());
    let file = dir.path().join("team.commplan.ron");
    let mut good = sample::plan().unwrap();
    good.project.name = "Good version".into();
    store::save(&file, &good, None).unwrap();
    paths.backups().backup(&file).unwrap();
    let damaged = fs::read_to_string(&file)
        .unwrap()
        .replacen("partners: [", "partners: [}", 1);
    fs::write(&file, &damaged).unwrap();

    let mut app = blank_app(paths);
    app.open_now(file.clone());
    assert!(
        !app.document.can_write(),
        "nothing is written over a damaged file"
    );
    let mut h = Harness { app, dir };
    assert!(h.shows("This plan cannot be opened"));
    assert!(h.shows("The file was left exactly as it is."));
    let _ = h.app.update(Message::CloseRequested(window::Id::unique()));
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        damaged,
        "still untouched after closing"
    );

    h.click("Open the backup").unwrap();
    assert_eq!(h.app.plan.project.name, "Good version");
    let aside: Vec<_> = fs::read_dir(h.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file was kept beside it");
    assert_eq!(fs::read_to_string(aside[0].path()).unwrap(), damaged);
    let _ = h.app.update(Message::CloseRequested(window::Id::unique()));
    assert_eq!(store::load(&file).unwrap().project.name, "Good version");
}

#[test]
fn a_plan_from_a_newer_commplan_is_refused_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("future.commplan.ron");
    let newer = format!("version: {},", commplan_core::plan::VERSION + 1);
    let text = sample::TEXT.replace("version: 2,", &newer);
    fs::write(&file, &text).unwrap();
    let mut app = blank_app(Paths::under(dir.path()));
    app.open_now(file.clone());
    let h = Harness { app, dir };
    assert!(h.shows("This plan cannot be opened"));
    assert!(h.shows("There is no backup of this plan to go back to."));
    assert!(!h.app.document.can_write());
    assert_eq!(fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn autosave_waits_for_a_pause_in_editing_then_writes_the_file() {
    use std::time::{Duration, Instant};
    let mut h = Harness::sample();
    let mut project = h.app.plan.project.clone();
    project.acronym = "S3".into();
    h.app.apply(commplan_core::Edit::Project(project));
    let now = Instant::now();
    h.update(Message::Tick(now));
    assert!(h.app.document.is_dirty(), "not saved right after the edit");
    assert_ne!(store::load(&h.plan_file()).unwrap().project.acronym, "S3");
    h.update(Message::Tick(now + Duration::from_secs(2)));
    assert!(!h.app.document.is_dirty(), "saved after a pause");
    assert_eq!(store::load(&h.plan_file()).unwrap().project.acronym, "S3");
    assert!(h.shows("All changes saved"));
}

#[test]
fn without_system_dialogs_save_as_and_open_use_a_path_field() {
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    let copy = h.dir.path().join("copy.commplan.ron");

    h.click("Save As…").unwrap();
    assert!(
        h.shows("Type the full path of the plan file (no system file dialog is available here).")
    );
    h.update(Message::Dialog(commplan::app::DialogMessage::PathEdited(
        h.dir.path().display().to_string(),
    )));
    h.click("Save").unwrap();
    assert!(
        h.shows("Type the path of a file, not of a folder."),
        "a folder is refused"
    );
    h.update(Message::Dialog(commplan::app::DialogMessage::PathEdited(
        copy.display().to_string(),
    )));
    h.click("Save").unwrap();
    assert_eq!(store::load(&copy).unwrap(), *h.app.plan, "saved as a copy");
    assert_eq!(
        h.app.document.path.as_deref(),
        Some(copy.as_path()),
        "and continued there"
    );

    // Open the original again through the same field.
    h.click("Open").unwrap();
    h.type_into(commplan::app::PATH_INPUT, "/does-not-exist")
        .unwrap();
    h.update(Message::Dialog(commplan::app::DialogMessage::PathConfirmed));
    assert!(h.shows("There is no file at this path."));
    let original = h.plan_file();
    h.update(Message::Dialog(commplan::app::DialogMessage::PathEdited(
        original.display().to_string(),
    )));
    h.update(Message::Dialog(commplan::app::DialogMessage::PathConfirmed));
    assert_eq!(h.app.document.path.as_deref(), Some(original.as_path()));
    assert!(
        h.app
            .settings
            .recent
            .iter()
            .any(|p| p.ends_with("copy.commplan.ron"))
    );
}

#[test]
fn a_save_that_fails_keeps_the_plan_and_offers_save_as() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let folder = dir.path().join("shared-drive");
    fs::create_dir(&folder).unwrap();
    let file = folder.join("team.commplan.ron");
    store::save(&file, &sample::plan().unwrap(), None).unwrap();
    let mut app = blank_app(Paths::under(dir.path()));
    app.native_dialogs = false;
    app.open_now(file.clone());
    let mut h = Harness { app, dir };

    let mut project = h.app.plan.project.clone();
    project.name = "Work that must not be lost".into();
    h.app.apply(commplan_core::Edit::Project(project));
    read_only(&folder, true);
    h.update(Message::Tick(Instant::now() + Duration::from_secs(5)));
    read_only(&folder, false);

    assert!(h.app.document.failed, "the save failed");
    assert!(
        h.app.document.is_dirty(),
        "the change is still marked unsaved"
    );
    assert_eq!(
        h.app.plan.project.name, "Work that must not be lost",
        "and kept in memory"
    );
    let notice = h.app.notice.clone().expect("a notice says so");
    assert!(notice.text.contains("read-only"), "{}", notice.text);
    assert!(notice.text.contains("Save As"), "{}", notice.text);
    assert_ne!(
        store::load(&file).unwrap().project.name,
        "Work that must not be lost"
    );

    // The notice's Save As button, then a path elsewhere.
    h.click("Save As…").unwrap();
    let elsewhere = h.dir.path().join("rescued.commplan.ron");
    h.update(Message::Dialog(commplan::app::DialogMessage::PathEdited(
        elsewhere.display().to_string(),
    )));
    h.update(Message::Dialog(commplan::app::DialogMessage::PathConfirmed));
    assert_eq!(
        store::load(&elsewhere).unwrap().project.name,
        "Work that must not be lost"
    );
    assert_eq!(h.app.document.path.as_deref(), Some(elsewhere.as_path()));
}

/// Makes a folder read-only, even for root (with the immutable attribute).
fn read_only(folder: &std::path::Path, locked: bool) {
    use std::os::unix::fs::PermissionsExt;
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    if root {
        let flag = if locked { "+i" } else { "-i" };
        let status = std::process::Command::new("chattr")
            .arg(flag)
            .arg(folder)
            .status();
        assert!(status.is_ok_and(|s| s.success()), "chattr {flag}");
    } else {
        let mode = if locked { 0o555 } else { 0o755 };
        fs::set_permissions(folder, fs::Permissions::from_mode(mode)).unwrap();
    }
}
