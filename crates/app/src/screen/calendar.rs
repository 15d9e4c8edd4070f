//! The campaign calendar: a month grid, a week by hours, an agenda of the
//! whole project and a timeline per partner or work package, with filters
//! that combine, an editor for every field, and moves by mouse or keyboard.
//!
//! Every view asks the range [`Index`] for what is visible only; the index
//! is built once per change of the plan.

mod agenda;
mod bars;
mod choice;
pub mod editor;
mod filters;
mod frame;
mod item;
mod jump;
mod keys;
mod month;
mod more;
mod period;
mod removal;
mod timeline;
mod week;
mod zones;

use std::rc::Rc;

use chrono::{Duration, Months, NaiveDate};
use iced::widget::scrollable;

use crate::keys::Press;
use crate::widget;
use commplan_core::fl;
use commplan_core::query::{Facet, Filter, Index};
use commplan_core::{Activity, ActivityId, Change, Edit, Plan};

pub use editor::Editor;
pub use jump::Picker as JumpPicker;
pub use period::{View, range, week_start, weekdays};

/// Widget ids, so tests and keyboard focus can find them.
pub const JUMP_INPUT: &str = "calendar-jump";
pub const SEARCH_INPUT: &str = "calendar-search";
pub const AGENDA_LIST: &str = "calendar-agenda";

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

/// A cell of a view: a day, and in the week's hours a half hour of it
/// (the minute it starts at).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spot {
    pub day: NaiveDate,
    pub minute: Option<u32>,
}

impl Spot {
    /// Days and minutes from `self` to `to` (minutes only when both are
    /// half hours).
    pub fn until(self, to: Spot) -> (i64, i64) {
        let minutes = match (self.minute, to.minute) {
            (Some(from), Some(to)) => i64::from(to) - i64::from(from),
            _ => 0,
        };
        ((to.day - self.day).num_days(), minutes)
    }
}

/// An item held by the mouse: pressed, and perhaps dragged from one cell
/// to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Drag {
    pick: Pick,
    grip: Grip,
    /// Where the drag left from and the cell under the pointer now;
    /// `None` until the pointer has moved past the threshold.
    cells: Option<(Spot, Option<Spot>)>,
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
    /// The editor as it opened, to tell whether it holds changes.
    opened: Option<Editor>,
    /// The filter menu that is open.
    facet: Option<Facet>,
    rows: Rows,
    agenda: widget::Window,
    drag: Option<Drag>,
    /// A move of an occurrence of a series, waiting for "this occurrence
    /// or the whole series?".
    pending: Option<choice::PendingMove>,
    /// The day whose "+N more" list is open over the view.
    more: Option<NaiveDate>,
    /// A campaign with items asked to be deleted: what to do with them?
    removing: Option<ActivityId>,
    /// The plan is open read-only (another window has it): nothing can be
    /// created, moved, duplicated, deleted or edited. Set by the app.
    pub read_only: bool,
    /// The last message gave up a drag: the Escape that did it (which
    /// reaches the window's shortcuts too) clears nothing else.
    cancelled: bool,
    jump: String,
    jump_error: bool,
    /// The month the calendar of "Go to date" shows, when it is open.
    jump_picker: Option<NaiveDate>,
    index: widget::Memo<u64, Index>,
    lines: widget::Memo<(u64, Filter), agenda::Lines>,
}

#[derive(Debug, Clone)]
pub enum Message {
    ViewChosen(View),
    Previous,
    Next,
    Today,
    JumpEdited(String),
    JumpSubmitted,
    /// The month calendar beside "Go to date".
    JumpPicker(jump::Picker),
    DayPicked(NaiveDate),
    /// A double click on a day (or an hour of a day): a new activity there.
    Create(NaiveDate, Option<u32>),
    /// "+N more" on a day: its items listed over the view.
    MoreClicked(NaiveDate),
    /// The list of a day's items closed (a click beside it, its ×).
    MoreClosed,
    ItemOpened(Pick),
    /// The mouse button went down on an item (or its resizing edge): it
    /// is selected, and a drag may follow.
    Pressed(Pick, Grip),
    /// The pointer, button held, moved past the threshold: the drag runs
    /// from the first cell to the second (`None`: off the cells).
    Dragged(Spot, Option<Spot>),
    /// The button was released after a drag from the first cell to the
    /// second.
    Dropped(Spot, Spot),
    /// Escape during a drag, or a release off the cells.
    DragCancelled,
    /// The answer to "this occurrence or the whole series?": `Some(true)`
    /// this occurrence, `Some(false)` the series, `None` neither.
    MoveChosen(Option<bool>),
    Wheel(f32),
    Filter(filters::Message),
    RowsChosen(Rows),
    AgendaScrolled(scrollable::Viewport),
    Key(Press),
    NewPressed,
    DuplicatePressed,
    DeletePressed,
    /// A campaign goes: with its items (`true`) or keeping them.
    RemovalConfirmed(ActivityId, bool),
    RemovalCancelled,
    Editor(editor::Message),
}

/// What the calendar screen asks the app to do after a message.
pub enum Action {
    None,
    /// Apply a change to the plan (undoable, autosaved).
    Edit(Box<Edit>),
    /// Run a task whose result comes back to the screen (focus, scroll).
    Run(iced::Task<Message>),
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

    /// Another plan is open: nothing stays selected, dragged, filtered or
    /// in the editor, and a remembered day outside its dates gives way to
    /// today or its start. The view stays.
    pub fn reset(&mut self, plan: &Plan) {
        self.selected = None;
        self.editor = None;
        self.drag = None;
        self.pending = None;
        self.more = None;
        self.removing = None;
        self.filter = Filter::default();
        self.facet = None;
        self.jump.clear();
        self.jump_error = false;
        self.jump_picker = None;
        if self.anchor.is_some_and(|day| !plan.in_project(day)) {
            self.anchor = None;
        }
    }

    /// Holds nothing that belongs to a plan (see [`Calendar::reset`]).
    pub fn is_idle(&self) -> bool {
        self.selected.is_none()
            && self.editor.is_none()
            && self.drag.is_none()
            && self.pending.is_none()
            && self.filter == Filter::default()
            && self.facet.is_none()
            && self.more.is_none()
            && self.removing.is_none()
            && self.jump.is_empty()
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
        self.index.get(version, || Index::build(plan, None))
    }

    pub fn update(
        &mut self,
        message: Message,
        plan: &Plan,
        version: u64,
        today: NaiveDate,
    ) -> Action {
        // A drag given up, or a calendar or list over the editor closed:
        // the Escape that did it (which reaches the window's shortcuts
        // too) closes nothing else.
        self.cancelled = matches!(
            message,
            Message::DragCancelled | Message::Editor(editor::Message::PopupClosed)
        );
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

    fn handle(&mut self, message: Message, plan: &Plan, version: u64, today: NaiveDate) -> Action {
        let anchor = self.anchor(plan, today);
        if self.read_only {
            match message {
                // Looking still works: a double click selects and shows
                // every field of the item, none of them changeable.
                Message::ItemOpened(pick) => {
                    self.selected = Some(pick);
                    return self.open_to_read(plan, pick);
                }
                Message::Create(..)
                | Message::RemovalConfirmed(..)
                | Message::NewPressed
                | Message::DuplicatePressed
                | Message::DeletePressed
                | Message::Dragged(..)
                | Message::Dropped(..) => {
                    self.drag = None;
                    return Action::None;
                }
                _ => {}
            }
        }
        match message {
            Message::ViewChosen(view) => return self.choose(view, plan, version, today),
            Message::Previous => self.anchor = Some(self.step(anchor, -1)),
            Message::Next => self.anchor = Some(self.step(anchor, 1)),
            Message::Today => self.anchor = Some(today),
            Message::JumpEdited(value) => {
                self.jump = value;
                self.jump_error = false;
            }
            Message::JumpSubmitted => match commplan_core::text::parse_date(&self.jump) {
                Some(day) => {
                    self.anchor = Some(day);
                    self.jump.clear();
                    self.jump_picker = None;
                    // The field gives the keyboard back to the calendar.
                    return jump::give_back();
                }
                None => self.jump_error = true,
            },
            Message::JumpPicker(message) => return self.picker(message, anchor),
            Message::DayPicked(day) => {
                self.anchor = Some(day);
                self.selected = None;
                self.drag = None;
            }
            Message::Create(day, minute) => return self.edit(Editor::create(plan, day, minute)),
            Message::MoreClicked(day) => {
                self.more = Some(day);
                self.drag = None;
            }
            Message::MoreClosed => self.more = None,
            Message::ItemOpened(pick) => {
                self.selected = Some(pick);
                self.drag = None;
                self.more = None;
                return self.open(plan, pick);
            }
            Message::Pressed(pick, grip) => {
                self.selected = Some(pick);
                self.drag = Some(Drag {
                    pick,
                    grip,
                    cells: None,
                });
            }
            Message::Dragged(from, to) => {
                if let Some(drag) = self.drag.as_mut() {
                    drag.cells = Some((from, to));
                }
            }
            Message::DragCancelled => self.drag = None,
            Message::Dropped(from, to) => {
                // Only an item that was pressed and dragged moves.
                let Some(drag) = self.drag.take().filter(|d| d.cells.is_some()) else {
                    return Action::None;
                };
                let (days, minutes) = from.until(to);
                if self.ask_if_repeating(plan, drag.pick, drag.grip, days, minutes, to.day) {
                    return Action::None;
                }
                let moved = match drag.grip {
                    Grip::Move => keys::moved(plan, drag.pick.id, days, minutes),
                    Grip::End => keys::resized(plan, drag.pick.id, days, minutes),
                };
                if let Some(edit) = moved {
                    return Action::Edit(Box::new(edit));
                }
            }
            Message::MoveChosen(answer) => return self.answered(plan, answer),
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
                if let Some(pick) = self.selected {
                    return self.delete(plan, pick.id);
                }
            }
            Message::RemovalConfirmed(id, with_items) => {
                self.removing = None;
                self.selected = None;
                return Action::Edit(Box::new(removal::edit(plan, id, with_items)));
            }
            Message::RemovalCancelled => self.removing = None,
            Message::Editor(message) => {
                let Some(editor) = self.editor.as_mut() else {
                    return Action::None;
                };
                match editor.update(message, plan) {
                    editor::Outcome::Open => {}
                    editor::Outcome::Run(task) => return Action::Run(task.map(Message::Editor)),
                    editor::Outcome::Closed => self.editor = None,
                    editor::Outcome::Saved(edit, id, day) => {
                        self.editor = None;
                        self.selected = Some(Pick { id, step: 0 });
                        self.anchor = Some(day);
                        return Action::Edit(edit);
                    }
                    editor::Outcome::Deleted(id) => {
                        self.editor = None;
                        return self.delete(plan, id);
                    }
                }
            }
        }
        Action::None
    }

    /// Deletes an activity; a campaign with items asks first what becomes
    /// of them.
    fn delete(&mut self, plan: &Plan, id: ActivityId) -> Action {
        if !removal::items(plan, id).is_empty() {
            self.removing = Some(id);
            return Action::None;
        }
        self.selected = None;
        Action::Edit(Box::new(Edit::Activity(Change::Remove(id))))
    }

    /// Opens the editor with the keyboard in its title.
    fn edit(&mut self, editor: Editor) -> Action {
        self.opened = Some(editor.clone());
        self.editor = Some(editor);
        self.drag = None;
        Action::Run(iced::widget::operation::focus(editor::TITLE_INPUT))
    }

    /// The editor is open with changes not yet saved.
    pub fn unsaved(&self) -> bool {
        self.editor.is_some() && self.editor != self.opened
    }

    /// Closes the editor without saving (or the question about moving an
    /// occurrence); `false` when none was open.
    pub fn close_editor(&mut self) -> bool {
        self.pending.take().is_some() | self.editor.take().is_some()
    }

    /// Escape: closes what is in front (the editor, a day's list, a
    /// filter menu), else gives up a drag, else clears the selection;
    /// `false` when there was nothing to close or clear.
    pub fn escape(&mut self) -> bool {
        if std::mem::take(&mut self.cancelled) || self.close_editor() {
            return true;
        }
        // A press that did not become a drag is nothing to give up.
        let dragging = self.drag.take().is_some_and(|d| d.cells.is_some());
        if self.removing.take().is_some()
            || self.jump_picker.take().is_some()
            || self.more.take().is_some()
            || self.facet.take().is_some()
            || dragging
        {
            return true;
        }
        self.selected.take().is_some()
    }

    /// The calendar comes into sight (its screen chosen, a plan opened on
    /// it): its view scrolled as when it was chosen, the week to the
    /// morning, the agenda to the day in focus.
    pub fn shown(&mut self, plan: &Plan, version: u64, today: NaiveDate) -> Action {
        self.choose(self.view, plan, version, today)
    }

    /// Shows another view, scrolled to the anchor: the week to the
    /// morning, the agenda to the anchor's day.
    fn choose(&mut self, view: View, plan: &Plan, version: u64, today: NaiveDate) -> Action {
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

    fn lines(&self, plan: &Plan, version: u64, index: &Index) -> Rc<agenda::Lines> {
        self.lines.get((version, self.filter.clone()), || {
            agenda::Lines::new(plan, index, &self.filter)
        })
    }
}
