//! "Go to date": the field in the toolbar, typed (29/06/2017, 29.06.2017,
//! 2017-06-29, see [`commplan_core::text::parse_date`]) or picked from the
//! month calendar beside it. Either way the view moves to the day and the
//! field gives the keyboard back to the calendar.

use chrono::NaiveDate;
use iced::Element;
use iced::widget::text_input;

use super::{Action, Calendar, JUMP_INPUT, Message};
use crate::widget::date_picker::{Messages, Open, date_picker};
use commplan_core::fl;

/// What the month calendar of "Go to date" says.
#[derive(Debug, Clone)]
pub enum Picker {
    /// Its button was pressed (open, or close when open).
    Toggled,
    /// A click beside it, or Escape: closed, nothing changes.
    Dismissed,
    /// Another month shown (`-1` earlier, `1` later).
    Moved(i32),
    /// A day was picked: the view goes there.
    Picked(NaiveDate),
}

impl Calendar {
    /// The picker's messages; `anchor` is the day in focus, where the
    /// calendar opens when nothing is typed.
    pub(super) fn picker(&mut self, message: Picker, anchor: NaiveDate) -> Action {
        match message {
            Picker::Toggled => {
                self.jump_picker = match self.jump_picker {
                    Some(_) => None,
                    None => Some(Open::on((), &self.jump, anchor).month),
                };
            }
            Picker::Dismissed => self.jump_picker = None,
            Picker::Moved(months) => {
                self.jump_picker = self
                    .jump_picker
                    .map(|month| Open { field: (), month }.moved(months).month);
            }
            Picker::Picked(day) => {
                self.jump_picker = None;
                self.anchor = Some(day);
                self.jump.clear();
                self.jump_error = false;
                return give_back();
            }
        }
        Action::None
    }

    /// The field with its calendar button.
    pub(super) fn jump_field(&self, today: NaiveDate) -> Element<'_, Message> {
        let field = text_input(&fl!("calendar-jump-placeholder"), &self.jump)
            .id(JUMP_INPUT)
            .on_input(Message::JumpEdited)
            .on_submit(Message::JumpSubmitted)
            .width(150)
            .padding([5, 8]);
        date_picker(
            field,
            &self.jump,
            self.jump_picker,
            today,
            Messages {
                toggle: Message::JumpPicker(Picker::Toggled),
                dismiss: Message::JumpPicker(Picker::Dismissed),
                month: |months| Message::JumpPicker(Picker::Moved(months)),
                pick: Box::new(|day| Message::JumpPicker(Picker::Picked(day))),
            },
        )
    }
}

/// The field gives the keyboard back to the calendar (its arrows and
/// keys work again).
pub(super) fn give_back() -> Action {
    Action::Run(iced::advanced::widget::operate(
        iced::advanced::widget::operation::focusable::unfocus(),
    ))
}
