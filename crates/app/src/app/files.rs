//! New, Open, Save As, recent plans, autosave and save on close.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use iced::{Task, window};

use super::dialog::Dialog;
use super::document::{self, Document, Handoff, Opened};
use super::{App, Notice};
use crate::screen::Screen;
use crate::theme::Tone;
use commplan_core::fl;
use commplan_core::store::{self, LoadError};
use commplan_core::{Plan, sample};

#[derive(Debug, Clone)]
pub enum Message {
    New,
    Open,
    SaveAs,
    OpenRecent(PathBuf),
    Picked(Purpose, Option<PathBuf>),
    SavedAs(PathBuf, Result<store::Saved, Arc<store::SaveError>>),
    /// The plan in the window was saved (save number, result) before
    /// another plan opens.
    SavedBeforeSwitch(u64, Result<store::Saved, Arc<store::SaveError>>, PathBuf),
    /// An empty plan was written (with a backup of what was there) for New.
    Created(PathBuf, Result<(), String>),
}

/// What a file dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    New,
    Open,
    SaveAs,
    /// Where one export goes (the Export dialog).
    Export,
    /// The folder for "Export for every partner".
    ExportFolder,
    /// A partner's dissemination log to import (workbook or CSV).
    Import,
    /// Where the progress-report pack goes.
    Report,
    /// Where an import's rejected rows go, for the partner (XLSX).
    Rejected,
}

/// The extension plan files carry, so the desktop opens them with CommPlan.
pub const EXTENSION: &str = "commplan.ron";

/// Writes the embedded sample as a new plan file (first start).
pub fn write_sample(path: &Path) -> Result<(), store::SaveError> {
    let error = |source| store::SaveError {
        path: path.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(error)?;
    }
    store::atomic::write(path, sample::TEXT.as_bytes()).map_err(error)
}

fn pick(purpose: Purpose, suggested: String) -> Task<Message> {
    let title = match purpose {
        Purpose::New => fl!("dialog-new-title"),
        Purpose::Open => fl!("dialog-open-title"),
        Purpose::SaveAs => fl!("dialog-save-as-title"),
        Purpose::Export => fl!("export-dialog-save-title"),
        Purpose::ExportFolder => fl!("export-dialog-folder-title"),
        Purpose::Import => fl!("import-choose-title"),
        Purpose::Report => fl!("report-save-title"),
        Purpose::Rejected => fl!("import-save-rejected"),
    };
    let dialog = rfd::AsyncFileDialog::new().set_title(title);
    let dialog = if purpose == Purpose::Import {
        dialog
            .add_filter(
                fl!("file-filter-spreadsheets"),
                &["xlsx", "xls", "ods", "csv", "txt"],
            )
            .add_filter(fl!("file-filter-csv"), &["csv", "txt"])
    } else if matches!(purpose, Purpose::Report | Purpose::Rejected) {
        dialog
    } else {
        dialog.add_filter(fl!("file-filter-plans"), &["ron"])
    };
    Task::perform(
        async move {
            let handle = match purpose {
                Purpose::Open | Purpose::Import => dialog.pick_file().await,
                Purpose::New
                | Purpose::SaveAs
                | Purpose::Export
                | Purpose::Report
                | Purpose::Rejected => dialog.set_file_name(suggested).save_file().await,
                Purpose::ExportFolder => dialog.pick_folder().await,
            };
            handle.map(|h| h.path().to_path_buf())
        },
        move |path| Message::Picked(purpose, path),
    )
}

/// Can the system show its own file dialogs? On Linux that takes a desktop
/// portal on the session bus, or zenity.
pub fn native_dialogs() -> bool {
    if !cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    )) {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    bus || zenity
}

/// Makes sure a chosen save path ends in `.commplan.ron`.
pub fn with_extension(path: PathBuf) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".ron") {
        path
    } else {
        path.with_file_name(format!("{name}.{EXTENSION}"))
    }
}

impl App {
    /// Starts opening a plan file in the background.
    pub(super) fn open(&mut self, path: PathBuf) -> Task<super::Message> {
        self.loading = true;
        let backups = self.paths.backups();
        // On a thread of its own, not the async runtime's: a large plan
        // takes a while, and the window must stay closable meanwhile (the
        // runtime waits for its running tasks when the window closes).
        Task::future(document::off_thread(move || {
            Handoff::new(document::open(path, backups))
        }))
        .and_then(|opened| Task::done(super::Message::Opened(opened)))
    }

    /// Opens a plan file and waits for it. The window opens plans in the
    /// background; tests and tools use this.
    pub fn open_now(&mut self, path: PathBuf) {
        let opened = document::open(path, self.paths.backups());
        let _ = self.opened(opened);
    }

    pub(super) fn opened(&mut self, opened: Opened) -> Task<super::Message> {
        self.loading = false;
        match opened.result {
            Ok((plan, stamp, lock)) => {
                self.install_plan(plan, Document::opened(opened.path.clone(), lock));
                self.document.read(stamp);
                self.settings.remember(&opened.path);
                self.store_settings();
                if self.screen == Screen::Calendar {
                    return self.calendar_shown();
                }
            }
            Err(error) => {
                let text = error.to_string();
                tracing::warn!("{text}");
                match error {
                    LoadError::NotFound { .. } => {
                        self.notice = Some(Notice {
                            tone: Tone::Danger,
                            text,
                        });
                        self.settings.recent.retain(|p| p != &opened.path);
                        self.store_settings();
                    }
                    _ => {
                        self.dialog = Some(Dialog::Unreadable {
                            path: opened.path,
                            text,
                            backup: opened.backup.map(|(path, plan)| (path, Box::new(plan))),
                        });
                    }
                }
            }
        }
        Task::none()
    }

    pub(super) fn file(&mut self, message: Message) -> Task<super::Message> {
        let suggested = format!(
            "{}.{EXTENSION}",
            if self.plan.project.acronym.is_empty() {
                "plan"
            } else {
                &self.plan.project.acronym
            }
        );
        let task = match message {
            // The project's essentials first; the file comes after.
            Message::New => return self.new_project(),
            Message::Open => return self.choose(Purpose::Open, String::new()),
            Message::SaveAs => return self.choose(Purpose::SaveAs, suggested),
            Message::OpenRecent(path) => return self.switch_to(path),
            Message::Picked(purpose, None) => {
                if purpose == Purpose::New {
                    self.pending_setup = None;
                }
                Task::none()
            }
            Message::Picked(Purpose::Open, Some(path)) => return self.switch_to(path),
            Message::Picked(Purpose::New, Some(path)) => return self.create(with_extension(path)),
            Message::Picked(Purpose::SaveAs, Some(path)) => {
                return self.save_as(with_extension(path));
            }
            Message::Picked(Purpose::Export, path) => {
                return self.export(super::export::Message::FilePicked(path));
            }
            Message::Picked(Purpose::Import, Some(path)) => {
                return self.import(super::import::Message::Picked(path));
            }
            Message::Picked(Purpose::Report, Some(path)) => return self.write_report(path),
            Message::Picked(Purpose::Rejected, Some(path)) => {
                return self.import(super::import::Message::RejectedPicked(path));
            }
            Message::Picked(Purpose::ExportFolder, path) => {
                return self.export(super::export::Message::FolderPicked(path));
            }
            Message::SavedAs(path, result) => return self.saved_as(path, result),
            Message::SavedBeforeSwitch(generation, result, path) => {
                return self.saved_before_switch(generation, result, path);
            }
            Message::Created(path, Ok(())) => return self.switch_to(path),
            Message::Created(_, Err(text)) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text,
                });
                Task::none()
            }
        };
        task.map(super::Message::File)
    }

    /// Asks for a file: with the system's dialog where there is one, else
    /// with CommPlan's own path field (a bare X session has neither a desktop
    /// portal nor zenity, and the system dialog would silently not appear).
    pub(super) fn choose(&mut self, purpose: Purpose, suggested: String) -> Task<super::Message> {
        if self.native_dialogs {
            return pick(purpose, suggested).map(super::Message::File);
        }
        let folder = self
            .document
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.paths.data.clone());
        let name = if matches!(
            purpose,
            Purpose::Open | Purpose::ExportFolder | Purpose::Import
        ) {
            String::new()
        } else {
            suggested
        };
        self.dialog = Some(Dialog::PathEntry {
            purpose,
            text: folder.join(name).display().to_string(),
            error: None,
        });
        iced::widget::operation::focus(super::dialog::PATH_INPUT)
    }

    /// Saves what is open, then opens another plan. The save runs off the
    /// UI thread (a large plan takes a fifth of a second); the other plan
    /// opens only once everything typed before it is on disk.
    fn switch_to(&mut self, path: PathBuf) -> Task<super::Message> {
        let current = match &self.document.path {
            Some(current) if self.document.can_write() && self.document.is_dirty() => {
                current.clone()
            }
            _ => return self.open(path),
        };
        let generation = self.document.begin_save();
        let plan = Arc::clone(&self.plan);
        let backups = self.paths.backups();
        let expected = self.document.stamp.clone();
        Task::perform(
            async move { document::save(current, plan, backups, expected).map_err(Arc::new) },
            move |result| Message::SavedBeforeSwitch(generation, result, path.clone()),
        )
        .map(super::Message::File)
    }

    fn saved_before_switch(
        &mut self,
        generation: u64,
        result: Result<store::Saved, Arc<store::SaveError>>,
        path: PathBuf,
    ) -> Task<super::Message> {
        match result {
            Ok(saved) => {
                self.document.end_save(generation, Some(&saved));
                self.backup_notice(&saved);
                // An edit made while the save ran is saved too, before the
                // plan gives way to the other one.
                self.switch_to(path)
            }
            Err(error) => {
                self.document.end_save(generation, None);
                self.save_failed(&error, error.to_string())
            }
        }
    }

    /// A save went through, but its backup could not be made: say so in
    /// the window, not only in the log.
    fn backup_notice(&mut self, saved: &store::Saved) {
        if let Some(reason) = &saved.backup_failed {
            self.notice = Some(Notice {
                tone: Tone::Warning,
                text: fl!("notice-backup-failed", reason = reason.as_str()),
            });
        }
    }

    /// A save failed: a file changed on disk is looked at (and the person
    /// asked what to do); anything else is shown as `text`.
    fn save_failed(&mut self, error: &store::SaveError, text: String) -> Task<super::Message> {
        if error.is_conflict() {
            return self.check_disk();
        }
        self.notice = Some(Notice {
            tone: Tone::Danger,
            text,
        });
        Task::none()
    }

    /// Writes an empty plan at `path` off the UI thread (first keeping a
    /// backup of a file already there: the save dialog asked about
    /// replacing it, but a plan is never replaced by an empty one without
    /// one), then opens it.
    fn create(&mut self, path: PathBuf) -> Task<super::Message> {
        let Some(setup) = self.pending_setup.take() else {
            // No essentials yet: ask for them (never a plan named after
            // its file).
            return self.new_project();
        };
        let backups = self.paths.backups();
        let target = path.clone();
        Task::perform(
            async move {
                if target.exists() {
                    backups.backup_now(&target).map_err(|e| e.to_string())?;
                }
                let plan = setup.plan().map_err(|e| e.to_string())?;
                store::save(&target, &plan, None).map_err(|e| e.to_string())
            },
            move |result| Message::Created(path.clone(), result),
        )
        .map(super::Message::File)
    }

    fn save_as(&mut self, path: PathBuf) -> Task<super::Message> {
        let plan = Arc::clone(&self.plan);
        let backups = self.paths.backups();
        let target = path.clone();
        Task::perform(
            async move { document::save(target, plan, backups, None).map_err(Arc::new) },
            move |result| Message::SavedAs(path.clone(), result),
        )
        .map(super::Message::File)
    }

    fn saved_as(
        &mut self,
        path: PathBuf,
        result: Result<store::Saved, Arc<store::SaveError>>,
    ) -> Task<super::Message> {
        match result {
            Ok(saved) => {
                let lock = store::lock::acquire(&path).map_err(|e| e.to_string());
                self.document = Document::opened(path.clone(), lock);
                self.document.read(saved.stamp);
                self.dialog = None;
                self.settings.remember(&path);
                self.store_settings();
                self.notice = Some(Notice {
                    tone: Tone::Success,
                    text: fl!("notice-saved-as", path = path.display().to_string()),
                });
            }
            Err(error) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text: error.to_string(),
                })
            }
        }
        Task::none()
    }

    /// Ctrl+S: save now, even before the autosave delay.
    pub(super) fn save_now(&mut self) -> Task<super::Message> {
        if !self.document.can_write() {
            return self.file(Message::SaveAs);
        }
        self.start_save()
    }

    fn start_save(&mut self) -> Task<super::Message> {
        let Some(path) = self.document.path.clone() else {
            return Task::none();
        };
        let generation = self.document.begin_save();
        let plan = Arc::clone(&self.plan);
        let backups = self.paths.backups();
        let expected = self.document.stamp.clone();
        Task::perform(
            async move { document::save(path, plan, backups, expected).map_err(Arc::new) },
            move |result| super::Message::Saved(generation, result),
        )
    }

    pub(super) fn autosave(&mut self, now: Instant) -> Task<super::Message> {
        if self.document.due(now) {
            self.start_save()
        } else {
            Task::none()
        }
    }

    pub(super) fn saved(
        &mut self,
        generation: u64,
        result: Result<store::Saved, Arc<store::SaveError>>,
    ) -> Task<super::Message> {
        match result {
            Ok(saved) => {
                self.document.end_save(generation, Some(&saved));
                self.backup_notice(&saved);
                self.recheck_disk()
            }
            Err(error) => {
                self.document.end_save(generation, None);
                let text = fl!("notice-save-failed", reason = error.to_string());
                self.save_failed(&error, text)
            }
        }
    }

    /// Saves synchronously (on close, or before opening another plan).
    /// Returns the reason when the plan could not be saved.
    pub(super) fn save_blocking(&mut self) -> Result<(), String> {
        if !(self.document.can_write() && self.document.is_dirty()) {
            return Ok(());
        }
        let Some(path) = self.document.path.clone() else {
            return Ok(());
        };
        let generation = self.document.begin_save();
        let expected = self.document.stamp.clone();
        let result = store::save_checked(
            &path,
            &self.plan,
            Some(&self.paths.backups()),
            expected.as_ref(),
        );
        self.document.end_save(generation, result.as_ref().ok());
        result.map(|_| ()).map_err(|e| e.to_string())
    }

    pub(super) fn close_requested(&mut self, window: window::Id) -> Task<super::Message> {
        self.write_settings_now();
        match self.save_blocking() {
            Ok(()) => window::close(window),
            Err(text) => {
                self.dialog = Some(Dialog::CloseFailed {
                    text,
                    window: Some(window),
                });
                Task::none()
            }
        }
    }

    pub(super) fn close_requested_all(&mut self) -> Task<super::Message> {
        self.write_settings_now();
        match self.save_blocking() {
            Ok(()) => iced::exit(),
            Err(text) => {
                self.dialog = Some(Dialog::CloseFailed { text, window: None });
                Task::none()
            }
        }
    }

    /// Opens the newest good backup in place of a damaged file, keeping the
    /// damaged file beside it under another name.
    pub(super) fn restore(&mut self, path: PathBuf, plan: Plan) -> Task<super::Message> {
        match document::set_aside(&path) {
            Ok(aside) => {
                let lock = store::lock::acquire(&path).map_err(|e| e.to_string());
                self.install_plan(plan, Document::opened(path.clone(), lock));
                // The damaged file is what the restored plan replaces.
                if let Ok(Some(stamp)) = store::Stamp::read(&path) {
                    self.document.stamp = Some(stamp);
                }
                self.document.touch(Instant::now());
                self.notice = Some(Notice {
                    tone: Tone::Success,
                    text: fl!("notice-restored", aside = aside.display().to_string()),
                });
                self.settings.remember(&path);
                self.store_settings();
            }
            Err(error) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text: fl!("notice-restore-failed", reason = error.to_string()),
                });
            }
        }
        Task::none()
    }
}
