//! Partners of the partnership and its work packages.

use serde::{Deserialize, Serialize};

use super::ids::{Entity, PartnerId, WorkPackageId};
use super::value::{Color, Country, Lang};
use super::vocab::Role;

/// An organisation of the partnership.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    pub id: PartnerId,
    pub name: String,
    pub short_name: String,
    pub country: Country,
    pub role: Role,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact_name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact_email: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Lang>,
    pub color: Color,
}

impl Entity for Partner {
    type Id = PartnerId;

    fn id(&self) -> &PartnerId {
        &self.id
    }
}

impl Partner {
    /// The name to show where space is short.
    pub fn label(&self) -> &str {
        if self.short_name.is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }
}

/// A work package of the project ("WP C — Communication").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkPackage {
    pub id: WorkPackageId,
    pub title: String,
    pub lead: PartnerId,
}

impl Entity for WorkPackage {
    type Id = WorkPackageId;

    fn id(&self) -> &WorkPackageId {
        &self.id
    }
}
