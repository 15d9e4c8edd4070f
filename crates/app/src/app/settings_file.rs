//! Writes the person's settings off the UI thread, only when they changed,
//! and once they have been still for a moment: holding an arrow key in the
//! calendar moves its day many times and writes `settings.ron` once.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use iced::Task;

use super::{App, Message};
use crate::config::Settings;

/// Settings are written this long after their last change.
pub const SETTINGS_DELAY: Duration = Duration::from_millis(500);

/// The settings file behind the window: what was last handed to a write,
/// and whether a change waits to be written.
#[derive(Debug)]
pub struct SettingsFile {
    path: PathBuf,
    /// The settings last handed to a write, or read at start; `None` after
    /// a failed write, so the close tries again.
    written: Option<Settings>,
    /// When the settings last changed, while that change is not written.
    changed: Option<Instant>,
    /// Numbers the writes, so an older one never lands over a newer one.
    sequence: u64,
    disk: Arc<Mutex<Disk>>,
}

/// What the writes share. Its lock serialises them.
#[derive(Debug, Default)]
struct Disk {
    /// The number of the newest write on disk.
    newest: u64,
    /// How many writes reached the disk, for tests.
    writes: u64,
}

/// One write of the settings, to run away from the UI thread.
#[derive(Debug)]
pub struct Write {
    path: PathBuf,
    settings: Settings,
    number: u64,
    disk: Arc<Mutex<Disk>>,
}

impl SettingsFile {
    /// The file at `path`, which holds `settings` (as read at start).
    pub fn new(path: PathBuf, settings: &Settings) -> Self {
        Self {
            path,
            written: Some(settings.clone()),
            changed: None,
            sequence: 0,
            disk: Arc::default(),
        }
    }

    /// Notes that the settings may have changed at `now`; nothing is noted
    /// when they are what was last written.
    pub fn touch(&mut self, settings: &Settings, now: Instant) {
        if self.written.as_ref() != Some(settings) {
            self.changed = Some(now);
        }
    }

    /// Does a change wait to be written?
    pub fn pending(&self) -> bool {
        self.changed.is_some()
    }

    /// The write due at `now`: a change has been still for
    /// [`SETTINGS_DELAY`] and differs from what was last written.
    pub fn due(&mut self, settings: &Settings, now: Instant) -> Option<Write> {
        let at = self.changed?;
        if now.saturating_duration_since(at) < SETTINGS_DELAY {
            return None;
        }
        self.changed = None;
        self.write(settings)
    }

    /// The write of `settings` if they differ from what was last written,
    /// whenever they changed (on close).
    pub fn write(&mut self, settings: &Settings) -> Option<Write> {
        if self.written.as_ref() == Some(settings) {
            return None;
        }
        self.changed = None;
        self.written = Some(settings.clone());
        self.sequence += 1;
        Some(Write {
            path: self.path.clone(),
            settings: settings.clone(),
            number: self.sequence,
            disk: Arc::clone(&self.disk),
        })
    }

    /// A write failed: what is on disk is unknown, so the next chance
    /// (a change, the close) writes again.
    pub fn failed(&mut self) {
        self.written = None;
    }

    /// How many writes reached the disk in this session.
    pub fn writes(&self) -> u64 {
        self.disk
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .writes
    }
}

impl Write {
    /// Writes the settings atomically (temporary file, fsync, rename),
    /// unless a newer write got there first. Blocks: run it off the UI
    /// thread, or on close.
    pub fn run(self) -> std::io::Result<()> {
        let mut disk = self.disk.lock().unwrap_or_else(PoisonError::into_inner);
        if disk.newest >= self.number {
            return Ok(());
        }
        self.settings.save(&self.path)?;
        disk.newest = self.number;
        disk.writes += 1;
        Ok(())
    }

    /// Runs the write on a thread of its own, so neither the UI thread nor
    /// the runtime's executor waits for the disk.
    pub async fn run_in_background(self) -> Result<(), Arc<std::io::Error>> {
        let (sender, receiver) = iced::futures::channel::oneshot::channel();
        std::thread::spawn(move || {
            let _ = sender.send(self.run());
        });
        // The thread ended without an answer only if it panicked.
        match receiver.await {
            Ok(result) => result.map_err(Arc::new),
            Err(_) => Err(Arc::new(std::io::ErrorKind::Interrupted.into())),
        }
    }
}

impl App {
    /// Notes that the settings changed. They are written a moment later,
    /// off the UI thread, by [`App::write_settings`] on a tick.
    pub(super) fn store_settings(&mut self) {
        self.settings_file.touch(&self.settings, Instant::now());
    }

    /// Starts writing the settings in the background once a change has
    /// been still for [`SETTINGS_DELAY`].
    pub(super) fn write_settings(&mut self, now: Instant) -> Task<Message> {
        match self.settings_file.due(&self.settings, now) {
            Some(write) => Task::perform(write.run_in_background(), Message::SettingsWritten),
            None => Task::none(),
        }
    }

    /// Writes the latest settings now and waits for the disk: on close,
    /// so no change is lost.
    pub(super) fn write_settings_now(&mut self) {
        if let Some(write) = self.settings_file.write(&self.settings)
            && let Err(error) = write.run()
        {
            self.settings_file.failed();
            tracing::warn!("cannot save settings: {error}");
        }
    }

    pub(super) fn settings_written(
        &mut self,
        result: Result<(), Arc<std::io::Error>>,
    ) -> Task<Message> {
        if let Err(error) = result {
            self.settings_file.failed();
            tracing::warn!("cannot save settings: {error}");
        }
        Task::none()
    }

    /// How many times this window wrote the settings file (tests check
    /// that changes are written together, and only when they differ).
    pub fn settings_writes(&self) -> u64 {
        self.settings_file.writes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ThemeChoice;

    fn dark() -> Settings {
        Settings {
            theme: ThemeChoice::Dark,
            ..Settings::default()
        }
    }

    #[test]
    fn writes_once_still_and_only_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config/settings.ron");
        let mut file = SettingsFile::new(path.clone(), &Settings::default());
        let start = Instant::now();

        file.touch(&Settings::default(), start);
        assert!(!file.pending(), "unchanged settings wait for nothing");

        let settings = dark();
        file.touch(&settings, start);
        assert!(file.pending());
        assert!(file.due(&settings, start).is_none(), "not still yet");
        let write = file.due(&settings, start + SETTINGS_DELAY).expect("due");
        assert!(!file.pending());
        write.run().unwrap();
        assert_eq!(file.writes(), 1);
        assert_eq!(Settings::load(&path), settings);

        file.touch(&settings, start + SETTINGS_DELAY);
        assert!(file.write(&settings).is_none(), "written already");
    }

    #[test]
    fn an_older_write_never_lands_over_a_newer_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        let mut file = SettingsFile::new(path.clone(), &Settings::default());
        let older = file.write(&dark()).unwrap();
        let newer = Settings {
            language: Some("it".into()),
            ..dark()
        };
        file.write(&newer).unwrap().run().unwrap();
        older.run().unwrap();
        assert_eq!(Settings::load(&path), newer);
        assert_eq!(file.writes(), 1);
    }

    #[test]
    fn a_failed_write_is_tried_again() {
        let mut file = SettingsFile::new(PathBuf::from("settings.ron"), &Settings::default());
        let settings = dark();
        assert!(file.write(&settings).is_some());
        assert!(file.write(&settings).is_none());
        file.failed();
        assert!(file.write(&settings).is_some());
    }
}
