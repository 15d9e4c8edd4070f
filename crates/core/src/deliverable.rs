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
    /// When it was submitted to the programme (recorded by the workflow).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted: Option<NaiveDate>,
    /// When the programme approved it (recorded by the workflow).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<NaiveDate>,
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
        super::deadline::days_left(self.due, today)
    }

    /// Past its due date and not yet submitted.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.status.is_delivered() && self.due < today
    }

    /// A copy moved to `status` on `today`, with the workflow's dates
    /// recorded: moving to Submitted records the submission date, to
    /// Approved the approval date (and the submission, if it was never
    /// recorded). Moving back clears the dates that are no longer true.
    /// Dates already recorded are kept when the status does not go back.
    pub fn with_status(&self, status: DeliverableStatus, today: NaiveDate) -> Deliverable {
        let mut next = self.clone();
        next.status = status;
        match status {
            DeliverableStatus::NotStarted
            | DeliverableStatus::InProgress
            | DeliverableStatus::InReview => {
                next.submitted = None;
                next.approved = None;
            }
            DeliverableStatus::Submitted => {
                next.submitted = Some(self.submitted.unwrap_or(today));
                next.approved = None;
            }
            DeliverableStatus::Approved => {
                next.submitted = Some(self.submitted.unwrap_or(today));
                next.approved = Some(self.approved.unwrap_or(today));
            }
        }
        next
    }

    /// The step people usually take next, if any.
    pub fn next_status(&self) -> Option<DeliverableStatus> {
        match self.status {
            DeliverableStatus::NotStarted => Some(DeliverableStatus::InProgress),
            DeliverableStatus::InProgress => Some(DeliverableStatus::InReview),
            DeliverableStatus::InReview => Some(DeliverableStatus::Submitted),
            DeliverableStatus::Submitted => Some(DeliverableStatus::Approved),
            DeliverableStatus::Approved => None,
        }
    }

    /// Every partner involved: the lead first, then contributors.
    pub fn partners(&self) -> impl Iterator<Item = &PartnerId> {
        std::iter::once(&self.lead).chain(self.contributors.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn report() -> Deliverable {
        Deliverable {
            id: DeliverableId(1),
            code: "D.C.1.1".into(),
            title: "Communication strategy".into(),
            work_package: WorkPackageId::new("WP C"),
            lead: PartnerId::new("VEN"),
            contributors: Vec::new(),
            due: day(2017, 1, 31),
            status: DeliverableStatus::InProgress,
            submitted: None,
            approved: None,
            link: None,
        }
    }

    #[test]
    fn the_workflow_records_its_dates() {
        let d = report();
        let submitted = d.with_status(DeliverableStatus::Submitted, day(2017, 1, 30));
        assert_eq!(submitted.submitted, Some(day(2017, 1, 30)));
        assert_eq!(submitted.approved, None);

        let approved = submitted.with_status(DeliverableStatus::Approved, day(2017, 3, 2));
        assert_eq!(approved.submitted, Some(day(2017, 1, 30)), "kept");
        assert_eq!(approved.approved, Some(day(2017, 3, 2)));

        // Approved straight away: the submission is recorded too.
        let direct = d.with_status(DeliverableStatus::Approved, day(2017, 2, 1));
        assert_eq!(direct.submitted, Some(day(2017, 2, 1)));

        // Sent back for changes: the dates are no longer true.
        let back = approved.with_status(DeliverableStatus::InProgress, day(2017, 3, 5));
        assert_eq!((back.submitted, back.approved), (None, None));
        let unapproved = approved.with_status(DeliverableStatus::Submitted, day(2017, 3, 5));
        assert_eq!(unapproved.submitted, Some(day(2017, 1, 30)));
        assert_eq!(unapproved.approved, None);
    }

    #[test]
    fn next_steps_lead_to_approval() {
        let mut d = report();
        d.status = DeliverableStatus::NotStarted;
        let mut steps = 0;
        while let Some(next) = d.next_status() {
            d = d.with_status(next, day(2017, 1, 1));
            steps += 1;
        }
        assert_eq!(steps, 4);
        assert_eq!(d.status, DeliverableStatus::Approved);
    }
}
