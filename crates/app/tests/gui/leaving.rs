//! Work in an editor is never dropped: closing the window, opening another
//! plan or leaving a screen with an editor or form holding changes asks
//! (save, discard, go back), and the header counts it as unsaved. A
//! read-only window (the plan open in another) offers no editing control.

use crate::support::{Harness, Mouse};
use crate::walk;

use commplan::app::{App, Message};
use commplan::screen::calendar::{self, Message as CalendarMessage, View};
use commplan::screen::{Screen, deliverables, dissemination, partners};
use iced::keyboard::Modifiers;
use iced::window;

const ASKS: &str = "Save your changes before going on?";

/// The calendar with a new activity's editor holding a typed title.
fn typing_a_new_activity() -> Harness {
    let mut h = Harness::sample();
    h.click("Calendar").unwrap();
    h.click("New activity").unwrap();
    h.type_into(
        calendar::editor::TITLE_INPUT,
        "Press conference in Brussels",
    )
    .unwrap();
    assert!(h.app.calendar.unsaved());
    h
}

fn on_disk(h: &Harness) -> String {
    std::fs::read_to_string(h.plan_file()).unwrap()
}

#[test]
fn a_dirty_editor_asks_before_the_window_closes_and_saves_when_told() {
    let mut h = typing_a_new_activity();
    let before = (*h.app.plan).clone();
    assert!(h.shows("Unsaved changes"), "the header counts the editor");

    h.update(Message::CloseRequested(window::Id::unique()));
    assert!(h.shows(ASKS), "closing asks first");
    assert!(h.shows("Calendar: what you typed is not saved yet."));
    h.click("Go back").unwrap();
    assert!(!h.shows(ASKS));
    assert!(h.app.calendar.unsaved(), "the editor is as it was");
    assert_eq!(*h.app.plan, before);

    h.update(Message::CloseRequested(window::Id::unique()));
    h.click("Save").unwrap();
    assert!(
        h.app
            .plan
            .activities
            .iter()
            .any(|a| a.title == "Press conference in Brussels"),
        "Save saved the editor"
    );
    assert!(
        on_disk(&h).contains("Press conference in Brussels"),
        "and the window's close wrote it to the file"
    );
}

#[test]
fn discard_drops_the_editor_and_closes() {
    let mut h = typing_a_new_activity();
    let before = (*h.app.plan).clone();
    h.update(Message::CloseRequested(window::Id::unique()));
    h.click("Discard changes").unwrap();
    assert!(h.app.calendar.editor.is_none());
    assert_eq!(*h.app.plan, before);
    assert!(!on_disk(&h).contains("Press conference in Brussels"));
}

#[test]
fn opening_another_plan_or_leaving_the_screen_asks_too() {
    let mut h = typing_a_new_activity();
    h.key("o", Modifiers::CTRL);
    assert!(h.shows(ASKS), "Open asks first");
    h.click("Go back").unwrap();
    h.key("n", Modifiers::CTRL);
    assert!(h.shows(ASKS), "New asks first");
    h.click("Go back").unwrap();

    h.click("Partners").unwrap();
    assert!(h.shows(ASKS), "another screen asks first");
    h.click("Go back").unwrap();
    assert_eq!(h.app.screen, Screen::Calendar);
    h.click("Partners").unwrap();
    h.click("Discard changes").unwrap();
    assert_eq!(h.app.screen, Screen::Partners);

    // A half-typed partner, then another screen.
    h.type_into(partners::ID_INPUT, "ZZ").unwrap();
    assert!(h.shows("Unsaved changes"));
    h.click("Calendar").unwrap();
    assert!(h.shows(ASKS));
    assert!(h.shows("Partners: what you typed is not saved yet."));
    h.click("Go back").unwrap();
    assert_eq!(h.app.screen, Screen::Partners);
}

/// A second window on the plan the harness holds: read-only.
fn second_window(first: &Harness) -> Harness {
    let mut app = App::new(
        commplan::config::Paths::under(first.dir.path()),
        commplan::config::Settings::default(),
        commplan_core::Plan::empty("", first.app.plan.project.start),
    );
    app.open_now(first.plan_file());
    assert!(
        app.document.read_only.is_some(),
        "the second window is read-only"
    );
    Harness {
        app,
        dir: tempfile::tempdir().unwrap(),
    }
}

#[test]
fn a_read_only_window_offers_no_enabled_editing_control() {
    let first = Harness::sample();
    let mut h = second_window(&first);
    let before = (*h.app.plan).clone();
    let mut mouse = Mouse::new();
    assert_eq!(
        mouse.count(
            &h,
            "This plan is open in another CommPlan window, so it is read-only here. Use Save As to continue in a copy."
        ),
        1,
        "one banner says so"
    );

    // Calendar: new, duplicate, delete, double click, keys, drag.
    h.click("Calendar").unwrap();
    h.update(Message::Calendar(CalendarMessage::ViewChosen(View::Month)));
    h.update(Message::Calendar(CalendarMessage::DayPicked(
        chrono::NaiveDate::from_ymd_opt(2017, 6, 12).unwrap(),
    )));
    for label in ["New activity", "Duplicate", "Delete"] {
        let _ = h.click(label);
    }
    let title = "Workshop of 29 June announced on the Regione del Veneto website";
    let item = mouse.find(&h, title).expect("the item shows");
    let at = iced::Point::new(item.x + 8.0, item.center_y());
    mouse.double_click_at(&mut h, at);
    assert!(
        h.app
            .calendar
            .editor
            .as_ref()
            .is_none_or(|e| e.is_read_only()),
        "a double click opens no editor that can change the item"
    );
    // It shows the item to read; Close puts it away.
    let _ = h.click("Close");
    assert!(h.app.calendar.editor.is_none());
    mouse.drag(&mut h, at, iced::Point::new(at.x + 300.0, at.y));
    for key in ["n", "d"] {
        h.key(key, Modifiers::empty());
    }
    h.key("d", Modifiers::CTRL);
    h.press(iced::keyboard::key::Named::Delete, Modifiers::empty());
    h.press(iced::keyboard::key::Named::Enter, Modifiers::empty());
    h.press(iced::keyboard::key::Named::ArrowRight, Modifiers::ALT);
    assert!(h.app.calendar.editor.is_none(), "no key opens an editor");
    assert_eq!(*h.app.plan, before, "nothing moved, was added or removed");

    // Deliverables, indicators: no new or edit.
    h.click("Deliverables").unwrap();
    let _ = h.click("New deliverable");
    h.click("Indicators").unwrap();
    for label in ["New indicator", "Edit", "Delete"] {
        let _ = h.click(label);
    }
    assert!(
        !h.app.busy_screens().contains(&Screen::Indicators),
        "no indicator editor"
    );

    // Forms: nothing can be typed or added.
    h.click("Dissemination").unwrap();
    let _ = h.type_into(
        dissemination::form::TITLE_INPUT,
        "Typed in a read-only window",
    );
    let _ = h.click("Add entry");
    h.click("Partners").unwrap();
    let _ = h.type_into(partners::ID_INPUT, "ZZ");
    let _ = h.click("Add");
    assert!(h.app.unsaved_screens().is_empty(), "no form took anything");
    assert!(
        h.app.busy_screens().iter().all(|s| *s == Screen::Calendar),
        "no editor is open: {:?}",
        h.app.busy_screens()
    );
    assert_eq!(*h.app.plan, before);

    // Then every screen, and the forms a click opens there, used all over
    // the way a person would: no control takes an edit.
    h.app.native_dialogs = false;
    walk_every_screen(&mut h, &before);
    drop(first);
}

/// Text fields a read-only window leaves usable: they filter or find,
/// they change nothing.
const LOOKING_FIELDS: [&str; 6] = [
    dissemination::SEARCH_INPUT,
    dissemination::FROM_INPUT,
    dissemination::TO_INPUT,
    deliverables::QUERY_INPUT,
    calendar::JUMP_INPUT,
    calendar::SEARCH_INPUT,
];

/// What a pick list of a read-only window may send: filters.
const LOOKING_LISTS: [&str; 8] = [
    // The progress report's choices: it writes a file, not the plan.
    "Report(",
    "Dissemination(PartnerFiltered",
    "Dissemination(ChannelFiltered",
    "Dissemination(GroupFiltered",
    "Dissemination(PeriodFiltered",
    "Deliverables(ShowPicked",
    "Deliverables(WorkPackagePicked",
    "Deliverables(PartnerPicked",
];

/// Messages that would edit the plan or fill a form.
const EDITING: [&str; 24] = [
    "SavePressed",
    "DeletePressed",
    "NewPressed",
    "DuplicatePressed",
    "RemovePressed",
    "ReassignPressed",
    "OfferAccepted",
    "ImportPressed",
    "EditProjectPressed",
    "FormSubmitted",
    "(Submitted",
    "ContributorToggled",
    "ColorPicked",
    "Ticked(",
    "BulkStatus",
    "StatusPicked",
    "RolePicked",
    "LeadPicked",
    "HeirPicked",
    "MeasureChosen",
    "Dropped(",
    "RemovalConfirmed",
    "SkipPressed",
    "Form(",
];

/// Walks each screen: types into every text field, opens every pick list
/// and takes an option, clicks every text (buttons, rows, chips) of the
/// screen's area, and, after each click that opened a form, does the same
/// to the form's fields. Fails on the first control that takes an edit.
fn walk_every_screen(h: &mut Harness, before: &commplan_core::Plan) {
    let banner = "This plan is open in another CommPlan window, so it is read-only here. Use Save As to continue in a copy.";
    // Each screen (not Settings: the person's, not the plan's), the
    // partners' two tabs each on its own.
    let passes = [
        (Screen::Overview, None),
        (Screen::Calendar, None),
        (Screen::Deliverables, None),
        (Screen::Dissemination, None),
        (Screen::Partners, None),
        (Screen::Partners, Some("Work packages")),
        (Screen::Indicators, None),
    ];
    for (screen, tab) in passes {
        let mouse = &mut Mouse::new();
        h.update(Message::Navigate(screen));
        // As a person finds it: no filter left from before.
        let _ = h.click("Clear filters");
        let mut seen = std::collections::BTreeSet::new();
        match tab {
            Some(tab) => {
                h.click(tab).expect("the tab shows");
                seen.insert("Partners".to_owned());
            }
            None => {
                seen.insert("Work packages".to_owned());
            }
        }
        let top = mouse.find(h, banner).expect("the banner shows").y + 40.0;
        let area = iced::Rectangle::new(
            iced::Point::new(214.0, top),
            iced::Size::new(walk::WINDOW.width - 214.0, walk::WINDOW.height - top),
        );
        // One of each text (the same button on every row acts alike),
        // found anew before each click (what a click opens moves others).
        while seen.len() < 90 {
            let next = mouse
                .controls(h)
                .within(area)
                .texts
                .into_iter()
                .find(|(label, _)| !seen.contains(label));
            let Some((label, bounds)) = next else {
                break;
            };
            seen.insert(label.clone());
            mouse.sent.clear();
            mouse.click_at(h, walk::middle(bounds));
            let sent = std::mem::take(&mut mouse.sent);
            assert!(
                !sent.iter().any(|m| EDITING.iter().any(|e| m.contains(e))),
                "{screen:?}: \"{label}\" is an enabled editing control: {sent:?}"
            );
            refused(h, screen, &label);
            assert_eq!(
                *h.app.plan, *before,
                "{screen:?}: \"{label}\" changed the plan"
            );
            if sent.iter().any(|m| m.contains("NewProjectPressed")) {
                // A new project of its own (another file): not this plan.
                h.click("Cancel").expect("the new project's form closes");
                continue;
            }
            if h.app.screen == screen && h.app.busy_screens().contains(&screen) {
                // A form the click opened (an entry, a deliverable, a
                // partner to look at): its fields are disabled too.
                check_fields(h, mouse, screen, area, before);
            }
            // Back to the screen as it was: dialogs and editors closed.
            mouse.key(h, iced::keyboard::key::Named::Escape);
            mouse.key(h, iced::keyboard::key::Named::Escape);
            if h.app.screen != screen {
                h.update(Message::Navigate(screen));
            }
        }
        // Last, as they may narrow what the screen shows: its own fields
        // and lists (filters are the only ones that answer).
        check_fields(h, mouse, screen, area, before);
    }
}

/// Types into every text field and takes an option of every pick list in
/// `area`: only the looking ones (filters, search, go to date) answer.
fn check_fields(
    h: &mut Harness,
    mouse: &mut Mouse,
    screen: Screen,
    area: iced::Rectangle,
    before: &commplan_core::Plan,
) {
    let controls = mouse.controls(h).within(area);
    for (id, bounds) in controls.inputs {
        let looking = id.as_ref().is_some_and(|id| {
            LOOKING_FIELDS
                .iter()
                .any(|l| *id == iced::advanced::widget::Id::new(l))
        });
        if looking {
            continue;
        }
        mouse.sent.clear();
        mouse.click_at(h, walk::middle(bounds));
        mouse.typewrite(h, "x9");
        mouse.key(h, iced::keyboard::key::Named::Enter);
        let sent = std::mem::take(&mut mouse.sent);
        assert!(
            sent.is_empty(),
            "{screen:?}: the text field {id:?} at {bounds:?} takes input: {sent:?}"
        );
        assert_eq!(*h.app.plan, *before);
    }
    // A form's lists first (they come after the filters in the tree): a
    // filter taken may close the form.
    for bounds in controls.lists.into_iter().rev() {
        mouse.sent.clear();
        walk::pick_an_option(mouse, h, bounds);
        let sent = std::mem::take(&mut mouse.sent);
        assert!(
            sent.iter()
                .all(|m| LOOKING_LISTS.iter().any(|l| m.starts_with(l))),
            "{screen:?}: the pick list at {bounds:?} edits: {sent:?}"
        );
        assert_eq!(*h.app.plan, *before);
        // The filter taken off again, so the next list is where it was.
        let _ = h.click("Clear filters");
    }
}

/// Fails when the app had to refuse an edit (the read-only notice): a
/// control that tried one was enabled.
fn refused(h: &Harness, screen: Screen, label: &str) {
    if let (Some(notice), Some(reason)) = (&h.app.notice, &h.app.document.read_only) {
        assert_ne!(
            notice.text,
            commplan::app::read_only_text(reason),
            "{screen:?}: \"{label}\" tried an edit"
        );
    }
}
