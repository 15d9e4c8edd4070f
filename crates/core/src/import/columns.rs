//! The columns of a dissemination log spreadsheet, and their header names
//! in English and in the partners' languages.

use super::words::key;

/// A column CommPlan reads. The English names are stable: the template
/// writes them and the importer always understands them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Date,
    Partner,
    Channel,
    Title,
    TargetGroup,
    Reach,
    Participants,
    Language,
    Link,
    Notes,
    Activity,
}

impl Column {
    /// Every column, in the template's order.
    pub const ALL: [Column; 11] = [
        Column::Date,
        Column::Partner,
        Column::Channel,
        Column::Title,
        Column::TargetGroup,
        Column::Reach,
        Column::Participants,
        Column::Language,
        Column::Link,
        Column::Notes,
        Column::Activity,
    ];

    /// The column's header in the template.
    pub fn name(self) -> &'static str {
        match self {
            Column::Date => "date",
            Column::Partner => "partner",
            Column::Channel => "channel",
            Column::Title => "title",
            Column::TargetGroup => "target_group",
            Column::Reach => "reach",
            Column::Participants => "participants",
            Column::Language => "language",
            Column::Link => "link",
            Column::Notes => "notes",
            Column::Activity => "activity",
        }
    }

    /// Other names people give the column: English variants, then Italian,
    /// German, French and Slovenian.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Date => &[
                "day", "when", "data", "giorno", "datum", "tag", "jour", "dan",
            ],
            Column::Partner => &[
                "partner id",
                "organisation",
                "organization",
                "project partner",
                "pp",
                "partner di progetto",
                "projektpartner",
                "partenaire",
                "partnerji",
            ],
            Column::Channel => &[
                "medium",
                "media",
                "type",
                "canale",
                "mezzo",
                "kanal",
                "medium typ",
                "canal",
                "support",
                "kanal komunikacije",
            ],
            Column::Title => &[
                "name",
                "what",
                "subject",
                "description",
                "titolo",
                "oggetto",
                "descrizione",
                "titel",
                "bezeichnung",
                "beschreibung",
                "titre",
                "intitule",
                "naslov",
                "opis",
            ],
            Column::TargetGroup => &[
                "target",
                "target groups",
                "audience",
                "gruppo target",
                "gruppo destinatario",
                "gruppi target",
                "destinatari",
                "pubblico",
                "zielgruppe",
                "zielgruppen",
                "groupe cible",
                "public cible",
                "cible",
                "ciljna skupina",
                "ciljne skupine",
            ],
            Column::Reach => &[
                "people reached",
                "audience size",
                "copies",
                "persone raggiunte",
                "raggiungimento",
                "copertura",
                "reichweite",
                "erreichte personen",
                "portee",
                "personnes atteintes",
                "doseg",
                "dosezene osebe",
            ],
            Column::Participants => &[
                "attendees",
                "number of participants",
                "partecipanti",
                "numero partecipanti",
                "teilnehmer",
                "teilnehmende",
                "teilnehmerzahl",
                "participants",
                "nombre de participants",
                "udelezenci",
                "stevilo udelezencev",
            ],
            Column::Language => &["lang", "lingua", "sprache", "langue", "jezik"],
            Column::Link => &[
                "url",
                "evidence",
                "web link",
                "collegamento",
                "evidenza",
                "verweis",
                "nachweis",
                "lien",
                "preuve",
                "povezava",
                "dokazilo",
            ],
            Column::Notes => &[
                "note",
                "remarks",
                "comments",
                "comment",
                "commenti",
                "osservazioni",
                "anmerkungen",
                "notizen",
                "bemerkungen",
                "remarques",
                "commentaires",
                "opombe",
                "komentarji",
            ],
            Column::Activity => &[
                "activity id",
                "attivita",
                "id attivita",
                "aktivitat",
                "aktivitats id",
                "activite",
                "aktivnost",
            ],
        }
    }

    /// The column a header cell names, if any. Hints in brackets and
    /// required-field marks are ignored: "Datum (TT.MM.JJJJ) *" is a date.
    pub fn from_header(header: &str) -> Option<Column> {
        let without_hint = match header.find(['(', '[']) {
            Some(at) if at > 0 => &header[..at],
            _ => header,
        };
        let folded = key(without_hint);
        if folded.is_empty() {
            return None;
        }
        Column::ALL.into_iter().find(|column| {
            key(column.name()) == folded || column.aliases().iter().any(|a| key(a) == folded)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_names_and_the_partners_languages() {
        for column in Column::ALL {
            assert_eq!(Column::from_header(column.name()), Some(column));
        }
        assert_eq!(Column::from_header("Datum"), Some(Column::Date));
        assert_eq!(Column::from_header("DATA"), Some(Column::Date));
        assert_eq!(Column::from_header("Partenaire"), Some(Column::Partner));
        assert_eq!(Column::from_header("canale"), Some(Column::Channel));
        assert_eq!(Column::from_header("Kanal"), Some(Column::Channel));
        assert_eq!(Column::from_header("titre"), Some(Column::Title));
        assert_eq!(Column::from_header("Naslov"), Some(Column::Title));
        assert_eq!(
            Column::from_header("Target group"),
            Some(Column::TargetGroup)
        );
        assert_eq!(Column::from_header("Zielgruppe"), Some(Column::TargetGroup));
        assert_eq!(
            Column::from_header("Teilnehmende"),
            Some(Column::Participants)
        );
        assert_eq!(
            Column::from_header("Udeleženci"),
            Some(Column::Participants)
        );
        assert_eq!(Column::from_header("Attività"), Some(Column::Activity));
        assert_eq!(
            Column::from_header("Datum (TT.MM.JJJJ) *"),
            Some(Column::Date)
        );
        assert_eq!(Column::from_header("Budget"), None);
        assert_eq!(Column::from_header(""), None);
    }
}
