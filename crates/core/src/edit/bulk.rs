//! Many log entries added, inserted or removed in one batch (an import of
//! thousands of rows, and its undo and redo) in one pass over the log, with
//! the same outcome as applying the edits one by one, which would scan the
//! log once per entry.

use std::collections::{HashMap, HashSet};

use super::{Change, Edit, Subject};
use crate::ids::EntryId;
use crate::log::LogEntry;
use crate::plan::Plan;
use crate::validate::{self, EditError};

/// A batch of one kind of log change.
enum Shape {
    Add(Vec<LogEntry>),
    Insert(Vec<(usize, LogEntry)>),
    Remove(Vec<EntryId>),
}

/// Sorts a batch into one [`Shape`], or gives it back when it mixes kinds
/// (or inserts out of order) and must be applied one edit at a time.
fn shape(edits: Vec<Edit>) -> Result<Shape, Vec<Edit>> {
    let kind = |edit: &Edit| match edit {
        Edit::Log(Change::Add(_)) => 1,
        Edit::Log(Change::Insert(..)) => 2,
        Edit::Log(Change::Remove(_)) => 3,
        _ => 0,
    };
    let first = edits.first().map_or(0, kind);
    let ascending = edits.windows(2).all(|pair| match pair {
        [
            Edit::Log(Change::Insert(a, _)),
            Edit::Log(Change::Insert(b, _)),
        ] => a < b,
        _ => true,
    });
    if edits.len() < 2 || first == 0 || !ascending || edits.iter().any(|e| kind(e) != first) {
        return Err(edits);
    }
    let changes = edits.into_iter().filter_map(|edit| match edit {
        Edit::Log(change) => Some(change),
        _ => None,
    });
    Ok(match first {
        1 => Shape::Add(
            changes
                .filter_map(|c| match c {
                    Change::Add(e) => Some(e),
                    _ => None,
                })
                .collect(),
        ),
        2 => Shape::Insert(
            changes
                .filter_map(|c| match c {
                    Change::Insert(i, e) => Some((i, e)),
                    _ => None,
                })
                .collect(),
        ),
        _ => Shape::Remove(
            changes
                .filter_map(|c| match c {
                    Change::Remove(id) => Some(id),
                    _ => None,
                })
                .collect(),
        ),
    })
}

/// Applies a batch of log changes in one pass when it is all of one kind;
/// gives the edits back otherwise. On success returns the inverse batch.
pub(super) fn apply(
    plan: &mut Plan,
    edits: Vec<Edit>,
) -> Result<Result<Edit, EditError>, Vec<Edit>> {
    Ok(match shape(edits)? {
        // Appending is inserting past the end, in order; the places are
        // not read.
        Shape::Add(entries) => insert(plan, entries.into_iter().map(|e| (0, e)).collect(), true),
        Shape::Insert(entries) => insert(plan, entries, false),
        Shape::Remove(ids) => remove(plan, ids),
    })
}

/// Checks every entry as a single edit would be checked, before anything
/// changes.
fn check(plan: &Plan, entries: &[(usize, LogEntry)]) -> Result<(), EditError> {
    let index = validate::Index::new(plan);
    let mut ids: HashSet<EntryId> = plan.log.iter().map(|e| e.id).collect();
    for (_, entry) in entries {
        validate::entry(&index, entry)?;
        if !ids.insert(entry.id) {
            return Err(EditError::DuplicateId {
                subject: Subject::Entry,
                id: entry.id.to_string(),
            });
        }
    }
    Ok(())
}

fn insert(
    plan: &mut Plan,
    entries: Vec<(usize, LogEntry)>,
    append: bool,
) -> Result<Edit, EditError> {
    check(plan, &entries)?;
    if let Some(max) = entries.iter().map(|(_, e)| e.id.0).max() {
        plan.next_ids.entry = plan.next_ids.entry.max(max.saturating_add(1));
    }
    let inverse: Vec<Edit> = entries
        .iter()
        .rev()
        .map(|(_, e)| Edit::Log(Change::Remove(e.id)))
        .collect();
    if append {
        plan.log.extend(entries.into_iter().map(|(_, e)| e));
    } else {
        let old = std::mem::take(&mut plan.log);
        let mut merged = Vec::with_capacity(old.len() + entries.len());
        let mut old = old.into_iter();
        for (index, entry) in entries {
            while merged.len() < index {
                match old.next() {
                    Some(item) => merged.push(item),
                    None => break,
                }
            }
            merged.push(entry);
        }
        merged.extend(old);
        plan.log = merged;
    }
    Ok(Edit::Batch(inverse))
}

fn remove(plan: &mut Plan, ids: Vec<EntryId>) -> Result<Edit, EditError> {
    let positions: HashMap<EntryId, usize> = plan
        .log
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id, i))
        .collect();
    let mut doomed = vec![false; plan.log.len()];
    for id in &ids {
        match positions.get(id) {
            Some(&index) if !doomed[index] => doomed[index] = true,
            _ => {
                return Err(EditError::NotFound {
                    subject: Subject::Entry,
                    id: id.to_string(),
                });
            }
        }
    }
    let old = std::mem::take(&mut plan.log);
    let mut kept = Vec::with_capacity(old.len() - ids.len());
    let mut inverse = Vec::with_capacity(ids.len());
    for (index, entry) in old.into_iter().enumerate() {
        if doomed[index] {
            // Put back in ascending order, each at its old place.
            inverse.push(Edit::Log(Change::Insert(index, entry)));
        } else {
            kept.push(entry);
        }
    }
    plan.log = kept;
    Ok(Edit::Batch(inverse))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;
    use proptest::prelude::*;

    /// Applies each edit of a batch on its own, the slow and obvious way.
    fn one_by_one(plan: &mut Plan, edits: &[Edit]) -> Result<(), EditError> {
        let before = plan.clone();
        for edit in edits {
            if let Err(error) = plan.apply(Edit::Batch(vec![edit.clone()])) {
                *plan = before;
                return Err(error);
            }
        }
        Ok(())
    }

    fn entry(plan: &Plan, id: u32) -> LogEntry {
        let mut e = plan.log[id as usize % plan.log.len()].clone();
        e.id = EntryId(id);
        e.title = format!("Bulk {id}");
        e
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Removing any entries in any order, then undoing and redoing, ends
        /// where removing them one by one ends.
        #[test]
        fn bulk_matches_one_by_one(
            picks in proptest::collection::vec(0usize..81, 2..30),
            fresh in 2u32..40,
        ) {
            let sample = sample::plan().unwrap();
            let mut ids: Vec<EntryId> = picks.iter().map(|i| sample.log[*i].id).collect();
            let mut seen = HashSet::new();
            ids.retain(|id| seen.insert(*id));
            prop_assume!(ids.len() >= 2);
            let removes: Vec<Edit> = ids.iter().map(|id| Edit::Log(Change::Remove(*id))).collect();

            let mut fast = sample.clone();
            let inverse = fast.apply(Edit::Batch(removes.clone())).unwrap();
            let mut slow = sample.clone();
            one_by_one(&mut slow, &removes).unwrap();
            prop_assert_eq!(&fast.log, &slow.log);
            let redo = fast.apply(inverse).unwrap();
            prop_assert_eq!(&fast.log, &sample.log, "undo restores the log");
            fast.apply(redo).unwrap();
            prop_assert_eq!(&fast.log, &slow.log, "redo removes again");

            let adds: Vec<Edit> = (0..fresh)
                .map(|i| Edit::Log(Change::Add(entry(&sample, 1000 + i))))
                .collect();
            let mut fast = sample.clone();
            let inverse = fast.apply(Edit::Batch(adds.clone())).unwrap();
            let mut slow = sample.clone();
            one_by_one(&mut slow, &adds).unwrap();
            prop_assert_eq!(&fast, &slow);
            let redo = fast.apply(inverse).unwrap();
            prop_assert_eq!(&fast.log, &sample.log);
            fast.apply(redo).unwrap();
            prop_assert_eq!(&fast.log, &slow.log);
        }
    }

    #[test]
    fn a_bad_entry_refuses_the_whole_batch() {
        let mut plan = sample::plan().unwrap();
        let before = plan.clone();
        let mut bad = entry(&plan, 900);
        bad.partner = crate::PartnerId::new("NOBODY");
        let edits = vec![
            Edit::Log(Change::Add(entry(&plan, 901))),
            Edit::Log(Change::Add(bad)),
        ];
        assert_eq!(
            plan.apply(Edit::Batch(edits)),
            Err(EditError::UnknownPartner(crate::PartnerId::new("NOBODY")))
        );
        assert_eq!(plan, before);
        let taken = plan.log[0].clone();
        let edits = vec![
            Edit::Log(Change::Add(entry(&plan, 902))),
            Edit::Log(Change::Add(taken.clone())),
        ];
        assert!(matches!(
            plan.apply(Edit::Batch(edits)),
            Err(EditError::DuplicateId { .. })
        ));
        let edits = vec![
            Edit::Log(Change::Remove(taken.id)),
            Edit::Log(Change::Remove(taken.id)),
        ];
        assert!(matches!(
            plan.apply(Edit::Batch(edits)),
            Err(EditError::NotFound { .. })
        ));
        assert_eq!(plan, before);
    }
}
