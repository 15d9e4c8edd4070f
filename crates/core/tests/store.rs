//! Plans on disk: round trips, versions, damaged files, backups.

use commplan_core::testkit;

use std::fs;
use std::path::Path;

use commplan_core::store::{self, LoadError, backup};
use commplan_core::{Plan, sample};
use proptest::prelude::*;

/// Text that stresses the writer: quotes, backslashes, RON syntax, newlines,
/// tabs, emoji, accents, control characters.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[\"\\\\(),:\\[\\]{}#/ \t\n\r]{0,12}",
        "[àéèìòùçčšžßÄÖÜ😀🇮🇹 a-z]{0,20}",
        Just(String::new()),
        Just("r#\"raw\"#".to_owned()),
        Just("\n    log: [],\n".to_owned()),
        Just("\n    ],\n".to_owned()),
    ]
}

fn plan_strategy() -> impl Strategy<Value = Plan> {
    (
        0u64..1000,
        1usize..6,
        0usize..30,
        0usize..8,
        0usize..40,
        proptest::collection::vec(nasty_text(), 8),
    )
        .prop_map(
            |(seed, partners, activities, deliverables, entries, texts)| {
                let size = testkit::Size {
                    partners,
                    activities,
                    deliverables,
                    entries,
                    indicators: 3,
                };
                let mut plan = testkit::plan(size, seed);
                let mut texts = texts.into_iter().cycle();
                plan.project.name = format!("P{}", texts.next().unwrap_or_default());
                for a in plan.activities.iter_mut() {
                    a.title = format!("T{}", texts.next().unwrap_or_default());
                    a.notes = texts.next().unwrap_or_default();
                    a.location.venue = texts.next().unwrap_or_default();
                }
                for e in plan.log.iter_mut() {
                    e.title = format!("L{}", texts.next().unwrap_or_default());
                    e.notes = texts.next().unwrap_or_default();
                }
                for p in plan.partners.iter_mut() {
                    p.name = format!("N{}", texts.next().unwrap_or_default());
                    p.contact_name = texts.next().unwrap_or_default();
                }
                plan
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn saving_and_loading_gives_back_the_same_plan(plan in plan_strategy()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.commplan.ron");
        store::save(&path, &plan, None).unwrap();
        let loaded = store::load(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(loaded, plan);
    }
}

#[test]
fn a_large_plan_round_trips_through_the_two_thread_path() {
    let plan = testkit::plan(
        testkit::Size {
            partners: 12,
            activities: 800,
            deliverables: 50,
            entries: 5_000,
            indicators: 4,
        },
        3,
    );
    let text = store::to_text(&plan);
    assert!(
        store::text::decode_fast(&text, &ron::Options::default()).is_some(),
        "fast path taken"
    );
    assert_eq!(store::parse(&text, Path::new("large")).unwrap(), plan);
}

#[test]
fn a_newer_version_is_refused_and_the_file_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.commplan.ron");
    let text = sample::TEXT.replace("version: 2,", "version: 7,");
    fs::write(&path, &text).unwrap();
    let error = store::load(&path).unwrap_err();
    assert!(matches!(error, LoadError::TooNew { found: 7, .. }));
    let message = error.to_string();
    assert!(message.contains("newer CommPlan"), "{message}");
    assert!(message.contains("left untouched"), "{message}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_hand_broken_file_is_reported_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.commplan.ron");
    // Break line 12 of the sample: drop the comma after a field.
    let mut lines: Vec<String> = sample::TEXT.lines().map(str::to_owned).collect();
    let line = lines
        .iter()
        .position(|l| l.contains("end: \"2019-04-30\","))
        .unwrap();
    lines[line] = lines[line].replace("\",", "\"");
    lines.insert(line + 1, "        nonsense here".into());
    let text = lines.join("\n");
    fs::write(&path, &text).unwrap();
    let message = store::load(&path).unwrap_err().to_string();
    let prefix = format!("{}:{}:", path.display(), line + 2);
    assert!(
        message.starts_with(&prefix),
        "{message} should start with {prefix}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "left untouched");
}

#[test]
fn a_dangling_reference_is_reported_where_it_is() {
    let text = sample::TEXT.replacen("responsible: \"VEN\"", "responsible: \"NOBODY\"", 1);
    let line = text.lines().position(|l| l.contains("\"NOBODY\"")).unwrap() + 1;
    let error = store::parse(&text, Path::new("p.ron")).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("There is no partner “NOBODY”"),
        "{message}"
    );
    // The location points at the activity's id line, just above.
    let reported: usize = message.split(':').nth(1).unwrap().parse().unwrap();
    assert!(
        reported <= line && line - reported < 10,
        "{message} (field on line {line})"
    );
}

#[test]
fn text_that_is_not_utf8_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.commplan.ron");
    let mut bytes = b"(\n    version: 2,\n    project: (name: \"Caf".to_vec();
    bytes.push(0xe9); // é in Latin-1
    bytes.extend_from_slice(b"\"),\n)");
    fs::write(&path, bytes).unwrap();
    let message = store::load(&path).unwrap_err().to_string();
    assert!(message.contains(":3:"), "{message}");
    assert!(message.contains("not UTF-8"), "{message}");
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let text = format!(
        "(version: 2, project: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let error = store::parse(&text, Path::new("deep.ron")).unwrap_err();
    assert!(error.is_damaged());
}

#[test]
fn the_newest_good_backup_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.commplan.ron");
    let policy = backup::Policy {
        interval: std::time::Duration::ZERO,
        ..backup::Policy::new(dir.path().join("backups"))
    };
    let mut plan = sample::plan().unwrap();
    store::save(&path, &plan, Some(&policy)).unwrap();
    plan.project.name = "Second".into();
    store::save(&path, &plan, Some(&policy)).unwrap(); // backs up the first
    std::thread::sleep(std::time::Duration::from_millis(5));
    fs::write(&path, "(version: 2, garbage").unwrap();
    let (found, good) = store::newest_good_backup(&path, &policy).expect("a backup");
    assert!(found.starts_with(dir.path().join("backups")));
    assert_eq!(good.project.name, sample::plan().unwrap().project.name);
    // A damaged backup is passed over.
    plan.project.name = "Third".into();
    fs::write(&path, store::to_text(&plan)).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    policy.backup(&path).unwrap();
    let newest = policy.list(&path)[0].clone();
    fs::write(&newest, "broken").unwrap();
    let (_, good) = store::newest_good_backup(&path, &policy).expect("an older good one");
    assert_ne!(good.project.name, "Third");
}

/// Makes a folder read-only, even for root (who ignores permission bits):
/// with the immutable attribute when running as root.
fn lock_folder(folder: &Path, locked: bool) {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        let flag = if locked { "+i" } else { "-i" };
        let status = std::process::Command::new("chattr")
            .arg(flag)
            .arg(folder)
            .status();
        assert!(
            status.is_ok_and(|s| s.success()),
            "chattr {flag} needs an ext2/3/4 folder"
        );
    } else {
        let mode = if locked { 0o555 } else { 0o755 };
        fs::set_permissions(folder, fs::Permissions::from_mode(mode)).unwrap();
    }
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[test]
fn saving_into_a_read_only_folder_fails_clearly_and_keeps_the_old_file() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let folder = dir.path().join("ro");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("plan.commplan.ron");
    let plan = sample::plan().unwrap();
    store::save(&path, &plan, None).unwrap();
    lock_folder(&folder, true);
    let mut changed = plan.clone();
    changed.project.name = "Changed".into();
    let result = store::save(&path, &changed, None);
    lock_folder(&folder, false);
    let message = result.expect_err("the save fails").to_string();
    assert!(message.contains("read-only"), "{message}");
    assert!(message.contains("plan.commplan.ron"), "{message}");
    assert_eq!(store::load(&path).unwrap(), plan, "the old plan is intact");
}
