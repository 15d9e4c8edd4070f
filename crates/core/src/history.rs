//! Undo and redo. The history keeps the inverse of each applied edit, not
//! copies of the plan, so it stays small on a large plan.

use super::edit::{Edit, Subject};
use super::plan::Plan;
use super::validate::EditError;

/// How many steps back a person can go.
pub const DEPTH: usize = 500;

#[derive(Debug, Default, Clone)]
pub struct History {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl History {
    /// Applies `edit` to `plan` and records how to undo it. Clears the redo
    /// steps, as every editor does.
    pub fn apply(&mut self, plan: &mut Plan, edit: Edit) -> Result<(), EditError> {
        let inverse = plan.apply(edit)?;
        self.undo.push(inverse);
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    /// Undoes the newest edit. Returns what it was about, or `None` when
    /// there is nothing to undo.
    pub fn undo(&mut self, plan: &mut Plan) -> Result<Option<Subject>, EditError> {
        Self::step(plan, &mut self.undo, &mut self.redo)
    }

    /// Redoes the newest undone edit.
    pub fn redo(&mut self, plan: &mut Plan) -> Result<Option<Subject>, EditError> {
        Self::step(plan, &mut self.redo, &mut self.undo)
    }

    fn step(
        plan: &mut Plan,
        from: &mut Vec<Edit>,
        to: &mut Vec<Edit>,
    ) -> Result<Option<Subject>, EditError> {
        let Some(edit) = from.pop() else {
            return Ok(None);
        };
        let subject = edit.subject();
        match plan.apply(edit.clone()) {
            Ok(inverse) => {
                to.push(inverse);
                Ok(Some(subject))
            }
            Err(error) => {
                // Keep the step so nothing is silently lost.
                from.push(edit);
                Err(error)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What the next undo would revert.
    pub fn undo_subject(&self) -> Option<Subject> {
        self.undo.last().map(Edit::subject)
    }

    pub fn redo_subject(&self) -> Option<Subject> {
        self.redo.last().map(Edit::subject)
    }

    /// The edit the next undo applies (the inverse of the newest edit).
    pub fn next_undo(&self) -> Option<&Edit> {
        self.undo.last()
    }

    /// The edit the next redo applies.
    pub fn next_redo(&self) -> Option<&Edit> {
        self.redo.last()
    }

    /// Forgets every step, e.g. when another plan is opened.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
