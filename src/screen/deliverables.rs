//! Deliverables: who owes what, and when.

use chrono::NaiveDate;
use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Fill};

use super::Action;
use crate::data::{Deliverable, Plan};
use crate::i18n::Label;
use crate::theme::{self, Tone};
use crate::widget::{self, BOLD};
use crate::{fl, format};

#[derive(Debug, Default)]
pub struct Deliverables;

#[derive(Debug, Clone)]
pub enum Message {}

impl Deliverables {
    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {}
    }

    pub fn view<'a>(&'a self, plan: &'a Plan, today: NaiveDate) -> Element<'a, Message> {
        let mut items: Vec<&Deliverable> = plan.deliverables.iter().collect();
        items.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.code.cmp(&b.code)));
        let header = row![
            widget::cell(widget::header(fl!("deliverables-code")), 100),
            widget::cell(widget::header(fl!("deliverables-title")), Fill),
            widget::cell(widget::header(fl!("deliverables-lead")), 90),
            widget::cell(widget::header(fl!("deliverables-due")), 110),
            widget::cell(widget::header(fl!("deliverables-status")), 120),
        ]
        .spacing(12)
        .padding([0, 8]);
        let list: Element<'a, Message> = if items.is_empty() {
            widget::empty(fl!("deliverables-empty"))
        } else {
            column(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, d)| line(plan, d, today, i % 2 == 1)),
            )
            .into()
        };
        widget::page(
            fl!("screen-deliverables"),
            Some(fl!("deliverables-count", count = plan.deliverables.len())),
            Space::new().into(),
            column![header, widget::scroll(list)].spacing(6).into(),
        )
    }
}

fn line<'a>(
    plan: &'a Plan,
    d: &'a Deliverable,
    today: NaiveDate,
    striped: bool,
) -> Element<'a, Message> {
    let tone = if d.is_overdue(today) {
        Tone::Danger
    } else if d.status.is_delivered() {
        Tone::Success
    } else {
        Tone::Info
    };
    container(
        row![
            widget::cell(text(d.code.clone()).font(BOLD), 100),
            column![
                text(d.title.clone()),
                text(d.work_package.to_string())
                    .size(12)
                    .style(theme::muted)
            ]
            .width(Fill),
            widget::cell(widget::partner(plan, &d.lead), 90),
            widget::cell(text(format::date(d.due)), 110),
            widget::cell(widget::badge(d.status.label(), tone), 120),
        ]
        .spacing(12)
        .align_y(Alignment::Center),
    )
    .padding([6, 8])
    .style(theme::row(striped))
    .into()
}
