//! The iced application: state, messages, update, view, subscriptions. The
//! only place that does I/O; screens hand it edits and tasks.

mod chrome;
mod dialog;
pub mod document;
pub mod export;
mod files;
pub mod import;
pub mod search;
mod settings_file;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use iced::widget::{column, container, row, stack};
use iced::{Element, Fill, Font, Subscription, Task, Theme, event, system, window};

use crate::config::{Paths, Settings};
use crate::keys::{self, Shortcut};
use crate::screen::{self, Screen};
use crate::theme::Tone;
use crate::widget::icon;
use commplan_core::fl;
use commplan_core::{Edit, EditError, History, Plan, validate};
use dialog::Dialog;
pub use dialog::{Message as DialogMessage, PATH_INPUT};
use document::{Document, Handoff, Opened};
pub use settings_file::SETTINGS_DELAY;
use settings_file::SettingsFile;

/// The interface font, compiled in so text looks the same everywhere.
pub const FONT_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/FiraSans-Regular.ttf");
pub const FONT_SEMIBOLD: &[u8] = include_bytes!("../../../assets/fonts/FiraSans-SemiBold.ttf");
pub const DEFAULT_FONT: Font = Font::with_name("Fira Sans"); // not words: a font name

/// How the app starts: which folders, which plan.
#[derive(Debug, Clone)]
pub struct Startup {
    pub paths: Paths,
    /// A plan named on the command line; `None` opens the default plan.
    pub plan: Option<PathBuf>,
}

/// A message shown in a banner until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub tone: Tone,
    pub text: String,
}

pub struct App {
    /// Shared with a save in progress; an edit during a save copies it.
    pub plan: Arc<Plan>,
    pub document: Document,
    pub history: History,
    pub screen: Screen,
    pub settings: Settings,
    /// Writes `settings` in the background when they change.
    settings_file: SettingsFile,
    pub paths: Paths,
    pub today: NaiveDate,
    pub notice: Option<Notice>,
    dialog: Option<Dialog>,
    export: Option<export::Export>,
    import: Option<import::Import>,
    loading: bool,
    system_dark: bool,
    /// Whether the system's file dialogs can be used (else CommPlan's own).
    pub native_dialogs: bool,
    overview: screen::overview::Overview,
    /// Counts every change of `plan`, so views can cache what they derive
    /// from it.
    plan_version: u64,
    pub calendar: screen::calendar::Calendar,
    deliverables: screen::deliverables::Deliverables,
    dissemination: screen::dissemination::Dissemination,
    partners: screen::partners::Partners,
    indicators: screen::indicators::Indicators,
    /// The global search (Ctrl+K); keeps its index between uses.
    search: search::Search,
    /// Where the global search last jumped to, so the screen it opened
    /// (the calendar for an activity, the log for an entry) can focus it.
    pub jumped: Option<commplan_core::search::Target>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Navigate(Screen),
    Overview(screen::overview::Message),
    Calendar(screen::calendar::Message),
    Deliverables(screen::deliverables::Message),
    Dissemination(screen::dissemination::Message),
    Partners(screen::partners::Message),
    Indicators(screen::indicators::Message),
    Settings(screen::settings::Message),
    Search(search::Message),
    Shortcut(Shortcut),
    Undo,
    Redo,
    File(files::Message),
    Opened(Handoff<Opened>),
    Saved(
        u64,
        Result<(), std::sync::Arc<commplan_core::store::SaveError>>,
    ),
    SettingsWritten(Result<(), Arc<std::io::Error>>),
    Dialog(dialog::Message),
    Export(export::Message),
    Import(import::Message),
    NoticeDismissed,
    Tick(Instant),
    CloseRequested(window::Id),
    SystemTheme(iced::theme::Mode),
}

impl App {
    /// The app with a plan already in memory and no file behind it, for
    /// tests and for the moments before a plan is opened.
    pub fn new(paths: Paths, settings: Settings, plan: Plan) -> Self {
        let calendar = screen::calendar::Calendar::remembered(
            settings.calendar_view.as_deref(),
            settings.calendar_date,
        );
        let screen = settings
            .last_screen
            .as_deref()
            .and_then(Screen::from_slug)
            .unwrap_or_default();
        Self {
            plan: Arc::new(plan),
            document: Document::detached(),
            history: History::default(),
            screen,
            settings_file: SettingsFile::new(paths.settings_file(), &settings),
            settings,
            paths,
            today: chrono::Local::now().date_naive(),
            notice: None,
            dialog: None,
            export: None,
            import: None,
            loading: false,
            system_dark: false,
            native_dialogs: files::native_dialogs(),
            overview: Default::default(),
            plan_version: 0,
            calendar,
            deliverables: Default::default(),
            dissemination: Default::default(),
            partners: Default::default(),
            indicators: Default::default(),
            search: Default::default(),
            jumped: None,
        }
    }

    /// Starts the GUI: reads the settings, picks the language, and opens the
    /// plan in the background (writing the sample on a first run).
    pub fn boot(startup: Startup) -> (Self, Task<Message>) {
        let settings = Settings::load(&startup.paths.settings_file());
        let language = settings
            .language
            .clone()
            .unwrap_or_else(commplan_core::i18n::system_language);
        commplan_core::i18n::select(&language);
        let today = chrono::Local::now().date_naive();
        let mut app = App::new(startup.paths.clone(), settings, Plan::empty("", today));
        // A first start opens on the overview of the sample.
        let path = match startup.plan {
            Some(path) => path,
            None => {
                let path = app.paths.default_plan();
                if !path.exists() {
                    app.screen = Screen::Overview;
                    if let Err(error) = files::write_sample(&path) {
                        app.notice = Some(Notice {
                            tone: Tone::Danger,
                            text: error.to_string(),
                        });
                    }
                }
                path
            }
        };
        let open = app.open(path);
        (
            app,
            Task::batch([open, system::theme().map(Message::SystemTheme)]),
        )
    }

    pub fn title(&self) -> String {
        let name = if self.plan.display_name().is_empty() {
            fl!("app-name")
        } else {
            fl!("window-title", plan = self.plan.display_name())
        };
        let mut title = name;
        if self.document.is_dirty() {
            title.insert_str(0, "• ");
        }
        if self.document.read_only.is_some() && self.document.path.is_some() {
            title.push_str(&fl!("window-title-read-only"));
        }
        title
    }

    pub fn theme(&self) -> Theme {
        crate::theme::for_choice(self.settings.theme, self.system_dark)
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let mut subscriptions = vec![
            event::listen_with(keys::from_event).map(Message::Shortcut),
            window::close_requests().map(Message::CloseRequested),
            system::theme_changes().map(Message::SystemTheme),
            // Keeps "today" right across midnight.
            iced::time::every(Duration::from_secs(60)).map(Message::Tick),
        ];
        if (self.document.is_dirty() && self.document.can_write()) || self.settings_file.pending() {
            subscriptions.push(iced::time::every(Duration::from_millis(500)).map(Message::Tick));
        }
        Subscription::batch(subscriptions)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Navigate(screen) => self.navigate(screen),
            Message::Overview(message) => {
                let action = self.overview.update(message);
                self.overview_action(action)
            }
            Message::Calendar(message) => {
                let action =
                    self.calendar
                        .update(message, &self.plan, self.plan_version, self.today);
                self.remember_calendar();
                self.calendar_action(action)
            }
            Message::Deliverables(message) => {
                let action = self.deliverables.update(message, &self.plan, self.today);
                self.deliverables_action(action)
            }
            Message::Dissemination(message) => {
                let action = self.dissemination.update(message, &self.plan);
                self.dissemination_action(action)
            }
            Message::Partners(message) => {
                let action = self.partners.update(message, &self.plan);
                self.partners_action(action)
            }
            Message::Indicators(message) => {
                let action = self.indicators.update(message, &self.plan);
                self.indicators_action(action)
            }
            Message::Settings(message) => {
                let action = screen::settings::update(message);
                self.settings_action(action)
            }
            Message::Search(message) => self.search(message),
            Message::Shortcut(shortcut) => self.shortcut(shortcut),
            Message::Undo => self.undo(),
            Message::Redo => self.redo(),
            Message::File(message) => self.file(message),
            Message::Opened(opened) => match opened.take() {
                Some(opened) => self.opened(opened),
                None => Task::none(),
            },
            Message::Saved(generation, result) => self.saved(generation, result),
            Message::SettingsWritten(result) => self.settings_written(result),
            Message::Dialog(message) => self.dialog(message),
            Message::Export(message) => self.export(message),
            Message::Import(message) => self.import(message),
            Message::NoticeDismissed => {
                self.notice = None;
                Task::none()
            }
            Message::Tick(now) => {
                self.today = chrono::Local::now().date_naive();
                Task::batch([self.autosave(now), self.write_settings(now)])
            }
            Message::CloseRequested(window) => self.close_requested(window),
            Message::SystemTheme(mode) => {
                self.system_dark = mode == iced::theme::Mode::Dark;
                Task::none()
            }
        }
    }

    fn navigate(&mut self, screen: Screen) -> Task<Message> {
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

    fn overview_action(&mut self, action: screen::overview::Action) -> Task<Message> {
        use screen::overview::Action;
        match action {
            Action::Navigate(screen) => self.navigate(screen),
            Action::Jump(target) => self.jump(target),
            Action::OpenSearch => self.open_search(),
        }
    }

    fn calendar_action(&mut self, action: screen::calendar::Action) -> Task<Message> {
        use screen::calendar::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
            Action::Run(task) => task.map(Message::Calendar),
        }
    }

    fn deliverables_action(&mut self, action: screen::deliverables::Action) -> Task<Message> {
        use screen::deliverables::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
        }
    }

    fn dissemination_action(&mut self, action: screen::dissemination::Action) -> Task<Message> {
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

    fn partners_action(&mut self, action: screen::partners::Action) -> Task<Message> {
        use screen::partners::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
            Action::ShowDeliverables(id) => {
                self.deliverables.show_partner(id);
                self.navigate(Screen::Deliverables)
            }
        }
    }

    fn indicators_action(&mut self, action: screen::indicators::Action) -> Task<Message> {
        use screen::indicators::Action;
        match action {
            Action::None => Task::none(),
            Action::Edit(edit) => self.apply_task(*edit),
        }
    }

    fn settings_action(&mut self, action: screen::settings::Action) -> Task<Message> {
        use screen::settings::Action;
        match action {
            Action::SetTheme(choice) => self.settings.theme = choice,
            Action::SetLanguage(language) => {
                let chosen = commplan_core::i18n::select(&language);
                self.settings.language = Some(chosen);
            }
        }
        self.store_settings();
        Task::none()
    }

    fn apply_task(&mut self, edit: Edit) -> Task<Message> {
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
        self.plan = Arc::new(plan);
        self.plan_version += 1;
        self.document = document;
        self.history.clear();
        self.dialog = None;
        self.export = None;
        self.import = None;
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

    /// Applies an edit through the undo history, or says why it cannot.
    pub fn apply(&mut self, edit: Edit) {
        if let Some(reason) = &self.document.read_only {
            self.notice = Some(Notice {
                tone: Tone::Warning,
                text: read_only_text(reason),
            });
            return;
        }
        // A save in progress shares the plan: a refused edit is refused
        // before the plan is copied (applying checks the edit again).
        let shared = Arc::strong_count(&self.plan) > 1;
        let result = match shared.then(|| validate::edit(&self.plan, &edit)) {
            Some(Err(error)) => Err(error),
            _ => change_plan(&mut self.plan, |plan| self.history.apply(plan, edit)),
        };
        match result {
            Ok(()) => self.changed(),
            Err(error) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text: error.to_string(),
                })
            }
        }
    }

    /// The plan changed: views rebuild what they derive from it, and the
    /// file is due for a save.
    fn changed(&mut self) {
        self.plan_version += 1;
        self.document.touch(Instant::now());
        if matches!(
            self.notice,
            Some(Notice {
                tone: Tone::Danger,
                ..
            })
        ) {
            self.notice = None;
        }
    }

    fn undo(&mut self) -> Task<Message> {
        self.step(Step::Undo)
    }

    fn redo(&mut self) -> Task<Message> {
        self.step(Step::Redo)
    }

    /// Undoes or redoes one edit. With nothing to undo or redo (or a
    /// read-only plan) it does no work at all: the plan is not copied and
    /// its version, which the screens' caches follow, stays.
    fn step(&mut self, step: Step) -> Task<Message> {
        let possible = match step {
            Step::Undo => self.history.can_undo(),
            Step::Redo => self.history.can_redo(),
        };
        if self.document.read_only.is_some() || !possible {
            return Task::none();
        }
        let history = &mut self.history;
        let result = change_plan(&mut self.plan, |plan| match step {
            Step::Undo => history.undo(plan),
            Step::Redo => history.redo(plan),
        });
        match result {
            Ok(Some(_)) => self.changed(),
            Ok(None) => {}
            Err(error) => {
                self.notice = Some(Notice {
                    tone: Tone::Danger,
                    text: error.to_string(),
                })
            }
        }
        Task::none()
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        match shortcut {
            Shortcut::Undo => self.undo(),
            Shortcut::Redo => self.redo(),
            Shortcut::Save => self.save_now(),
            Shortcut::SaveAs => self.file(files::Message::SaveAs),
            Shortcut::Open => self.file(files::Message::Open),
            Shortcut::Export => self.export(export::Message::Opened),
            Shortcut::New => self.file(files::Message::New),
            Shortcut::Quit => self.close_requested_all(),
            Shortcut::Screen(index) => match Screen::ALL.get(index) {
                Some(screen) => self.navigate(*screen),
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
                if self.dialog.is_some() {
                    self.dialog = None;
                } else if self.export.is_some() {
                    self.export = None;
                } else if self.import.is_some() {
                    self.import = None;
                } else {
                    let closed = match self.screen {
                        Screen::Calendar => self.calendar.close_editor(),
                        Screen::Indicators => self.indicators.close_editor(),
                        Screen::Deliverables => self.deliverables.close_editor(),
                        Screen::Partners => self.partners.close_editor(),
                        Screen::Dissemination => self.dissemination.close_editor(),
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
    fn screen_key(&mut self, press: Option<keys::Press>) -> Task<Message> {
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

    /// Keeps the calendar's view and day in the settings, so it opens where
    /// it was left.
    fn remember_calendar(&mut self) {
        let view = Some(self.calendar.view.slug().to_owned());
        let date = self.calendar.anchor;
        if self.settings.calendar_view != view || self.settings.calendar_date != date {
            self.settings.calendar_view = view;
            self.settings.calendar_date = date;
            self.store_settings();
        }
    }

    /// Counts every change of the plan; views cache what they derive from
    /// it per version.
    pub fn plan_version(&self) -> u64 {
        self.plan_version
    }

    pub fn view(&self) -> Element<'_, Message> {
        let content: Element<'_, Message> = match self.screen {
            Screen::Overview => self
                .overview
                .view(&self.plan, self.plan_version, self.today)
                .map(Message::Overview),
            Screen::Calendar => self
                .calendar
                .view(&self.plan, self.plan_version, self.today)
                .map(Message::Calendar),
            Screen::Deliverables => self
                .deliverables
                .view(
                    &self.plan,
                    self.plan_version,
                    self.today,
                    self.document.read_only.is_some(),
                )
                .map(Message::Deliverables),
            Screen::Dissemination => self
                .dissemination
                .view(
                    &self.plan,
                    self.plan_version,
                    self.document.read_only.is_some(),
                )
                .map(Message::Dissemination),
            Screen::Partners => self
                .partners
                .view(&self.plan, self.today, self.document.read_only.is_some())
                .map(Message::Partners),
            Screen::Indicators => self
                .indicators
                .view(&self.plan, self.plan_version, self.today)
                .map(Message::Indicators),
            Screen::Settings => {
                screen::settings::view(&self.settings, &self.paths, self.document.path.as_deref())
                    .map(Message::Settings)
            }
        };
        let main = column![chrome::toolbar(self)]
            .push(chrome::banners(self))
            .push(container(content).width(Fill).height(Fill))
            .width(Fill);
        let base: Element<'_, Message> = row![chrome::sidebar(self), main].height(Fill).into();
        // Dialogs opened from the search come over it.
        let base = if self.search.is_open() {
            stack![base, self.search.view(&self.plan).map(Message::Search)].into()
        } else {
            base
        };
        // The Export dialog stays under a path dialog it opened.
        let base = match &self.export {
            Some(dialog) => stack![base, export::view(dialog, &self.plan)].into(),
            None => base,
        };
        let base = match &self.import {
            Some(dialog) => stack![base, import::view(dialog, &self.plan)].into(),
            None => base,
        };
        match &self.dialog {
            Some(dialog) => stack![base, dialog::view(dialog)].into(),
            None => base,
        }
    }
}

/// Runs `change` on the plan, which a save in progress may share: then the
/// change runs on a copy that replaces the plan only if it succeeds, so a
/// refused change leaves the plan as it was, not even copied.
fn change_plan<T>(
    plan: &mut Arc<Plan>,
    change: impl FnOnce(&mut Plan) -> Result<T, EditError>,
) -> Result<T, EditError> {
    if let Some(plan) = Arc::get_mut(plan) {
        return change(plan);
    }
    let mut copy = Plan::clone(plan);
    let result = change(&mut copy);
    if result.is_ok() {
        *plan = Arc::new(copy);
    }
    result
}

/// Which way through the undo history.
#[derive(Debug, Clone, Copy)]
enum Step {
    Undo,
    Redo,
}

pub fn read_only_text(reason: &document::ReadOnly) -> String {
    match reason {
        document::ReadOnly::OpenElsewhere => fl!("read-only-elsewhere"),
        document::ReadOnly::CannotLock(why) => fl!("read-only-cannot-lock", reason = why.as_str()),
        document::ReadOnly::NoFile => fl!("read-only-no-file"),
    }
}

/// Is there a graphical session to open a window in? (Without one, the
/// windowing library would abort.)
pub fn has_display() -> bool {
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    )) {
        ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
            .iter()
            .any(|var| std::env::var_os(var).is_some_and(|v| !v.is_empty()))
    } else {
        true
    }
}

/// Runs the GUI until its window is closed.
pub fn run(startup: Startup) -> iced::Result {
    let window = window::Settings {
        size: iced::Size::new(1280.0, 820.0),
        min_size: Some(iced::Size::new(960.0, 600.0)),
        icon: chrome::window_icon(),
        #[cfg(target_os = "linux")]
        platform_specific: window::settings::PlatformSpecific {
            application_id: crate::config::APP_ID.to_owned(),
            ..Default::default()
        },
        ..window::Settings::default()
    };
    iced::application(move || App::boot(startup.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .font(FONT_REGULAR)
        .font(FONT_SEMIBOLD)
        .font(icon::BYTES)
        .default_font(DEFAULT_FONT)
        .window(window)
        .exit_on_close_request(false)
        .run()
}
