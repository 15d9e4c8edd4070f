//! Peak memory of CSV imports on hostile and large inputs, and of checking
//! a large plan (issue 16): each case runs in a process of its own, which
//! reports its peak resident memory (VmHWM in /proc/self/status) before
//! and after the work. Targets: an import at most 4× the input and at most
//! 1 GB; a check at most 3× the plan file.
//!
//! `COMMPLAN_MEMORY_MB` sets the input size (default 48 MB; the figures in
//! the notes were taken with 250).

use std::io::Write;
use std::path::Path;
use std::process::Command;

use commplan_core::{import, sample, store, testkit};

const CHILD: &str = "COMMPLAN_IMPORT_MEMORY_CHILD";

fn megabytes() -> usize {
    std::env::var("COMMPLAN_MEMORY_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48)
}

/// Peak resident memory of this process so far, in bytes.
fn peak() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kb: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kb * 1024
}

/// Writes a case's file of about `size` bytes.
fn write_case(name: &str, size: usize, path: &Path) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let header = "date,partner,channel,title,notes\n";
    match name {
        "commas" => file.write_all(&vec![b','; size]).unwrap(),
        "blank-lines" => file.write_all(&vec![b'\n'; size]).unwrap(),
        "header-then-blank-lines" => {
            file.write_all(header.as_bytes()).unwrap();
            file.write_all(&vec![b'\n'; size]).unwrap();
        }
        "quotes" => {
            file.write_all(header.as_bytes()).unwrap();
            file.write_all(&vec![b'"'; size]).unwrap();
        }
        "zeros" => file.write_all(&vec![0; size]).unwrap(),
        "rows" | "most-rows" => {
            file.write_all(header.as_bytes()).unwrap();
            let mut written = 0;
            let mut i = 0u64;
            let most = if name == "most-rows" {
                import::bounds::MAX_ROWS as u64
            } else {
                u64::MAX
            };
            while written < size && i < most {
                let row = format!(
                    "2017-{:02}-{:02},VEN,web,Newsletter number {i},\n",
                    1 + i % 12,
                    1 + i % 28
                );
                file.write_all(row.as_bytes()).unwrap();
                written += row.len();
                i += 1;
            }
        }
        _ => unreachable!(),
    }
    file.flush().unwrap();
}

/// The import as the command line runs it: capped read, decode, read.
fn import_file(path: &Path) -> String {
    let plan = sample::plan().unwrap();
    let bytes = match import::bounds::read_bytes(path, 256 * 1024 * 1024) {
        Ok(bytes) => bytes,
        Err(error) => return format!("refused: {error}"),
    };
    let text = import::decode_owned(bytes);
    match import::read_text(&text, &plan, &import::Options::default()) {
        Ok(preview) => format!(
            "{} rows, {} rejected",
            preview.rows.len(),
            preview.rejected.len()
        ),
        Err(error) => format!("refused: {error}"),
    }
}

/// `commplan check` as the command line runs it: read, parse, check.
fn check_file(path: &Path) -> String {
    let text = store::read_text(path).unwrap();
    match store::parse(&text, path) {
        Ok(plan) => format!("valid, {} log entries", plan.log.len()),
        Err(error) => format!("refused: {error}"),
    }
}

/// Run by the tests below in a process per case.
#[test]
fn memory_child() {
    let Ok(path) = std::env::var(CHILD) else {
        return;
    };
    let before = peak();
    let outcome = if path.ends_with(".ron") {
        check_file(Path::new(&path))
    } else {
        import_file(Path::new(&path))
    };
    println!("PEAK {} {} {outcome}", before, peak());
}

/// Runs one case in a child process: (bytes used beyond the start, what
/// it did).
fn measure(path: &Path) -> (u64, String) {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(&exe)
        .args(["--exact", "memory_child", "--nocapture", "--test-threads=1"])
        .env(CHILD, path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.split_once("PEAK ").map(|(_, rest)| rest))
        .unwrap_or_else(|| panic!("{stdout} {}", String::from_utf8_lossy(&out.stderr)));
    let mut parts = line.splitn(3, ' ');
    let before: u64 = parts.next().unwrap().parse().unwrap();
    let after: u64 = parts.next().unwrap().parse().unwrap();
    (
        after.saturating_sub(before),
        parts.next().unwrap_or("").to_owned(),
    )
}

#[test]
fn checking_a_large_plan_takes_at_most_three_times_its_size() {
    let dir = tempfile::tempdir().unwrap();
    // The large plan (two thirds log), and one that is mostly activities.
    let activities = testkit::Size {
        activities: 30_000,
        entries: 2_000,
        ..testkit::Size::LARGE
    };
    for (name, size) in [("large", testkit::Size::LARGE), ("activities", activities)] {
        let path = dir.path().join(format!("{name}.commplan.ron"));
        std::fs::write(&path, store::to_text(&testkit::plan(size, 7))).unwrap();
        let bytes = std::fs::metadata(&path).unwrap().len();
        let (used, outcome) = measure(&path);
        eprintln!(
            "check {name}: plan {} MB, peak +{} MB ({:.2}×): {outcome}",
            bytes / 1_048_576,
            used / 1_048_576,
            used as f64 / bytes as f64
        );
        assert!(outcome.starts_with("valid"), "{outcome}");
        assert!(used <= 3 * bytes, "{name}: {used} bytes for {bytes}");
    }
}

#[test]
fn import_memory_stays_bounded() {
    let size = megabytes() * 1024 * 1024;
    let dir = tempfile::tempdir().unwrap();
    let mut report = Vec::new();
    for case in [
        "commas",
        "blank-lines",
        "header-then-blank-lines",
        "quotes",
        "zeros",
        "rows",
        "most-rows",
    ] {
        let path = dir.path().join(format!("{case}.csv"));
        write_case(case, size, &path);
        let input = std::fs::metadata(&path).unwrap().len();
        let (used, outcome) = measure(&path);
        report.push(format!(
            "{case}: input {} MB, peak +{} MB ({:.2}×): {outcome}",
            input / 1_048_576,
            used / 1_048_576,
            used as f64 / input as f64
        ));
        std::fs::remove_file(&path).unwrap();
        // The most rows a file may have take about 50 MB as entries, which
        // is more than 4× a file of short rows: that much is allowed on top.
        let allowance = if case == "most-rows" { 64 << 20 } else { 0 };
        assert!(
            used <= 4 * input + allowance && used <= 1 << 30,
            "{case}: {} MB for {} MB of input",
            used / 1_048_576,
            input / 1_048_576
        );
    }
    eprintln!("{}", report.join("\n"));
}
