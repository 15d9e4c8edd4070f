//! Pieces of the editor's form: labelled fields with their problem under
//! them, and values with their translated names for pick lists.

use iced::widget::{column, text, text_input};
use iced::{Element, Fill};

use super::Message;
use crate::theme;
use crate::widget::pick::{self, Pick};

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

/// A label over a control, and the field's problem under it in red.
pub fn labelled<'a>(
    label: String,
    control: impl Into<Element<'a, Message>>,
    problem: Option<&str>,
) -> Element<'a, Message> {
    let mut field = column![text(label).size(12).style(theme::muted), control.into()]
        .spacing(3)
        .width(Fill);
    if let Some(problem) = problem {
        field = field.push(text(problem.to_owned()).size(12).style(theme::danger_text));
    }
    field.into()
}

/// A labelled one-line text field.
pub fn input<'a>(
    label: String,
    value: &str,
    id: Option<&'static str>,
    on_input: fn(String) -> Message,
    problem: Option<&str>,
) -> Element<'a, Message> {
    let mut field = text_input("", value)
        .on_input(on_input)
        .on_submit(Message::SavePressed)
        .padding([5, 8]);
    if let Some(id) = id {
        field = field.id(id);
    }
    labelled(label, field, problem)
}
