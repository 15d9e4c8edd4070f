//! The Export dialog: format, partner, date range, language and options,
//! then a native save dialog (one file) or a folder ("Export for every
//! partner", one file each). The files are written here, in tasks.

mod keys;
mod view;
mod write;

pub use keys::Field;
pub use view::view;
use write::Target;
pub use write::Written;

use std::path::PathBuf;

use chrono::{NaiveDate, Utc};
use iced::Task;

use super::{App, Message as AppMessage, Notice};
use crate::config::ExportChoices;
use crate::theme::Tone;
use crate::widget::date_picker::Open;
use commplan_core::export::{self, Format, Request, Scope, csv::Table};
use commplan_core::fl;
use commplan_core::publish::calendars::partner_language;
use commplan_core::{PartnerId, Plan, store};

/// Days before a deadline that the calendar's reminder goes off.
pub const REMINDER_DAYS: u32 = 7;

/// Widget ids of the date fields, for keyboard focus and tests.
pub const FROM_INPUT: &str = "export-from";
pub const TO_INPUT: &str = "export-to";

/// What the dialog holds while it is open.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    pub format: Format,
    /// `None`: the whole plan.
    pub partner: Option<PartnerId>,
    pub from: String,
    pub to: String,
    pub language: String,
    pub table: Table,
    pub semicolon: bool,
    pub bom: bool,
    /// XLSX: the partners' empty template instead of a table.
    pub template: bool,
    pub deliverables: bool,
    pub reminder: bool,
    pub utc: bool,
    /// A write is under way.
    pub busy: bool,
    pub error: Option<String>,
    /// The control with the keyboard focus (see `keys`).
    pub focus: Option<Field>,
    /// The date field (From or To) whose month calendar is open.
    pub picker: Option<Open<Field>>,
}

impl Export {
    pub fn new(language: String) -> Self {
        Self {
            format: Format::Ics,
            partner: None,
            from: String::new(),
            to: String::new(),
            language: language.clone(),
            table: Table::Activities,
            // What Excel in the person's language opens by double-click.
            semicolon: semicolon_for(&language),
            bom: true,
            template: false,
            deliverables: true,
            reminder: true,
            utc: false,
            busy: false,
            error: None,
            focus: None,
            picker: None,
        }
    }

    /// The choices worth keeping in the settings.
    pub fn choices(&self) -> ExportChoices {
        ExportChoices {
            format: self.format.extension().to_owned(),
            partner: self.partner.as_ref().map(|p| p.to_string()),
            from: self.from.clone(),
            to: self.to.clone(),
            language: self.language.clone(),
            table: self.table.slug().to_owned(),
            semicolon: self.semicolon,
            bom: self.bom,
            deliverables: self.deliverables,
            reminder: self.reminder,
            utc: self.utc,
        }
    }

    /// The dialog as last left, from the settings; what no longer reads
    /// falls back to the defaults.
    pub fn from_choices(c: &ExportChoices, language: String) -> Self {
        let mut dialog = Self::new(language);
        if let Some(format) = Format::ALL.into_iter().find(|f| f.extension() == c.format) {
            dialog.format = format;
        }
        dialog.partner = c.partner.as_deref().map(PartnerId::new);
        dialog.from = c.from.clone();
        dialog.to = c.to.clone();
        if commplan_core::i18n::Strings::has(&c.language) {
            dialog.language = c.language.clone();
        }
        if let Some(table) = Table::from_slug(&c.table) {
            dialog.table = table;
        }
        dialog.semicolon = c.semicolon;
        dialog.bom = c.bom;
        dialog.deliverables = c.deliverables;
        dialog.reminder = c.reminder;
        dialog.utc = c.utc;
        dialog
    }

    /// What is wrong with the dialog as typed so far, shown while typing:
    /// a whole date that is not one, or a range that ends before it
    /// starts. A date still being typed is not complained about.
    pub fn problem(&self, plan: &Plan) -> Option<String> {
        let typing = |text: &str| {
            let text = text.trim();
            !text.is_empty() && text.len() < "2000-01-01".len()
        };
        if typing(&self.from) || typing(&self.to) {
            return None;
        }
        self.request(plan).err()
    }

    fn changed(&mut self, field: Field) {
        self.focus = Some(field);
        self.error = None;
    }

    /// The request the dialog describes, or what is wrong with it.
    pub fn request(&self, plan: &Plan) -> Result<Request, String> {
        let date = |text: &str| -> Result<Option<NaiveDate>, String> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            commplan_core::text::parse_date(text)
                .map(Some)
                .ok_or_else(|| fl!("export-dialog-bad-date", text = text))
        };
        let mut request = Request::new(self.format, &self.language, Utc::now());
        request.scope = Scope {
            partner: self.partner.clone(),
            from: date(&self.from)?,
            to: date(&self.to)?,
        };
        request.ics = export::ics::Options {
            deliverables: self.deliverables,
            reminder_days: (self.deliverables && self.reminder).then_some(REMINDER_DAYS),
            utc: self.utc,
        };
        request.csv = export::csv::Options {
            table: self.table,
            separator: if self.semicolon { b';' } else { b',' },
            bom: self.bom,
            // Headers and values in the dialog's language, as the CLI's
            // `--lang` writes them (the same `export::render`).
            translated: true,
        };
        request.template = self.format == Format::Xlsx && self.template;
        request.scope.check(plan).map_err(|e| e.to_string())?;
        Ok(request)
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Opened,
    Closed,
    FormatPicked(Format),
    PartnerPicked(Option<PartnerId>),
    FromChanged(String),
    ToChanged(String),
    /// The calendar button of a date field (From or To) was pressed.
    PickerToggled(Field),
    /// A click beside the calendar, or Escape: closed without a change.
    PickerDismissed,
    PickerMoved(i32),
    /// A day was picked in the open calendar.
    DatePicked(NaiveDate),
    LanguagePicked(String),
    TablePicked(Table),
    SemicolonToggled(bool),
    BomToggled(bool),
    TemplateToggled(bool),
    DeliverablesToggled(bool),
    ReminderToggled(bool),
    UtcToggled(bool),
    /// "Export…": ask where to save one file.
    SaveRequested,
    /// "Export for every partner…": ask for a folder.
    EveryPartnerRequested,
    FilePicked(Option<PathBuf>),
    FolderPicked(Option<PathBuf>),
    Written(Result<Written, String>),
}

/// Does Excel in `language` expect `;` (see
/// [`export::csv::separator_for`], the rule every CSV export follows)?
fn semicolon_for(language: &str) -> bool {
    export::csv::separator_for(language) == b';'
}

fn filter_name(format: Format) -> String {
    match format {
        Format::Ics => fl!("export-filter-ics"),
        Format::Csv => fl!("export-filter-csv"),
        Format::Html => fl!("export-filter-html"),
        Format::Xlsx => fl!("export-filter-xlsx"),
    }
}

impl App {
    /// The open Export dialog, if any.
    pub fn export_dialog(&self) -> Option<&Export> {
        self.export.as_ref()
    }

    pub(super) fn export(&mut self, message: Message) -> Task<AppMessage> {
        if let Message::Opened = message {
            if self.export.is_none() {
                // The last choices come back (a partner the plan no longer
                // has is forgotten).
                let language = commplan_core::i18n::current();
                let mut dialog = match (&self.export_last, &self.settings.export) {
                    (Some(last), _) => last.clone(),
                    (None, Some(choices)) => Export::from_choices(choices, language),
                    (None, None) => Export::new(language),
                };
                if dialog
                    .partner
                    .as_ref()
                    .is_some_and(|id| self.plan.partner(id).is_none())
                {
                    dialog.partner = None;
                }
                dialog.busy = false;
                dialog.error = None;
                dialog.focus = None;
                dialog.picker = None;
                self.export = Some(dialog);
            }
            return Task::none();
        }
        let Some(dialog) = self.export.as_mut() else {
            return Task::none();
        };
        match message {
            Message::Opened => {}
            Message::Closed => self.close_export(),
            // A change moves the keyboard focus to the control that made it
            // (by mouse or by key) and makes an earlier complaint stale.
            Message::FormatPicked(format) => {
                dialog.format = format;
                dialog.changed(Field::Format);
            }
            Message::PartnerPicked(partner) => {
                // One partner's file is in that partner's language unless
                // the person picks another after.
                if let Some(p) = partner.as_ref().and_then(|id| self.plan.partner(id)) {
                    dialog.language = partner_language(p);
                    dialog.semicolon = semicolon_for(&dialog.language);
                }
                dialog.partner = partner;
                dialog.changed(Field::Partner);
            }
            Message::FromChanged(text) => {
                dialog.from = text;
                dialog.changed(Field::From);
            }
            Message::ToChanged(text) => {
                dialog.to = text;
                dialog.changed(Field::To);
            }
            Message::PickerToggled(field) => {
                let value = if field == Field::To {
                    &dialog.to
                } else {
                    &dialog.from
                };
                // Opens on the typed date, else on the other end's, else
                // on the project's start.
                let other = if field == Field::To {
                    &dialog.from
                } else {
                    &dialog.to
                };
                let fallback =
                    commplan_core::text::parse_date(other).unwrap_or(self.plan.project.start);
                dialog.picker = match dialog.picker {
                    Some(open) if open.field == field => None,
                    _ => Some(Open::on(field, value, fallback)),
                };
                dialog.changed(field);
            }
            Message::PickerDismissed => dialog.picker = None,
            Message::PickerMoved(months) => {
                dialog.picker = dialog.picker.map(|open| open.moved(months));
            }
            Message::DatePicked(day) => {
                if let Some(open) = dialog.picker.take() {
                    let iso = day.format("%Y-%m-%d").to_string();
                    if open.field == Field::To {
                        dialog.to = iso;
                    } else {
                        dialog.from = iso;
                    }
                    dialog.changed(open.field);
                }
            }
            Message::LanguagePicked(code) => {
                // The separator Excel in that language expects; the person
                // may still pick the other one after.
                dialog.semicolon = semicolon_for(&code);
                dialog.language = code;
                dialog.changed(Field::Language);
            }
            Message::TablePicked(table) => {
                dialog.table = table;
                dialog.changed(Field::Table);
            }
            Message::SemicolonToggled(on) => {
                dialog.semicolon = on;
                dialog.changed(Field::Separator);
            }
            Message::TemplateToggled(on) => {
                dialog.template = on;
                dialog.changed(Field::Template);
            }
            Message::BomToggled(on) => {
                dialog.bom = on;
                dialog.changed(Field::Bom);
            }
            Message::DeliverablesToggled(on) => {
                dialog.deliverables = on;
                dialog.changed(Field::Deliverables);
            }
            Message::ReminderToggled(on) => {
                dialog.reminder = on;
                dialog.changed(Field::Reminder);
            }
            Message::UtcToggled(on) => {
                dialog.utc = on;
                dialog.changed(Field::Utc);
            }
            Message::SaveRequested | Message::EveryPartnerRequested => {
                let every = matches!(message, Message::EveryPartnerRequested);
                let request = match dialog.request(&self.plan) {
                    Ok(request) => request,
                    Err(error) => {
                        dialog.error = Some(error);
                        return Task::none();
                    }
                };
                dialog.error = None;
                if !self.native_dialogs {
                    return if every {
                        self.choose(super::files::Purpose::ExportFolder, String::new())
                    } else {
                        let name = export::file_name(&self.plan, &request);
                        self.choose(super::files::Purpose::Export, name)
                    };
                }
                let file = rfd::AsyncFileDialog::new();
                let task = if every {
                    let picker = file.set_title(fl!("export-dialog-folder-title"));
                    Task::perform(
                        async move { picker.pick_folder().await.map(|h| h.path().to_path_buf()) },
                        Message::FolderPicked,
                    )
                } else {
                    let format = request.format;
                    let picker = file
                        .set_title(fl!("export-dialog-save-title"))
                        .add_filter(filter_name(format), &[format.extension()])
                        .set_file_name(export::file_name(&self.plan, &request));
                    Task::perform(
                        async move { picker.save_file().await.map(|h| h.path().to_path_buf()) },
                        Message::FilePicked,
                    )
                };
                return task.map(AppMessage::Export);
            }
            Message::FilePicked(None) | Message::FolderPicked(None) => {}
            Message::FilePicked(Some(path)) => return self.export_to(Target::File(path)),
            Message::FolderPicked(Some(folder)) => {
                return self.export_to(Target::EveryPartner(folder));
            }
            Message::Written(result) => self.export_written(result),
        }
        Task::none()
    }

    /// Closes the dialog, keeping its choices for the next time.
    pub(super) fn close_export(&mut self) {
        if let Some(dialog) = self.export.take() {
            self.settings.export = Some(dialog.choices());
            self.export_last = Some(dialog);
        }
    }

    /// Starts writing what the dialog describes, in the background.
    fn export_to(&mut self, target: Target) -> Task<AppMessage> {
        let Some(dialog) = self.export.as_mut() else {
            return Task::none();
        };
        let request = match dialog.request(&self.plan) {
            Ok(request) => request,
            Err(error) => {
                dialog.error = Some(error);
                return Task::none();
            }
        };
        if let (Target::File(path), Some(open)) = (&target, &self.document.path)
            && store::same_file(path, open)
        {
            dialog.error = Some(fl!("export-refuse-plan", path = path.display().to_string()));
            return Task::none();
        }
        dialog.busy = true;
        let plan = self.plan.clone();
        Task::perform(async move { target.write(&plan, &request) }, |result| {
            AppMessage::Export(Message::Written(result))
        })
    }

    fn export_written(&mut self, result: Result<Written, String>) {
        match result {
            Ok(written) => {
                self.close_export();
                let text = match written {
                    Written::File(path) => {
                        fl!("export-notice-file", path = path.display().to_string())
                    }
                    Written::Folder { folder, files } => fl!(
                        "export-notice-folder",
                        count = files,
                        folder = folder.display().to_string()
                    ),
                };
                self.notice = Some(Notice {
                    tone: Tone::Success,
                    text,
                });
            }
            Err(error) => {
                if let Some(dialog) = self.export.as_mut() {
                    dialog.busy = false;
                    dialog.error = Some(error);
                } else {
                    self.notice = Some(Notice {
                        tone: Tone::Danger,
                        text: error,
                    });
                }
            }
        }
    }
}
