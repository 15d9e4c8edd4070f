//! One writer per plan: a second instance opens the plan read-only.
//!
//! The lock is keyed on the file itself, not on the path text: the lock
//! file sits next to the real file behind any symbolic links, and a plan
//! with several names (hard links) is also locked through its own inode,
//! which saves keep (see [`super::atomic`]).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Held for as long as this process may write the plan.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    /// The plan file itself (Unix), locked for its other names.
    _plan: Option<File>,
    path: PathBuf,
}

impl Lock {
    /// The lock file (see [`lock_path`]).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// After a save replaced the plan file (a new inode), locks the new
    /// one, so a hard link made to it later sees the lock too.
    pub fn follow(&mut self, plan: &Path) {
        if let Ok(Some(file)) = lock_inode(plan) {
            self._plan = file;
        }
    }
}

/// The lock file that guards `plan`: `.NAME.lock` next to the real file
/// (symbolic links followed); for a name too long for that, the first 200
/// bytes of it and a hash of the whole (`.NAME…-HASH.lock`).
pub fn lock_path(plan: &Path) -> PathBuf {
    let plan = super::atomic::real_path(plan);
    let name = plan
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.len() + ".lock".len() < 255 {
        return plan.with_file_name(format!(".{name}.lock"));
    }
    let short = super::name::shortened(&name, 200);
    let hash = super::name::fnv1a(name.as_bytes());
    plan.with_file_name(format!(".{short}-{hash:016x}.lock"))
}

/// Tries to become the one writer of `plan`. `Ok(None)` means another
/// process holds it: open the plan read-only.
pub fn acquire(plan: &Path) -> io::Result<Option<Lock>> {
    let path = lock_path(plan);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)?;
    match file.try_lock() {
        Ok(()) => {
            // Who holds it, for a person looking at the folder.
            file.set_len(0)?;
            writeln!(file, "{}", std::process::id())?;
            let Some(inode) = lock_inode(plan)? else {
                return Ok(None);
            };
            Ok(Some(Lock {
                _file: file,
                _plan: inode,
                path,
            }))
        }
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(error)) => Err(error),
    }
}

/// Locks the plan file itself, so each of its names (hard links, made
/// before or after) sees the lock. `Ok(None)`: another process holds it;
/// `Ok(Some(None))`: there is no file yet.
#[cfg(unix)]
fn lock_inode(plan: &Path) -> io::Result<Option<Option<File>>> {
    let Ok(file) = File::open(plan) else {
        return Ok(Some(None));
    };
    // An exclusive flock needs no write access (the plan may be 0444).
    match file.try_lock() {
        Ok(()) => Ok(Some(Some(file))),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(error)) => Err(error),
    }
}

#[cfg(not(unix))]
fn lock_inode(_plan: &Path) -> io::Result<Option<Option<File>>> {
    Ok(Some(None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_plan_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let first = acquire(&plan).unwrap();
        assert!(first.is_some());
        assert!(acquire(&plan).unwrap().is_none());
        drop(first);
        assert!(eventually(|| acquire(&plan).unwrap().is_some()));
    }

    /// A lock is held by the open file, and a child process another test
    /// starts shares that file between its fork and its exec: a release
    /// can take that long to be seen.
    fn eventually(mut ok: impl FnMut() -> bool) -> bool {
        (0..200).any(|_| {
            ok() || {
                std::thread::sleep(std::time::Duration::from_millis(10));
                false
            }
        })
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_or_a_hard_link_to_a_locked_plan_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.commplan.ron");
        std::fs::write(&plan, "x").unwrap();
        let link = dir.path().join("link.commplan.ron");
        std::os::unix::fs::symlink(&plan, &link).unwrap();
        let other = tempfile::tempdir().unwrap();
        let hard = other.path().join("hard.commplan.ron");
        std::fs::hard_link(&plan, &hard).unwrap();

        let first = acquire(&plan).unwrap();
        assert!(first.is_some());
        assert!(acquire(&link).unwrap().is_none(), "symlink");
        assert!(acquire(&hard).unwrap().is_none(), "hard link");
        drop(first);
        let mut by_link = None;
        assert!(eventually(|| {
            by_link = acquire(&hard).unwrap();
            by_link.is_some()
        }));
        assert!(acquire(&plan).unwrap().is_none());
    }
}
