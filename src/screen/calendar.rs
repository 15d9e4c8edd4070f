//! The campaign calendar. Until its views land, an agenda of every activity
//! by date.

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Fill};

use super::Action;
use crate::data::{Activity, Plan, When};
use crate::i18n::Label;
use crate::theme::{self, Tone};
use crate::widget::{self, BOLD};
use crate::{fl, format};

#[derive(Debug, Default)]
pub struct Calendar;

#[derive(Debug, Clone)]
pub enum Message {}

impl Calendar {
    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {}
    }

    pub fn view<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let mut items: Vec<&Activity> = plan.activities.iter().collect();
        items.sort_by_key(|a| (a.when.start_date(), a.id));
        let list: Element<'a, Message> = if items.is_empty() {
            widget::empty(fl!("calendar-empty"))
        } else {
            column(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| activity_row(plan, a, i % 2 == 1)),
            )
            .into()
        };
        widget::page(
            fl!("screen-calendar"),
            Some(fl!("calendar-count", count = plan.activities.len())),
            Space::new().into(),
            widget::scroll(list),
        )
    }
}

fn when(a: &Activity) -> String {
    match &a.when {
        When::Days { start, end } if start == end => format::date(*start),
        When::Days { start, end } => format!("{} – {}", format::date(*start), format::date(*end)),
        When::Timed { start, end, zone } => fl!(
            "calendar-timed",
            date = format::date(start.date()),
            start = format::time(*start),
            end = format::time(*end),
            zone = zone.name()
        ),
    }
}

fn activity_row<'a>(plan: &'a Plan, a: &'a Activity, striped: bool) -> Element<'a, Message> {
    let tone = match a.status {
        crate::data::vocab::Status::Done => Tone::Success,
        crate::data::vocab::Status::Cancelled => Tone::Danger,
        crate::data::vocab::Status::Idea => Tone::Warning,
        _ => Tone::Info,
    };
    let mut details = column![text(a.title.clone()).font(BOLD)].spacing(2);
    let place = a.location.one_line();
    if !place.is_empty() {
        details = details.push(text(place).size(13).style(theme::muted));
    }
    container(
        row![
            widget::cell(text(when(a)).size(13), 260),
            widget::partner(plan, &a.responsible),
            details.width(Fill),
            widget::badge(a.kind.label(), Tone::Info),
            widget::badge(a.status.label(), tone),
        ]
        .spacing(12)
        .align_y(Alignment::Center),
    )
    .padding([6, 8])
    .style(theme::row(striped))
    .into()
}
