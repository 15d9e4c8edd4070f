//! Hostile plan files: each gives a clear error (or loads), never a panic
//! or a hang. Every case runs against a time limit.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use commplan_core::store::{self, LoadError};
use commplan_core::{Plan, sample};

/// Loads `path` on another thread and fails the test if it takes too long.
fn load_within(path: &Path, limit: Duration) -> Result<Plan, String> {
    let (send, receive) = mpsc::channel();
    let owned: PathBuf = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = send.send(store::load(&owned).map_err(|e| e.to_string()));
    });
    receive
        .recv_timeout(limit)
        .unwrap_or_else(|_| panic!("loading {} took over {limit:?}", path.display()))
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

const LIMIT: Duration = Duration::from_secs(10);

#[test]
fn a_huge_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.commplan.ron");
    let file = fs::File::create(&path).unwrap();
    file.set_len(store::MAX_FILE_SIZE + 1).unwrap(); // sparse: no disk used
    let error = load_within(&path, LIMIT).unwrap_err();
    assert!(
        error.contains("more than the 512 MB a plan may have"),
        "{error}"
    );
    assert!(matches!(
        store::load(&path),
        Err(LoadError::TooLarge { .. })
    ));
}

#[test]
fn deeply_nested_brackets_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("(version: 2, project: {}", "(".repeat(1_000_000));
    let error = load_within(&write(dir.path(), "deep.ron", text), LIMIT).unwrap_err();
    assert!(
        error.starts_with(&format!("{}:1:", dir.path().join("deep.ron").display())),
        "{error}"
    );
}

#[test]
fn invalid_utf8_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = sample::TEXT.as_bytes()[..200].to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00]);
    let error = load_within(&write(dir.path(), "bin.ron", bytes), LIMIT).unwrap_err();
    assert!(error.contains("not UTF-8"), "{error}");
}

#[test]
fn a_field_of_one_megabyte_loads_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = sample::plan().unwrap();
    plan.activities[0].notes = "é".repeat(512 * 1024);
    plan.activities[1].title = "x".repeat(1024 * 1024);
    let path = dir.path().join("big-field.ron");
    store::save(&path, &plan, None).unwrap();
    assert_eq!(load_within(&path, LIMIT).unwrap(), plan);
}

#[test]
fn dates_out_of_range_are_refused_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    for date in [
        "\"2017-02-30\"",
        "\"99999999-01-01\"",
        "\"2017-13-01\"",
        "20170101",
    ] {
        let text = sample::TEXT.replacen("\"2016-11-01\"", date, 1);
        let error = load_within(&write(dir.path(), "dates.ron", &text), LIMIT).unwrap_err();
        let line = text.lines().position(|l| l.contains(date)).unwrap() + 1;
        assert!(
            error.contains(&format!("dates.ron:{line}:")),
            "{date}: {error}"
        );
    }
}

#[test]
fn dates_chrono_accepts_but_no_plan_needs_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (from, to) in [
        ("\"2016-11-01\"", "\"-2017-01-01\""),
        ("\"2019-04-30\"", "\"+262142-12-31\""),
    ] {
        let text = sample::TEXT.replacen(from, to, 1);
        let error = load_within(&write(dir.path(), "far.ron", &text), LIMIT).unwrap_err();
        assert!(
            error.contains("lies outside the years 1900 to 2999"),
            "{to}: {error}"
        );
    }
    let mut plan = sample::plan().unwrap();
    plan.log[3].date = chrono::NaiveDate::MAX;
    let error = store::parse(&store::to_text(&plan), Path::new("max.ron"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("Log entry L4"), "{error}");
    assert!(
        plan.activities[0]
            .when
            .checked_shift(i64::MAX / 2)
            .is_none()
    );
}

#[test]
fn duplicate_ids_are_reported_for_each_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = sample::plan().unwrap();
    plan.activities[1].id = plan.activities[0].id;
    plan.log[5].id = plan.log[4].id;
    plan.partners.push(plan.partners[0].clone());
    let error =
        load_within(&write(dir.path(), "dups.ron", store::to_text(&plan)), LIMIT).unwrap_err();
    for expected in [
        "Activity A1: another item above has the same id",
        "Log entry L5: another item above",
        "Partner HES-SO: another item above",
    ] {
        assert!(
            error.contains(expected),
            "{expected} missing from:\n{error}"
        );
    }
    assert!(error.lines().all(|l| l.contains("dups.ron:")), "{error}");
}

#[test]
fn references_to_missing_partners_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = sample::plan().unwrap();
    plan.deliverables[0].lead = "GONE".into();
    plan.log[0].partner = "GONE".into();
    let error =
        load_within(&write(dir.path(), "refs.ron", store::to_text(&plan)), LIMIT).unwrap_err();
    assert_eq!(
        error.matches("There is no partner “GONE”").count(),
        2,
        "{error}"
    );
}

#[test]
fn garbage_of_every_sort_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"()".to_vec(),
        b"(version: 2)".to_vec(),
        b"(version: 4294967296)".to_vec(),
        b"(version: -1)".to_vec(),
        b"[[[[[".to_vec(),
        b"\"unterminated".to_vec(),
        sample::TEXT.as_bytes()[..sample::TEXT.len() / 2].to_vec(),
        sample::TEXT.replace("Some(", "Some((").into_bytes(),
        sample::TEXT
            .replace("kind: ", "kind: Nonsense")
            .into_bytes(),
        std::iter::repeat_n(b'(', 200)
            .chain(std::iter::repeat_n(b')', 200))
            .collect(),
    ];
    for (i, bytes) in cases.into_iter().enumerate() {
        let path = write(dir.path(), &format!("g{i}.ron"), bytes);
        let error = load_within(&path, LIMIT).expect_err("garbage is refused");
        assert!(error.contains(&format!("g{i}.ron")), "case {i}: {error}");
    }
}
