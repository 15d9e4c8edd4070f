//! Recurrence rules in the plan file: a version-2 plan (before weekdays,
//! counts and exceptions) still loads and is migrated to version 3; the
//! new fields are written and read back; moving or skipping one occurrence
//! is an edit that undo takes back exactly.

use std::path::Path;

use chrono::{NaiveDate, Weekday};
use commplan_core::plan::VERSION;
use commplan_core::recurrence::{self, change};
use commplan_core::store;
use commplan_core::vocab::RepeatUnit;
use commplan_core::{Activity, ActivityId, Change, Edit, History, PartnerId, Recurrence, sample};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

#[test]
fn a_version_2_plan_loads_with_its_repetitions_and_is_saved_as_version_3() {
    assert_eq!(VERSION, 3);
    let text = sample::TEXT.to_owned();
    assert!(
        text.contains("version: 2,"),
        "the sample is still a version-2 file"
    );
    let plan = store::parse(&text, Path::new("old.ron")).expect("a version-2 plan loads");
    assert_eq!(plan.version, VERSION);
    let repeating: Vec<&Activity> = plan
        .activities
        .iter()
        .filter(|a| a.recurrence.is_some())
        .collect();
    assert!(!repeating.is_empty());
    for a in repeating {
        let rule = a.recurrence.as_ref().unwrap();
        assert!(rule.weekdays.is_empty() && rule.count.is_none() && rule.skipped.is_empty());
    }
    let written = store::to_text(&plan);
    assert!(written.contains("version: 3,"));
    assert!(
        !written.contains("weekdays") && !written.contains("skipped"),
        "empty new fields are not written"
    );
}

#[test]
fn new_fields_round_trip_and_a_newer_file_is_refused() {
    let mut plan = sample::plan().expect("sample");
    let mut a = Activity::new(
        ActivityId(900),
        "Jour fixe",
        PartnerId::new("VEN"),
        day(2017, 3, 2),
    );
    let mut rule = Recurrence::new(2, RepeatUnit::Week, None);
    rule.weekdays = vec![Weekday::Mon, Weekday::Thu];
    rule.count = Some(8);
    a.recurrence = Some(rule.into());
    let a = change::skip_occurrence(&a, day(2017, 3, 13)).unwrap();
    let a = change::move_occurrence(
        &a,
        day(2017, 3, 16),
        commplan_core::When::Days {
            start: day(2017, 3, 17),
            end: day(2017, 3, 17),
        },
    )
    .unwrap();
    plan.activities.push(a.clone());
    let text = store::to_text(&plan);
    let back = store::parse(&text, Path::new("new.ron")).expect("reads back");
    assert_eq!(back.activity(ActivityId(900)), Some(&a));
    let newer = text.replacen("version: 3,", "version: 4,", 1);
    assert!(matches!(
        store::parse(&newer, Path::new("newer.ron")),
        Err(store::LoadError::TooNew { found: 4, .. })
    ));
}

#[test]
fn moving_one_occurrence_leaves_the_others_and_undo_restores_it() {
    let mut plan = sample::plan().expect("sample");
    let mut a = Activity::new(
        ActivityId(900),
        "Meeting",
        PartnerId::new("VEN"),
        day(2017, 1, 10),
    );
    let mut rule = Recurrence::new(1, RepeatUnit::Month, None);
    rule.nth = Some(2);
    rule.count = Some(6);
    a.recurrence = Some(rule.into());
    let mut history = History::default();
    history
        .apply(&mut plan, Edit::Activity(Change::Add(a.clone())))
        .unwrap();
    let before = plan.clone();
    let third = recurrence::nth(&a, 2, plan.project.end).unwrap();
    let moved_when = third.when.shifted(2);
    let moved = change::move_occurrence(&a, third.original, moved_when.clone()).unwrap();
    history
        .apply(&mut plan, Edit::Activity(Change::Update(moved)))
        .unwrap();
    let now = plan.activity(ActivityId(900)).unwrap().clone();
    let starts: Vec<NaiveDate> = recurrence::all(&now, plan.project.end)
        .iter()
        .map(|o| o.when.start_date())
        .collect();
    assert_eq!(
        starts,
        [
            day(2017, 1, 10),
            day(2017, 2, 14),
            day(2017, 3, 16),
            day(2017, 4, 11),
            day(2017, 5, 9),
            day(2017, 6, 13)
        ]
    );
    history.undo(&mut plan).unwrap();
    assert_eq!(plan, before);
    // Moving it back where the rule puts it leaves no exception behind.
    let back = change::move_occurrence(&now, third.original, third.when.clone()).unwrap();
    assert!(back.recurrence.unwrap().moved.is_empty());
    // A whole-series move by a week makes the second Tuesday the third.
    let series = change::move_series(&a, a.when.shifted(7));
    assert_eq!(series.recurrence.as_ref().unwrap().nth, Some(3));
}

#[test]
fn rules_read_as_words_in_all_five_languages() {
    use commplan_core::i18n::Strings;
    use commplan_core::recurrence::words::describe;
    let mut second_tuesday = Recurrence::new(1, RepeatUnit::Month, None);
    second_tuesday.nth = Some(2);
    second_tuesday.count = Some(6);
    let mut last_sunday = Recurrence::new(2, RepeatUnit::Month, Some(day(2017, 12, 31)));
    last_sunday.nth = Some(-1);
    let mut mon_thu = Recurrence::new(2, RepeatUnit::Week, None);
    mon_thu.weekdays = vec![Weekday::Mon, Weekday::Thu];
    mon_thu.skipped = vec![day(2017, 3, 13)];
    let tuesday = day(2017, 1, 10);
    let sunday = day(2017, 1, 29);
    let thursday = day(2017, 3, 2);
    let expected = [
        (
            "en",
            "every second Tuesday of the month, 6 times",
            "the last Sunday every 2 months, until 31 Dec 2017",
            "every 2 weeks on Mon, Thu, 1 skipped",
        ),
        (
            "it",
            "il secondo martedì di ogni mese, 6 volte",
            "l'ultima domenica ogni 2 mesi, fino al 31 dic 2017",
            "ogni 2 settimane: lun, gio, 1 saltata",
        ),
        (
            "de",
            "jeden zweiten Dienstag im Monat, 6-mal",
            "am letzten Sonntag alle 2 Monate, bis 31. Dez. 2017",
            "alle 2 Wochen am Mo, Do, 1 ausgelassen",
        ),
        (
            "fr",
            "le deuxième mardi de chaque mois, 6 fois",
            "le dernier dimanche tous les 2 mois, jusqu’au 31 déc. 2017",
            "toutes les 2 semaines : lun., jeu., 1 sautée",
        ),
        (
            "sl",
            "vsak drugi torek v mesecu, 6-krat",
            "vsako zadnjo nedeljo vsaka 2 meseca, do 31. dec. 2017",
            "vsaka 2 tedna: pon., čet., izpuščenih: 1",
        ),
    ];
    let mut found = Vec::new();
    for (language, ..) in &expected {
        let s = Strings::new(language);
        found.push((
            *language,
            describe(&s, &second_tuesday, tuesday),
            describe(&s, &last_sunday, sunday),
            describe(&s, &mon_thu, thursday),
        ));
    }
    for ((language, a, b, c), (_, x, y, z)) in expected.iter().zip(&found) {
        assert_eq!(
            (*a, *b, *c),
            (x.as_str(), y.as_str(), z.as_str()),
            "{language}"
        );
    }
}

#[test]
fn rules_that_make_no_sense_are_refused_with_what_and_where() {
    use commplan_core::validate;
    let plan = sample::plan().expect("sample");
    let thursday = day(2017, 3, 2);
    let with = |f: &dyn Fn(&mut Recurrence)| {
        let mut a = Activity::new(ActivityId(900), "Call", PartnerId::new("VEN"), thursday);
        let mut rule = Recurrence::new(1, RepeatUnit::Week, None);
        f(&mut rule);
        a.recurrence = Some(rule.into());
        validate::activity(&plan, &a).map_err(|e| e.to_string())
    };
    assert!(with(&|_| {}).is_ok());
    let misses =
        "The repetition does not fall on the first day: choose the first day's weekday too.";
    assert_eq!(
        with(&|r| r.weekdays = vec![Weekday::Mon]).unwrap_err(),
        misses
    );
    assert!(with(&|r| r.weekdays = vec![Weekday::Mon, Weekday::Thu]).is_ok());
    let bad = "The repetition needs a step of at least 1 and an end after the start.";
    assert_eq!(with(&|r| r.count = Some(0)).unwrap_err(), bad);
    assert_eq!(
        with(&|r| {
            r.count = Some(3);
            r.until = Some(day(2017, 6, 1));
        })
        .unwrap_err(),
        bad,
        "COUNT and UNTIL together (RFC 5545 forbids it)"
    );
    assert_eq!(
        with(&|r| r.nth = Some(1)).unwrap_err(),
        bad,
        "nth only when monthly"
    );
    assert_eq!(
        with(&|r| {
            r.unit = RepeatUnit::Month;
            r.nth = Some(2);
        })
        .unwrap_err(),
        misses,
        "2 March 2017 is the first Thursday, not the second"
    );
    assert!(
        with(&|r| {
            r.unit = RepeatUnit::Month;
            r.nth = Some(1);
        })
        .is_ok()
    );
    assert_eq!(
        with(&|r| {
            r.unit = RepeatUnit::Month;
            r.nth = Some(6);
        })
        .unwrap_err(),
        bad
    );

    // In a file: the load is refused and says where.
    let mut plan = sample::plan().expect("sample");
    let mut a = Activity::new(ActivityId(900), "Call", PartnerId::new("VEN"), thursday);
    let mut rule = Recurrence::new(1, RepeatUnit::Week, None);
    rule.weekdays = vec![Weekday::Mon];
    a.recurrence = Some(rule.into());
    plan.activities.push(a);
    let text = store::to_text(&plan);
    let error = store::parse(&text, Path::new("bad.ron"))
        .unwrap_err()
        .to_string();
    let line = text
        .lines()
        .position(|l| l.contains("id: 900"))
        .expect("the item is written")
        + 1;
    assert!(
        error.starts_with(&format!("bad.ron:{line}:")) && error.ends_with(misses),
        "{error}"
    );
}
