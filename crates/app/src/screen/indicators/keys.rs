//! The Indicators screen's keys, when no text field has the keyboard.

use super::{Action, Indicators, Message, periods};
use crate::keys::{Press, Pressed};
use commplan_core::Plan;

impl Indicators {
    /// ↑/↓ (Home/End) pick an indicator, ←/→ a period, Enter edits,
    /// Delete asks to delete, N makes a new one.
    pub(super) fn key(&mut self, press: Press, plan: &Plan) -> Action {
        if self.editor.is_some() || press.alt {
            return Action::None;
        }
        let count = plan.indicators.len();
        let index = self
            .selected
            .and_then(|id| plan.indicators.iter().position(|i| i.id == id))
            .unwrap_or(0);
        let pick = |i: usize| plan.indicators.get(i).map(|i| Message::Selected(i.id));
        let message = match press.key {
            Pressed::Up => pick(index.saturating_sub(1)),
            Pressed::Down => pick((index + 1).min(count.saturating_sub(1))),
            Pressed::Home => pick(0),
            Pressed::End => pick(count.saturating_sub(1)),
            Pressed::Left => Some(Message::PeriodChosen(match self.period {
                None | Some(0) => None,
                Some(p) => Some(p - 1),
            })),
            Pressed::Right => {
                let last = periods::count(&plan.project).saturating_sub(1);
                Some(Message::PeriodChosen(Some(
                    self.period.map_or(0, |p| (p + 1).min(last)),
                )))
            }
            Pressed::Enter => plan
                .indicators
                .get(index)
                .map(|i| Message::EditPressed(i.id)),
            Pressed::Delete => plan
                .indicators
                .get(index)
                .map(|i| Message::DeletePressed(i.id)),
            Pressed::Char('n') => Some(Message::NewPressed),
            _ => None,
        };
        match message {
            Some(message) => self.update(message, plan),
            None => Action::None,
        }
    }
}
