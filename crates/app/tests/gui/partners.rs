//! The Partners screen, driven like a person would: add, edit, refuse to
//! remove a partner in use, hand its items over and remove it; work
//! packages with their deliverables.

use crate::support as gui;

use commplan::app::Message;
use commplan::screen::{Screen, partners};
use commplan_core::{PartnerId, WorkPackageId, check, validate};
use gui::Harness;
use iced::keyboard::Modifiers;
use iced::keyboard::key::Named;

fn form(message: partners::FormMessage) -> Message {
    Message::Partners(partners::Message::Form(message))
}

#[test]
fn adding_a_partner_through_the_form_with_every_field() {
    let mut h = Harness::sample();
    h.click(&Screen::Partners.title()).unwrap();
    h.type_into(partners::ID_INPUT, "ccia").unwrap();
    h.type_into(partners::NAME_INPUT, "Camera di commercio di Venezia")
        .unwrap();
    h.type_into(partners::SHORT_NAME_INPUT, "CCIA Venezia")
        .unwrap();
    h.type_into(partners::COUNTRY_INPUT, "it").unwrap();
    h.type_into(partners::CONTACT_INPUT, "Maria Rossi").unwrap();
    h.type_into(partners::EMAIL_INPUT, "maria@example.org")
        .unwrap();
    h.type_into(partners::LANGUAGES_INPUT, "it, EN").unwrap();
    h.click("Add").unwrap();

    let added = h
        .app
        .plan
        .partner(&PartnerId::new("CCIA"))
        .expect("the partner was added")
        .clone();
    assert_eq!(added.short_name, "CCIA Venezia");
    assert_eq!(added.contact_name, "Maria Rossi");
    assert_eq!(added.contact_email, "maria@example.org");
    let languages: Vec<String> = added.languages.iter().map(|l| l.to_string()).collect();
    assert_eq!(languages, ["it", "en"]);
    assert!(h.shows("CCIA Venezia"), "the table lists it");
    assert!(h.shows("maria@example.org"));
}

#[test]
fn editing_a_partner_opens_it_in_the_form_and_saves_changes() {
    let mut h = Harness::sample();
    h.click(&Screen::Partners.title()).unwrap();
    let ven = h.app.plan.partner(&PartnerId::new("VEN")).unwrap().clone();
    h.click(&ven.name).unwrap();
    assert!(h.shows("Edit Veneto Region"), "the form is on VEN");
    assert!(h.shows("What this partner owes"));
    h.update(form(partners::FormMessage::EmailChanged(
        "press.ven@example.org".into(),
    )));
    h.update(form(partners::FormMessage::ColorPicked(
        commplan_core::value::Color::PALETTE[4],
    )));
    h.click("Save").unwrap();

    let saved = h.app.plan.partner(&PartnerId::new("VEN")).unwrap();
    assert_eq!(saved.contact_email, "press.ven@example.org");
    assert_eq!(saved.color, commplan_core::value::Color::PALETTE[4]);
    assert_eq!(saved.name, ven.name, "the rest is kept");
    assert!(h.shows("Add a partner"), "the form is empty again");

    // Escape leaves a partner open in the form without saving it.
    h.click(&ven.name).unwrap();
    h.update(form(partners::FormMessage::EmailChanged(
        "never@example.org".into(),
    )));
    h.press(Named::Escape, Modifiers::empty());
    assert!(h.shows("Add a partner"), "the form is empty again");
    let kept = h.app.plan.partner(&PartnerId::new("VEN")).unwrap();
    assert_eq!(kept.contact_email, "press.ven@example.org");
}

#[test]
fn removing_a_partner_in_use_is_refused_then_handed_over_and_removed() {
    let mut h = Harness::sample();
    h.click(&Screen::Partners.title()).unwrap();
    let from = PartnerId::new("VEN");
    let to = PartnerId::new("HES-SO");
    let before = (*h.app.plan).clone();
    let uses = validate::partner_uses(&before, &from);
    assert!(uses.deliverables > 0 && uses.entries > 0);

    h.update(Message::Partners(partners::Message::RemovePressed(
        from.clone(),
    )));
    assert_eq!(*h.app.plan, before, "nothing was removed");
    assert!(h.shows("VEN cannot be removed yet"));
    let says = format!("Partner “VEN” is still used by {uses}.");
    assert!(says.contains(&format!("{} deliverables", uses.deliverables)));
    assert!(h.shows(&says), "the refusal names what it owns: {says}");

    h.update(Message::Partners(partners::Message::HeirPicked(to.clone())));
    h.click("Hand over and remove VEN").unwrap();

    let plan = &*h.app.plan;
    assert!(plan.partner(&from).is_none(), "VEN is gone");
    let led = before
        .deliverables
        .iter()
        .filter(|d| d.lead == from)
        .count();
    let led_by_heir_before = before.deliverables.iter().filter(|d| d.lead == to).count();
    assert_eq!(
        plan.deliverables.iter().filter(|d| d.lead == to).count(),
        led + led_by_heir_before,
        "its deliverables went to HES-SO"
    );
    assert!(validate::partner_uses(plan, &from).is_empty());
    let dangling: Vec<_> = check::plan(plan)
        .into_iter()
        .filter(|f| f.to_string().contains("VEN"))
        .collect();
    assert!(dangling.is_empty(), "no dangling references: {dangling:?}");
    assert!(!h.shows("VEN cannot be removed yet"));

    // One undo brings everything back.
    h.key("z", iced::keyboard::Modifiers::CTRL);
    assert_eq!(*h.app.plan, before);
}

#[test]
fn a_partner_nobody_uses_is_removed_at_once() {
    let mut h = Harness::sample();
    h.click(&Screen::Partners.title()).unwrap();
    h.type_into(partners::ID_INPUT, "TMP").unwrap();
    h.type_into(partners::NAME_INPUT, "Temporary").unwrap();
    h.type_into(partners::COUNTRY_INPUT, "AT").unwrap();
    h.click("Add").unwrap();
    assert!(h.app.plan.partner(&PartnerId::new("TMP")).is_some());
    h.update(Message::Partners(partners::Message::RemovePressed(
        PartnerId::new("TMP"),
    )));
    assert!(h.app.plan.partner(&PartnerId::new("TMP")).is_none());
    assert!(!h.shows("Temporary"));
}

#[test]
fn work_packages_list_their_deliverables_and_can_be_edited() {
    let mut h = Harness::sample();
    h.click(&Screen::Partners.title()).unwrap();
    h.click("Work packages").unwrap();
    let wp = h.app.plan.work_packages[0].clone();
    h.update(Message::Partners(partners::Message::WorkPackages(
        partners::WorkPackageMessage::Selected(wp.id.clone()),
    )));
    let first = h
        .app
        .plan
        .deliverables
        .iter()
        .find(|d| d.work_package == wp.id)
        .expect("the work package has deliverables")
        .clone();
    assert!(h.shows(&format!("Deliverables of {}", wp.id)));
    assert!(h.shows(&first.code), "its deliverables are listed");

    h.type_into(partners::WP_TITLE_INPUT, " (revised)").unwrap();
    h.click("Save").unwrap();
    let saved = h.app.plan.work_package(&wp.id).unwrap();
    assert_eq!(saved.title, format!("{} (revised)", wp.title));

    // Escape lets go of a work package open in the form, unsaved.
    h.update(Message::Partners(partners::Message::WorkPackages(
        partners::WorkPackageMessage::Selected(wp.id.clone()),
    )));
    h.type_into(partners::WP_TITLE_INPUT, " (draft)").unwrap();
    h.press(Named::Escape, Modifiers::empty());
    assert!(
        !h.shows(&format!("Deliverables of {}", wp.id)),
        "the form is empty again"
    );
    let kept = h.app.plan.work_package(&wp.id).unwrap().clone();
    assert_eq!(kept.title, format!("{} (revised)", wp.title));

    // A work package in use cannot go.
    let before = (*h.app.plan).clone();
    h.update(Message::Partners(partners::Message::WorkPackages(
        partners::WorkPackageMessage::RemovePressed(wp.id.clone()),
    )));
    assert_eq!(*h.app.plan, before);
    let says = format!(
        "Work package “{}” is still used by {}.",
        wp.id,
        validate::work_package_uses(&before, &wp.id)
    );
    assert!(h.shows(&says));
    // Said under the work package whose removal was asked, not in the
    // form for a new one.
    let refusal = h.bounds(&says).unwrap();
    let entry = h.bounds(&kept.title).unwrap();
    assert!(
        refusal.y > entry.y && refusal.y - entry.y < 80.0,
        "the refusal {refusal:?} sits under its work package {entry:?}"
    );

    // A new one is added.
    h.type_into(partners::WP_ID_INPUT, "WP X").unwrap();
    h.type_into(partners::WP_TITLE_INPUT, "Exploitation")
        .unwrap();
    h.click("Add").unwrap();
    assert!(
        h.app
            .plan
            .work_package(&WorkPackageId::new("WP X"))
            .is_some()
    );
}

#[test]
fn show_in_deliverables_opens_the_per_partner_view() {
    let mut h = Harness::sample();
    h.click(&Screen::Partners.title()).unwrap();
    h.click("Veneto Region").unwrap();
    assert!(h.shows("What this partner owes"));
    h.click("Show in Deliverables").unwrap();
    assert_eq!(h.app.screen, Screen::Deliverables);
    assert!(h.shows("Clear filters"), "the partner filter is set");
    let shown = h
        .app
        .plan
        .deliverables
        .iter()
        .filter(|d| d.partners().any(|p| p.as_str() == "VEN"))
        .count();
    assert!(h.shows(&format!(
        "{shown} of {} shown",
        h.app.plan.deliverables.len()
    )));
}

#[test]
fn an_empty_country_is_named_as_missing_not_as_a_bad_code() {
    let mut h = Harness::sample();
    h.click("Partners").unwrap();
    h.type_into(partners::ID_INPUT, "ZZ").unwrap();
    h.type_into(partners::NAME_INPUT, "Zed agency").unwrap();
    h.update(form(partners::FormMessage::Submitted));
    assert!(h.shows("The country is missing: write its two-letter code, such as IT or AT."));
    assert!(!h.shows("“” is not a two-letter country code such as IT or AT."));
}

#[test]
fn removing_a_partner_keeps_the_list_where_it_was_scrolled() {
    let mut h = Harness::sample();
    h.click(&Screen::Partners.title()).unwrap();
    let mut mouse = gui::Mouse::new();
    // The list scrolled down a little, as a person would.
    let first = mouse.find(&h, "HES-SO//FR").expect("the first partner");
    mouse.wheel(
        &mut h,
        iced::Point::new(first.center_x(), first.y + 40.0),
        -120.0,
    );
    let kept = "Trentino Innovation Hub";
    let before = mouse.find(&h, kept).expect("a partner in view");
    // VENINN goes, after its items are handed to VEN.
    h.update(Message::Partners(partners::Message::RemovePressed(
        PartnerId::new("VENINN"),
    )));
    mouse.wait(&mut h);
    h.update(Message::Partners(partners::Message::HeirPicked(
        PartnerId::new("VEN"),
    )));
    h.update(Message::Partners(partners::Message::ReassignPressed));
    mouse.wait(&mut h);
    assert!(h.app.plan.partner(&PartnerId::new("VENINN")).is_none());
    let after = mouse.find(&h, kept).expect("still in view");
    assert_eq!(after.y, before.y, "the list kept its place");
}
