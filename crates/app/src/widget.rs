//! Reusable pieces of the views: page frames, cards, chips and badges.

pub mod clip;
pub mod combo;
pub mod date_picker;
pub mod drag;
pub mod ellipsis;
pub mod icon;
mod memo;
pub mod pick;
pub mod sort;
mod windowed;

pub use memo::Memo;
pub use windowed::{Window, windowed, windowed_with_id};

use iced::widget::{Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Fill, Font, Length, font};

use crate::theme::{self, Tone};
use commplan_core::{Partner, PartnerId, Plan};

/// The semibold face of the interface font, for headings.
pub const BOLD: Font = Font {
    weight: font::Weight::Semibold,
    ..Font::with_name("Fira Sans") // not words: a font name
};

/// A screen's frame: a heading, an optional line under it, the content.
pub fn page<'a, M: 'a>(
    title: String,
    subtitle: Option<String>,
    actions: Element<'a, M>,
    content: Element<'a, M>,
) -> Element<'a, M> {
    let mut heading = column![text(title).size(24).font(BOLD)].spacing(2);
    if let Some(subtitle) = subtitle {
        heading = heading.push(text(subtitle).size(14).style(theme::muted));
    }
    column![
        row![heading, Space::new().width(Fill), actions]
            .align_y(Alignment::Center)
            .spacing(12),
        content
    ]
    .spacing(16)
    .padding([20, 24])
    .height(Fill)
    .into()
}

/// Content that scrolls vertically within the page.
pub fn scroll<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    scrollable(container(content).padding(iced::Padding {
        right: 14.0,
        ..iced::Padding::ZERO
    }))
    .height(Fill)
    .into()
}

/// A titled card.
/// One option of a small set shown side by side (a segmented choice): the
/// chosen one stands out.
pub fn choice<'a, M: Clone + 'a>(label: String, selected: bool, message: M) -> Element<'a, M> {
    button(text(label))
        .padding([6, 12])
        .style(if selected {
            button::primary
        } else {
            button::secondary
        })
        .on_press(message)
        .into()
}

pub fn card<'a, M: 'a>(title: String, content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(column![text(title).size(16).font(BOLD), content.into()].spacing(10))
        .padding(16)
        .width(Fill)
        .style(theme::card)
        .into()
}

/// What a list shows when it has nothing in it.
pub fn empty<'a, M: 'a>(message: String) -> Element<'a, M> {
    container(text(message).style(theme::muted))
        .padding(24)
        .center_x(Fill)
        .into()
}

/// A partner as a coloured chip with its short id.
pub fn partner_chip<'a, M: 'a>(partner: Option<&Partner>, id: &PartnerId) -> Element<'a, M> {
    match partner {
        Some(partner) => container(text(partner.id.to_string()).size(12).font(BOLD))
            .padding([1, 6])
            .style(theme::chip(partner.color))
            .into(),
        None => container(text(id.to_string()).size(12))
            .padding([1, 6])
            .into(),
    }
}

/// A partner chip looked up in the plan.
pub fn partner<'a, M: 'a>(plan: &Plan, id: &PartnerId) -> Element<'a, M> {
    partner_chip(plan.partner(id), id)
}

/// A small label with a tone.
pub fn badge<'a, M: 'a>(label: String, tone: Tone) -> Element<'a, M> {
    container(text(label).size(12))
        .padding([1, 6])
        .style(theme::badge(tone))
        .into()
}

/// A header cell of a list.
pub fn header<'a, M: 'a>(label: String) -> Element<'a, M> {
    text(label).size(13).font(BOLD).style(theme::muted).into()
}

/// A fixed-width cell.
pub fn cell<'a, M: 'a>(
    content: impl Into<Element<'a, M>>,
    width: impl Into<Length>,
) -> Element<'a, M> {
    container(content).width(width).clip(true).into()
}

/// A figure with a caption, for dashboards.
pub fn figure<'a, M: 'a>(value: String, caption: String) -> Element<'a, M> {
    container(
        column![
            text(value).size(28).font(BOLD),
            text(caption).size(13).style(theme::muted)
        ]
        .spacing(2),
    )
    .padding(16)
    .width(Fill)
    .style(theme::card)
    .into()
}
