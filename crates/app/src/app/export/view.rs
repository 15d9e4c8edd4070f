//! The Export dialog's face.

use chrono::NaiveDate;
use iced::widget::{
    Space, button, center, checkbox, column, container, opaque, pick_list, row, text, text_input,
};
use iced::{Alignment, Element, Fill, Length};

use super::{Export, FROM_INPUT, Field, Message, REMINDER_DAYS, TO_INPUT};
use crate::app::{Message as AppMessage, chrome};
use crate::screen::settings::{self, Language};
use crate::theme;
use crate::widget::date_picker::{Messages, date_picker};
use crate::widget::pick::{self, Pick};
use crate::widget::{self, BOLD, icon};
use commplan_core::export::{Format, csv::Table};
use commplan_core::fl;
use commplan_core::plan::Plan;

/// A CSV table with its name, for the pick list.
fn table_choice(table: Table) -> Pick<Table> {
    let label = match table {
        Table::Activities => fl!("export-table-activities"),
        Table::Deliverables => fl!("export-table-deliverables"),
        Table::Dissemination => fl!("export-table-dissemination"),
        Table::Partners => fl!("export-table-partners"),
        Table::IndicatorsByPeriod => fl!("export-table-indicators-by-period"),
        Table::IndicatorsByPartner => fl!("export-table-indicators-by-partner"),
    };
    Pick::new(table, label)
}

pub fn format_label(format: Format) -> String {
    match format {
        Format::Ics => fl!("export-format-ics"),
        Format::Csv => fl!("export-format-csv"),
        Format::Html => fl!("export-format-html"),
        Format::Xlsx => fl!("export-format-xlsx"),
    }
}

fn format_hint(format: Format) -> String {
    match format {
        Format::Ics => fl!("export-format-ics-hint"),
        Format::Csv => fl!("export-format-csv-hint"),
        Format::Html => fl!("export-format-html-hint"),
        Format::Xlsx => fl!("export-format-xlsx-hint"),
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

/// A control with the ring that shows when it has the keyboard focus.
fn ring<'a>(
    dialog: &Export,
    field: Field,
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(content)
        .padding(2)
        .style(theme::focus_ring(dialog.has_focus(field)))
        .into()
}

/// An option ticked on or off, with its focus ring; greyed out while
/// `on_toggle` is `None` (the option does not apply).
fn toggle<'a>(
    dialog: &Export,
    field: Field,
    ticked: bool,
    label: String,
    on_toggle: Option<fn(bool) -> Message>,
) -> Element<'a, Message> {
    ring(
        dialog,
        field,
        checkbox(ticked).label(label).on_toggle_maybe(on_toggle),
    )
}

fn options<'a>(dialog: &'a Export) -> Element<'a, Message> {
    match dialog.format {
        Format::Ics => column![
            toggle(
                dialog,
                Field::Deliverables,
                dialog.deliverables,
                fl!("export-option-deadlines"),
                Some(Message::DeliverablesToggled),
            ),
            toggle(
                dialog,
                Field::Reminder,
                dialog.deliverables && dialog.reminder,
                fl!("export-option-reminder", days = REMINDER_DAYS),
                dialog.deliverables.then_some(Message::ReminderToggled),
            ),
            toggle(
                dialog,
                Field::Utc,
                dialog.utc,
                fl!("export-option-utc"),
                Some(Message::UtcToggled),
            ),
        ]
        .spacing(4)
        .into(),
        Format::Csv => column![
            field(
                fl!("export-field-table"),
                ring(
                    dialog,
                    Field::Table,
                    pick_list(
                        Table::ALL.map(table_choice),
                        Some(table_choice(dialog.table)),
                        |t| Message::TablePicked(t.value)
                    )
                    .width(260)
                )
            ),
            field(
                fl!("export-field-separator"),
                ring(
                    dialog,
                    Field::Separator,
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
                )
            ),
            toggle(
                dialog,
                Field::Bom,
                dialog.bom,
                fl!("export-option-bom"),
                Some(Message::BomToggled),
            ),
        ]
        .spacing(4)
        .into(),
        Format::Xlsx => column![
            field(
                fl!("export-field-table"),
                ring(
                    dialog,
                    Field::Table,
                    pick_list(
                        Table::ALL.map(table_choice),
                        Some(table_choice(dialog.table)),
                        |t| Message::TablePicked(t.value)
                    )
                    .width(260)
                )
            ),
            toggle(
                dialog,
                Field::Template,
                dialog.template,
                fl!("export-option-template"),
                Some(Message::TemplateToggled),
            ),
        ]
        .spacing(4)
        .into(),
        Format::Html => text(fl!("export-html-print-hint"))
            .style(theme::muted)
            .into(),
    }
}

fn body<'a>(dialog: &'a Export, plan: &'a Plan, today: NaiveDate) -> Element<'a, Message> {
    let formats = ring(
        dialog,
        Field::Format,
        row(Format::ALL.into_iter().map(|format| {
            widget::choice(
                format_label(format),
                dialog.format == format,
                Message::FormatPicked(format),
            )
        }))
        .spacing(6),
    );

    let partners = pick::with_none(
        fl!("export-all-partners"),
        plan.partners
            .iter()
            .map(|p| Pick::new(p.id.clone(), format!("{} — {}", p.id, p.label()))),
    );
    let selected = pick::selected(&partners, &dialog.partner);
    let partner = ring(
        dialog,
        Field::Partner,
        pick_list(partners, selected, |p| Message::PartnerPicked(p.value)).width(340),
    );

    // Typed, or picked from the month calendar beside each field.
    let date = |field: Field, value: &'a str, id: &'static str, on: fn(String) -> Message| {
        let input = text_input(&fl!("export-date-placeholder"), value)
            .id(id)
            .on_input(on)
            .on_submit(Message::SaveRequested)
            .width(130);
        ring(
            dialog,
            field,
            date_picker(
                input,
                value,
                dialog
                    .picker
                    .filter(|open| open.field == field)
                    .map(|open| open.month),
                today,
                Messages {
                    toggle: Message::PickerToggled(field),
                    dismiss: Message::PickerDismissed,
                    month: Message::PickerMoved,
                    pick: Box::new(Message::DatePicked),
                },
            ),
        )
    };
    let dates = row![
        date(Field::From, &dialog.from, FROM_INPUT, Message::FromChanged),
        text("–"),
        date(Field::To, &dialog.to, TO_INPUT, Message::ToChanged),
        text(fl!("export-dates-hint")).size(13).style(theme::muted),
    ]
    .spacing(8)
    .align_y(Alignment::Center);

    let languages: Vec<Language> = commplan_core::i18n::available()
        .into_iter()
        .map(|l| settings::language(l.language.as_str()))
        .collect();
    let language = ring(
        dialog,
        Field::Language,
        pick_list(languages, Some(settings::language(&dialog.language)), |l| {
            Message::LanguagePicked(l.value)
        })
        .width(200),
    );

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
    // An error from the last attempt, else what is wrong as typed so far.
    let problem = dialog.error.clone().or_else(|| dialog.problem(plan));
    let ready = problem.is_none();
    if let Some(problem) = problem {
        content = content.push(text(problem).style(theme::danger_text));
    }
    let idle = !dialog.busy;
    let every = fl!("export-every-partner", count = plan.partners.len());
    let can_write = idle && ready;
    let actions = row![
        Space::new().width(Fill),
        ring(
            dialog,
            Field::Cancel,
            button(text(fl!("dialog-cancel")))
                .padding([6, 14])
                .style(button::secondary)
                .on_press(Message::Closed)
        ),
        ring(
            dialog,
            Field::EveryPartner,
            button(text(every))
                .padding([6, 14])
                .style(button::secondary)
                .on_press_maybe(
                    (can_write && !plan.partners.is_empty())
                        .then_some(Message::EveryPartnerRequested)
                )
        ),
        ring(
            dialog,
            Field::Save,
            button(text(if dialog.busy {
                fl!("export-busy")
            } else {
                fl!("export-save")
            }))
            .padding([6, 14])
            .style(button::primary)
            .on_press_maybe(can_write.then_some(Message::SaveRequested))
        ),
    ]
    .spacing(6)
    .align_y(Alignment::Center);
    content
        .push(actions)
        .push(text(fl!("export-keys-hint")).size(12).style(theme::muted))
        .into()
}

/// The dialog over the window.
pub fn view<'a>(dialog: &'a Export, plan: &'a Plan, today: NaiveDate) -> Element<'a, AppMessage> {
    let content = column![
        chrome::dialog_title(icon::DOWNLOAD, fl!("export-dialog-title")),
        body(dialog, plan, today).map(AppMessage::Export),
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
