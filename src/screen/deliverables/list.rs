//! Which deliverables the table shows, and in what order: filters and
//! sorting, kept apart from the view so they can be tested on their own.

use std::cmp::Ordering;

use chrono::NaiveDate;

use crate::data::deadline::{self, Urgency};
use crate::data::vocab::DeliverableStatus;
use crate::data::{Deliverable, PartnerId, Plan, WorkPackageId};

/// A column the table can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Column {
    Code,
    Title,
    WorkPackage,
    Lead,
    #[default]
    Due,
    DaysLeft,
    Status,
}

/// How the table is sorted: a column, ascending unless `descending`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    /// A click on a column header: that column ascending, or the other way
    /// round when it already sorts the table.
    pub fn toggled(self, column: Column) -> Sort {
        if self.column == column {
            Sort {
                column,
                descending: !self.descending,
            }
        } else {
            Sort {
                column,
                descending: false,
            }
        }
    }
}

/// Which deliverables by where they stand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Show {
    #[default]
    All,
    /// Not yet submitted.
    Open,
    /// Overdue or due within 14 days.
    Pressing,
    Overdue,
    Status(DeliverableStatus),
}

/// What the table is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words in the code or title, any case.
    pub query: String,
    pub show: Show,
    pub work_package: Option<WorkPackageId>,
    /// Only what this partner leads or contributes to.
    pub partner: Option<PartnerId>,
}

impl Filter {
    pub fn is_narrowed(&self) -> bool {
        *self != Filter::default()
    }

    fn keeps(&self, d: &Deliverable, words: &[String], today: NaiveDate) -> bool {
        let shown = match self.show {
            Show::All => true,
            Show::Open => !d.status.is_delivered(),
            Show::Pressing => Urgency::of(d, today).is_pressing(),
            Show::Overdue => d.is_overdue(today),
            Show::Status(status) => d.status == status,
        };
        shown
            && self
                .work_package
                .as_ref()
                .is_none_or(|wp| &d.work_package == wp)
            && self
                .partner
                .as_ref()
                .is_none_or(|p| d.partners().any(|q| q == p))
            && (words.is_empty() || {
                let text = format!("{} {}", d.code, d.title).to_lowercase();
                words.iter().all(|w| text.contains(w.as_str()))
            })
    }
}

/// Positions in `plan.deliverables` of the deliverables `filter` keeps, in
/// `sort` order (ties by code, so the order never jumps).
pub fn visible(plan: &Plan, filter: &Filter, sort: Sort, today: NaiveDate) -> Vec<usize> {
    let words: Vec<String> = filter
        .query
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let mut rows: Vec<usize> = plan
        .deliverables
        .iter()
        .enumerate()
        .filter(|(_, d)| filter.keeps(d, &words, today))
        .map(|(i, _)| i)
        .collect();
    let items = &plan.deliverables;
    rows.sort_by(|&a, &b| {
        let (a, b) = (&items[a], &items[b]);
        let order = compare(sort.column, a, b);
        let order = if sort.descending {
            order.reverse()
        } else {
            order
        };
        order.then_with(|| a.code.cmp(&b.code))
    });
    rows
}

fn compare(column: Column, a: &Deliverable, b: &Deliverable) -> Ordering {
    match column {
        Column::Code => natural(&a.code, &b.code),
        Column::Title => caseless(&a.title, &b.title),
        Column::WorkPackage => natural(&a.work_package.0, &b.work_package.0),
        Column::Lead => a.lead.0.cmp(&b.lead.0),
        Column::Due => a.due.cmp(&b.due),
        // What is still owed comes first, most pressing first.
        Column::DaysLeft => (a.status.is_delivered(), a.due).cmp(&(b.status.is_delivered(), b.due)),
        Column::Status => a.status.cmp(&b.status).then(a.due.cmp(&b.due)),
    }
}

/// Compares codes so that "D.C.2" comes before "D.C.10": numbers by value,
/// words without regard to case. Allocates nothing, as it runs thousands of
/// times per sort.
pub fn natural(a: &str, b: &str) -> Ordering {
    let parts = |s| str::split(s, |c: char| !c.is_alphanumeric());
    let (mut x, mut y) = (parts(a), parts(b));
    loop {
        let order = match (x.next(), y.next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => match (p.parse::<u64>(), q.parse::<u64>()) {
                (Ok(m), Ok(n)) => m.cmp(&n),
                (Ok(_), Err(_)) => Ordering::Less,
                (Err(_), Ok(_)) => Ordering::Greater,
                (Err(_), Err(_)) => caseless(p, q),
            },
        };
        if order != Ordering::Equal {
            return order;
        }
    }
}

/// Compares without regard to case.
fn caseless(a: &str, b: &str) -> Ordering {
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
}

/// Is the due date inside the project?
pub fn due_in_project(plan: &Plan, due: NaiveDate) -> bool {
    deadline::within(due, plan.project.start, plan.project.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::sample;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn sorted_by_due_date_both_ways() {
        let plan = sample::plan().expect("the sample loads");
        let today = day(2018, 1, 1);
        let mut sort = Sort::default();
        let rows = visible(&plan, &Filter::default(), sort, today);
        assert_eq!(rows.len(), plan.deliverables.len());
        let dues: Vec<NaiveDate> = rows.iter().map(|&i| plan.deliverables[i].due).collect();
        assert!(dues.windows(2).all(|w| w[0] <= w[1]));
        sort = sort.toggled(Column::Due);
        assert!(sort.descending);
        let rows = visible(&plan, &Filter::default(), sort, today);
        let dues: Vec<NaiveDate> = rows.iter().map(|&i| plan.deliverables[i].due).collect();
        assert!(dues.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn filters_combine() {
        let plan = sample::plan().expect("the sample loads");
        let today = day(2018, 1, 1);
        let partner = plan.deliverables[0].lead.clone();
        let filter = Filter {
            partner: Some(partner.clone()),
            ..Filter::default()
        };
        let rows = visible(&plan, &filter, Sort::default(), today);
        assert!(!rows.is_empty());
        assert!(
            rows.iter()
                .all(|&i| plan.deliverables[i].partners().any(|p| p == &partner))
        );
        let overdue = Filter {
            show: Show::Overdue,
            ..Filter::default()
        };
        for i in visible(&plan, &overdue, Sort::default(), today) {
            assert!(plan.deliverables[i].is_overdue(today));
        }
        let code = plan.deliverables[3].code.to_lowercase();
        let by_code = Filter {
            query: code.clone(),
            ..Filter::default()
        };
        let rows = visible(&plan, &by_code, Sort::default(), today);
        assert!(rows.contains(&3));
        let none = Filter {
            query: "zzqqxx".into(),
            ..Filter::default()
        };
        assert!(visible(&plan, &none, Sort::default(), today).is_empty());
    }

    #[test]
    fn codes_sort_naturally() {
        assert_eq!(natural("D.C.2", "D.C.10"), Ordering::Less);
        assert_eq!(natural("D.C.10", "D.C.2"), Ordering::Greater);
        assert_eq!(natural("D.T.1", "D.C.1"), Ordering::Greater);
        assert_eq!(natural("D.C.1", "D.C.1"), Ordering::Equal);
        assert_eq!(natural("d.c.1", "D.C.2"), Ordering::Less);
        assert_eq!(natural("D.C", "D.C.1"), Ordering::Less);
        assert_eq!(caseless("abc", "ABD"), Ordering::Less);
    }

    #[test]
    fn days_left_puts_what_is_owed_first() {
        let plan = sample::plan().expect("the sample loads");
        let today = day(2018, 1, 1);
        let sort = Sort {
            column: Column::DaysLeft,
            descending: false,
        };
        let rows = visible(&plan, &Filter::default(), sort, today);
        let delivered: Vec<bool> = rows
            .iter()
            .map(|&i| plan.deliverables[i].status.is_delivered())
            .collect();
        let first_delivered = delivered.iter().position(|d| *d).unwrap_or(delivered.len());
        assert!(delivered[first_delivered..].iter().all(|d| *d));
    }
}
