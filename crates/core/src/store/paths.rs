//! Where CommPlan keeps things: the data folder (the default plan, its
//! backups, the session log) and the config folder (the person's settings),
//! as the platform names them (XDG base directories on Linux, so tests can
//! point them at a temporary folder with `XDG_DATA_HOME`/`XDG_CONFIG_HOME`).

use std::path::{Path, PathBuf};

use super::{DEFAULT_FILE, backup};

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
        self.data.join(DEFAULT_FILE)
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
