//! CommPlan: an offline desktop planner for the communication of a
//! transnational partnership.

pub mod data;
pub mod i18n;
