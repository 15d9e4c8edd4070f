//! The words an import mapped for a partner (issue 18), seen and forgotten
//! in the partner's editor on the Partners screen: kept in the settings,
//! so forgetting one changes no plan, and the partner's next file asks
//! about the word again.

use crate::support as gui;

use std::path::Path;

use commplan::app::import::{Mapped, Message as ImportMessage};
use commplan::app::{DialogMessage, Message};
use commplan::screen::Screen;
use commplan_core::PartnerId;
use commplan_core::import::Vocab;
use commplan_core::vocab::Channel;
use gui::Harness;

fn open(h: &mut Harness, path: &Path) {
    h.click("Import…").expect("the import button");
    h.update(Message::Dialog(DialogMessage::PathEdited(
        path.display().to_string(),
    )));
    h.update(Message::Dialog(DialogMessage::PathConfirmed));
    h.update(Message::Import(ImportMessage::PartnerChosen(Some(
        PartnerId::new("VEN"),
    ))));
}

#[test]
fn a_word_remembered_for_a_partner_is_forgotten_from_its_editor() {
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    h.click("Dissemination")
        .expect("the sidebar leads to the log");
    let write = |name: &str, title: &str| {
        let path = h.dir.path().join(name);
        std::fs::write(
            &path,
            format!("date,channel,title\n2018-03-05,Piccione viaggiatore,{title}\n"),
        )
        .unwrap();
        path
    };
    let first = write("first.csv", "Primo messaggio");
    let second = write("second.csv", "Secondo messaggio");
    open(&mut h, &first);
    h.update(Message::Import(ImportMessage::Mapped(
        Vocab::Channel,
        "piccione viaggiatore".into(),
        Mapped::Channel(Channel::Other),
    )));
    h.click("Import one row").unwrap();
    let ven = PartnerId::new("VEN");
    assert!(h.app.settings.import_mappings.contains_key(ven.as_str()));

    // The partner's editor lists the word.
    h.click(&Screen::Partners.title()).unwrap();
    let name = h.app.plan.partner(&ven).unwrap().name.clone();
    h.click(&name).unwrap();
    assert!(h.shows("Words remembered from this partner's files"));
    assert!(
        h.shows("Channel: “piccione viaggiatore” → Other"),
        "the word and what it stands for"
    );

    // Forgetting it changes the settings, not the plan.
    let plan = h.app.plan.clone();
    h.click("Forget “piccione viaggiatore”").unwrap();
    assert_eq!(h.app.plan, plan, "the plan is untouched");
    assert!(
        !h.app.settings.import_mappings.contains_key(ven.as_str()),
        "{:?}",
        h.app.settings.import_mappings
    );
    assert!(h.shows("No words remembered yet."));
    h.settle_settings();
    let settings = std::fs::read_to_string(h.app.paths.settings_file()).unwrap();
    assert!(!settings.contains("piccione"), "{settings}");

    // The partner's next file asks about the word again.
    h.click("Dissemination").unwrap();
    open(&mut h, &second);
    assert!(h.shows("One rejected"));
    assert!(
        h.shows("“Piccione viaggiatore” (rows: 1)"),
        "the word is offered for mapping again"
    );
}
