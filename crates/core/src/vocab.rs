//! Closed vocabularies of the plan: kinds, statuses, roles, channels and the
//! Interreg target groups. What the plan stores is language-neutral; the
//! display layer turns a value into words through Fluent (see `i18n::label`).

use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary: a `Copy` enum with `ALL` (in display order)
/// and a stable `slug` used in CSV files and on the command line.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $slug:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order people expect to see them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable, language-neutral name of this value.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The value's name as serde writes it in a plan file (the Rust
            /// variant's name, e.g. `SocialMedia`).
            pub fn variant(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),+ }
            }

            /// Parses a slug as written by [`Self::slug`] (case-insensitive,
            /// `-`, `_` and spaces are interchangeable).
            pub fn from_slug(text: &str) -> Option<Self> {
                let wanted = crate::vocab::normalise(text);
                Self::ALL.iter().copied().find(|v| crate::vocab::normalise(v.slug()) == wanted)
            }
        }
    };
}

/// Lower-cases and folds separators so that "Press release", "press-release"
/// and "press_release" compare equal.
pub fn normalise(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' | '/' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

vocabulary! {
    /// What sort of communication item an activity is.
    Kind {
        Event => "event",
        Workshop => "workshop",
        Conference => "conference",
        Webinar => "webinar",
        Newsletter => "newsletter",
        PressRelease => "press-release",
        SocialPost => "social-post",
        Publication => "publication",
        Video => "video",
        WebsiteUpdate => "website-update",
        Campaign => "campaign",
        Other => "other",
    }
}

vocabulary! {
    /// Where an activity stands.
    Status {
        Idea => "idea",
        Planned => "planned",
        InPreparation => "in-preparation",
        Confirmed => "confirmed",
        Done => "done",
        Cancelled => "cancelled",
    }
}

vocabulary! {
    /// A partner's role in the partnership.
    Role {
        LeadPartner => "lead-partner",
        CommunicationLead => "communication-lead",
        Partner => "partner",
        Observer => "observer",
    }
}

vocabulary! {
    /// Where a deliverable stands.
    DeliverableStatus {
        NotStarted => "not-started",
        InProgress => "in-progress",
        InReview => "in-review",
        Submitted => "submitted",
        Approved => "approved",
    }
}

vocabulary! {
    /// The medium an activity or a log entry uses.
    Channel {
        Website => "website",
        SocialMedia => "social-media",
        Newsletter => "newsletter",
        Press => "press",
        Event => "event",
        Publication => "publication",
        Video => "video",
        Email => "email",
        Other => "other",
    }
}

vocabulary! {
    /// The target groups of the Interreg programmes.
    TargetGroup {
        LocalAuthority => "local-public-authority",
        RegionalAuthority => "regional-public-authority",
        NationalAuthority => "national-public-authority",
        SectoralAgency => "sectoral-agency",
        ServiceProvider => "infrastructure-and-service-provider",
        InterestGroups => "interest-groups",
        HigherEducation => "higher-education-and-research",
        EducationCentre => "education-training-centre-and-school",
        Enterprise => "enterprise",
        BusinessSupport => "business-support-organisation",
        Eeig => "eeig",
        InternationalOrganisation => "international-organisation",
        GeneralPublic => "general-public",
    }
}

vocabulary! {
    /// What an indicator adds up.
    Measure {
        Entries => "entries",
        Reach => "reach",
        Participants => "participants",
    }
}

vocabulary! {
    /// The step of a recurrence.
    RepeatUnit {
        Day => "day",
        Week => "week",
        Month => "month",
        Year => "year",
    }
}

impl Status {
    /// An item that will not or did not take place as planned.
    pub fn is_cancelled(self) -> bool {
        self == Status::Cancelled
    }
}

impl DeliverableStatus {
    /// Submitted or approved: nothing is owed any more.
    pub fn is_delivered(self) -> bool {
        matches!(
            self,
            DeliverableStatus::Submitted | DeliverableStatus::Approved
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_slug(kind.slug()), Some(*kind));
        }
        for group in TargetGroup::ALL {
            assert_eq!(TargetGroup::from_slug(group.slug()), Some(*group));
        }
        let mut slugs: Vec<_> = Channel::ALL.iter().map(|c| c.slug()).collect();
        slugs.dedup();
        assert_eq!(slugs.len(), Channel::ALL.len());
    }

    #[test]
    fn slugs_are_lenient_about_case_and_separators() {
        assert_eq!(Kind::from_slug("Press Release"), Some(Kind::PressRelease));
        assert_eq!(Kind::from_slug("social_post"), Some(Kind::SocialPost));
        assert_eq!(Status::from_slug(" DONE "), Some(Status::Done));
        assert_eq!(Status::from_slug("finished"), None);
    }
}
