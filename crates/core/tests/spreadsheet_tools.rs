//! Our XLSX exports opened by the programs partners use, live: LibreOffice
//! headless converts each to CSV, which must hold the same records as our
//! own CSV export of the table; openpyxl checks cell types, the frozen
//! header, the autofilter and the template's drop-down lists, and fills the
//! template in, which then imports exactly the rows filled.
//!
//! Ignored in plain `cargo test` (they need LibreOffice and a Python with
//! openpyxl); `.ci/run` installs both and runs them with `--ignored`.
//! COMMPLAN_PYTHON names the Python (default: target/pyenv/bin/python).

use std::path::{Path, PathBuf};
use std::process::Command;

use commplan_core::export::csv::{self, Table};
use commplan_core::export::{Scope, xlsx};
use commplan_core::i18n::Strings;
use commplan_core::import::{self, Options};
use commplan_core::{PartnerId, Plan, sample};

fn plan() -> Plan {
    sample::plan().expect("the sample loads")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn python() -> PathBuf {
    std::env::var_os("COMMPLAN_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/pyenv/bin/python"))
}

fn run(command: &mut Command) -> String {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{command:?} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

fn records(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.expect("CSV record")
                .iter()
                .map(|c| import::values::unguard(c).replace("\r\n", "\n"))
                .collect()
        })
        .collect()
}

fn percent(text: &str) -> Option<f64> {
    text.strip_suffix('%')?.parse().ok()
}

#[test]
#[ignore = "needs LibreOffice (soffice) on PATH; run by .ci/run"]
fn libreoffice_reads_every_xlsx_export_as_our_csv() {
    let plan = plan();
    let dir = tempfile::tempdir().expect("temporary folder");
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        dir.path().display()
    );
    for language in ["en", "it", "de"] {
        let strings = Strings::new(language);
        let mut files = Vec::new();
        for table in Table::ALL {
            let name = format!("{language}-{}", table.slug());
            let bytes = xlsx::write(&plan, &Scope::default(), table, &strings).expect("xlsx");
            let path = dir.path().join(format!("{name}.xlsx"));
            std::fs::write(&path, bytes).expect("written");
            files.push((table, name, path));
        }
        let mut command = Command::new("soffice");
        command
            .arg(&profile)
            .args([
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1",
            ])
            .arg("--outdir")
            .arg(dir.path());
        for (_, _, path) in &files {
            command.arg(path);
        }
        run(&mut command);
        for (table, name, _) in files {
            let converted = std::fs::read(dir.path().join(format!("{name}.csv")))
                .unwrap_or_else(|e| panic!("{name}.csv: {e}"));
            let ours = csv::write(
                &plan,
                &Scope::default(),
                &csv::Options {
                    table,
                    separator: b',',
                    bom: true,
                    translated: true,
                },
                Some(&strings),
            );
            let (theirs, ours) = (records(&converted), records(&ours));
            assert_eq!(theirs.len(), ours.len(), "{name}: rows");
            for (i, (a, b)) in theirs.iter().zip(&ours).enumerate() {
                let a: Vec<&str> = a.iter().map(|s| s.trim_end()).collect();
                let b: Vec<&str> = b.iter().map(|s| s.trim_end()).collect();
                // A percentage on a half (0.5035 → 50.3% or 50.4%) is
                // rounded by each program its own way: within 0.1 point.
                let same = a.len() == b.len()
                    && a.iter().zip(&b).all(|(x, y)| {
                        x == y
                            || match (percent(x), percent(y)) {
                                (Some(x), Some(y)) => (x - y).abs() <= 0.1 + 1e-9,
                                _ => false,
                            }
                    });
                assert!(same, "{name}: row {}:\n{a:?}\n{b:?}", i + 1);
            }
        }
    }
}

#[test]
#[ignore = "needs Python with openpyxl (target/pyenv); run by .ci/run"]
fn openpyxl_checks_types_and_the_templates_lists() {
    let plan = plan();
    let dir = tempfile::tempdir().expect("temporary folder");
    let script = root().join(".ci/xlsx-check.py");
    let strings = Strings::new("it");
    let mut tables = Command::new(python());
    tables.arg(&script).arg("table");
    for table in Table::ALL {
        let path = dir.path().join(format!("{}.xlsx", table.slug()));
        let bytes = xlsx::write(&plan, &Scope::default(), table, &strings).expect("xlsx");
        std::fs::write(&path, bytes).expect("written");
        tables.arg(path);
    }
    run(&mut tables);

    for language in ["en", "it", "de", "fr", "sl"] {
        let strings = Strings::new(language);
        let template = dir.path().join(format!("template-{language}.xlsx"));
        let filled = dir.path().join(format!("filled-{language}.xlsx"));
        let bytes = xlsx::template(Some(&PartnerId::new("VEN")), &strings).expect("template");
        std::fs::write(&template, bytes).expect("written");
        run(Command::new(python())
            .arg(&script)
            .args(["template"])
            .arg(&template)
            .arg("VEN"));
        run(Command::new(python())
            .arg(&script)
            .arg("fill")
            .arg(&template)
            .arg(&filled));
        let bytes = std::fs::read(&filled).expect("filled template");
        let preview = import::read(&bytes, &plan, &Options::default()).expect("imports");
        assert!(
            preview.rejected.is_empty(),
            "{language}: {:?}",
            preview.rejected
        );
        let titles: Vec<&str> = preview
            .rows
            .iter()
            .map(|r| r.entry.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "Workshop filled in openpyxl",
                "Article filled in openpyxl",
                "News filled in openpyxl"
            ],
            "{language}: exactly the rows filled"
        );
        assert!(
            preview
                .rows
                .iter()
                .all(|r| r.entry.partner == PartnerId::new("VEN"))
        );
        assert_eq!(preview.rows[0].entry.participants, Some(45));
    }
}
