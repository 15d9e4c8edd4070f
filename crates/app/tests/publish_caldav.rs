//! `commplan publish caldav|webdav` against a real CalDAV server (Radicale
//! on loopback), read back by an independent client (Python `caldav` and
//! `icalendar`, `.ci/caldav-read.py`).
//!
//! These tests need the server: they are `#[ignore]`d in a plain `cargo
//! test`, and `.ci/run` starts Radicale (`.ci/radicale start`) and runs
//! them with `--ignored`, the server's URL in `COMMPLAN_CALDAV_TEST_URL`.
//! Each test publishes a plan of its own acronym, so its calendars never
//! meet another test's.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use commplan_core::testkit::{self, Size};
use commplan_core::{ActivityId, Plan, store};

const ALICE: (&str, &str) = ("alice", "alice-secret");
const BOB: (&str, &str) = ("bob", "bob-secret");

fn server() -> String {
    std::env::var("COMMPLAN_CALDAV_TEST_URL")
        .expect("COMMPLAN_CALDAV_TEST_URL: start one with `.ci/radicale start`")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_commplan"));
    let home = std::env::temp_dir().join("commplan-publish-cli-home");
    command
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("COMMPLAN_CALDAV_PASSWORD");
    command
}

/// The sample plan under another acronym, saved in `dir`.
fn sample(dir: &Path, acronym: &str) -> (PathBuf, Plan) {
    let mut plan = commplan_core::sample::plan().unwrap();
    plan.project.acronym = acronym.to_owned();
    save(dir, plan)
}

fn save(dir: &Path, plan: Plan) -> (PathBuf, Plan) {
    let path = dir.join("plan.commplan.ron");
    store::save(&path, &plan, None).unwrap();
    (path, plan)
}

fn publish(plan: &Path, user: (&str, &str), extra: &[&str]) -> Output {
    bin()
        .args(["publish", "caldav", "--url", &server(), "--user", user.0])
        .args(extra)
        .arg("--plan")
        .arg(plan)
        .env("COMMPLAN_CALDAV_PASSWORD", user.1)
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// `N PUT` from the requests line.
fn puts(stdout: &str) -> usize {
    let line = stdout.lines().last().unwrap();
    let inside = line.split('(').nth(1).unwrap();
    inside.split(' ').next().unwrap().parse().unwrap()
}

#[derive(Debug, Clone)]
struct Event {
    href: String,
    etag: String,
    uid: String,
    summary: String,
    categories: String,
    alarms: usize,
}

/// Calendars (by name) whose name starts with `prefix`, with display name
/// and events, as the independent client reads them.
fn read(prefix: &str, user: (&str, &str)) -> BTreeMap<String, (String, Vec<Event>)> {
    let python = std::env::var("COMMPLAN_CALDAV_PYTHON").unwrap_or("/usr/bin/python3".into());
    let out = Command::new(python)
        .arg(root().join(".ci/caldav-read.py"))
        .args([&server(), user.0])
        .env("CALDAV_PASSWORD", user.1)
        .env("PREFIX", prefix)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut calendars = BTreeMap::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        match f[0] {
            "C" => {
                calendars.insert(f[1].to_owned(), (f[2].to_owned(), Vec::new()));
            }
            "E" => calendars.get_mut(f[1]).unwrap().1.push(Event {
                href: f[2].to_owned(),
                etag: f[3].to_owned(),
                uid: f[4].to_owned(),
                summary: f[5].to_owned(),
                categories: f[6].to_owned(),
                alarms: f[7].parse().unwrap(),
            }),
            _ => panic!("{line}"),
        }
    }
    calendars
}

/// The number of VEVENTs in CommPlan's own export for a partner.
fn exported_events(plan: &Path, partner: &str) -> usize {
    let out = bin()
        .args([
            "export",
            "ics",
            "--deliverables",
            "--partner",
            partner,
            "-o",
            "-",
        ])
        .arg("--plan")
        .arg(plan)
        .output()
        .unwrap();
    if !out.status.success() {
        return 0; // nothing matched
    }
    String::from_utf8_lossy(&out.stdout)
        .matches("BEGIN:VEVENT")
        .count()
}

fn etags(calendars: &BTreeMap<String, (String, Vec<Event>)>) -> BTreeMap<(String, String), String> {
    calendars
        .iter()
        .flat_map(|(name, (_, events))| {
            events
                .iter()
                .map(move |e| ((name.clone(), e.href.clone()), e.etag.clone()))
        })
        .collect()
}

#[test]
#[ignore = "needs a CalDAV server: .ci/run starts Radicale"]
fn every_partner_gets_a_calendar_equal_to_its_export_in_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let (path, plan) = sample(dir.path(), "PubLang");
    let stdout = ok(&publish(&path, ALICE, &["--remind", "7"]));
    let read = read("publang-", ALICE);
    for partner in &plan.partners {
        let name = format!("publang-{}", partner.id.as_str().to_ascii_lowercase());
        let expected = exported_events(&path, partner.id.as_str());
        let (display, events) = read
            .get(&name)
            .unwrap_or_else(|| panic!("no calendar {name}: {read:?}\n{stdout}"));
        assert!(display.contains(partner.id.as_str()), "{display}");
        assert_eq!(events.len(), expected, "{name}");
        // Resources are named by their UID.
        for e in events {
            assert_eq!(e.href.replace("%40", "@"), format!("{}.ics", e.uid));
        }
        // Deadlines in the partner's first working language, reminders on
        // the open ones.
        let word = match partner.languages.first().map(|l| l.0.as_str()) {
            Some("de") => "Frist",
            Some("it") => "Scadenza",
            Some("fr") => "Échéance",
            Some("sl") => "Rok",
            _ => "Deadline",
        };
        let deadlines: Vec<&Event> = events
            .iter()
            .filter(|e| e.uid.starts_with("deliverable-"))
            .collect();
        for e in &deadlines {
            assert!(e.summary.starts_with(word), "{name}: {}", e.summary);
            assert_eq!(e.categories, word);
        }
        let open = plan
            .deliverables
            .iter()
            .filter(|d| d.partners().any(|p| p == &partner.id) && !d.status.is_delivered())
            .count();
        assert_eq!(deadlines.iter().filter(|e| e.alarms == 1).count(), open);
    }
}

#[test]
#[ignore = "needs a CalDAV server: .ci/run starts Radicale"]
fn an_unchanged_plan_sends_nothing_an_edit_one_resource_a_deletion_removes() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut plan) = sample(dir.path(), "PubInc");
    ok(&publish(&path, ALICE, &[]));
    let before = read("pubinc-", ALICE);

    let again = ok(&publish(&path, ALICE, &[]));
    assert_eq!(puts(&again), 0, "{again}");
    assert!(again.contains(" 0 DELETE, 0 MKCALENDAR"), "{again}");
    assert_eq!(etags(&read("pubinc-", ALICE)), etags(&before));

    // Retitle activity 5: exactly its resource changes, in every calendar
    // it is in.
    let id = ActivityId(5);
    let index = plan.activities.iter().position(|a| a.id == id).unwrap();
    plan.activities[index].title.push_str(" (updated)");
    plan.activities[index].sequence += 1;
    let (path, mut plan) = save(dir.path(), plan);
    let edited = ok(&publish(&path, ALICE, &[]));
    let after = read("pubinc-", ALICE);
    let changed: BTreeSet<String> = etags(&after)
        .into_iter()
        .filter(|(k, v)| etags(&before).get(k) != Some(v))
        .map(|((_, href), _)| href.replace("%40", "@"))
        .collect();
    let uid = "activity-5@pubinc.commplan.ics";
    assert_eq!(changed, BTreeSet::from([uid.to_owned()]), "{edited}");
    let involved = plan.activities[index].partners().count();
    assert_eq!(puts(&edited), involved, "{edited}");

    // Delete it (and the log's mentions of it): it goes from every
    // calendar.
    plan.activities.remove(index);
    plan.log.retain(|e| e.activity != Some(id));
    let (path, _) = save(dir.path(), plan);
    let deleted = ok(&publish(&path, ALICE, &[]));
    assert!(deleted.contains(&format!("{involved} DELETE")), "{deleted}");
    let gone = read("pubinc-", ALICE);
    assert!(
        gone.values()
            .all(|(_, events)| events.iter().all(|e| !e.uid.starts_with("activity-5@")))
    );
    assert_eq!(puts(&ok(&publish(&path, ALICE, &[]))), 0);
}

#[test]
#[ignore = "needs a CalDAV server: .ci/run starts Radicale"]
fn a_dry_run_changes_nothing_and_a_partner_filter_publishes_one_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = sample(dir.path(), "PubDry");
    let out = ok(&publish(&path, ALICE, &["--dry-run", "--partner", "ven"]));
    assert!(out.contains("Dry run"), "{out}");
    assert!(out.contains("VEN (it)"), "{out}");
    assert!(read("pubdry-", ALICE).is_empty());
    ok(&publish(
        &path,
        ALICE,
        &["--partner", "ven", "--whole-plan"],
    ));
    let read = read("pubdry", ALICE);
    assert_eq!(read.keys().collect::<Vec<_>>(), ["pubdry", "pubdry-ven"]);
    // The whole plan's calendar has every activity and deadline.
    let mut everything = bin();
    everything
        .args(["export", "ics", "--deliverables", "-o", "-", "--plan"])
        .arg(&path);
    let whole = String::from_utf8(everything.output().unwrap().stdout).unwrap();
    assert_eq!(
        read["pubdry"].1.len(),
        whole.matches("BEGIN:VEVENT").count()
    );
}

#[test]
#[ignore = "needs a CalDAV server: .ci/run starts Radicale"]
fn a_wrong_password_or_anothers_calendar_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = sample(dir.path(), "PubAuth");
    let out = publish(&path, ("alice", "not-the-password"), &[]);
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("refused the user name or password (401)"),
        "{stderr}"
    );
    assert!(!stderr.contains("not-the-password"));
    // Bob writing into Alice's calendar home.
    let alice_home = format!("{}alice/", server());
    let out = bin()
        .args(["publish", "caldav", "--url", &alice_home, "--user", "bob"])
        .args(["--partner", "VEN", "--plan"])
        .arg(&path)
        .env("COMMPLAN_CALDAV_PASSWORD", BOB.1)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("(403)"), "{stderr}");
    // The password from standard input works as the variable does.
    let mut child = bin()
        .args(["publish", "caldav", "--url", &server(), "--user", "alice"])
        .args(["--partner", "VEN", "--dry-run", "--plan"])
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    writeln!(child.stdin.take().unwrap(), "{}", ALICE.1).unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
}

/// The generated plan with 1,000+ events for partner P01.
fn large(dir: &Path, acronym: &str) -> (PathBuf, Plan) {
    let mut plan = testkit::plan(
        Size {
            partners: 2,
            activities: 1_600,
            deliverables: 60,
            entries: 0,
            indicators: 0,
        },
        19,
    );
    plan.project.acronym = acronym.to_owned();
    save(dir, plan)
}

#[test]
#[ignore = "needs a CalDAV server: .ci/run starts Radicale"]
fn an_interrupted_publish_is_completed_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = large(dir.path(), "PubKill");
    let expected = exported_events(&path, "P01");
    assert!(expected >= 1_000, "{expected}");
    let mut child = bin()
        .args(["publish", "caldav", "--url", &server(), "--user", "alice"])
        .args(["--partner", "P01", "--plan"])
        .arg(&path)
        .env("COMMPLAN_CALDAV_PASSWORD", ALICE.1)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once part of the calendar is on the server.
    let collection = root().join("target/radicale/collections/collection-root/alice/pubkill-p01");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        let n = std::fs::read_dir(&collection).map_or(0, |d| d.count());
        if n > 50 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let partial = read("pubkill-", ALICE)
        .get("pubkill-p01")
        .map_or(0, |(_, e)| e.len());
    assert!(
        partial < expected,
        "killed too late: {partial} of {expected}"
    );

    let out = ok(&publish(&path, ALICE, &["--partner", "P01"]));
    let read = read("pubkill-", ALICE);
    assert_eq!(read["pubkill-p01"].1.len(), expected, "{out}");
    assert_eq!(puts(&ok(&publish(&path, ALICE, &["--partner", "P01"]))), 0);
}

#[test]
#[ignore = "needs a CalDAV server: .ci/run starts Radicale"]
fn webdav_puts_one_file_per_partner() {
    let dir = tempfile::tempdir().unwrap();
    let (path, plan) = sample(dir.path(), "PubFile");
    // The WebDAV folder `.ci/radicale` starts beside the CalDAV server.
    let folder = std::fs::read_to_string(root().join("target/radicale/webdav-url"))
        .expect("the WebDAV folder's URL")
        .trim()
        .to_owned();
    let out = bin()
        .args([
            "publish", "webdav", "--url", &folder, "--user", "alice", "--plan",
        ])
        .arg(&path)
        .env("COMMPLAN_CALDAV_PASSWORD", ALICE.1)
        .output()
        .unwrap();
    let stdout = ok(&out);
    assert_eq!(puts(&stdout), plan.partners.len(), "{stdout}");
    let get = Command::new("curl")
        .args(["-s", "-f", "-u"])
        .arg(format!("{}:{}", ALICE.0, ALICE.1))
        .arg(format!("{folder}pubfile-ven.ics"))
        .output()
        .unwrap();
    let body = String::from_utf8_lossy(&get.stdout);
    assert!(body.starts_with("BEGIN:VCALENDAR"), "{body}");
    assert_eq!(
        body.matches("BEGIN:VEVENT").count(),
        exported_events(&path, "VEN")
    );
    // Published again, each file is replaced whole.
    let again = ok(&bin()
        .args([
            "publish", "webdav", "--url", &folder, "--user", "alice", "--plan",
        ])
        .arg(&path)
        .env("COMMPLAN_CALDAV_PASSWORD", ALICE.1)
        .output()
        .unwrap());
    assert!(again.contains("VEN (it): 0 created, 1 updated"), "{again}");
}
