//! The pieces of the indicator form: labelled fields, toggle chips.

use iced::widget::{button, column, container, row, text};
use iced::{Element, Fill, Length};

use super::editor::Message;
use crate::label::Label;
use crate::theme;
use crate::widget::BOLD;

/// Adds `value` to the list, or takes it out, keeping the vocabulary's order.
pub fn toggle<T: PartialEq + Copy>(list: &mut Vec<T>, value: T, order: &[T]) {
    if let Some(at) = list.iter().position(|v| *v == value) {
        list.remove(at);
    } else {
        list.push(value);
        list.sort_by_key(|v| order.iter().position(|o| o == v));
    }
}

pub fn section<'a>(title: String) -> Element<'a, Message> {
    text(title).size(15).font(BOLD).into()
}

/// A labelled field with its problem, if any, under it.
pub fn field<'a>(
    label: String,
    input: impl Into<Element<'a, Message>>,
    problem: Option<String>,
) -> Element<'a, Message> {
    let mut control = column![input.into()].spacing(4);
    if let Some(problem) = problem {
        control = control.push(text(problem).size(13).style(theme::danger_text));
    }
    row![
        container(text(label).size(14))
            .width(Length::Fixed(150.0))
            .padding([6, 0]),
        control.width(Fill),
    ]
    .spacing(8)
    .into()
}

/// A labelled field whose problem line is always there (empty when
/// there is none): a problem that appears or goes while typing moves
/// nothing under it.
pub fn checked<'a>(
    label: String,
    input: impl Into<Element<'a, Message>>,
    problem: Option<String>,
) -> Element<'a, Message> {
    let control = column![input.into(), problem_line(problem)].spacing(4);
    row![
        container(text(label).size(14))
            .width(Length::Fixed(150.0))
            .padding([6, 0]),
        control.width(Fill),
    ]
    .spacing(8)
    .into()
}

/// Room for one problem (13 px text), empty when there is none.
pub fn problem_line<'a>(problem: Option<String>) -> Element<'a, Message> {
    container(
        text(problem.unwrap_or_default())
            .size(13)
            .style(theme::danger_text),
    )
    .height(PROBLEM_HEIGHT)
    .clip(true)
    .into()
}

/// The height of a problem line (pixels).
pub const PROBLEM_HEIGHT: f32 = 18.0;

/// Toggle chips for a vocabulary; none chosen means "any".
pub fn chips<'a, T: Label + Copy + PartialEq + 'a>(
    all: &'a [T],
    chosen: &[T],
    on: fn(T) -> Message,
) -> Element<'a, Message> {
    row(all.iter().map(|value| {
        let on_now = chosen.contains(value);
        button(text(value.label()).size(13))
            .padding([3, 10])
            .style(if on_now {
                button::primary
            } else {
                button::secondary
            })
            .on_press(on(*value))
            .into()
    }))
    .spacing(6)
    .wrap()
    .vertical_spacing(6)
    .into()
}
