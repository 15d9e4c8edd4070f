//! The Export dialog's face.

use iced::widget::{
    Space, button, center, checkbox, column, container, opaque, pick_list, row, text, text_input,
};
use iced::{Alignment, Element, Fill, Length};

use super::{Export, FROM_INPUT, Message, REMINDER_DAYS, TO_INPUT};
use crate::app::{Message as AppMessage, chrome};
use crate::data::PartnerId;
use crate::data::export::{Format, csv::Table};
use crate::data::plan::Plan;
use crate::fl;
use crate::screen::settings::Language;
use crate::theme;
use crate::widget::{self, BOLD, icon};

/// A partner (or the whole plan) in the pick list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PartnerChoice {
    id: Option<PartnerId>,
    label: String,
}

impl std::fmt::Display for PartnerChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// A CSV table with its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TableChoice(Table);

impl std::fmt::Display for TableChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self.0 {
            Table::Activities => fl!("export-table-activities"),
            Table::Deliverables => fl!("export-table-deliverables"),
            Table::Dissemination => fl!("export-table-dissemination"),
            Table::Partners => fl!("export-table-partners"),
        })
    }
}

pub fn format_label(format: Format) -> String {
    match format {
        Format::Ics => fl!("export-format-ics"),
        Format::Csv => fl!("export-format-csv"),
        Format::Html => fl!("export-format-html"),
    }
}

fn format_hint(format: Format) -> String {
    match format {
        Format::Ics => fl!("export-format-ics-hint"),
        Format::Csv => fl!("export-format-csv-hint"),
        Format::Html => fl!("export-format-html-hint"),
    }
}

fn field<'a>(label: String, content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    row![
        text(label).font(BOLD).width(Length::Fixed(120.0)),
        content.into()
    ]
    .spacing(12)
    .align_y(Alignment::Center)
    .into()
}

fn options<'a>(dialog: &'a Export) -> Element<'a, Message> {
    match dialog.format {
        Format::Ics => column![
            checkbox(dialog.deliverables)
                .label(fl!("export-option-deadlines"))
                .on_toggle(Message::DeliverablesToggled),
            checkbox(dialog.deliverables && dialog.reminder)
                .label(fl!("export-option-reminder", days = REMINDER_DAYS))
                .on_toggle_maybe(dialog.deliverables.then_some(Message::ReminderToggled)),
            checkbox(dialog.utc)
                .label(fl!("export-option-utc"))
                .on_toggle(Message::UtcToggled),
        ]
        .spacing(8)
        .into(),
        Format::Csv => column![
            field(
                fl!("export-field-table"),
                pick_list(
                    Table::ALL.map(TableChoice),
                    Some(TableChoice(dialog.table)),
                    |t| Message::TablePicked(t.0)
                )
                .width(260)
            ),
            field(
                fl!("export-field-separator"),
                row![
                    widget::choice(
                        fl!("export-separator-comma"),
                        !dialog.semicolon,
                        Message::SemicolonToggled(false)
                    ),
                    widget::choice(
                        fl!("export-separator-semicolon"),
                        dialog.semicolon,
                        Message::SemicolonToggled(true)
                    ),
                ]
                .spacing(6)
            ),
            checkbox(dialog.bom)
                .label(fl!("export-option-bom"))
                .on_toggle(Message::BomToggled),
        ]
        .spacing(8)
        .into(),
        Format::Html => text(fl!("export-html-print-hint"))
            .style(theme::muted)
            .into(),
    }
}

fn body<'a>(dialog: &'a Export, plan: &'a Plan) -> Element<'a, Message> {
    let formats = row(Format::ALL.into_iter().map(|format| {
        widget::choice(
            format_label(format),
            dialog.format == format,
            Message::FormatPicked(format),
        )
    }))
    .spacing(6);

    let mut partners = vec![PartnerChoice {
        id: None,
        label: fl!("export-all-partners"),
    }];
    partners.extend(plan.partners.iter().map(|p| PartnerChoice {
        id: Some(p.id.clone()),
        label: format!("{} — {}", p.id, p.label()),
    }));
    let selected = partners.iter().find(|p| p.id == dialog.partner).cloned();
    let partner = pick_list(partners, selected, |p| Message::PartnerPicked(p.id)).width(340);

    let dates = row![
        text_input(&fl!("export-date-placeholder"), &dialog.from)
            .id(FROM_INPUT)
            .on_input(Message::FromChanged)
            .width(130),
        text("–"),
        text_input(&fl!("export-date-placeholder"), &dialog.to)
            .id(TO_INPUT)
            .on_input(Message::ToChanged)
            .width(130),
        text(fl!("export-dates-hint")).size(13).style(theme::muted),
    ]
    .spacing(8)
    .align_y(Alignment::Center);

    let languages: Vec<Language> = crate::i18n::available()
        .into_iter()
        .map(|l| Language {
            code: l.language.to_string(),
        })
        .collect();
    let language = pick_list(
        languages,
        Some(Language {
            code: dialog.language.clone(),
        }),
        |l| Message::LanguagePicked(l.code),
    )
    .width(200);

    let mut content = column![
        field(fl!("export-field-format"), formats),
        text(format_hint(dialog.format))
            .size(13)
            .style(theme::muted),
        field(fl!("export-field-partner"), partner),
        field(fl!("export-field-dates"), dates),
    ]
    .spacing(12);
    if dialog.format != Format::Csv {
        content = content.push(field(fl!("export-field-language"), language));
    }
    content = content.push(options(dialog));
    if let Some(error) = &dialog.error {
        content = content.push(text(error.clone()).style(theme::danger_text));
    }
    let idle = !dialog.busy;
    let every = fl!("export-every-partner", count = plan.partners.len());
    let actions = row![
        Space::new().width(Fill),
        button(text(fl!("dialog-cancel")))
            .padding([6, 14])
            .style(button::secondary)
            .on_press(Message::Closed),
        button(text(every))
            .padding([6, 14])
            .style(button::secondary)
            .on_press_maybe(
                (idle && !plan.partners.is_empty()).then_some(Message::EveryPartnerRequested)
            ),
        button(text(if dialog.busy {
            fl!("export-busy")
        } else {
            fl!("export-save")
        }))
        .padding([6, 14])
        .style(button::primary)
        .on_press_maybe(idle.then_some(Message::SaveRequested)),
    ]
    .spacing(8);
    content.push(actions).into()
}

/// The dialog over the window.
pub fn view<'a>(dialog: &'a Export, plan: &'a Plan) -> Element<'a, AppMessage> {
    let content = column![
        chrome::dialog_title(icon::DOWNLOAD, fl!("export-dialog-title")),
        body(dialog, plan).map(AppMessage::Export),
    ]
    .spacing(16);
    opaque(
        container(center(
            container(content)
                .padding(24)
                .max_width(760)
                .style(theme::dialog),
        ))
        .width(Fill)
        .height(Fill)
        .style(theme::backdrop),
    )
}
