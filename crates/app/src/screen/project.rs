//! The project's set-up: name, acronym, programme, dates, leads, working
//! language, time zone and reporting periods. The same form asks for the
//! essentials of a new project (File → New, "Start your own project") and
//! edits the open one (the Overview's project card, Settings).
//!
//! Changing the dates never moves or deletes anything: what would fall
//! outside is listed under the dates as the person types, and saving is one
//! undoable edit of the project alone.

use chrono::NaiveDate;
use chrono_tz::Tz;
use iced::widget::{
    Space, button, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Alignment, Element, Fill, Length};

use crate::theme;
use crate::widget::BOLD;
use crate::widget::combo;
use crate::widget::date_picker::{Messages, Open, date_picker};
use crate::widget::pick::{self, Pick};
use commplan_core::period::{self, Periods};
use commplan_core::setup::{self, Setup};
use commplan_core::text::parse_date;
use commplan_core::value::Lang;
use commplan_core::{PartnerId, Plan, Project, fl, format, validate, zone};

/// Ids of the form's text fields, for focus and tests.
pub const NAME: &str = "project-name";
pub const ACRONYM: &str = "project-acronym";
pub const PROGRAMME: &str = "project-programme";
pub const START: &str = "project-start";
pub const END: &str = "project-end";
pub const PERIOD_MONTHS: &str = "project-period-months";
pub const FIRST_MONTHS: &str = "project-first-months";
pub const ZONE: &str = "project-zone";
pub const LANGUAGE: &str = "project-language";

/// How many zones the zone search lists at most.
const ZONES_SHOWN: usize = 6;
/// How many items outside the dates are named (the rest are counted).
const OUTSIDE_SHOWN: usize = 8;

/// What the form is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The essentials of a new plan.
    New,
    /// The open plan's project.
    Edit,
}

/// The form's fields, as typed.
#[derive(Debug, Clone)]
pub struct Form {
    pub mode: Mode,
    name: String,
    acronym: String,
    programme: String,
    start: String,
    end: String,
    period_months: String,
    first_months: String,
    zone_query: String,
    zone: Option<Tz>,
    language: String,
    lead: Option<PartnerId>,
    communication_lead: Option<PartnerId>,
    /// Why the last save was refused.
    error: Option<String>,
    /// The date picker that is open, if any.
    picker: Option<Open<DateField>>,
}

/// The form's date fields, for its date pickers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    Start,
    End,
}

#[derive(Debug, Clone)]
pub enum Message {
    NameEdited(String),
    AcronymEdited(String),
    ProgrammeEdited(String),
    StartEdited(String),
    EndEdited(String),
    PeriodMonthsEdited(String),
    FirstMonthsEdited(String),
    ZoneEdited(String),
    ZonePicked(Tz),
    ZoneCleared,
    PickerToggled(DateField),
    PickerDismissed,
    PickerMoved(i32),
    DatePicked(DateField, NaiveDate),
    LanguageEdited(String),
    LeadPicked(Option<PartnerId>),
    CommunicationLeadPicked(Option<PartnerId>),
    Saved,
    Cancelled,
}

/// What the form asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Close the form without changing anything.
    Close,
    /// Apply this project to the open plan (one undoable edit).
    Save(Box<Project>),
    /// Make a new plan for this project (the app asks where to keep it).
    Create(Box<Setup>),
}

impl Form {
    /// A form for a new project that starts on `today` and runs three years.
    pub fn new_project(today: NaiveDate) -> Self {
        let end = today
            .checked_add_months(chrono::Months::new(36))
            .and_then(|d| d.pred_opt())
            .unwrap_or(today);
        Self {
            mode: Mode::New,
            name: String::new(),
            acronym: String::new(),
            programme: String::new(),
            start: iso(today),
            end: iso(end),
            period_months: period::DEFAULT_MONTHS.to_string(),
            first_months: String::new(),
            zone_query: String::new(),
            zone: None,
            language: "en".into(),
            lead: None,
            communication_lead: None,
            error: None,
            picker: None,
        }
    }

    /// A form holding the open plan's project.
    pub fn edit(project: &Project) -> Self {
        let periods = period::of(project);
        let (every, first) = match &project.periods {
            Periods::Every(n) => (n.to_string(), String::new()),
            Periods::List(_) => {
                let months = |i: usize| periods.get(i).map_or(0, |p| p.months.len());
                (months(1).max(1).to_string(), months(0).to_string())
            }
        };
        Self {
            mode: Mode::Edit,
            name: project.name.clone(),
            acronym: project.acronym.clone(),
            programme: project.programme.clone(),
            start: iso(project.start),
            end: iso(project.end),
            period_months: every,
            first_months: first,
            zone_query: project
                .time_zone
                .map(|z| z.name().to_owned())
                .unwrap_or_default(),
            zone: project.time_zone,
            language: project.working_language.0.clone(),
            lead: project.lead_partner.clone(),
            communication_lead: project.communication_lead.clone(),
            error: None,
            picker: None,
        }
    }

    pub fn update(&mut self, message: Message, plan: &Plan) -> Action {
        self.error = None;
        match message {
            Message::NameEdited(v) => self.name = v,
            Message::AcronymEdited(v) => self.acronym = v,
            Message::ProgrammeEdited(v) => self.programme = v,
            Message::StartEdited(v) => self.start = v,
            Message::EndEdited(v) => self.end = v,
            Message::PeriodMonthsEdited(v) => self.period_months = v,
            Message::FirstMonthsEdited(v) => self.first_months = v,
            Message::ZoneEdited(v) => {
                // Only a pickable zone's exact name is taken as typed: "Portugal"
                // lists Portugal's zones rather than taking the old alias.
                self.zone = zone::by_name(&v).filter(|z| zone::is_canonical(*z));
                self.zone_query = v;
            }
            Message::ZonePicked(tz) => {
                self.zone = Some(tz);
                self.zone_query = tz.name().to_owned();
            }
            Message::ZoneCleared => {
                self.zone = None;
                self.zone_query.clear();
            }
            Message::PickerToggled(field) => {
                self.picker = match self.picker {
                    Some(open) if open.field == field => None,
                    _ => {
                        let value = match field {
                            DateField::Start => &self.start,
                            DateField::End => &self.end,
                        };
                        let fallback = parse_date(&self.start).unwrap_or(plan.project.start);
                        Some(Open::on(field, value, fallback))
                    }
                };
            }
            Message::PickerDismissed => self.picker = None,
            Message::PickerMoved(months) => self.picker = self.picker.map(|p| p.moved(months)),
            Message::DatePicked(field, day) => {
                let text = iso(day);
                match field {
                    DateField::Start => self.start = text,
                    DateField::End => self.end = text,
                }
                self.picker = None;
            }
            Message::LanguageEdited(v) => self.language = v,
            Message::LeadPicked(id) => self.lead = id,
            Message::CommunicationLeadPicked(id) => self.communication_lead = id,
            Message::Cancelled => return Action::Close,
            Message::Saved => {
                return match self.build(plan) {
                    Ok(Built::Project(project)) => Action::Save(Box::new(project)),
                    Ok(Built::Setup(setup)) => Action::Create(Box::new(setup)),
                    Err(error) => {
                        self.error = Some(error);
                        Action::None
                    }
                };
            }
        }
        Action::None
    }

    /// Shows a refusal that came back from applying the form.
    pub fn refused(&mut self, error: String) {
        self.error = Some(error);
    }

    fn dates(&self) -> (Option<NaiveDate>, Option<NaiveDate>) {
        (parse_date(&self.start), parse_date(&self.end))
    }

    fn months(text: &str) -> Option<u32> {
        text.trim().parse::<u32>().ok()
    }

    /// The project the fields describe, or what is wrong with them.
    fn build(&self, plan: &Plan) -> Result<Built, String> {
        if self.name.trim().is_empty() {
            return Err(fl!("project-missing-name"));
        }
        let start = parse_date(&self.start)
            .ok_or_else(|| fl!("project-bad-date", text = self.start.trim()))?;
        let end =
            parse_date(&self.end).ok_or_else(|| fl!("project-bad-date", text = self.end.trim()))?;
        let months = Self::months(&self.period_months)
            .ok_or_else(|| fl!("project-bad-months", text = self.period_months.trim()))?;
        if !self.zone_query.trim().is_empty() && self.zone.is_none() {
            return Err(fl!("project-bad-zone", text = self.zone_query.trim()));
        }
        let language = Lang::new(self.language.trim());
        let setup = Setup {
            name: self.name.clone(),
            acronym: self.acronym.clone(),
            programme: self.programme.clone(),
            start,
            end,
            periods: Periods::Every(months),
            time_zone: self.zone,
            working_language: language,
        };
        let mut project = setup.project();
        if !self.first_months.trim().is_empty() {
            let first = Self::months(&self.first_months)
                .ok_or_else(|| fl!("project-bad-months", text = self.first_months.trim()))?;
            project.periods = Periods::with_first(&project, first, months);
        }
        match self.mode {
            Mode::New => {
                let empty = Plan::empty(&project.name, start);
                validate::project(&empty, &project).map_err(|e| e.to_string())?;
                Ok(Built::Setup(Setup {
                    periods: project.periods,
                    ..setup
                }))
            }
            Mode::Edit => {
                project.lead_partner = self.lead.clone();
                project.communication_lead = self.communication_lead.clone();
                validate::project(plan, &project).map_err(|e| e.to_string())?;
                Ok(Built::Project(project))
            }
        }
    }

    /// A date field with its picker.
    fn date<'a>(
        &self,
        field: DateField,
        id: &'static str,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let value = match field {
            DateField::Start => &self.start,
            DateField::End => &self.end,
        };
        let on: fn(String) -> Message = match field {
            DateField::Start => Message::StartEdited,
            DateField::End => Message::EndEdited,
        };
        let input = text_input("", value)
            .id(id)
            .on_input(on)
            .on_submit(Message::Saved)
            .padding(6);
        date_picker(
            input,
            value,
            self.picker.filter(|p| p.field == field).map(|p| p.month),
            today,
            Messages {
                toggle: Message::PickerToggled(field),
                dismiss: Message::PickerDismissed,
                month: Message::PickerMoved,
                pick: Box::new(move |day| Message::DatePicked(field, day)),
            },
        )
    }

    pub fn view<'a>(&'a self, plan: &'a Plan, today: NaiveDate) -> Element<'a, Message> {
        let title = match self.mode {
            Mode::New => fl!("project-new-title"),
            Mode::Edit => fl!("project-edit-title"),
        };
        let input = |id: &'static str, value: &str, on: fn(String) -> Message| {
            text_input("", value)
                .id(id)
                .on_input(on)
                .on_submit(Message::Saved)
                .padding(6)
        };
        let mut body = column![
            text(title).size(20).font(BOLD),
            field(
                fl!("project-name"),
                input(NAME, &self.name, Message::NameEdited)
            ),
            row![
                field(
                    fl!("project-acronym"),
                    input(ACRONYM, &self.acronym, Message::AcronymEdited)
                ),
                field(
                    fl!("project-programme"),
                    input(PROGRAMME, &self.programme, Message::ProgrammeEdited)
                ),
            ]
            .spacing(12),
            row![
                field(
                    fl!("project-start"),
                    self.date(DateField::Start, START, today)
                ),
                field(fl!("project-end"), self.date(DateField::End, END, today)),
            ]
            .spacing(12),
            text(fl!("project-date-hint")).size(12).style(theme::muted),
        ]
        .spacing(10);

        body = body.push(self.dates_note(plan));

        body = body.push(
            row![
                field(
                    fl!("project-period-months"),
                    input(
                        PERIOD_MONTHS,
                        &self.period_months,
                        Message::PeriodMonthsEdited
                    )
                ),
                field(
                    fl!("project-first-months"),
                    text_input(&fl!("project-first-same"), &self.first_months)
                        .id(FIRST_MONTHS)
                        .on_input(Message::FirstMonthsEdited)
                        .on_submit(Message::Saved)
                        .padding(6)
                ),
            ]
            .spacing(12),
        );
        body = body.push(self.periods_preview());

        body = body.push(row![
            field(fl!("project-zone"), self.zone_field()),
            Space::new().width(12),
            container(field(
                fl!("project-language"),
                input(LANGUAGE, &self.language, Message::LanguageEdited)
            ))
            .width(Length::Fixed(140.0)),
        ]);

        if self.mode == Mode::Edit {
            let partners = || {
                pick::with_none(
                    fl!("none"),
                    plan.partners.iter().map(|p| {
                        Pick::new(
                            p.id.clone(),
                            pick::short(&format!("{} — {}", p.id, p.name), LEAD_LONGEST),
                        )
                    }),
                )
            };
            let lead = partners();
            let communication = partners();
            let chosen_lead = pick::selected(&lead, &self.lead);
            let chosen_comm = pick::selected(&communication, &self.communication_lead);
            body = body.push(
                row![
                    field(
                        fl!("project-lead"),
                        pick::redrawn(
                            pick::key(&chosen_lead),
                            pick_list(lead, chosen_lead, |p| Message::LeadPicked(p.value))
                                .width(Fill)
                        )
                    ),
                    field(
                        fl!("project-communication-lead"),
                        pick::redrawn(
                            pick::key(&chosen_comm),
                            pick_list(communication, chosen_comm, |p| {
                                Message::CommunicationLeadPicked(p.value)
                            })
                            .width(Fill)
                        )
                    ),
                ]
                .spacing(12),
            );
        } else {
            body = body.push(
                text(fl!("project-new-leads-later"))
                    .size(13)
                    .style(theme::muted),
            );
        }

        // Reserved: a refusal appears without moving the buttons under the
        // pointer.
        body = body.push(
            container(
                text(self.error.clone().unwrap_or_default())
                    .size(13)
                    .style(theme::danger_text),
            )
            .height(Length::Fixed(36.0)),
        );
        let confirm = match self.mode {
            Mode::New => fl!("project-create"),
            Mode::Edit => fl!("project-save"),
        };
        let buttons = row![
            Space::new().width(Fill),
            button(text(fl!("dialog-cancel")))
                .padding([6, 14])
                .style(button::secondary)
                .on_press(Message::Cancelled),
            button(text(confirm))
                .padding([6, 14])
                .style(button::primary)
                .on_press(Message::Saved),
        ]
        .spacing(8);
        // The form is as high as it can be, up to FORM_HEIGHT, whatever it
        // shows: what appears while typing (zones found, items outside the
        // dates, the periods) scrolls inside it, and the dialog, centred in
        // the window, neither grows nor moves its buttons.
        container(column![scrollable(body.padding(4)).height(Fill), buttons].spacing(8))
            .height(Fill)
            .max_height(FORM_HEIGHT)
            .into()
    }

    /// Under the dates: what falls outside them (edit), or nothing.
    fn dates_note<'a>(&self, plan: &'a Plan) -> Element<'a, Message> {
        let (Some(start), Some(end)) = self.dates() else {
            return Space::new().into();
        };
        if self.mode == Mode::New || end < start {
            return Space::new().into();
        }
        let found = setup::outside(plan, start, end);
        if found.is_empty() {
            return Space::new().into();
        }
        let mut lines = column![
            text(fl!("project-outside", count = found.len()))
                .size(13)
                .font(BOLD)
        ]
        .spacing(2);
        let named = found
            .activities
            .iter()
            .filter_map(|(id, day)| plan.activity(*id).map(|a| (*day, a.title.clone())))
            .chain(found.deliverables.iter().filter_map(|(id, day)| {
                plan.deliverable(*id)
                    .map(|d| (*day, format!("{} {}", d.code, d.title)))
            }))
            .chain(
                found
                    .entries
                    .iter()
                    .filter_map(|(id, day)| plan.entry(*id).map(|e| (*day, e.title.clone()))),
            );
        for (day, title) in named.take(OUTSIDE_SHOWN) {
            lines = lines.push(text(format!("{}  {title}", format::date(day))).size(13));
        }
        if found.len() > OUTSIDE_SHOWN {
            let more = found.len() - OUTSIDE_SHOWN;
            lines = lines.push(text(fl!("project-outside-more", count = more)).size(13));
        }
        container(lines)
            .padding(10)
            .width(Fill)
            .style(theme::banner(theme::Tone::Warning))
            .into()
    }

    /// The periods the fields give, as they will be.
    fn periods_preview<'a>(&self) -> Element<'a, Message> {
        let (Some(start), Some(end)) = self.dates() else {
            return Space::new().into();
        };
        let Some(months) = Self::months(&self.period_months) else {
            return Space::new().into();
        };
        let mut project = Plan::empty("", start).project;
        project.end = end.max(start);
        project.periods = Periods::Every(months);
        if let Some(first) = Self::months(&self.first_months) {
            project.periods = Periods::with_first(&project, first, months);
        }
        if period::check(&project).is_err() {
            return Space::new().into();
        }
        let periods = period::of(&project);
        let shown: Vec<String> = periods.iter().take(4).map(ToString::to_string).collect();
        let mut line = shown.join(" · ");
        if periods.len() > 4 {
            let more = periods.len() - 4;
            line.push_str(&fl!("project-periods-more", count = more));
        }
        text(line).size(12).style(theme::muted).into()
    }

    /// The zone: a search field and the zones it finds, as buttons.
    fn zone_field<'a>(&self) -> Element<'a, Message> {
        let mut content = column![
            text_input(&fl!("zone-search-placeholder"), &self.zone_query)
                .id(ZONE)
                .on_input(Message::ZoneEdited)
                .padding(6)
        ]
        .spacing(4);
        let query = self.zone_query.trim();
        let chosen = self.zone.map(|z| z.name() == query).unwrap_or(false);
        if !query.is_empty() && !chosen {
            let found = zone::search(query);
            if found.is_empty() {
                content = content.push(
                    text(fl!("project-zone-none", text = query))
                        .size(12)
                        .style(theme::danger_text),
                );
            }
            let buttons = found.into_iter().take(ZONES_SHOWN).map(|tz| {
                button(text(combo::zone_label(tz)).size(12))
                    .padding([2, 8])
                    .style(button::secondary)
                    .on_press(Message::ZonePicked(tz))
                    .into()
            });
            content = content.push(row(buttons).spacing(4).wrap());
        } else if query.is_empty() {
            content = content.push(text(fl!("project-zone-local")).size(12).style(theme::muted));
        }
        content.into()
    }
}

/// The most letters a partner shows in the lead lists: two lists side
/// by side in the dialog, each as wide as its longest option.
const LEAD_LONGEST: usize = 40;

/// The most the project form is high (pixels), buttons included.
const FORM_HEIGHT: f32 = 640.0;

/// A date as the form's fields show it (ISO 8601, which every language's
/// date fields accept back).
fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// What a valid form gives.
enum Built {
    Project(Project),
    Setup(Setup),
}

/// A field with its name above it.
fn field<'a>(label: String, input: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    column![text(label).size(12).style(theme::muted), input.into()]
        .spacing(3)
        .width(Fill)
        .align_x(Alignment::Start)
        .into()
}
