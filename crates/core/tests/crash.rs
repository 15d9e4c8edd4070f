//! Kills a process that is saving a plan, over and over, at random moments,
//! and proves the plan on disk is always loadable and equal to the old or
//! the new state.

use commplan_core::testkit;

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use commplan_core::store;

const CHILD: &str = "COMMPLAN_CRASH_CHILD";
const KILLS: usize = 200;

/// The child: writes the two states alternately, exactly as a save does
/// after serialising, until it is killed.
#[test]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD) else {
        return; // only does something when started by the test below
    };
    let dir = Path::new(&dir);
    let old = fs::read(dir.join("old.txt")).expect("old state");
    let new = fs::read(dir.join("new.txt")).expect("new state");
    let path = dir.join("plan.commplan.ron");
    println!("ready");
    loop {
        store::atomic::write(&path, &new).expect("write");
        store::atomic::write(&path, &old).expect("write");
    }
}

#[test]
fn killing_a_saving_process_never_leaves_a_broken_plan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.commplan.ron");
    let size = testkit::Size {
        partners: 20,
        activities: 3_000,
        deliverables: 200,
        entries: 8_000,
        indicators: 6,
    };
    let old = testkit::plan(size, 11);
    let mut new = old.clone();
    new.project.name = "The new state".into();
    for a in new.activities.iter_mut() {
        a.title.push_str(" (changed)");
    }
    let (old_text, new_text) = (store::to_text(&old), store::to_text(&new));
    assert_eq!(store::parse(&old_text, &path).unwrap(), old);
    assert_eq!(store::parse(&new_text, &path).unwrap(), new);
    fs::write(dir.path().join("old.txt"), &old_text).unwrap();
    fs::write(dir.path().join("new.txt"), &new_text).unwrap();
    store::save(&path, &old, None).unwrap();

    // How long one write takes here, to aim the kills inside writes.
    let timer = Instant::now();
    store::atomic::write(&path, old_text.as_bytes()).unwrap();
    let write_time = timer.elapsed().as_micros().max(500) as usize;

    let exe = std::env::current_exe().unwrap();
    let mut rng = testkit::Rng::new(2026);
    let (mut mid_write, mut saw_new) = (0, false);
    let started = Instant::now();
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let ready = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|l| l.contains("ready"));
        assert!(ready, "round {round}: the child did not start");
        std::thread::sleep(Duration::from_micros(rng.below(write_time * 4) as u64));
        child.kill().unwrap(); // SIGKILL: no destructors, no flushing
        child.wait().unwrap();
        let temps = store::atomic::temp_files(&path);
        if !temps.is_empty() {
            mid_write += 1;
        }
        for temp in temps {
            fs::remove_file(&temp).unwrap();
        }
        let on_disk = fs::read_to_string(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        saw_new |= on_disk == new_text;
        assert!(
            on_disk == old_text || on_disk == new_text,
            "round {round}: the plan is neither state"
        );
    }
    assert_eq!(
        store::load(&path).unwrap().activities.len(),
        3_000,
        "and it loads"
    );
    eprintln!(
        "{KILLS} kills in {:.1} s; {mid_write} landed while a temporary file was being written",
        started.elapsed().as_secs_f64()
    );
    assert!(
        saw_new,
        "some kills happened after a complete save of the new state"
    );
    assert!(
        mid_write > KILLS / 10,
        "the kills should often land mid-write ({mid_write})"
    );
}
