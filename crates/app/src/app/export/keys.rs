//! The Export dialog by keyboard. iced's buttons, lists and checkboxes take
//! no keyboard focus, so the dialog keeps its own: Tab and Shift+Tab move
//! between every control (the date fields get the real text focus), the
//! arrows change a choice, Space toggles or presses, Enter exports (or
//! presses the focused button).

use iced::Task;
use iced::advanced::widget::{operate, operation::focusable};
use iced::widget::operation;

use super::{Export, FROM_INPUT, Message, TO_INPUT};
use crate::app::{App, Message as AppMessage};
use crate::keys::Nav;
use commplan_core::export::{Format, csv::Table};
use commplan_core::{PartnerId, Plan};

/// A control of the dialog, in the order Tab visits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Format,
    Partner,
    From,
    To,
    Language,
    Table,
    Separator,
    Bom,
    Template,
    Deliverables,
    Reminder,
    Utc,
    Cancel,
    EveryPartner,
    Save,
}

impl Field {
    /// The text field behind this control, if it is one.
    fn input(self) -> Option<&'static str> {
        match self {
            Field::From => Some(FROM_INPUT),
            Field::To => Some(TO_INPUT),
            _ => None,
        }
    }
}

impl Export {
    /// The controls the dialog shows now, in Tab order.
    pub fn fields(&self, plan: &Plan) -> Vec<Field> {
        let mut fields = vec![Field::Format, Field::Partner, Field::From, Field::To];
        match self.format {
            Format::Ics => {
                fields.extend([Field::Language, Field::Deliverables]);
                if self.deliverables {
                    fields.push(Field::Reminder);
                }
                fields.push(Field::Utc);
            }
            Format::Csv => fields.extend([Field::Table, Field::Separator, Field::Bom]),
            Format::Xlsx => fields.extend([Field::Language, Field::Table, Field::Template]),
            Format::Html => fields.push(Field::Language),
        }
        fields.push(Field::Cancel);
        if !plan.partners.is_empty() {
            fields.push(Field::EveryPartner);
        }
        fields.push(Field::Save);
        fields
    }

    /// Is this control the one with the keyboard focus?
    pub fn has_focus(&self, field: Field) -> bool {
        self.focus == Some(field)
    }
}

/// The item after (or before) `current` in `items`, going round.
fn step<T: PartialEq + Clone>(items: &[T], current: &T, forward: bool) -> Option<T> {
    let count = items.len();
    if count == 0 {
        return None;
    }
    let at = items.iter().position(|item| item == current);
    let next = match (at, forward) {
        (Some(at), true) => (at + 1) % count,
        (Some(at), false) => (at + count - 1) % count,
        (None, _) => 0,
    };
    items.get(next).cloned()
}

/// What changing the focused choice by one step asks for.
fn change(dialog: &Export, plan: &Plan, field: Field, forward: bool) -> Option<Message> {
    match field {
        Field::Format => step(&Format::ALL, &dialog.format, forward).map(Message::FormatPicked),
        Field::Partner => {
            let mut partners: Vec<Option<PartnerId>> = vec![None];
            partners.extend(plan.partners.iter().map(|p| Some(p.id.clone())));
            step(&partners, &dialog.partner, forward).map(Message::PartnerPicked)
        }
        Field::Language => {
            let codes: Vec<String> = commplan_core::i18n::available()
                .into_iter()
                .map(|l| l.language.to_string())
                .collect();
            step(&codes, &dialog.language, forward).map(Message::LanguagePicked)
        }
        Field::Table => step(&Table::ALL, &dialog.table, forward).map(Message::TablePicked),
        Field::Separator => Some(Message::SemicolonToggled(!dialog.semicolon)),
        _ => None,
    }
}

/// What Space asks for on the focused control.
fn toggle(dialog: &Export, plan: &Plan, field: Field) -> Option<Message> {
    match field {
        Field::Bom => Some(Message::BomToggled(!dialog.bom)),
        Field::Template => Some(Message::TemplateToggled(!dialog.template)),
        Field::Deliverables => Some(Message::DeliverablesToggled(!dialog.deliverables)),
        Field::Reminder => Some(Message::ReminderToggled(!dialog.reminder)),
        Field::Utc => Some(Message::UtcToggled(!dialog.utc)),
        Field::Cancel | Field::EveryPartner | Field::Save => confirm(Some(field)),
        Field::From | Field::To => None,
        choice => change(dialog, plan, choice, true),
    }
}

/// What Enter asks for: the focused button, else the dialog's main action.
fn confirm(focus: Option<Field>) -> Option<Message> {
    Some(match focus {
        Some(Field::Cancel) => Message::Closed,
        Some(Field::EveryPartner) => Message::EveryPartnerRequested,
        _ => Message::SaveRequested,
    })
}

impl App {
    /// A dialog key while the Export dialog is open.
    pub(in crate::app) fn export_key(&mut self, nav: Nav) -> Task<AppMessage> {
        let Some(dialog) = self.export.as_mut() else {
            return Task::none();
        };
        if dialog.busy {
            return Task::none();
        }
        let message = match nav {
            Nav::Next | Nav::Previous => {
                let fields = dialog.fields(&self.plan);
                let next = match dialog.focus {
                    Some(current) if fields.contains(&current) => {
                        step(&fields, &current, nav == Nav::Next)
                    }
                    _ if nav == Nav::Next => fields.first().copied(),
                    _ => fields.last().copied(),
                };
                return self.export_focus(next);
            }
            Nav::Forward | Nav::Back => dialog
                .focus
                .and_then(|field| change(dialog, &self.plan, field, nav == Nav::Forward)),
            Nav::Toggle => dialog
                .focus
                .and_then(|field| toggle(dialog, &self.plan, field)),
            Nav::Confirm => confirm(dialog.focus),
        };
        match message {
            Some(message) => self.export(message),
            None => Task::none(),
        }
    }

    /// Moves the dialog's keyboard focus; a date field also gets the text
    /// cursor, and leaving one takes the cursor away.
    pub(in crate::app) fn export_focus(&mut self, field: Option<Field>) -> Task<AppMessage> {
        let Some(dialog) = self.export.as_mut() else {
            return Task::none();
        };
        let left = dialog.focus.and_then(Field::input);
        dialog.focus = field;
        match field.and_then(Field::input) {
            Some(id) => operation::focus(id),
            None if left.is_some() => operate(focusable::unfocus()),
            None => Task::none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_goes_round_both_ways() {
        let items = [1, 2, 3];
        assert_eq!(step(&items, &3, true), Some(1));
        assert_eq!(step(&items, &1, false), Some(3));
        assert_eq!(step(&items, &9, true), Some(1));
        assert_eq!(step::<i32>(&[], &1, true), None);
    }

    #[test]
    fn tab_order_follows_the_format() {
        let plan = commplan_core::sample::plan().expect("the sample loads");
        let mut dialog = Export::new("en".into());
        assert!(dialog.fields(&plan).contains(&Field::Reminder));
        dialog.deliverables = false;
        assert!(!dialog.fields(&plan).contains(&Field::Reminder));
        dialog.format = Format::Csv;
        let fields = dialog.fields(&plan);
        assert!(fields.contains(&Field::Separator));
        assert!(!fields.contains(&Field::Language));
        assert_eq!(fields.last(), Some(&Field::Save));
    }
}
