use super::*;
use crate::ids::{ActivityId, PartnerId};
use crate::sample;
use crate::vocab::{Kind, Status};
use chrono::NaiveTime;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(d: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    d.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap())
}

fn sample() -> Plan {
    sample::plan().expect("the sample loads")
}

fn titles<'p>(plan: &'p Plan, found: &Found<'_>) -> Vec<&'p str> {
    found
        .spans
        .iter()
        .map(|s| plan.activities[s.activity as usize].title.as_str())
        .collect()
}

#[test]
fn a_month_of_the_sample_has_its_items_recurrences_and_long_items() {
    let plan = sample();
    let index = Index::build(&plan, None);
    let found = index.query(&plan, day(2017, 6, 1), day(2017, 6, 30), &Filter::default());
    let titles = titles(&plan, &found);
    // The five-month stress test started in February and still runs.
    assert!(titles.contains(&"S3 stress test: interviews in the partner regions"));
    // The weekly social post is expanded: four Mondays in June 2017.
    let weekly = titles
        .iter()
        .filter(|t| t.starts_with("Weekly post"))
        .count();
    assert_eq!(weekly, 4, "{titles:#?}");
    assert_eq!(found.hidden, 0);
    // Sorted by first day.
    assert!(found.spans.windows(2).all(|w| w[0].first <= w[1].first));
}

#[test]
fn filters_hide_and_count_what_they_hide() {
    let plan = sample();
    let index = Index::build(&plan, None);
    let all = index.query(&plan, day(2018, 1, 1), day(2018, 3, 31), &Filter::default());
    let mut filter = Filter::default();
    filter.partners.insert(PartnerId::new("BIZUP"));
    let some = index.query(&plan, day(2018, 1, 1), day(2018, 3, 31), &filter);
    assert!(!some.spans.is_empty());
    assert!(some.hidden > 0);
    assert_eq!(some.spans.len() + some.hidden, all.spans.len());
    for s in &some.spans {
        let a = &plan.activities[s.activity as usize];
        assert!(a.partners().any(|p| p.as_str() == "BIZUP"), "{}", a.title);
    }
}

#[test]
fn deadlines_fall_in_their_month_and_follow_partner_filters() {
    let plan = sample();
    let index = Index::build(&plan, None);
    let found = index.query(&plan, day(2017, 1, 1), day(2017, 1, 31), &Filter::default());
    assert_eq!(
        found.deadlines.len(),
        2,
        "two deliverables due 31 January 2017"
    );
    let mut filter = Filter::default();
    filter.kinds.insert(Kind::Webinar);
    let found = index.query(&plan, day(2017, 1, 1), day(2017, 1, 31), &filter);
    assert_eq!(found.deadlines.len(), 2, "kinds do not hide deadlines");
    filter.partners.insert(PartnerId::new("nobody"));
    let found = index.query(&plan, day(2017, 1, 1), day(2017, 1, 31), &filter);
    assert_eq!(found.deadlines.len(), 0);
    assert_eq!(found.hidden_deadlines, 2);
}

fn two_partner_plan() -> Plan {
    let mut plan = sample();
    plan.activities.clear();
    let ven = PartnerId::new("VEN");
    let mut a = Activity::new(ActivityId(1), "Webinar", ven.clone(), day(2017, 5, 2));
    a.when = When::Timed {
        start: at(day(2017, 5, 2), 10, 0),
        end: at(day(2017, 5, 2), 11, 0),
        zone: chrono_tz::Europe::Rome,
    };
    // 09:30 in London is 10:30 in Rome: overlaps.
    let mut b = Activity::new(ActivityId(2), "Call", ven.clone(), day(2017, 5, 2));
    b.when = When::Timed {
        start: at(day(2017, 5, 2), 9, 30),
        end: at(day(2017, 5, 2), 10, 0),
        zone: chrono_tz::Europe::London,
    };
    // Back to back with the webinar: no conflict.
    let mut c = Activity::new(ActivityId(3), "Lunch", ven.clone(), day(2017, 5, 2));
    c.when = When::Timed {
        start: at(day(2017, 5, 2), 11, 0),
        end: at(day(2017, 5, 2), 12, 0),
        zone: chrono_tz::Europe::Rome,
    };
    // Another partner at the same time: no conflict.
    let mut d = Activity::new(
        ActivityId(4),
        "Other",
        PartnerId::new("BIZUP"),
        day(2017, 5, 2),
    );
    d.when = a.when.clone();
    // Cancelled: no conflict.
    let mut e = Activity::new(ActivityId(5), "Dropped", ven, day(2017, 5, 2));
    e.when = a.when.clone();
    e.status = Status::Cancelled;
    // After the project's end.
    let f = Activity::new(
        ActivityId(6),
        "Late",
        PartnerId::new("VEN"),
        day(2019, 5, 2),
    );
    plan.activities = vec![a, b, c, d, e, f];
    plan
}

#[test]
fn conflicts_are_same_partner_overlapping_times_across_zones() {
    let plan = two_partner_plan();
    let index = Index::build(&plan, None);
    let flagged: Vec<u32> = index
        .query(&plan, day(2017, 5, 1), day(2017, 5, 3), &Filter::default())
        .spans
        .iter()
        .filter(|s| s.conflict)
        .map(|s| plan.activities[s.activity as usize].id.0)
        .collect();
    assert_eq!(flagged.len(), 2);
    assert!(flagged.contains(&1) && flagged.contains(&2), "{flagged:?}");
    assert_eq!(index.conflicts(), 2);
    let webinar = index.span(0, 0).unwrap();
    let overlapping = index.overlapping(&plan, webinar);
    assert_eq!(overlapping.len(), 1);
    assert_eq!(overlapping[0].activity, 1);
}

#[test]
fn items_after_the_project_end_are_flagged() {
    let plan = two_partner_plan();
    let index = Index::build(&plan, None);
    assert_eq!(index.outside(), 1);
    assert!(index.span(5, 0).unwrap().outside);
    assert!(!index.span(0, 0).unwrap().outside);
}

#[test]
fn a_display_zone_shows_the_same_instant_in_its_wall_clock() {
    let plan = two_partner_plan();
    let index = Index::build(&plan, Some(chrono_tz::Europe::London));
    let webinar = index.span(0, 0).unwrap();
    assert_eq!(
        webinar.start,
        at(day(2017, 5, 2), 9, 0),
        "10:00 Rome is 09:00 London"
    );
    let own = Index::build(&plan, None);
    assert_eq!(own.span(0, 0).unwrap().start, at(day(2017, 5, 2), 10, 0));
    // A late evening item moves to the next day further east.
    let mut plan = plan;
    plan.activities[0].when = When::Timed {
        start: at(day(2017, 5, 2), 23, 30),
        end: at(day(2017, 5, 3), 0, 30),
        zone: chrono_tz::Europe::London,
    };
    let index = Index::build(&plan, Some(chrono_tz::Europe::Rome));
    let s = index.span(0, 0).unwrap();
    assert_eq!((s.first, s.last), (day(2017, 5, 3), day(2017, 5, 3)));
}

#[test]
fn a_query_finds_exactly_what_a_full_scan_finds() {
    let plan = sample();
    let index = Index::build(&plan, None);
    let everything = index.query(
        &plan,
        day(1900, 1, 1),
        day(2999, 12, 31),
        &Filter::default(),
    );
    assert_eq!(everything.spans.len(), index.len());
    let mut from = day(2016, 10, 1);
    while from < day(2019, 6, 1) {
        let to = from + chrono::Duration::days(9);
        let by_index: Vec<(u32, u32)> = index
            .query(&plan, from, to, &Filter::default())
            .spans
            .iter()
            .map(|s| (s.activity, s.step))
            .collect();
        let mut by_scan: Vec<(u32, u32)> = everything
            .spans
            .iter()
            .filter(|s| s.first <= to && s.last >= from)
            .map(|s| (s.activity, s.step))
            .collect();
        let mut sorted = by_index.clone();
        sorted.sort_unstable();
        by_scan.sort_unstable();
        assert_eq!(sorted, by_scan, "{from}");
        from += chrono::Duration::days(7);
    }
}
