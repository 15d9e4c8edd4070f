//! Every change a person can make to a plan is an [`Edit`]. Applying one
//! returns its inverse, which is what the undo history keeps.

mod bulk;

use std::fmt;

use super::activity::Activity;
use super::deliverable::Deliverable;
use super::ids::{Entity, PartnerId};
use super::indicator::Indicator;
use super::log::LogEntry;
use super::partner::{Partner, WorkPackage};
use super::plan::{Plan, Project};
use super::validate::{self, EditError};

/// A change to one list of the plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Change<T: Entity> {
    /// Appends a new item; its id must be free.
    Add(T),
    /// Puts an item back at a position (the inverse of `Remove`).
    Insert(usize, T),
    /// Replaces the item with the same id.
    Update(T),
    /// Removes the item with this id.
    Remove(T::Id),
}

/// A change to a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Project(Project),
    Partner(Change<Partner>),
    WorkPackage(Change<WorkPackage>),
    Activity(Change<Activity>),
    Deliverable(Change<Deliverable>),
    Log(Change<LogEntry>),
    Indicator(Change<Indicator>),
    /// Several edits that stand or fall together and undo as one.
    Batch(Vec<Edit>),
}

/// Which list an edit touches, for messages and the undo menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Project,
    Partner,
    WorkPackage,
    Activity,
    Deliverable,
    Entry,
    Indicator,
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::fl;
        f.write_str(&match self {
            Subject::Project => fl!("subject-project"),
            Subject::Partner => fl!("subject-partner"),
            Subject::WorkPackage => fl!("subject-work-package"),
            Subject::Activity => fl!("subject-activity"),
            Subject::Deliverable => fl!("subject-deliverable"),
            Subject::Entry => fl!("subject-entry"),
            Subject::Indicator => fl!("subject-indicator"),
        })
    }
}

/// Applies a change to one list, returning its inverse. `check` validates
/// the item that would be stored; `in_use` refuses a removal.
fn apply_change<T: Entity>(
    items: &mut Vec<T>,
    change: Change<T>,
    subject: Subject,
) -> Result<Change<T>, EditError> {
    let position = |items: &[T], id: &T::Id| items.iter().position(|item| item.id() == id);
    match change {
        Change::Add(item) => {
            if position(items, item.id()).is_some() {
                return Err(EditError::DuplicateId {
                    subject,
                    id: item.id().to_string(),
                });
            }
            let id = item.id().clone();
            items.push(item);
            Ok(Change::Remove(id))
        }
        Change::Insert(index, item) => {
            if position(items, item.id()).is_some() {
                return Err(EditError::DuplicateId {
                    subject,
                    id: item.id().to_string(),
                });
            }
            let id = item.id().clone();
            items.insert(index.min(items.len()), item);
            Ok(Change::Remove(id))
        }
        Change::Update(item) => {
            let index = position(items, item.id()).ok_or_else(|| EditError::NotFound {
                subject,
                id: item.id().to_string(),
            })?;
            let old = std::mem::replace(&mut items[index], item);
            Ok(Change::Update(old))
        }
        Change::Remove(id) => {
            let index = position(items, &id).ok_or_else(|| EditError::NotFound {
                subject,
                id: id.to_string(),
            })?;
            Ok(Change::Insert(index, items.remove(index)))
        }
    }
}

impl Plan {
    /// Applies an edit, or refuses it and leaves the plan as it was. On
    /// success returns the edit that undoes it.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        validate::edit(self, &edit)?;
        Ok(match edit {
            Edit::Project(project) => Edit::Project(std::mem::replace(&mut self.project, project)),
            Edit::Partner(change) => {
                Edit::Partner(apply_change(&mut self.partners, change, Subject::Partner)?)
            }
            Edit::WorkPackage(change) => Edit::WorkPackage(apply_change(
                &mut self.work_packages,
                change,
                Subject::WorkPackage,
            )?),
            Edit::Activity(change) => {
                if let Change::Add(a) | Change::Insert(_, a) = &change {
                    self.next_ids.activity = self.next_ids.activity.max(a.id.0.saturating_add(1));
                }
                Edit::Activity(apply_change(
                    &mut self.activities,
                    change,
                    Subject::Activity,
                )?)
            }
            Edit::Deliverable(change) => {
                if let Change::Add(d) | Change::Insert(_, d) = &change {
                    self.next_ids.deliverable =
                        self.next_ids.deliverable.max(d.id.0.saturating_add(1));
                }
                Edit::Deliverable(apply_change(
                    &mut self.deliverables,
                    change,
                    Subject::Deliverable,
                )?)
            }
            Edit::Log(change) => {
                if let Change::Add(e) | Change::Insert(_, e) = &change {
                    self.next_ids.entry = self.next_ids.entry.max(e.id.0.saturating_add(1));
                }
                Edit::Log(apply_change(&mut self.log, change, Subject::Entry)?)
            }
            Edit::Indicator(change) => {
                if let Change::Add(i) | Change::Insert(_, i) = &change {
                    self.next_ids.indicator = self.next_ids.indicator.max(i.id.0.saturating_add(1));
                }
                Edit::Indicator(apply_change(
                    &mut self.indicators,
                    change,
                    Subject::Indicator,
                )?)
            }
            Edit::Batch(edits) => {
                // Thousands of log entries at once: one pass, not one each.
                let edits = match bulk::apply(self, edits) {
                    Ok(result) => return result,
                    Err(edits) => edits,
                };
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            // Roll back what was applied, newest first.
                            for inverse in inverses.into_iter().rev() {
                                if let Err(rollback) = self.apply(inverse) {
                                    tracing::error!(
                                        "rollback of a failed batch failed: {rollback}"
                                    );
                                }
                            }
                            return Err(error);
                        }
                    }
                }
                inverses.reverse();
                Edit::Batch(inverses)
            }
        })
    }
}

impl Edit {
    /// What the edit is about, for the undo menu ("Undo: Activity").
    pub fn subject(&self) -> Subject {
        match self {
            Edit::Project(_) => Subject::Project,
            Edit::Partner(_) => Subject::Partner,
            Edit::WorkPackage(_) => Subject::WorkPackage,
            Edit::Activity(_) => Subject::Activity,
            Edit::Deliverable(_) => Subject::Deliverable,
            Edit::Log(_) => Subject::Entry,
            Edit::Indicator(_) => Subject::Indicator,
            Edit::Batch(edits) => edits.first().map_or(Subject::Project, Edit::subject),
        }
    }

    /// Replaces every reference to partner `from` by `to` and removes
    /// `from`: one undoable edit, so removing a partner in use can offer
    /// to hand its items over.
    pub fn reassign_partner(plan: &Plan, from: &PartnerId, to: &PartnerId) -> Edit {
        let swap = |id: &mut PartnerId| {
            if id == from {
                *id = to.clone();
            }
        };
        let swap_all = |ids: &mut Vec<PartnerId>| {
            ids.iter_mut().for_each(swap);
            let mut seen = Vec::new();
            ids.retain(|id| {
                !seen.contains(id) && {
                    seen.push(id.clone());
                    true
                }
            });
        };
        let mut edits = Vec::new();
        if plan.project.lead_partner.as_ref() == Some(from)
            || plan.project.communication_lead.as_ref() == Some(from)
        {
            let mut project = plan.project.clone();
            project.lead_partner.iter_mut().for_each(swap);
            project.communication_lead.iter_mut().for_each(swap);
            edits.push(Edit::Project(project));
        }
        for wp in plan.work_packages.iter().filter(|w| &w.lead == from) {
            let mut wp = wp.clone();
            swap(&mut wp.lead);
            edits.push(Edit::WorkPackage(Change::Update(wp)));
        }
        for a in plan
            .activities
            .iter()
            .filter(|a| a.partners().any(|p| p == from))
        {
            let mut a = a.clone();
            swap(&mut a.responsible);
            swap_all(&mut a.contributors);
            a.contributors.retain(|p| p != &a.responsible);
            edits.push(Edit::Activity(Change::Update(a)));
        }
        for d in plan
            .deliverables
            .iter()
            .filter(|d| d.partners().any(|p| p == from))
        {
            let mut d = d.clone();
            swap(&mut d.lead);
            swap_all(&mut d.contributors);
            d.contributors.retain(|p| p != &d.lead);
            edits.push(Edit::Deliverable(Change::Update(d)));
        }
        for e in plan.log.iter().filter(|e| &e.partner == from) {
            let mut e = e.clone();
            swap(&mut e.partner);
            edits.push(Edit::Log(Change::Update(e)));
        }
        for i in plan
            .indicators
            .iter()
            .filter(|i| i.partner_targets.contains_key(from))
        {
            let mut i = i.clone();
            if let Some(target) = i.partner_targets.remove(from) {
                *i.partner_targets.entry(to.clone()).or_default() += target;
            }
            edits.push(Edit::Indicator(Change::Update(i)));
        }
        edits.push(Edit::Partner(Change::Remove(from.clone())));
        Edit::Batch(edits)
    }
}
