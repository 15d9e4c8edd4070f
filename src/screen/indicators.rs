//! Indicators against their targets.

use iced::widget::{Space, column, progress_bar, row, text};
use iced::{Alignment, Element, Fill};

use super::Action;
use crate::data::{Plan, indicators};
use crate::i18n::Label;
use crate::theme;
use crate::widget::{self, BOLD};
use crate::{fl, format};

#[derive(Debug, Default)]
pub struct Indicators;

#[derive(Debug, Clone)]
pub enum Message {}

impl Indicators {
    pub fn update(&mut self, message: Message) -> Action<Message> {
        match message {}
    }

    pub fn view<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let actuals = indicators::all(plan);
        let list: Element<'a, Message> = if plan.indicators.is_empty() {
            widget::empty(fl!("indicators-empty"))
        } else {
            column(
                plan.indicators
                    .iter()
                    .zip(actuals)
                    .map(|(indicator, actual)| {
                        let share = indicators::progress(actual.total, indicator.target);
                        widget::card(
                            format!("{} · {}", indicator.code, indicator.name),
                            column![
                                row![
                                    text(fl!(
                                        "indicators-progress",
                                        actual = format::number(actual.total),
                                        target = format::number(indicator.target),
                                        unit = indicator.unit.as_str()
                                    ))
                                    .font(BOLD),
                                    Space::new().width(Fill),
                                    text(fl!(
                                        "indicators-percent",
                                        percent = ((share * 100.0).round() as u64)
                                    )),
                                ]
                                .align_y(Alignment::Center),
                                progress_bar(0.0..=1.0, share.min(1.0)).girth(8),
                                text(indicator.measure.label()).size(13).style(theme::muted),
                            ]
                            .spacing(8),
                        )
                    }),
            )
            .spacing(12)
            .into()
        };
        widget::page(
            fl!("screen-indicators"),
            None,
            Space::new().into(),
            widget::scroll(list),
        )
    }
}
