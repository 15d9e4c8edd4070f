//! Filters that combine: partners, work packages, kinds, statuses, target
//! groups and free text. Within one facet any chosen value matches; across
//! facets all must match.

use std::collections::BTreeSet;

use crate::activity::Activity;
use crate::deliverable::Deliverable;
use crate::ids::{PartnerId, WorkPackageId};
use crate::vocab::{Kind, Status, TargetGroup};

/// What the calendar shows. Empty sets and empty text mean "everything".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Items a partner is responsible for or contributes to.
    pub partners: BTreeSet<PartnerId>,
    pub work_packages: BTreeSet<WorkPackageId>,
    pub kinds: BTreeSet<Kind>,
    pub statuses: BTreeSet<Status>,
    pub target_groups: BTreeSet<TargetGroup>,
    /// Words to find in the title, notes, place or id, in any case.
    pub text: String,
}

/// One facet of a [`Filter`], to list or clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Partners,
    WorkPackages,
    Kinds,
    Statuses,
    TargetGroups,
    Text,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Partners,
        Facet::WorkPackages,
        Facet::Kinds,
        Facet::Statuses,
        Facet::TargetGroups,
        Facet::Text,
    ];
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        Facet::ALL.iter().all(|f| !self.is_active(*f))
    }

    pub fn is_active(&self, facet: Facet) -> bool {
        match facet {
            Facet::Partners => !self.partners.is_empty(),
            Facet::WorkPackages => !self.work_packages.is_empty(),
            Facet::Kinds => !self.kinds.is_empty(),
            Facet::Statuses => !self.statuses.is_empty(),
            Facet::TargetGroups => !self.target_groups.is_empty(),
            Facet::Text => !self.text.trim().is_empty(),
        }
    }

    pub fn clear(&mut self, facet: Facet) {
        match facet {
            Facet::Partners => self.partners.clear(),
            Facet::WorkPackages => self.work_packages.clear(),
            Facet::Kinds => self.kinds.clear(),
            Facet::Statuses => self.statuses.clear(),
            Facet::TargetGroups => self.target_groups.clear(),
            Facet::Text => self.text.clear(),
        }
    }

    /// The words of the free text, folded like the search folds them
    /// ([`crate::text::fold`]: "citta" finds "Città").
    pub fn words(&self) -> Vec<String> {
        self.text
            .split_whitespace()
            .map(crate::text::fold)
            .collect()
    }

    /// Does the activity pass every facet? `haystack` is the activity's
    /// searchable text, folded (see [`haystack`]); `words` comes from
    /// [`Self::words`].
    pub fn matches(&self, a: &Activity, haystack: &str, words: &[String]) -> bool {
        (self.partners.is_empty() || a.partners().any(|p| self.partners.contains(p)))
            && (self.work_packages.is_empty()
                || a.work_package
                    .as_ref()
                    .is_some_and(|w| self.work_packages.contains(w)))
            && (self.kinds.is_empty() || self.kinds.contains(&a.kind))
            && (self.statuses.is_empty() || self.statuses.contains(&a.status))
            && (self.target_groups.is_empty()
                || a.target_groups
                    .iter()
                    .any(|t| self.target_groups.contains(t)))
            && words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// Does a deliverable's deadline pass? Partners, work packages and
    /// text apply; kinds, statuses and target groups describe activities,
    /// so deadlines stay visible under them.
    pub fn matches_deliverable(&self, d: &Deliverable, words: &[String]) -> bool {
        let text = || {
            let hay = format!("{} {}", d.code, d.title).to_lowercase();
            words.iter().all(|w| hay.contains(w.as_str()))
        };
        (self.partners.is_empty() || d.partners().any(|p| self.partners.contains(p)))
            && (self.work_packages.is_empty() || self.work_packages.contains(&d.work_package))
            && (words.is_empty() || text())
    }
}

/// The searchable text of an activity, lower-cased: id, title, notes,
/// place, registration.
pub fn haystack(a: &Activity) -> String {
    let mut text = format!("{} {} {} {}", a.id, a.title, a.notes, a.location.one_line());
    if let Some(registration) = &a.registration {
        text.push(' ');
        text.push_str(registration);
    }
    crate::text::fold(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::ActivityId;
    use chrono::NaiveDate;

    fn activity() -> Activity {
        let mut a = Activity::new(
            ActivityId(7),
            "Webinar on Smart Specialisation",
            PartnerId::new("VEN"),
            NaiveDate::from_ymd_opt(2017, 5, 1).unwrap(),
        );
        a.contributors = vec![PartnerId::new("BIZUP")];
        a.kind = Kind::Webinar;
        a.work_package = Some(WorkPackageId::new("WP C"));
        a.target_groups = vec![TargetGroup::Enterprise];
        a
    }

    fn passes(filter: &Filter, a: &Activity) -> bool {
        filter.matches(a, &haystack(a), &filter.words())
    }

    #[test]
    fn facets_combine_with_and_values_with_or() {
        let a = activity();
        let mut f = Filter::default();
        assert!(f.is_empty() && passes(&f, &a));
        f.partners.insert(PartnerId::new("BIZUP"));
        assert!(passes(&f, &a), "a contributor counts");
        f.kinds.insert(Kind::Workshop);
        assert!(!passes(&f, &a), "kind does not match");
        f.kinds.insert(Kind::Webinar);
        assert!(passes(&f, &a), "any of the chosen kinds");
        f.statuses.insert(Status::Done);
        assert!(!passes(&f, &a));
        f.clear(Facet::Statuses);
        f.target_groups.insert(TargetGroup::Enterprise);
        f.work_packages.insert(WorkPackageId::new("WP C"));
        assert!(passes(&f, &a));
        assert!(!f.is_empty());
    }

    #[test]
    fn free_text_finds_every_word_in_any_case() {
        let a = activity();
        let mut f = Filter {
            text: "smart WEBINAR".into(),
            ..Filter::default()
        };
        assert!(passes(&f, &a));
        f.text = "a7".into();
        assert!(passes(&f, &a), "the id is searchable");
        f.text = "smart workshop".into();
        assert!(!passes(&f, &a));
        f.text = "   ".into();
        assert!(f.is_empty(), "blank text filters nothing");
    }

    #[test]
    fn free_text_folds_accents_as_the_search_does() {
        let mut a = activity();
        a.title = "Conferenza a Città di Castello".into();
        let f = Filter {
            text: "citta CASTELLO".into(),
            ..Filter::default()
        };
        assert!(passes(&f, &a), "typed without the accent");
        a.title = "Veranstaltung in Zürich".into();
        let f = Filter {
            text: "ZURICH".into(),
            ..Filter::default()
        };
        assert!(passes(&f, &a));
    }
}
