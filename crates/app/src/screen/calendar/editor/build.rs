//! Reading the editor's fields into an activity, with every problem found
//! on the way, so each shows under its field.

use chrono_tz::Tz;

use super::{Editor, Field};
use commplan_core::activity::Location;
use commplan_core::fl;
use commplan_core::recurrence;
use commplan_core::text::parse_date;
use commplan_core::value::{Country, Lang};
use commplan_core::{Activity, Plan, When};

impl Editor {
    /// The item the form describes, or every problem with it.
    pub fn build(&self, plan: &Plan) -> Result<Activity, Vec<(Field, String)>> {
        let mut problems = Vec::new();
        let mut problem = |field, text: String| problems.push((field, text));
        let title = self.title.trim();
        if title.is_empty() {
            problem(Field::Title, fl!("editor-title-missing"));
        }
        let Some(responsible) = self.responsible.clone() else {
            problem(Field::Responsible, fl!("editor-responsible-missing"));
            return Err(problems);
        };
        let day = |text: &str, field, problem: &mut dyn FnMut(Field, String)| {
            let day = parse_date(text);
            match day {
                None => problem(field, fl!("editor-date-invalid", value = text.trim())),
                Some(day) if !plan.in_project(day) => problem(
                    field,
                    fl!(
                        "editor-date-outside",
                        start = commplan_core::format::date(plan.project.start),
                        end = commplan_core::format::date(plan.project.end)
                    ),
                ),
                Some(_) => {}
            }
            day
        };
        let start = day(&self.start, Field::Start, &mut problem);
        let end = day(&self.end, Field::End, &mut problem);
        let when = if self.all_day {
            match (start, end) {
                (Some(start), Some(end)) if end < start => {
                    problem(Field::End, fl!("editor-end-before-start"));
                    None
                }
                (Some(start), Some(end)) => Some(When::Days { start, end }),
                _ => None,
            }
        } else {
            let time = |text: &str, field, problem: &mut dyn FnMut(Field, String)| {
                let time = commplan_core::text::parse_time(text);
                if time.is_none() {
                    problem(field, fl!("editor-time-invalid", value = text.trim()));
                }
                time
            };
            let start_time = time(&self.start_time, Field::StartTime, &mut problem);
            let end_time = time(&self.end_time, Field::EndTime, &mut problem);
            // "Europe/Lisbon", "europe/lisbon", the city alone ("lisbon")
            // or the country ("Portugal").
            let zone: Option<Tz> = commplan_core::zone::find(&self.zone);
            if zone.is_none() {
                problem(
                    Field::Zone,
                    fl!("editor-zone-invalid", value = self.zone.trim()),
                );
            }
            match (start, end, start_time, end_time, zone) {
                (Some(s), Some(e), Some(st), Some(et), Some(zone)) => {
                    let (start, end) = (s.and_time(st), e.and_time(et));
                    if end < start {
                        problem(Field::EndTime, fl!("editor-end-before-start"));
                        None
                    } else {
                        Some(When::Timed { start, end, zone })
                    }
                }
                _ => None,
            }
        };
        let recurrence = self.rule.build(start, &mut problem);
        let country = self.country.trim();
        let country = (!country.is_empty()).then(|| Country::new(country));
        if country.as_ref().is_some_and(|c| !c.is_well_formed()) {
            problem(Field::Country, fl!("editor-country-invalid"));
        }
        let languages: Vec<Lang> = self
            .languages
            .split([',', ' ', ';'])
            .filter(|l| !l.trim().is_empty())
            .map(Lang::new)
            .collect();
        if let Some(bad) = languages.iter().find(|l| !l.is_well_formed()) {
            problem(
                Field::Languages,
                fl!("editor-language-invalid", value = bad.0.as_str()),
            );
        }
        let Some(when) = when else {
            return Err(problems);
        };
        let Ok(recurrence) = recurrence else {
            return Err(problems);
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        let mut activity = match &self.original {
            Some(original) => original.clone(),
            None => Activity::new(self.id, title, responsible.clone(), when.start_date()),
        };
        activity.title = title.to_owned();
        activity.kind = self.kind;
        activity.status = self.status;
        activity.responsible = responsible;
        activity.contributors = self.contributors.iter().cloned().collect();
        activity.work_package = self.work_package.clone();
        activity.when = when;
        activity.recurrence = recurrence.map(Box::new);
        if self.occurrence.as_ref().is_none_or(|s| !s.only) {
            keep_exceptions_that_apply(&mut activity, plan);
        }
        activity.location = Location {
            venue: self.venue.trim().to_owned(),
            city: self.city.trim().to_owned(),
            country,
            online: optional(&self.online),
        };
        activity.channel = self.channel;
        activity.target_groups = self.groups.iter().copied().collect();
        activity.languages = languages;
        activity.registration = optional(&self.registration);
        activity.notes = self.notes.trim().to_owned();
        activity.campaign = self.campaign;
        match commplan_core::validate::activity(plan, &activity) {
            Ok(()) => Ok(activity),
            Err(error) => Err(vec![(Field::Item, error.to_string())]),
        }
    }
}

/// Skipped and moved occurrences stay only where the (changed) rule still
/// has an occurrence, as calendar clients drop them when a series changes.
fn keep_exceptions_that_apply(activity: &mut Activity, plan: &Plan) {
    let Some(rule) = activity.recurrence.as_deref() else {
        return;
    };
    let days = recurrence::rule_days(activity, plan.project.end);
    let applies = |day: &chrono::NaiveDate| days.contains(day);
    let skipped: Vec<_> = rule.skipped.iter().copied().filter(applies).collect();
    let moved: Vec<_> = rule
        .moved
        .iter()
        .filter(|m| applies(&m.from))
        .cloned()
        .collect();
    if let Some(rule) = activity.recurrence.as_deref_mut() {
        rule.skipped = skipped;
        rule.moved = moved;
    }
}
