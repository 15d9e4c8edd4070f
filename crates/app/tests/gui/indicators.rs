//! The Indicators screen as a person uses it: figures that follow the
//! dissemination log, reporting periods, editing an indicator (and undoing
//! it), the editor refusing what it cannot save, deleting with a question.

use crate::support as gui;

use chrono::NaiveDate;
use commplan::app::Message;
use commplan::screen::Screen;
use commplan::screen::indicators::Message as IndicatorsMessage;
use commplan::screen::indicators::editor::{self, Message as EditorMessage};
use commplan_core::{Change, Edit, IndicatorId, LogEntry, indicators};
use gui::Harness;
use iced::keyboard::Modifiers;
use iced::keyboard::key::Named;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The sample on the Indicators screen, C.1 (participants in project
/// events, 1,161 of 1,400) in view.
fn indicators() -> Harness {
    let mut h = Harness::sample();
    h.app.today = day(2018, 3, 15);
    h.click("Indicators")
        .expect("the sidebar leads to Indicators");
    assert_eq!(h.app.screen, Screen::Indicators);
    assert!(h.shows("C.1 · Participants in project events"));
    assert!(h.shows("1,161 of 1,400 participants"));
    h
}

fn editor(h: &mut Harness, message: EditorMessage) {
    h.update(Message::Indicators(IndicatorsMessage::Editor(message)));
}

fn c1(h: &Harness) -> &commplan_core::Indicator {
    h.app
        .plan
        .indicator(IndicatorId(1))
        .expect("the sample has C.1")
}

/// A new entry reporting `participants` people at an event C.1 counts.
fn event_entry(h: &Harness, date: NaiveDate, participants: u64) -> LogEntry {
    let plan = &h.app.plan;
    let kinds = indicators::kinds(plan);
    let indicator = c1(h);
    let mut entry = plan
        .log
        .iter()
        .find(|e| indicators::counts(indicator, e, &kinds))
        .expect("the sample reports an event")
        .clone();
    entry.id = plan.next_entry_id();
    entry.date = date;
    entry.participants = Some(participants);
    entry
}

#[test]
fn a_new_log_entry_moves_the_actual() {
    let mut h = indicators();
    let entry = event_entry(&h, day(2018, 2, 1), 84);
    h.app.apply(Edit::Log(Change::Add(entry)));
    assert!(h.shows("1,245 of 1,400 participants"), "1,161 + 84");
    assert!(!h.shows("1,161 of 1,400 participants"));
    assert!(h.shows("89 %"));
    h.key("z", Modifiers::CTRL);
    assert!(h.shows("1,161 of 1,400 participants"), "undo takes it back");
}

#[test]
fn a_reporting_period_shows_what_it_achieved() {
    let mut h = indicators();
    h.click("P2").expect("the period buttons");
    assert!(h.shows("1 May 2017 – 31 Oct 2017"));
    let plan = &h.app.plan;
    let in_p2 = plan
        .log
        .iter()
        .filter(|e| (day(2017, 5, 1)..=day(2017, 10, 31)).contains(&e.date));
    let expected = indicators::actual(c1(&h), in_p2, &indicators::kinds(plan)).total;
    assert!(expected > 0 && expected < 1_161, "P2 is part of the whole");
    let figure = format!("{expected} of 1,400 participants");
    assert!(h.shows(&figure), "P2 shows {figure}");
    assert!(!h.shows("1,161 of 1,400 participants"));

    // An entry in another period leaves P2 alone but counts in P4.
    let entry = event_entry(&h, day(2018, 6, 1), 500);
    h.app.apply(Edit::Log(Change::Add(entry)));
    assert!(h.shows(&figure), "P2 unchanged");
    h.click("Whole project").unwrap();
    assert!(h.shows("1,661 of 1,400 participants"));
    assert!(h.shows("119 %"));
}

#[test]
fn editing_a_target_changes_the_plan_and_undo_restores_it() {
    let mut h = indicators();
    h.click("Edit").expect("the indicator's Edit button");
    assert!(h.shows("Edit indicator"));
    editor(&mut h, EditorMessage::TargetEdited("1,600".into()));
    editor(
        &mut h,
        EditorMessage::PartnerTargetEdited("HES-SO".into(), "120".into()),
    );
    editor(
        &mut h,
        EditorMessage::KindToggled(commplan_core::vocab::Kind::Webinar),
    );
    h.click("Save").expect("the Save button");
    let saved = c1(&h).clone();
    assert_eq!(saved.target, 1_600);
    assert_eq!(saved.partner_targets.get(&"HES-SO".into()), Some(&120));
    assert!(
        saved
            .filter
            .kinds
            .contains(&commplan_core::vocab::Kind::Webinar)
    );
    assert!(!h.shows("Edit indicator"), "the editor closed");
    let actual = indicators::all(&h.app.plan)[0].total;
    assert!(actual > 1_116, "webinars count now");
    let figure = format!(
        "{} of 1,600 participants",
        commplan_core::format::number(actual)
    );
    assert!(h.shows(&figure), "{figure}");

    h.key("z", Modifiers::CTRL);
    let c1 = c1(&h);
    assert_eq!(c1.target, 1_400);
    assert!(!c1.partner_targets.contains_key(&"HES-SO".into()));
    assert!(h.shows("1,161 of 1,400 participants"));
}

#[test]
fn the_editor_refuses_a_taken_code_and_bad_numbers() {
    let mut h = indicators();
    let before = (*h.app.plan).clone();
    h.click("New indicator").unwrap();
    h.type_into(editor::CODE_INPUT, "C.2").unwrap();
    h.type_into(editor::NAME_INPUT, "Visits to the stand")
        .unwrap();
    h.type_into(editor::TARGET_INPUT, "2.5").unwrap();
    assert!(h.shows("Another indicator already has the code C.2."));
    assert!(h.shows("Enter a whole number, such as 250."));
    h.click("Save").unwrap();
    editor(&mut h, EditorMessage::SavePressed); // Enter in a field
    assert_eq!(*h.app.plan, before, "nothing saved");
    assert!(h.shows("What it counts"), "the editor stays open");

    editor(&mut h, EditorMessage::CodeEdited("C.9".into()));
    editor(&mut h, EditorMessage::TargetEdited("250".into()));
    assert!(!h.shows("Another indicator already has the code C.2."));
    h.click("Save").unwrap();
    let added = h.app.plan.indicators.last().unwrap();
    assert_eq!(
        (added.code.as_str(), added.name.as_str(), added.target),
        ("C.9", "Visits to the stand", 250)
    );
    assert_eq!(h.app.plan.indicators.len(), before.indicators.len() + 1);
    assert!(h.shows("C.9 · Visits to the stand"), "the new one is shown");
}

#[test]
fn deleting_asks_first_and_undo_brings_it_back() {
    let mut h = indicators();
    h.click("Delete").unwrap();
    assert!(h.shows("Delete indicator C.1? Ctrl+Z brings it back."));
    h.press(Named::Escape, Modifiers::empty());
    assert!(!h.shows("Delete indicator C.1? Ctrl+Z brings it back."));
    assert!(h.app.plan.indicator(IndicatorId(1)).is_some());

    h.click("Delete").unwrap();
    h.click("Delete indicator").unwrap();
    assert!(h.app.plan.indicator(IndicatorId(1)).is_none());
    assert!(!h.shows("C.1 · Participants in project events"));
    h.key("z", Modifiers::CTRL);
    assert!(h.app.plan.indicator(IndicatorId(1)).is_some());
    assert!(h.shows("C.1 · Participants in project events"));
}

#[test]
fn escape_closes_the_editor_without_saving() {
    let mut h = indicators();
    let before = (*h.app.plan).clone();
    h.click("Edit").unwrap();
    editor(&mut h, EditorMessage::NameEdited("Renamed".into()));
    h.press(Named::Escape, Modifiers::empty());
    assert!(!h.shows("Edit indicator"));
    assert_eq!(*h.app.plan, before);
    assert!(h.shows("C.1 · Participants in project events"));
}

#[test]
fn keys_pick_an_indicator_and_a_period_and_open_the_editor() {
    let mut h = indicators();
    h.press(Named::ArrowDown, Modifiers::empty());
    assert!(h.shows("C.2 · Press coverage"));
    assert!(!h.shows("C.1 · Participants in project events"));
    h.press(Named::ArrowRight, Modifiers::empty());
    assert!(h.shows("1 Nov 2016 – 30 Apr 2017"), "→ picks P1");
    h.press(Named::ArrowRight, Modifiers::empty());
    assert!(h.shows("1 May 2017 – 31 Oct 2017"), "then P2");
    h.press(Named::ArrowLeft, Modifiers::empty());
    h.press(Named::ArrowLeft, Modifiers::empty());
    assert!(
        h.shows("1 Nov 2016 – 30 Apr 2019"),
        "back to the whole project"
    );
    h.press(Named::Enter, Modifiers::empty());
    assert!(h.shows("Edit indicator"));
    editor(
        &mut h,
        EditorMessage::NameEdited("Press and media coverage".into()),
    );
    h.click("Save").unwrap();
    assert_eq!(
        h.app.plan.indicator(IndicatorId(2)).unwrap().name,
        "Press and media coverage"
    );
    h.press(Named::Delete, Modifiers::empty());
    assert!(h.shows("Delete indicator C.2? Ctrl+Z brings it back."));
}

#[test]
fn a_plan_without_indicators_starts_from_an_empty_screen() {
    let mut plan = commplan_core::sample::plan().unwrap();
    plan.indicators.clear();
    let mut h = Harness::with_plan(plan);
    h.click("Indicators").unwrap();
    assert!(h.shows("No indicators yet."));
    h.press(Named::Enter, Modifiers::empty()); // nothing to edit
    assert!(!h.shows("What it counts"));
    h.press(Named::ArrowDown, Modifiers::empty());
    h.key("n", Modifiers::empty());
    assert!(h.shows("What it counts"), "N opens the editor");
    h.type_into(editor::CODE_INPUT, "O.1").unwrap();
    h.type_into(editor::NAME_INPUT, "Newsletter subscribers")
        .unwrap();
    h.type_into(editor::UNIT_INPUT, "subscribers").unwrap();
    h.type_into(editor::TARGET_INPUT, "2 000").unwrap();
    editor(
        &mut h,
        EditorMessage::MeasureChosen(commplan_core::vocab::Measure::Reach),
    );
    editor(
        &mut h,
        EditorMessage::ChannelToggled(commplan_core::vocab::Channel::Newsletter),
    );
    h.click("Save").unwrap();
    let added = &h.app.plan.indicators;
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].target, 2_000);
    assert_eq!(
        added[0].filter.channels,
        vec![commplan_core::vocab::Channel::Newsletter]
    );
    assert!(h.shows("O.1 · Newsletter subscribers"));
    assert!(h.shows("Counts only: Newsletter"));
}
