//! The editor's date, time and zone fields: a month calendar under each
//! date (start, end, the repetition's "until"), a list of times in
//! 15-minute steps under each time, a searchable zone list under the zone.
//! All still take what is typed (`29/06/2017`, `9:30`, "lisbon").
//! Moving the start moves the end with it, keeping the item's length, as
//! calendar clients do.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use iced::Element;
use iced::widget::Id;

use super::fields::{checked, field};
use super::{DATE, Editor, Message, Outcome, TIME};
use crate::widget::combo::{self, Choice, List};
use crate::widget::date_picker::{self, Open, date_picker};
use crate::widget::pick;
use commplan_core::text::{parse_date, parse_time};
use commplan_core::{Plan, fl};

/// The editor's date fields, for their month calendars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    Start,
    End,
    /// The repetition's last day.
    Until,
}

/// The editor's fields with a list under them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListField {
    StartTime,
    EndTime,
    Zone,
}

/// The calendar or list that is open over the editor. Looking, not a
/// change: any two are equal, so an editor that differs only in what is
/// open holds no unsaved change.
#[derive(Debug, Clone, Copy, Default)]
pub struct Popup {
    date: Option<Open<DateField>>,
    list: Option<ListField>,
    /// The list shows what matches the typed text, not every entry.
    typed: bool,
}

impl PartialEq for Popup {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Popup {
    /// A person typed in `field`: its list shows what matches.
    pub(super) fn list_typed(&mut self, field: ListField) {
        self.date = None;
        self.list = Some(field);
        self.typed = true;
    }
}

/// The moment a date field and a time field say, when both can be read.
fn at(day: &str, time: &str) -> Option<NaiveDateTime> {
    Some(parse_date(day)?.and_time(parse_time(time)?))
}

/// The ids of the lists' scrollables, to scroll to the value.
const START_TIMES: &str = "activity-start-times";
const END_TIMES: &str = "activity-end-times";
const ZONES: &str = "activity-zones";

impl Editor {
    /// Opens, moves or closes a calendar or list, or takes what was picked
    /// in one; `None` for other messages.
    pub(super) fn update_popup(&mut self, message: &Message, plan: &Plan) -> Option<Outcome> {
        match *message {
            Message::PickerToggled(field) => {
                self.popup.list = None;
                self.popup.date = match self.popup.date {
                    Some(open) if open.field == field => None,
                    _ => {
                        let fallback = parse_date(&self.start).unwrap_or(plan.project.start);
                        Some(Open::on(field, self.date_text(field), fallback))
                    }
                };
            }
            Message::PickerMoved(months) => {
                self.popup.date = self.popup.date.map(|open| open.moved(months));
            }
            Message::DatePicked(field, day) => {
                self.popup.date = None;
                let text = day.format(DATE).to_string();
                match field {
                    DateField::Start => {
                        self.follow_days(parse_date(&self.start), Some(day));
                        self.start = text;
                    }
                    DateField::End => {
                        self.end = text;
                        self.end_changed();
                    }
                    DateField::Until => self.rule.until = text,
                }
            }
            Message::ListToggled(field) => {
                self.popup.date = None;
                if self.popup.list == Some(field) && !self.popup.typed {
                    self.popup.list = None;
                    return Some(Outcome::Open);
                }
                self.popup.list = Some(field);
                self.popup.typed = false;
                return Some(self.scroll_to_value(field));
            }
            Message::TimePicked(field, time) => {
                self.popup.list = None;
                let text = time.format(TIME).to_string();
                match field {
                    ListField::StartTime => self.start_time_changed(text),
                    _ => {
                        self.end_time = text;
                        self.end_changed();
                    }
                }
            }
            Message::ZonePicked(zone) => {
                self.popup.list = None;
                zone.name().clone_into(&mut self.zone);
            }
            Message::PopupClosed | Message::PopupDismissed => self.popup = Popup::default(),
            _ => return None,
        }
        Some(Outcome::Open)
    }

    /// A month calendar or a list is open over the form.
    pub(super) fn popup_open(&self) -> bool {
        self.popup.date.is_some() || self.popup.list.is_some()
    }

    fn date_text(&self, field: DateField) -> &str {
        match field {
            DateField::Start => &self.start,
            DateField::End => &self.end,
            DateField::Until => &self.rule.until,
        }
    }

    /// The start time is now `text`: the end moves with it, keeping the
    /// item's length (an hour when it has none), as calendar clients do.
    /// The length is the one the end last set, so a time typed a key at a
    /// time (`1`, `10`, `10:3`) ends where its last form says.
    pub(super) fn start_time_changed(&mut self, text: String) {
        let length = self.length.unwrap_or_else(|| Duration::hours(1));
        if let Some(start) = at(&self.start, &text) {
            self.set_end(start + length);
        }
        self.start_time = text;
    }

    /// The end was set by the person: the item's length is what it is now
    /// (kept as it was when the fields cannot be read, or end first).
    pub(super) fn end_changed(&mut self) {
        if let (Some(start), Some(end)) = (
            at(&self.start, &self.start_time),
            at(&self.end, &self.end_time),
        ) && end >= start
        {
            self.length = Some(end - start);
        }
    }

    /// A new start date: the end date follows by as many days (a one-day
    /// item stays one day long).
    fn follow_days(&mut self, old: Option<NaiveDate>, new: Option<NaiveDate>) {
        let (Some(old), Some(new), Some(end)) = (old, new, parse_date(&self.end)) else {
            return;
        };
        if end >= old {
            self.end = (end + (new - old)).format(DATE).to_string();
        }
    }

    fn set_end(&mut self, end: NaiveDateTime) {
        self.end = end.date().format(DATE).to_string();
        self.end_time = end.time().format(TIME).to_string();
    }

    /// An opened list scrolled so that its value shows near its top.
    fn scroll_to_value(&self, field: ListField) -> Outcome {
        let (id, row) = match field {
            ListField::StartTime => (
                START_TIMES,
                parse_time(&self.start_time).map(combo::step_of),
            ),
            ListField::EndTime => (END_TIMES, parse_time(&self.end_time).map(combo::step_of)),
            ListField::Zone => (
                ZONES,
                self.zone_list()
                    .iter()
                    .position(|z| z.name() == self.zone.trim()),
            ),
        };
        let Some(row) = row else {
            return Outcome::Open;
        };
        let y = (row.saturating_sub(2) as f32) * combo::ENTRY;
        Outcome::Run(iced::widget::operation::scroll_to(
            id,
            iced::widget::scrollable::AbsoluteOffset {
                x: None,
                y: Some(y),
            },
        ))
    }

    /// The zones the list shows: those found by what was typed, or, opened
    /// by its arrow, every zone of the region of the zone the field holds.
    fn zone_list(&self) -> Vec<Tz> {
        let typed = self.zone.trim();
        if self.popup.typed {
            return combo::zones(typed);
        }
        let region = commplan_core::zone::by_name(typed)
            .and_then(|z| z.name().split_once('/').map(|(r, _)| format!("{r}/")))
            .unwrap_or_else(|| "Europe/".to_owned());
        commplan_core::zone::search(&region)
    }

    /// A date field with its month calendar.
    pub(super) fn date_field<'a>(
        &self,
        which: DateField,
        label: String,
        id: &'static str,
        problem: Option<&str>,
    ) -> Element<'a, Message> {
        let value = self.date_text(which);
        if self.read_only {
            return checked(label, pick::read_only(value), problem);
        }
        let on: fn(String) -> Message = match which {
            DateField::Start => Message::StartEdited,
            DateField::End => Message::EndEdited,
            DateField::Until => Message::UntilEdited,
        };
        let today = chrono::Local::now().date_naive();
        let picker = date_picker(
            field(value, Some(id), on, false),
            value,
            self.popup
                .date
                .filter(|open| open.field == which)
                .map(|open| open.month),
            today,
            date_picker::Messages {
                toggle: Message::PickerToggled(which),
                dismiss: Message::PopupClosed,
                month: Message::PickerMoved,
                pick: Box::new(move |day| Message::DatePicked(which, day)),
            },
        );
        checked(label, picker, problem)
    }

    /// A time or zone field with its list.
    pub(super) fn list_field<'a>(
        &self,
        which: ListField,
        label: String,
        id: &'static str,
        problem: Option<&str>,
    ) -> Element<'a, Message> {
        let (value, on): (&str, fn(String) -> Message) = match which {
            ListField::StartTime => (&self.start_time, Message::StartTimeEdited),
            ListField::EndTime => (&self.end_time, Message::EndTimeEdited),
            ListField::Zone => (&self.zone, Message::ZoneEdited),
        };
        if self.read_only {
            return checked(label, pick::read_only(value), problem);
        }
        let list = (self.popup.list == Some(which)).then(|| self.list(which, value));
        let control = combo::combo(
            field(value, Some(id), on, false),
            list,
            combo::Messages {
                toggle: Message::ListToggled(which),
                dismiss: Message::PopupClosed,
            },
        );
        checked(label, control, problem)
    }

    /// The entries of the list of `which`, whose field holds `value`.
    fn list(&self, which: ListField, value: &str) -> List<Message> {
        match which {
            ListField::StartTime | ListField::EndTime => {
                let current = parse_time(value);
                let times: Vec<NaiveTime> = if self.popup.typed {
                    combo::times_for(value)
                } else {
                    combo::times(15)
                };
                List {
                    choices: times
                        .into_iter()
                        .map(|t| Choice {
                            label: t.format(TIME).to_string(),
                            message: Message::TimePicked(which, t),
                            chosen: Some(t) == current,
                        })
                        .collect(),
                    empty: fl!("editor-time-none"),
                    id: Some(Id::new(if which == ListField::StartTime {
                        START_TIMES
                    } else {
                        END_TIMES
                    })),
                }
            }
            ListField::Zone => List {
                choices: self
                    .zone_list()
                    .into_iter()
                    .map(|z| Choice {
                        label: combo::zone_label(z),
                        message: Message::ZonePicked(z),
                        chosen: z.name() == value.trim(),
                    })
                    .collect(),
                empty: fl!("zone-search-none", value = value.trim()),
                id: Some(Id::new(ZONES)),
            },
        }
    }
}
