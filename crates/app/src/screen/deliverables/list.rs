//! Which deliverables the table shows, and in what order: filters and
//! sorting, kept apart from the view so they can be tested on their own.

use std::cmp::Ordering;

use chrono::NaiveDate;

use crate::widget::sort::{self, Sortable};
use commplan_core::deadline::{self, Urgency};
use commplan_core::text::fold;
use commplan_core::vocab::DeliverableStatus;
use commplan_core::{Deliverable, PartnerId, Plan, WorkPackageId};

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

/// Every column sorts ascending on a first click.
impl Sortable for Column {}

/// How the table is sorted: by due date, soonest first, until a heading is
/// clicked.
pub type Sort = sort::Sort<Column>;

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
                let text = fold(&format!("{} {}", d.code, d.title));
                words.iter().all(|w| text.contains(w.as_str()))
            })
    }
}

/// Positions in `plan.deliverables` of the deliverables `filter` keeps, in
/// `sort` order (ties by code, so the order never jumps).
pub fn visible(plan: &Plan, filter: &Filter, sort: Sort, today: NaiveDate) -> Vec<usize> {
    let words: Vec<String> = filter.query.split_whitespace().map(fold).collect();
    let mut rows: Vec<usize> = plan
        .deliverables
        .iter()
        .enumerate()
        .filter(|(_, d)| filter.keeps(d, &words, today))
        .map(|(i, _)| i)
        .collect();
    let items = &plan.deliverables;
    let descending = sort.descending;
    match sort.column {
        Column::Code => sort_keyed(&mut rows, items, descending, |d| natural_key(&d.code)),
        Column::Title => sort_keyed(&mut rows, items, descending, |d| d.title.to_lowercase()),
        Column::WorkPackage => sort_keyed(&mut rows, items, descending, |d| {
            natural_key(&d.work_package.0)
        }),
        Column::Lead => sort_keyed(&mut rows, items, descending, |d| d.lead.0.clone()),
        Column::Due => sort_keyed(&mut rows, items, descending, |d| d.due),
        // What is still owed comes first, most pressing first.
        Column::DaysLeft => sort_keyed(&mut rows, items, descending, |d| {
            (d.status.is_delivered(), d.due)
        }),
        Column::Status => sort_keyed(&mut rows, items, descending, |d| (d.status, d.due)),
    }
    rows
}

/// Sorts `rows` by a key computed once per row (not once per comparison),
/// ties by code, so the order never jumps.
fn sort_keyed<K: Ord>(
    rows: &mut Vec<usize>,
    items: &[Deliverable],
    descending: bool,
    key: impl Fn(&Deliverable) -> K,
) {
    let mut keyed: Vec<(K, usize)> = rows.iter().map(|&i| (key(&items[i]), i)).collect();
    keyed.sort_by(|(ka, a), (kb, b)| {
        let order = ka.cmp(kb);
        let order = if descending { order.reverse() } else { order };
        order.then_with(|| items[*a].code.cmp(&items[*b].code))
    });
    *rows = keyed.into_iter().map(|(_, i)| i).collect();
}

/// One piece of a code: numbers sort by value, before words.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Number(u64),
    Word(String),
}

/// A code cut into numbers and words, for natural sorting.
fn natural_key(code: &str) -> Vec<Part> {
    code.split(|c: char| !c.is_alphanumeric())
        .map(|part| match part.parse::<u64>() {
            Ok(n) => Part::Number(n),
            Err(_) => Part::Word(part.to_lowercase()),
        })
        .collect()
}

/// Compares codes so that "D.C.2" comes before "D.C.10": numbers by value,
/// words without regard to case.
pub fn natural(a: &str, b: &str) -> Ordering {
    natural_key(a).cmp(&natural_key(b)).then_with(|| a.cmp(b))
}

/// Is the due date inside the project?
pub fn due_in_project(plan: &Plan, due: NaiveDate) -> bool {
    deadline::within(due, plan.project.start, plan.project.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use commplan_core::sample;

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
        let mut accented = plan.clone();
        accented.deliverables[3].title = "Rapporto sull'attività".into();
        let folded = Filter {
            query: "ATTIVITA".into(),
            ..Filter::default()
        };
        let rows = visible(&accented, &folded, Sort::default(), today);
        assert!(
            rows.contains(&3),
            "the filter folds accents as the search does"
        );
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
