//! CommPlan's domain: the plan model, edits with their undo history,
//! validation and checks, queries (calendar, search, dashboard, deadlines,
//! indicators), storage (atomic write, backups, lock, migration, the data
//! and config folders), import, export, the embedded sample, number
//! formatting and the Fluent strings. Nothing in here knows about a GUI
//! toolkit: `cargo tree -p commplan-core -e normal` shows no iced, rfd, clap
//! or png, and the app crate (`commplan`) builds its window on top of this.
//!
//! The layers, from the bottom (see ARCHITECTURE.md):
//! - model: [`plan`], [`partner`], [`activity`], [`deliverable`], [`log`],
//!   [`indicator`], [`ids`], [`value`], [`vocab`], [`recurrence`],
//!   [`period`] (reporting periods);
//! - edits: [`edit`] (values with inverses), [`history`] (undo/redo),
//!   [`validate`], [`check`];
//! - queries: [`query`], [`search`], [`dashboard`], [`deadline`],
//!   [`indicators`], [`report`] (the progress-report pack of a period);
//! - files: [`store`], [`import`], [`export`], [`sample`], [`setup`] (a new
//!   project, and what its dates leave out);
//! - words: [`i18n`] (Fluent, [`fl!`] and [`tr!`]), [`format`](mod@format), [`text`]
//!   (lenient dates and folding of what people type), [`zone`] (time zones
//!   by city).

// A bad file or input is an error value that says what and where, never a
// panic (ARCHITECTURE.md); tests may unwrap.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod activity;
pub mod check;
pub mod dashboard;
pub mod deadline;
pub mod deliverable;
pub mod edit;
pub mod export;
pub mod format;
pub mod history;
pub mod i18n;
pub mod ids;
pub mod import;
pub mod indicator;
pub mod indicators;
pub mod log;
pub mod partner;
pub mod period;
pub mod plan;
pub mod publish;
pub mod query;
pub mod recurrence;
pub mod report;
pub mod sample;
pub mod search;
pub mod setup;
pub mod store;
#[cfg(feature = "testkit")]
pub mod testkit;
pub mod text;
pub mod validate;
pub mod value;
pub mod vocab;
pub mod zone;

pub use activity::{Activity, Location, Moved, Recurrence, When};
pub use deliverable::Deliverable;
pub use edit::{Change, Edit, Subject};
pub use history::History;
pub use ids::{ActivityId, DeliverableId, Entity, EntryId, IndicatorId, PartnerId, WorkPackageId};
pub use indicator::Indicator;
pub use log::LogEntry;
pub use partner::{Partner, WorkPackage};
pub use plan::{Plan, Project};
pub use validate::EditError;
