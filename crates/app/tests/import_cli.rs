//! `commplan import dissemination` and `commplan export template` on
//! real files.

#[path = "support/cli.rs"]
mod support;

use std::path::{Path, PathBuf};
use support::{commplan, text};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn sample_plan(dir: &Path) -> PathBuf {
    let path = dir.join("plan.commplan.ron");
    std::fs::write(&path, commplan_core::sample::TEXT).unwrap();
    path
}

fn entries(path: &Path) -> usize {
    commplan_core::store::load(path).unwrap().log.len()
}

#[test]
fn import_reports_rejected_rows_by_line_imports_the_rest_and_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path());
    let before = entries(&plan);
    let file = fixture("messy-english.csv");
    let args = [
        "import",
        "dissemination",
        &file,
        "--plan",
        plan.to_str().unwrap(),
    ];
    let out = commplan(&args, dir.path());
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("messy-english.csv:7: there is no partner “ACME” in the plan."),
        "{stdout}"
    );
    assert!(stdout.contains("3 entries added, 2 skipped"), "{stdout}");
    assert!(text(&out.stderr).contains("7 rows were rejected"));
    assert_eq!(entries(&plan), before + 3);

    let again = commplan(&args, dir.path());
    assert_eq!(again.status.code(), Some(4));
    assert!(text(&again.stdout).contains("0 entries added, 5 skipped"));
    assert_eq!(entries(&plan), before + 3, "the second import adds nothing");
}

#[test]
fn a_dry_run_changes_nothing_and_a_clean_file_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path());
    let original = std::fs::read(&plan).unwrap();
    let file = fixture("excel-italian-semicolon-bom.csv");
    let plan_arg = plan.to_str().unwrap();
    let out = commplan(
        &[
            "import",
            "dissemination",
            &file,
            "--plan",
            plan_arg,
            "--dry-run",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Dry run, nothing was changed: 4 to add"));
    assert_eq!(std::fs::read(&plan).unwrap(), original);

    let out = commplan(
        &["import", "dissemination", &file, "--plan", plan_arg],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("4 entries added, 0 skipped"));
    let backups = dir.path().join("data");
    assert!(
        walk(&backups)
            .iter()
            .any(|p| p.to_string_lossy().contains("/backups/plan-")),
        "the plan as it was is backed up under {}",
        backups.display()
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                found.extend(walk(&path));
            } else {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn an_unknown_partner_is_wrong_usage_and_an_open_plan_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path());
    let original = std::fs::read(&plan).unwrap();
    let file = fixture("excel-french-sep-line.csv");
    let plan_arg = plan.to_str().unwrap();
    let out = commplan(
        &[
            "import",
            "dissemination",
            &file,
            "--plan",
            plan_arg,
            "--partner",
            "acme",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("The plan has no partner “acme”."));

    let _held = commplan_core::store::lock::acquire(&plan)
        .unwrap()
        .expect("the test holds the lock");
    let out = commplan(
        &["import", "dissemination", &file, "--plan", plan_arg],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("is open in CommPlan"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&plan).unwrap(), original);

    let out = commplan(
        &[
            "import",
            "dissemination",
            "/no/such.csv",
            "--plan",
            plan_arg,
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("/no/such.csv: "));
}

#[test]
fn the_exported_template_imports_as_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path());
    let template = dir.path().join("log-template.csv");
    let out = commplan(
        &[
            "export",
            "template",
            "--lang",
            "it",
            "-o",
            template.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&template).unwrap();
    assert!(written.contains("stampa, evento"), "{written}");
    let out = commplan(
        &[
            "import",
            "dissemination",
            template.to_str().unwrap(),
            "--plan",
            plan.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("0 entries added, 0 skipped"));
}

#[test]
fn a_workbook_is_imported_by_sheet_and_row_and_its_rejected_rows_saved_for_the_partner() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path());
    let before = entries(&plan);
    let file = fixture("workbooks/openpyxl-italian-title-rows.xlsx");
    let rejected = dir.path().join("rifiutate.xlsx");
    let out = commplan(
        &[
            "import",
            "dissemination",
            &file,
            "--plan",
            plan.to_str().unwrap(),
            "--rejected",
            rejected.to_str().unwrap(),
            "--lang",
            "it",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("sheet “Registro”, header in row 4"),
        "{stdout}"
    );
    assert!(
        stdout.contains(":sheet “Registro”, row 10: “Piccione viaggiatore”"),
        "{stdout}"
    );
    assert!(stdout.contains("4 entries added, 1 skipped"), "{stdout}");
    assert_eq!(entries(&plan), before + 4);
    let bytes = std::fs::read(&rejected).expect("the rejected rows were written");
    let source = commplan_core::import::Source::from_bytes(&bytes).unwrap();
    let rows = &source.sheets[0].rows;
    assert_eq!(rows.len(), 3, "header and two rejected rows");
    assert!(
        rows[1]
            .cells
            .last()
            .unwrap()
            .text()
            .contains("non è un canale")
    );

    for bad in ["corrupt.xlsx", "password.xlsx", "not-a-workbook.xlsx"] {
        let out = commplan(
            &[
                "import",
                "dissemination",
                &fixture(&format!("workbooks/{bad}")),
                "--plan",
                plan.to_str().unwrap(),
            ],
            dir.path(),
        );
        assert_eq!(out.status.code(), Some(1), "{bad}");
        let message = text(&out.stderr);
        assert!(
            message.contains(bad) && message.contains("Nothing was imported"),
            "{bad}: {message}"
        );
        assert_eq!(entries(&plan), before + 4, "{bad}");
    }
}

#[test]
fn the_workbook_template_with_a_partner_imports_as_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_plan(dir.path());
    let template = dir.path().join("modello.xlsx");
    let out = commplan(
        &[
            "export",
            "template",
            "--format",
            "xlsx",
            "--lang",
            "it",
            "--partner",
            "ven",
            "--plan",
            plan.to_str().unwrap(),
            "-o",
            template.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = commplan(
        &[
            "import",
            "dissemination",
            template.to_str().unwrap(),
            "--plan",
            plan.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("0 entries added, 0 skipped"),
        "{}",
        text(&out.stdout)
    );
}
