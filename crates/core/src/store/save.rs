//! Writing a plan: checked against what is on disk, backed up, never
//! larger than what can be opened again.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{ChangedOnDisk, MAX_FILE_SIZE, Saved, Stamp, atomic, backup, to_text};
use crate::fl;
use crate::plan::Plan;

/// Why a plan could not be saved. The plan in memory is untouched.
#[derive(Debug)]
pub struct SaveError {
    pub path: PathBuf,
    pub source: io::Error,
}

impl std::error::Error for SaveError {}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = match self.source.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                fl!("save-read-only")
            }
            io::ErrorKind::StorageFull => fl!("save-disk-full"),
            _ if self.is_conflict() => fl!("save-changed-on-disk"),
            _ => match self
                .source
                .get_ref()
                .and_then(|e| e.downcast_ref::<TooLargeToLoad>())
            {
                Some(TooLargeToLoad(size)) => {
                    let megabytes = *size / (1024 * 1024);
                    let limit = MAX_FILE_SIZE / (1024 * 1024);
                    fl!("save-too-large", megabytes = megabytes, limit = limit)
                }
                None => self.source.to_string(),
            },
        };
        write!(
            f,
            "{}: {}",
            self.path.display(),
            fl!("save-failed", reason = reason)
        )
    }
}

impl SaveError {
    /// The file changed on disk since it was read or last written: nothing
    /// was written (see [`save_checked`]).
    pub fn is_conflict(&self) -> bool {
        self.source
            .get_ref()
            .is_some_and(|e| e.is::<ChangedOnDisk>())
    }
}

/// A plan that would be larger than [`MAX_FILE_SIZE`] (bytes): it could
/// not be opened again, so it is not written.
#[derive(Debug)]
struct TooLargeToLoad(u64);

impl fmt::Display for TooLargeToLoad {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the plan would be {} bytes", self.0)
    }
}

impl std::error::Error for TooLargeToLoad {}

/// Saves a plan atomically, first backing up what is on disk. A failed
/// backup does not stop the save; it is logged (see [`save_checked`] to
/// show it).
pub fn save(path: &Path, plan: &Plan, backups: Option<&backup::Policy>) -> Result<(), SaveError> {
    save_checked(path, plan, backups, None).map(|_| ())
}

/// Saves a plan atomically if the file is still `expected` (what this
/// program last read or wrote; `None`: whatever is there), first backing
/// up what is on disk.
///
/// Errors: the file changed on disk ([`SaveError::is_conflict`]; nothing is
/// written, not even a backup), the plan would be over [`MAX_FILE_SIZE`]
/// (it could not be opened again), or the write failed.
pub fn save_checked(
    path: &Path,
    plan: &Plan,
    backups: Option<&backup::Policy>,
    expected: Option<&Stamp>,
) -> Result<Saved, SaveError> {
    save_within(path, plan, backups, expected, MAX_FILE_SIZE)
}

/// [`save_checked`] with the largest plan (bytes) that may be written.
pub(super) fn save_within(
    path: &Path,
    plan: &Plan,
    backups: Option<&backup::Policy>,
    expected: Option<&Stamp>,
    limit: u64,
) -> Result<Saved, SaveError> {
    let error = |source| SaveError {
        path: path.to_path_buf(),
        source,
    };
    let text = to_text(plan);
    if text.is_empty() {
        return Err(error(io::Error::other("serialisation failed")));
    }
    if text.len() as u64 > limit {
        return Err(error(io::Error::other(TooLargeToLoad(text.len() as u64))));
    }
    if let Some(expected) = expected {
        let now = Stamp::read(path).map_err(error)?;
        if now.as_ref() != Some(expected) {
            return Err(error(io::Error::other(ChangedOnDisk)));
        }
    }
    let mut backup_failed = None;
    if let Some(policy) = backups
        && let Err(problem) = policy.backup(path)
    {
        // A failed backup must not stop the save itself.
        tracing::warn!("backup of {} failed: {problem}", path.display());
        backup_failed = Some(problem.to_string());
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(error)?;
    }
    // The stamp's hash is taken while the file is written and synced,
    // which mostly waits for the disk.
    let (written, mut stamp) = std::thread::scope(|scope| {
        let stamp = scope.spawn(|| Stamp::new(text.as_bytes(), None));
        let written = atomic::write(path, text.as_bytes());
        let stamp = stamp
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (written, stamp)
    });
    written.map_err(error)?;
    stamp.modified = fs::metadata(atomic::real_path(path))
        .and_then(|m| m.modified())
        .ok();
    Ok(Saved {
        stamp,
        backup_failed,
    })
}
