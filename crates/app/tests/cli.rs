//! The command line on real files: exit codes, messages, and that headless
//! commands never need a display.

use std::fs;

#[path = "support/cli.rs"]
mod support;

use support::{commplan, commplan_in_locale, text};

#[test]
fn messages_follow_the_system_language_then_the_one_chosen_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let missing = ["check", "/no/such/plan.commplan.ron"];
    let italian = commplan_in_locale(&missing, dir.path(), "it_IT.UTF-8");
    assert_eq!(italian.status.code(), Some(1));
    assert!(
        text(&italian.stderr).contains("il file non esiste"),
        "{}",
        text(&italian.stderr)
    );

    let config = dir.path().join("config").join("commplan");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.ron"), "(language: Some(\"en\"))").unwrap();
    let chosen = commplan_in_locale(&missing, dir.path(), "it_IT.UTF-8");
    assert!(
        text(&chosen.stderr).contains("the file does not exist"),
        "Settings win over the system: {}",
        text(&chosen.stderr)
    );
}

#[test]
fn new_sample_then_check_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.ron");
    let out = commplan(
        &["new", "--sample", "-o", file.to_str().unwrap()],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Wrote"));
    let out = commplan(&["check", file.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("the plan is valid (55 activities"),
        "{}",
        text(&out.stdout)
    );
    // The same through --plan.
    let out = commplan(&["check", "--plan", file.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.commplan.ron");
    fs::write(&file, "precious").unwrap();
    let out = commplan(
        &["new", "--name", "Mine", "-o", file.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("exists already"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "precious");
    let out = commplan(
        &[
            "new",
            "--force",
            "--name",
            "Mine",
            "-o",
            file.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(out.status.success());
    let out = commplan(&["check", file.to_str().unwrap()], dir.path());
    assert!(
        out.status.success(),
        "an empty plan is valid: {}",
        text(&out.stderr)
    );
}

#[test]
fn a_hand_broken_file_fails_with_path_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.commplan.ron");
    let sample = commplan_core::sample::TEXT;
    let broken = sample.replacen("    partners: [", "    partners: [[", 1);
    fs::write(&file, &broken).unwrap();
    let out = commplan(&["check", file.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let line = broken
        .lines()
        .position(|l| l.contains("partners: [["))
        .unwrap()
        + 1;
    let expected = format!("{}:{line}:", file.display());
    assert!(
        stderr.starts_with(&expected),
        "{stderr} should start with {expected}"
    );
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        broken,
        "check never writes"
    );
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = commplan(&["check", "/nonexistent/plan.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("/nonexistent/plan.ron: the file does not exist."));
}

#[test]
fn summary_counts_and_lists_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.commplan.ron");
    commplan(
        &["new", "--sample", "-o", file.to_str().unwrap()],
        dir.path(),
    );
    let out = commplan(&["summary", "--plan", file.to_str().unwrap()], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for expected in [
        "S3-4AlpClusters",
        "15 partners",
        "55 activities",
        "16 deliverables",
        "81 dissemination log entries",
        "Next deadlines:",
    ] {
        assert!(
            stdout.contains(expected),
            "{expected:?} missing from:\n{stdout}"
        );
    }
}

#[test]
fn summary_lists_the_next_five_deadlines_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("future.commplan.ron");
    // Move the sample forward so its deadlines lie ahead of today.
    let mut plan = commplan_core::sample::plan().unwrap();
    let shift = (chrono::Local::now().date_naive() - plan.project.start).num_days() + 30;
    for d in plan.deliverables.iter_mut() {
        d.due += chrono::Duration::days(shift);
        d.status = commplan_core::vocab::DeliverableStatus::InProgress;
        d.submitted = None;
    }
    plan.project.end += chrono::Duration::days(shift + 400);
    commplan_core::store::save(&file, &plan, None).unwrap();
    let out = commplan(&["summary", "--plan", file.to_str().unwrap()], dir.path());
    let stdout = text(&out.stdout);
    let listed: Vec<&str> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("Next deadlines"))
        .skip(1)
        .collect();
    assert_eq!(listed.len(), 5, "{stdout}");
    let mut due: Vec<_> = plan
        .deliverables
        .iter()
        .map(|d| (d.due, d.code.clone()))
        .collect();
    due.sort();
    assert!(listed[0].contains(&due[0].1), "{stdout}");
}

#[test]
fn the_default_plan_is_used_when_none_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = commplan(&["summary"], dir.path());
    assert_eq!(out.status.code(), Some(1), "no default plan yet");
    assert!(
        text(&out.stderr).contains("plan.ron: the file does not exist."),
        "{}",
        text(&out.stderr)
    );
    let default = dir.path().join("data/commplan/plan.ron");
    fs::create_dir_all(default.parent().unwrap()).unwrap();
    fs::write(&default, commplan_core::sample::TEXT).unwrap();
    let out = commplan(&["summary"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn help_and_version_read_well() {
    let dir = tempfile::tempdir().unwrap();
    let out = commplan(&["--help"], dir.path());
    let help = text(&out.stdout);
    assert!(out.status.success());
    for expected in ["new", "check", "summary", "Exit status"] {
        assert!(
            help.contains(expected),
            "{expected} missing from help:\n{help}"
        );
    }
    let out = commplan(&["--version"], dir.path());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("commplan {}", env!("CARGO_PKG_VERSION"))
    );
    let out = commplan(&["check", "--frobnicate"], dir.path());
    assert_eq!(out.status.code(), Some(2), "wrong usage");
    let out = commplan(&["frobnicate"], dir.path());
    assert_eq!(out.status.code(), Some(1), "neither a command nor a file");
    assert!(text(&out.stderr).contains("frobnicate: there is no such plan file (or command)"));
}

#[test]
fn without_a_display_the_window_says_so_instead_of_crashing() {
    let dir = tempfile::tempdir().unwrap();
    let out = commplan(&[], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("No graphical session was found"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn new_writes_the_project_it_is_given_and_never_names_it_after_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("twins.commplan.ron");
    let path = file.to_str().unwrap();
    // Without a name nothing is written, and the user is told what to give.
    let out = commplan(&["new", "-o", path], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--name"),
        "{}",
        text(&out.stderr)
    );
    assert!(!file.exists());
    // --sample with project options is a usage error too.
    let out = commplan(&["new", "--sample", "--name", "X", "-o", path], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(!file.exists());

    let out = commplan(
        &[
            "new",
            "-o",
            path,
            "--name",
            "Alpine Digital Twins",
            "--acronym",
            "ADT",
            "--start",
            "01/10/2025",
            "--end",
            "2028-09-30",
            "--period-months",
            "4",
            "--zone",
            "lisbon",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let plan = commplan_core::store::load(&file).unwrap();
    let project = &plan.project;
    assert_eq!(project.name, "Alpine Digital Twins");
    assert_eq!(project.acronym, "ADT");
    assert_eq!(project.start.to_string(), "2025-10-01");
    assert_eq!(project.end.to_string(), "2028-09-30");
    assert_eq!(project.time_zone, Some(chrono_tz::Europe::Lisbon));
    assert_eq!(commplan_core::period::of(project).len(), 9);

    // The end before the start writes nothing.
    let other = dir.path().join("bad.commplan.ron");
    let out = commplan(
        &[
            "new",
            "-o",
            other.to_str().unwrap(),
            "--name",
            "Bad",
            "--start",
            "2026-01-01",
            "--end",
            "2025-01-01",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!other.exists());
}

#[test]
fn project_prints_and_changes_the_project_and_warns_about_what_falls_outside() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s3.commplan.ron");
    let path = file.to_str().unwrap();
    assert!(
        commplan(&["new", "--sample", "-o", path], dir.path())
            .status
            .success()
    );

    let out = commplan(&["project", "--plan", path], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(printed.contains("Communication lead: VEN"), "{printed}");
    assert!(
        printed.contains("P5: 1 Nov 2018 – 30 Apr 2019"),
        "{printed}"
    );
    let before = fs::read_to_string(&file).unwrap();
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        before,
        "printing changes nothing"
    );

    // Shortening the project lists what falls outside and keeps all of it.
    let out = commplan(
        &[
            "project",
            "--plan",
            path,
            "--end",
            "2018-04-30",
            "--period-months",
            "12",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(printed.contains("outside the project's dates"), "{printed}");
    assert!(
        printed.contains("P2: 1 Nov 2017 – 30 Apr 2018"),
        "{printed}"
    );
    let plan = commplan_core::store::load(&file).unwrap();
    assert_eq!(plan.project.end.to_string(), "2018-04-30");
    assert_eq!(plan.activities.len(), 55, "nothing is deleted");

    // An unknown partner as lead is refused, and the file is unchanged.
    let before = fs::read_to_string(&file).unwrap();
    let out = commplan(
        &["project", "--plan", path, "--communication-lead", "NOPE"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("NOPE"), "{}", text(&out.stderr));
    assert_eq!(fs::read_to_string(&file).unwrap(), before);
    // A known one is set.
    let out = commplan(
        &[
            "project",
            "--plan",
            path,
            "--communication-lead",
            "LOMB",
            "--name",
            "Renamed",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let plan = commplan_core::store::load(&file).unwrap();
    assert_eq!(plan.project.communication_lead.unwrap().as_str(), "LOMB");
    assert_eq!(plan.project.name, "Renamed");
    // A zone is found by its country, and printed with it.
    let out = commplan(
        &["project", "--plan", path, "--zone", "Portugal"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = commplan(&["project", "--plan", path], dir.path());
    let printed = text(&out.stdout);
    assert!(
        printed.contains("Time zone: Europe/Lisbon (Portugal)"),
        "{printed}"
    );
}

#[test]
fn report_writes_a_periods_pack_as_a_page_or_a_table() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s3.commplan.ron");
    let path = file.to_str().unwrap();
    assert!(
        commplan(&["new", "--sample", "-o", path], dir.path())
            .status
            .success()
    );
    let page = dir.path().join("p2.html");
    let out = commplan(
        &[
            "report",
            "--plan",
            path,
            "--period",
            "2",
            "--lang",
            "it",
            "--format",
            "html",
            "-o",
            page.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.contains("<html lang=\"it\">"));
    assert!(html.contains("Attività per work package"));
    assert!(
        html.contains("P2: 1 mag 2017 – 31 ott 2017"),
        "the period with its dates"
    );

    let out = commplan(
        &[
            "report",
            "--plan",
            path,
            "--period",
            "2",
            "--partner",
            "ven",
            "--format",
            "csv",
            "-o",
            "-",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    assert!(csv.contains("This period"), "{csv}");

    for bad in [["--period", "0"], ["--period", "9"]] {
        let out = commplan(
            &[
                "report", "--plan", path, bad[0], bad[1], "--format", "csv", "-o", "-",
            ],
            dir.path(),
        );
        assert_eq!(out.status.code(), Some(2));
        assert!(
            text(&out.stderr).contains("reporting period"),
            "{}",
            text(&out.stderr)
        );
    }
    let out = commplan(
        &[
            "report",
            "--plan",
            path,
            "--period",
            "1",
            "--partner",
            "NOPE",
            "--format",
            "csv",
            "-o",
            "-",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("NOPE"));
}
