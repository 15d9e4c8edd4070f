//! The embedded S3-4Alp Clusters plan, so a new user lands on something real.

use std::path::Path;

use super::plan::Plan;
use super::store::{self, LoadError};

/// The sample plan's text, compiled into the binary.
pub const TEXT: &str = include_str!("../../assets/sample/s3-4alpclusters.ron");

/// The sample plan. It is checked by the test suite, so this only fails if
/// the build itself is broken.
pub fn plan() -> Result<Plan, LoadError> {
    store::parse(TEXT, Path::new("assets/sample/s3-4alpclusters.ron"))
}
