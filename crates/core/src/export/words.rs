//! Words and dates in an export's own language (see [`Strings`]), which may
//! differ from the interface's. The GUI's labels live in `i18n::label`;
//! these are their twins for a chosen language.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::i18n::Strings;
use crate::tr;
use crate::vocab::{Channel, DeliverableStatus, Kind, Role, Status, TargetGroup};

pub fn kind(s: &Strings, kind: Kind) -> String {
    match kind {
        Kind::Event => tr!(s, "kind-event"),
        Kind::Workshop => tr!(s, "kind-workshop"),
        Kind::Conference => tr!(s, "kind-conference"),
        Kind::Webinar => tr!(s, "kind-webinar"),
        Kind::Newsletter => tr!(s, "kind-newsletter"),
        Kind::PressRelease => tr!(s, "kind-press-release"),
        Kind::SocialPost => tr!(s, "kind-social-post"),
        Kind::Publication => tr!(s, "kind-publication"),
        Kind::Video => tr!(s, "kind-video"),
        Kind::WebsiteUpdate => tr!(s, "kind-website-update"),
        Kind::Campaign => tr!(s, "kind-campaign"),
        Kind::Other => tr!(s, "kind-other"),
    }
}

pub fn status(s: &Strings, status: Status) -> String {
    match status {
        Status::Idea => tr!(s, "status-idea"),
        Status::Planned => tr!(s, "status-planned"),
        Status::InPreparation => tr!(s, "status-in-preparation"),
        Status::Confirmed => tr!(s, "status-confirmed"),
        Status::Done => tr!(s, "status-done"),
        Status::Cancelled => tr!(s, "status-cancelled"),
    }
}

pub fn deliverable_status(s: &Strings, status: DeliverableStatus) -> String {
    match status {
        DeliverableStatus::NotStarted => tr!(s, "deliverable-status-not-started"),
        DeliverableStatus::InProgress => tr!(s, "deliverable-status-in-progress"),
        DeliverableStatus::InReview => tr!(s, "deliverable-status-in-review"),
        DeliverableStatus::Submitted => tr!(s, "deliverable-status-submitted"),
        DeliverableStatus::Approved => tr!(s, "deliverable-status-approved"),
    }
}

pub fn role(s: &Strings, role: Role) -> String {
    match role {
        Role::LeadPartner => tr!(s, "role-lead-partner"),
        Role::CommunicationLead => tr!(s, "role-communication-lead"),
        Role::Partner => tr!(s, "role-partner"),
        Role::Observer => tr!(s, "role-observer"),
    }
}

pub fn channel(s: &Strings, channel: Channel) -> String {
    match channel {
        Channel::Website => tr!(s, "channel-website"),
        Channel::SocialMedia => tr!(s, "channel-social-media"),
        Channel::Newsletter => tr!(s, "channel-newsletter"),
        Channel::Press => tr!(s, "channel-press"),
        Channel::Event => tr!(s, "channel-event"),
        Channel::Publication => tr!(s, "channel-publication"),
        Channel::Video => tr!(s, "channel-video"),
        Channel::Email => tr!(s, "channel-email"),
        Channel::Other => tr!(s, "channel-other"),
    }
}

/// A target group in the language of `s`.
pub fn target_group(s: &Strings, group: TargetGroup) -> String {
    match group {
        TargetGroup::LocalAuthority => tr!(s, "target-local-authority"),
        TargetGroup::RegionalAuthority => tr!(s, "target-regional-authority"),
        TargetGroup::NationalAuthority => tr!(s, "target-national-authority"),
        TargetGroup::SectoralAgency => tr!(s, "target-sectoral-agency"),
        TargetGroup::ServiceProvider => tr!(s, "target-service-provider"),
        TargetGroup::InterestGroups => tr!(s, "target-interest-groups"),
        TargetGroup::HigherEducation => tr!(s, "target-higher-education"),
        TargetGroup::EducationCentre => tr!(s, "target-education-centre"),
        TargetGroup::Enterprise => tr!(s, "target-enterprise"),
        TargetGroup::BusinessSupport => tr!(s, "target-business-support"),
        TargetGroup::Eeig => tr!(s, "target-eeig"),
        TargetGroup::InternationalOrganisation => tr!(s, "target-international-organisation"),
        TargetGroup::GeneralPublic => tr!(s, "target-general-public"),
    }
}

fn month_short(s: &Strings, month: u32) -> String {
    match month {
        1 => tr!(s, "month-short-1"),
        2 => tr!(s, "month-short-2"),
        3 => tr!(s, "month-short-3"),
        4 => tr!(s, "month-short-4"),
        5 => tr!(s, "month-short-5"),
        6 => tr!(s, "month-short-6"),
        7 => tr!(s, "month-short-7"),
        8 => tr!(s, "month-short-8"),
        9 => tr!(s, "month-short-9"),
        10 => tr!(s, "month-short-10"),
        11 => tr!(s, "month-short-11"),
        _ => tr!(s, "month-short-12"),
    }
}

pub(crate) fn month_long(s: &Strings, month: u32) -> String {
    match month {
        1 => tr!(s, "month-long-1"),
        2 => tr!(s, "month-long-2"),
        3 => tr!(s, "month-long-3"),
        4 => tr!(s, "month-long-4"),
        5 => tr!(s, "month-long-5"),
        6 => tr!(s, "month-long-6"),
        7 => tr!(s, "month-long-7"),
        8 => tr!(s, "month-long-8"),
        9 => tr!(s, "month-long-9"),
        10 => tr!(s, "month-long-10"),
        11 => tr!(s, "month-long-11"),
        _ => tr!(s, "month-long-12"),
    }
}

/// A weekday's short name ("Tue") in the language of `s`.
pub fn weekday_short(s: &Strings, day: Weekday) -> String {
    match day {
        Weekday::Mon => tr!(s, "weekday-short-mon"),
        Weekday::Tue => tr!(s, "weekday-short-tue"),
        Weekday::Wed => tr!(s, "weekday-short-wed"),
        Weekday::Thu => tr!(s, "weekday-short-thu"),
        Weekday::Fri => tr!(s, "weekday-short-fri"),
        Weekday::Sat => tr!(s, "weekday-short-sat"),
        Weekday::Sun => tr!(s, "weekday-short-sun"),
    }
}

/// "29 Jun 2017".
pub fn date(s: &Strings, day: NaiveDate) -> String {
    tr!(
        s,
        "format-date",
        day = day.day(),
        month = month_short(s, day.month()),
        year = day.year().to_string()
    )
}

/// "Thu 29 Jun 2017".
pub fn date_with_weekday(s: &Strings, day: NaiveDate) -> String {
    tr!(
        s,
        "format-date-weekday",
        weekday = weekday_short(s, day.weekday()),
        date = date(s, day)
    )
}

/// "June 2017".
pub fn month_year(s: &Strings, day: NaiveDate) -> String {
    tr!(
        s,
        "format-month-year",
        month = month_long(s, day.month()),
        year = day.year().to_string()
    )
}
