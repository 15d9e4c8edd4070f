//! Indicators month by month: what every indicator adds up in each month of
//! the project and for each partner, computed in one pass over the log. The
//! Indicators screen derives its figures (a reporting period, the partners'
//! shares, the cumulative curve) from this without reading the log again.

use std::collections::HashMap;
use std::ops::Range;

use chrono::{Datelike, Months, NaiveDate};

use super::{amount, counts, kinds};
use crate::ids::PartnerId;
use crate::plan::Plan;

/// `start` moved on by `months` months (the day clamped to the month's
/// length: 31 January + 1 month is 28 or 29 February).
pub fn add_months(start: NaiveDate, months: u32) -> NaiveDate {
    // Dates lie in 1900–2999 (see `validate::YEARS`), so this stays in
    // chrono's range; the fallback is for the impossible case only.
    start
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// The month of the project (0 for the first) that `date` falls in, months
/// counted from `start`'s day; dates before `start` give a negative month.
pub fn month_of(start: NaiveDate, date: NaiveDate) -> i64 {
    let mut months = i64::from(date.year() - start.year()) * 12 + i64::from(date.month())
        - i64::from(start.month());
    let boundary = |m: i64| match u32::try_from(m) {
        Ok(m) => add_months(start, m),
        Err(_) => start
            .checked_sub_months(Months::new(m.unsigned_abs().min(u32::MAX.into()) as u32))
            .unwrap_or(NaiveDate::MIN),
    };
    if date < boundary(months) {
        months -= 1;
    }
    months
}

/// What the indicators add up, month by month and partner by partner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    /// The first day of month 0.
    pub start: NaiveDate,
    /// How many months the project spans (at least one).
    pub months: usize,
    /// The partners, in the plan's order, then any partner the log names
    /// that the plan does not have.
    pub partners: Vec<PartnerId>,
    /// For each indicator (in the plan's order): `months × partners`
    /// amounts, row by row.
    cells: Vec<Vec<u64>>,
}

impl Figures {
    /// How many months the plan's project spans (at least one).
    pub fn months_of(plan: &Plan) -> usize {
        let start = plan.project.start;
        usize::try_from(month_of(start, plan.project.end.max(start))).unwrap_or(0) + 1
    }

    /// Reads the whole log once. Entries dated before the project start count
    /// in its first month, entries after its end in its last, so the months
    /// add up to the same totals as [`super::all`].
    pub fn compute(plan: &Plan) -> Self {
        let start = plan.project.start;
        let months = Self::months_of(plan);
        let mut partners: Vec<PartnerId> = plan.partners.iter().map(|p| p.id.clone()).collect();
        let mut column: HashMap<PartnerId, usize> = partners
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        // Unknown partners first get a column, then the cells are sized.
        for entry in &plan.log {
            if !column.contains_key(&entry.partner) {
                column.insert(entry.partner.clone(), partners.len());
                partners.push(entry.partner.clone());
            }
        }
        let width = partners.len();
        let kinds = kinds(plan);
        let mut cells = vec![vec![0u64; months * width]; plan.indicators.len()];
        let last = months as i64 - 1;
        for entry in &plan.log {
            let month = month_of(start, entry.date).clamp(0, last) as usize;
            let Some(&p) = column.get(&entry.partner) else {
                continue;
            };
            let at = month * width + p;
            for (indicator, grid) in plan.indicators.iter().zip(&mut cells) {
                if counts(indicator, entry, &kinds) {
                    grid[at] = grid[at].saturating_add(amount(indicator.measure, entry));
                }
            }
        }
        Figures {
            start,
            months,
            partners,
            cells,
        }
    }

    fn rows(&self, indicator: usize, months: Range<usize>) -> impl Iterator<Item = &[u64]> {
        let width = self.partners.len().max(1);
        let months = months.start.min(self.months)..months.end.min(self.months);
        self.cells
            .get(indicator)
            .into_iter()
            .flat_map(move |grid| grid.chunks(width).skip(months.start).take(months.len()))
    }

    /// The indicator's total over some months.
    pub fn total(&self, indicator: usize, months: Range<usize>) -> u64 {
        self.rows(indicator, months)
            .flatten()
            .fold(0u64, |sum, v| sum.saturating_add(*v))
    }

    /// The indicator's amount per partner over some months, in the order of
    /// [`Self::partners`].
    pub fn by_partner(&self, indicator: usize, months: Range<usize>) -> Vec<u64> {
        let mut out = vec![0u64; self.partners.len()];
        for row in self.rows(indicator, months) {
            for (slot, v) in out.iter_mut().zip(row) {
                *slot = slot.saturating_add(*v);
            }
        }
        out
    }

    /// The cumulative curve: element `k` is the total of the first `k`
    /// months, from 0 at the start to the whole total after the last month
    /// (`months + 1` points).
    pub fn cumulative(&self, indicator: usize) -> Vec<u64> {
        let mut out = Vec::with_capacity(self.months + 1);
        let mut sum = 0u64;
        out.push(0);
        for row in self.rows(indicator, 0..self.months) {
            sum = row.iter().fold(sum, |s, v| s.saturating_add(*v));
            out.push(sum);
        }
        out.resize(self.months + 1, sum);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn months_count_from_the_start_day() {
        let start = day(2016, 11, 15);
        assert_eq!(month_of(start, start), 0);
        assert_eq!(month_of(start, day(2016, 12, 14)), 0);
        assert_eq!(month_of(start, day(2016, 12, 15)), 1);
        assert_eq!(month_of(start, day(2017, 1, 1)), 1);
        assert_eq!(month_of(start, day(2017, 11, 15)), 12);
        assert_eq!(month_of(start, day(2016, 11, 14)), -1);
        assert_eq!(month_of(start, day(2016, 10, 1)), -2);
        let end_of_month = day(2017, 1, 31);
        assert_eq!(add_months(end_of_month, 1), day(2017, 2, 28));
        assert_eq!(month_of(end_of_month, day(2017, 2, 27)), 0);
        assert_eq!(month_of(end_of_month, day(2017, 2, 28)), 1);
    }

    #[test]
    fn the_months_add_up_to_the_plain_totals() {
        let plan = sample::plan().unwrap();
        let figures = Figures::compute(&plan);
        // 1 Nov 2016 to 30 Apr 2019: 30 months.
        assert_eq!(figures.months, 30);
        for (i, actual) in super::super::all(&plan).iter().enumerate() {
            assert_eq!(figures.total(i, 0..figures.months), actual.total);
            let curve = figures.cumulative(i);
            assert_eq!(curve.len(), 31);
            assert_eq!(curve[0], 0);
            assert_eq!(*curve.last().unwrap(), actual.total);
            assert!(curve.windows(2).all(|w| w[0] <= w[1]), "never goes down");
            let shares = figures.by_partner(i, 0..figures.months);
            for (id, value) in figures.partners.iter().zip(shares) {
                assert_eq!(actual.by_partner.get(id).copied().unwrap_or(0), value);
            }
        }
    }

    #[test]
    fn the_curve_steps_in_the_month_of_an_entry() {
        let mut plan = sample::plan().unwrap();
        plan.log.clear();
        let mut entry = sample::plan().unwrap().log[0].clone();
        entry.date = day(2017, 2, 10); // month 3 from 1 Nov 2016
        entry.reach = 40;
        plan.indicators.truncate(1);
        plan.indicators[0].filter = Default::default();
        plan.indicators[0].measure = crate::vocab::Measure::Reach;
        let before = Figures::compute(&plan).cumulative(0);
        assert!(before.iter().all(|v| *v == 0));
        plan.log.push(entry);
        let figures = Figures::compute(&plan);
        let curve = figures.cumulative(0);
        assert_eq!(curve[3], 0, "nothing before February");
        assert_eq!(
            curve[4], 40,
            "the February entry counts from the end of month 3"
        );
        assert_eq!(curve[4], *curve.last().unwrap());
        assert_eq!(figures.total(0, 3..4), curve[4]);
        assert_eq!(figures.total(0, 0..3), 0);
    }
}
