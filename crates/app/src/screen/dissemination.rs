//! The dissemination log: what partners report they did. A table that
//! sorts and filters (partner, channel, target group, dates, text) with a
//! totals row, a form to add or edit an entry, links to the activity an
//! entry reports on, and the import of partners' spreadsheets.

pub mod form;
mod shown;
mod table;

use chrono::NaiveDate;
use std::rc::Rc;

use iced::widget::{Space, button, column, pick_list, row, scrollable, text_input};
use iced::{Alignment, Element, Fill};

use crate::theme;
use crate::widget::date_picker::{Messages, Open, date_picker};
use crate::widget::pick::{self, Pick};
use crate::widget::{self, icon};
use commplan_core::fl;
use commplan_core::vocab::Channel;
use commplan_core::{ActivityId, Change, Edit, EntryId, PartnerId, Plan};

pub use form::Form;
pub use shown::{Column, Filter, Shown, Sort};

/// The free-text filter's id.
pub const SEARCH_INPUT: &str = "log-search";
pub const FROM_INPUT: &str = "log-from";
pub const TO_INPUT: &str = "log-to";

#[derive(Debug, Default)]
pub struct Dissemination {
    pub filter: Filter,
    pub sort: Sort,
    pub form: Form,
    window: widget::Window,
    /// The month the form's date picker shows, when it is open.
    picker: Option<NaiveDate>,
    /// The date filter whose calendar is open, and the month it shows.
    bound_picker: Option<Open<Bound>>,
    /// The rows shown, kept for a plan version, filter and sort.
    shown: widget::Memo<(u64, Filter, Sort), Shown>,
}

#[derive(Debug, Clone)]
pub enum Message {
    PartnerFiltered(Option<PartnerId>),
    ChannelFiltered(Option<Channel>),
    GroupFiltered(Option<commplan_core::vocab::TargetGroup>),
    FromEdited(String),
    ToEdited(String),
    /// A reporting period was picked: its first and last day become the
    /// date filter (`None`: any date).
    PeriodFiltered(Option<(NaiveDate, NaiveDate)>),
    TextEdited(String),
    FiltersCleared,
    Sorted(Column),
    Scrolled(scrollable::Viewport),
    Form(form::Field),
    DatePickerToggled,
    DatePickerDismissed,
    DatePickerMoved(i32),
    DatePicked(NaiveDate),
    /// The calendar of the From or To filter: its button pressed.
    BoundPickerToggled(Bound),
    /// A click beside it, or Escape: closed without a change.
    BoundPickerDismissed,
    BoundPickerMoved(i32),
    /// A day picked for the filter whose calendar is open.
    BoundPicked(NaiveDate),
    FormSubmitted,
    FormCancelled,
    EditPressed(EntryId),
    DeletePressed,
    /// The activity an entry reports on was pressed.
    ActivityOpened(ActivityId),
    ImportPressed,
}

/// Which end of the date filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    From,
    To,
}

/// What the dissemination screen asks the app to do after a message.
pub enum Action {
    None,
    /// Apply a change to the plan (undoable, autosaved).
    Edit(Box<Edit>),
    /// Run a task whose result comes back to the screen (focus, scroll).
    Run(iced::Task<Message>),
    /// Show an activity in the calendar, selected.
    ShowActivity(ActivityId),
    /// Open the import dialog for partners' logs.
    Import,
}

impl Dissemination {
    pub fn update(&mut self, message: Message, plan: &Plan) -> Action {
        match message {
            Message::PartnerFiltered(v) => self.filter.partner = v,
            Message::ChannelFiltered(v) => self.filter.channel = v,
            Message::GroupFiltered(v) => self.filter.group = v,
            Message::FromEdited(v) => self.filter.from = v,
            Message::ToEdited(v) => self.filter.to = v,
            Message::PeriodFiltered(span) => {
                let iso = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
                (self.filter.from, self.filter.to) = match span {
                    Some((first, last)) => (iso(first), iso(last)),
                    None => (String::new(), String::new()),
                };
            }
            Message::TextEdited(v) => self.filter.text = v,
            Message::FiltersCleared => self.filter = Filter::default(),
            Message::Sorted(column) => self.sort = self.sort.toggled(column),
            Message::Scrolled(viewport) => {
                self.window.scrolled(viewport);
                return Action::None;
            }
            Message::Form(field) => {
                self.form.set(field);
                return Action::None;
            }
            Message::DatePickerToggled => {
                let fallback = plan.project.start;
                self.picker = match self.picker {
                    Some(_) => None,
                    None => Some(Open::on((), &self.form.date, fallback).month),
                };
                return Action::None;
            }
            Message::DatePickerDismissed => {
                self.picker = None;
                return Action::None;
            }
            Message::DatePickerMoved(months) => {
                self.picker = self
                    .picker
                    .map(|month| Open { field: (), month }.moved(months).month);
                return Action::None;
            }
            Message::DatePicked(day) => {
                self.picker = None;
                self.form
                    .set(form::Field::Date(day.format("%Y-%m-%d").to_string()));
                return Action::None;
            }
            Message::BoundPickerToggled(bound) => {
                let value = match bound {
                    Bound::From => &self.filter.from,
                    Bound::To => &self.filter.to,
                };
                self.bound_picker = match self.bound_picker {
                    Some(open) if open.field == bound => None,
                    _ => Some(Open::on(bound, value, plan.project.start)),
                };
                return Action::None;
            }
            Message::BoundPickerDismissed => {
                self.bound_picker = None;
                return Action::None;
            }
            Message::BoundPickerMoved(months) => {
                self.bound_picker = self.bound_picker.map(|open| open.moved(months));
                return Action::None;
            }
            Message::BoundPicked(day) => {
                let Some(open) = self.bound_picker.take() else {
                    return Action::None;
                };
                let iso = day.format("%Y-%m-%d").to_string();
                match open.field {
                    Bound::From => self.filter.from = iso,
                    Bound::To => self.filter.to = iso,
                }
            }
            Message::FormSubmitted => {
                self.form.touched = true;
                let Ok(entry) = self.form.entry(plan) else {
                    return Action::None;
                };
                let edit = match self.form.editing {
                    Some(_) => Edit::Log(Change::Update(entry)),
                    None => Edit::Log(Change::Add(entry)),
                };
                self.form = self.form.next();
                return Action::Edit(Box::new(edit));
            }
            Message::FormCancelled => {
                self.form = Form::default();
                return Action::None;
            }
            Message::EditPressed(id) => {
                if let Some(entry) = plan.entry(id) {
                    self.form = Form::edit(entry);
                }
                return Action::Run(iced::widget::operation::focus(form::TITLE_INPUT));
            }
            Message::DeletePressed => {
                let Some(id) = self.form.editing else {
                    return Action::None;
                };
                self.form = Form::default();
                return Action::Edit(Box::new(Edit::Log(Change::Remove(id))));
            }
            Message::ActivityOpened(id) => return Action::ShowActivity(id),
            Message::ImportPressed => return Action::Import,
        }
        // What is shown changed: back to the top.
        self.window.reset();
        Action::Run(iced::widget::operation::scroll_to(
            table::LIST,
            scrollable::AbsoluteOffset {
                x: None,
                y: Some(0.0),
            },
        ))
    }

    /// Opens an entry in the form, with the filters cleared so its row
    /// shows.
    pub fn open(&mut self, id: EntryId, plan: &Plan) {
        if let Some(entry) = plan.entry(id) {
            self.filter = Filter::default();
            self.form = Form::edit(entry);
            self.window.reset();
        }
    }

    /// Escape: drops an entry open in the form without saving it; false
    /// when the form was adding a new one.
    /// The log form holds what was typed and not yet saved (a new entry's
    /// date, partner and channel alone are kept from the last one, not
    /// typed).
    pub fn unsaved(&self, plan: &Plan) -> bool {
        match self.form.editing {
            Some(id) => plan.entry(id).map(Form::edit).as_ref() != Some(&self.form),
            None => self.form.touched && self.form != self.form.next(),
        }
    }

    /// Escape: closes an open date calendar first (the form's or a
    /// filter's), else the entry open in the form (see `close_editor`).
    pub fn escape(&mut self) -> bool {
        if self.picker.take().is_some() | self.bound_picker.take().is_some() {
            return true;
        }
        self.close_editor()
    }

    pub fn close_editor(&mut self) -> bool {
        if self.form.editing.is_some() {
            self.form = Form::default();
            return true;
        }
        false
    }

    /// Forgets what belongs to the plan on screen: the form (an entry being
    /// edited or a half-typed new one) and the filters. The sort stays.
    pub fn reset(&mut self) {
        self.form = Form::default();
        self.filter = Filter::default();
        self.bound_picker = None;
        self.window.reset();
    }

    /// Holds nothing that belongs to a plan (see [`Dissemination::reset`]).
    pub fn is_idle(&self) -> bool {
        self.form == Form::default() && self.filter == Filter::default()
    }

    /// The rows under the filter and sort, computed once per change.
    fn shown(&self, plan: &Plan, version: u64) -> Rc<Shown> {
        self.shown
            .get((version, self.filter.clone(), self.sort), || {
                Shown::new(plan, &self.filter, self.sort)
            })
    }

    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        version: u64,
        today: NaiveDate,
        read_only: bool,
    ) -> Element<'a, Message> {
        let shown = self.shown(plan, version);
        let actions = row![
            button(icon::labelled(icon::UPLOAD, fl!("log-import")))
                .padding([6, 12])
                .style(theme::tool_button)
                .on_press_maybe((!read_only).then_some(Message::ImportPressed)),
        ]
        .spacing(8);
        let content = column![
            form::view(&self.form, plan, self.picker, today, read_only),
            self.filters(plan, today),
            table::view(plan, &shown, self.sort, self.form.editing, &self.window),
        ]
        .spacing(10)
        .height(Fill);
        widget::page(
            fl!("screen-dissemination"),
            Some(fl!("log-subtitle", count = plan.log.len())),
            actions.into(),
            content.into(),
        )
    }

    fn filters<'a>(&'a self, plan: &'a Plan, today: NaiveDate) -> Element<'a, Message> {
        let partners = pick::with_none(fl!("log-filter-all-partners"), form::partners(plan));
        let partner = pick::selected(&partners, &self.filter.partner);
        let channels = pick::with_none(fl!("log-filter-all-channels"), form::channels());
        let channel = pick::selected(&channels, &self.filter.channel);
        let groups = form::groups(fl!("log-filter-all-groups"));
        let group = pick::selected(&groups, &self.filter.group);
        let periods = pick::with_none(
            fl!("log-filter-all-periods"),
            commplan_core::period::of(&plan.project)
                .into_iter()
                .map(|p| Pick::new((p.start, p.end), p.label())),
        );
        let span = commplan_core::text::parse_date(&self.filter.from)
            .zip(commplan_core::text::parse_date(&self.filter.to));
        let period = pick::selected(&periods, &span);
        // Each list as wide as its longest option: a pick list left at
        // its natural width (Shrink) measures every option, and its menu
        // is as wide as the list.
        let period_width = pick::width(&periods, 13.0, 200.0);
        let shown = self.bound_picker;
        let date = |placeholder: String,
                    value: &'a str,
                    id: &'static str,
                    on: fn(String) -> Message,
                    bound: Bound| {
            let bad = !value.trim().is_empty() && commplan_core::text::parse_date(value).is_none();
            let field = text_input(&placeholder, value)
                .id(id)
                .on_input(on)
                .size(13)
                .padding([5, 8])
                .width(110);
            let field = if bad {
                field.style(theme::input_invalid)
            } else {
                field
            };
            // Typed or picked from the month calendar beside it.
            date_picker(
                field,
                value,
                shown.filter(|o| o.field == bound).map(|o| o.month),
                today,
                Messages {
                    toggle: Message::BoundPickerToggled(bound),
                    dismiss: Message::BoundPickerDismissed,
                    month: Message::BoundPickerMoved,
                    pick: Box::new(Message::BoundPicked),
                },
            )
        };
        // Two lines: what the entries are, then when; the text filter keeps
        // a usable width in every language.
        let what = row![
            icon::icon(icon::FILTER).style(theme::muted),
            pick::redrawn(
                pick::key(&partner),
                pick_list(partners, partner, |p: Pick<_>| {
                    Message::PartnerFiltered(p.value)
                })
                .text_size(13)
            ),
            pick::redrawn(
                pick::key(&channel),
                pick_list(channels, channel, |c: Pick<_>| {
                    Message::ChannelFiltered(c.value)
                })
                .text_size(13)
            ),
            pick::redrawn(
                pick::key(&group),
                pick_list(groups, group, |g: Pick<_>| Message::GroupFiltered(g.value))
                    .text_size(13)
            ),
            text_input(&fl!("log-filter-text"), &self.filter.text)
                .id(SEARCH_INPUT)
                .on_input(Message::TextEdited)
                .size(13)
                .padding([5, 8])
                .width(Fill),
        ]
        .spacing(6)
        .align_y(Alignment::Center);
        // The clear button keeps its place, so nothing moves when a filter
        // is set.
        let when = row![
            Space::new().width(16),
            pick::redrawn(
                pick::key(&period),
                pick_list(periods, period, |p: Pick<_>| Message::PeriodFiltered(
                    p.value
                ))
                .placeholder(fl!("log-filter-all-periods"))
                .text_size(13)
                .width(period_width)
            ),
            date(
                fl!("log-filter-from"),
                &self.filter.from,
                FROM_INPUT,
                Message::FromEdited,
                Bound::From
            ),
            date(
                fl!("log-filter-to"),
                &self.filter.to,
                TO_INPUT,
                Message::ToEdited,
                Bound::To
            ),
            Space::new().width(Fill),
            button(icon::labelled(icon::X, fl!("log-filter-clear")))
                .padding([4, 8])
                .style(theme::tool_button)
                .on_press_maybe((!self.filter.is_empty()).then_some(Message::FiltersCleared)),
        ]
        .spacing(6)
        .align_y(Alignment::Center);
        column![what, when].spacing(6).into()
    }
}
