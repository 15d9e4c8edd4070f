//! The progress-report dialog over the window: choose, preview, then write
//! the pack off the UI thread.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use super::{App, Message, Notice, files};
use crate::screen::report::{Action, Dialog, Form, Message as ReportMessage};
use crate::theme::Tone;
use commplan_core::i18n::Strings;
use commplan_core::indicators::series::Figures;
use commplan_core::report::{self, Pack};
use commplan_core::{fl, store};

impl App {
    /// Opens the dialog on `period` (0 for P1), in the interface's language.
    pub(super) fn open_report(&mut self, period: usize) -> Task<Message> {
        self.report = Some(Dialog::new(period, commplan_core::i18n::current()));
        Task::none()
    }

    pub(super) fn report(&mut self, message: ReportMessage) -> Task<Message> {
        let Some(dialog) = &mut self.report else {
            return Task::none();
        };
        match dialog.update(message) {
            Action::None => Task::none(),
            Action::Close => {
                self.report = None;
                Task::none()
            }
            Action::Write => {
                let name = dialog.file_name(&self.plan);
                self.choose(files::Purpose::Report, name)
            }
        }
    }

    /// Writes the pack the dialog asks for at `path`, off the UI thread.
    pub(super) fn write_report(&mut self, path: PathBuf) -> Task<Message> {
        let Some(dialog) = &mut self.report else {
            return Task::none();
        };
        dialog.busy = true;
        let (request, language, form) = (dialog.request(), dialog.language.clone(), dialog.form);
        let plan = Arc::clone(&self.plan);
        let target = path.clone();
        Task::perform(
            async move {
                let figures = Figures::compute(&plan);
                let pack = Pack::compute(&plan, &figures, &request).map_err(|e| e.to_string())?;
                let strings = Strings::new(&language);
                let bytes = match form {
                    Form::Html => {
                        report::html::write(&plan, &pack, &strings, chrono::Utc::now()).into_bytes()
                    }
                    Form::Xlsx => {
                        report::xlsx::write(&plan, &pack, &strings).map_err(|e| e.to_string())?
                    }
                    Form::Csv => report::csv::write(
                        &plan,
                        &pack,
                        &strings,
                        report::csv::Options::for_language(&language),
                    ),
                };
                store::atomic::write(&target, &bytes).map_err(|source| {
                    store::SaveError {
                        path: target.clone(),
                        source,
                    }
                    .to_string()
                })
            },
            move |result| Message::ReportWritten(path.clone(), result),
        )
    }

    pub(super) fn report_written(
        &mut self,
        path: PathBuf,
        result: Result<(), String>,
    ) -> Task<Message> {
        match result {
            Ok(()) => {
                self.report = None;
                self.notice = Some(Notice {
                    tone: Tone::Success,
                    text: fl!("report-written", path = path.display().to_string()),
                });
            }
            Err(text) => {
                if let Some(dialog) = &mut self.report {
                    dialog.busy = false;
                }
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text,
                });
            }
        }
        Task::none()
    }
}
