//! Where CommPlan keeps things, and the person's own settings (theme,
//! language, recent plans). Settings live in the config folder, separate
//! from any plan.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::data::store::{self, atomic, backup};

/// The reverse-DNS id of the application.
pub const APP_ID: &str = "eu.commplan.CommPlan";

/// How many recent plans the File menu lists.
pub const RECENT: usize = 8;

/// The folders CommPlan uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The default plan and the backups (`$XDG_DATA_HOME/commplan`).
    pub data: PathBuf,
    /// Settings (`$XDG_CONFIG_HOME/commplan`).
    pub config: PathBuf,
}

impl Paths {
    /// The system's folders for CommPlan, as `directories` finds them.
    pub fn from_system() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("eu", "commplan", "CommPlan")?;
        Some(Self {
            data: dirs.data_dir().to_path_buf(),
            config: dirs.config_dir().to_path_buf(),
        })
    }

    /// Both folders under one root, for tests and portable use.
    pub fn under(root: &Path) -> Self {
        Self {
            data: root.join("data"),
            config: root.join("config"),
        }
    }

    pub fn default_plan(&self) -> PathBuf {
        self.data.join(store::DEFAULT_FILE)
    }

    pub fn backups(&self) -> backup::Policy {
        backup::Policy::new(self.data.join("backups"))
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config.join("settings.ron")
    }

    pub fn log_file(&self) -> PathBuf {
        self.data.join("commplan.log")
    }
}

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];
}

/// The person's settings. Unknown or missing fields fall back to defaults,
/// so an older or newer settings file never stops the app from starting.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// The language of the interface; `None` follows the system.
    pub language: Option<String>,
    /// Plans opened lately, newest first.
    pub recent: Vec<PathBuf>,
    /// The screen shown last, by its slug.
    pub last_screen: Option<String>,
    /// The calendar's view shown last, by its slug.
    pub calendar_view: Option<String>,
    /// The day the calendar showed last.
    pub calendar_date: Option<chrono::NaiveDate>,
}

impl Settings {
    /// Reads the settings, falling back to defaults when the file is missing
    /// or unreadable (and saying so in the log).
    pub fn load(path: &Path) -> Self {
        match fs::read_to_string(path) {
            Ok(text) => ron::from_str(&text).unwrap_or_else(|error| {
                tracing::warn!("ignoring unreadable settings {}: {error}", path.display());
                Settings::default()
            }),
            Err(_) => Settings::default(),
        }
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
            .map_err(std::io::Error::other)?;
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        atomic::write(path, text.as_bytes())
    }

    /// Puts `plan` first in the recent list.
    pub fn remember(&mut self, plan: &Path) {
        let plan = plan.canonicalize().unwrap_or_else(|_| plan.to_path_buf());
        self.recent.retain(|p| p != &plan);
        self.recent.insert(0, plan);
        self.recent.truncate(RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_tolerate_garbage() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.ron");
        let mut settings = Settings {
            theme: ThemeChoice::Dark,
            ..Settings::default()
        };
        for i in 0..12 {
            settings.remember(&dir.path().join(format!("p{i}.commplan.ron")));
        }
        settings.remember(&dir.path().join("p3.commplan.ron"));
        assert_eq!(settings.recent.len(), RECENT);
        assert!(settings.recent[0].ends_with("p3.commplan.ron"));
        settings.save(&file).unwrap();
        assert_eq!(Settings::load(&file), settings);
        fs::write(&file, "(theme: Purple").unwrap();
        assert_eq!(Settings::load(&file), Settings::default());
    }
}
