//! "This item repeats: move only this occurrence, or the whole series?",
//! asked when an occurrence of a series is dragged or moved by keys, as
//! Outlook and Google Calendar ask.

use iced::widget::{Space, button, container, row, text};
use iced::{Alignment, Element, Fill};

use super::Message;
use crate::theme;
use commplan_core::fl;

/// The question and its three answers.
pub fn bar<'a>() -> Element<'a, Message> {
    container(
        row![
            text(fl!("calendar-move-question")),
            Space::new().width(Fill),
            button(text(fl!("calendar-move-occurrence"))).on_press(Message::MoveChosen(Some(true))),
            button(text(fl!("calendar-move-series")))
                .style(theme::tool_button)
                .on_press(Message::MoveChosen(Some(false))),
            button(text(fl!("calendar-move-cancel")))
                .style(theme::tool_button)
                .on_press(Message::MoveChosen(None)),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    )
    .padding(8)
    .width(Fill)
    .style(theme::card)
    .into()
}
