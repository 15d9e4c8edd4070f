//! Modal dialogs: a plan that cannot be read, a close that could not save.

use std::path::PathBuf;

use iced::widget::{Space, button, center, column, container, opaque, row, text, text_input};
use iced::{Element, Fill, window};

use super::{App, Message as AppMessage, chrome, files};
use crate::theme;
use crate::widget::icon;
use commplan_core::Plan;
use commplan_core::fl;
use commplan_core::format;

#[derive(Debug)]
pub enum Dialog {
    /// The plan file could not be read; it was left untouched.
    Unreadable {
        path: PathBuf,
        text: String,
        backup: Option<(PathBuf, Box<Plan>)>,
    },
    /// Saving on close failed.
    CloseFailed {
        text: String,
        window: Option<window::Id>,
    },
    /// The file changed on disk while this window had unsaved edits.
    ChangedOnDisk(super::disk::Conflict),
    /// CommPlan's own file chooser, where the system has none.
    PathEntry {
        purpose: files::Purpose,
        text: String,
        error: Option<String>,
    },
}

/// The path field of CommPlan's own file chooser.
pub const PATH_INPUT: &str = "dialog-path";

#[derive(Debug, Clone)]
pub enum Message {
    RestoreBackup,
    OpenAnother,
    SaveAs,
    QuitWithoutSaving,
    Dismiss,
    PathEdited(String),
    PathConfirmed,
    /// Put the window's edits on top of the file changed on disk.
    ApplyMine,
    /// Save the window's version as a copy; show the file on disk.
    KeepBoth,
}

impl App {
    pub(super) fn dialog(&mut self, message: Message) -> iced::Task<AppMessage> {
        match message {
            Message::RestoreBackup => match self.dialog.take() {
                Some(Dialog::Unreadable {
                    path,
                    backup: Some((_, plan)),
                    ..
                }) => self.restore(path, *plan),
                other => {
                    self.dialog = other;
                    iced::Task::none()
                }
            },
            Message::OpenAnother => {
                self.dialog = None;
                self.file(files::Message::Open)
            }
            Message::SaveAs => {
                self.dialog = None;
                self.file(files::Message::SaveAs)
            }
            Message::QuitWithoutSaving => match self.dialog.take() {
                Some(Dialog::CloseFailed {
                    window: Some(window),
                    ..
                }) => window::close(window),
                _ => iced::exit(),
            },
            Message::Dismiss => {
                self.dialog = None;
                iced::Task::none()
            }
            Message::ApplyMine => self.disk(super::disk::Message::ApplyMine),
            Message::KeepBoth => self.disk(super::disk::Message::KeepBoth),
            Message::PathEdited(path) => {
                if let Some(Dialog::PathEntry { text, error, .. }) = &mut self.dialog {
                    *text = path;
                    *error = None;
                }
                iced::Task::none()
            }
            Message::PathConfirmed => {
                let Some(Dialog::PathEntry { purpose, text, .. }) = &self.dialog else {
                    return iced::Task::none();
                };
                let (purpose, path) = (*purpose, PathBuf::from(text.trim()));
                let problem = if purpose == files::Purpose::ExportFolder {
                    (!path.is_dir()).then(|| fl!("dialog-path-need-folder"))
                } else if text.trim().is_empty() || path.is_dir() {
                    Some(fl!("dialog-path-need-file"))
                } else if matches!(purpose, files::Purpose::Open | files::Purpose::Import)
                    && !path.is_file()
                {
                    Some(fl!("dialog-path-missing"))
                } else if !matches!(purpose, files::Purpose::Open | files::Purpose::Import)
                    && !path
                        .parent()
                        .is_some_and(|p| p.as_os_str().is_empty() || p.is_dir())
                {
                    Some(fl!("dialog-path-no-folder"))
                } else if matches!(purpose, files::Purpose::Export | files::Purpose::Report) {
                    export_problem(&path, self.dialog.as_ref())
                } else {
                    None
                };
                if let Some(problem) = problem {
                    if let Some(Dialog::PathEntry { error, .. }) = &mut self.dialog {
                        *error = Some(problem);
                    }
                    return iced::Task::none();
                }
                self.dialog = None;
                self.file(files::Message::Picked(purpose, Some(path)))
            }
        }
    }
}

/// An export never goes over a plan file; over another existing file only
/// once the person confirmed (the same path confirmed a second time).
fn export_problem(path: &std::path::Path, dialog: Option<&Dialog>) -> Option<String> {
    let shown = path.display().to_string();
    if commplan_core::store::is_plan_file_name(path)
        || commplan_core::store::is_plan_file_name(&commplan_core::store::atomic::real_path(path))
    {
        return Some(fl!("export-refuse-plan", path = shown));
    }
    let ask = fl!("export-replace-body", path = shown);
    let asked = matches!(dialog, Some(Dialog::PathEntry { error: Some(e), .. }) if *e == ask);
    (std::fs::symlink_metadata(path).is_ok() && !asked).then_some(ask)
}

/// A modal box of at most `width` pixels over a dimmed window.
pub(super) fn frame<'a>(content: Element<'a, AppMessage>, width: f32) -> Element<'a, AppMessage> {
    opaque(
        container(center(
            container(content)
                .padding(24)
                .max_width(width)
                .style(theme::dialog),
        ))
        .width(Fill)
        .height(Fill)
        .style(theme::backdrop),
    )
}

pub(super) fn action<'a>(
    label: String,
    message: Message,
    primary: bool,
) -> Element<'a, AppMessage> {
    button(text(label))
        .padding([6, 14])
        .style(if primary {
            button::primary
        } else {
            button::secondary
        })
        .on_press(AppMessage::Dialog(message))
        .into()
}

pub fn view(dialog: &Dialog) -> Element<'_, AppMessage> {
    match dialog {
        Dialog::Unreadable {
            text: error,
            backup,
            ..
        } => {
            let mut actions = row![Space::new().width(Fill)].spacing(8);
            actions = actions.push(action(fl!("dialog-dismiss"), Message::Dismiss, false));
            actions = actions.push(action(
                fl!("dialog-open-another"),
                Message::OpenAnother,
                backup.is_none(),
            ));
            let mut body = column![
                chrome::dialog_title(icon::TRIANGLE_ALERT, fl!("dialog-unreadable-title")),
                container(text(error.clone()).font(iced::Font::MONOSPACE).size(13))
                    .padding(10)
                    .width(Fill)
                    .style(theme::card),
                text(fl!("dialog-unreadable-untouched")),
            ]
            .spacing(14);
            if let Some((path, plan)) = backup {
                // From the backup's name: a view never asks the disk.
                let when = commplan_core::store::backup::made_at(path)
                    .map(|t| t.with_timezone(&chrono::Local).naive_local())
                    .map(|t| format!("{} {}", format::date(t.date()), t.format("%H:%M")))
                    .unwrap_or_default();
                body = body.push(text(fl!(
                    "dialog-backup-offer",
                    when = when,
                    activities = plan.activities.len()
                )));
                actions = actions.push(action(fl!("dialog-restore"), Message::RestoreBackup, true));
            } else {
                body = body.push(text(fl!("dialog-no-backup")).style(theme::muted));
            }
            frame(body.push(actions).into(), 640.0)
        }
        Dialog::PathEntry {
            purpose,
            text: path,
            error,
        } => {
            let title = match purpose {
                files::Purpose::New => fl!("dialog-new-title"),
                files::Purpose::Open => fl!("dialog-open-title"),
                files::Purpose::SaveAs => fl!("dialog-save-as-title"),
                files::Purpose::Export => fl!("export-dialog-save-title"),
                files::Purpose::ExportFolder => fl!("export-dialog-folder-title"),
                files::Purpose::Import => fl!("import-choose-title"),
                files::Purpose::Report => fl!("report-save-title"),
                files::Purpose::Rejected => fl!("import-save-rejected"),
            };
            let mut body = column![
                chrome::dialog_title(icon::FOLDER_OPEN, title),
                text(fl!(
                    "dialog-path-hint",
                    what = match purpose {
                        files::Purpose::New | files::Purpose::Open | files::Purpose::SaveAs =>
                            "plan",
                        files::Purpose::Export | files::Purpose::Report => "export",
                        files::Purpose::ExportFolder => "folder",
                        files::Purpose::Import => "csv",
                        files::Purpose::Rejected => "export",
                    }
                )),
                text_input("", path)
                    .id(PATH_INPUT)
                    .on_input(|p| AppMessage::Dialog(Message::PathEdited(p)))
                    .on_submit(AppMessage::Dialog(Message::PathConfirmed))
                    .font(iced::Font::MONOSPACE),
            ]
            .spacing(14);
            if let Some(error) = error {
                body = body.push(text(error.clone()).style(theme::danger_text));
            }
            let confirm = match purpose {
                files::Purpose::Open => fl!("toolbar-open"),
                files::Purpose::Import => fl!("import-read"),
                files::Purpose::Export | files::Purpose::ExportFolder | files::Purpose::Report => {
                    fl!("export-dialog-write")
                }
                _ => fl!("dialog-path-save"),
            };
            body = body.push(
                row![
                    Space::new().width(Fill),
                    action(fl!("dialog-cancel"), Message::Dismiss, false),
                    action(confirm, Message::PathConfirmed, true),
                ]
                .spacing(8),
            );
            frame(body.into(), 640.0)
        }
        Dialog::ChangedOnDisk(conflict) => frame(super::disk::view(conflict), 640.0),
        Dialog::CloseFailed { text: error, .. } => {
            let body = column![
                chrome::dialog_title(icon::TRIANGLE_ALERT, fl!("dialog-close-failed-title")),
                text(error.clone()),
                text(fl!("dialog-close-failed-hint")),
                row![
                    Space::new().width(Fill),
                    action(fl!("dialog-quit-anyway"), Message::QuitWithoutSaving, false),
                    action(fl!("dialog-cancel"), Message::Dismiss, false),
                    action(fl!("toolbar-save-as"), Message::SaveAs, true),
                ]
                .spacing(8),
            ]
            .spacing(14);
            frame(body.into(), 640.0)
        }
    }
}
