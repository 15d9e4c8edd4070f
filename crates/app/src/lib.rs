//! CommPlan: an offline desktop planner for the communication of a
//! transnational partnership.

pub mod app;
pub mod cli;
pub mod config;
pub mod data;
pub mod format;
pub mod i18n;
pub mod logging;
pub mod screen;
pub mod theme;
pub mod widget;
