//! The plan file behind the window: where it lives, whether this process may
//! write it, and whether what is in memory has been saved.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use commplan_core::store::{self, LoadError, SaveError, Saved, Stamp, backup, lock};
use commplan_core::{Edit, Plan};

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
    /// The file's permissions allow no writing (mode 0444): it is never
    /// written over.
    FileReadOnly,
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
    /// The file as this window last read or wrote it: a save checks the
    /// disk still holds it, and the watcher compares with it.
    pub stamp: Option<Stamp>,
    /// The edits made since the file was last read or written, each with
    /// the generation it made: what "apply my edits" puts on top of a file
    /// changed on disk. Edits are small; the plan is not copied.
    unsaved: Vec<(u64, Edit)>,
    /// The file changed while a save ran: look again once it ends.
    pub recheck: bool,
    /// A look at the file (after a change) is under way.
    pub checking: bool,
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
            stamp: None,
            unsaved: Vec::new(),
            recheck: false,
            checking: false,
        }
    }

    pub fn opened(path: PathBuf, lock: Result<Option<lock::Lock>, String>) -> Self {
        // A file nobody may write (0444) is opened read-only, whoever
        // could replace it through its folder.
        let file_read_only = std::fs::metadata(&path).is_ok_and(|m| m.permissions().readonly());
        let (lock, read_only) = match lock {
            _ if file_read_only => (None, Some(ReadOnly::FileReadOnly)),
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

    /// The file as just read from disk (open, reload) or written (Save
    /// As): nothing in memory is unsaved relative to it.
    pub fn read(&mut self, stamp: Stamp) {
        self.stamp = Some(stamp);
        self.unsaved.clear();
    }

    /// An edit (or an undo's or redo's edit) was applied just now, after
    /// [`touch`](Self::touch).
    pub fn record(&mut self, edit: Edit) {
        self.unsaved.push((self.generation, edit));
    }

    /// The edits not yet on disk, oldest first.
    pub fn unsaved(&self) -> impl Iterator<Item = &Edit> {
        self.unsaved.iter().map(|(_, edit)| edit)
    }

    /// Starts a save: returns the generation being saved.
    pub fn begin_save(&mut self) -> u64 {
        self.saving = true;
        self.generation
    }

    /// A save of `generation` finished; on success, what it wrote.
    pub fn end_save(&mut self, generation: u64, saved: Option<&Saved>) {
        self.saving = false;
        match saved {
            Some(saved) => {
                self.saved = self.saved.max(generation);
                self.stamp = Some(saved.stamp.clone());
                self.unsaved.retain(|(made, _)| *made > generation);
                if let (Some(lock), Some(path)) = (&mut self.lock, &self.path) {
                    lock.follow(path);
                }
            }
            None => self.failed = true,
        }
    }

    /// Everything in memory is as on disk now (after a reload), or the
    /// window's edits sit on top of it, still to be saved (`dirty`: after
    /// they were applied again to a file changed on disk).
    pub fn settle(&mut self, dirty: bool) {
        self.failed = false;
        if dirty {
            self.touch(Instant::now());
        } else {
            self.saved = self.generation;
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

/// A plan as read, the file's stamp, and the lock (or why there is none).
pub type Read = (Plan, Stamp, Result<Option<lock::Lock>, String>);

/// The outcome of opening a plan file.
#[derive(Debug)]
pub struct Opened {
    pub path: PathBuf,
    pub result: Result<Read, LoadError>,
    /// When the file is damaged: the newest backup that loads.
    pub backup: Option<(PathBuf, Plan)>,
}

/// Opens a plan: reads the file, then takes the lock if it loaded (no lock
/// file is left next to a file that is not a plan). A file that changed
/// between the read and the lock is read again under the lock, so the
/// window's edits are based on what the lock guards.
pub fn open(path: PathBuf, backups: backup::Policy) -> Opened {
    match store::load_stamped(&path) {
        Ok((plan, stamp)) => {
            let lock = lock::acquire(&path).map_err(|e| e.to_string());
            let again = matches!(lock, Ok(Some(_)))
                && Stamp::read(&path).ok().flatten().as_ref() != Some(&stamp);
            let result = if again {
                store::load_stamped(&path).map(|(plan, stamp)| (plan, stamp, lock))
            } else {
                Ok((plan, stamp, lock))
            };
            Opened {
                path,
                result,
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

/// Writes `plan` to `path` if the file is still `expected` (see
/// [`store::save_checked`]), backing up what was there.
pub fn save(
    path: PathBuf,
    plan: Arc<Plan>,
    backups: backup::Policy,
    expected: Option<Stamp>,
) -> Result<Saved, SaveError> {
    store::save_checked(&path, &plan, Some(&backups), expected.as_ref())
}

/// Runs blocking `work` (reading a large plan) on a thread of its own and
/// waits for it without holding a thread of the async runtime. `None`
/// when the work panicked.
pub fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> impl Future<Output = Option<T>> {
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    async move { receiver.await.ok() }
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
