//! Older plan files, read into today's model.
//!
//! Version 1 was the format of the first prototype, which called the
//! dissemination log `dissemination`. Each older version has a typed
//! reader here, so errors in old files still point at a line and column.
//!
//! Version 2 is today's shape without the richer recurrence rules of
//! version 3; every field those added has a default, so a version-2 file
//! reads as today's model and only its version number changes.

use serde::Deserialize;

use crate::activity::Activity;
use crate::deliverable::Deliverable;
use crate::indicator::Indicator;
use crate::log::LogEntry;
use crate::partner::{Partner, WorkPackage};
use crate::plan::{NextIds, Plan, Project, VERSION};

#[derive(Deserialize)]
struct PlanV1 {
    project: Project,
    #[serde(default)]
    partners: Vec<Partner>,
    #[serde(default)]
    work_packages: Vec<WorkPackage>,
    #[serde(default)]
    activities: Vec<Activity>,
    #[serde(default)]
    deliverables: Vec<Deliverable>,
    #[serde(default)]
    dissemination: Vec<LogEntry>,
    #[serde(default)]
    indicators: Vec<Indicator>,
}

impl From<PlanV1> for Plan {
    fn from(old: PlanV1) -> Self {
        Plan {
            version: VERSION,
            project: old.project,
            partners: old.partners,
            work_packages: old.work_packages,
            activities: old.activities,
            deliverables: old.deliverables,
            log: old.dissemination,
            indicators: old.indicators,
            next_ids: NextIds::default(),
        }
    }
}

/// Reads a plan written in an older `version`; `None` when that version
/// never existed.
pub fn from(
    version: u32,
    text: &str,
    options: &ron::Options,
) -> Option<ron::error::SpannedResult<Plan>> {
    match version {
        1 => Some(options.from_str::<PlanV1>(text).map(Plan::from)),
        2 => Some(options.from_str::<Plan>(text).map(|plan| Plan {
            version: VERSION,
            ..plan
        })),
        _ => None,
    }
}
