//! Changes to the plan: an edit applied through the undo history, undo and
//! redo, each doing no work when nothing changes.

use std::sync::Arc;
use std::time::Instant;

use iced::Task;

use super::{App, Message, Notice, read_only_text};
use crate::theme::Tone;
use commplan_core::{Edit, EditError, Plan, validate};

impl App {
    /// Applies an edit through the undo history, or says why it cannot.
    pub fn apply(&mut self, edit: Edit) {
        if let Some(reason) = &self.document.read_only {
            self.notice = Some(Notice {
                tone: Tone::Warning,
                text: read_only_text(reason),
            });
            return;
        }
        // A save in progress shares the plan: a refused edit is refused
        // before the plan is copied (applying checks the edit again).
        let shared = Arc::strong_count(&self.plan) > 1;
        let recorded = edit.clone();
        let result = match shared.then(|| validate::edit(&self.plan, &edit)) {
            Some(Err(error)) => Err(error),
            _ => change_plan(&mut self.plan, |plan| self.history.apply(plan, edit)),
        };
        match result {
            Ok(()) => {
                self.changed();
                self.document.record(recorded);
            }
            Err(error) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text: error.to_string(),
                })
            }
        }
    }

    /// The plan changed: views rebuild what they derive from it, and the
    /// file is due for a save.
    fn changed(&mut self) {
        self.plan_version += 1;
        self.document.touch(Instant::now());
        if matches!(
            self.notice,
            Some(Notice {
                tone: Tone::Danger,
                ..
            })
        ) {
            self.notice = None;
        }
    }

    pub(super) fn undo(&mut self) -> Task<Message> {
        self.step(Step::Undo)
    }

    pub(super) fn redo(&mut self) -> Task<Message> {
        self.step(Step::Redo)
    }

    /// Undoes or redoes one edit. With nothing to undo or redo (or a
    /// read-only plan) it does no work at all: the plan is not copied and
    /// its version, which the screens' caches follow, stays.
    fn step(&mut self, step: Step) -> Task<Message> {
        let possible = match step {
            Step::Undo => self.history.can_undo(),
            Step::Redo => self.history.can_redo(),
        };
        if self.document.read_only.is_some() || !possible {
            return Task::none();
        }
        let next = match step {
            Step::Undo => self.history.next_undo(),
            Step::Redo => self.history.next_redo(),
        }
        .cloned();
        let history = &mut self.history;
        let result = change_plan(&mut self.plan, |plan| match step {
            Step::Undo => history.undo(plan),
            Step::Redo => history.redo(plan),
        });
        match result {
            Ok(Some(_)) => {
                self.changed();
                if let Some(edit) = next {
                    self.document.record(edit);
                }
            }
            Ok(None) => {}
            Err(error) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text: error.to_string(),
                })
            }
        }
        Task::none()
    }
}

/// Runs `change` on the plan, which a save in progress may share: then the
/// change runs on a copy that replaces the plan only if it succeeds, so a
/// refused change leaves the plan as it was, not even copied.
fn change_plan<T>(
    plan: &mut Arc<Plan>,
    change: impl FnOnce(&mut Plan) -> Result<T, EditError>,
) -> Result<T, EditError> {
    if let Some(plan) = Arc::get_mut(plan) {
        return change(plan);
    }
    let mut copy = Plan::clone(plan);
    let result = change(&mut copy);
    if result.is_ok() {
        *plan = Arc::new(copy);
    }
    result
}

/// Which way through the undo history.
#[derive(Debug, Clone, Copy)]
enum Step {
    Undo,
    Redo,
}
