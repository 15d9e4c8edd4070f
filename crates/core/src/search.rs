//! Global search across activities, deliverables, partners and log entries.
//!
//! An [`Index`] is built once per plan change: every item's searchable
//! fields, folded to lower case without accents ([`crate::text::fold`]), are
//! laid end to end in one string. A query, folded the same way, scans that
//! string for its longest word with the standard library's substring
//! search, maps each hit to its item by binary search, checks the other
//! words inside that item only, and ranks it. That keeps a query over 60,000
//! items well under a frame (see benches/search.rs).
//!
//! The index stores positions in the plan's lists, so it must be rebuilt
//! whenever the plan changes; the app drops it on every edit.

use chrono::NaiveDate;

use super::ids::{ActivityId, DeliverableId, EntryId, PartnerId};
use super::plan::Plan;
use super::text::fold_into;

/// What kind of thing a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Activity,
    Deliverable,
    Partner,
    Entry,
}

impl Kind {
    /// The order results are grouped in.
    pub const ALL: [Kind; 4] = [
        Kind::Deliverable,
        Kind::Activity,
        Kind::Partner,
        Kind::Entry,
    ];

    fn slot(self) -> usize {
        match self {
            Kind::Deliverable => 0,
            Kind::Activity => 1,
            Kind::Partner => 2,
            Kind::Entry => 3,
        }
    }
}

/// Where a result leads: enough to open the right screen on the right item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An activity, with the day it starts (the calendar shows that day).
    Activity(ActivityId, NaiveDate),
    Deliverable(DeliverableId),
    Partner(PartnerId),
    /// A log entry, with its date.
    Entry(EntryId, NaiveDate),
}

/// How well an item matches; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// The code or id is exactly what was typed ("d.c.1.1", "ven").
    Key,
    /// The title or name starts with what was typed.
    TitleStart,
    /// The title contains what was typed, as typed.
    InTitle,
    /// Every word typed is somewhere in the item.
    Words,
}

const RANKS: usize = 4;

fn rank_slot(rank: Rank) -> usize {
    match rank {
        Rank::Key => 0,
        Rank::TitleStart => 1,
        Rank::InTitle => 2,
        Rank::Words => 3,
    }
}

/// One searchable item: its kind, its position in the plan's list and its
/// slice of the index text (`start..end`, the key ending at `key_end`, the
/// title at `key_end + 1..title_end`).
#[derive(Debug, Clone, Copy)]
struct Item {
    kind: Kind,
    position: u32,
    start: u32,
    key_end: u32,
    title_end: u32,
    end: u32,
}

/// The folded text of every item of a plan.
#[derive(Debug, Clone, Default)]
pub struct Index {
    text: String,
    items: Vec<Item>,
}

/// One item found: its kind and position in the plan's list for that kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    /// Index into `plan.activities`, `plan.deliverables`, `plan.partners` or
    /// `plan.log`, valid for the plan the index was built from.
    pub position: usize,
    pub rank: Rank,
}

impl Hit {
    /// Where this hit leads, looked up in the plan it was found in.
    pub fn target(&self, plan: &Plan) -> Option<Target> {
        Some(match self.kind {
            Kind::Activity => {
                let a = plan.activities.get(self.position)?;
                Target::Activity(a.id, a.when.start_date())
            }
            Kind::Deliverable => Target::Deliverable(plan.deliverables.get(self.position)?.id),
            Kind::Partner => Target::Partner(plan.partners.get(self.position)?.id.clone()),
            Kind::Entry => {
                let e = plan.log.get(self.position)?;
                Target::Entry(e.id, e.date)
            }
        })
    }
}

/// The results of a query, grouped by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// One group per kind that matched, in [`Kind::ALL`] order.
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub kind: Kind,
    /// The best hits, best first, at most the limit asked for.
    pub hits: Vec<Hit>,
    /// How many items of this kind matched in all.
    pub total: usize,
}

impl Results {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Every hit shown, in display order.
    pub fn hits(&self) -> impl Iterator<Item = &Hit> {
        self.groups.iter().flat_map(|g| g.hits.iter())
    }

    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.hits.len()).sum()
    }
}

impl Index {
    /// Folds every item of the plan into one text.
    pub fn new(plan: &Plan) -> Self {
        let mut index = Index {
            text: String::with_capacity(
                plan.activities.len() * 96 + plan.log.len() * 72 + plan.deliverables.len() * 64,
            ),
            items: Vec::with_capacity(
                plan.activities.len()
                    + plan.deliverables.len()
                    + plan.partners.len()
                    + plan.log.len(),
            ),
        };
        for (i, d) in plan.deliverables.iter().enumerate() {
            index.push(
                Kind::Deliverable,
                i,
                &d.code,
                &d.title,
                &[d.work_package.as_str(), d.lead.as_str()],
            );
        }
        for (i, a) in plan.activities.iter().enumerate() {
            index.push(
                Kind::Activity,
                i,
                "",
                &a.title,
                &[
                    a.responsible.as_str(),
                    &a.location.venue,
                    &a.location.city,
                    &a.notes,
                ],
            );
        }
        for (i, p) in plan.partners.iter().enumerate() {
            index.push(
                Kind::Partner,
                i,
                p.id.as_str(),
                &p.name,
                &[
                    &p.short_name,
                    &p.country.0,
                    &p.contact_name,
                    &p.contact_email,
                ],
            );
        }
        for (i, e) in plan.log.iter().enumerate() {
            index.push(
                Kind::Entry,
                i,
                "",
                &e.title,
                &[e.partner.as_str(), &e.notes],
            );
        }
        index
    }

    fn push(&mut self, kind: Kind, position: usize, key: &str, title: &str, rest: &[&str]) {
        let offset = |text: &String| u32::try_from(text.len()).unwrap_or(u32::MAX);
        let start = offset(&self.text);
        fold_into(&mut self.text, key);
        let key_end = offset(&self.text);
        self.text.push(FIELD);
        fold_into(&mut self.text, title);
        let title_end = offset(&self.text);
        for field in rest.iter().filter(|f| !f.is_empty()) {
            self.text.push(FIELD);
            fold_into(&mut self.text, field);
        }
        let end = offset(&self.text);
        self.text.push(ITEM);
        self.items.push(Item {
            kind,
            position: u32::try_from(position).unwrap_or(u32::MAX),
            start,
            key_end,
            title_end,
            end,
        });
    }

    /// How many items are searchable.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Finds the items that contain every word of `query` (in any case,
    /// with or without accents), best first, at most `limit` per kind.
    pub fn search(&self, query: &str, limit: usize) -> Results {
        let mut folded = String::with_capacity(query.len());
        fold_into(&mut folded, query.trim());
        let words: Vec<&str> = folded.split_whitespace().collect();
        let Some(anchor) = words.iter().copied().max_by_key(|w| w.len()) else {
            return Results::default();
        };
        let phrase = words.join(" ");

        // Per kind: the total, and the first `limit` hits of each rank.
        let mut totals = [0usize; 4];
        let mut best: [[Vec<Hit>; RANKS]; 4] = Default::default();

        let text = self.text.as_str();
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|rest| rest.find(anchor)) {
            let at = from + found;
            // The item whose slice holds this position.
            let i = self
                .items
                .partition_point(|item| (item.end as usize) < at)
                .min(self.items.len().saturating_sub(1));
            let Some(item) = self.items.get(i) else { break };
            from = item.end as usize + 1;
            let Some(body) = text.get(item.start as usize..item.end as usize) else {
                continue;
            };
            if !words.iter().all(|w| body.contains(w)) {
                continue;
            }
            let rank = rank(text, item, &phrase);
            let slot = item.kind.slot();
            totals[slot] += 1;
            let bucket = &mut best[slot][rank_slot(rank)];
            if bucket.len() < limit {
                bucket.push(Hit {
                    kind: item.kind,
                    position: item.position as usize,
                    rank,
                });
            }
        }

        let groups = Kind::ALL
            .iter()
            .filter(|kind| totals[kind.slot()] > 0)
            .map(|&kind| {
                let hits = best[kind.slot()]
                    .iter()
                    .flatten()
                    .take(limit)
                    .copied()
                    .collect();
                Group {
                    kind,
                    hits,
                    total: totals[kind.slot()],
                }
            })
            .collect();
        Results { groups }
    }
}

fn rank(text: &str, item: &Item, phrase: &str) -> Rank {
    let key = text
        .get(item.start as usize..item.key_end as usize)
        .unwrap_or("");
    let title = text
        .get(item.key_end as usize + 1..item.title_end as usize)
        .unwrap_or("");
    if !key.is_empty() && key == phrase {
        Rank::Key
    } else if title.starts_with(phrase) {
        Rank::TitleStart
    } else if title.contains(phrase) {
        Rank::InTitle
    } else {
        Rank::Words
    }
}

/// Separates the fields of an item (never typed in a query).
const FIELD: char = '\u{1}';
/// Separates items.
const ITEM: char = '\u{2}';

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn titles(plan: &Plan, results: &Results, kind: Kind) -> Vec<String> {
        results
            .groups
            .iter()
            .filter(|g| g.kind == kind)
            .flat_map(|g| g.hits.iter())
            .map(|hit| match hit.kind {
                Kind::Activity => plan.activities[hit.position].title.clone(),
                Kind::Deliverable => plan.deliverables[hit.position].code.clone(),
                Kind::Partner => plan.partners[hit.position].id.to_string(),
                Kind::Entry => plan.log[hit.position].title.clone(),
            })
            .collect()
    }

    #[test]
    fn finds_every_kind_and_groups_them() {
        let plan = sample::plan().expect("the sample loads");
        let index = Index::new(&plan);
        assert_eq!(
            index.len(),
            plan.activities.len() + plan.deliverables.len() + plan.partners.len() + plan.log.len()
        );
        let results = index.search("ven", 50);
        let kinds: Vec<Kind> = results.groups.iter().map(|g| g.kind).collect();
        assert!(kinds.contains(&Kind::Partner), "{kinds:?}");
        assert!(kinds.contains(&Kind::Deliverable), "{kinds:?}");
        // The partner whose id is exactly "VEN" comes first.
        assert_eq!(titles(&plan, &results, Kind::Partner)[0], "VEN");
        let partners = results.groups.iter().find(|g| g.kind == Kind::Partner);
        assert_eq!(partners.map(|g| g.hits[0].rank), Some(Rank::Key));
    }

    #[test]
    fn a_deliverable_code_is_found_first() {
        let plan = sample::plan().expect("the sample loads");
        let index = Index::new(&plan);
        let results = index.search("D.C.1.1", 5);
        let codes = titles(&plan, &results, Kind::Deliverable);
        assert_eq!(codes.first().map(String::as_str), Some("D.C.1.1"));
        let first = results.hits().next().expect("a hit");
        assert_eq!(first.rank, Rank::Key);
        assert!(matches!(first.target(&plan), Some(Target::Deliverable(_))));
    }

    #[test]
    fn every_word_must_match_in_any_order_and_case() {
        let plan = sample::plan().expect("the sample loads");
        let index = Index::new(&plan);
        let all = index.search("workshop", 100);
        let both = index.search("ENTREPRENEURS workshop", 100);
        assert!(!both.is_empty());
        assert!(both.len() <= all.len());
        for title in titles(&plan, &both, Kind::Activity) {
            let lower = title.to_lowercase();
            assert!(lower.contains("workshop") && lower.contains("entrepreneurs"));
        }
        assert!(index.search("workshop zzzqqq", 100).is_empty());
    }

    #[test]
    fn limits_per_kind_but_counts_everything() {
        let plan = sample::plan().expect("the sample loads");
        let index = Index::new(&plan);
        let unlimited = index.search("e", 10_000);
        let limited = index.search("e", 3);
        for (a, b) in unlimited.groups.iter().zip(&limited.groups) {
            assert_eq!(a.kind, b.kind);
            assert_eq!(a.total, b.total, "totals do not depend on the limit");
            assert_eq!(a.total, a.hits.len());
            assert!(b.hits.len() <= 3);
        }
    }

    #[test]
    fn better_matches_come_first() {
        let plan = sample::plan().expect("the sample loads");
        let index = Index::new(&plan);
        let results = index.search("workshop", 100);
        for group in &results.groups {
            let ranks: Vec<Rank> = group.hits.iter().map(|h| h.rank).collect();
            let mut sorted = ranks.clone();
            sorted.sort();
            assert_eq!(ranks, sorted, "{:?}", group.kind);
        }
    }

    #[test]
    fn empty_and_separator_queries_find_nothing() {
        let plan = sample::plan().expect("the sample loads");
        let index = Index::new(&plan);
        assert!(index.search("", 10).is_empty());
        assert!(index.search("   ", 10).is_empty());
        assert!(index.search("\u{1}", 10).is_empty());
        assert!(index.search("\u{2}", 10).is_empty());
    }

    #[test]
    fn accents_do_not_matter() {
        let mut plan = sample::plan().expect("the sample loads");
        plan.partners[0].name = "Université de Zürich".into();
        let index = Index::new(&plan);
        assert_eq!(index.search("universite zurich", 5).len(), 1);
        assert_eq!(index.search("ZÜRICH", 5).len(), 1);
    }
}
