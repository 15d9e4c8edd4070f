//! Rotating backups of a plan, kept outside the plan's folder.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::atomic;
use super::name::fnv1a;

/// How a backup is named: the UTC time it was made (`chrono` format, then
/// `Z`), so names sort by age whatever the clock's zone.
const STAMP: &str = "%Y%m%dT%H%M%S%.3fZ";
/// How older versions named backups: the local time, without `Z`.
const LEGACY_STAMP: &str = "%Y%m%dT%H%M%S%.3f";

/// Where and how often backups are made.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The folder that holds one sub-folder of backups per plan.
    pub root: PathBuf,
    /// How many backups of a plan to keep.
    pub keep: usize,
    /// No new backup while the newest is younger than this.
    pub interval: Duration,
}

impl Policy {
    pub fn new(root: PathBuf) -> Self {
        Self {
            root,
            keep: 10,
            interval: Duration::from_secs(10 * 60),
        }
    }

    /// The folder of backups for one plan: its name plus a hash of its full
    /// path, so two plans with the same name do not mix.
    pub fn folder(&self, plan: &Path) -> PathBuf {
        let full = plan.canonicalize().unwrap_or_else(|_| plan.to_path_buf());
        let name = super::plan_name(plan);
        let stem = super::name::shortened(&name, 200);
        self.root.join(format!(
            "{stem}-{:016x}",
            fnv1a(full.to_string_lossy().as_bytes())
        ))
    }

    /// This plan's backups, newest first.
    pub fn list(&self, plan: &Path) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(self.folder(plan)) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        // Newest first by the time in the name (UTC; older local-time
        // names read as local time); names that are not times last.
        files.sort_by_cached_key(|p| std::cmp::Reverse(made_at(p)));
        files
    }

    /// Copies the plan as it is on disk into a new backup (mode 0600: a
    /// plan holds partners' contacts), unless the newest backup is recent.
    /// Prunes the oldest beyond `keep`.
    ///
    /// Errors: reading the plan or writing the backup failed; the caller
    /// shows it (a save goes on without its backup).
    pub fn backup(&self, plan: &Path) -> io::Result<Option<PathBuf>> {
        self.backup_unless(plan, self.interval)
    }

    /// [`backup`](Self::backup) however recent the newest backup is: for a
    /// file about to be replaced as a whole (New over it, `new --force`).
    pub fn backup_now(&self, plan: &Path) -> io::Result<Option<PathBuf>> {
        self.backup_unless(plan, Duration::ZERO)
    }

    fn backup_unless(&self, plan: &Path, interval: Duration) -> io::Result<Option<PathBuf>> {
        let bytes = match fs::read(plan) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(error),
        };
        let existing = self.list(plan);
        if let Some(newest) = existing.first() {
            let age = fs::metadata(newest)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok());
            if age.is_some_and(|age| age < interval) {
                return Ok(None);
            }
            // Same content: compared by size and hash, reading the backup in
            // pieces (a large plan is not held twice).
            let same = super::Stamp::read(newest)
                .ok()
                .flatten()
                .is_some_and(|stamp| {
                    let new = super::Stamp::new(&bytes, None);
                    stamp.size == new.size && stamp.hash == new.hash
                });
            if same {
                return Ok(None);
            }
        }
        let folder = self.folder(plan);
        fs::create_dir_all(&folder)?;
        let stamp = chrono::Utc::now().format(STAMP);
        let target = folder.join(format!("{stamp}.ron"));
        atomic::write_private(&target, &bytes)?;
        for old in self.list(plan).into_iter().skip(self.keep.max(1)) {
            let _ = fs::remove_file(old);
        }
        Ok(Some(target))
    }
}

/// When a backup was made, read from its name without asking the disk;
/// `None` for a name [`Policy::backup`] did not give. Names of older
/// versions (local time, no `Z`) are read in today's zone.
pub fn made_at(backup: &Path) -> Option<chrono::DateTime<chrono::Utc>> {
    use chrono::TimeZone;
    let name = backup.file_stem()?.to_str()?;
    if let Ok(utc) = chrono::NaiveDateTime::parse_from_str(name, STAMP) {
        return Some(utc.and_utc());
    }
    let local = chrono::NaiveDateTime::parse_from_str(name, LEGACY_STAMP).ok()?;
    chrono::Local
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&chrono::Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backups_rotate_and_skip_unchanged_content() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let policy = Policy {
            root: dir.path().join("backups"),
            keep: 3,
            interval: Duration::ZERO,
        };
        assert_eq!(
            policy.backup(&plan).unwrap(),
            None,
            "nothing to back up yet"
        );
        for i in 0..5 {
            fs::write(&plan, format!("content {i}")).unwrap();
            assert!(policy.backup(&plan).unwrap().is_some());
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(
            policy.backup(&plan).unwrap(),
            None,
            "same content as the newest"
        );
        let list = policy.list(&plan);
        assert_eq!(list.len(), 3);
        assert_eq!(fs::read_to_string(&list[0]).unwrap(), "content 4");
        let made = made_at(&list[0]).expect("a backup's name is its time");
        let now = chrono::Utc::now();
        assert!(made <= now && now - made < chrono::TimeDelta::minutes(1));
        assert_eq!(made_at(Path::new("notes.ron")), None);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&list[0]).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "backups are private");
        }
    }

    const ZONE_CHILD: &str = "COMMPLAN_BACKUP_ZONE_CHILD";

    /// Run by `backups_sort_by_utc_across_a_zone_change` in a process of its
    /// own, with the zone it sets: makes one backup.
    #[test]
    fn backup_zone_child() {
        let Ok(dir) = std::env::var(ZONE_CHILD) else {
            return;
        };
        let dir = PathBuf::from(dir);
        let policy = Policy {
            root: dir.join("backups"),
            keep: 1,
            interval: Duration::ZERO,
        };
        policy.backup(&dir.join("plan.ron")).unwrap();
    }

    #[test]
    fn backups_sort_by_utc_across_a_zone_change() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let exe = std::env::current_exe().unwrap();
        // Tokyo is 14 hours ahead of New York: a backup made after the move
        // carries an earlier local time than the one made before it.
        for (zone, content) in [("Asia/Tokyo", "before"), ("America/New_York", "after")] {
            fs::write(&plan, content).unwrap();
            let status = std::process::Command::new(&exe)
                .args(["--exact", "store::backup::tests::backup_zone_child"])
                .env(ZONE_CHILD, dir.path())
                .env("TZ", zone)
                .stdout(std::process::Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(20));
        }
        let policy = Policy {
            root: dir.path().join("backups"),
            keep: 1,
            interval: Duration::ZERO,
        };
        let list = policy.list(&plan);
        assert_eq!(list.len(), 1);
        assert_eq!(
            fs::read_to_string(&list[0]).unwrap(),
            "after",
            "the newest backup was kept"
        );
    }
}
