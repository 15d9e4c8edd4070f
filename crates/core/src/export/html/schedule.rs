//! The rows of the printable schedule: each activity's occurrences and
//! each deadline, in order, bounded so an open-ended repeating item cannot
//! make the page huge.

use chrono::NaiveDate;

use crate::activity::{Activity, When};
use crate::deliverable::Deliverable;
use crate::export::{Scope, occur};
use crate::plan::Plan;

/// One line of the schedule.
pub(super) struct Row<'a> {
    pub day: NaiveDate,
    pub sort: String,
    pub item: Item<'a>,
}

pub(super) enum Item<'a> {
    Activity(&'a Activity, When),
    Deadline(&'a Deliverable),
}

/// The most times one repeating activity is shown (ten years of a
/// monthly item, two of a weekly one): a printable schedule, not a
/// calendar.
pub const MAX_PER_ITEM: usize = 120;

/// The most rows the schedule has; past them it stops at a day, and says
/// so.
pub const MAX_ROWS: usize = 50_000;

/// The schedule's rows, and the day it was cut at when a repeating item or
/// the whole schedule reached its bound ([`MAX_PER_ITEM`], [`MAX_ROWS`]).
pub(super) fn schedule<'a>(plan: &'a Plan, scope: &Scope) -> (Vec<Row<'a>>, Option<NaiveDate>) {
    let mut rows = Vec::new();
    let mut cut = None;
    for a in plan
        .activities
        .iter()
        .filter(|a| scope.activity(a, plan.project.end))
    {
        let mut shown = 0;
        for when in occur::occurrences(a, plan.project.end) {
            if !scope.overlaps(when.start_date(), when.end_date()) {
                continue;
            }
            if shown == MAX_PER_ITEM {
                cut = Some(plan.project.end);
                break;
            }
            shown += 1;
            let sort = match &when {
                When::Days { .. } => String::new(),
                When::Timed { start, .. } => start.format("%H:%M").to_string(),
            };
            rows.push(Row {
                day: when.start_date(),
                sort,
                item: Item::Activity(a, when),
            });
        }
    }
    for d in plan.deliverables.iter().filter(|d| scope.deliverable(d)) {
        rows.push(Row {
            day: d.due,
            sort: "~".to_owned(),
            item: Item::Deadline(d),
        });
    }
    rows.sort_by(|a, b| (a.day, &a.sort).cmp(&(b.day, &b.sort)));
    if rows.len() > MAX_ROWS {
        // Whole days only: the last day shown is shown complete.
        let last = rows[MAX_ROWS].day;
        rows.retain(|row| row.day < last);
        cut = Some(last.pred_opt().unwrap_or(last));
    }
    (rows, cut)
}
