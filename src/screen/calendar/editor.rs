//! The activity editor: every field of an item, checked as it is typed.
//! A broken item (no title, end before start, a date outside the project, a
//! time or zone that cannot be read) cannot be saved, and each problem
//! shows under its field.

mod fields;
mod form;

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::data::activity::{Location, Recurrence};
use crate::data::import::values;
use crate::data::value::{Country, Lang};
use crate::data::vocab::{Channel, Kind, RepeatUnit, Status, TargetGroup};
use crate::data::{Activity, ActivityId, Change, Edit, PartnerId, Plan, When, WorkPackageId};
use crate::fl;

pub use form::{END_INPUT, START_INPUT, TITLE_INPUT};

/// The fields a problem can be shown under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Responsible,
    Start,
    End,
    StartTime,
    EndTime,
    Zone,
    Every,
    Until,
    Country,
    Languages,
    /// A problem the whole item has (e.g. its campaign).
    Item,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    id: ActivityId,
    original: Option<Activity>,
    title: String,
    kind: Kind,
    status: Status,
    responsible: Option<PartnerId>,
    contributors: BTreeSet<PartnerId>,
    work_package: Option<WorkPackageId>,
    all_day: bool,
    start: String,
    end: String,
    start_time: String,
    end_time: String,
    zone: String,
    repeat: Option<RepeatUnit>,
    every: String,
    until: String,
    venue: String,
    city: String,
    country: String,
    online: String,
    channel: Option<Channel>,
    groups: BTreeSet<TargetGroup>,
    languages: String,
    registration: String,
    notes: String,
    campaign: Option<ActivityId>,
    confirm_delete: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    TitleEdited(String),
    KindPicked(Kind),
    StatusPicked(Status),
    ResponsiblePicked(PartnerId),
    ContributorToggled(PartnerId),
    WorkPackagePicked(Option<WorkPackageId>),
    AllDayToggled(bool),
    StartEdited(String),
    EndEdited(String),
    StartTimeEdited(String),
    EndTimeEdited(String),
    ZoneEdited(String),
    RepeatPicked(Option<RepeatUnit>),
    EveryEdited(String),
    UntilEdited(String),
    VenueEdited(String),
    CityEdited(String),
    CountryEdited(String),
    OnlineEdited(String),
    ChannelPicked(Option<Channel>),
    GroupToggled(TargetGroup),
    LanguagesEdited(String),
    RegistrationEdited(String),
    NotesEdited(String),
    CampaignPicked(Option<ActivityId>),
    SavePressed,
    CancelPressed,
    DeletePressed,
    DeleteConfirmed,
}

/// What the calendar does after an editor message.
pub enum Outcome {
    Open,
    Closed,
    /// Save this edit; the item and its first day, to select and show.
    Saved(Box<Edit>, ActivityId, NaiveDate),
    Deleted(ActivityId),
}

const DATE: &str = "%Y-%m-%d";
const TIME: &str = "%H:%M";

impl Editor {
    /// A new item on `day` (at `minute` for a timed one), for the
    /// communication lead (or the first partner).
    pub fn create(plan: &Plan, day: NaiveDate, minute: Option<u32>) -> Self {
        let responsible = plan
            .project
            .communication_lead
            .clone()
            .or_else(|| plan.partners.first().map(|p| p.id.clone()));
        let at = |minute: u32| {
            NaiveTime::from_hms_opt((minute / 60).min(23), minute % 60, 0)
                .unwrap_or(NaiveTime::MIN)
                .format(TIME)
                .to_string()
        };
        Self {
            id: plan.next_activity_id(),
            original: None,
            title: String::new(),
            kind: Kind::Event,
            status: Status::Planned,
            responsible,
            contributors: BTreeSet::new(),
            work_package: None,
            all_day: minute.is_none(),
            start: day.format(DATE).to_string(),
            end: day.format(DATE).to_string(),
            start_time: at(minute.unwrap_or(10 * 60)),
            end_time: at(minute.unwrap_or(10 * 60) + 60),
            zone: "Europe/Rome".to_owned(),
            repeat: None,
            every: "1".to_owned(),
            until: String::new(),
            venue: String::new(),
            city: String::new(),
            country: String::new(),
            online: String::new(),
            channel: None,
            groups: BTreeSet::new(),
            languages: String::new(),
            registration: String::new(),
            notes: String::new(),
            campaign: None,
            confirm_delete: false,
        }
    }

    /// The editor on an existing item.
    pub fn open(a: &Activity) -> Self {
        let (all_day, start, end, start_time, end_time, zone) = match &a.when {
            When::Days { start, end } => (
                true,
                start.format(DATE).to_string(),
                end.format(DATE).to_string(),
                "10:00".to_owned(),
                "11:00".to_owned(),
                "Europe/Rome".to_owned(),
            ),
            When::Timed { start, end, zone } => (
                false,
                start.format(DATE).to_string(),
                end.format(DATE).to_string(),
                start.format(TIME).to_string(),
                end.format(TIME).to_string(),
                zone.name().to_owned(),
            ),
        };
        Self {
            id: a.id,
            original: Some(a.clone()),
            title: a.title.clone(),
            kind: a.kind,
            status: a.status,
            responsible: Some(a.responsible.clone()),
            contributors: a.contributors.iter().cloned().collect(),
            work_package: a.work_package.clone(),
            all_day,
            start,
            end,
            start_time,
            end_time,
            zone,
            repeat: a.recurrence.as_ref().map(|r| r.unit),
            every: a
                .recurrence
                .as_ref()
                .map_or("1".to_owned(), |r| r.every.to_string()),
            until: a
                .recurrence
                .as_ref()
                .and_then(|r| r.until)
                .map(|d| d.format(DATE).to_string())
                .unwrap_or_default(),
            venue: a.location.venue.clone(),
            city: a.location.city.clone(),
            country: a
                .location
                .country
                .as_ref()
                .map(|c| c.0.clone())
                .unwrap_or_default(),
            online: a.location.online.clone().unwrap_or_default(),
            channel: a.channel,
            groups: a.target_groups.iter().copied().collect(),
            languages: a
                .languages
                .iter()
                .map(|l| l.0.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            registration: a.registration.clone().unwrap_or_default(),
            notes: a.notes.clone(),
            campaign: a.campaign,
            confirm_delete: false,
        }
    }

    pub fn is_new(&self) -> bool {
        self.original.is_none()
    }

    pub fn update(&mut self, message: Message, plan: &Plan) -> Outcome {
        match message {
            Message::TitleEdited(v) => self.title = v,
            Message::KindPicked(v) => self.kind = v,
            Message::StatusPicked(v) => self.status = v,
            Message::ResponsiblePicked(v) => {
                self.contributors.remove(&v);
                self.responsible = Some(v);
            }
            Message::ContributorToggled(v) => {
                if !self.contributors.remove(&v) && self.responsible.as_ref() != Some(&v) {
                    self.contributors.insert(v);
                }
            }
            Message::WorkPackagePicked(v) => self.work_package = v,
            Message::AllDayToggled(v) => self.all_day = v,
            Message::StartEdited(v) => {
                // Keep a one-day item one day long while the start is typed.
                if self.end == self.start {
                    self.end.clone_from(&v);
                }
                self.start = v;
            }
            Message::EndEdited(v) => self.end = v,
            Message::StartTimeEdited(v) => self.start_time = v,
            Message::EndTimeEdited(v) => self.end_time = v,
            Message::ZoneEdited(v) => self.zone = v,
            Message::RepeatPicked(v) => self.repeat = v,
            Message::EveryEdited(v) => self.every = v,
            Message::UntilEdited(v) => self.until = v,
            Message::VenueEdited(v) => self.venue = v,
            Message::CityEdited(v) => self.city = v,
            Message::CountryEdited(v) => self.country = v.trim().to_uppercase(),
            Message::OnlineEdited(v) => self.online = v,
            Message::ChannelPicked(v) => self.channel = v,
            Message::GroupToggled(v) => {
                if !self.groups.remove(&v) {
                    self.groups.insert(v);
                }
            }
            Message::LanguagesEdited(v) => self.languages = v,
            Message::RegistrationEdited(v) => self.registration = v,
            Message::NotesEdited(v) => self.notes = v,
            Message::CampaignPicked(v) => self.campaign = v,
            Message::CancelPressed => return Outcome::Closed,
            Message::DeletePressed => self.confirm_delete = true,
            Message::DeleteConfirmed => {
                if !self.is_new() {
                    return Outcome::Deleted(self.id);
                }
                return Outcome::Closed;
            }
            Message::SavePressed => {
                if let Ok(activity) = self.build(plan) {
                    let day = activity.when.start_date();
                    let id = activity.id;
                    let edit = match &self.original {
                        None => Edit::Activity(Change::Add(activity)),
                        Some(original) if *original == activity => return Outcome::Closed,
                        Some(original) => {
                            let mut activity = activity;
                            activity.stamp(original, Utc::now());
                            Edit::Activity(Change::Update(activity))
                        }
                    };
                    return Outcome::Saved(Box::new(edit), id, day);
                }
            }
        }
        Outcome::Open
    }

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
            let day = values::date(text);
            match day {
                None => problem(field, fl!("editor-date-invalid", value = text.trim())),
                Some(day) if !plan.in_project(day) => problem(
                    field,
                    fl!(
                        "editor-date-outside",
                        start = crate::format::date(plan.project.start),
                        end = crate::format::date(plan.project.end)
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
                let time = NaiveTime::parse_from_str(text.trim(), TIME).ok();
                if time.is_none() {
                    problem(field, fl!("editor-time-invalid", value = text.trim()));
                }
                time
            };
            let start_time = time(&self.start_time, Field::StartTime, &mut problem);
            let end_time = time(&self.end_time, Field::EndTime, &mut problem);
            let zone: Option<Tz> = self.zone.trim().parse().ok();
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
        let recurrence = match self.repeat {
            None => None,
            Some(unit) => {
                let every = self.every.trim().parse::<u32>().ok().filter(|n| *n > 0);
                if every.is_none() {
                    problem(Field::Every, fl!("editor-every-invalid"));
                }
                let until = if self.until.trim().is_empty() {
                    Some(None)
                } else {
                    match values::date(&self.until) {
                        Some(d) if start.is_some_and(|s| d < s) => {
                            problem(Field::Until, fl!("editor-until-before-start"));
                            None
                        }
                        Some(d) => Some(Some(d)),
                        None => {
                            problem(
                                Field::Until,
                                fl!("editor-date-invalid", value = self.until.trim()),
                            );
                            None
                        }
                    }
                };
                match (every, until) {
                    (Some(every), Some(until)) => Some(Recurrence { every, unit, until }),
                    _ => None,
                }
            }
        };
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
        if !problems.is_empty() || (self.repeat.is_some() && recurrence.is_none()) {
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
        activity.recurrence = recurrence;
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
        match crate::data::validate::activity(plan, &activity) {
            Ok(()) => Ok(activity),
            Err(error) => Err(vec![(Field::Item, error.to_string())]),
        }
    }
}
