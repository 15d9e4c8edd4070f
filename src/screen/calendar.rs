//! The campaign calendar: a month grid, a week by hours, an agenda of the
//! whole project and a timeline per partner or work package, with filters
//! that combine, an editor for every field, and moves by mouse or keyboard.
//!
//! Every view asks the range [`Index`] for what is visible only; the index
//! is built once per change of the plan.

mod agenda;
pub mod editor;
mod filters;
mod item;
mod keys;
mod month;
mod timeline;
mod week;

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use iced::widget::{Space, button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Fill};

use super::Action;
use crate::app::shortcut::Press;
use crate::data::query::{Facet, Filter, Index};
use crate::data::{Activity, ActivityId, Change, Edit, Plan};
use crate::theme;
use crate::widget::{self, icon};
use crate::{fl, format};

pub use editor::Editor;

/// Widget ids, so tests and keyboard focus can find them.
pub const JUMP_INPUT: &str = "calendar-jump";
pub const SEARCH_INPUT: &str = "calendar-search";
pub const AGENDA_LIST: &str = "calendar-agenda";

/// The four ways of looking at the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Month,
    Week,
    Agenda,
    Timeline,
}

impl View {
    pub const ALL: [View; 4] = [View::Month, View::Week, View::Agenda, View::Timeline];

    pub fn title(self) -> String {
        match self {
            View::Month => fl!("calendar-view-month"),
            View::Week => fl!("calendar-view-week"),
            View::Agenda => fl!("calendar-view-agenda"),
            View::Timeline => fl!("calendar-view-timeline"),
        }
    }

    /// A stable name for the settings file.
    pub fn slug(self) -> &'static str {
        match self {
            View::Month => "month",
            View::Week => "week",
            View::Agenda => "agenda",
            View::Timeline => "timeline",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

/// One occurrence of an activity: the activity and which repetition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pick {
    pub id: ActivityId,
    pub step: u32,
}

/// What a drag does when it is dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grip {
    /// Moves the item, keeping its length.
    Move,
    /// Moves the item's end (resizes it).
    End,
}

/// A press on an item that may become a drag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Drag {
    pick: Pick,
    grip: Grip,
    /// The day (and minute, in the week view) where it was grabbed.
    from: NaiveDate,
    minute: Option<u32>,
}

/// How the timeline groups its rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Rows {
    #[default]
    Partners,
    WorkPackages,
}

#[derive(Debug, Default)]
pub struct Calendar {
    pub view: View,
    /// The day in focus; `None` until a person picks one (then today, or
    /// the project's start when today lies outside the project).
    pub anchor: Option<NaiveDate>,
    pub filter: Filter,
    pub selected: Option<Pick>,
    pub editor: Option<Editor>,
    /// The filter menu that is open.
    facet: Option<Facet>,
    rows: Rows,
    agenda: widget::Window,
    drag: Option<Drag>,
    jump: String,
    jump_error: bool,
    /// The day under the mouse in the timeline.
    hover: Option<NaiveDate>,
    index: RefCell<Option<(u64, Rc<Index>)>>,
    lines: RefCell<Option<(u64, Filter, Rc<agenda::Lines>)>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    ViewChosen(View),
    Previous,
    Next,
    Today,
    JumpEdited(String),
    JumpSubmitted,
    DayPicked(NaiveDate),
    /// A double click on a day (or an hour of a day): a new activity there.
    Create(NaiveDate, Option<u32>),
    MoreClicked(NaiveDate),
    ItemOpened(Pick),
    DragStarted(Pick, Grip, NaiveDate, Option<u32>),
    /// The mouse was released over a day, or a half hour of a day.
    Dropped(NaiveDate, Option<u32>),
    Wheel(f32),
    /// The mouse is over this day of the timeline.
    Hovered(NaiveDate),
    /// The mouse was released over the timeline.
    Released,
    Filter(filters::Message),
    RowsChosen(Rows),
    AgendaScrolled(scrollable::Viewport),
    Key(Press),
    NewPressed,
    DuplicatePressed,
    DeletePressed,
    Editor(editor::Message),
}

/// What the calendar shows around the anchor in the current view.
pub fn range(view: View, anchor: NaiveDate) -> (NaiveDate, NaiveDate) {
    match view {
        View::Month => {
            let first = anchor.with_day(1).unwrap_or(anchor);
            let start = week_start(first);
            (start, start + Duration::days(41))
        }
        View::Week => {
            let start = week_start(anchor);
            (start, start + Duration::days(6))
        }
        View::Timeline => {
            let first = anchor.with_day(1).unwrap_or(anchor);
            let last = first
                .checked_add_months(Months::new(timeline::MONTHS))
                .and_then(|d| d.pred_opt())
                .unwrap_or(first);
            (first, last)
        }
        View::Agenda => (anchor, anchor),
    }
}

/// The first day of the week `day` is in, as the language counts weeks.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    let first = format::first_weekday();
    let back = (7 + day.weekday().num_days_from_monday() - first.num_days_from_monday()) % 7;
    day - Duration::days(i64::from(back))
}

/// The seven weekdays in the language's order.
pub fn weekdays() -> [Weekday; 7] {
    let mut day = format::first_weekday();
    std::array::from_fn(|_| {
        let this = day;
        day = day.succ();
        this
    })
}

impl Calendar {
    /// The calendar as it was left: view and day from the settings.
    pub fn remembered(view: Option<&str>, anchor: Option<NaiveDate>) -> Self {
        Self {
            view: view.and_then(View::from_slug).unwrap_or_default(),
            anchor,
            ..Self::default()
        }
    }

    /// Another plan is open: nothing stays selected or in the editor, and a
    /// remembered day outside its dates gives way to today or its start.
    pub fn plan_opened(&mut self, plan: &Plan) {
        self.selected = None;
        self.editor = None;
        self.drag = None;
        if self.anchor.is_some_and(|day| !plan.in_project(day)) {
            self.anchor = None;
        }
    }

    /// Shows an activity: selected, on its first day.
    pub fn show(&mut self, plan: &Plan, id: ActivityId) {
        if let Some(activity) = plan.activity(id) {
            self.selected = Some(Pick { id, step: 0 });
            self.anchor = Some(activity.when.start_date());
            self.editor = None;
        }
    }

    /// The day in focus.
    pub fn anchor(&self, plan: &Plan, today: NaiveDate) -> NaiveDate {
        self.anchor.unwrap_or(if plan.in_project(today) {
            today
        } else {
            plan.project.start
        })
    }

    /// The range index of `plan` (whose contents `version` names), built
    /// once per change.
    pub fn index(&self, plan: &Plan, version: u64) -> Rc<Index> {
        let mut cache = self.index.borrow_mut();
        match cache.as_ref() {
            Some((v, index)) if *v == version => index.clone(),
            _ => {
                let index = Rc::new(Index::build(plan, None));
                *cache = Some((version, index.clone()));
                index
            }
        }
    }

    pub fn update(
        &mut self,
        message: Message,
        plan: &Plan,
        version: u64,
        today: NaiveDate,
    ) -> Action<Message> {
        let before = self.anchor(plan, today);
        let scrolled = matches!(message, Message::AgendaScrolled(_) | Message::DayPicked(_));
        let action = self.handle(message, plan, version, today);
        // The agenda follows the day in focus (unless the person scrolled).
        if self.view == View::Agenda
            && !scrolled
            && self.anchor(plan, today) != before
            && matches!(action, Action::None)
        {
            return self.choose(View::Agenda, plan, version, today);
        }
        action
    }

    fn handle(
        &mut self,
        message: Message,
        plan: &Plan,
        version: u64,
        today: NaiveDate,
    ) -> Action<Message> {
        let anchor = self.anchor(plan, today);
        match message {
            Message::ViewChosen(view) => return self.choose(view, plan, version, today),
            Message::Previous => self.anchor = Some(self.step(anchor, -1)),
            Message::Next => self.anchor = Some(self.step(anchor, 1)),
            Message::Today => self.anchor = Some(today),
            Message::JumpEdited(value) => {
                self.jump = value;
                self.jump_error = false;
            }
            Message::JumpSubmitted => match crate::data::import::values::date(&self.jump) {
                Some(day) => {
                    self.anchor = Some(day);
                    self.jump.clear();
                }
                None => self.jump_error = true,
            },
            Message::DayPicked(day) => {
                self.anchor = Some(day);
                self.selected = None;
                self.drag = None;
            }
            Message::Create(day, minute) => return self.edit(Editor::create(plan, day, minute)),
            Message::MoreClicked(day) => {
                self.anchor = Some(day);
                self.view = View::Week;
            }
            Message::ItemOpened(pick) => {
                self.selected = Some(pick);
                self.drag = None;
                if let Some(activity) = plan.activity(pick.id) {
                    return self.edit(Editor::open(activity));
                }
            }
            Message::DragStarted(pick, grip, from, minute) => {
                self.selected = Some(pick);
                // In the timeline, the day under the mouse, not the bar's.
                let from = match (self.view, self.hover) {
                    (View::Timeline, Some(day)) => day,
                    _ => from,
                };
                self.drag = Some(Drag {
                    pick,
                    grip,
                    from,
                    minute,
                });
            }
            Message::Dropped(day, minute) => {
                let Some(drag) = self.drag.take() else {
                    return Action::None;
                };
                let days = (day - drag.from).num_days();
                let minutes = match (drag.minute, minute) {
                    (Some(from), Some(to)) => i64::from(to) - i64::from(from),
                    _ => 0,
                };
                if days == 0 && minutes == 0 {
                    self.anchor = Some(day);
                    return Action::None;
                }
                let moved = match drag.grip {
                    Grip::Move => keys::moved(plan, drag.pick.id, days, minutes),
                    Grip::End => keys::resized(plan, drag.pick.id, days, minutes),
                };
                if let Some(edit) = moved {
                    self.anchor = Some(day);
                    return Action::Edit(Box::new(edit));
                }
            }
            Message::Hovered(day) => self.hover = Some(day),
            Message::Released => {
                if let Some(day) = self.hover {
                    return self.update(Message::Dropped(day, None), plan, version, today);
                }
                self.drag = None;
            }
            Message::Wheel(lines) => {
                if self.view == View::Month && lines != 0.0 {
                    let direction = if lines < 0.0 { 1 } else { -1 };
                    self.anchor = Some(self.step(anchor, direction));
                }
            }
            Message::Filter(message) => {
                self.agenda.reset();
                filters::update(&mut self.filter, &mut self.facet, message);
            }
            Message::RowsChosen(rows) => self.rows = rows,
            Message::AgendaScrolled(viewport) => self.agenda.scrolled(viewport),
            Message::Key(press) => {
                return keys::pressed(self, press, plan, version, today);
            }
            Message::NewPressed => return self.edit(Editor::create(plan, anchor, None)),
            Message::DuplicatePressed | Message::DeletePressed if self.editor.is_some() => {}
            Message::DuplicatePressed => {
                if let Some(edit) = self.duplicate(plan) {
                    return Action::Edit(Box::new(edit));
                }
            }
            Message::DeletePressed => {
                if let Some(pick) = self.selected.take() {
                    return Action::Edit(Box::new(Edit::Activity(Change::Remove(pick.id))));
                }
            }
            Message::Editor(message) => {
                let Some(editor) = self.editor.as_mut() else {
                    return Action::None;
                };
                match editor.update(message, plan) {
                    editor::Outcome::Open => {}
                    editor::Outcome::Closed => self.editor = None,
                    editor::Outcome::Saved(edit, id, day) => {
                        self.editor = None;
                        self.selected = Some(Pick { id, step: 0 });
                        self.anchor = Some(day);
                        return Action::Edit(edit);
                    }
                    editor::Outcome::Deleted(id) => {
                        self.editor = None;
                        self.selected = None;
                        return Action::Edit(Box::new(Edit::Activity(Change::Remove(id))));
                    }
                }
            }
        }
        Action::None
    }

    /// Opens the editor with the keyboard in its title.
    fn edit(&mut self, editor: Editor) -> Action<Message> {
        self.editor = Some(editor);
        self.drag = None;
        Action::Run(iced::widget::operation::focus(editor::TITLE_INPUT))
    }

    /// Closes the editor without saving; `false` when none was open.
    pub fn close_editor(&mut self) -> bool {
        self.editor.take().is_some()
    }

    /// Shows another view, scrolled to the anchor: the week to the
    /// morning, the agenda to the anchor's day.
    fn choose(
        &mut self,
        view: View,
        plan: &Plan,
        version: u64,
        today: NaiveDate,
    ) -> Action<Message> {
        self.view = view;
        match view {
            View::Week => Action::Run(iced::widget::operation::scroll_to(
                week::HOURS_LIST,
                scrollable::AbsoluteOffset {
                    x: None,
                    y: Some(week::MORNING),
                },
            )),
            View::Agenda => {
                let index = self.index(plan, version);
                let lines = self.lines(plan, version, &index);
                let row = lines.row_of(self.anchor(plan, today));
                let y = row as f32 * agenda::ROW;
                Action::Run(iced::widget::operation::scroll_to(
                    AGENDA_LIST,
                    scrollable::AbsoluteOffset {
                        x: None,
                        y: Some(y),
                    },
                ))
            }
            View::Month | View::Timeline => Action::None,
        }
    }

    /// The anchor moved by one period of the current view.
    fn step(&self, anchor: NaiveDate, direction: i32) -> NaiveDate {
        let months = |n: u32| {
            let months = Months::new(n);
            if direction < 0 {
                anchor.checked_sub_months(months)
            } else {
                anchor.checked_add_months(months)
            }
            .unwrap_or(anchor)
        };
        match self.view {
            View::Month => months(1),
            View::Timeline => months(3),
            View::Week | View::Agenda => anchor
                .checked_add_signed(Duration::days(7 * i64::from(direction)))
                .unwrap_or(anchor),
        }
    }

    /// A copy of the selected activity, at the same time, as a new item.
    fn duplicate(&mut self, plan: &Plan) -> Option<Edit> {
        let original = plan.activity(self.selected?.id)?;
        let mut copy: Activity = original.clone();
        copy.id = plan.next_activity_id();
        copy.title = fl!("calendar-copy-title", title = original.title.as_str());
        copy.sequence = 0;
        copy.modified = None;
        self.selected = Some(Pick {
            id: copy.id,
            step: 0,
        });
        Some(Edit::Activity(Change::Add(copy)))
    }

    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        version: u64,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let anchor = self.anchor(plan, today);
        let index = self.index(plan, version);
        let (from, to) = range(self.view, anchor);
        let context = item::Context {
            plan,
            today,
            anchor,
            selected: self.selected,
        };
        let (body, hidden) = match self.view {
            View::Month => month::view(&context, &index, &self.filter, from),
            View::Week => week::view(&context, &index, &self.filter, from),
            View::Agenda => {
                let lines = self.lines(plan, version, &index);
                let hidden = lines.hidden;
                (agenda::view(&context, &lines, &self.agenda), hidden)
            }
            View::Timeline => timeline::view(&context, &index, &self.filter, from, to, self.rows),
        };
        let mut content = column![
            self.toolbar(anchor),
            filters::bar(plan, &self.filter, self.facet, hidden),
        ]
        .spacing(10);
        if let Some(facet) = self.facet {
            content = content.push(filters::menu(plan, &self.filter, facet));
        }
        if let Some(selected) = self.selection(plan, &index) {
            content = content.push(selected);
        }
        content = content.push(body);
        if self.view == View::Timeline {
            content = content.push(timeline::legend(plan, self.rows));
        } else {
            content = content.push(item::legend(plan));
        }
        let subtitle = self.subtitle(plan, &index);
        let page = widget::page(
            fl!("screen-calendar"),
            Some(subtitle),
            self.actions(),
            content.into(),
        );
        match &self.editor {
            Some(editor) => {
                iced::widget::stack![page, editor.view(plan).map(Message::Editor)].into()
            }
            None => page,
        }
    }

    /// A line about the selected item: when, who, and what it overlaps.
    fn selection<'a>(&self, plan: &'a Plan, index: &Index) -> Option<Element<'a, Message>> {
        let pick = self.selected?;
        let position = plan.activities.iter().position(|a| a.id == pick.id)?;
        let activity = plan.activities.get(position)?;
        let span = index.span(u32::try_from(position).ok()?, pick.step)?;
        let mut line = row![
            tool(
                icon::PENCIL,
                fl!("calendar-edit"),
                Message::ItemOpened(pick)
            ),
            widget::partner(plan, &activity.responsible),
            text(activity.title.clone())
                .font(widget::BOLD)
                .wrapping(text::Wrapping::None),
            text(agenda::when(span))
                .style(theme::muted)
                .wrapping(text::Wrapping::None),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        if !span.all_day
            && let Some(zone) = activity_zone(activity)
        {
            line = line.push(
                text(zone)
                    .size(12)
                    .style(theme::muted)
                    .wrapping(text::Wrapping::None),
            );
        }
        let others: Vec<String> = index
            .overlapping(plan, span)
            .iter()
            .filter_map(|s| plan.activities.get(s.activity as usize))
            .map(|a| a.title.clone())
            .collect();
        if !others.is_empty() {
            line = line.push(
                text(fl!(
                    "calendar-overlaps",
                    count = others.len(),
                    titles = others.join(", ")
                ))
                .size(13)
                .style(theme::danger_text),
            );
        }
        if span.outside {
            line = line.push(
                text(fl!("calendar-outside-project"))
                    .size(13)
                    .style(theme::warning_text),
            );
        }
        Some(
            container(line)
                .padding([3, 8])
                .width(Fill)
                .clip(true)
                .style(theme::card)
                .into(),
        )
    }

    /// "55 activities · 2 conflicts · 1 after the project's end".
    fn subtitle(&self, plan: &Plan, index: &Index) -> String {
        let mut parts = vec![fl!("calendar-count", count = plan.activities.len())];
        if index.conflicts() > 0 {
            parts.push(fl!("calendar-conflicts", count = index.conflicts()));
        }
        if index.outside() > 0 {
            parts.push(fl!("calendar-outside", count = index.outside()));
        }
        parts.join(" · ")
    }

    fn actions(&self) -> Element<'_, Message> {
        let mut actions = row![].spacing(8).align_y(Alignment::Center);
        if self.selected.is_some() {
            actions = actions
                .push(tool(
                    icon::COPY,
                    fl!("calendar-duplicate"),
                    Message::DuplicatePressed,
                ))
                .push(tool(
                    icon::TRASH_2,
                    fl!("calendar-delete"),
                    Message::DeletePressed,
                ));
        }
        actions
            .push(
                button(icon::labelled(icon::PLUS, fl!("calendar-new")))
                    .padding([6, 12])
                    .on_press(Message::NewPressed),
            )
            .into()
    }

    fn toolbar(&self, anchor: NaiveDate) -> Element<'_, Message> {
        let views = View::ALL.into_iter().fold(row![].spacing(4), |r, v| {
            r.push(widget::choice(
                v.title(),
                v == self.view,
                Message::ViewChosen(v),
            ))
        });
        let title = match self.view {
            View::Month => format::month_year(anchor),
            View::Timeline => {
                let (from, to) = range(View::Timeline, anchor);
                fl!(
                    "calendar-timeline-title",
                    from = format::month_year(from),
                    to = format::month_year(to)
                )
            }
            View::Week => {
                let start = week_start(anchor);
                fl!(
                    "calendar-week-title",
                    week = start.iso_week().week(),
                    from = format::date(start),
                    to = format::date(start + Duration::days(6))
                )
            }
            View::Agenda => format::date_with_weekday(anchor),
        };
        let jump = text_input(&fl!("calendar-jump-placeholder"), &self.jump)
            .id(JUMP_INPUT)
            .on_input(Message::JumpEdited)
            .on_submit(Message::JumpSubmitted)
            .width(150)
            .padding([5, 8]);
        let mut bar = row![
            tool(icon::CHEVRON_LEFT, String::new(), Message::Previous),
            button(text(fl!("calendar-today")))
                .style(theme::tool_button)
                .padding([5, 12])
                .on_press(Message::Today),
            tool(icon::CHEVRON_RIGHT, String::new(), Message::Next),
            text(title).size(18).font(widget::BOLD),
            Space::new().width(Fill),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        if self.jump_error {
            bar = bar.push(
                text(fl!("calendar-jump-invalid"))
                    .size(13)
                    .style(theme::danger_text),
            );
        }
        bar = bar.push(jump);
        if self.view == View::Timeline {
            bar = bar
                .push(widget::choice(
                    fl!("calendar-rows-partners"),
                    self.rows == Rows::Partners,
                    Message::RowsChosen(Rows::Partners),
                ))
                .push(widget::choice(
                    fl!("calendar-rows-work-packages"),
                    self.rows == Rows::WorkPackages,
                    Message::RowsChosen(Rows::WorkPackages),
                ));
        }
        column![bar, views].spacing(8).into()
    }

    fn lines(&self, plan: &Plan, version: u64, index: &Index) -> Rc<agenda::Lines> {
        let mut cache = self.lines.borrow_mut();
        match cache.as_ref() {
            Some((v, filter, lines)) if *v == version && *filter == self.filter => {
                return lines.clone();
            }
            _ => {}
        }
        let lines = Rc::new(agenda::Lines::new(plan, index, &self.filter));
        *cache = Some((version, self.filter.clone(), lines.clone()));
        lines
    }
}

/// The zone a timed item's times are in.
fn activity_zone(activity: &crate::data::Activity) -> Option<String> {
    match &activity.when {
        crate::data::When::Timed { zone, .. } => Some(zone.name().to_owned()),
        crate::data::When::Days { .. } => None,
    }
}

/// A quiet toolbar button with an icon (and a label when not empty).
fn tool<'a>(glyph: char, label: String, message: Message) -> Element<'a, Message> {
    let content: Element<'a, Message> = if label.is_empty() {
        icon::glyph(glyph)
    } else {
        icon::labelled(glyph, label)
    };
    button(content)
        .style(theme::tool_button)
        .padding([5, 10])
        .on_press(message)
        .into()
}

/// Shown instead of a view when the filters hide everything.
fn nothing<'a>() -> Element<'a, Message> {
    container(widget::empty(fl!("calendar-nothing"))).into()
}
