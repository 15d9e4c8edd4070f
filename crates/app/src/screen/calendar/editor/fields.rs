//! Pieces of the editor's form: labelled fields with their problem under
//! them, and values with their translated names for pick lists.

use std::fmt;

use iced::widget::{column, text, text_input};
use iced::{Element, Fill};

use super::Message;
use crate::theme;

/// A value shown by name in a pick list.
#[derive(Debug, Clone)]
pub struct Named<T> {
    pub value: T,
    pub name: String,
}

impl<T: PartialEq> PartialEq for Named<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T> fmt::Display for Named<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// Names every value of a list, and finds the chosen one.
pub fn named<T: Clone + PartialEq>(
    values: impl IntoIterator<Item = (T, String)>,
    chosen: &T,
) -> (Vec<Named<T>>, Option<Named<T>>) {
    let options: Vec<Named<T>> = values
        .into_iter()
        .map(|(value, name)| Named { value, name })
        .collect();
    let selected = options.iter().find(|o| o.value == *chosen).cloned();
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
