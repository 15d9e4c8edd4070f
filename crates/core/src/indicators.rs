//! Indicators computed from the dissemination log.

pub mod series;

use std::collections::{BTreeMap, HashMap};

use super::ids::{ActivityId, PartnerId};
use super::indicator::Indicator;
use super::log::LogEntry;
use super::plan::Plan;
use super::vocab::{Channel, Kind, Measure};

/// An indicator's value: overall and per partner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actual {
    pub total: u64,
    pub by_partner: BTreeMap<PartnerId, u64>,
}

/// The kind of every activity, to filter entries by what they report on.
pub fn kinds(plan: &Plan) -> HashMap<ActivityId, Kind> {
    plan.activities.iter().map(|a| (a.id, a.kind)).collect()
}

/// Does the indicator count this entry?
///
/// An indicator filtered by kinds of activity counts an entry of a linked
/// activity of those kinds; and an entry linked to no activity (a
/// partner's log rarely carries the id) on the event channel when the
/// kinds include the generic [`Kind::Event`]: a partner's workshop counts
/// its participants whether or not the plan lists it (an indicator of
/// webinars only still needs the link).
pub fn counts(indicator: &Indicator, entry: &LogEntry, kinds: &HashMap<ActivityId, Kind>) -> bool {
    let filter = &indicator.filter;
    (filter.channels.is_empty() || filter.channels.contains(&entry.channel))
        && (filter.target_groups.is_empty()
            || entry
                .target_group
                .is_some_and(|g| filter.target_groups.contains(&g)))
        && (filter.kinds.is_empty()
            || match entry.activity {
                Some(id) => kinds
                    .get(&id)
                    .is_some_and(|kind| filter.kinds.contains(kind)),
                None => entry.channel == Channel::Event && filter.kinds.contains(&Kind::Event),
            })
}

/// What one entry adds to an indicator with this measure.
pub fn amount(measure: Measure, entry: &LogEntry) -> u64 {
    match measure {
        Measure::Entries => 1,
        Measure::Reach => entry.reach,
        Measure::Participants => entry.participants.unwrap_or(0),
    }
}

/// The value of one indicator over some entries.
pub fn actual<'a>(
    indicator: &Indicator,
    entries: impl IntoIterator<Item = &'a LogEntry>,
    kinds: &HashMap<ActivityId, Kind>,
) -> Actual {
    let mut out = Actual::default();
    for entry in entries {
        if counts(indicator, entry, kinds) {
            let value = amount(indicator.measure, entry);
            out.total = out.total.saturating_add(value);
            let slot = out.by_partner.entry(entry.partner.clone()).or_default();
            *slot = slot.saturating_add(value);
        }
    }
    out
}

/// Every indicator of the plan, in order.
pub fn all(plan: &Plan) -> Vec<Actual> {
    let kinds = kinds(plan);
    plan.indicators
        .iter()
        .map(|i| actual(i, &plan.log, &kinds))
        .collect()
}

/// Progress as a fraction of the target (0 when there is no target).
pub fn progress(actual: u64, target: u64) -> f32 {
    if target == 0 {
        0.0
    } else {
        actual as f32 / target as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::EntryId;

    #[test]
    fn unlinked_event_entries_count_for_event_kinds() {
        let plan = crate::sample::plan().unwrap_or_else(|e| panic!("{e}"));
        let indicator = plan
            .indicators
            .iter()
            .find(|i| i.measure == Measure::Participants && !i.filter.kinds.is_empty())
            .unwrap_or_else(|| panic!("a participants indicator filtered by kind"));
        let kinds = kinds(&plan);
        let mut entry = plan.log[0].clone();
        entry.id = EntryId(999_999);
        entry.activity = None;
        entry.channel = Channel::Event;
        entry.target_group = None;
        entry.participants = Some(40);
        assert!(
            counts(indicator, &entry, &kinds),
            "a partner's workshop counts"
        );
        entry.channel = Channel::Press;
        assert!(!counts(indicator, &entry, &kinds), "a press item does not");
    }
}
