//! Runs the real `commplan` binary headless, on a temporary home, so no
//! real settings or plan is read and no display is used.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs `commplan` with English messages.
pub fn commplan(args: &[&str], home: &Path) -> Output {
    commplan_in_locale(args, home, "C")
}

/// Runs `commplan` as a person whose system speaks `locale` (e.g.
/// "it_IT.UTF-8"); settings under `home/config` still take precedence.
pub fn commplan_in_locale(args: &[&str], home: &Path, locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_commplan"))
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("HOME", home)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("LC_ALL", locale)
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .expect("the binary runs")
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
