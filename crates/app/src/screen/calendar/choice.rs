//! "This item repeats: move only this occurrence, or the whole series?",
//! asked when an occurrence of a series is dragged or moved by keys, as
//! Outlook and Google Calendar ask.

use chrono::NaiveDate;
use iced::widget::{Space, button, container, row, text};
use iced::{Alignment, Element, Fill};

use super::{Action, Calendar, Editor, Grip, Message, Pick, keys};
use crate::theme;
use commplan_core::{Plan, fl};

/// A move of an occurrence of a series, waiting for the person to say
/// whether it is for this occurrence only or for the whole series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct PendingMove {
    pick: Pick,
    grip: Grip,
    days: i64,
    minutes: i64,
    /// The day in focus once it is done.
    day: NaiveDate,
}

impl Calendar {
    /// The editor on the occurrence `pick` of an activity: for a series,
    /// on that occurrence, asking whether changes are for it only.
    pub(super) fn open(&mut self, plan: &Plan, pick: Pick) -> Action {
        let Some(activity) = plan.activity(pick.id) else {
            return Action::None;
        };
        let editor = match commplan_core::recurrence::nth(activity, pick.step, plan.project.end) {
            Some(occurrence) if activity.recurrence.is_some() => {
                Editor::open_occurrence(activity, &occurrence)
            }
            _ => Editor::open(activity),
        };
        self.edit(editor)
    }

    /// The editor on an item in a window that cannot change the plan: its
    /// fields shown, none changeable, only "Close".
    pub(super) fn open_to_read(&mut self, plan: &Plan, pick: Pick) -> Action {
        let Some(activity) = plan.activity(pick.id) else {
            return Action::None;
        };
        let editor = Editor::open(activity).read_only();
        self.opened = Some(editor.clone());
        self.editor = Some(editor);
        self.drag = None;
        Action::None
    }

    /// A move of an occurrence of a series waits for "this occurrence or
    /// the whole series?" (`true`); other items move at once (`false`).
    pub(super) fn ask_if_repeating(
        &mut self,
        plan: &Plan,
        pick: Pick,
        grip: Grip,
        days: i64,
        minutes: i64,
        day: NaiveDate,
    ) -> bool {
        if plan
            .activity(pick.id)
            .is_none_or(|a| a.recurrence.is_none())
        {
            return false;
        }
        self.pending = Some(PendingMove {
            pick,
            grip,
            days,
            minutes,
            day,
        });
        true
    }

    /// The answer to the question: `Some(true)` this occurrence only,
    /// `Some(false)` the whole series, `None` neither.
    pub(super) fn answered(&mut self, plan: &Plan, answer: Option<bool>) -> Action {
        let Some(pending) = self.pending.take() else {
            return Action::None;
        };
        let PendingMove {
            pick,
            grip,
            days,
            minutes,
            day,
        } = pending;
        let edit = match (answer, grip) {
            (None, _) => None,
            (Some(true), _) => keys::occurrence_moved(plan, pick, grip, days, minutes),
            (Some(false), Grip::Move) => keys::moved(plan, pick.id, days, minutes),
            (Some(false), Grip::End) => keys::resized(plan, pick.id, days, minutes),
        };
        match edit {
            Some(edit) => {
                self.anchor = Some(day);
                Action::Edit(Box::new(edit))
            }
            None => Action::None,
        }
    }
}

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
