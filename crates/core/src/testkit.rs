//! Realistic large plans for tests and benchmarks (not shipped to users):
//! 30 partners, 10,000 activities over 4 years, 1,000 deliverables, 50,000
//! log entries, by default. Deterministic for a given seed.
//!
//! Behind the `testkit` feature: the tests and benches of both crates and
//! the `dump` example turn it on; the program never does.

// Only tests, benches and examples use this module, never the program, and
// its dates and times are constants: an unwrap here can only fail a test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use crate::indicator::Filter;
use crate::plan::{NextIds, Project, VERSION};
use crate::value::{Color, Country, Lang};
use crate::vocab::{
    Channel, DeliverableStatus, Kind, Measure, RepeatUnit, Role, Status, TargetGroup,
};
use crate::{
    Activity, ActivityId, Deliverable, DeliverableId, EntryId, Indicator, IndicatorId, Location,
    LogEntry, Partner, PartnerId, Plan, Recurrence, When, WorkPackage, WorkPackageId,
};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

/// How big a plan to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub partners: usize,
    pub activities: usize,
    pub deliverables: usize,
    pub entries: usize,
    pub indicators: usize,
}

impl Size {
    /// The scale a partnership reaches after years of work.
    pub const LARGE: Size = Size {
        partners: 30,
        activities: 10_000,
        deliverables: 1_000,
        entries: 50_000,
        indicators: 12,
    };
}

/// A small, fast, deterministic pseudo-random source (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

const COUNTRIES: [&str; 7] = ["IT", "AT", "DE", "FR", "SI", "CH", "LI"];
const LANGS: [&str; 5] = ["it", "de", "fr", "sl", "en"];
const ZONES: [chrono_tz::Tz; 4] = [
    chrono_tz::Europe::Rome,
    chrono_tz::Europe::Vienna,
    chrono_tz::Europe::Berlin,
    chrono_tz::Europe::Ljubljana,
];
const WORDS: [&str; 16] = [
    "cluster",
    "workshop",
    "innovation",
    "regional",
    "alpine",
    "smart",
    "strategy",
    "network",
    "enterprise",
    "district",
    "transnational",
    "policy",
    "webinar",
    "results",
    "model",
    "service",
];

fn title(rng: &mut Rng, prefix: &str) -> String {
    let n = 3 + rng.below(4);
    let words: Vec<&str> = (0..n).map(|_| *rng.pick(&WORDS)).collect();
    format!("{prefix} {}", words.join(" "))
}

/// A plan of the given size, the same for the same seed.
pub fn plan(size: Size, seed: u64) -> Plan {
    let mut rng = Rng::new(seed);
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
    let days = (end - start).num_days() as usize;

    let partners: Vec<Partner> = (0..size.partners)
        .map(|i| Partner {
            id: PartnerId::new(format!("P{:02}", i + 1)),
            name: format!("Partner organisation number {}", i + 1),
            short_name: format!("Partner {}", i + 1),
            country: Country::new(COUNTRIES[i % COUNTRIES.len()]),
            role: match i {
                0 => Role::LeadPartner,
                1 => Role::CommunicationLead,
                i if i % 9 == 8 => Role::Observer,
                _ => Role::Partner,
            },
            contact_name: format!("Contact {}", i + 1),
            contact_email: format!("contact{}@example.org", i + 1),
            languages: vec![Lang::new(LANGS[i % LANGS.len()]), Lang::new("en")],
            color: Color::PALETTE[i % Color::PALETTE.len()],
        })
        .collect();
    let ids: Vec<PartnerId> = partners.iter().map(|p| p.id.clone()).collect();

    let work_packages: Vec<WorkPackage> = ["WP M", "WP C", "WP T1", "WP T2", "WP T3"]
        .iter()
        .enumerate()
        .map(|(i, id)| WorkPackage {
            id: WorkPackageId::new(*id),
            title: format!("Work package {id}"),
            lead: ids[i % ids.len()].clone(),
        })
        .collect();
    let wps: Vec<WorkPackageId> = work_packages.iter().map(|w| w.id.clone()).collect();

    let mut activities = Vec::with_capacity(size.activities);
    let campaigns = (size.activities / 50).max(1);
    for i in 0..size.activities {
        let id = ActivityId(i as u32 + 1);
        let day = start + Duration::days(rng.below(days - 30) as i64);
        let is_campaign = i < campaigns;
        let kind = if is_campaign {
            Kind::Campaign
        } else {
            *rng.pick(Kind::ALL)
        };
        let when = if is_campaign {
            When::Days {
                start: day,
                end: day + Duration::days(14 + rng.below(60) as i64),
            }
        } else if rng.chance(40) {
            let hour = 8 + rng.below(9) as u32;
            let at = day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap());
            When::Timed {
                start: at,
                end: at + Duration::hours(1 + rng.below(3) as i64),
                zone: *rng.pick(&ZONES),
            }
        } else {
            When::Days {
                start: day,
                end: day + Duration::days(rng.below(3) as i64),
            }
        };
        let responsible = rng.pick(&ids).clone();
        let mut activity = Activity::new(id, title(&mut rng, "Activity"), responsible.clone(), day);
        activity.kind = kind;
        activity.when = when;
        activity.status = *rng.pick(Status::ALL);
        activity.work_package = Some(rng.pick(&wps).clone());
        activity.contributors = (0..rng.below(3))
            .map(|_| rng.pick(&ids).clone())
            .filter(|p| p != &responsible)
            .collect();
        activity.contributors.sort();
        activity.contributors.dedup();
        activity.target_groups = vec![*rng.pick(TargetGroup::ALL), *rng.pick(TargetGroup::ALL)];
        activity.target_groups.sort();
        activity.target_groups.dedup();
        activity.languages = vec![Lang::new(rng.pick::<&str>(&LANGS))];
        activity.channel = Some(*rng.pick(Channel::ALL));
        activity.location = Location {
            venue: format!("Hall {}", rng.below(20)),
            city: "Venezia".into(),
            country: Some(Country::new(rng.pick::<&str>(&COUNTRIES))),
            online: None,
        };
        activity.notes = "Generated for a benchmark.".into();
        if !is_campaign && rng.chance(30) {
            activity.campaign = Some(ActivityId(rng.below(campaigns) as u32 + 1));
        }
        if !is_campaign && rng.chance(3) {
            let mut rule = Recurrence::new(
                1 + rng.below(2) as u32,
                if rng.chance(70) {
                    RepeatUnit::Week
                } else {
                    RepeatUnit::Month
                },
                Some(day + Duration::days(60 + rng.below(120) as i64)),
            );
            // Richer rules without drawing more numbers, so the rest of
            // the generated plan stays the same: every third weekly rule
            // also meets on Thursdays (or Mondays), every second monthly
            // one is on the nth weekday, some end after a count instead.
            let id = activity.id.0;
            if rule.unit == RepeatUnit::Week && id.is_multiple_of(3) {
                let other = if day.weekday() == Weekday::Thu {
                    Weekday::Mon
                } else {
                    Weekday::Thu
                };
                rule.weekdays = vec![day.weekday(), other];
                rule.weekdays.sort_by_key(|w| w.num_days_from_monday());
            }
            if rule.unit == RepeatUnit::Month && id.is_multiple_of(2) {
                rule.nth = Some(crate::activity::nth_of(day, true));
            }
            if id.is_multiple_of(5) {
                rule.count = Some(4 + id % 9);
                rule.until = None;
            }
            if id.is_multiple_of(7) {
                rule.skipped = vec![day + Duration::days(7)];
            }
            activity.recurrence = Some(rule.into());
        }
        activities.push(activity);
    }

    let deliverables: Vec<Deliverable> = (0..size.deliverables)
        .map(|i| {
            let status = *rng.pick(DeliverableStatus::ALL);
            let due = start + Duration::days(rng.below(days) as i64);
            Deliverable {
                id: DeliverableId(i as u32 + 1),
                code: format!("D.{}.{}.{}", i % 5, i / 5 % 10, i),
                title: title(&mut rng, "Deliverable"),
                work_package: rng.pick(&wps).clone(),
                lead: rng.pick(&ids).clone(),
                contributors: Vec::new(),
                due,
                status,
                submitted: status.is_delivered().then_some(due),
                approved: (status == DeliverableStatus::Approved).then_some(due),
                link: None,
            }
        })
        .collect();

    let log: Vec<LogEntry> = (0..size.entries)
        .map(|i| {
            let channel = *rng.pick(Channel::ALL);
            LogEntry {
                id: EntryId(i as u32 + 1),
                date: start + Duration::days(rng.below(days) as i64),
                partner: rng.pick(&ids).clone(),
                activity: rng
                    .chance(40)
                    .then(|| ActivityId(rng.below(size.activities.max(1)) as u32 + 1))
                    .filter(|_| size.activities > 0),
                channel,
                title: title(&mut rng, "Report"),
                target_group: Some(*rng.pick(TargetGroup::ALL)),
                reach: rng.below(5_000) as u64,
                participants: (channel == Channel::Event).then(|| rng.below(200) as u64),
                language: Some(Lang::new(rng.pick::<&str>(&LANGS))),
                link: Some(format!("https://example.org/evidence/{i}")),
                notes: String::new(),
            }
        })
        .collect();

    let indicators: Vec<Indicator> = (0..size.indicators)
        .map(|i| Indicator {
            id: IndicatorId(i as u32 + 1),
            code: format!("C.{}", i + 1),
            name: format!("Indicator {}", i + 1),
            unit: "people".into(),
            measure: Measure::ALL[i % Measure::ALL.len()],
            filter: Filter {
                channels: if i % 2 == 0 {
                    vec![Channel::ALL[i % Channel::ALL.len()]]
                } else {
                    vec![]
                },
                kinds: if i % 3 == 1 {
                    vec![Kind::Workshop, Kind::Conference]
                } else {
                    vec![]
                },
                target_groups: if i % 4 == 3 {
                    vec![TargetGroup::Enterprise]
                } else {
                    vec![]
                },
            },
            target: 10_000,
            partner_targets: ids
                .iter()
                .take(3)
                .map(|p| (p.clone(), 1_000))
                .collect::<BTreeMap<_, _>>(),
        })
        .collect();

    Plan {
        version: VERSION,
        project: Project {
            name: "Generated partnership".into(),
            acronym: "GEN".into(),
            programme: "Interreg Alpine Space".into(),
            start,
            end,
            lead_partner: ids.first().cloned(),
            communication_lead: ids.get(1).cloned(),
            working_language: Lang::new("en"),
            time_zone: None,
            periods: Default::default(),
        },
        partners,
        work_packages,
        activities,
        deliverables,
        log,
        indicators,
        next_ids: NextIds::default(),
    }
}
