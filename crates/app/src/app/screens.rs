//! What the screens ask the app for: each screen's `Action` carried out
//! (the app never looks inside a screen's `Message`), moving between
//! screens, and installing a plan, which resets every screen.

use std::sync::Arc;

use iced::Task;

use super::{App, Message, Notice, document::Document, import, search};
use crate::screen::{self, Screen};
use crate::theme::Tone;
use commplan_core::{Edit, Plan, fl};

impl App {
    pub(super) fn navigate(&mut self, screen: Screen) -> Task<Message> {
        let arriving = self.screen != screen;
        self.screen = screen;
        self.settings.last_screen = Some(screen.slug().to_owned());
        self.store_settings();
        if arriving && screen == Screen::Calendar {
            return self.calendar_shown();
        }
        Task::none()
    }

    /// Scrolls the calendar's view as it comes into sight: its scrollable
    /// was out of the window and starts again from the top.
    pub(crate) fn calendar_shown(&mut self) -> Task<Message> {
        let action = self
            .calendar
            .shown(&self.plan, self.plan_version, self.today);
        self.calendar_action(action)
    }

    // What the screens ask for. Each screen has its own `Action`; the app
    // never looks inside a screen's `Message`.

    pub(super) fn overview_action(&mut self, action: screen::overview::Action) -> Task<Message> {
        use screen::overview::Action;
        match action {
            Action::Navigate(screen) => self.navigate(screen),
            Action::Jump(target) => self.jump(target),
            Action::OpenSearch => self.open_search(),
            Action::EditProject => self.edit_project(),
            Action::NewProject => self.new_project(),
        }
    }

    pub(super) fn calendar_action(&mut self, action: screen::calendar::Action) -> Task<Message> {
        use screen::calendar::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
            Action::Run(task) => task.map(Message::Calendar),
        }
    }

    pub(super) fn deliverables_action(
        &mut self,
        action: screen::deliverables::Action,
    ) -> Task<Message> {
        use screen::deliverables::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
        }
    }

    pub(super) fn dissemination_action(
        &mut self,
        action: screen::dissemination::Action,
    ) -> Task<Message> {
        use screen::dissemination::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
            Action::Run(task) => task.map(Message::Dissemination),
            Action::ShowActivity(id) => {
                self.calendar.show(&self.plan, id);
                self.navigate(Screen::Calendar)
            }
            Action::Import => self.import(import::Message::Opened),
        }
    }

    pub(super) fn partners_action(&mut self, action: screen::partners::Action) -> Task<Message> {
        use screen::partners::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
            Action::ShowDeliverables(id) => {
                self.deliverables.show_partner(id);
                self.navigate(Screen::Deliverables)
            }
            Action::ForgetMapping(id, vocab, word) => {
                // The settings, not the plan: nothing to undo, and the
                // word is asked about again at the partner's next import.
                let forgotten = self
                    .settings
                    .import_mappings
                    .get_mut(id.as_str())
                    .is_some_and(|mapping| {
                        screen::partners::mappings::forget(mapping, vocab, &word)
                    });
                if forgotten {
                    if self
                        .settings
                        .import_mappings
                        .get(id.as_str())
                        .is_some_and(|m| m.is_empty())
                    {
                        self.settings.import_mappings.remove(id.as_str());
                    }
                    self.store_settings();
                    self.notice = Some(Notice {
                        tone: Tone::Success,
                        text: fl!("partners-mappings-forgotten", word = word),
                    });
                }
                Task::none()
            }
        }
    }

    pub(super) fn indicators_action(
        &mut self,
        action: screen::indicators::Action,
    ) -> Task<Message> {
        use screen::indicators::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
            Action::Report(period) => self.open_report(period),
        }
    }

    pub(super) fn settings_action(&mut self, action: screen::settings::Action) -> Task<Message> {
        use screen::settings::Action;
        match action {
            Action::EditProject => return self.edit_project(),
            Action::SetTheme(choice) => self.settings.theme = choice,
            Action::SetLanguage(language) => {
                let chosen = commplan_core::i18n::select(&language);
                self.settings.language = Some(chosen);
            }
        }
        self.store_settings();
        Task::none()
    }

    pub(super) fn apply_task(&mut self, edit: Edit) -> Task<Message> {
        self.apply(edit);
        Task::none()
    }

    /// Puts `plan` in the window, with `document` (its file, lock and save
    /// state) behind it. Every way of getting a plan ends here: opening a
    /// file, a new plan, a restored backup. The undo history, the dialogs,
    /// the search and the transient state of every screen (open editors,
    /// half-typed forms, ticked rows, selections, filters) belong to the plan
    /// they were made on and go with it, so no editor can write into the
    /// next plan. View preferences (the screen, the calendar's view, sort
    /// orders) stay.
    pub fn install_plan(&mut self, plan: Plan, document: Document) {
        self.today = plan.project.today(chrono::Utc::now());
        self.plan = Arc::new(plan);
        self.plan_version += 1;
        self.document = document;
        self.history.clear();
        self.dialog = None;
        self.project_form = None;
        self.report = None;
        self.close_export();
        self.import = None;
        // The Publish dialog belongs to the plan it was opened on; a
        // publish under way stops before its next request.
        if let Some(cancel) = self.publish.as_ref().and_then(|d| d.running.as_ref()) {
            cancel.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        self.publish = None;
        self.search = search::Search::default();
        self.jumped = None;
        self.calendar.reset(&self.plan);
        self.deliverables.reset();
        self.dissemination.reset();
        self.partners.reset();
        self.indicators.reset();
    }

    /// The screens that hold state belonging to the plan on screen (an
    /// open editor, a half-typed form, ticked rows, a selection, a filter);
    /// empty right after [`App::install_plan`].
    pub fn busy_screens(&self) -> Vec<Screen> {
        [
            (Screen::Calendar, self.calendar.is_idle()),
            (Screen::Deliverables, self.deliverables.is_idle()),
            (Screen::Dissemination, self.dissemination.is_idle()),
            (Screen::Partners, self.partners.is_idle()),
            (Screen::Indicators, self.indicators.is_idle()),
        ]
        .into_iter()
        .filter_map(|(screen, idle)| (!idle).then_some(screen))
        .collect()
    }

    /// Keeps the calendar's view and day in the settings, so it opens where
    /// it was left.
    pub(super) fn remember_calendar(&mut self) {
        let view = Some(self.calendar.view.slug().to_owned());
        let date = self.calendar.anchor;
        if self.settings.calendar_view != view || self.settings.calendar_date != date {
            self.settings.calendar_view = view;
            self.settings.calendar_date = date;
            self.store_settings();
        }
    }
}
