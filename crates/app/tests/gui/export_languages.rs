//! Exports in each partner's language (issue 19): one partner's export
//! defaults to its language, "Export for every partner" writes each file in
//! that partner's language, and the dialog remembers its last choices.

use crate::support as gui;

use commplan::app::{Message, export};
use commplan_core::PartnerId;
use gui::Harness;
use iced::keyboard::Modifiers;

#[test]
fn one_partner_defaults_to_its_language_and_the_dialog_remembers() {
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    h.key("e", Modifiers::CTRL);
    h.update(Message::Export(export::Message::PartnerPicked(Some(
        PartnerId::new("BIZUP"),
    ))));
    assert_eq!(h.app.export_dialog().unwrap().language, "de");
    h.update(Message::Export(export::Message::DeliverablesToggled(false)));
    h.update(Message::Export(export::Message::Closed));
    h.key("e", Modifiers::CTRL);
    let dialog = h.app.export_dialog().unwrap();
    assert_eq!(dialog.partner, Some(PartnerId::new("BIZUP")));
    assert_eq!(dialog.language, "de");
    assert!(!dialog.deliverables, "the last choices come back");
    // And they are in the settings for the next start.
    h.update(Message::Export(export::Message::Closed));
    h.settle_settings();
    let settings = std::fs::read_to_string(h.app.paths.settings_file()).unwrap();
    assert!(settings.contains("\"BIZUP\""), "{settings}");
    let choices = h.app.settings.export.clone().unwrap();
    let again = export::Export::from_choices(&choices, "en".into());
    assert_eq!(again.partner, Some(PartnerId::new("BIZUP")));
    assert_eq!(again.language, "de");
    assert!(!again.deliverables);
}

#[test]
fn every_partner_gets_its_file_in_its_language() {
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    h.key("e", Modifiers::CTRL);
    let folder = h.dir.path().join("calendars");
    std::fs::create_dir_all(&folder).unwrap();
    h.update(Message::Export(export::Message::FolderPicked(Some(
        folder.clone(),
    ))));
    let read = |partner: &str| {
        std::fs::read_to_string(folder.join(format!("s3-4alpclusters-{partner}.ics")))
            .unwrap_or_else(|e| panic!("{partner}: {e}"))
    };
    assert!(read("bizup").contains("CATEGORIES:Frist"));
    assert!(read("ven").contains("CATEGORIES:Scadenza"));
    assert!(read("ufc").contains("CATEGORIES:Échéance"));
    assert!(read("poly4emi").contains("CATEGORIES:Rok"));
}
