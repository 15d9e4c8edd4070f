//! Words for the plan's closed vocabularies, in the current language.

use commplan_core::fl;
use commplan_core::vocab::{
    Channel, DeliverableStatus, Kind, Measure, RepeatUnit, Role, Status, TargetGroup,
};

/// A value shown to people by name.
pub trait Label {
    fn label(&self) -> String;
}

impl Label for Kind {
    fn label(&self) -> String {
        match self {
            Kind::Event => fl!("kind-event"),
            Kind::Workshop => fl!("kind-workshop"),
            Kind::Conference => fl!("kind-conference"),
            Kind::Webinar => fl!("kind-webinar"),
            Kind::Newsletter => fl!("kind-newsletter"),
            Kind::PressRelease => fl!("kind-press-release"),
            Kind::SocialPost => fl!("kind-social-post"),
            Kind::Publication => fl!("kind-publication"),
            Kind::Video => fl!("kind-video"),
            Kind::WebsiteUpdate => fl!("kind-website-update"),
            Kind::Campaign => fl!("kind-campaign"),
            Kind::Other => fl!("kind-other"),
        }
    }
}

impl Label for Status {
    fn label(&self) -> String {
        match self {
            Status::Idea => fl!("status-idea"),
            Status::Planned => fl!("status-planned"),
            Status::InPreparation => fl!("status-in-preparation"),
            Status::Confirmed => fl!("status-confirmed"),
            Status::Done => fl!("status-done"),
            Status::Cancelled => fl!("status-cancelled"),
        }
    }
}

impl Label for Role {
    fn label(&self) -> String {
        match self {
            Role::LeadPartner => fl!("role-lead-partner"),
            Role::CommunicationLead => fl!("role-communication-lead"),
            Role::Partner => fl!("role-partner"),
            Role::Observer => fl!("role-observer"),
        }
    }
}

impl Label for DeliverableStatus {
    fn label(&self) -> String {
        match self {
            DeliverableStatus::NotStarted => fl!("deliverable-status-not-started"),
            DeliverableStatus::InProgress => fl!("deliverable-status-in-progress"),
            DeliverableStatus::InReview => fl!("deliverable-status-in-review"),
            DeliverableStatus::Submitted => fl!("deliverable-status-submitted"),
            DeliverableStatus::Approved => fl!("deliverable-status-approved"),
        }
    }
}

impl Label for Channel {
    fn label(&self) -> String {
        match self {
            Channel::Website => fl!("channel-website"),
            Channel::SocialMedia => fl!("channel-social-media"),
            Channel::Newsletter => fl!("channel-newsletter"),
            Channel::Press => fl!("channel-press"),
            Channel::Event => fl!("channel-event"),
            Channel::Publication => fl!("channel-publication"),
            Channel::Video => fl!("channel-video"),
            Channel::Email => fl!("channel-email"),
            Channel::Other => fl!("channel-other"),
        }
    }
}

impl Label for TargetGroup {
    fn label(&self) -> String {
        match self {
            TargetGroup::LocalAuthority => fl!("target-local-authority"),
            TargetGroup::RegionalAuthority => fl!("target-regional-authority"),
            TargetGroup::NationalAuthority => fl!("target-national-authority"),
            TargetGroup::SectoralAgency => fl!("target-sectoral-agency"),
            TargetGroup::ServiceProvider => fl!("target-service-provider"),
            TargetGroup::InterestGroups => fl!("target-interest-groups"),
            TargetGroup::HigherEducation => fl!("target-higher-education"),
            TargetGroup::EducationCentre => fl!("target-education-centre"),
            TargetGroup::Enterprise => fl!("target-enterprise"),
            TargetGroup::BusinessSupport => fl!("target-business-support"),
            TargetGroup::Eeig => fl!("target-eeig"),
            TargetGroup::InternationalOrganisation => fl!("target-international-organisation"),
            TargetGroup::GeneralPublic => fl!("target-general-public"),
        }
    }
}

impl Label for Measure {
    fn label(&self) -> String {
        match self {
            Measure::Entries => fl!("measure-entries"),
            Measure::Reach => fl!("measure-reach"),
            Measure::Participants => fl!("measure-participants"),
        }
    }
}

impl Label for RepeatUnit {
    fn label(&self) -> String {
        match self {
            RepeatUnit::Day => fl!("repeat-day"),
            RepeatUnit::Week => fl!("repeat-week"),
            RepeatUnit::Month => fl!("repeat-month"),
            RepeatUnit::Year => fl!("repeat-year"),
        }
    }
}
