//! The domain: plans, edits, storage, queries and exports. Nothing in here
//! knows about the GUI toolkit.

pub mod activity;
pub mod check;
pub mod dashboard;
pub mod deadline;
pub mod deliverable;
pub mod edit;
pub mod export;
pub mod history;
pub mod ids;
pub mod import;
pub mod indicator;
pub mod indicators;
pub mod log;
pub mod partner;
pub mod plan;
pub mod query;
pub mod recurrence;
pub mod sample;
pub mod search;
pub mod store;
pub mod validate;
pub mod value;
pub mod vocab;

pub use activity::{Activity, Location, Recurrence, When};
pub use deliverable::Deliverable;
pub use edit::{Change, Edit, Subject};
pub use history::History;
pub use ids::{ActivityId, DeliverableId, Entity, EntryId, IndicatorId, PartnerId, WorkPackageId};
pub use indicator::Indicator;
pub use log::LogEntry;
pub use partner::{Partner, WorkPackage};
pub use plan::{Plan, Project};
pub use validate::EditError;
