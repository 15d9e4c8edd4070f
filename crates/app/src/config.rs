//! The person's own settings (theme, language, recent plans, the last
//! screen and calendar day). Settings live in the config folder
//! ([`Paths::config`]), separate from any plan.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use commplan_core::store::atomic;
pub use commplan_core::store::paths::Paths;

/// The reverse-DNS id of the application.
pub const APP_ID: &str = "eu.commplan.CommPlan";

/// How many recent plans the File menu lists.
pub const RECENT: usize = 8;

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
    /// Where each plan is published, by the plan file's path: kept here,
    /// never in the plan file (the password is in the system keyring).
    pub publish: BTreeMap<String, PublishTarget>,
    /// The Export dialog's last choices.
    pub export: Option<ExportChoices>,
    /// Words of partners' files mapped to known values in an import's
    /// preview, by partner id: offered again for the partner's next file.
    pub import_mappings: std::collections::BTreeMap<String, commplan_core::import::Mapping>,
}

/// What the Export dialog was last set to, so it opens that way again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportChoices {
    /// "ics", "csv" or "html".
    pub format: String,
    pub partner: Option<String>,
    pub from: String,
    pub to: String,
    pub language: String,
    /// The CSV table's slug.
    pub table: String,
    pub semicolon: bool,
    pub bom: bool,
    pub deliverables: bool,
    pub reminder: bool,
    pub utc: bool,
}

/// A plan's calendar server and what the Publish dialog chose last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PublishTarget {
    /// The server, principal or calendar home (CalDAV), or the folder
    /// (WebDAV).
    pub url: String,
    pub user: String,
    /// Plain `.ics` files into a WebDAV folder instead of CalDAV calendars.
    pub webdav: bool,
    /// The partners last published, by id; empty: every partner.
    pub partners: Vec<String>,
    pub whole_plan: bool,
    pub reminder: bool,
}

impl Default for PublishTarget {
    fn default() -> Self {
        Self {
            url: String::new(),
            user: String::new(),
            webdav: false,
            partners: Vec::new(),
            whole_plan: false,
            reminder: true,
        }
    }
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
        settings.publish.insert(
            "/plans/p3.commplan.ron".into(),
            PublishTarget {
                url: "https://cloud.example.org/remote.php/dav".into(),
                user: "comms".into(),
                partners: vec!["VEN".into()],
                ..PublishTarget::default()
            },
        );
        assert_eq!(settings.recent.len(), RECENT);
        assert!(settings.recent[0].ends_with("p3.commplan.ron"));
        settings.save(&file).unwrap();
        assert_eq!(Settings::load(&file), settings);
        fs::write(&file, "(theme: Purple").unwrap();
        assert_eq!(Settings::load(&file), Settings::default());
    }
}
