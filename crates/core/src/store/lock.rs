//! One writer per plan: a second instance opens the plan read-only.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Held for as long as this process may write the plan.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    path: PathBuf,
}

impl Lock {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The lock file that guards `plan`.
pub fn lock_path(plan: &Path) -> PathBuf {
    let name = plan
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    plan.with_file_name(format!(".{name}.lock"))
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
            Ok(Some(Lock { _file: file, path }))
        }
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(error)) => Err(error),
    }
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
        assert!(acquire(&plan).unwrap().is_some());
    }
}
