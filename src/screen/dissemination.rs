//! The dissemination log: what partners report they did.

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Fill};

use super::Action;
use crate::data::{LogEntry, Plan};
use crate::i18n::Label;
use crate::theme;
use crate::widget::{self, BOLD};
use crate::{fl, format};

#[derive(Debug, Default)]
pub struct Dissemination;

#[derive(Debug, Clone)]
pub enum Message {}

impl Dissemination {
    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {}
    }

    pub fn view<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let mut items: Vec<&LogEntry> = plan.log.iter().collect();
        items.sort_by_key(|e| (std::cmp::Reverse(e.date), e.id));
        let reach: u64 = plan.log.iter().map(|e| e.reach).sum();
        let participants: u64 = plan.log.iter().filter_map(|e| e.participants).sum();
        let header = row![
            widget::cell(widget::header(fl!("log-date")), 110),
            widget::cell(widget::header(fl!("log-partner")), 90),
            widget::cell(widget::header(fl!("log-title")), Fill),
            widget::cell(widget::header(fl!("log-channel")), 130),
            widget::cell(widget::header(fl!("log-reach")), 90),
        ]
        .spacing(12)
        .padding([0, 8]);
        let list: Element<'a, Message> = if items.is_empty() {
            widget::empty(fl!("log-empty"))
        } else {
            column(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, e)| line(plan, e, i % 2 == 1)),
            )
            .into()
        };
        widget::page(
            fl!("screen-dissemination"),
            Some(fl!(
                "log-totals",
                count = plan.log.len(),
                reach = format::number(reach),
                participants = format::number(participants)
            )),
            Space::new().into(),
            column![header, widget::scroll(list)].spacing(6).into(),
        )
    }
}

fn line<'a>(plan: &'a Plan, e: &'a LogEntry, striped: bool) -> Element<'a, Message> {
    container(
        row![
            widget::cell(text(format::date(e.date)), 110),
            widget::cell(widget::partner(plan, &e.partner), 90),
            widget::cell(text(e.title.clone()), Fill),
            widget::cell(text(e.channel.label()).size(13).style(theme::muted), 130),
            widget::cell(text(format::number(e.reach)).font(BOLD), 90),
        ]
        .spacing(12)
        .align_y(Alignment::Center),
    )
    .padding([6, 8])
    .style(theme::row(striped))
    .into()
}
