//! The iced application: state, messages, update, view, subscriptions. The
//! only place that does I/O; screens hand it edits and tasks.

mod chrome;
mod dialog;
pub mod disk;
pub mod document;
mod edits;
pub mod export;
mod files;
pub mod import;
mod leave;
mod project;
pub mod publish;
mod report;
mod screens;
pub mod search;
mod settings_file;
mod shortcuts;

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
use commplan_core::{History, Plan};
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
    /// The project form (editing the project, or a new one's essentials).
    project_form: Option<screen::project::Form>,
    /// The progress-report dialog.
    report: Option<screen::report::Dialog>,
    /// A new project's essentials, kept while File → New asks for the file.
    pending_setup: Option<commplan_core::setup::Setup>,
    /// What the person was doing when an editor held changes: asked
    /// about before it goes on.
    leaving: Option<leave::Leave>,
    export: Option<export::Export>,
    /// The Export dialog's last choices, for the next time it opens.
    export_last: Option<export::Export>,
    publish: Option<publish::Publish>,
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
        Result<commplan_core::store::Saved, std::sync::Arc<commplan_core::store::SaveError>>,
    ),
    /// The plan file changed on disk, or what to do about it.
    Disk(disk::Message),
    SettingsWritten(Result<(), Arc<std::io::Error>>),
    Dialog(dialog::Message),
    Project(screen::project::Message),
    Report(screen::report::Message),
    /// The report pack was written (path, or why not).
    ReportWritten(PathBuf, Result<(), String>),
    Export(export::Message),
    Publish(publish::Message),
    Import(import::Message),
    NoticeDismissed,
    Tick(Instant),
    CloseRequested(window::Id),
    SystemTheme(iced::theme::Mode),
    /// The answer to "save, discard or go back?" before leaving an editor.
    Leave(leave::Message),
    /// SIGTERM or SIGHUP: the session is ending.
    Terminated,
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
            project_form: None,
            report: None,
            pending_setup: None,
            leaving: None,
            export: None,
            export_last: None,
            publish: None,
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
        if let Some(path) = &self.document.path {
            subscriptions.push(disk::watch(path).map(Message::Disk));
        }
        #[cfg(unix)]
        subscriptions.push(Subscription::run(leave::signals));
        if (self.document.is_dirty() && self.document.can_write()) || self.settings_file.pending() {
            subscriptions.push(iced::time::every(Duration::from_millis(500)).map(Message::Tick));
        }
        Subscription::batch(subscriptions)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        // Screens that show editing controls of their own learn whether
        // the plan can be written.
        let read_only = self.document.read_only.is_some();
        self.calendar.read_only = read_only;
        self.indicators.read_only = read_only;
        self.overview.read_only = read_only;
        match message {
            Message::Navigate(screen) => self.leave(leave::Leave::Screen(screen)),
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
            // Another plan leaves the editors of this one.
            Message::File(
                message @ (files::Message::New
                | files::Message::Open
                | files::Message::OpenRecent(_)),
            ) => self.leave(leave::Leave::File(message)),
            Message::File(message) => self.file(message),
            Message::Opened(opened) => match opened.take() {
                Some(opened) => self.opened(opened),
                None => Task::none(),
            },
            Message::Saved(generation, result) => self.saved(generation, result),
            Message::Disk(message) => self.disk(message),
            Message::SettingsWritten(result) => self.settings_written(result),
            Message::Dialog(message) => self.dialog(message),
            Message::Project(message) => self.project(message),
            Message::Report(message) => self.report(message),
            Message::ReportWritten(path, result) => self.report_written(path, result),
            Message::Export(message) => self.export(message),
            Message::Publish(message) => self.publish(message),
            Message::Import(message) => self.import(message),
            Message::NoticeDismissed => {
                self.notice = None;
                Task::none()
            }
            Message::Tick(now) => {
                // "Today" in the project's zone (the computer's without one).
                self.today = self.plan.project.today(chrono::Utc::now());
                Task::batch([self.autosave(now), self.write_settings(now)])
            }
            Message::CloseRequested(window) => self.leave(leave::Leave::Close(window)),
            Message::Leave(message) => self.leaving(message),
            Message::Terminated => self.terminated(),
            Message::SystemTheme(mode) => {
                self.system_dark = mode == iced::theme::Mode::Dark;
                Task::none()
            }
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
                .view(
                    &self.plan,
                    self.plan_version,
                    self.today,
                    self.document.read_only.is_some(),
                )
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
                    self.today,
                    self.document.read_only.is_some(),
                )
                .map(Message::Dissemination),
            Screen::Partners => self
                .partners
                .view(
                    &self.plan,
                    self.today,
                    self.document.read_only.is_some(),
                    &self.settings.import_mappings,
                )
                .map(Message::Partners),
            Screen::Indicators => self
                .indicators
                .view(
                    &self.plan,
                    self.plan_version,
                    self.today,
                    self.document.read_only.is_some(),
                )
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
        // Every layer over the window is always there (empty when closed),
        // so opening one (Ctrl+K, a dialog) keeps the state of the view
        // under it, such as where the agenda is scrolled to. Dialogs opened
        // from the search come over it; the Export dialog stays under a
        // path dialog it opened.
        fn layer(shown: Option<Element<'_, Message>>) -> Element<'_, Message> {
            shown.unwrap_or_else(|| iced::widget::Space::new().into())
        }
        stack![
            base,
            layer(
                self.search
                    .is_open()
                    .then(|| self.search.view(&self.plan).map(Message::Search))
            ),
            layer(
                self.export
                    .as_ref()
                    .map(|d| export::view(d, &self.plan, self.today))
            ),
            layer(self.publish.as_ref().map(|d| publish::view(d, &self.plan))),
            layer(self.import.as_ref().map(|d| import::view(d, &self.plan))),
            layer(
                self.report
                    .as_ref()
                    .map(|d| dialog::frame(d.view(&self.plan).map(Message::Report), 820.0))
            ),
            layer(self.project_form.as_ref().map(|form| dialog::frame(
                form.view(&self.plan, self.today).map(Message::Project),
                760.0
            ))),
            layer(self.dialog.as_ref().map(dialog::view)),
            layer(self.leaving.as_ref().map(|_| leave::view(self))),
        ]
        .into()
    }
}

pub fn read_only_text(reason: &document::ReadOnly) -> String {
    match reason {
        document::ReadOnly::OpenElsewhere => fl!("read-only-elsewhere"),
        document::ReadOnly::CannotLock(why) => fl!("read-only-cannot-lock", reason = why.as_str()),
        document::ReadOnly::NoFile => fl!("read-only-no-file"),
        document::ReadOnly::FileReadOnly => fl!("read-only-file"),
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
