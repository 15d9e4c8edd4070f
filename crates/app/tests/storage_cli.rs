//! The plan on disk is never silently overwritten (issue 16), from the
//! command line: writers hold the lock from read to save, exports never
//! write over a plan or an existing file, and what is printed cannot drive
//! the terminal.

#[path = "support/cli.rs"]
mod support;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use support::{commplan, text};

fn sample_plan(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, commplan_core::sample::TEXT).unwrap();
    path
}

fn titles(plan: &Path) -> Vec<String> {
    commplan_core::store::load(plan)
        .unwrap()
        .log
        .into_iter()
        .map(|e| e.title)
        .collect()
}

fn csv(rows: impl IntoIterator<Item = String>) -> String {
    let mut text = String::from("date,partner,channel,title\n");
    for row in rows {
        let _ = writeln!(text, "{row}");
    }
    text
}

/// Two imports, the first on a large file: the second must either wait
/// its turn or be refused, never report success and then be written over
/// by the first's stale copy.
#[test]
fn a_second_import_during_a_long_one_is_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path(), "plan.commplan.ron");
    let big = dir.path().join("big.csv");
    std::fs::write(
        &big,
        csv((0..40_000).map(|i| format!("2017-05-{:02},VEN,web,Big row {i}", 1 + i % 28))),
    )
    .unwrap();
    let small = dir.path().join("small.csv");
    std::fs::write(
        &small,
        csv(["2017-06-01,VEN,web,The second import".to_owned()]),
    )
    .unwrap();

    let first = Command::new(env!("CARGO_BIN_EXE_commplan"))
        .args(["import", "dissemination"])
        .arg(&big)
        .arg("--plan")
        .arg(&plan)
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("LC_ALL", "C")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let second = commplan(
        &[
            "import",
            "dissemination",
            small.to_str().unwrap(),
            "--plan",
            plan.to_str().unwrap(),
        ],
        dir.path(),
    );
    let first = first.wait_with_output().unwrap();
    assert!(first.status.success(), "{}", text(&first.stderr));
    let titles = titles(&plan);
    assert!(titles.iter().any(|t| t == "Big row 39999"));
    if second.status.success() {
        assert!(
            titles.iter().any(|t| t == "The second import"),
            "the second import reported success, and its row is gone"
        );
    } else {
        assert_eq!(second.status.code(), Some(3), "{}", text(&second.stderr));
        assert!(text(&second.stderr).contains("is open"));
    }
}

#[test]
fn an_export_never_writes_over_the_plan_or_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path(), "plan.ron");
    let named = sample_plan(dir.path(), "other.commplan.ron");
    let export = |output: &Path, force: bool| {
        let mut args = vec![
            "export",
            "ics",
            "--plan",
            plan.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ];
        if force {
            args.push("--force");
        }
        commplan(&args, dir.path())
    };
    // The plan being read, though its name is not `.commplan.ron`.
    let out = export(&plan, true);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("is a plan file"),
        "{}",
        text(&out.stderr)
    );
    // Any plan, even with --force.
    let out = export(&named, true);
    assert_eq!(out.status.code(), Some(3));
    // Through a symlink to the plan.
    #[cfg(unix)]
    {
        let link = dir.path().join("calendar.ics");
        std::os::unix::fs::symlink(&plan, &link).unwrap();
        assert_eq!(export(&link, true).status.code(), Some(3));
        std::fs::remove_file(&link).unwrap();
    }
    for file in [&plan, &named] {
        assert_eq!(
            std::fs::read_to_string(file).unwrap(),
            commplan_core::sample::TEXT
        );
    }
    // An existing file only with --force.
    let ics = dir.path().join("partners.ics");
    std::fs::write(&ics, "keep me").unwrap();
    let out = export(&ics, false);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("--force"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&ics).unwrap(), "keep me");
    assert!(export(&ics, true).status.success());
    assert!(
        std::fs::read_to_string(&ics)
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
    // The template too.
    let out = commplan(
        &["export", "template", "-o", named.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn text_from_files_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path(), "plan.commplan.ron");
    let hostile = dir.path().join("hostile.csv");
    std::fs::write(
        &hostile,
        csv(["2017-06-01,\x1b]0;owned\x07ACME\x1b[2K,web,Title".to_owned()]),
    )
    .unwrap();
    let out = commplan(
        &[
            "import",
            "dissemination",
            hostile.to_str().unwrap(),
            "--plan",
            plan.to_str().unwrap(),
            "--dry-run",
        ],
        dir.path(),
    );
    let printed = [out.stdout.clone(), out.stderr.clone()].concat();
    assert!(!printed.contains(&0x1b), "{}", text(&printed));
    assert!(!printed.contains(&0x07));
    // The cell is refused, with its line.
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("line 2") && text(&out.stderr).contains("U+001B"),
        "{}",
        text(&out.stderr)
    );

    // Text from a plan (written by hand or by another program).
    let mut hostile_plan = commplan_core::sample::plan().unwrap();
    hostile_plan.project.acronym = "\x1b]52;c;cGF5bG9hZA==\x07S3\u{9b}2J".into();
    commplan_core::store::save(&plan, &hostile_plan, None).unwrap();
    let out = commplan(&["summary", "--plan", plan.to_str().unwrap()], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!out.stdout.contains(&0x1b), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("\\x1b]52;c;cGF5bG9hZA==\\x07S3\\u{9b}2J"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn no_colour_codes_when_stderr_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path(), "plan.commplan.ron");
    let out = Command::new(env!("CARGO_BIN_EXE_commplan"))
        .args(["export", "ics", "--lang", "xx", "-o", "-", "--plan"])
        .arg(&plan)
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert!(stderr.contains("no strings in language"), "{stderr}");
    assert!(!stderr.contains('\x1b'), "{stderr:?}");
}

/// `new --force` over a plan keeps the plan among the backups first, even
/// when a backup was made a moment ago (of older content).
#[test]
fn new_with_force_keeps_the_replaced_plan_in_the_backups() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path(), "plan.commplan.ron");
    // A recent backup of other content.
    // Where the command's backups go with XDG_DATA_HOME = home/data.
    let backups = commplan_core::store::backup::Policy::new(
        dir.path().join("data").join("commplan").join("backups"),
    );
    std::fs::write(&plan, "an older version").unwrap();
    backups.backup(&plan).unwrap();
    std::fs::write(&plan, commplan_core::sample::TEXT).unwrap();
    let out = commplan(
        &[
            "new",
            "--force",
            "--name",
            "Replacement",
            "-o",
            plan.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let kept = backups
        .list(&plan)
        .iter()
        .any(|b| std::fs::read_to_string(b).unwrap() == commplan_core::sample::TEXT);
    assert!(kept, "the replaced plan is in {:?}", backups.list(&plan));
}
