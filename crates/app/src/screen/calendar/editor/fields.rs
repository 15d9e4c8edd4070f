//! Pieces of the editor's form: labelled fields with their problem under
//! them, and values with their translated names for pick lists.

use iced::widget::{Space, column, container, pick_list, text, text_input, tooltip};
use iced::{Element, Fill};

use super::Message;
use crate::theme;
use crate::widget::pick::{self, Pick};

/// The height kept under every field for its problem, so nothing below
/// moves when one appears or goes while a person types.
const PROBLEM_LINE: f32 = 16.0;

/// The widest a drop-down list grows, within the editor's width.
const WIDEST: f32 = 640.0;

/// Names every value of a list, and finds the chosen one.
pub fn named<T: Clone + PartialEq>(
    values: impl IntoIterator<Item = (T, String)>,
    chosen: &T,
) -> (Vec<Pick<T>>, Option<Pick<T>>) {
    let options: Vec<Pick<T>> = values
        .into_iter()
        .map(|(value, name)| Pick::new(value, name))
        .collect();
    let selected = pick::selected(&options, chosen);
    (options, selected)
}

/// A label over a control that is never wrong (a choice of a list).
pub fn labelled<'a>(
    label: String,
    control: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    column![text(label).size(12).style(theme::muted), control.into()]
        .spacing(3)
        .width(Fill)
        .into()
}

/// A label over a control that can be wrong, and its problem under it in
/// red, on a line kept for it so that nothing moves when one appears or
/// goes while a person types (one line: the whole problem shows on
/// hover).
pub fn checked<'a>(
    label: String,
    control: impl Into<Element<'a, Message>>,
    problem: Option<&str>,
) -> Element<'a, Message> {
    let line: Element<'a, Message> = match problem {
        Some(problem) => tooltip(
            text(problem.to_owned())
                .size(12)
                .style(theme::danger_text)
                .wrapping(text::Wrapping::None),
            container(text(problem.to_owned()).size(12))
                .padding([4, 8])
                .style(theme::dialog),
            tooltip::Position::Bottom,
        )
        .into(),
        None => Space::new().into(),
    };
    column![
        text(label).size(12).style(theme::muted),
        control.into(),
        container(line).height(PROBLEM_LINE).width(Fill).clip(true)
    ]
    .spacing(3)
    .width(Fill)
    .into()
}

/// A pick list as wide as its longest option (within the editor), redrawn
/// whole when its value changes (see [`pick::redrawn`]) and cut where the
/// form scrolls it out of sight (see [`crate::widget::clip`]); in a
/// read-only editor, the chosen option in a plain disabled field.
pub fn choose<'a, T: Clone + PartialEq + 'a>(
    options: Vec<Pick<T>>,
    selected: Option<Pick<T>>,
    on_pick: impl Fn(Pick<T>) -> Message + 'a,
    read_only: bool,
) -> Element<'a, Message> {
    if read_only {
        return pick::read_only(selected.map(|p| p.label).unwrap_or_default());
    }
    let width = pick::width(&options, 14.0, WIDEST);
    let key = pick::key(&selected);
    crate::widget::clip::clipped(pick::redrawn(
        key,
        pick_list(options, selected, on_pick)
            .width(width)
            .text_size(14),
    ))
}

/// A labelled one-line text field that can be wrong, with its problem
/// line (see [`checked`]); in a read-only editor, disabled.
pub fn input<'a>(
    label: String,
    value: &str,
    id: Option<&'static str>,
    on_input: fn(String) -> Message,
    problem: Option<&str>,
    read_only: bool,
) -> Element<'a, Message> {
    checked(label, field(value, id, on_input, read_only), problem)
}

/// A labelled one-line text field that takes any text (notes, a venue);
/// in a read-only editor, disabled.
pub fn free<'a>(
    label: String,
    value: &str,
    on_input: fn(String) -> Message,
    read_only: bool,
) -> Element<'a, Message> {
    labelled(label, field(value, None, on_input, read_only))
}

/// A one-line text field (Enter saves); in a read-only editor, disabled.
pub fn field<'a>(
    value: &str,
    id: Option<&'static str>,
    on_input: fn(String) -> Message,
    read_only: bool,
) -> iced::widget::TextInput<'a, Message> {
    let mut field = text_input("", value).padding([5, 8]);
    if !read_only {
        field = field.on_input(on_input).on_submit(Message::SavePressed);
    }
    if let Some(id) = id {
        field = field.id(id);
    }
    field
}
