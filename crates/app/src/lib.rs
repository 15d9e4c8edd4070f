//! CommPlan: an offline desktop planner for the communication of a
//! transnational partnership. This crate is the program: its command line
//! and its window. The domain lives in `commplan_core`, which knows
//! nothing of the GUI toolkit (see ARCHITECTURE.md).

pub mod app;
pub mod cli;
pub mod config;
pub mod keys;
pub mod label;
pub mod logging;
pub mod screen;
pub mod theme;
pub mod widget;
