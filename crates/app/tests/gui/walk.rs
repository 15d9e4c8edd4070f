//! Finds what a person can use in the current frame (text fields, pick
//! lists, the plain fields a read-only window shows instead of pick lists,
//! every visible text: labels of buttons, rows, chips) and uses it the way
//! a person does, recording the messages the widgets send.

#![allow(dead_code)]

use iced::advanced::widget::{Id, Operation, operation};
use iced::{Point, Rectangle, Size};

use crate::support::{Harness, Mouse};
use commplan::widget::pick;

/// The window the harness draws (pixels).
pub const WINDOW: Size = Size::new(1280.0, 820.0);

/// What the current frame offers.
#[derive(Debug, Default)]
pub struct Controls {
    /// Text fields: their id (as `Debug` shows it) and bounds.
    pub inputs: Vec<(Option<Id>, Rectangle)>,
    /// Pick lists (laid on `pick::redrawn`'s quad).
    pub lists: Vec<Rectangle>,
    /// Plain fields drawn in place of pick lists (`pick::read_only`).
    pub plain: Vec<Rectangle>,
    /// Every text with its bounds.
    pub texts: Vec<(String, Rectangle)>,
}

impl Controls {
    /// Only what lies in `area`, whole or in part.
    pub fn within(self, area: Rectangle) -> Self {
        let inside = |b: &Rectangle| b.width > 0.0 && b.height > 0.0 && area.contains(b.center());
        Self {
            inputs: self.inputs.into_iter().filter(|(_, b)| inside(b)).collect(),
            lists: self.lists.into_iter().filter(|b| inside(b)).collect(),
            plain: self.plain.into_iter().filter(|b| inside(b)).collect(),
            texts: self.texts.into_iter().filter(|(_, b)| inside(b)).collect(),
        }
    }
}

struct Collect(Controls);

impl Operation for Collect {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<()>)) {
        operate(self);
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&Id::new(pick::LIST)) {
            self.0.lists.push(bounds);
        } else if id == Some(&Id::new(pick::READ_ONLY)) {
            self.0.plain.push(bounds);
        }
    }

    fn text_input(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        _state: &mut dyn operation::TextInput,
    ) {
        self.0.inputs.push((id.cloned(), bounds));
    }

    fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
        if !text.trim().is_empty() {
            self.0.texts.push((text.to_owned(), bounds));
        }
    }
}

impl Mouse {
    /// Everything the current frame offers (see [`Controls`]).
    pub fn controls(&mut self, h: &Harness) -> Controls {
        let mut collect = Collect(Controls::default());
        self.operate(h, &mut collect);
        collect.0
    }

    /// Types `text` into whatever has the keyboard, letter by letter.
    pub fn typewrite(&mut self, h: &mut Harness, text: &str) {
        use iced::keyboard::{self, Key, Modifiers};
        for letter in text.chars() {
            let key = Key::Character(letter.to_string().into());
            self.frame(
                h,
                vec![iced::Event::Keyboard(keyboard::Event::KeyPressed {
                    key: key.clone(),
                    modified_key: key,
                    physical_key: keyboard::key::Physical::Unidentified(
                        keyboard::key::NativeCode::Unidentified,
                    ),
                    location: keyboard::Location::Standard,
                    modifiers: Modifiers::empty(),
                    text: Some(letter.to_string().into()),
                    repeat: false,
                })],
            );
        }
    }
}

/// Opens the pick list at `list` and takes an option, as a person does:
/// the menu opens under the list, or over it when there is no room under
/// it, so the option under it is tried first, then the one over it.
pub fn pick_an_option(mouse: &mut Mouse, h: &mut Harness, list: Rectangle) {
    let before = mouse.sent.len();
    for rows in [2.5, -1.5] {
        mouse.click_at(h, middle(list));
        mouse.click_at(h, Point::new(list.center_x(), list.y + list.height * rows));
        if mouse.sent.len() > before {
            return;
        }
    }
}

/// The middle of `bounds`.
pub fn middle(bounds: Rectangle) -> Point {
    bounds.center()
}
