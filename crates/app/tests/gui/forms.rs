//! Forms a person can trust while typing: nothing moves under the pointer
//! when a problem appears, and drop-down lists show their options whole.

use crate::support::{Harness, Mouse};
use crate::walk;

use commplan::screen::indicators;

/// The deliverable editor's code field.
const CODE_INPUT: &str = "deliverable-code";

/// The deliverable editor open on its first deliverable.
fn deliverable_editor() -> Harness {
    let mut h = Harness::sample();
    h.click("Deliverables").unwrap();
    h.click("D.C.1.1").unwrap();
    assert!(h.shows("Edit D.C.1.1"), "the editor opens");
    h
}

#[test]
fn a_deliverables_problem_appears_without_moving_save_or_cancel() {
    let mut h = Harness::sample();
    h.click("Deliverables").unwrap();
    h.click("New deliverable").unwrap();
    let save = h.bounds("Save").expect("Save shows");
    let cancel = h.bounds("Cancel").expect("Cancel shows");
    let link = h.bounds("Link").expect("the link's label shows");
    let problem = "The title is missing.";
    assert!(!h.shows(problem));
    h.type_into(CODE_INPUT, "D.X.1").unwrap();
    h.click("Save").unwrap();
    let shown: Vec<String> = Mouse::new()
        .controls(&h)
        .texts
        .into_iter()
        .map(|t| t.0)
        .collect();
    assert!(h.shows(problem), "the problem is said: {shown:?}");
    assert_eq!(h.bounds("Save"), Some(save), "Save stays under the pointer");
    assert_eq!(h.bounds("Cancel"), Some(cancel));
    assert_eq!(h.bounds("Link"), Some(link), "no field moved");
    // Typing again takes the problem away; still nothing moves.
    h.type_into(CODE_INPUT, "2").unwrap();
    assert!(!h.shows(problem));
    assert_eq!(h.bounds("Save"), Some(save));
}

#[test]
fn an_indicators_problems_appear_while_typing_without_moving_the_fields() {
    let mut h = Harness::sample();
    h.click("Indicators").unwrap();
    h.click("New indicator").unwrap();
    let unit = h.bounds("Unit").expect("the unit's label shows");
    let target = h.bounds("Overall target").expect("the target label shows");
    let save = h.bounds("Save").expect("Save shows");
    // A code typed: the name is now missing and the target is no number.
    h.type_into(indicators::editor::CODE_INPUT, "OI 9").unwrap();
    assert!(h.shows("A name is required."), "the problem shows at once");
    assert_eq!(h.bounds("Unit"), Some(unit), "nothing under it moved");
    assert_eq!(h.bounds("Overall target"), Some(target));
    assert_eq!(h.bounds("Save"), Some(save));
    h.type_into(indicators::editor::NAME_INPUT, "Visits")
        .unwrap();
    assert!(!h.shows("A name is required."), "the problem goes");
    assert_eq!(h.bounds("Unit"), Some(unit), "and nothing moves back");
    assert_eq!(h.bounds("Overall target"), Some(target));
}

#[test]
fn a_pick_list_takes_its_option_the_way_a_person_does() {
    let mut h = deliverable_editor();
    let mut mouse = Mouse::new();
    let lists = mouse.controls(&h).lists;
    let editor_lists: Vec<_> = lists
        .into_iter()
        .filter(|b| b.x > 800.0 && b.y > 300.0)
        .collect();
    assert_eq!(editor_lists.len(), 3, "work package, lead, status");
    let list = editor_lists[0];
    mouse.sent.clear();
    walk::pick_an_option(&mut mouse, &mut h, list);
    assert!(
        mouse
            .sent
            .iter()
            .any(|m| m.starts_with("Deliverables(Editor(") && m.contains("Picked(")),
        "{:?}",
        mouse.sent
    );
}

#[test]
fn the_deliverable_editors_buttons_stay_in_the_window_while_its_fields_scroll() {
    let mut h = Harness::sample();
    h.click("Deliverables").unwrap();
    h.click("Communication strategy").unwrap();
    // A small laptop's window: the fields scroll, the buttons stay.
    let window = iced::Size::new(1280.0, 640.0);
    for button in ["Delete", "Cancel", "Save"] {
        let at = h.bounds_in(window, button).expect("the button shows");
        assert!(
            at.y + at.height <= window.height,
            "{button} at {at:?} is below the {window:?} window"
        );
    }
}
