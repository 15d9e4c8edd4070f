//! The plan file behind the window: where it lives, whether this process may
//! write it, and whether what is in memory has been saved.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use commplan_core::Plan;
use commplan_core::store::{self, LoadError, SaveError, backup, lock};

/// Edits are saved this long after the last one.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1500);

/// Why a plan is open read-only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another CommPlan has it open.
    OpenElsewhere,
    /// The lock file cannot be created (read-only folder, no permission).
    CannotLock(String),
    /// No plan file: nothing could be opened.
    NoFile,
}

#[derive(Debug)]
pub struct Document {
    pub path: Option<PathBuf>,
    lock: Option<lock::Lock>,
    pub read_only: Option<ReadOnly>,
    generation: u64,
    saved: u64,
    last_edit: Option<Instant>,
    pub saving: bool,
    /// The last save failed; autosave waits for the next edit.
    pub failed: bool,
}

impl Document {
    /// No file behind the window (nothing could be opened).
    pub fn detached() -> Self {
        Self {
            path: None,
            lock: None,
            read_only: Some(ReadOnly::NoFile),
            generation: 0,
            saved: 0,
            last_edit: None,
            saving: false,
            failed: false,
        }
    }

    pub fn opened(path: PathBuf, lock: Result<Option<lock::Lock>, String>) -> Self {
        let (lock, read_only) = match lock {
            Ok(Some(lock)) => (Some(lock), None),
            Ok(None) => (None, Some(ReadOnly::OpenElsewhere)),
            Err(reason) => (None, Some(ReadOnly::CannotLock(reason))),
        };
        Self {
            path: Some(path),
            lock,
            read_only,
            ..Self::detached()
        }
    }

    pub fn can_write(&self) -> bool {
        self.read_only.is_none() && self.path.is_some()
    }

    pub fn is_dirty(&self) -> bool {
        self.generation != self.saved
    }

    /// Marks that the plan changed just now.
    pub fn touch(&mut self, now: Instant) {
        self.generation += 1;
        self.last_edit = Some(now);
        self.failed = false;
    }

    /// Time to autosave: writable, changed, settled, not already saving.
    pub fn due(&self, now: Instant) -> bool {
        self.can_write()
            && self.is_dirty()
            && !self.saving
            && !self.failed
            && self
                .last_edit
                .is_none_or(|at| now.duration_since(at) >= AUTOSAVE_DELAY)
    }

    /// Starts a save: returns the generation being saved.
    pub fn begin_save(&mut self) -> u64 {
        self.saving = true;
        self.generation
    }

    /// A save of `generation` finished.
    pub fn end_save(&mut self, generation: u64, ok: bool) {
        self.saving = false;
        if ok {
            self.saved = self.saved.max(generation);
        } else {
            self.failed = true;
        }
    }

    /// The lock held for the current path, if any.
    pub fn lock_path(&self) -> Option<&Path> {
        self.lock.as_ref().map(lock::Lock::path)
    }
}

/// A value handed over once through a cloneable message.
#[derive(Debug)]
pub struct Handoff<T>(Arc<Mutex<Option<T>>>);

impl<T> Clone for Handoff<T> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<T> Handoff<T> {
    pub fn new(value: T) -> Self {
        Self(Arc::new(Mutex::new(Some(value))))
    }

    /// Takes the value; `None` if it was taken already.
    pub fn take(&self) -> Option<T> {
        self.0.lock().ok().and_then(|mut slot| slot.take())
    }
}

/// The outcome of opening a plan file.
#[derive(Debug)]
pub struct Opened {
    pub path: PathBuf,
    pub result: Result<(Plan, Result<Option<lock::Lock>, String>), LoadError>,
    /// When the file is damaged: the newest backup that loads.
    pub backup: Option<(PathBuf, Plan)>,
}

/// Opens a plan: reads the file, then takes the lock if it loaded (no lock
/// file is left next to a file that is not a plan).
pub fn open(path: PathBuf, backups: backup::Policy) -> Opened {
    match store::load(&path) {
        Ok(plan) => {
            let lock = lock::acquire(&path).map_err(|e| e.to_string());
            Opened {
                path,
                result: Ok((plan, lock)),
                backup: None,
            }
        }
        Err(error) => {
            let backup = if error.is_damaged() {
                store::newest_good_backup(&path, &backups)
            } else {
                None
            };
            Opened {
                path,
                result: Err(error),
                backup,
            }
        }
    }
}

/// Writes `plan` to `path`, backing up what was there.
pub fn save(path: PathBuf, plan: Arc<Plan>, backups: backup::Policy) -> Result<(), SaveError> {
    store::save(&path, &plan, Some(&backups))
}

/// Keeps a damaged plan file next to itself under a new name before a
/// backup is written over it, so nothing is ever lost.
pub fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let aside = path.with_file_name(format!("{name}.damaged-{stamp}"));
    std::fs::copy(path, &aside)?;
    Ok(aside)
}
