//! Setting up a project: a new plan from its essentials, and what a change
//! of the project's dates would leave outside them.
//!
//! Changing the dates never deletes or shifts anything: the items that fall
//! outside are listed so that the window and the command line can warn
//! about them, and the edit is the project alone (one undo).

use chrono::NaiveDate;
use chrono_tz::Tz;

use crate::ids::{ActivityId, DeliverableId, EntryId};
use crate::period::Periods;
use crate::plan::{Plan, Project};
use crate::value::Lang;

/// The essentials a new project needs; everything else can follow.
#[derive(Debug, Clone, PartialEq)]
pub struct Setup {
    /// The project's full name ("Smart Specialisation Strategies for …").
    pub name: String,
    /// Its acronym ("S3-4AlpClusters"); may be empty.
    pub acronym: String,
    /// The funding programme ("Interreg Alpine Space"); may be empty.
    pub programme: String,
    /// First and last day of the project, both inclusive.
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The reporting periods (six months unless set).
    pub periods: Periods,
    /// The project's zone; `None` for the computer's.
    pub time_zone: Option<Tz>,
    /// The partnership's working language (BCP 47, "en").
    pub working_language: Lang,
}

impl Setup {
    /// The project these essentials describe (no leads yet: they are
    /// partners, added afterwards).
    pub fn project(&self) -> Project {
        Project {
            name: self.name.trim().to_owned(),
            acronym: self.acronym.trim().to_owned(),
            programme: self.programme.trim().to_owned(),
            start: self.start,
            end: self.end,
            lead_partner: None,
            communication_lead: None,
            working_language: self.working_language.clone(),
            time_zone: self.time_zone,
            periods: self.periods.clone(),
        }
    }

    /// An empty plan for this project.
    ///
    /// # Errors
    /// The project's own problem (an empty name, the end before the start,
    /// periods that do not fit), as [`crate::validate::project`] finds it.
    pub fn plan(&self) -> Result<Plan, crate::EditError> {
        let project = self.project();
        let mut plan = Plan::empty(&project.name, project.start);
        crate::validate::project(&plan, &project)?;
        plan.project = project;
        Ok(plan)
    }
}

/// What lies outside a project's dates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outside {
    /// Activities that start before the start or end after the end.
    pub activities: Vec<(ActivityId, NaiveDate)>,
    /// Deliverables due outside the project.
    pub deliverables: Vec<(DeliverableId, NaiveDate)>,
    /// Log entries dated outside the project (preparation work before the
    /// start is common: warned about, never refused).
    pub entries: Vec<(EntryId, NaiveDate)>,
}

impl Outside {
    /// Nothing falls outside.
    pub fn is_empty(&self) -> bool {
        self.activities.is_empty() && self.deliverables.is_empty() && self.entries.is_empty()
    }

    /// How many items fall outside.
    pub fn len(&self) -> usize {
        self.activities.len() + self.deliverables.len() + self.entries.len()
    }
}

/// The items of `plan` that would lie outside `start..=end`, each with the
/// date that falls outside, in the plan's order. Linear in the plan's size.
pub fn outside(plan: &Plan, start: NaiveDate, end: NaiveDate) -> Outside {
    let out = |day: NaiveDate| day < start || day > end;
    let mut found = Outside::default();
    for a in &plan.activities {
        let (first, last) = (a.when.start_date(), a.when.end_date());
        if out(first) {
            found.activities.push((a.id, first));
        } else if out(last) {
            found.activities.push((a.id, last));
        }
    }
    for d in plan.deliverables.iter().filter(|d| out(d.due)) {
        found.deliverables.push((d.id, d.due));
    }
    for e in plan.log.iter().filter(|e| out(e.date)) {
        found.entries.push((e.id, e.date));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_sample_fits_its_own_dates_and_not_a_shorter_project() {
        let plan = sample::plan().unwrap();
        let fits = outside(&plan, plan.project.start, plan.project.end);
        // Whatever the sample holds outside its dates today, shortening the
        // project by a year only adds to it.
        let shorter = outside(&plan, plan.project.start, day(2018, 4, 30));
        assert!(shorter.len() > fits.len());
        assert!(
            shorter
                .deliverables
                .iter()
                .all(|(_, d)| *d > day(2018, 4, 30))
        );
    }

    #[test]
    fn a_setup_makes_a_plan_or_says_why_not() {
        let setup = Setup {
            name: "  My project ".into(),
            acronym: "MP".into(),
            programme: "Interreg Alpine Space".into(),
            start: day(2025, 10, 1),
            end: day(2028, 9, 30),
            periods: Periods::Every(6),
            time_zone: Some(chrono_tz::Europe::Rome),
            working_language: Lang::new("en"),
        };
        let plan = setup.plan().unwrap();
        assert_eq!(plan.project.name, "My project");
        assert_eq!(plan.project.start, day(2025, 10, 1));
        assert_eq!(plan.project.time_zone, Some(chrono_tz::Europe::Rome));
        let bad = Setup {
            end: day(2020, 1, 1),
            ..setup.clone()
        };
        assert!(bad.plan().is_err());
        let bad = Setup {
            name: " ".into(),
            ..setup
        };
        assert!(bad.plan().is_err());
    }
}
