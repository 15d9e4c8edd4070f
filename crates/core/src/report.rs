//! The progress-report pack: what happened in one reporting period, per
//! work package and partner, as a programme's monitoring system asks for
//! it.
//!
//! The parts follow what Interreg 2021-2027 reports in Jems (per work
//! package: activities and their progress; deliverables and outputs; the
//! value of this report against what was reported before and the target;
//! each partner's contribution) and what Horizon Europe asks of
//! communication activities (delivered / ongoing / postponed / cancelled).
//!
//! The indicator figures come from [`crate::indicators::series::Figures`],
//! the same computation as the Indicators screen, cut by the project's
//! reporting periods ([`crate::period`]): one computation, never two that
//! can disagree. [`Pack::compute`] is linear in the plan's size.
//! Renderers: [`html`] (a printable A4 page), [`xlsx`] (a workbook, a sheet
//! per part) and [`csv`] (the parts one under the other).

pub mod csv;
pub mod html;
pub mod xlsx;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::dashboard::occurrences;
use crate::ids::{ActivityId, DeliverableId, EntryId, IndicatorId, PartnerId, WorkPackageId};
use crate::indicators::series::Figures;
use crate::indicators::{self, progress};
use crate::period::{self, Period};
use crate::plan::Plan;
use crate::vocab::{Channel, Status, TargetGroup};

/// Which pack to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The reporting period, 0 for the first ("P1").
    pub period: usize,
    /// One partner's contribution only; `None` for the whole project.
    pub partner: Option<PartnerId>,
}

/// Why a pack cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestError {
    /// The project has no such period (`count` periods, numbered from 1).
    NoSuchPeriod { number: usize, count: usize },
    /// The plan has no such partner.
    NoSuchPartner(PartnerId),
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            RequestError::NoSuchPeriod { number, count } => {
                let (number, count) = (*number, *count);
                crate::fl!("report-error-period", number = number, count = count)
            }
            RequestError::NoSuchPartner(id) => {
                crate::fl!("report-error-partner", id = id.as_str())
            }
        })
    }
}

impl std::error::Error for RequestError {}

/// An activity of the period, or one that was due in it and did not
/// happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityRow {
    pub id: ActivityId,
    /// Its first and last day in the period (the first occurrence there
    /// for a repeating item).
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// How many times it takes place in the period (1 unless it repeats).
    pub occurrences: usize,
}

/// One work package's activities of the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkPackagePart {
    /// `None` gathers the activities of no work package.
    pub id: Option<WorkPackageId>,
    /// Done, or under way (planned, confirmed, in preparation).
    pub activities: Vec<ActivityRow>,
    /// Planned in the period and not done: cancelled or still an idea
    /// (postponed), with their notes.
    pub not_done: Vec<ActivityRow>,
}

/// A deliverable due or submitted in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliverableRow {
    pub id: DeliverableId,
    /// Not delivered by the period's last day although due by then.
    pub overdue_at_end: bool,
}

/// An indicator in the period: Jems's "this report", "reported before",
/// cumulative value and target.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorRow {
    pub id: IndicatorId,
    /// Achieved within the period.
    pub this_period: u64,
    /// Achieved in the periods before it.
    pub before: u64,
    /// `before + this_period`.
    pub cumulative: u64,
    /// The target (the partner's own target in a partner's pack, when set).
    pub target: u64,
    /// `cumulative / target` (0 without a target).
    pub share: f32,
    /// Within the period, per partner: `(partner, amount)` for every
    /// partner with a non-zero amount, in the plan's order.
    pub by_partner: Vec<(PartnerId, u64)>,
    /// The log entries the period's value is made of (the evidence).
    pub evidence: Vec<EntryId>,
}

/// What one partner did in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerRow {
    pub id: PartnerId,
    /// Activities it is responsible for or contributes to.
    pub activities: usize,
    /// Its log entries.
    pub entries: usize,
    /// People its entries reached.
    pub reach: u64,
    /// Participants of its entries.
    pub participants: u64,
}

/// A target group reached in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRow {
    pub group: TargetGroup,
    pub entries: usize,
    pub reach: u64,
}

/// Something a report reviewer would ask about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A log entry of the period without an evidence link.
    NoEvidence(EntryId),
    /// An event entry without participants.
    NoParticipants(EntryId),
    /// A log entry dated outside the project (counted in its first or last
    /// period).
    OutsideProject(EntryId),
    /// An indicator that filters on activity kinds leaves out entries of
    /// its channels that name no activity: how many, in the period.
    Unlinked {
        indicator: IndicatorId,
        entries: usize,
    },
}

/// The whole pack for one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub period: Period,
    pub partner: Option<PartnerId>,
    pub work_packages: Vec<WorkPackagePart>,
    pub deliverables: Vec<DeliverableRow>,
    pub indicators: Vec<IndicatorRow>,
    pub partners: Vec<PartnerRow>,
    /// Partners (not observers) with no log entry in the period.
    pub silent: Vec<PartnerId>,
    pub groups: Vec<GroupRow>,
    pub warnings: Vec<Warning>,
}

impl Pack {
    /// Computes the pack for `request`, from `figures` (the Indicators
    /// screen's, for this plan).
    ///
    /// # Errors
    /// [`RequestError`] for a period or partner the plan does not have.
    pub fn compute(
        plan: &Plan,
        figures: &Figures,
        request: &Request,
    ) -> Result<Self, RequestError> {
        let periods = period::of(&plan.project);
        let count = periods.len();
        let period = periods
            .into_iter()
            .nth(request.period)
            .ok_or(RequestError::NoSuchPeriod {
                number: request.period + 1,
                count,
            })?;
        if let Some(id) = &request.partner
            && plan.partner(id).is_none()
        {
            return Err(RequestError::NoSuchPartner(id.clone()));
        }
        let partner = request.partner.as_ref();
        fn concerns<'a>(
            partner: Option<&PartnerId>,
            mut ids: impl Iterator<Item = &'a PartnerId>,
        ) -> bool {
            partner.is_none_or(|p| ids.any(|id| id == p))
        }
        let (start, end) = (period.start, period.end);
        // Entries before the start count in P1, after the end in the last
        // period, as the figures count them.
        let last_index = count.saturating_sub(1);
        let in_period = |day: NaiveDate| {
            period.contains(day)
                || (period.index == 0 && day < plan.project.start)
                || (period.index == last_index && day > plan.project.end)
        };

        let mut parts: BTreeMap<Option<WorkPackageId>, WorkPackagePart> = BTreeMap::new();
        for a in &plan.activities {
            if !concerns(partner, a.partners()) {
                continue;
            }
            let found = occurrences(a, start, end, plan.project.end);
            let Some(&(first, _)) = found.first() else {
                continue;
            };
            let last = found.last().map_or(first, |o| o.1).min(end);
            let row = ActivityRow {
                id: a.id,
                first: first.max(start),
                last,
                occurrences: found.len(),
            };
            let part = parts
                .entry(a.work_package.clone())
                .or_insert_with(|| WorkPackagePart {
                    id: a.work_package.clone(),
                    activities: Vec::new(),
                    not_done: Vec::new(),
                });
            match a.status {
                Status::Cancelled | Status::Idea => part.not_done.push(row),
                _ => part.activities.push(row),
            }
        }
        // In the plan's order of work packages, then "no work package".
        let order: HashMap<&WorkPackageId, usize> = plan
            .work_packages
            .iter()
            .enumerate()
            .map(|(i, w)| (&w.id, i))
            .collect();
        let mut work_packages: Vec<WorkPackagePart> = parts.into_values().collect();
        work_packages.sort_by_key(|p| {
            p.id.as_ref()
                .and_then(|id| order.get(id).copied())
                .unwrap_or(usize::MAX)
        });

        // The activities under way in the period (not those not done).
        let listed: std::collections::HashSet<ActivityId> = work_packages
            .iter()
            .flat_map(|w| &w.activities)
            .map(|row| row.id)
            .collect();
        let deliverables = plan
            .deliverables
            .iter()
            .filter(|d| concerns(partner, d.partners()))
            .filter(|d| period.contains(d.due) || d.submitted.is_some_and(|s| period.contains(s)))
            .map(|d| DeliverableRow {
                id: d.id,
                overdue_at_end: d.due <= end
                    && !(d.status.is_delivered() && d.submitted.is_none_or(|s| s <= end)),
            })
            .collect();

        let entries: Vec<_> = plan
            .log
            .iter()
            .filter(|e| in_period(e.date) && partner.is_none_or(|p| &e.partner == p))
            .collect();
        let kinds = indicators::kinds(plan);
        let column = partner.and_then(|p| figures.partners.iter().position(|id| id == p));
        let months = period.months.clone();
        let indicators = plan
            .indicators
            .iter()
            .enumerate()
            .map(|(i, indicator)| {
                let shares = figures.by_partner(i, months.clone());
                let before_shares = figures.by_partner(i, 0..months.start);
                let (this_period, before, target) = match column {
                    Some(c) => (
                        shares.get(c).copied().unwrap_or(0),
                        before_shares.get(c).copied().unwrap_or(0),
                        partner
                            .and_then(|p| indicator.partner_targets.get(p).copied())
                            .unwrap_or(indicator.target),
                    ),
                    None if partner.is_some() => (0, 0, indicator.target),
                    None => (
                        figures.total(i, months.clone()),
                        figures.total(i, 0..months.start),
                        indicator.target,
                    ),
                };
                let cumulative = before.saturating_add(this_period);
                IndicatorRow {
                    id: indicator.id,
                    this_period,
                    before,
                    cumulative,
                    target,
                    share: progress(cumulative, target),
                    by_partner: figures
                        .partners
                        .iter()
                        .zip(shares)
                        .filter(|(id, v)| *v > 0 && partner.is_none_or(|p| p == *id))
                        .map(|(id, v)| (id.clone(), v))
                        .collect(),
                    evidence: entries
                        .iter()
                        .filter(|e| indicators::counts(indicator, e, &kinds))
                        .map(|e| e.id)
                        .collect(),
                }
            })
            .collect();

        // One pass over the period's activities and entries, counted per
        // partner.
        let mut tally: HashMap<&PartnerId, PartnerRow> = HashMap::new();
        let row_of = |id: &PartnerId| PartnerRow {
            id: id.clone(),
            activities: 0,
            entries: 0,
            reach: 0,
            participants: 0,
        };
        for a in &plan.activities {
            if !listed.contains(&a.id) {
                continue;
            }
            for id in a.partners() {
                tally.entry(id).or_insert_with(|| row_of(id)).activities += 1;
            }
        }
        for e in &entries {
            let row = tally
                .entry(&e.partner)
                .or_insert_with(|| row_of(&e.partner));
            row.entries += 1;
            row.reach = row.reach.saturating_add(e.reach);
            row.participants = row.participants.saturating_add(e.participants.unwrap_or(0));
        }
        let mut partners = Vec::new();
        let mut silent = Vec::new();
        for p in plan
            .partners
            .iter()
            .filter(|p| partner.is_none_or(|id| &p.id == id))
        {
            let row = tally.remove(&p.id).unwrap_or_else(|| row_of(&p.id));
            if row.entries == 0 && p.role != crate::vocab::Role::Observer {
                silent.push(p.id.clone());
            }
            partners.push(row);
        }

        let mut groups: BTreeMap<TargetGroup, GroupRow> = BTreeMap::new();
        for e in &entries {
            if let Some(group) = e.target_group {
                let row = groups.entry(group).or_insert(GroupRow {
                    group,
                    entries: 0,
                    reach: 0,
                });
                row.entries += 1;
                row.reach = row.reach.saturating_add(e.reach);
            }
        }

        let mut warnings = Vec::new();
        for e in &entries {
            if e.link.as_deref().is_none_or(|l| l.trim().is_empty()) {
                warnings.push(Warning::NoEvidence(e.id));
            }
            if e.channel == Channel::Event && e.participants.unwrap_or(0) == 0 {
                warnings.push(Warning::NoParticipants(e.id));
            }
            if !plan.in_project(e.date) {
                warnings.push(Warning::OutsideProject(e.id));
            }
        }
        for indicator in plan
            .indicators
            .iter()
            .filter(|i| !i.filter.kinds.is_empty())
        {
            let left_out = entries
                .iter()
                .filter(|e| {
                    e.activity.is_none()
                        && (indicator.filter.channels.is_empty()
                            || indicator.filter.channels.contains(&e.channel))
                })
                .count();
            if left_out > 0 {
                warnings.push(Warning::Unlinked {
                    indicator: indicator.id,
                    entries: left_out,
                });
            }
        }

        Ok(Pack {
            period,
            partner: request.partner.clone(),
            work_packages,
            deliverables,
            indicators,
            partners,
            silent,
            groups: groups.into_values().collect(),
            warnings,
        })
    }
}

/// The plan's items by id, for the renderers, which look up thousands of
/// them (a scan each would make a large plan's page quadratic).
pub struct Items<'a> {
    activities: HashMap<ActivityId, &'a crate::Activity>,
    deliverables: HashMap<DeliverableId, &'a crate::Deliverable>,
    entries: HashMap<EntryId, &'a crate::LogEntry>,
}

impl<'a> Items<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        Self {
            activities: plan.activities.iter().map(|a| (a.id, a)).collect(),
            deliverables: plan.deliverables.iter().map(|d| (d.id, d)).collect(),
            entries: plan.log.iter().map(|e| (e.id, e)).collect(),
        }
    }

    pub fn activity(&self, id: ActivityId) -> Option<&'a crate::Activity> {
        self.activities.get(&id).copied()
    }

    pub fn deliverable(&self, id: DeliverableId) -> Option<&'a crate::Deliverable> {
        self.deliverables.get(&id).copied()
    }

    pub fn entry(&self, id: EntryId) -> Option<&'a crate::LogEntry> {
        self.entries.get(&id).copied()
    }
}

#[cfg(test)]
mod tests;
