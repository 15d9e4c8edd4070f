//! The editor opened on one occurrence of a series: changes for this
//! occurrence only (its date and time, a RECURRENCE-ID override) or for the
//! whole series, as calendar clients ask; or the occurrence skipped.

use chrono::{NaiveDate, Utc};

use iced::widget::{Space, button, row, text};
use iced::{Alignment, Element, Fill};

use super::{DATE, Editor, Message, Outcome, TIME};
use crate::theme;
use crate::widget::BOLD;
use commplan_core::fl;
use commplan_core::recurrence::{self, change};
use commplan_core::{Activity, Change, Edit, Plan, When};

/// The occurrence of a series the editor was opened on.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    /// The day the rule gives it (its RECURRENCE-ID).
    pub original: NaiveDate,
    /// When it takes place now.
    pub when: When,
    /// Changes are for this occurrence only.
    pub only: bool,
}

impl Editor {
    /// The editor on one occurrence of a repeating item: its date and time
    /// shown, changes for it only until the whole series is chosen. A
    /// non-repeating item opens as [`Editor::open`] does.
    pub fn open_occurrence(a: &Activity, occurrence: &recurrence::Occurrence) -> Self {
        let mut editor = Self::open(a);
        if a.recurrence.is_some() {
            editor.occurrence = Some(Scope {
                original: occurrence.original,
                when: occurrence.when.clone(),
                only: true,
            });
            editor.show_when(&occurrence.when);
        }
        editor
    }

    /// Which occurrence the editor is on, and for whom its changes are.
    pub fn scope(&self) -> Option<&Scope> {
        self.occurrence.as_ref()
    }

    /// Changes go to the occurrence only, or to the series (whose own
    /// date and time the fields then show).
    pub(super) fn choose_scope(&mut self, only: bool) {
        let Some(scope) = self.occurrence.as_mut() else {
            return;
        };
        scope.only = only;
        let when = if only {
            Some(scope.when.clone())
        } else {
            self.original.as_ref().map(|a| a.when.clone())
        };
        if let Some(when) = when {
            self.show_when(&when);
        }
    }

    /// The date and time fields set to `when`.
    fn show_when(&mut self, when: &When) {
        match when {
            When::Days { start, end } => {
                self.all_day = true;
                self.start = start.format(DATE).to_string();
                self.end = end.format(DATE).to_string();
            }
            When::Timed { start, end, zone } => {
                self.all_day = false;
                self.start = start.format(DATE).to_string();
                self.end = end.format(DATE).to_string();
                self.start_time = start.format(TIME).to_string();
                self.end_time = end.format(TIME).to_string();
                self.zone = zone.name().to_owned();
            }
        }
    }

    /// Saving with "this occurrence" chosen: the occurrence moved to the
    /// date and time in the fields (the rest of the series unchanged).
    /// `None` when the changes are for the whole series.
    pub(super) fn save_occurrence(&self, plan: &Plan) -> Option<Outcome> {
        let scope = self.occurrence.as_ref().filter(|s| s.only)?;
        let original = self.original.as_ref()?;
        let Ok(built) = self.build(plan) else {
            return Some(Outcome::Open);
        };
        if built.when == scope.when {
            return Some(Outcome::Closed);
        }
        let day = built.when.start_date();
        let mut moved = change::move_occurrence(original, scope.original, built.when)?;
        moved.stamp(original, Utc::now());
        let edit = Edit::Activity(Change::Update(moved));
        Some(Outcome::Saved(Box::new(edit), self.id, day))
    }

    /// "Skip this occurrence": the series without it (EXDATE).
    pub(super) fn skip_occurrence(&self) -> Outcome {
        let (Some(original), Some(scope)) = (&self.original, &self.occurrence) else {
            return Outcome::Open;
        };
        match change::skip_occurrence(original, scope.original) {
            Some(mut skipped) => {
                skipped.stamp(original, Utc::now());
                let day = scope.when.start_date();
                let edit = Edit::Activity(Change::Update(skipped));
                Outcome::Saved(Box::new(edit), self.id, day)
            }
            None => Outcome::Open,
        }
    }
}

impl Editor {
    /// "Occurrence of 14 Mar 2017 — apply changes to: this occurrence /
    /// the whole series", as calendar clients ask.
    pub(super) fn scope_choice<'a>(&self, scope: &super::Scope) -> Element<'a, Message> {
        let choice = |only: bool, label: String| {
            button(text(label).size(13))
                .style(if scope.only == only {
                    button::primary
                } else {
                    theme::tool_button
                })
                .on_press_maybe((!self.read_only).then_some(Message::ScopePicked(only)))
        };
        row![
            text(fl!(
                "editor-occurrence-title",
                date = commplan_core::format::date(scope.original)
            ))
            .font(BOLD),
            Space::new().width(Fill),
            text(fl!("editor-scope-question"))
                .size(13)
                .style(theme::muted),
            choice(true, fl!("editor-scope-occurrence")),
            choice(false, fl!("editor-scope-series")),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into()
    }
}
