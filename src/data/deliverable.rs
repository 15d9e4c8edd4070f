//! Deliverables: what the partnership owes the programme, and when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{DeliverableId, Entity, PartnerId, WorkPackageId};
use super::vocab::DeliverableStatus;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deliverable {
    pub id: DeliverableId,
    /// The programme's code, e.g. "D.C.1.1"; unique in a plan.
    pub code: String,
    pub title: String,
    pub work_package: WorkPackageId,
    pub lead: PartnerId,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<PartnerId>,
    pub due: NaiveDate,
    pub status: DeliverableStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl Entity for Deliverable {
    type Id = DeliverableId;

    fn id(&self) -> &DeliverableId {
        &self.id
    }
}

impl Deliverable {
    /// Days from `today` to the due date; negative when overdue.
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        (self.due - today).num_days()
    }

    /// Past its due date and not yet submitted.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.status.is_delivered() && self.due < today
    }

    /// Every partner involved: the lead first, then contributors.
    pub fn partners(&self) -> impl Iterator<Item = &PartnerId> {
        std::iter::once(&self.lead).chain(self.contributors.iter())
    }
}
