//! Outside changes to the open plan file (a sync client, a text editor,
//! `commplan new --force`): the folder is watched, and whenever the file
//! is no longer what this window last read or wrote, it is read again.
//! Without local edits the window shows the new content, keeping its
//! screen and selection; with local edits nothing is written over: a
//! dialog shows what changed and offers to put the edits on top of the new
//! file or to keep both.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use iced::widget::{Space, column, row, text};
use iced::{Element, Fill, Subscription, Task};

use super::document::Handoff;
use super::{App, Message as AppMessage, Notice, chrome};
use crate::theme::Tone;
use crate::widget::icon;
use commplan_core::store::{self, LoadError, Stamp};
use commplan_core::{Plan, fl};

/// What the disk said, and what the person chose about it.
#[derive(Debug, Clone)]
pub enum Message {
    /// The watcher saw the plan's folder change (or a save was refused):
    /// look at the file.
    Changed,
    /// The file as read after a change: `None` when it is what this window
    /// last read or wrote.
    Checked(Handoff<Result<Option<(Plan, Stamp)>, LoadError>>),
    /// Put this window's edits on top of the file on disk.
    ApplyMine,
    /// Save this window's version as a copy, then show the file on disk.
    KeepBoth,
    /// The copy of "keep both" was written (its path) or not (why).
    KeptBoth(Result<PathBuf, String>),
}

/// The conflict the dialog shows: the file as it is on disk now.
#[derive(Debug)]
pub struct Conflict {
    /// The plan file.
    pub path: PathBuf,
    /// The plan as the file holds it now.
    pub disk: Box<Plan>,
    /// The file as read for `disk`.
    pub stamp: Stamp,
    /// One line per list whose length differs ("Activities: 12 on disk,
    /// 11 in this window").
    pub summary: Vec<String>,
}

/// Watches the folder of `path` (a save replaces the file, so the file
/// itself cannot be watched) and says when an entry with the plan's name
/// changes. Links are followed to the real file first.
pub fn watch(path: &Path) -> Subscription<Message> {
    Subscription::run_with(path.to_path_buf(), watch_stream)
}

// `Subscription::run_with` hands the data (a `PathBuf`) by reference.
#[allow(clippy::ptr_arg)]
fn watch_stream(path: &PathBuf) -> iced::futures::stream::BoxStream<'static, Message> {
    use iced::futures::StreamExt;
    use notify::Watcher;
    let real = store::atomic::real_path(path);
    let (Some(folder), Some(name)) = (real.parent(), real.file_name()) else {
        return iced::futures::stream::empty().boxed();
    };
    let (folder, name) = (folder.to_path_buf(), name.to_os_string());
    let (sender, receiver) = iced::futures::channel::mpsc::unbounded();
    let handler = move |event: notify::Result<notify::Event>| {
        let ours = event.is_ok_and(|event| {
            !event.kind.is_access() && event.paths.iter().any(|p| p.file_name() == Some(&name))
        });
        if ours {
            let _ = sender.unbounded_send(());
        }
    };
    let watcher = notify::recommended_watcher(handler).and_then(|mut watcher| {
        watcher.watch(&folder, notify::RecursiveMode::NonRecursive)?;
        Ok(watcher)
    });
    match watcher {
        Ok(watcher) => receiver
            .map(move |()| {
                // The watcher lives as long as the stream.
                let _ = &watcher;
                Message::Changed
            })
            .boxed(),
        Err(error) => {
            tracing::warn!("cannot watch {}: {error}", folder.display());
            iced::futures::stream::empty().boxed()
        }
    }
}

/// Reads the file unless it is still `known`.
fn check(path: &Path, known: Option<&Stamp>) -> Result<Option<(Plan, Stamp)>, LoadError> {
    let now = Stamp::read(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if now.is_some() && now.as_ref() == known {
        return Ok(None);
    }
    store::load_stamped(path).map(Some)
}

/// The lists whose lengths differ between the file and the window.
fn summary(disk: &Plan, here: &Plan) -> Vec<String> {
    let lists = [
        (
            fl!("section-partners"),
            disk.partners.len(),
            here.partners.len(),
        ),
        (
            fl!("section-work-packages"),
            disk.work_packages.len(),
            here.work_packages.len(),
        ),
        (
            fl!("section-activities"),
            disk.activities.len(),
            here.activities.len(),
        ),
        (
            fl!("section-deliverables"),
            disk.deliverables.len(),
            here.deliverables.len(),
        ),
        (fl!("section-log"), disk.log.len(), here.log.len()),
        (
            fl!("section-indicators"),
            disk.indicators.len(),
            here.indicators.len(),
        ),
    ];
    let lines: Vec<String> = lists
        .into_iter()
        .filter(|(_, disk, here)| disk != here)
        .map(|(section, disk, here)| {
            fl!(
                "dialog-changed-section",
                section = section,
                disk = disk,
                here = here
            )
        })
        .collect();
    if lines.is_empty() {
        vec![fl!("dialog-changed-same-counts")]
    } else {
        lines
    }
}

/// A free name beside `path` for "keep both": `NAME (conflict
/// 2026-12-01 0312).commplan.ron` in the person's language, then ` 2`,
/// ` 3`, …
fn copy_path(path: &Path) -> PathBuf {
    // Short enough for the whole name to stay under 255 bytes.
    let mut name = store::plan_name(path);
    while name.len() > 200 {
        name.pop();
    }
    let stamp = chrono::Local::now().format("%Y-%m-%d %H%M");
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!(" {n}")
        };
        let base = fl!(
            "conflict-copy-name",
            name = name.as_str(),
            when = stamp.to_string()
        );
        // No isolation marks or slashes in a file name.
        let base: String = base
            .chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .map(|c| if std::path::is_separator(c) { '-' } else { c })
            .collect();
        let candidate = path.with_file_name(format!("{base}{suffix}.{}", super::files::EXTENSION));
        if std::fs::symlink_metadata(&candidate).is_err() {
            return candidate;
        }
        n += 1;
    }
}

impl App {
    pub(super) fn disk(&mut self, message: Message) -> Task<AppMessage> {
        match message {
            Message::Changed => self.check_disk(),
            Message::Checked(result) => match result.take() {
                Some(result) => self.disk_checked(result),
                None => Task::none(),
            },
            Message::ApplyMine => self.apply_mine(),
            Message::KeepBoth => self.keep_both(),
            Message::KeptBoth(result) => self.kept_both(result),
        }
    }

    /// Looks at the file in the background, unless a save or a look is
    /// under way (then it looks again once that ends).
    pub(super) fn check_disk(&mut self) -> Task<AppMessage> {
        let Some(path) = self.document.path.clone() else {
            return Task::none();
        };
        if self.document.saving || self.document.checking {
            self.document.recheck = true;
            return Task::none();
        }
        self.document.checking = true;
        let known = self.document.stamp.clone();
        Task::future(super::document::off_thread(move || {
            Handoff::new(check(&path, known.as_ref()))
        }))
        .and_then(|result| Task::done(AppMessage::Disk(Message::Checked(result))))
    }

    /// Looks again if a change came while a save or a look ran.
    pub(super) fn recheck_disk(&mut self) -> Task<AppMessage> {
        if std::mem::take(&mut self.document.recheck) {
            self.check_disk()
        } else {
            Task::none()
        }
    }

    fn disk_checked(
        &mut self,
        result: Result<Option<(Plan, Stamp)>, LoadError>,
    ) -> Task<AppMessage> {
        self.document.checking = false;
        if self.document.saving {
            self.document.recheck = true;
            return Task::none();
        }
        match result {
            Ok(Some((plan, stamp))) if Some(&stamp) != self.document.stamp.as_ref() => {
                if self.document.is_dirty() {
                    let Some(path) = self.document.path.clone() else {
                        return Task::none();
                    };
                    // An older banner (a reload) would only confuse.
                    self.notice = None;
                    self.dialog = Some(super::dialog::Dialog::ChangedOnDisk(Conflict {
                        summary: summary(&plan, &self.plan),
                        path,
                        disk: Box::new(plan),
                        stamp,
                    }));
                } else {
                    self.reload_in_place(plan, stamp, false);
                    self.notice = Some(Notice {
                        tone: Tone::Info,
                        text: fl!("notice-reloaded"),
                    });
                }
            }
            Ok(_) => {}
            // Gone (moved away, deleted): the next save writes it anew.
            Err(LoadError::NotFound { .. }) => self.document.stamp = None,
            // Half written by an editor, or broken: the window keeps its
            // plan; the next save is refused until the file is whole.
            Err(error) => tracing::warn!("{error}"),
        }
        self.recheck_disk()
    }

    /// Shows `plan`, just read from disk, in place of the window's plan,
    /// keeping the screen, selections and filters (ids that are gone simply
    /// show nothing). The undo history belonged to the old content.
    fn reload_in_place(&mut self, plan: Plan, stamp: Stamp, dirty: bool) {
        self.plan = Arc::new(plan);
        self.plan_version += 1;
        self.history.clear();
        if dirty {
            // The edits stay unsaved: now on top of the new content.
            self.document.stamp = Some(stamp);
        } else {
            self.document.read(stamp);
        }
        self.document.settle(dirty);
    }

    fn apply_mine(&mut self) -> Task<AppMessage> {
        let Some(super::dialog::Dialog::ChangedOnDisk(conflict)) = self.dialog.take() else {
            return Task::none();
        };
        // Each edit made since the last save, in order, on the file as it
        // is now; one that no longer fits (its item deleted there, its id
        // taken) stops it all.
        // Unsaved with no edit to replay (a restored backup): only "keep
        // both" keeps it.
        if self.document.unsaved().next().is_none() {
            self.notice = Some(Notice {
                tone: Tone::Danger,
                text: fl!("notice-apply-failed", reason = fl!("dialog-changed-title")),
            });
            self.dialog = Some(super::dialog::Dialog::ChangedOnDisk(conflict));
            return Task::none();
        }
        let mut merged = Plan::clone(&conflict.disk);
        let replayed = self
            .document
            .unsaved()
            .try_for_each(|edit| merged.apply(edit.clone()).map(|_| ()));
        let merged = replayed.map(|()| merged);
        match merged {
            Ok(merged) => {
                self.reload_in_place(merged, conflict.stamp, true);
                self.notice = Some(Notice {
                    tone: Tone::Success,
                    text: fl!("notice-applied"),
                });
            }
            Err(error) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text: fl!("notice-apply-failed", reason = error.to_string()),
                });
                self.dialog = Some(super::dialog::Dialog::ChangedOnDisk(conflict));
            }
        }
        Task::none()
    }

    fn keep_both(&mut self) -> Task<AppMessage> {
        let Some(super::dialog::Dialog::ChangedOnDisk(conflict)) = &self.dialog else {
            return Task::none();
        };
        let copy = copy_path(&conflict.path);
        let plan = Arc::clone(&self.plan);
        Task::perform(
            async move {
                store::save(&copy, &plan, None)
                    .map(|()| copy)
                    .map_err(|e| e.to_string())
            },
            |result| AppMessage::Disk(Message::KeptBoth(result)),
        )
    }

    fn kept_both(&mut self, result: Result<PathBuf, String>) -> Task<AppMessage> {
        match result {
            Ok(copy) => {
                if let Some(super::dialog::Dialog::ChangedOnDisk(conflict)) = self.dialog.take() {
                    self.reload_in_place(*conflict.disk, conflict.stamp, false);
                }
                self.notice = Some(Notice {
                    tone: Tone::Success,
                    text: fl!("notice-kept-both", copy = copy.display().to_string()),
                });
            }
            Err(text) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text,
                });
            }
        }
        Task::none()
    }
}

/// The dialog of a file changed on disk while this window had edits.
pub fn view(conflict: &Conflict) -> Element<'_, AppMessage> {
    let mut body = column![
        chrome::dialog_title(icon::TRIANGLE_ALERT, fl!("dialog-changed-title")),
        text(fl!(
            "dialog-changed-body",
            path = conflict.path.display().to_string()
        )),
    ]
    .spacing(14);
    for line in &conflict.summary {
        body = body.push(text(line.clone()));
    }
    body.push(
        row![
            Space::new().width(Fill),
            super::dialog::action(
                fl!("dialog-changed-keep-both"),
                super::dialog::Message::KeepBoth,
                false
            ),
            super::dialog::action(
                fl!("dialog-changed-apply"),
                super::dialog::Message::ApplyMine,
                true
            ),
        ]
        .spacing(8),
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::futures::StreamExt;
    use std::time::Duration;

    /// The watcher says when the plan is replaced (as a save or a sync
    /// client does), and not when another file in the folder changes.
    #[test]
    fn the_watcher_reports_a_replaced_plan_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.commplan.ron");
        std::fs::write(&plan, "first").unwrap();
        let mut stream = watch_stream(&plan);
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            while let Some(message) = iced::futures::executor::block_on(stream.next()) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        // Let the watch start, then change another file: nothing.
        std::thread::sleep(Duration::from_millis(200));
        std::fs::write(dir.path().join("notes.txt"), "other").unwrap();
        assert!(receiver.recv_timeout(Duration::from_millis(500)).is_err());
        store::atomic::write(&plan, b"second").unwrap();
        let message = receiver.recv_timeout(Duration::from_secs(5));
        assert!(matches!(message, Ok(Message::Changed)), "{message:?}");
    }
}
