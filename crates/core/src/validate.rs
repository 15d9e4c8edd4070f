//! Rules an edit must keep: no dangling references, no duplicate ids or
//! codes, no item whose end comes before its start.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::activity::Activity;
use super::deliverable::Deliverable;
use super::edit::{Change, Edit, Subject};
use super::ids::{ActivityId, DeliverableId, PartnerId, WorkPackageId};
use super::indicator::Indicator;
use super::log::LogEntry;
use super::partner::{Partner, WorkPackage};
use super::plan::{Plan, Project};
use crate::fl;

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum EditError {
    DuplicateId {
        subject: Subject,
        id: String,
    },
    NotFound {
        subject: Subject,
        id: String,
    },
    UnknownPartner(PartnerId),
    UnknownWorkPackage(WorkPackageId),
    UnknownActivity(ActivityId),
    InUse {
        subject: Subject,
        id: String,
        uses: Uses,
    },
    Invalid(Problem),
}

impl std::error::Error for EditError {}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            EditError::DuplicateId { subject, id } => {
                fl!(
                    "error-duplicate-id",
                    subject = subject.to_string(),
                    id = id.as_str()
                )
            }
            EditError::NotFound { subject, id } => {
                fl!(
                    "error-not-found",
                    subject = subject.to_string(),
                    id = id.as_str()
                )
            }
            EditError::UnknownPartner(id) => fl!("error-unknown-partner", id = id.as_str()),
            EditError::UnknownWorkPackage(id) => {
                fl!("error-unknown-work-package", id = id.as_str())
            }
            EditError::UnknownActivity(id) => fl!("error-unknown-activity", id = id.to_string()),
            EditError::InUse { subject, id, uses } => fl!(
                "error-in-use",
                subject = subject.to_string(),
                id = id.as_str(),
                uses = uses.to_string()
            ),
            EditError::Invalid(problem) => problem.to_string(),
        };
        f.write_str(&text)
    }
}

/// Something wrong with one item's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    EmptyTitle,
    EmptyName,
    /// A required partner id or country left empty: named as missing, not
    /// as malformed.
    EmptyPartnerId,
    EmptyCountry,
    EndBeforeStart,
    ProjectEndBeforeStart,
    BadPartnerId(String),
    BadCountry(String),
    BadLanguage(String),
    DuplicateCode(String),
    CampaignIsItself,
    CampaignNotACampaign(ActivityId),
    BadRecurrence,
    /// The rule does not fall on the activity's first day (a weekday not
    /// chosen, an "nth weekday" that is not the first day's), which RFC
    /// 5545 §3.3.10 leaves undefined.
    RuleMissesFirstDay,
    DateOutOfRange(NaiveDate),
    /// The project's reporting periods do not fit its dates.
    BadPeriods(crate::period::PeriodError),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Problem::EmptyTitle => fl!("problem-empty-title"),
            Problem::EmptyName => fl!("problem-empty-name"),
            Problem::EmptyPartnerId => fl!("problem-empty-partner-id"),
            Problem::EmptyCountry => fl!("problem-empty-country"),
            Problem::EndBeforeStart => fl!("problem-end-before-start"),
            Problem::ProjectEndBeforeStart => fl!("problem-project-end-before-start"),
            Problem::BadPartnerId(id) => fl!("problem-bad-partner-id", id = id.as_str()),
            Problem::BadCountry(code) => fl!("problem-bad-country", code = code.as_str()),
            Problem::BadLanguage(code) => fl!("problem-bad-language", code = code.as_str()),
            Problem::DuplicateCode(code) => fl!("problem-duplicate-code", code = code.as_str()),
            Problem::CampaignIsItself => fl!("problem-campaign-is-itself"),
            Problem::CampaignNotACampaign(id) => {
                fl!("problem-campaign-not-a-campaign", id = id.to_string())
            }
            Problem::BadRecurrence => fl!("problem-bad-recurrence"),
            Problem::RuleMissesFirstDay => fl!("problem-rule-misses-first-day"),
            Problem::DateOutOfRange(day) => {
                fl!("problem-date-out-of-range", date = day.to_string())
            }
            Problem::BadPeriods(error) => error.to_string(),
        };
        f.write_str(&text)
    }
}

/// How many items refer to the one being removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Uses {
    pub project: bool,
    pub work_packages: usize,
    pub activities: usize,
    pub deliverables: usize,
    pub entries: usize,
    pub indicators: usize,
}

impl Uses {
    pub fn is_empty(&self) -> bool {
        *self == Uses::default()
    }
}

impl fmt::Display for Uses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if self.project {
            parts.push(fl!("uses-project"));
        }
        let counts = [
            (self.work_packages, "wp"),
            (self.activities, "activities"),
            (self.deliverables, "deliverables"),
            (self.entries, "entries"),
            (self.indicators, "indicators"),
        ];
        for (count, what) in counts {
            if count > 0 {
                parts.push(match what {
                    "wp" => fl!("uses-work-packages", count = count),
                    "activities" => fl!("uses-activities", count = count),
                    "deliverables" => fl!("uses-deliverables", count = count),
                    "entries" => fl!("uses-entries", count = count),
                    _ => fl!("uses-indicators", count = count),
                });
            }
        }
        f.write_str(&parts.join(", "))
    }
}

/// Everything that refers to a partner.
pub fn partner_uses(plan: &Plan, id: &PartnerId) -> Uses {
    Uses {
        project: plan.project.lead_partner.as_ref() == Some(id)
            || plan.project.communication_lead.as_ref() == Some(id),
        work_packages: plan.work_packages.iter().filter(|w| &w.lead == id).count(),
        activities: plan
            .activities
            .iter()
            .filter(|a| a.partners().any(|p| p == id))
            .count(),
        deliverables: plan
            .deliverables
            .iter()
            .filter(|d| d.partners().any(|p| p == id))
            .count(),
        entries: plan.log.iter().filter(|e| &e.partner == id).count(),
        indicators: plan
            .indicators
            .iter()
            .filter(|i| i.partner_targets.contains_key(id))
            .count(),
    }
}

/// Everything that refers to a work package.
pub fn work_package_uses(plan: &Plan, id: &WorkPackageId) -> Uses {
    Uses {
        activities: plan
            .activities
            .iter()
            .filter(|a| a.work_package.as_ref() == Some(id))
            .count(),
        deliverables: plan
            .deliverables
            .iter()
            .filter(|d| &d.work_package == id)
            .count(),
        ..Uses::default()
    }
}

/// Everything that refers to an activity: items of its campaign, log entries.
pub fn activity_uses(plan: &Plan, id: ActivityId) -> Uses {
    Uses {
        activities: plan
            .activities
            .iter()
            .filter(|a| a.campaign == Some(id))
            .count(),
        entries: plan.log.iter().filter(|e| e.activity == Some(id)).count(),
        ..Uses::default()
    }
}

/// What validation needs to know about the rest of the plan. The plan
/// answers by scanning (fine for one edit); [`Index`] answers from hash
/// tables (for checking or importing many items at once).
pub trait Lookup {
    fn has_partner(&self, id: &PartnerId) -> bool;
    fn has_work_package(&self, id: &WorkPackageId) -> bool;
    /// `None` when there is no such activity, else its own campaign.
    fn campaign_of(&self, id: ActivityId) -> Option<Option<ActivityId>>;
    /// Does a deliverable other than `except` use this code?
    fn code_taken(&self, code: &str, except: DeliverableId) -> bool;
}

impl Lookup for Plan {
    fn has_partner(&self, id: &PartnerId) -> bool {
        self.partner(id).is_some()
    }

    fn has_work_package(&self, id: &WorkPackageId) -> bool {
        self.work_package(id).is_some()
    }

    fn campaign_of(&self, id: ActivityId) -> Option<Option<ActivityId>> {
        self.activity(id).map(|a| a.campaign)
    }

    fn code_taken(&self, code: &str, except: DeliverableId) -> bool {
        self.deliverables
            .iter()
            .any(|d| d.id != except && d.code.trim() == code)
    }
}

/// Hash tables over a plan, for validating many items quickly.
pub struct Index<'a> {
    partners: HashSet<&'a PartnerId>,
    work_packages: HashSet<&'a WorkPackageId>,
    activities: HashMap<ActivityId, Option<ActivityId>>,
    codes: HashMap<&'a str, Vec<DeliverableId>>,
}

impl<'a> Index<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        let mut codes: HashMap<&str, Vec<DeliverableId>> = HashMap::new();
        for d in &plan.deliverables {
            codes.entry(d.code.trim()).or_default().push(d.id);
        }
        Self {
            partners: plan.partners.iter().map(|p| &p.id).collect(),
            work_packages: plan.work_packages.iter().map(|w| &w.id).collect(),
            activities: plan.activities.iter().map(|a| (a.id, a.campaign)).collect(),
            codes,
        }
    }
}

impl Lookup for Index<'_> {
    fn has_partner(&self, id: &PartnerId) -> bool {
        self.partners.contains(id)
    }

    fn has_work_package(&self, id: &WorkPackageId) -> bool {
        self.work_packages.contains(id)
    }

    fn campaign_of(&self, id: ActivityId) -> Option<Option<ActivityId>> {
        self.activities.get(&id).copied()
    }

    fn code_taken(&self, code: &str, except: DeliverableId) -> bool {
        self.codes
            .get(code)
            .is_some_and(|ids| ids.iter().any(|id| *id != except))
    }
}

fn known_partner(plan: &impl Lookup, id: &PartnerId) -> Result<(), EditError> {
    if plan.has_partner(id) {
        Ok(())
    } else {
        Err(EditError::UnknownPartner(id.clone()))
    }
}

fn known_work_package(plan: &impl Lookup, id: &WorkPackageId) -> Result<(), EditError> {
    if plan.has_work_package(id) {
        Ok(())
    } else {
        Err(EditError::UnknownWorkPackage(id.clone()))
    }
}

fn invalid(problem: Problem) -> EditError {
    EditError::Invalid(problem)
}

/// The years a plan's dates may lie in: anything else is a typing slip
/// (or a hostile file) that would only confuse calendars and exports.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

fn dates(days: impl IntoIterator<Item = NaiveDate>) -> Result<(), EditError> {
    match days.into_iter().find(|d| !YEARS.contains(&d.year())) {
        Some(day) => Err(invalid(Problem::DateOutOfRange(day))),
        None => Ok(()),
    }
}

pub fn project(plan: &impl Lookup, project: &Project) -> Result<(), EditError> {
    if project.name.trim().is_empty() {
        return Err(invalid(Problem::EmptyName));
    }
    dates([project.start, project.end])?;
    if project.end < project.start {
        return Err(invalid(Problem::ProjectEndBeforeStart));
    }
    if !project.working_language.is_well_formed() {
        return Err(invalid(Problem::BadLanguage(
            project.working_language.0.clone(),
        )));
    }
    crate::period::check(project).map_err(|e| invalid(Problem::BadPeriods(e)))?;
    for id in project
        .lead_partner
        .iter()
        .chain(project.communication_lead.iter())
    {
        known_partner(plan, id)?;
    }
    Ok(())
}

pub fn partner(partner: &Partner) -> Result<(), EditError> {
    if partner.id.0.trim().is_empty() {
        return Err(invalid(Problem::EmptyPartnerId));
    }
    if !partner.id.is_well_formed() {
        return Err(invalid(Problem::BadPartnerId(partner.id.0.clone())));
    }
    if partner.name.trim().is_empty() {
        return Err(invalid(Problem::EmptyName));
    }
    if partner.country.0.trim().is_empty() {
        return Err(invalid(Problem::EmptyCountry));
    }
    if !partner.country.is_well_formed() {
        return Err(invalid(Problem::BadCountry(partner.country.0.clone())));
    }
    if let Some(lang) = partner.languages.iter().find(|l| !l.is_well_formed()) {
        return Err(invalid(Problem::BadLanguage(lang.0.clone())));
    }
    Ok(())
}

pub fn work_package(plan: &impl Lookup, wp: &WorkPackage) -> Result<(), EditError> {
    if wp.id.0.trim().is_empty() || wp.title.trim().is_empty() {
        return Err(invalid(Problem::EmptyTitle));
    }
    known_partner(plan, &wp.lead)
}

/// A recurrence rule that makes sense for its activity: a step of at least
/// 1, an end after the start, not both an end date and a count (RFC 5545
/// §3.3.10), weekdays only when weekly, an nth weekday only when monthly,
/// and a rule that falls on the first day.
fn recurrence(a: &Activity, rule: &crate::Recurrence) -> Result<(), EditError> {
    use crate::vocab::RepeatUnit;
    use chrono::Datelike;
    let first = a.when.start_date();
    let sound = rule.every > 0
        && rule.until.is_none_or(|until| until >= first)
        && !(rule.until.is_some() && rule.count.is_some())
        && rule.count != Some(0)
        && (rule.weekdays.is_empty() || rule.unit == RepeatUnit::Week)
        && rule
            .nth
            .is_none_or(|n| rule.unit == RepeatUnit::Month && matches!(n, -1 | 1..=5));
    if !sound {
        return Err(invalid(Problem::BadRecurrence));
    }
    let on_first_day = (rule.weekdays.is_empty() || rule.weekdays.contains(&first.weekday()))
        && rule.nth.is_none_or(|n| {
            crate::recurrence::dates::nth_weekday(first.year(), first.month(), first.weekday(), n)
                == Some(first)
        });
    if !on_first_day {
        return Err(invalid(Problem::RuleMissesFirstDay));
    }
    dates(rule.skipped.iter().copied())?;
    for moved in &rule.moved {
        dates([moved.from, moved.when.start_date(), moved.when.end_date()])?;
        if !moved.when.is_ordered() {
            return Err(invalid(Problem::EndBeforeStart));
        }
    }
    Ok(())
}

pub fn activity(plan: &impl Lookup, a: &Activity) -> Result<(), EditError> {
    if a.title.trim().is_empty() {
        return Err(invalid(Problem::EmptyTitle));
    }
    dates([a.when.start_date(), a.when.end_date()])?;
    dates(a.recurrence.as_ref().and_then(|r| r.until))?;
    if !a.when.is_ordered() {
        return Err(invalid(Problem::EndBeforeStart));
    }
    if let Some(rule) = &a.recurrence {
        recurrence(a, rule)?;
    }
    for id in a.partners() {
        known_partner(plan, id)?;
    }
    if let Some(wp) = &a.work_package {
        known_work_package(plan, wp)?;
    }
    if let Some(lang) = a.languages.iter().find(|l| !l.is_well_formed()) {
        return Err(invalid(Problem::BadLanguage(lang.0.clone())));
    }
    if let Some(campaign) = a.campaign {
        if campaign == a.id {
            return Err(invalid(Problem::CampaignIsItself));
        }
        match plan.campaign_of(campaign) {
            None => return Err(EditError::UnknownActivity(campaign)),
            Some(Some(_)) => return Err(invalid(Problem::CampaignNotACampaign(campaign))),
            Some(None) => {}
        }
    }
    Ok(())
}

pub fn deliverable(plan: &impl Lookup, d: &Deliverable) -> Result<(), EditError> {
    if d.title.trim().is_empty() || d.code.trim().is_empty() {
        return Err(invalid(Problem::EmptyTitle));
    }
    dates(std::iter::once(d.due).chain(d.submitted).chain(d.approved))?;
    let code = d.code.trim();
    if plan.code_taken(code, d.id) {
        return Err(invalid(Problem::DuplicateCode(code.to_owned())));
    }
    known_work_package(plan, &d.work_package)?;
    for id in d.partners() {
        known_partner(plan, id)?;
    }
    Ok(())
}

pub fn entry(plan: &impl Lookup, e: &LogEntry) -> Result<(), EditError> {
    if e.title.trim().is_empty() {
        return Err(invalid(Problem::EmptyTitle));
    }
    dates([e.date])?;
    known_partner(plan, &e.partner)?;
    if let Some(id) = e.activity
        && plan.campaign_of(id).is_none()
    {
        return Err(EditError::UnknownActivity(id));
    }
    if let Some(lang) = e.language.as_ref().filter(|l| !l.is_well_formed()) {
        return Err(invalid(Problem::BadLanguage(lang.0.clone())));
    }
    Ok(())
}

pub fn indicator(plan: &impl Lookup, i: &Indicator) -> Result<(), EditError> {
    if i.name.trim().is_empty() {
        return Err(invalid(Problem::EmptyName));
    }
    for id in i.partner_targets.keys() {
        known_partner(plan, id)?;
    }
    Ok(())
}

fn refuse_if_used(subject: Subject, id: String, uses: Uses) -> Result<(), EditError> {
    if uses.is_empty() {
        Ok(())
    } else {
        Err(EditError::InUse { subject, id, uses })
    }
}

/// Checks an edit against the plan as it stands. Batches are checked item by
/// item as they are applied.
pub fn edit(plan: &Plan, edit: &Edit) -> Result<(), EditError> {
    match edit {
        Edit::Project(p) => project(plan, p),
        Edit::Partner(Change::Add(p) | Change::Insert(_, p) | Change::Update(p)) => partner(p),
        Edit::Partner(Change::Remove(id)) => {
            refuse_if_used(Subject::Partner, id.to_string(), partner_uses(plan, id))
        }
        Edit::WorkPackage(Change::Add(w) | Change::Insert(_, w) | Change::Update(w)) => {
            work_package(plan, w)
        }
        Edit::WorkPackage(Change::Remove(id)) => refuse_if_used(
            Subject::WorkPackage,
            id.to_string(),
            work_package_uses(plan, id),
        ),
        Edit::Activity(Change::Add(a) | Change::Insert(_, a) | Change::Update(a)) => {
            activity(plan, a)
        }
        Edit::Activity(Change::Remove(id)) => {
            refuse_if_used(Subject::Activity, id.to_string(), activity_uses(plan, *id))
        }
        Edit::Deliverable(Change::Add(d) | Change::Insert(_, d) | Change::Update(d)) => {
            deliverable(plan, d)
        }
        Edit::Log(Change::Add(e) | Change::Insert(_, e) | Change::Update(e)) => entry(plan, e),
        Edit::Indicator(Change::Add(i) | Change::Insert(_, i) | Change::Update(i)) => {
            indicator(plan, i)
        }
        Edit::Deliverable(Change::Remove(_))
        | Edit::Log(Change::Remove(_))
        | Edit::Indicator(Change::Remove(_))
        | Edit::Batch(_) => Ok(()),
    }
}
