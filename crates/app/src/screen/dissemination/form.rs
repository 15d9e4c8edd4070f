//! The form above the log that adds an entry, or edits the one picked:
//! every field checked as it is typed, and nothing saved while a field is
//! wrong.

use chrono::NaiveDate;
use iced::widget::{Space, button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Fill, FillPortion, Length};

use super::Message;
use crate::label::Label;
use crate::theme;
use crate::widget::date_picker::{Messages, date_picker};
use crate::widget::pick::{self, Pick};
use crate::widget::{BOLD, icon};
use commplan_core::import::values;
use commplan_core::text::fold;
use commplan_core::value::Lang;
use commplan_core::vocab::{Channel, TargetGroup};
use commplan_core::{ActivityId, EntryId, LogEntry, PartnerId, Plan};
use commplan_core::{fl, format};

/// Widget ids, so tests and keyboard focus can find the fields.
pub const DATE_INPUT: &str = "log-form-date";
pub const TITLE_INPUT: &str = "log-form-title";
pub const REACH_INPUT: &str = "log-form-reach";
pub const PARTICIPANTS_INPUT: &str = "log-form-participants";
pub const ACTIVITY_INPUT: &str = "log-form-activity";
pub const LINK_INPUT: &str = "log-form-link";

/// What the form holds, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Form {
    /// The entry being edited; `None` adds a new one.
    pub editing: Option<EntryId>,
    pub date: String,
    pub partner: Option<PartnerId>,
    pub channel: Option<Channel>,
    pub group: Option<TargetGroup>,
    pub title: String,
    pub reach: String,
    pub participants: String,
    pub language: String,
    pub link: String,
    /// What was typed to find the activity the entry reports on.
    pub activity: String,
    /// The activity chosen from those found by title.
    pub activity_id: Option<ActivityId>,
    pub notes: String,
    /// Show problems only once the person tried to save, or typed.
    pub touched: bool,
}

#[derive(Debug, Clone)]
pub enum Field {
    Date(String),
    Partner(PartnerId),
    Channel(Channel),
    Group(Option<TargetGroup>),
    Title(String),
    Reach(String),
    Participants(String),
    Language(String),
    Link(String),
    /// Text typed to search activities by title.
    Activity(String),
    /// An activity chosen among those found.
    ActivityPicked(ActivityId),
    Notes(String),
}

impl Form {
    /// The form on an existing entry.
    pub fn edit(entry: &LogEntry) -> Self {
        Self {
            editing: Some(entry.id),
            date: entry.date.format("%Y-%m-%d").to_string(),
            partner: Some(entry.partner.clone()),
            channel: Some(entry.channel),
            group: entry.target_group,
            title: entry.title.clone(),
            reach: entry.reach.to_string(),
            participants: entry
                .participants
                .map(|p| p.to_string())
                .unwrap_or_default(),
            language: entry
                .language
                .as_ref()
                .map(|l| l.0.clone())
                .unwrap_or_default(),
            link: entry.link.clone().unwrap_or_default(),
            activity: String::new(),
            activity_id: entry.activity,
            notes: entry.notes.clone(),
            touched: true,
        }
    }

    pub fn set(&mut self, field: Field) {
        self.touched = true;
        match field {
            Field::Date(v) => self.date = v,
            Field::Partner(v) => self.partner = Some(v),
            Field::Channel(v) => self.channel = Some(v),
            Field::Group(v) => self.group = v,
            Field::Title(v) => self.title = v,
            Field::Reach(v) => self.reach = v,
            Field::Participants(v) => self.participants = v,
            Field::Language(v) => self.language = v,
            Field::Link(v) => self.link = v,
            Field::Activity(v) => {
                self.activity = v;
                self.activity_id = None;
            }
            Field::ActivityPicked(id) => {
                self.activity.clear();
                self.activity_id = Some(id);
            }
            Field::Notes(v) => self.notes = v,
        }
    }

    /// The entry the form describes, or the first problem with it.
    pub fn entry(&self, plan: &Plan) -> Result<LogEntry, String> {
        // An empty field is named as missing, not as a bad date.
        if self.date.trim().is_empty() {
            return Err(fl!("log-form-no-date"));
        }
        let date = commplan_core::text::parse_date(&self.date)
            .ok_or_else(|| fl!("log-form-bad-date", value = self.date.trim()))?;
        // A date outside the project is warned about (see `view`), not
        // refused: a partner's log may hold preparation work before the
        // start, or follow-up after the end.
        let partner = self
            .partner
            .clone()
            .ok_or_else(|| fl!("log-form-no-partner"))?;
        let channel = self.channel.ok_or_else(|| fl!("log-form-no-channel"))?;
        let title = self.title.trim();
        if title.is_empty() {
            return Err(fl!("log-form-no-title"));
        }
        let number = |text: &str, name: String| -> Result<Option<u64>, String> {
            values::count(text)
                .map_err(|_| fl!("log-form-bad-number", field = name, value = text.trim()))
        };
        let reach = number(&self.reach, fl!("log-reach"))?.unwrap_or(0);
        let participants = number(&self.participants, fl!("log-participants"))?;
        let language = match self.language.trim() {
            "" => None,
            code => {
                let lang = Lang::new(code);
                if !lang.is_well_formed() {
                    return Err(fl!("log-form-bad-language", value = code));
                }
                Some(lang)
            }
        };
        let activity = match (self.activity_id, self.activity.trim()) {
            (Some(id), _) => {
                if plan.activity(id).is_none() {
                    return Err(fl!("log-form-unknown-activity", value = id.to_string()));
                }
                Some(id)
            }
            (None, "") => None,
            // A title typed in full is that activity; else one must be
            // chosen among those found.
            (None, typed) => {
                let folded = fold(typed);
                match plan.activities.iter().find(|a| fold(&a.title) == folded) {
                    Some(a) => Some(a.id),
                    None => return Err(fl!("log-form-pick-activity")),
                }
            }
        };
        let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        Ok(LogEntry {
            id: self.editing.unwrap_or_else(|| plan.next_entry_id()),
            date,
            partner,
            activity,
            channel,
            title: title.to_owned(),
            target_group: self.group,
            reach,
            participants,
            language,
            link: optional(&self.link),
            notes: self.notes.trim().to_owned(),
        })
    }

    /// A fresh form for the next entry, keeping the partner, channel and
    /// date (people log several items of one day and one partner).
    pub fn next(&self) -> Form {
        Form {
            date: self.date.clone(),
            partner: self.partner.clone(),
            channel: self.channel,
            ..Form::default()
        }
    }
}

/// Activities whose title holds what was typed in the activity field
/// (case and accents aside), while none is chosen; a few at most.
fn found_activities<'a>(form: &Form, plan: &'a Plan) -> Vec<&'a commplan_core::Activity> {
    let typed = form.activity.trim();
    if form.activity_id.is_some() || typed.is_empty() {
        return Vec::new();
    }
    let folded = fold(typed);
    plan.activities
        .iter()
        .filter(|a| fold(&a.title).contains(&folded))
        .take(4)
        .collect()
}

/// The plan's partners for a pick list, each read as its id and short name.
pub fn partners(plan: &Plan) -> Vec<Pick<PartnerId>> {
    plan.partners
        .iter()
        .map(|p| {
            Pick::new(
                p.id.clone(),
                pick::short(&format!("{} · {}", p.id, p.short_name), pick::LONGEST),
            )
        })
        .collect()
}

/// Every channel for a pick list, by its translated name.
pub fn channels() -> Vec<Pick<Channel>> {
    Channel::ALL
        .iter()
        .map(|c| Pick::new(*c, c.label()))
        .collect()
}

/// Every target group for a pick list, after `none` for no group.
pub fn groups(none: String) -> Vec<Pick<Option<TargetGroup>>> {
    pick::with_none(
        none,
        TargetGroup::ALL.iter().map(|g| Pick::new(*g, g.label())),
    )
}

fn input<'a>(
    placeholder: String,
    value: &str,
    id: &'static str,
    on_input: fn(String) -> Field,
    width: impl Into<Length>,
    read_only: bool,
) -> Element<'a, Message> {
    text_input(&placeholder, value)
        .id(id)
        .on_input_maybe((!read_only).then_some(move |v| Message::Form(on_input(v))))
        .on_submit_maybe((!read_only).then_some(Message::FormSubmitted))
        .padding([5, 8])
        .size(13)
        .width(width)
        .into()
}

/// The log form. `picker` is the month its date picker shows when open.
pub fn view<'a>(
    form: &'a Form,
    plan: &'a Plan,
    picker: Option<NaiveDate>,
    today: NaiveDate,
    read_only: bool,
) -> Element<'a, Message> {
    let partners = partners(plan);
    let partner = form
        .partner
        .as_ref()
        .and_then(|p| pick::selected(&partners, p));
    let channels = channels();
    let channel = form.channel.and_then(|c| pick::selected(&channels, &c));
    let groups = groups(fl!("log-form-any-group"));
    let group = pick::selected(&groups, &form.group);
    let result = form.entry(plan);
    // Each list as wide as its longest option: left at its natural width
    // (Shrink), a pick list measures every option, and its menu is as
    // wide as the list. A read-only window shows plain fields as wide.
    let widths = (
        pick::width(&partners, 13.0, 360.0),
        pick::width(&channels, 13.0, 360.0),
        pick::width(&groups, 13.0, 360.0),
    );
    let first = row![
        date_picker(
            text_input(&fl!("log-form-date"), &form.date)
                .id(DATE_INPUT)
                .on_input_maybe((!read_only).then_some(|v| Message::Form(Field::Date(v))))
                .on_submit_maybe((!read_only).then_some(Message::FormSubmitted))
                .padding([5, 8])
                .size(13)
                .width(110),
            &form.date,
            picker.filter(|_| !read_only),
            today,
            Messages {
                toggle: Message::DatePickerToggled,
                dismiss: Message::DatePickerDismissed,
                month: Message::DatePickerMoved,
                pick: Box::new(Message::DatePicked),
            },
        ),
        if read_only {
            container(pick::read_only(
                partner.map(|p| p.label).unwrap_or_default(),
            ))
            .width(widths.0)
            .into()
        } else {
            pick::redrawn(
                pick::key(&partner),
                pick_list(partners, partner, |p: Pick<PartnerId>| {
                    Message::Form(Field::Partner(p.value))
                })
                .placeholder(fl!("log-partner"))
                .text_size(13),
            )
        },
        if read_only {
            container(pick::read_only(
                channel.map(|p| p.label).unwrap_or_default(),
            ))
            .width(widths.1)
            .into()
        } else {
            pick::redrawn(
                pick::key(&channel),
                pick_list(channels, channel, |c: Pick<Channel>| {
                    Message::Form(Field::Channel(c.value))
                })
                .placeholder(fl!("log-channel"))
                .text_size(13),
            )
        },
        if read_only {
            container(pick::read_only(group.map(|p| p.label).unwrap_or_default()))
                .width(widths.2)
                .into()
        } else {
            pick::redrawn(
                pick::key(&group),
                pick_list(groups, group, |g: Pick<Option<TargetGroup>>| {
                    Message::Form(Field::Group(g.value))
                })
                .text_size(13),
            )
        },
    ]
    .spacing(6)
    .align_y(Alignment::Center);
    // The title and what it reports on have a line of their own: the
    // lists above are as wide as their longest option, which in some
    // languages leaves little room beside them.
    let middle = row![
        input(
            fl!("log-title"),
            &form.title,
            TITLE_INPUT,
            Field::Title,
            FillPortion(3),
            read_only
        ),
        input(
            fl!("log-form-activity-search"),
            form.activity_id
                .and_then(|id| plan.activity(id))
                .map_or(form.activity.as_str(), |a| a.title.as_str()),
            ACTIVITY_INPUT,
            Field::Activity,
            FillPortion(2),
            read_only
        ),
        input(
            fl!("log-form-language"),
            &form.language,
            "log-form-language",
            Field::Language,
            80,
            read_only
        ),
    ]
    .spacing(6)
    .align_y(Alignment::Center);
    let save_label = if form.editing.is_some() {
        fl!("log-form-save")
    } else {
        fl!("log-form-add")
    };
    let mut second = row![
        input(
            fl!("log-reach"),
            &form.reach,
            REACH_INPUT,
            Field::Reach,
            90,
            read_only
        ),
        input(
            fl!("log-participants"),
            &form.participants,
            PARTICIPANTS_INPUT,
            Field::Participants,
            110,
            read_only
        ),
        input(
            fl!("log-form-link"),
            &form.link,
            LINK_INPUT,
            Field::Link,
            Fill,
            read_only
        ),
        input(
            fl!("log-form-notes"),
            &form.notes,
            "log-form-notes",
            Field::Notes,
            Fill,
            read_only
        ),
    ]
    .spacing(6)
    .align_y(Alignment::Center);
    if form.editing.is_some() {
        second = second
            .push(
                button(icon::icon(icon::TRASH_2))
                    .style(theme::tool_button)
                    .padding([5, 8])
                    .on_press_maybe((!read_only).then_some(Message::DeletePressed)),
            )
            .push(
                button(text(fl!("log-form-cancel")).size(13))
                    .style(theme::tool_button)
                    .padding([5, 10])
                    .on_press(Message::FormCancelled),
            );
    }
    second = second.push(
        button(text(save_label).size(13))
            .padding([5, 12])
            .on_press_maybe((result.is_ok() && !read_only).then_some(Message::FormSubmitted)),
    );
    let heading = if form.editing.is_some() {
        fl!("log-form-editing")
    } else {
        fl!("log-form-new")
    };
    let mut status = row![text(heading).size(13).font(BOLD)]
        .spacing(10)
        .align_y(Alignment::Center);
    let found = found_activities(form, plan);
    match &result {
        // Looking for the activity: those found, to choose one.
        _ if !found.is_empty() => {
            status = status.push(
                text(fl!("log-form-activity-found"))
                    .size(13)
                    .style(theme::muted),
            );
            for activity in found {
                status = status.push(
                    button(
                        text(format!(
                            "{} · {}",
                            activity.title,
                            format::date(activity.when.start_date())
                        ))
                        .size(12)
                        .wrapping(text::Wrapping::None),
                    )
                    .padding([1, 6])
                    .style(theme::tool_button)
                    .on_press(Message::Form(Field::ActivityPicked(activity.id))),
                );
            }
        }
        Err(problem) if form.touched => {
            status = status.push(text(problem.clone()).size(13).style(theme::danger_text));
        }
        Ok(entry) => {
            if !plan.in_project(entry.date) {
                status = status.push(
                    text(fl!(
                        "log-form-outside-warning",
                        start = format::date(plan.project.start),
                        end = format::date(plan.project.end)
                    ))
                    .size(13)
                    .style(theme::warning_text),
                );
            }
            if let Some(activity) = entry.activity.and_then(|id| plan.activity(id)) {
                status = status.push(
                    text(fl!("log-form-reports-on", title = activity.title.as_str()))
                        .size(13)
                        .style(theme::muted),
                );
            }
        }
        Err(_) => {}
    }
    status = status.push(Space::new().width(Fill));
    container(column![status, first, middle, second].spacing(6))
        .padding(10)
        .width(Fill)
        .style(theme::card)
        .into()
}
