//! The import dialog: a partner's dissemination log, a workbook (XLSX,
//! XLS, ODS) or CSV saved from Excel or LibreOffice, read in the background
//! and previewed row by row
//! (what will be added, what is already in the log, what is rejected and
//! why) before anything changes; then added as one undoable edit.

use std::path::PathBuf;
use std::sync::Arc;

use iced::widget::{
    Space, button, center, checkbox, column, container, opaque, pick_list, row, scrollable, text,
};
use iced::{Alignment, Element, Fill, Task};

use super::{App, Message as AppMessage, Notice, files};
use crate::screen::dissemination::form;
use crate::theme::{self, Tone};
use crate::widget::pick::{self, Pick};
use crate::widget::{BOLD, icon};
use commplan_core::import::{self, ColumnOrder, Format, Options, Order, Preview, Source, Vocab};
use commplan_core::value::Lang;
use commplan_core::vocab::{Channel, TargetGroup};
use commplan_core::{PartnerId, Plan};
use commplan_core::{fl, format};

/// A file larger than this is not a partner's log.
const MAX_BYTES: u64 = 256 * 1024 * 1024;
/// Rows listed in the preview (the counts cover them all).
const LISTED: usize = 200;

#[derive(Debug)]
pub struct Import {
    path: PathBuf,
    /// Every row's partner, when the file has no partner column or comes
    /// from one partner.
    partner: Option<PartnerId>,
    /// The sheet chosen (default: the first with a log header).
    sheet: Option<String>,
    /// The order of day and month chosen for an ambiguous date column.
    date_order: Option<Order>,
    /// Unknown words mapped to known values for this file.
    mapping: import::Mapping,
    /// The person agreed to leave out the number columns named.
    without_columns: bool,
    /// Cells corrected in the preview, by (row, column).
    corrections: std::collections::BTreeMap<(u64, import::Column), String>,
    /// What is being typed to correct a rejected row, by row.
    drafts: std::collections::BTreeMap<u64, String>,
    state: State,
}

#[derive(Debug)]
enum State {
    Reading,
    Read {
        source: Arc<Source>,
        preview: Result<Box<Preview>, String>,
    },
    Failed(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Import was asked for: choose a file.
    Opened,
    Picked(PathBuf),
    Read(PathBuf, Result<Arc<Source>, String>),
    PartnerChosen(Option<PartnerId>),
    SheetChosen(String),
    DateOrderChosen(Order),
    /// An unknown word of the file (its key) mapped to a value.
    Mapped(Vocab, String, Mapped),
    WithoutColumnsToggled(bool),
    /// Text typed to correct a rejected row's faulty cell.
    CorrectionTyped(u64, String),
    /// The correction of a row's cell in a column, confirmed (Enter).
    CorrectionSubmitted(u64, import::Column),
    /// "Save the rejected rows…": ask where.
    SaveRejected,
    RejectedPicked(PathBuf),
    RejectedSaved(Result<PathBuf, String>),
    Confirmed,
    Cancelled,
}

fn read(path: PathBuf) -> Task<AppMessage> {
    Task::perform(
        async move {
            let result = (|| {
                let bytes = import::bounds::read_bytes(&path, MAX_BYTES).map_err(|e| {
                    if e.kind() == std::io::ErrorKind::FileTooLarge {
                        let megabytes = MAX_BYTES / 1_000_000;
                        fl!("import-input-too-large", megabytes = megabytes)
                    } else {
                        e.to_string()
                    }
                })?;
                Source::from_bytes(&bytes)
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            })();
            (path, result)
        },
        |(path, result)| AppMessage::Import(Message::Read(path, result)),
    )
}

impl Import {
    fn preview(&mut self, plan: &Plan) {
        if let State::Read { source, preview } = &mut self.state {
            let options = Options {
                partner: self.partner.clone(),
                sheet: self.sheet.clone(),
                date_order: self.date_order,
                mapping: self.mapping.clone(),
                corrections: self.corrections.clone(),
            };
            *preview = import::read_source(source, plan, &options)
                .map(Box::new)
                .map_err(|e| e.to_string());
        }
    }

    fn ready(&self) -> Option<&Preview> {
        match &self.state {
            State::Read {
                preview: Ok(preview),
                ..
            } => Some(preview),
            _ => None,
        }
    }

    /// Can the rows be imported: some to add, and the person agreed to
    /// leave out the number columns CommPlan does not read.
    fn can_import(&self) -> bool {
        self.ready().is_some_and(|p| {
            !p.rows.is_empty() && (p.ignored_numbers.is_empty() || self.without_columns)
        })
    }
}

/// A value an unknown word is mapped to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mapped {
    Channel(Channel),
    TargetGroup(TargetGroup),
    Language(Lang),
}

impl App {
    pub(super) fn import(&mut self, message: Message) -> Task<AppMessage> {
        match message {
            Message::Opened => {
                if let Some(reason) = &self.document.read_only {
                    self.notice = Some(Notice {
                        tone: Tone::Warning,
                        text: super::read_only_text(reason),
                    });
                    return Task::none();
                }
                self.choose(files::Purpose::Import, String::new())
            }
            Message::Picked(path) => {
                self.import = Some(Import {
                    path: path.clone(),
                    partner: None,
                    sheet: None,
                    date_order: None,
                    mapping: import::Mapping::default(),
                    without_columns: false,
                    corrections: Default::default(),
                    drafts: Default::default(),
                    state: State::Reading,
                });
                read(path)
            }
            Message::Read(path, result) => {
                let Some(dialog) = self.import.as_mut().filter(|d| d.path == path) else {
                    return Task::none();
                };
                dialog.state = match result {
                    Ok(source) => State::Read {
                        source,
                        preview: Err(String::new()),
                    },
                    Err(error) => State::Failed(error),
                };
                dialog.preview(&self.plan);
                Task::none()
            }
            Message::PartnerChosen(partner) => {
                if let Some(dialog) = self.import.as_mut() {
                    // What was mapped for this partner's earlier files.
                    if let Some(known) = partner
                        .as_ref()
                        .and_then(|id| self.settings.import_mappings.get(id.as_str()))
                    {
                        let mut mapping = known.clone();
                        mapping.extend(&dialog.mapping);
                        dialog.mapping = mapping;
                    }
                    dialog.partner = partner;
                    dialog.preview(&self.plan);
                }
                Task::none()
            }
            Message::SheetChosen(sheet) => {
                if let Some(dialog) = self.import.as_mut() {
                    dialog.sheet = Some(sheet);
                    dialog.preview(&self.plan);
                }
                Task::none()
            }
            Message::DateOrderChosen(order) => {
                if let Some(dialog) = self.import.as_mut() {
                    dialog.date_order = Some(order);
                    dialog.preview(&self.plan);
                }
                Task::none()
            }
            Message::Mapped(_, key, value) => {
                if let Some(dialog) = self.import.as_mut() {
                    let mapping = &mut dialog.mapping;
                    match value {
                        Mapped::Channel(c) => {
                            mapping.channels.insert(key, c);
                        }
                        Mapped::TargetGroup(g) => {
                            mapping.target_groups.insert(key, g);
                        }
                        Mapped::Language(l) => {
                            mapping.languages.insert(key, l);
                        }
                    }
                    dialog.preview(&self.plan);
                }
                Task::none()
            }
            Message::SaveRejected => {
                let Some(dialog) = &self.import else {
                    return Task::none();
                };
                let stem = dialog
                    .path
                    .file_stem()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.choose(files::Purpose::Rejected, format!("{stem}-rejected.xlsx"))
            }
            Message::RejectedPicked(path) => {
                let Some(dialog) = &self.import else {
                    return Task::none();
                };
                let (State::Read { source, .. }, Some(preview)) = (&dialog.state, dialog.ready())
                else {
                    return Task::none();
                };
                // The reasons in the partner's language, when the plan
                // knows it (the window's language is put back at once).
                let language = dialog
                    .partner
                    .as_ref()
                    .and_then(|id| self.plan.partner(id))
                    .and_then(|p| p.languages.first())
                    .map(|l| l.0.clone());
                let previous = commplan_core::i18n::current();
                if let Some(language) = &language {
                    commplan_core::i18n::select(language);
                }
                let reasons: Vec<String> = preview
                    .rejected
                    .iter()
                    .map(|r| r.reason.to_string())
                    .collect();
                let header = fl!("import-rejected-reason-column");
                commplan_core::i18n::select(&previous);
                let (source, preview) = (Arc::clone(source), preview.clone());
                let path = if path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
                {
                    path
                } else {
                    path.with_extension("xlsx")
                };
                Task::perform(
                    async move {
                        let bytes =
                            import::rejected::workbook(&source, &preview, &reasons, &header)?;
                        commplan_core::store::atomic::write(&path, &bytes)
                            .map_err(|e| format!("{}: {e}", path.display()))?;
                        Ok(path)
                    },
                    |result| AppMessage::Import(Message::RejectedSaved(result)),
                )
            }
            Message::RejectedSaved(result) => {
                self.notice = Some(match result {
                    Ok(path) => Notice {
                        tone: Tone::Success,
                        text: fl!("cli-written", path = path.display().to_string()),
                    },
                    Err(error) => Notice {
                        tone: Tone::Danger,
                        text: error,
                    },
                });
                Task::none()
            }
            Message::CorrectionTyped(line, typed) => {
                if let Some(dialog) = self.import.as_mut() {
                    dialog.drafts.insert(line, typed);
                }
                Task::none()
            }
            Message::CorrectionSubmitted(line, column) => {
                if let Some(dialog) = self.import.as_mut()
                    && let Some(typed) = dialog.drafts.remove(&line)
                {
                    dialog.corrections.insert((line, column), typed);
                    dialog.preview(&self.plan);
                }
                Task::none()
            }
            Message::WithoutColumnsToggled(agreed) => {
                if let Some(dialog) = self.import.as_mut() {
                    dialog.without_columns = agreed;
                }
                Task::none()
            }
            Message::Confirmed => {
                let Some(dialog) = self.import.take() else {
                    return Task::none();
                };
                let Some(preview) = dialog.ready().filter(|_| dialog.can_import()) else {
                    self.import = Some(dialog);
                    return Task::none();
                };
                let counts = preview.counts();
                let name = dialog
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if let Some(edit) = preview.edit(&self.plan) {
                    self.apply(edit);
                }
                // The words mapped for this file, remembered for the
                // partner's next one.
                if let Some(id) = &dialog.partner
                    && !dialog.mapping.is_empty()
                {
                    self.settings
                        .import_mappings
                        .entry(id.as_str().to_owned())
                        .or_default()
                        .extend(&dialog.mapping);
                    self.store_settings();
                }
                if !matches!(
                    self.notice,
                    Some(Notice {
                        tone: Tone::Danger,
                        ..
                    })
                ) {
                    self.notice = Some(Notice {
                        tone: if counts.rejected > 0 {
                            Tone::Warning
                        } else {
                            Tone::Success
                        },
                        text: fl!(
                            "import-done",
                            file = name,
                            added = counts.added,
                            skipped = counts.skipped,
                            rejected = counts.rejected
                        ),
                    });
                }
                Task::none()
            }
            Message::Cancelled => {
                self.import = None;
                Task::none()
            }
        }
    }

    /// The open import dialog, for tests.
    pub fn import_dialog(&self) -> bool {
        self.import.is_some()
    }
}

pub fn view<'a>(dialog: &'a Import, plan: &'a Plan) -> Element<'a, AppMessage> {
    let name = dialog
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut content = column![
        text(fl!("import-title")).size(20).font(BOLD),
        text(dialog.path.display().to_string())
            .size(12)
            .style(theme::muted),
    ]
    .spacing(10);
    let mut can_import = false;
    match &dialog.state {
        State::Reading => content = content.push(text(fl!("import-reading", file = name))),
        State::Failed(error) => {
            content = content.push(
                text(fl!("import-unreadable", reason = error.as_str())).style(theme::danger_text),
            );
        }
        State::Read {
            source: file,
            preview,
        } => {
            content = content.push(partner_choice(dialog, plan));
            let read_as = match file.format {
                Format::Csv {
                    encoding,
                    separator: byte,
                } => fl!(
                    "import-read-as",
                    encoding = encoding,
                    separator = separator(byte)
                ),
                other => fl!(
                    "import-read-as-workbook",
                    format = other.name(),
                    sheets = file.sheets.len()
                ),
            };
            content = content.push(text(read_as).size(12).style(theme::muted));
            if file.sheets.len() > 1 {
                content = content.push(sheet_choice(dialog, file, preview.as_deref().ok()));
            }
            match preview {
                Err(error) => {
                    content = content.push(text(error.clone()).style(theme::danger_text));
                }
                Ok(preview) => {
                    can_import = dialog.can_import();
                    content = content.push(summary(preview));
                    if let Some(choice) = date_choice(dialog, preview) {
                        content = content.push(choice);
                    }
                    if !preview.ignored_numbers.is_empty() {
                        content = content.push(
                            checkbox(dialog.without_columns)
                                .label(fl!(
                                    "import-without-number-columns",
                                    columns = preview.ignored_numbers.join(", ")
                                ))
                                .on_toggle(|on| {
                                    AppMessage::Import(Message::WithoutColumnsToggled(on))
                                })
                                .text_size(13),
                        );
                    }
                    if !preview.unknown.is_empty() {
                        content = content.push(mappings(preview));
                    }
                    content = content.push(
                        scrollable(details(dialog, preview, plan))
                            .height(iced::Length::Fixed(360.0))
                            .width(Fill),
                    );
                }
            }
        }
    }
    let count = dialog.ready().map_or(0, |p| p.rows.len());
    let rejected = dialog.ready().is_some_and(|p| !p.rejected.is_empty());
    let footer = row![
        button(text(fl!("import-save-rejected")))
            .style(theme::tool_button)
            .on_press_maybe(rejected.then_some(AppMessage::Import(Message::SaveRejected))),
        Space::new().width(Fill),
        button(text(fl!("dialog-cancel")))
            .style(theme::tool_button)
            .on_press(AppMessage::Import(Message::Cancelled)),
        button(text(fl!("import-confirm", count = count)))
            .on_press_maybe(can_import.then_some(AppMessage::Import(Message::Confirmed))),
    ]
    .spacing(8);
    content = content.push(footer);
    opaque(
        container(center(
            container(content)
                .padding(24)
                .max_width(860)
                .style(theme::dialog),
        ))
        .width(Fill)
        .height(Fill)
        .style(theme::backdrop),
    )
}

fn sheet_choice<'a>(
    dialog: &'a Import,
    source: &Source,
    preview: Option<&Preview>,
) -> Element<'a, AppMessage> {
    let names = source.sheet_names();
    let chosen = dialog
        .sheet
        .clone()
        .or_else(|| preview.and_then(|p| p.sheet.clone()));
    row![
        text(fl!("import-sheet")).size(13),
        pick_list(names, chosen, |name| AppMessage::Import(
            Message::SheetChosen(name)
        ))
        .text_size(13)
        .width(320),
    ]
    .spacing(8)
    .align_y(Alignment::Center)
    .into()
}

/// The order of day and month, asked for when the file does not tell.
fn date_choice<'a>(dialog: &'a Import, preview: &Preview) -> Option<Element<'a, AppMessage>> {
    if preview.date_order != ColumnOrder::Ambiguous && dialog.date_order.is_none() {
        return None;
    }
    let options = vec![
        Pick::new(Order::DayFirst, fl!("import-order-day-first")),
        Pick::new(Order::MonthFirst, fl!("import-order-month-first")),
    ];
    let chosen = dialog
        .date_order
        .and_then(|order| pick::selected(&options, &order));
    Some(
        row![
            text(fl!("import-date-order"))
                .size(13)
                .style(theme::warning_text),
            pick::redrawn(
                pick::key(&chosen),
                pick_list(options, chosen, |o: Pick<Order>| {
                    AppMessage::Import(Message::DateOrderChosen(o.value))
                })
                .placeholder(fl!("import-date-order-choose"))
                .text_size(13)
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into(),
    )
}

/// A pick list for each word no vocabulary knows, to map it once for the
/// whole file.
fn mappings<'a>(preview: &Preview) -> Element<'a, AppMessage> {
    let mut list = column![text(fl!("import-unknown-words")).size(13).font(BOLD)].spacing(4);
    for unknown in preview.unknown.iter().take(12) {
        let key = import::words::key(&unknown.text);
        let options: Vec<Pick<Mapped>> = match unknown.vocab {
            Vocab::Channel => Channel::ALL
                .iter()
                .map(|c| Pick::new(Mapped::Channel(*c), crate::label::Label::label(c)))
                .collect(),
            Vocab::TargetGroup => TargetGroup::ALL
                .iter()
                .map(|g| Pick::new(Mapped::TargetGroup(*g), crate::label::Label::label(g)))
                .collect(),
            Vocab::Language => ["en", "it", "de", "fr", "sl"]
                .iter()
                .map(|code| Pick::new(Mapped::Language(Lang::new(code)), *code))
                .collect(),
        };
        let vocab = unknown.vocab;
        list = list.push(
            row![
                text(fl!(
                    "import-unknown-word",
                    word = unknown.text.as_str(),
                    rows = unknown.rows
                ))
                .size(12)
                .width(320),
                pick_list(options, None::<Pick<Mapped>>, move |o: Pick<Mapped>| {
                    AppMessage::Import(Message::Mapped(vocab, key.clone(), o.value))
                })
                .placeholder(fl!("import-map-to"))
                .text_size(12),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        );
    }
    list.into()
}

/// A field to correct a rejected row's faulty cell, for this import only
/// (the file is not changed); Enter reads the row again.
fn correction<'a>(dialog: &'a Import, rejected: &import::Rejected) -> Element<'a, AppMessage> {
    let Some(column) = rejected.reason.column() else {
        return Space::new().width(200).into();
    };
    let line = rejected.line;
    let typed = dialog.drafts.get(&line).map_or("", String::as_str);
    iced::widget::text_input(
        &fl!("import-correct", column = import::column_label(column)),
        typed,
    )
    .on_input(move |text| AppMessage::Import(Message::CorrectionTyped(line, text)))
    .on_submit(AppMessage::Import(Message::CorrectionSubmitted(
        line, column,
    )))
    .size(12)
    .width(200)
    .into()
}

fn separator(byte: u8) -> String {
    match byte {
        b'\t' => fl!("import-separator-tab"),
        other => format!("“{}”", char::from(other)),
    }
}

fn partner_choice<'a>(dialog: &'a Import, plan: &'a Plan) -> Element<'a, AppMessage> {
    let options = pick::with_none(fl!("import-partner-from-file"), form::partners(plan));
    let chosen = pick::selected(&options, &dialog.partner);
    row![
        text(fl!("import-partner")).size(13),
        // As wide as its longest partner; redrawn whole when it changes.
        pick::redrawn(
            pick::key(&chosen),
            pick_list(options, chosen, |o: Pick<Option<PartnerId>>| {
                AppMessage::Import(Message::PartnerChosen(o.value))
            })
            .text_size(13)
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center)
    .into()
}

fn summary<'a>(preview: &Preview) -> Element<'a, AppMessage> {
    let counts = preview.counts();
    let figure = |glyph: char, value: String, style: fn(&iced::Theme) -> text::Style| {
        row![icon::icon(glyph).style(style), text(value).style(style)]
            .spacing(6)
            .align_y(Alignment::Center)
    };
    let mut line = row![
        figure(
            icon::CIRCLE_CHECK,
            fl!("import-to-add", count = counts.added),
            theme::success_text
        ),
        figure(
            icon::COPY,
            fl!("import-to-skip", count = counts.skipped),
            theme::muted
        ),
        figure(
            icon::CIRCLE_ALERT,
            fl!("import-to-reject", count = counts.rejected),
            if counts.rejected > 0 {
                theme::danger_text
            } else {
                theme::muted
            }
        ),
    ]
    .spacing(20);
    if !preview.ignored_columns.is_empty() {
        line = line.push(
            text(fl!(
                "import-ignored",
                columns = preview.ignored_columns.join(", ")
            ))
            .size(12)
            .style(theme::warning_text),
        );
    }
    line.wrap().into()
}

/// The rejected rows with their reasons, then the first rows to add.
fn details<'a>(dialog: &'a Import, preview: &Preview, plan: &'a Plan) -> Element<'a, AppMessage> {
    let mut list = column![].spacing(4).padding(iced::Padding {
        right: 14.0,
        ..iced::Padding::ZERO
    });
    if !preview.rejected.is_empty() {
        list = list.push(text(fl!("import-rejected-heading")).font(BOLD).size(14));
        for rejected in preview.rejected.iter().take(LISTED) {
            list = list.push(
                row![
                    container(
                        text(import::reason::position(
                            preview.sheet.as_deref(),
                            rejected.line
                        ))
                        .size(12)
                        .font(BOLD)
                    )
                    .width(if preview.sheet.is_some() { 160 } else { 80 }),
                    text(rejected.reason.to_string())
                        .size(12)
                        .style(theme::danger_text)
                        .width(Fill),
                    correction(dialog, rejected),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            );
        }
    }
    if !preview.rows.is_empty() {
        list = list.push(text(fl!("import-added-heading")).font(BOLD).size(14));
        for added in preview.rows.iter().take(LISTED) {
            let e = &added.entry;
            list = list.push(
                row![
                    container(
                        text(import::reason::position(
                            preview.sheet.as_deref(),
                            added.line
                        ))
                        .size(12)
                    )
                    .width(if preview.sheet.is_some() { 160 } else { 80 }),
                    container(text(format::date(e.date)).size(12)).width(100),
                    crate::widget::partner(plan, &e.partner),
                    text(e.title.clone())
                        .size(12)
                        .width(Fill)
                        .wrapping(text::Wrapping::None),
                    container(text(format::number(e.reach)).size(12)).width(70),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            );
        }
        if preview.rows.len() > LISTED {
            list = list.push(
                text(fl!(
                    "import-more-rows",
                    count = ((preview.rows.len() - LISTED) as u64)
                ))
                .size(12)
                .style(theme::muted),
            );
        }
    }
    list.into()
}
