//! The activity editor: every field of an item, checked as it is typed.
//! A broken item (no title, end before start, a date outside the project, a
//! time or zone that cannot be read) cannot be saved, and each problem
//! shows under its field.

mod build;
mod fields;
mod form;
mod lists;
mod repeat;
mod scope;
mod when;

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveTime, Utc};

use chrono::Weekday;
use commplan_core::vocab::{Channel, Kind, RepeatUnit, Status, TargetGroup};
use commplan_core::{Activity, ActivityId, Change, Edit, PartnerId, Plan, When, WorkPackageId};

pub use repeat::{COUNT_INPUT, EVERY_INPUT, Ends, Monthly, UNTIL_INPUT};
pub use scope::Scope;

pub use form::{END_INPUT, END_TIME_INPUT, START_INPUT, START_TIME_INPUT, TITLE_INPUT, ZONE_INPUT};
pub use lists::{DateField, ListField, Popup};

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
    Count,
    Weekdays,
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
    /// How long a timed item lasts, as last set by its end: a new start
    /// time moves the end by as much (an hour when never set).
    length: Option<chrono::Duration>,
    rule: repeat::Fields,
    /// Opened on one occurrence of a series: which, and whether the
    /// changes are for it only.
    occurrence: Option<Scope>,
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
    /// Opened in a window that cannot change the plan: every field is
    /// shown, none can be changed, and only "Close" is offered.
    read_only: bool,
    /// The date picker or list that is open: looking, not a change, so
    /// an editor that differs only here holds no unsaved change.
    popup: Popup,
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
    WeekdayToggled(Weekday),
    MonthlyPicked(Monthly),
    EndsPicked(Ends),
    CountEdited(String),
    /// Changes go to this occurrence only (`true`) or the whole series.
    ScopePicked(bool),
    SkipPressed,
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
    /// A date field's calendar button was pressed (open, or close).
    PickerToggled(DateField),
    /// The month calendar moved a month back (`-1`) or on (`1`).
    PickerMoved(i32),
    /// A day was picked in a date field's calendar.
    DatePicked(DateField, NaiveDate),
    /// A time or zone field's arrow was pressed (open, or close).
    ListToggled(ListField),
    /// A time was picked from a time field's list.
    TimePicked(ListField, NaiveTime),
    /// A zone was picked from the zone list.
    ZonePicked(chrono_tz::Tz),
    /// Escape, or a click beside an open calendar or list: it closes
    /// (and the Escape closes nothing else).
    PopupClosed,
    /// A click beside the editor while a calendar or list is open: that
    /// closes, the editor stays.
    PopupDismissed,
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
    /// Run this (scroll an opened list to its value) and stay open.
    Run(iced::Task<Message>),
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
            // The project's zone; Rome (the sample's) when it has none.
            zone: plan
                .project
                .time_zone
                .map_or("Europe/Rome", |z| z.name())
                .to_owned(),
            length: None,
            rule: repeat::Fields::of(None),
            occurrence: None,
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
            read_only: false,
            popup: Popup::default(),
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
            length: match &a.when {
                When::Timed { start, end, .. } => Some(*end - *start),
                When::Days { .. } => None,
            },
            rule: repeat::Fields::of(a.recurrence.as_deref()),
            occurrence: None,
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
            read_only: false,
            popup: Popup::default(),
        }
    }

    /// The same editor for a window that cannot change the plan: it shows
    /// every field and changes none.
    pub fn read_only(self) -> Self {
        Self {
            read_only: true,
            ..self
        }
    }

    /// Shows the item without letting it be changed.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The item being edited (a new one's id to be).
    pub fn activity_id(&self) -> ActivityId {
        self.id
    }

    pub fn is_new(&self) -> bool {
        self.original.is_none()
    }

    pub fn update(&mut self, message: Message, plan: &Plan) -> Outcome {
        if self.read_only {
            // Only closing: no field, picker or button changes anything.
            return match message {
                Message::CancelPressed => Outcome::Closed,
                _ => Outcome::Open,
            };
        }
        if let Some(outcome) = self.update_popup(&message, plan) {
            return outcome;
        }
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
            Message::EndEdited(v) => {
                self.end = v;
                self.end_changed();
            }
            Message::StartTimeEdited(v) => {
                self.start_time_changed(v);
                self.popup.list_typed(ListField::StartTime);
            }
            Message::EndTimeEdited(v) => {
                self.end_time = v;
                self.end_changed();
                self.popup.list_typed(ListField::EndTime);
            }
            Message::ZoneEdited(v) => {
                self.zone = v;
                self.popup.list_typed(ListField::Zone);
            }
            Message::RepeatPicked(v) => self.rule.unit = v,
            Message::EveryEdited(v) => self.rule.every = v,
            Message::UntilEdited(v) => self.rule.until = v,
            Message::WeekdayToggled(v) => self.rule.toggle(v),
            Message::MonthlyPicked(v) => self.rule.monthly = v,
            Message::EndsPicked(v) => {
                // "On a date" starts on the project's end, a valid date to
                // change (by its calendar), not an empty field in red.
                if v == Ends::On && self.rule.until.trim().is_empty() {
                    self.rule.until = plan.project.end.format(DATE).to_string();
                }
                self.rule.ends = v;
            }
            Message::CountEdited(v) => self.rule.count = v,
            Message::ScopePicked(only) => self.choose_scope(only),
            Message::SkipPressed => return self.skip_occurrence(),
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
            // Handled by `update_popup`.
            Message::PickerToggled(_)
            | Message::PickerMoved(_)
            | Message::DatePicked(..)
            | Message::ListToggled(_)
            | Message::TimePicked(..)
            | Message::ZonePicked(_)
            | Message::PopupClosed
            | Message::PopupDismissed => {}
            Message::CancelPressed => return Outcome::Closed,
            Message::DeletePressed => self.confirm_delete = true,
            Message::DeleteConfirmed => {
                if !self.is_new() {
                    return Outcome::Deleted(self.id);
                }
                return Outcome::Closed;
            }
            Message::SavePressed => {
                if let Some(outcome) = self.save_occurrence(plan) {
                    return outcome;
                }
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
}
