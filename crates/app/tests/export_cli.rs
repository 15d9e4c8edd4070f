//! `commplan export …` run as a person would, on a copy of the sample plan.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_commplan"));
    // A temporary home, so no real settings or plan is read.
    let home = std::env::temp_dir().join("commplan-export-cli-home");
    command
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SOURCE_DATE_EPOCH");
    command
}

fn sample(dir: &Path) -> PathBuf {
    let path = dir.join("sample.commplan.ron");
    let status = bin()
        .args(["new", "--sample", "-o"])
        .arg(&path)
        .status()
        .expect("run commplan");
    assert!(status.success());
    path
}

fn run(args: &[&str], plan: &Path) -> Output {
    bin()
        .args(args)
        .arg("--plan")
        .arg(plan)
        .output()
        .expect("run commplan")
}

#[test]
fn ics_to_standard_output_is_the_calendar_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample(dir.path());
    let out = run(
        &[
            "export",
            "ics",
            "--partner",
            "ven",
            "--deliverables",
            "--now",
            "2026-01-15T09:30:00Z",
            "-o",
            "-",
        ],
        &plan,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.contains("DTSTAMP:20260115T093000Z"));
    assert!(
        text.contains("X-WR-CALNAME:S3-4AlpClusters — Veneto Region"),
        "ven matched VEN"
    );
    assert!(text.contains("UID:deliverable-"));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn source_date_epoch_makes_the_file_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample(dir.path());
    let export = || {
        bin()
            .args(["export", "ics", "-o", "-", "--plan"])
            .arg(&plan)
            .env("SOURCE_DATE_EPOCH", "1768469400")
            .output()
            .unwrap()
            .stdout
    };
    let first = export();
    assert!(String::from_utf8_lossy(&first).contains("DTSTAMP:20260115T093000Z"));
    assert_eq!(first, export());
}

#[test]
fn dates_are_read_as_every_date_field_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample(dir.path());
    let export = |from: &str, to: &str| {
        let now = "2026-01-15T09:30:00Z";
        let args = ["export", "ics", "--from", from, "--to", to, "--now", now];
        let out = run(&[&args[..], &["-o", "-"]].concat(), &plan);
        assert!(
            out.status.success(),
            "{from} {to}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let iso = export("2018-01-01", "2018-03-31");
    for (from, to) in [("01.01.2018", "31/03/2018"), ("1.1.2018", " 31.03.18 ")] {
        assert!(export(from, to) == iso, "{from} {to}");
    }
    assert!(
        export("2018-01-01", "2018-03-01") != iso,
        "the dates narrow"
    );
}

#[test]
fn files_are_written_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample(dir.path());
    let cases: [(&[&str], &str); 3] = [
        (
            &[
                "export",
                "csv",
                "--table",
                "deliverables",
                "--separator",
                ";",
                "--bom",
            ],
            "d.csv",
        ),
        (
            &["export", "html", "--partner", "HES-SO", "--lang", "en"],
            "p.html",
        ),
        (
            &[
                "export",
                "ics",
                "--from",
                "2018-01-01",
                "--to",
                "2018-03-31",
                "--utc",
            ],
            "q.ics",
        ),
    ];
    for (args, name) in cases {
        let target = dir.path().join(name);
        let mut all: Vec<&str> = args.to_vec();
        let target_text = target.display().to_string();
        all.extend(["-o", &target_text]);
        let out = run(&all, &plan);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("Wrote {target_text}")));
        let bytes = std::fs::read(&target).unwrap();
        assert!(!bytes.is_empty());
    }
    let csv = std::fs::read(dir.path().join("d.csv")).unwrap();
    assert!(csv.starts_with(b"\xef\xbb\xbfid;code;title;"));
    let ics = std::fs::read_to_string(dir.path().join("q.ics")).unwrap();
    // In UTC mode single items are in UTC; only a series keeps its zone
    // (and so its local hour across daylight-saving changes).
    for event in ics.split("BEGIN:VEVENT").skip(1) {
        assert!(
            !event.contains("DTSTART;TZID") || event.contains("RRULE:"),
            "{event}"
        );
    }
    assert!(ics.contains("DTSTART:2018"));
}

#[test]
fn wrong_usage_says_what_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample(dir.path());
    let cases: [(&[&str], &str); 4] = [
        (
            &["export", "ics", "--partner", "NOPE", "-o", "-"],
            "There is no partner “NOPE”",
        ),
        (
            &[
                "export",
                "ics",
                "--from",
                "2018-02-01",
                "--to",
                "2018-01-01",
                "-o",
                "-",
            ],
            "ends (2018-01-01) before it starts (2018-02-01)",
        ),
        (
            &["export", "ics", "--from", "31/02/2018", "-o", "-"],
            "write it as YYYY-MM-DD",
        ),
        (
            &["export", "csv", "--table", "people", "-o", "-"],
            "is not a table",
        ),
    ];
    for (args, message) in cases {
        let out = run(args, &plan);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?} wrote output");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn an_unwritable_target_exits_3_and_a_missing_plan_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample(dir.path());
    let target = dir.path().join("no-such-folder").join("x.ics");
    let out = bin()
        .args(["export", "ics", "-o"])
        .arg(&target)
        .arg("--plan")
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("x.ics"));
    let out = run(
        &["export", "ics", "-o", "-"],
        &dir.path().join("missing.commplan.ron"),
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn an_ics_export_that_matches_nothing_says_so_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample(dir.path());
    let target = dir.path().join("empty.ics");
    let out = run(
        &[
            "export",
            "ics",
            "--partner",
            "VEN",
            "--from",
            "2030-01-01",
            "--to",
            "2030-12-31",
            "-o",
            target.to_str().unwrap(),
        ],
        &plan,
    );
    assert!(!out.status.success(), "an empty calendar is a failure");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Nothing matched"), "{stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Wrote"));
    assert!(!target.exists(), "nothing is written");
}
