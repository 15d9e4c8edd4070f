//! Stable identifiers. They survive saves, so exports (calendar UIDs) and
//! imports (CSV activity column) can refer to them.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::hash::Hash;

/// Something kept in one of the plan's lists, found by its id.
pub trait Entity: Clone + fmt::Debug + PartialEq {
    type Id: Clone + fmt::Debug + fmt::Display + PartialEq + Eq + Hash + Ord + Key;

    fn id(&self) -> &Self::Id;
}

/// An id as it is written in a plan file (`12`, `VEN`), to find it there.
pub trait Key {
    fn key(&self) -> String;
}

macro_rules! numeric_id {
    ($(#[$meta:meta])* $name:ident, $prefix:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }

        impl Key for $name {
            fn key(&self) -> String {
                self.0.to_string()
            }
        }
    };
}

numeric_id!(
    /// An activity of the communication plan.
    ActivityId,
    "A"
);
numeric_id!(
    /// A deliverable.
    DeliverableId,
    "D"
);
numeric_id!(
    /// An entry of the dissemination log.
    EntryId,
    "L"
);
numeric_id!(
    /// An indicator.
    IndicatorId,
    "I"
);

macro_rules! text_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Key for $name {
            fn key(&self) -> String {
                self.0.clone()
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

text_id!(
    /// A partner's short id, chosen by people ("VEN", "HES-SO").
    PartnerId
);
text_id!(
    /// A work package ("WP C", "WP T1").
    WorkPackageId
);

impl PartnerId {
    /// A partner id is short, printable and has no spaces, so it can be used
    /// on the command line and in file names.
    pub fn is_well_formed(&self) -> bool {
        let id = self.0.as_str();
        (1..=16).contains(&id.chars().count())
            && id
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
    }
}
