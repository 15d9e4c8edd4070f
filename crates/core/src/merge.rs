//! Putting a window's unsaved edits on top of a plan file that changed on
//! disk meanwhile (a sync client, a text editor): a three-way merge by
//! item, where `base` is the plan as the window last read or wrote it.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::check::{self, Severity};
use super::ids::Entity;
use super::plan::{NextIds, Plan};
use crate::fl;

/// Why local edits could not be put on top of the file's new content.
#[derive(Debug, Clone, PartialEq)]
pub enum MergeError {
    /// Both sides changed the same item differently (label, as people call
    /// it: "Activity A12").
    BothChanged(String),
    /// The result breaks a rule of the plan (a reference to an item the
    /// other side deleted, an id both sides gave to new items).
    Invalid(String),
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MergeError::BothChanged(label) => write!(f, "{label}: {}", fl!("merge-both-changed")),
            MergeError::Invalid(finding) => f.write_str(finding),
        }
    }
}

impl std::error::Error for MergeError {}

/// Merges one list: each item `mine` added, changed or removed relative to
/// `base` is added, changed or removed in `theirs`; everything else stays
/// as `theirs` has it. An item both sides changed differently is an error.
fn list<T: Entity>(
    base: &[T],
    mine: &[T],
    theirs: &mut Vec<T>,
    subject: &str,
) -> Result<(), MergeError> {
    let base_by_id: HashMap<&T::Id, &T> = base.iter().map(|i| (i.id(), i)).collect();
    let mine_ids: HashSet<&T::Id> = mine.iter().map(Entity::id).collect();
    let mut theirs_at: HashMap<T::Id, usize> = theirs
        .iter()
        .enumerate()
        .map(|(at, i)| (i.id().clone(), at))
        .collect();
    let conflict = |item: &T| MergeError::BothChanged(format!("{subject} {}", item.id()));
    let mut removed = HashSet::new();
    for old in base {
        if mine_ids.contains(old.id()) {
            continue;
        }
        // Removed here: removed there too, unless they changed it.
        if let Some(&at) = theirs_at.get(old.id()) {
            if theirs[at] != *old {
                return Err(conflict(old));
            }
            removed.insert(at);
        }
    }
    for item in mine {
        match (base_by_id.get(item.id()), theirs_at.get(item.id())) {
            // Unchanged here: theirs stands.
            (Some(old), _) if *old == item => {}
            // Changed here; there unchanged, or changed the same way.
            (Some(old), Some(&at)) => {
                if theirs[at] != **old && theirs[at] != *item {
                    return Err(conflict(item));
                }
                theirs[at] = item.clone();
            }
            // Changed here, removed there.
            (Some(_), None) => return Err(conflict(item)),
            // New here: an id they also gave to a new item of theirs.
            (None, Some(&at)) if theirs[at] != *item => return Err(conflict(item)),
            (None, Some(_)) => {}
            (None, None) => {
                theirs_at.insert(item.id().clone(), theirs.len());
                theirs.push(item.clone());
            }
        }
    }
    let mut at = 0;
    theirs.retain(|_| {
        at += 1;
        !removed.contains(&(at - 1))
    });
    Ok(())
}

fn next_ids(a: NextIds, b: NextIds) -> NextIds {
    NextIds {
        activity: a.activity.max(b.activity),
        deliverable: a.deliverable.max(b.deliverable),
        entry: a.entry.max(b.entry),
        indicator: a.indicator.max(b.indicator),
    }
}

/// The plan on disk (`theirs`) with the edits made in the window since
/// `base` (what the window last read or wrote) put on top.
///
/// Errors: an item both sides changed differently, or a result that does
/// not pass [`check::plan`] (then nothing is merged).
pub fn three_way(base: &Plan, mine: &Plan, theirs: &Plan) -> Result<Plan, MergeError> {
    let mut merged = theirs.clone();
    if mine.project != base.project {
        if theirs.project != base.project && theirs.project != mine.project {
            return Err(MergeError::BothChanged(
                super::edit::Subject::Project.to_string(),
            ));
        }
        merged.project = mine.project.clone();
    }
    use super::edit::Subject;
    let s = |subject: Subject| subject.to_string();
    list(
        &base.partners,
        &mine.partners,
        &mut merged.partners,
        &s(Subject::Partner),
    )?;
    list(
        &base.work_packages,
        &mine.work_packages,
        &mut merged.work_packages,
        &s(Subject::WorkPackage),
    )?;
    list(
        &base.activities,
        &mine.activities,
        &mut merged.activities,
        &s(Subject::Activity),
    )?;
    list(
        &base.deliverables,
        &mine.deliverables,
        &mut merged.deliverables,
        &s(Subject::Deliverable),
    )?;
    list(&base.log, &mine.log, &mut merged.log, &s(Subject::Entry))?;
    list(
        &base.indicators,
        &mine.indicators,
        &mut merged.indicators,
        &s(Subject::Indicator),
    )?;
    merged.next_ids = next_ids(mine.next_ids, theirs.next_ids);
    if let Some(problem) = check::plan(&merged)
        .into_iter()
        .find(|f| f.severity == Severity::Error)
    {
        return Err(MergeError::Invalid(problem.to_string()));
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Plan {
        crate::sample::plan().unwrap()
    }

    #[test]
    fn edits_on_both_sides_to_different_items_are_all_kept() {
        let base = sample();
        let mut mine = base.clone();
        mine.activities[0].title = "Mine".into();
        mine.log.remove(0);
        let mut theirs = base.clone();
        theirs.activities[1].title = "Theirs".into();
        theirs.project.name = "Renamed there".into();
        let merged = three_way(&base, &mine, &theirs).unwrap();
        assert_eq!(merged.activities[0].title, "Mine");
        assert_eq!(merged.activities[1].title, "Theirs");
        assert_eq!(merged.project.name, "Renamed there");
        assert_eq!(merged.log.len(), base.log.len() - 1);
        assert!(!merged.log.iter().any(|e| e.id == base.log[0].id));
    }

    #[test]
    fn the_same_item_changed_on_both_sides_is_refused() {
        let base = sample();
        let mut mine = base.clone();
        mine.activities[0].title = "Mine".into();
        let mut theirs = base.clone();
        theirs.activities[0].title = "Theirs".into();
        let error = three_way(&base, &mine, &theirs).unwrap_err();
        assert!(matches!(error, MergeError::BothChanged(_)), "{error:?}");
    }
}
