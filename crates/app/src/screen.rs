//! The screens of the app. Each owns its view state, turns its messages
//! into an `Action` of its own (with the verbs the screen needs: apply an
//! edit, run a task, show another screen...) for the app to carry out, and
//! does no I/O of its own. No screen imports from `app`.

pub mod calendar;
pub mod deliverables;
pub mod dissemination;
pub mod indicators;
pub mod overview;
pub mod partners;
pub mod project;
pub mod report;
pub mod settings;

use crate::widget::icon;
use commplan_core::fl;

/// Where the sidebar can take a person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Overview,
    Calendar,
    Deliverables,
    Dissemination,
    Partners,
    Indicators,
    Settings,
}

impl Screen {
    pub const ALL: [Screen; 7] = [
        Screen::Overview,
        Screen::Calendar,
        Screen::Deliverables,
        Screen::Dissemination,
        Screen::Partners,
        Screen::Indicators,
        Screen::Settings,
    ];

    /// The screen's name in the sidebar.
    pub fn title(self) -> String {
        match self {
            Screen::Overview => fl!("screen-overview"),
            Screen::Calendar => fl!("screen-calendar"),
            Screen::Deliverables => fl!("screen-deliverables"),
            Screen::Dissemination => fl!("screen-dissemination"),
            Screen::Partners => fl!("screen-partners"),
            Screen::Indicators => fl!("screen-indicators"),
            Screen::Settings => fl!("screen-settings"),
        }
    }

    pub fn icon(self) -> char {
        match self {
            Screen::Overview => icon::LAYOUT_DASHBOARD,
            Screen::Calendar => icon::CALENDAR_DAYS,
            Screen::Deliverables => icon::FILE_CHECK,
            Screen::Dissemination => icon::MEGAPHONE,
            Screen::Partners => icon::USERS,
            Screen::Indicators => icon::TARGET,
            Screen::Settings => icon::SETTINGS,
        }
    }

    /// A stable name for the settings file.
    pub fn slug(self) -> &'static str {
        match self {
            Screen::Overview => "overview",
            Screen::Calendar => "calendar",
            Screen::Deliverables => "deliverables",
            Screen::Dissemination => "dissemination",
            Screen::Partners => "partners",
            Screen::Indicators => "indicators",
            Screen::Settings => "settings",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.slug() == slug)
    }
}
