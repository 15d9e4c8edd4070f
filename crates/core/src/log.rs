//! The dissemination log: what each partner reports it did.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{ActivityId, Entity, EntryId, PartnerId};
use super::value::Lang;
use super::vocab::{Channel, TargetGroup};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub id: EntryId,
    pub date: NaiveDate,
    pub partner: PartnerId,
    /// The activity this entry reports on, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<ActivityId>,
    pub channel: Channel,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_group: Option<TargetGroup>,
    /// People reached, or copies distributed.
    #[serde(default)]
    pub reach: u64,
    /// People who took part, when it was an event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// Evidence: a link to the post, article or photos.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Entity for LogEntry {
    type Id = EntryId;

    fn id(&self) -> &EntryId {
        &self.id
    }
}

impl LogEntry {
    /// Two entries report the same thing: same partner, date, title,
    /// channel and link. Importing a file twice skips such duplicates.
    pub fn same_report(&self, other: &LogEntry) -> bool {
        self.partner == other.partner
            && self.date == other.date
            && self.channel == other.channel
            && self.link == other.link
            && self.title.trim() == other.title.trim()
    }
}
