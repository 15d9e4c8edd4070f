//! The list of indicators beside the detail, and what an indicator counts
//! in words.

use iced::widget::{Space, button, column, progress_bar, row, text};
use iced::{Element, Fill};

use super::{Message, percent};
use crate::label::Label;
use crate::theme;
use crate::widget::BOLD;
use commplan_core::Indicator;
use commplan_core::fl;
use commplan_core::indicators;

/// What an indicator counts, in words: its channels, kinds and groups.
pub fn describe_filter(indicator: &Indicator) -> String {
    let filter = &indicator.filter;
    if filter.is_empty() {
        return fl!("indicators-counts-everything");
    }
    let mut parts: Vec<String> = Vec::new();
    parts.extend(filter.channels.iter().map(Label::label));
    parts.extend(filter.kinds.iter().map(Label::label));
    parts.extend(filter.target_groups.iter().map(Label::label));
    fl!("indicators-counts-only", what = parts.join(", "))
}

pub fn list_entry<'a>(
    indicator: &'a Indicator,
    actual: u64,
    selected: bool,
) -> Element<'a, Message> {
    let share = indicators::progress(actual, indicator.target);
    button(
        column![
            row![
                text(indicator.code.clone()).font(BOLD).size(14),
                Space::new().width(Fill),
                text(percent(share)).size(13),
            ],
            text(indicator.name.clone()).size(13),
            progress_bar(0.0..=1.0, share.min(1.0)).girth(5),
        ]
        .spacing(4),
    )
    .width(Fill)
    .padding([8, 10])
    .style(theme::nav_button(selected))
    .on_press(Message::Selected(indicator.id))
    .into()
}
