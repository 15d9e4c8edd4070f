//! The log as a table: headers that sort, rows built only where visible,
//! and a totals row for what the filters show.

use iced::widget::{Space, button, column, container, mouse_area, row, text};
use iced::{Alignment, Element, Fill, Length};

use super::Message;
use super::shown::{Column, Shown, Sort};
use crate::label::Label;
use crate::theme;
use crate::widget::{self, BOLD, ellipsis, icon};
use commplan_core::{LogEntry, Plan};
use commplan_core::{fl, format};

/// Every row is this high.
pub const ROW: f32 = 34.0;
/// The list's id, so a task can scroll it back to the top.
pub const LIST: &str = "log-table";

const DATE: f32 = 96.0;
const PARTNER: f32 = 92.0;
const CHANNEL: f32 = 110.0;
const GROUP: f32 = 150.0;
const NUMBER: f32 = 96.0;
/// The title and the activity share what is left, three to two.
const TITLE: Length = Length::FillPortion(3);
const ACTIVITY: Length = Length::FillPortion(2);
/// The rows' scroll bar gutter and padding, for headers to line up.
const GUTTER: iced::Padding = iced::Padding {
    top: 0.0,
    bottom: 0.0,
    left: 8.0,
    right: 22.0,
};
const EDIT: f32 = 27.0;

fn header<'a>(
    label: String,
    column: Column,
    sort: Sort,
    width: impl Into<Length>,
) -> Element<'a, Message> {
    container(widget::sort::heading(
        label,
        column,
        sort,
        theme::muted,
        Message::Sorted(column),
    ))
    .width(width)
    .clip(true)
    .into()
}

pub fn headers<'a>(sort: Sort) -> Element<'a, Message> {
    row![
        header(fl!("log-date"), Column::Date, sort, DATE),
        header(fl!("log-partner"), Column::Partner, sort, PARTNER),
        header(fl!("log-channel"), Column::Channel, sort, CHANNEL),
        header(fl!("log-target-group"), Column::Group, sort, GROUP),
        header(fl!("log-title"), Column::Title, sort, TITLE),
        container(widget::header(fl!("log-activity"))).width(ACTIVITY),
        header(fl!("log-reach"), Column::Reach, sort, NUMBER),
        header(fl!("log-participants"), Column::Participants, sort, NUMBER),
        Space::new().width(EDIT),
    ]
    .spacing(10)
    .padding(GUTTER)
    .into()
}

/// The totals of what is shown, under the headers.
pub fn totals<'a>(shown: &Shown, all: usize) -> Element<'a, Message> {
    let entries = if shown.rows.len() == all {
        fl!("log-totals-all", count = shown.rows.len())
    } else {
        fl!("log-totals-shown", count = shown.rows.len(), all = all)
    };
    container(
        row![
            text(entries).size(13).font(BOLD).width(Fill),
            container(text(format::number(shown.reach)).size(13).font(BOLD)).width(NUMBER),
            container(text(format::number(shown.participants)).size(13).font(BOLD)).width(NUMBER),
            Space::new().width(EDIT),
        ]
        .spacing(10)
        .align_y(Alignment::Center),
    )
    .padding(iced::Padding {
        top: 6.0,
        bottom: 6.0,
        ..GUTTER
    })
    .style(theme::card)
    .into()
}

pub fn rows<'a>(
    plan: &'a Plan,
    shown: &Shown,
    editing: Option<commplan_core::EntryId>,
    window: &widget::Window,
) -> Element<'a, Message> {
    let rows = shown.rows.clone();
    widget::windowed_with_id(
        LIST,
        window,
        rows.len(),
        ROW,
        move |i| match rows.get(i).and_then(|at| plan.log.get(*at as usize)) {
            Some(entry) => line(plan, entry, i % 2 == 1, editing == Some(entry.id)),
            None => Space::new().into(),
        },
        Message::Scrolled,
    )
}

fn line<'a>(plan: &'a Plan, e: &'a LogEntry, striped: bool, editing: bool) -> Element<'a, Message> {
    // Long titles end with "…" and show in full on hover.
    let mut title = row![ellipsis::line(e.title.as_str(), 13, None, true)]
        .spacing(6)
        .align_y(Alignment::Center);
    if e.link.is_some() {
        title = title.push(icon::sized(icon::LINK, 12).style(theme::muted));
    }
    let activity: Element<'a, Message> = match e.activity.and_then(|id| plan.activity(id)) {
        Some(a) => button(
            row![
                icon::sized(icon::CALENDAR, 12),
                ellipsis::line(a.title.as_str(), 12, None, true)
            ]
            .spacing(4)
            .align_y(Alignment::Center),
        )
        .padding([1, 4])
        .style(button::text)
        .on_press(Message::ActivityOpened(a.id))
        .into(),
        None => Space::new().into(),
    };
    let participants = e.participants.map(format::number).unwrap_or_default();
    let group = e.target_group.map(|g| g.label()).unwrap_or_default();
    let style = move |t: &iced::Theme| {
        if editing {
            theme::row_selected(t)
        } else {
            theme::row(striped)(t)
        }
    };
    mouse_area(
        container(
            row![
                widget::cell(text(format::date(e.date)).size(13), DATE),
                widget::cell(widget::partner(plan, &e.partner), PARTNER),
                widget::cell(
                    text(e.channel.label()).size(13).style(theme::muted),
                    CHANNEL
                ),
                widget::cell(text(group).size(12).style(theme::muted), GROUP),
                widget::cell(title, TITLE),
                widget::cell(activity, ACTIVITY),
                widget::cell(text(format::number(e.reach)).size(13).font(BOLD), NUMBER),
                widget::cell(text(participants).size(13), NUMBER),
                button(icon::sized(icon::PENCIL, 13))
                    .padding([3, 6])
                    .style(theme::tool_button)
                    .on_press(Message::EditPressed(e.id)),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        )
        .padding([0, 8])
        .height(Fill)
        .center_y(Fill)
        .style(style),
    )
    .on_double_click(Message::EditPressed(e.id))
    .into()
}

/// The column headers, the totals and the rows, together.
pub fn view<'a>(
    plan: &'a Plan,
    shown: &Shown,
    sort: Sort,
    editing: Option<commplan_core::EntryId>,
    window: &widget::Window,
) -> Element<'a, Message> {
    let body = if shown.rows.is_empty() {
        widget::empty(if plan.log.is_empty() {
            fl!("log-empty")
        } else {
            fl!("log-none-shown")
        })
    } else {
        rows(plan, shown, editing, window)
    };
    column![headers(sort), totals(shown, plan.log.len()), body]
        .spacing(6)
        .height(Fill)
        .into()
}
