//! The project form over the window: editing the open project, or the
//! essentials of a new one before File → New asks where to keep it.

use iced::Task;

use super::{App, Message, Notice};
use crate::screen::project::{self, Action, Form};
use crate::theme::Tone;
use commplan_core::setup::Setup;
use commplan_core::{Edit, fl};

impl App {
    /// Opens the form on the open plan's project.
    pub(super) fn edit_project(&mut self) -> Task<Message> {
        if let Some(reason) = &self.document.read_only {
            self.notice = Some(Notice {
                tone: Tone::Warning,
                text: super::read_only_text(reason),
            });
            return Task::none();
        }
        self.project_form = Some(Form::edit(&self.plan.project));
        iced::widget::operation::focus(project::NAME)
    }

    /// Opens the form for a new project (File → New, "Start your own
    /// project").
    pub(super) fn new_project(&mut self) -> Task<Message> {
        self.project_form = Some(Form::new_project(self.today));
        iced::widget::operation::focus(project::NAME)
    }

    pub(super) fn project(&mut self, message: project::Message) -> Task<Message> {
        let Some(form) = &mut self.project_form else {
            return Task::none();
        };
        match form.update(message, &self.plan) {
            Action::None => Task::none(),
            Action::Close => {
                self.project_form = None;
                Task::none()
            }
            Action::Save(project) => {
                let before = self.plan_version;
                self.apply(Edit::Project(*project));
                if self.plan_version != before {
                    self.project_form = None;
                    self.notice = Some(Notice {
                        tone: Tone::Success,
                        text: fl!("project-saved"),
                    });
                } else if let (Some(form), Some(notice)) = (&mut self.project_form, &self.notice) {
                    form.refused(notice.text.clone());
                }
                Task::none()
            }
            Action::Create(setup) => {
                self.project_form = None;
                self.create_from(*setup)
            }
        }
    }

    /// Asks where to keep a new plan for `setup`, then writes and opens it.
    fn create_from(&mut self, setup: Setup) -> Task<Message> {
        let suggested = if setup.acronym.trim().is_empty() {
            "plan".to_owned()
        } else {
            setup.acronym.trim().to_owned()
        };
        self.pending_setup = Some(setup);
        self.choose(
            super::files::Purpose::New,
            format!("{suggested}.{}", super::files::EXTENSION),
        )
    }
}
