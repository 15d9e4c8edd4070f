//! The plan: everything a partnership's communication lead keeps.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::activity::Activity;
use super::deliverable::Deliverable;
use super::ids::{
    ActivityId, DeliverableId, Entity, EntryId, IndicatorId, PartnerId, WorkPackageId,
};
use super::indicator::Indicator;
use super::log::LogEntry;
use super::partner::{Partner, WorkPackage};
use super::period::Periods;
use super::value::Lang;
use chrono_tz::Tz;

/// The schema version this program writes. Older files are migrated on
/// load; newer ones are refused (see `store`). Version 3 added richer
/// recurrence rules (daily, yearly, weekdays, nth weekday, count) and
/// per-occurrence exceptions, which a version-2 program would drop.
pub const VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub version: u32,
    pub project: Project,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub work_packages: Vec<WorkPackage>,
    #[serde(default)]
    pub activities: Vec<Activity>,
    #[serde(default)]
    pub deliverables: Vec<Deliverable>,
    #[serde(default)]
    pub log: Vec<LogEntry>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// The next free numeric ids, so that a deleted item's id is never
    /// given to a new one (calendar UIDs stay unique).
    #[serde(default)]
    pub next_ids: NextIds,
}

/// The project the plan is for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub name: String,
    pub acronym: String,
    pub programme: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_partner: Option<PartnerId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communication_lead: Option<PartnerId>,
    pub working_language: Lang,
    /// The project's time zone: what "today" means for the plan and the
    /// default zone of new timed items. `None`: the computer's own zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<Tz>,
    /// How the project is cut into reporting periods (six months unless
    /// set).
    #[serde(default, skip_serializing_if = "Periods::is_default")]
    pub periods: Periods,
}

impl Project {
    /// The calendar day it is at `now` in the project's zone (the
    /// computer's own zone when the project has none).
    pub fn today(&self, now: chrono::DateTime<chrono::Utc>) -> NaiveDate {
        match self.time_zone {
            Some(zone) => now.with_timezone(&zone).date_naive(),
            None => now.with_timezone(&chrono::Local).date_naive(),
        }
    }

    /// Has the project ended by `today`?
    pub fn has_ended(&self, today: NaiveDate) -> bool {
        today > self.end
    }

    /// The day the plan is seen as of: `today`, or the project's last day
    /// once it has ended (a finished project is shown as it ended: nothing
    /// grows late or silent after its end).
    pub fn as_of(&self, today: NaiveDate) -> NaiveDate {
        today.min(self.end.max(self.start))
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextIds {
    #[serde(default)]
    pub activity: u32,
    #[serde(default)]
    pub deliverable: u32,
    #[serde(default)]
    pub entry: u32,
    #[serde(default)]
    pub indicator: u32,
}

fn next_after<T: Entity>(items: &[T], counter: u32, number: impl Fn(&T::Id) -> u32) -> u32 {
    let max = items.iter().map(|item| number(item.id())).max();
    max.map_or(1, |m| m.saturating_add(1)).max(counter).max(1)
}

impl Plan {
    /// An empty plan for a project that starts today and runs three years.
    pub fn empty(name: &str, today: NaiveDate) -> Self {
        let end = today
            .checked_add_months(chrono::Months::new(36))
            .unwrap_or(today);
        Plan {
            version: VERSION,
            project: Project {
                name: name.to_owned(),
                acronym: String::new(),
                programme: String::new(),
                start: today,
                end,
                lead_partner: None,
                communication_lead: None,
                working_language: Lang::new("en"),
                time_zone: None,
                periods: Periods::default(),
            },
            partners: Vec::new(),
            work_packages: Vec::new(),
            activities: Vec::new(),
            deliverables: Vec::new(),
            log: Vec::new(),
            indicators: Vec::new(),
            next_ids: NextIds::default(),
        }
    }

    pub fn partner(&self, id: &PartnerId) -> Option<&Partner> {
        self.partners.iter().find(|p| &p.id == id)
    }

    pub fn work_package(&self, id: &WorkPackageId) -> Option<&WorkPackage> {
        self.work_packages.iter().find(|w| &w.id == id)
    }

    pub fn activity(&self, id: ActivityId) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    pub fn deliverable(&self, id: DeliverableId) -> Option<&Deliverable> {
        self.deliverables.iter().find(|d| d.id == id)
    }

    pub fn entry(&self, id: EntryId) -> Option<&LogEntry> {
        self.log.iter().find(|e| e.id == id)
    }

    pub fn indicator(&self, id: IndicatorId) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// A fresh activity id, never used before in this plan.
    pub fn next_activity_id(&self) -> ActivityId {
        ActivityId(next_after(&self.activities, self.next_ids.activity, |id| {
            id.0
        }))
    }

    pub fn next_deliverable_id(&self) -> DeliverableId {
        DeliverableId(next_after(
            &self.deliverables,
            self.next_ids.deliverable,
            |id| id.0,
        ))
    }

    pub fn next_entry_id(&self) -> EntryId {
        EntryId(next_after(&self.log, self.next_ids.entry, |id| id.0))
    }

    pub fn next_indicator_id(&self) -> IndicatorId {
        IndicatorId(next_after(
            &self.indicators,
            self.next_ids.indicator,
            |id| id.0,
        ))
    }

    /// The window title's name: the acronym when there is one.
    pub fn display_name(&self) -> &str {
        if self.project.acronym.is_empty() {
            &self.project.name
        } else {
            &self.project.acronym
        }
    }

    /// Does the project run on this day?
    pub fn in_project(&self, day: NaiveDate) -> bool {
        (self.project.start..=self.project.end).contains(&day)
    }
}
