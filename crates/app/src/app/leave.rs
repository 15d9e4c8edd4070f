//! Leaving work in an editor, as desktop apps do: closing the window,
//! opening or making another plan, or going to another screen while an
//! editor or form holds what was typed and not saved asks first: save,
//! discard, or go back. A termination signal (SIGTERM, or SIGHUP when the
//! session ends) saves what can be saved instead of dropping it.

use iced::widget::{Space, button, center, column, container, opaque, row, text};
use iced::{Element, Fill, Task, window};

use super::{App, Message as AppMessage, files};
use crate::screen::{self, Screen};
use crate::theme;
use commplan_core::fl;

/// What the person was doing when an editor held changes.
#[derive(Debug, Clone)]
pub enum Leave {
    /// Closing this window.
    Close(window::Id),
    /// Quitting (Ctrl+Q).
    Quit,
    /// Opening or making another plan.
    File(files::Message),
    /// Going to another screen.
    Screen(Screen),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Save what the editors hold, then go on.
    Save,
    /// Drop what the editors hold, then go on.
    Discard,
    /// Back to the editor; nothing happens.
    Stay,
}

impl App {
    /// The screens whose editor or form holds changes not yet saved.
    pub fn unsaved_screens(&self) -> Vec<Screen> {
        if self.document.read_only.is_some() {
            return Vec::new();
        }
        [
            (Screen::Calendar, self.calendar.unsaved()),
            (Screen::Deliverables, self.deliverables.unsaved()),
            (
                Screen::Dissemination,
                self.dissemination.unsaved(&self.plan),
            ),
            (Screen::Partners, self.partners.unsaved(&self.plan)),
            (Screen::Indicators, self.indicators.unsaved(&self.plan)),
        ]
        .into_iter()
        .filter_map(|(screen, unsaved)| unsaved.then_some(screen))
        .collect()
    }

    /// Goes on with `leave`, unless an editor it would leave holds
    /// changes: then asks first.
    pub(super) fn leave(&mut self, leave: Leave) -> Task<AppMessage> {
        let unsaved = self.unsaved_screens();
        let asks = match &leave {
            // Another screen leaves only this one's editor behind.
            Leave::Screen(screen) => *screen != self.screen && unsaved.contains(&self.screen),
            _ => !unsaved.is_empty(),
        };
        if asks {
            self.leaving = Some(leave);
            return Task::none();
        }
        self.go(leave)
    }

    fn go(&mut self, leave: Leave) -> Task<AppMessage> {
        match leave {
            Leave::Close(window) => self.close_requested(window),
            Leave::Quit => self.close_requested_all(),
            Leave::File(message) => self.file(message),
            Leave::Screen(screen) => self.navigate(screen),
        }
    }

    pub(super) fn leaving(&mut self, message: Message) -> Task<AppMessage> {
        let Some(leave) = self.leaving.take() else {
            return Task::none();
        };
        match message {
            Message::Stay => Task::none(),
            Message::Discard => {
                self.discard_editors();
                self.go(leave)
            }
            Message::Save => {
                let saved = self.save_editors();
                // A form that refused to save shows why, and nothing else
                // happens.
                if let Some(screen) = self.unsaved_screens().first() {
                    self.screen = *screen;
                    return saved;
                }
                Task::batch([saved, self.go(leave)])
            }
        }
    }

    /// Presses Save in every editor that holds changes.
    fn save_editors(&mut self) -> Task<AppMessage> {
        let tasks: Vec<Task<AppMessage>> = self
            .unsaved_screens()
            .into_iter()
            .filter_map(save_message)
            .map(|message| self.update(message))
            .collect();
        Task::batch(tasks)
    }

    fn discard_editors(&mut self) {
        for screen in self.unsaved_screens() {
            let _ = match screen {
                Screen::Calendar => self.calendar.close_editor(),
                Screen::Deliverables => self.deliverables.close_editor(),
                Screen::Dissemination => self.dissemination.close_editor(),
                Screen::Partners => self.partners.close_editor(),
                Screen::Indicators => self.indicators.close_editor(),
                Screen::Overview | Screen::Settings => false,
            };
        }
    }

    /// The session is ending (SIGTERM, SIGHUP): what the editors hold is
    /// saved where it can be, then the plan and the settings, then the app
    /// quits. An editor whose fields do not make a valid item is dropped
    /// (there is nobody left to ask).
    pub(super) fn terminated(&mut self) -> Task<AppMessage> {
        tracing::info!("termination signal: saving before quitting");
        self.leaving = None;
        let _ = self.save_editors();
        self.close_requested_all()
    }
}

/// The message that presses Save in a screen's editor or form.
fn save_message(screen: Screen) -> Option<AppMessage> {
    Some(match screen {
        Screen::Calendar => AppMessage::Calendar(screen::calendar::Message::Editor(
            screen::calendar::editor::Message::SavePressed,
        )),
        Screen::Deliverables => AppMessage::Deliverables(screen::deliverables::Message::Editor(
            screen::deliverables::EditorMessage::SavePressed,
        )),
        Screen::Dissemination => {
            AppMessage::Dissemination(screen::dissemination::Message::FormSubmitted)
        }
        Screen::Partners => AppMessage::Partners(screen::partners::Message::Form(
            screen::partners::FormMessage::Submitted,
        )),
        Screen::Indicators => AppMessage::Indicators(screen::indicators::Message::Editor(
            screen::indicators::editor::Message::SavePressed,
        )),
        Screen::Overview | Screen::Settings => return None,
    })
}

/// The question, over the window.
pub fn view<'a>(app: &App) -> Element<'a, AppMessage> {
    let names: Vec<String> = app
        .unsaved_screens()
        .into_iter()
        .map(Screen::title)
        .collect();
    let action = |label: String, message: Message, primary: bool| {
        button(text(label))
            .padding([8, 16])
            .style(if primary {
                button::primary
            } else {
                button::secondary
            })
            .on_press(AppMessage::Leave(message))
    };
    let content = column![
        text(fl!("leave-title")).size(20),
        text(fl!("leave-text", screens = names.join(", "))),
        row![
            action(fl!("leave-stay"), Message::Stay, false),
            Space::new().width(Fill),
            action(fl!("leave-discard"), Message::Discard, false),
            action(fl!("leave-save"), Message::Save, true),
        ]
        .spacing(8),
    ]
    .spacing(16);
    opaque(
        container(center(
            container(content)
                .padding(24)
                .max_width(560)
                .style(theme::dialog),
        ))
        .width(Fill)
        .height(Fill)
        .style(theme::backdrop),
    )
}

/// Termination signals as messages (Unix: SIGTERM, SIGHUP), through tokio,
/// the runtime the window already runs on.
#[cfg(unix)]
pub fn signals() -> impl iced::futures::Stream<Item = AppMessage> {
    iced::stream::channel(4, async |mut output| {
        use iced::futures::SinkExt;
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            tracing::warn!("termination signals cannot be watched");
            return;
        };
        loop {
            let term = std::pin::pin!(term.recv());
            let hup = std::pin::pin!(hup.recv());
            let _ = iced::futures::future::select(term, hup).await;
            if output.send(AppMessage::Terminated).await.is_err() {
                return;
            }
        }
    })
}
