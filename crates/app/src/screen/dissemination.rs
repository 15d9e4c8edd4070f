//! The dissemination log: what partners report they did. A table that
//! sorts and filters (partner, channel, target group, dates, text) with a
//! totals row, a form to add or edit an entry, links to the activity an
//! entry reports on, and the import of partners' spreadsheets.

pub mod form;
mod shown;
mod table;

use std::rc::Rc;

use iced::widget::{Space, button, column, pick_list, row, scrollable, text_input};
use iced::{Alignment, Element, Fill};

use crate::theme;
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
    TextEdited(String),
    FiltersCleared,
    Sorted(Column),
    Scrolled(scrollable::Viewport),
    Form(form::Field),
    FormSubmitted,
    FormCancelled,
    EditPressed(EntryId),
    DeletePressed,
    /// The activity an entry reports on was pressed.
    ActivityOpened(ActivityId),
    ImportPressed,
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
            form::view(&self.form, plan, read_only),
            self.filters(plan),
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

    fn filters<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let partners = pick::with_none(fl!("log-filter-all-partners"), form::partners(plan));
        let partner = pick::selected(&partners, &self.filter.partner);
        let channels = pick::with_none(fl!("log-filter-all-channels"), form::channels());
        let channel = pick::selected(&channels, &self.filter.channel);
        let groups = form::groups(fl!("log-filter-all-groups"));
        let group = pick::selected(&groups, &self.filter.group);
        // Each list as wide as its longest option; the search field keeps
        // a usable width and goes to the next line when the words of a
        // language take the room.
        let widths = (
            pick::width(&partners, 13.0, 260.0),
            pick::width(&channels, 13.0, 220.0),
            pick::width(&groups, 13.0, 300.0),
        );
        let date =
            |placeholder: String, value: &str, id: &'static str, on: fn(String) -> Message| {
                let bad =
                    !value.trim().is_empty() && commplan_core::text::parse_date(value).is_none();
                let field = text_input(&placeholder, value)
                    .id(id)
                    .on_input(on)
                    .size(13)
                    .padding([5, 8])
                    .width(110);
                if bad {
                    field.style(theme::input_invalid)
                } else {
                    field
                }
            };
        let mut line = row![
            icon::icon(icon::FILTER).style(theme::muted),
            pick::redrawn(
                pick::key(&partner),
                pick_list(partners, partner, |p: Pick<_>| {
                    Message::PartnerFiltered(p.value)
                })
                .text_size(13)
                .width(widths.0)
            ),
            pick::redrawn(
                pick::key(&channel),
                pick_list(channels, channel, |c: Pick<_>| {
                    Message::ChannelFiltered(c.value)
                })
                .text_size(13)
                .width(widths.1)
            ),
            pick::redrawn(
                pick::key(&group),
                pick_list(groups, group, |g: Pick<_>| Message::GroupFiltered(g.value))
                    .text_size(13)
                    .width(widths.2)
            ),
            date(
                fl!("log-filter-from"),
                &self.filter.from,
                FROM_INPUT,
                Message::FromEdited
            ),
            date(
                fl!("log-filter-to"),
                &self.filter.to,
                TO_INPUT,
                Message::ToEdited
            ),
            text_input(&fl!("log-filter-text"), &self.filter.text)
                .id(SEARCH_INPUT)
                .on_input(Message::TextEdited)
                .size(13)
                .padding([5, 8])
                .width(260),
        ]
        .spacing(6)
        .align_y(Alignment::Center);
        if !self.filter.is_empty() {
            line = line.push(
                button(icon::labelled(icon::X, fl!("log-filter-clear")))
                    .padding([4, 8])
                    .style(theme::tool_button)
                    .on_press(Message::FiltersCleared),
            );
        } else {
            line = line.push(Space::new().width(0));
        }
        line.wrap().vertical_spacing(6).into()
    }
}
