//! The columns of a dissemination log spreadsheet, and their header names
//! in English and in the partners' languages.

use super::words::key;

/// A column CommPlan reads. The English names are stable: the template
/// writes them and the importer always understands them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
                "day",
                "when",
                "data",
                "giorno",
                "datum",
                "tag",
                "jour",
                "dan",
                "date of publication",
                "publication date",
                "data pubblicazione",
                "data di pubblicazione",
                "data evento",
                "datum der veroffentlichung",
                "veroffentlichungsdatum",
                "date de publication",
                "datum objave",
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
                "ente",
                "organizzazione",
                "organisation partenaire",
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
                "canale di comunicazione",
                "kommunikationskanal",
                "canal de communication",
                "communication channel",
                "komunikacijski kanal",
                "tipo",
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
                "persons reached",
                "audience reached",
                "reached",
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
                "numero di partecipanti",
                "anzahl teilnehmende",
                "anzahl der teilnehmenden",
                "participants number",
                "no of participants",
                "st udelezencev",
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
        let exact = Column::ALL.into_iter().find(|column| {
            key(column.name()) == folded || column.aliases().iter().any(|a| key(a) == folded)
        });
        exact.or_else(|| Self::within(&folded))
    }

    /// A header of a few words that holds a column's name: "Data
    /// pubblicazione", "Canale di comunicazione", "Kommunikationskanal"
    /// (a German compound ending in one). The name found first in the
    /// header wins; on a tie, the longer.
    fn within(folded: &str) -> Option<Column> {
        let words: Vec<&str> = folded.split(' ').collect();
        if words.len() > 6 {
            return None;
        }
        let mut best: Option<(usize, usize, Column)> = None;
        for column in Column::ALL {
            let name = key(column.name());
            let aliases = column.aliases().iter().map(|a| key(a));
            for alias in std::iter::once(name).chain(aliases) {
                let parts: Vec<&str> = alias.split(' ').collect();
                let found = words
                    .windows(parts.len())
                    .position(|w| w == parts.as_slice());
                let found = found.or_else(|| {
                    // A compound: "kommunikationskanal" ends in "kanal".
                    (parts.len() == 1 && alias.len() >= 4)
                        .then(|| {
                            words
                                .iter()
                                .position(|w| w.len() > alias.len() && w.ends_with(&alias))
                        })
                        .flatten()
                });
                if let Some(at) = found {
                    let better = best.is_none_or(|(b_at, b_len, _)| {
                        at < b_at || (at == b_at && alias.len() > b_len)
                    });
                    if better {
                        best = Some((at, alias.len(), column));
                    }
                }
            }
        }
        best.map(|(_, _, column)| column)
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
        for (header, column) in [
            ("Data pubblicazione", Column::Date),
            ("Datum der Veröffentlichung", Column::Date),
            ("Canale di comunicazione", Column::Channel),
            ("Kommunikationskanal", Column::Channel),
            ("Numero di partecipanti", Column::Participants),
            ("Anzahl Teilnehmende", Column::Participants),
            ("Nombre de participants", Column::Participants),
            ("Število udeležencev", Column::Participants),
            ("Title of the activity", Column::Title),
            ("Titolo dell'evento", Column::Title),
            ("Link alla documentazione", Column::Link),
        ] {
            assert_eq!(Column::from_header(header), Some(column), "{header}");
        }
        assert_eq!(Column::from_header("Budget"), None);
        assert_eq!(
            Column::from_header("Dissemination log of the partnership 2018"),
            None
        );
        assert_eq!(Column::from_header(""), None);
    }
}
