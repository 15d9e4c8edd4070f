//! The window's keyboard shortcuts: undo, save, screens, search, Escape
//! closing what is in front, and the keys no widget used, passed to the
//! open dialog or the screen.

use iced::Task;

use super::{App, Message, export, files, leave};
use crate::keys::{self, Shortcut};
use crate::screen::{self, Screen};

impl App {
    pub(super) fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        match shortcut {
            Shortcut::Undo => self.undo(),
            Shortcut::Redo => self.redo(),
            Shortcut::Save => self.save_now(),
            Shortcut::SaveAs => self.file(files::Message::SaveAs),
            Shortcut::Open => self.leave(leave::Leave::File(files::Message::Open)),
            Shortcut::Export => self.export(export::Message::Opened),
            Shortcut::New => self.leave(leave::Leave::File(files::Message::New)),
            Shortcut::Quit => self.leave(leave::Leave::Quit),
            Shortcut::Screen(index) => match Screen::ALL.get(index) {
                Some(screen) => self.leave(leave::Leave::Screen(*screen)),
                None => Task::none(),
            },
            Shortcut::Search => self.open_search(),
            // A dialog opened over the search closes first.
            Shortcut::Escape if self.search_on_top() => {
                self.search.close();
                Task::none()
            }
            Shortcut::Press(press) if self.search_on_top() => match press.nav() {
                Some(nav) => self.search_key(nav),
                None => Task::none(),
            },
            Shortcut::Duplicate if self.search_on_top() => Task::none(),
            // Escape closes the dialog or editor in front, even from
            // one of its fields (the field gives up the keyboard too).
            Shortcut::Escape => {
                if self.leaving.is_some() {
                    self.leaving = None;
                } else if self.dialog.is_some() {
                    self.dialog = None;
                } else if let Some(open) = self.export.as_mut().filter(|d| d.picker.is_some()) {
                    // The date calendar in front closes first.
                    open.picker = None;
                } else if self.export.is_some() {
                    self.close_export();
                } else if self.publish.is_some() {
                    return self.publish(super::publish::Message::Closed);
                } else if self.import.is_some() {
                    self.import = None;
                } else if self.report.is_some() {
                    // The report's choices only: nothing typed is lost.
                    self.report = None;
                } else if self.project_form.is_some() {
                    // As Cancel: the plan is not changed.
                    self.project_form = None;
                } else {
                    let closed = match self.screen {
                        Screen::Calendar => self.calendar.escape(),
                        Screen::Indicators => self.indicators.close_editor(),
                        Screen::Deliverables => self.deliverables.close_editor(),
                        Screen::Partners => self.partners.close_editor(),
                        Screen::Dissemination => self.dissemination.escape(),
                        Screen::Overview | Screen::Settings => false,
                    };
                    if !closed {
                        self.notice = None;
                    }
                }
                Task::none()
            }
            Shortcut::Duplicate => self.screen_key(None),
            Shortcut::Press(press) => self.screen_key(Some(press)),
        }
    }

    /// A key no widget used: the open dialog's (Export), or the screen's.
    /// `None` is Ctrl+D (duplicate).
    pub(super) fn screen_key(&mut self, press: Option<keys::Press>) -> Task<Message> {
        if self.dialog.is_some() || self.import.is_some() {
            return Task::none();
        }
        if self.export.is_some() {
            return match press.and_then(keys::Press::nav) {
                Some(nav) => self.export_key(nav),
                None => Task::none(),
            };
        }
        match self.screen {
            Screen::Calendar => {
                let key = match press {
                    Some(press) => screen::calendar::Message::Key(press),
                    None => screen::calendar::Message::DuplicatePressed,
                };
                self.update(Message::Calendar(key))
            }
            Screen::Indicators => match press {
                Some(press) => {
                    self.update(Message::Indicators(screen::indicators::Message::Key(press)))
                }
                None => Task::none(),
            },
            _ => Task::none(),
        }
    }
}
