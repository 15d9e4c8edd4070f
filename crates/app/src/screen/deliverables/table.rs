//! The deliverables table: sortable headers and rows built only in view.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use iced::widget::{Space, button, checkbox, column, container, row, text, tooltip};
use iced::{Alignment, Background, Element, Fill, Length, Theme, border};

use super::Message;
use super::list::{Column, Sort};
use crate::label::Label;
use crate::theme::{self, Tone};
use crate::widget::{self, BOLD, Window, ellipsis, icon, windowed};
use commplan_core::deadline::Urgency;
use commplan_core::{Deliverable, DeliverableId, Plan};
use commplan_core::{fl, format};

/// Every row is this high, so only the rows in view are built.
pub const ROW_HEIGHT: f32 = 40.0;

/// What the table needs besides the plan and the rows.
pub struct State<'a> {
    pub sort: Sort,
    pub selected: &'a BTreeSet<DeliverableId>,
    pub window: &'a Window,
    pub editing: Option<DeliverableId>,
    pub read_only: bool,
    /// Are filters hiding some deliverables?
    pub narrowed: bool,
    /// Beside the editor: only code, title, due date and status.
    pub compact: bool,
}

/// The columns shown: what they sort by, their heading and width.
fn columns(compact: bool) -> Vec<(Column, String, Length)> {
    let all = [
        (Column::Code, fl!("deliverables-code"), Length::Fixed(110.0)),
        (Column::Title, fl!("deliverables-title"), Fill),
        (
            Column::WorkPackage,
            fl!("deliverables-work-package-short"),
            Length::Fixed(70.0),
        ),
        (Column::Lead, fl!("deliverables-lead"), Length::Fixed(100.0)),
        (Column::Due, fl!("deliverables-due"), Length::Fixed(105.0)),
        (
            Column::DaysLeft,
            fl!("deliverables-days-left"),
            Length::Fixed(140.0),
        ),
        (
            Column::Status,
            fl!("deliverables-status"),
            Length::Fixed(110.0),
        ),
    ];
    all.into_iter()
        .filter(|(column, _, _)| {
            !compact
                || matches!(
                    column,
                    Column::Code | Column::Title | Column::Due | Column::Status
                )
        })
        .collect()
}

const TICK: f32 = 24.0;
/// The room `windowed` keeps right of the rows for its scroll bar.
const SCROLL_GUTTER: f32 = 14.0;
const STEP: f32 = 32.0;

pub fn view<'a>(
    plan: &'a Plan,
    rows: &[usize],
    today: NaiveDate,
    state: State<'a>,
) -> Element<'a, Message> {
    let all = !rows.is_empty()
        && rows
            .iter()
            .all(|&i| state.selected.contains(&plan.deliverables[i].id));
    let mut header =
        row![
            container(checkbox(all).on_toggle_maybe(
                (!state.read_only && !rows.is_empty()).then_some(Message::AllTicked)
            ))
            .width(TICK)
        ]
        .spacing(10)
        // The rows below sit left of the scroll bar.
        .padding(iced::Padding {
            left: 8.0,
            right: 8.0 + SCROLL_GUTTER,
            ..iced::Padding::ZERO
        })
        .align_y(Alignment::Center);
    for (column, label, width) in columns(state.compact) {
        header = header.push(
            widget::sort::heading(
                label,
                column,
                state.sort,
                text::default,
                Message::SortBy(column),
            )
            .width(width),
        );
    }
    header = header.push(Space::new().width(STEP));
    if rows.is_empty() {
        let message = if plan.deliverables.is_empty() {
            fl!("deliverables-empty")
        } else {
            fl!("deliverables-none-match")
        };
        let mut empty = column![widget::empty(message)].align_x(Alignment::Center);
        if state.narrowed && !plan.deliverables.is_empty() {
            empty = empty.push(
                button(text(fl!("deliverables-clear-filters")))
                    .style(button::secondary)
                    .on_press(Message::FiltersCleared),
            );
        }
        return column![header, empty].spacing(6).into();
    }
    let rows: Vec<usize> = rows.to_vec();
    let selected = state.selected;
    let editing = state.editing;
    let read_only = state.read_only;
    let compact = state.compact;
    let list = windowed(
        state.window,
        rows.len(),
        ROW_HEIGHT,
        move |i| {
            let d = &plan.deliverables[rows[i]];
            line(
                plan,
                d,
                today,
                Line {
                    striped: i % 2 == 1,
                    ticked: selected.contains(&d.id),
                    open: editing == Some(d.id),
                    read_only,
                    compact,
                },
            )
        },
        Message::Scrolled,
    );
    column![header, list].spacing(6).into()
}

struct Line {
    striped: bool,
    ticked: bool,
    open: bool,
    read_only: bool,
    compact: bool,
}

fn line<'a>(plan: &'a Plan, d: &'a Deliverable, today: NaiveDate, l: Line) -> Element<'a, Message> {
    let urgency = Urgency::of(d, today);
    let status_tone = match urgency {
        Urgency::Delivered => Tone::Success,
        Urgency::Overdue(_) => Tone::Danger,
        Urgency::DueSoon(_) => Tone::Warning,
        Urgency::Later(_) => Tone::Info,
    };
    let mut days: Element<'a, Message> = match urgency {
        Urgency::Delivered => text(d.submitted.map_or_else(String::new, |day| {
            fl!("deliverables-delivered-on", date = format::date(day))
        }))
        .size(12)
        .style(theme::muted)
        .into(),
        Urgency::Overdue(days) => {
            widget::badge(fl!("deliverables-days-late", days = days), Tone::Danger)
        }
        Urgency::DueSoon(0) => widget::badge(fl!("deliverables-due-today"), Tone::Warning),
        Urgency::DueSoon(days) => {
            widget::badge(fl!("deliverables-days-to-go", days = days), Tone::Warning)
        }
        Urgency::Later(days) => text(fl!("deliverables-days-to-go", days = days))
            .size(13)
            .style(theme::muted)
            .into(),
    };
    let step: Element<'a, Message> = match d.next_status() {
        Some(next) if !l.read_only => tooltip(
            button(icon::icon(icon::CHEVRON_RIGHT))
                .style(button::text)
                .padding([2, 8])
                .on_press(Message::Advanced(d.id)),
            container(text(fl!("deliverables-advance", status = next.label())).size(12))
                .padding([4, 8])
                .style(theme::card),
            tooltip::Position::Left,
        )
        .into(),
        _ => Space::new().into(),
    };
    let due_style = if urgency == Urgency::Delivered {
        theme::muted
    } else if matches!(urgency, Urgency::Overdue(_)) {
        theme::danger_text
    } else {
        text::default
    };
    let mut cells = row![
        container(
            checkbox(l.ticked)
                .on_toggle_maybe((!l.read_only).then_some(move |on| Message::Ticked(d.id, on)))
        )
        .width(TICK)
    ];
    for (column, _, width) in columns(l.compact) {
        let cell: Element<'a, Message> = match column {
            Column::Code => button(
                text(d.code.clone())
                    .font(BOLD)
                    .wrapping(text::Wrapping::None),
            )
            .padding(0)
            .style(button::text)
            .on_press(Message::Opened(d.id))
            .into(),
            // A long title ends with "…" and shows in full on hover.
            Column::Title => button(ellipsis::line(d.title.as_str(), 16, None, true))
                .padding(0)
                .style(button::text)
                .on_press(Message::Opened(d.id))
                .into(),
            Column::WorkPackage => text(d.work_package.to_string())
                .size(13)
                .style(theme::muted)
                .into(),
            Column::Lead => widget::partner(plan, &d.lead),
            Column::Due => text(format::date(d.due)).style(due_style).into(),
            Column::DaysLeft => std::mem::replace(&mut days, Space::new().into()),
            Column::Status => widget::badge(d.status.label(), status_tone),
        };
        cells = cells.push(widget::cell(cell, width));
    }
    container(
        cells
            .push(container(step).width(STEP))
            .spacing(10)
            .height(Fill)
            .align_y(Alignment::Center),
    )
    .padding([0, 8])
    .height(Fill)
    .style(row_style(l.striped, l.open, urgency))
    .into()
}

/// A row's background: the open one stands out, overdue ones are tinted.
fn row_style(striped: bool, open: bool, urgency: Urgency) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.extended_palette();
        let mut style = theme::row(striped)(theme);
        if open {
            style.background = Some(Background::Color(
                palette.primary.weak.color.scale_alpha(0.35),
            ));
            style.border = border::rounded(4)
                .width(1)
                .color(palette.primary.base.color);
        } else if matches!(urgency, Urgency::Overdue(_)) {
            style.background = Some(Background::Color(
                palette.danger.weak.color.scale_alpha(0.18),
            ));
        } else if matches!(urgency, Urgency::DueSoon(_)) {
            style.background = Some(Background::Color(
                palette.warning.weak.color.scale_alpha(0.18),
            ));
        }
        style
    }
}
