//! Indicators: what the progress reports count, against their targets.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ids::{Entity, IndicatorId, PartnerId};
use super::vocab::{Channel, Kind, Measure, TargetGroup};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: IndicatorId,
    /// The programme's code for it, e.g. "C.1".
    pub code: String,
    pub name: String,
    /// What one unit is ("participants", "copies", "posts").
    pub unit: String,
    pub measure: Measure,
    #[serde(default, skip_serializing_if = "Filter::is_empty")]
    pub filter: Filter,
    pub target: u64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub partner_targets: BTreeMap<PartnerId, u64>,
}

impl Entity for Indicator {
    type Id = IndicatorId;

    fn id(&self) -> &IndicatorId {
        &self.id
    }
}

/// Which log entries an indicator counts. An empty list means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// Kinds of the activity an entry reports on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<Kind>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.channels.is_empty() && self.kinds.is_empty() && self.target_groups.is_empty()
    }
}
