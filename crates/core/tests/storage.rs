//! The plan on disk is never silently lost (issue 16): checks that locate
//! errors in linear time, plans with a byte order mark, saves refused when
//! the file changed on disk or the plan could not be opened again.

use std::fs;
use std::time::{Duration, Instant};

use commplan_core::store::{self, LoadError, Stamp};
use commplan_core::{sample, testkit};

/// The large generated plan (13 MB) with the id of one partner renamed by
/// hand, as `examples/dump.rs` writes it: every item that names it is an
/// error, and each is located in the text.
#[test]
fn errors_in_a_large_plan_are_located_in_linear_time() {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let text = store::to_text(&plan);
    assert!(text.len() > 10_000_000, "{} bytes", text.len());
    let renamed = text.replacen("id: \"P03\"", "id: \"P03X\"", 1);
    assert_ne!(renamed, text);
    let started = Instant::now();
    let error = store::parse(&renamed, std::path::Path::new("large.commplan.ron")).unwrap_err();
    let elapsed = started.elapsed();
    let LoadError::Invalid { problems, .. } = &error else {
        panic!("{error:?}");
    };
    assert!(problems.len() > 100, "{} problems", problems.len());
    // Each problem is on its own line, where the item is.
    let first = &problems[0];
    assert!(first.0 > 1, "{first:?}");
    eprintln!(
        "{} problems located in {:.2} s",
        problems.len(),
        elapsed.as_secs_f64()
    );
    assert!(
        elapsed < Duration::from_secs(15),
        "took {elapsed:?} (58 s before)"
    );
}

#[test]
fn a_plan_with_a_byte_order_mark_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notepad.commplan.ron");
    fs::write(&path, format!("\u{feff}{}", sample::TEXT)).unwrap();
    let plan = store::load(&path).unwrap();
    assert_eq!(plan, sample::plan().unwrap());
}

#[test]
fn a_save_over_a_file_changed_on_disk_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.commplan.ron");
    fs::write(&path, sample::TEXT).unwrap();
    let (mut plan, stamp) = store::load_stamped(&path).unwrap();
    // A sync client writes another version.
    let outside =
        sample::TEXT.replacen("acronym: \"S3-4AlpClusters\"", "acronym: \"S3 synced\"", 1);
    assert_ne!(outside, sample::TEXT);
    fs::write(&path, &outside).unwrap();
    plan.project.name.push_str(" (mine)");
    let error = store::save_checked(&path, &plan, None, Some(&stamp)).unwrap_err();
    assert!(error.is_conflict(), "{error}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        outside,
        "nothing written"
    );

    // Once read again, the save goes through, and its stamp is the file's.
    let (_, fresh) = store::load_stamped(&path).unwrap();
    let saved = store::save_checked(&path, &plan, None, Some(&fresh)).unwrap();
    assert_eq!(Stamp::read(&path).unwrap(), Some(saved.stamp));
}

#[test]
fn a_failed_backup_is_reported_by_the_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.commplan.ron");
    fs::write(&path, sample::TEXT).unwrap();
    // The backups folder cannot be made: a file is in its way.
    let blocked = dir.path().join("backups");
    fs::write(&blocked, "not a folder").unwrap();
    let policy = store::backup::Policy::new(blocked);
    let plan = sample::plan().unwrap();
    let saved = store::save_checked(&path, &plan, Some(&policy), None).unwrap();
    assert!(saved.backup_failed.is_some());
}

/// A valid plan whose project ends in 2999, with every activity repeating
/// weekly without end: the printable schedule stays bounded and says so.
#[test]
fn the_html_of_an_open_ended_plan_is_bounded_and_says_so() {
    use commplan_core::export::{self, Format, Request};
    use commplan_core::{Recurrence, vocab::RepeatUnit};
    let mut plan = sample::plan().unwrap();
    plan.project.end = chrono::NaiveDate::from_ymd_opt(2999, 12, 31).unwrap();
    for activity in &mut plan.activities {
        activity.recurrence = Some(Box::new(Recurrence::new(1, RepeatUnit::Week, None)));
    }
    let now = chrono::DateTime::parse_from_rfc3339("2026-01-15T09:30:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let request = Request::new(Format::Html, "en", now);
    let html = export::render(&plan, &request).unwrap();
    let large = testkit::plan(testkit::Size::LARGE, 7);
    let large_html = export::render(&large, &request).unwrap();
    eprintln!(
        "plan of {} KB, {} repeating activities: HTML {} KB; large plan: HTML {} KB",
        store::to_text(&plan).len() / 1024,
        plan.activities.len(),
        html.len() / 1024,
        large_html.len() / 1024
    );
    assert!(html.len() < 20 * 1024 * 1024, "{} bytes", html.len());
    let text = String::from_utf8(html).unwrap();
    assert!(text.contains("at most 120 times each"), "the page says so");
    assert!(large_html.len() < 100 * 1024 * 1024);
}

/// A plan whose file name is 245 to 255 bytes long saves with its backups
/// and can be locked (the lock file and the backups folder are named after
/// it, shortened).
#[test]
fn a_plan_with_a_name_of_255_bytes_saves_backs_up_and_locks() {
    let dir = tempfile::tempdir().unwrap();
    let policy = store::backup::Policy {
        root: dir.path().join("backups"),
        keep: 3,
        interval: Duration::ZERO,
    };
    let plan = sample::plan().unwrap();
    for length in [245, 250, 255] {
        let stem = "é".repeat((length - ".commplan.ron".len()) / 2);
        let stem = if stem.len() + ".commplan.ron".len() < length {
            format!("{stem}x")
        } else {
            stem
        };
        let name = format!("{stem}.commplan.ron");
        assert_eq!(name.len(), length);
        let path = dir.path().join(&name);
        store::save(&path, &plan, Some(&policy)).unwrap();
        let saved = store::save_checked(&path, &plan, Some(&policy), None).unwrap();
        assert!(saved.backup_failed.is_none(), "{:?}", saved.backup_failed);
        assert_eq!(policy.list(&path).len(), 1);
        let lock = store::lock::acquire(&path).unwrap();
        assert!(lock.is_some(), "{length} bytes");
    }
}
