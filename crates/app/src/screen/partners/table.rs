//! The partners table, and what one partner owes.

use chrono::NaiveDate;
use iced::widget::{Space, button, column, container, row, text};
use iced::{Alignment, Element, Fill};

use super::Message;
use crate::label::Label;
use crate::theme::{self, Tone};
use crate::widget::{self, BOLD, icon};
use commplan_core::deadline::Urgency;
use commplan_core::{Partner, PartnerId, Plan};
use commplan_core::{fl, format};

/// How many open deliverables the form lists before "and N more".
const OWED: usize = 6;

// Column widths, shared by the header and the rows.
const ID: f32 = 80.0;
const COUNTRY: f32 = 56.0;
const ROLE: f32 = 120.0;
const CONTACT: f32 = 210.0;
const LANGUAGES: f32 = 70.0;
const OWES: f32 = 90.0;
const ACTION: f32 = 32.0;
const SPACING: f32 = 10.0;

pub fn view<'a>(
    plan: &'a Plan,
    editing: Option<&'a PartnerId>,
    today: NaiveDate,
    read_only: bool,
) -> Element<'a, Message> {
    let header = row![
        widget::cell(widget::header(fl!("partners-id")), ID),
        widget::cell(widget::header(fl!("partners-name")), Fill),
        widget::cell(widget::header(fl!("partners-country")), COUNTRY),
        widget::cell(widget::header(fl!("partners-role")), ROLE),
        widget::cell(widget::header(fl!("partners-contact")), CONTACT),
        widget::cell(widget::header(fl!("partners-languages")), LANGUAGES),
        widget::cell(widget::header(fl!("partners-owes")), OWES),
        Space::new().width(2.0 * ACTION + SPACING),
    ]
    .spacing(SPACING)
    // The rows below sit left of the scroll bar.
    .padding(iced::Padding {
        left: 8.0,
        right: 8.0 + 14.0,
        ..iced::Padding::ZERO
    });
    let list: Element<'a, Message> = if plan.partners.is_empty() {
        widget::empty(fl!("partners-empty"))
    } else {
        column(plan.partners.iter().enumerate().map(|(i, p)| {
            line(
                plan,
                p,
                today,
                i % 2 == 1,
                editing == Some(&p.id),
                read_only,
            )
        }))
        .into()
    };
    column![header, widget::scroll(list)].spacing(6).into()
}

fn line<'a>(
    plan: &'a Plan,
    p: &'a Partner,
    today: NaiveDate,
    striped: bool,
    open: bool,
    read_only: bool,
) -> Element<'a, Message> {
    let contact = column![text(p.contact_name.clone()).size(13)].push(
        (!p.contact_email.is_empty())
            .then(|| text(p.contact_email.clone()).size(12).style(theme::muted)),
    );
    let languages = p
        .languages
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let open_items: Vec<_> = plan
        .deliverables
        .iter()
        .filter(|d| d.lead == p.id && !d.status.is_delivered())
        .collect();
    let overdue = open_items.iter().filter(|d| d.is_overdue(today)).count();
    let owes: Element<'a, Message> = if overdue > 0 {
        widget::badge(fl!("partners-overdue", count = overdue), Tone::Danger)
    } else if open_items.is_empty() {
        text(fl!("none")).style(theme::muted).into()
    } else {
        text(fl!("partners-open", count = open_items.len()))
            .size(13)
            .into()
    };
    let name = button(
        column![
            text(p.label().to_owned())
                .font(BOLD)
                .wrapping(text::Wrapping::None),
            text(p.name.clone())
                .size(12)
                .style(theme::muted)
                .wrapping(text::Wrapping::None)
        ]
        .spacing(0),
    )
    .padding(0)
    .style(button::text)
    .on_press(Message::EditPressed(p.id.clone()));
    container(
        row![
            widget::cell(widget::partner_chip(Some(p), &p.id), ID),
            widget::cell(name, Fill),
            widget::cell(text(p.country.to_string()), COUNTRY),
            widget::cell(text(p.role.label()).size(13), ROLE),
            widget::cell(contact, CONTACT),
            widget::cell(text(languages).size(13), LANGUAGES),
            widget::cell(owes, OWES),
            button(icon::icon(icon::PENCIL))
                .style(button::text)
                .width(ACTION)
                .on_press(Message::EditPressed(p.id.clone())),
            button(icon::icon(icon::TRASH_2))
                .style(button::text)
                .width(ACTION)
                .on_press_maybe((!read_only).then(|| Message::RemovePressed(p.id.clone()))),
        ]
        .spacing(SPACING)
        .align_y(Alignment::Center),
    )
    .padding([6, 8])
    .style(move |theme: &iced::Theme| {
        let mut style = theme::row(striped)(theme);
        if open {
            let palette = theme.extended_palette();
            style.background = Some(iced::Background::Color(
                palette.primary.weak.color.scale_alpha(0.35),
            ));
        }
        style
    })
    .into()
}

/// What a partner owes: its open deliverables, soonest first.
pub fn owes<'a>(plan: &'a Plan, id: &PartnerId, today: NaiveDate) -> Element<'a, Message> {
    let mut open: Vec<_> = plan
        .deliverables
        .iter()
        .filter(|d| &d.lead == id && !d.status.is_delivered())
        .collect();
    open.sort_by_key(|d| d.due);
    let heading = row![
        text(fl!("partners-owes-heading")).size(14).font(BOLD),
        Space::new().width(Fill),
        button(text(fl!("partners-show-deliverables")).size(13))
            .style(theme::tool_button)
            .on_press(Message::DeliverablesPressed(id.clone())),
    ]
    .align_y(Alignment::Center);
    if open.is_empty() {
        return column![
            heading,
            text(fl!("partners-owes-nothing")).style(theme::muted)
        ]
        .spacing(6)
        .into();
    }
    let more = open.len().saturating_sub(OWED);
    let mut list = column(open.into_iter().take(OWED).map(|d| {
        let badge: Element<'a, Message> = match Urgency::of(d, today) {
            Urgency::Overdue(days) => {
                widget::badge(fl!("deliverables-days-late", days = days), Tone::Danger)
            }
            Urgency::DueSoon(days) => {
                widget::badge(fl!("deliverables-days-to-go", days = days), Tone::Warning)
            }
            _ => widget::badge(d.status.label(), Tone::Info),
        };
        row![
            widget::cell(text(format::date(d.due)).style(theme::muted), 110),
            widget::cell(text(d.code.clone()).font(BOLD), 100),
            container(text(d.title.clone()).wrapping(text::Wrapping::None))
                .width(Fill)
                .clip(true),
            badge,
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into()
    }))
    .spacing(4);
    if more > 0 {
        list = list.push(text(fl!("partners-owes-more", count = more)).style(theme::muted));
    }
    column![heading, list].spacing(6).into()
}
