//! The words partners write in their spreadsheets for channels, target
//! groups and languages: slugs, English labels, and labels in Italian,
//! German, French and Slovenian. Kept here, not in Fluent, because the
//! importer must read every language whatever the interface shows.

use crate::value::Lang;
use crate::vocab::{Channel, TargetGroup};

/// The form a spreadsheet's word is looked up by: [`crate::text::fold`] (lower
/// case, accents off), then every run of characters other than letters and
/// digits as one space, with none at either end: "E-Mail" and "e mail",
/// "Société" and "SOCIETE", "(public) service" and "public service" are
/// the same key.
pub fn key(text: &str) -> String {
    let folded = crate::text::fold(text);
    let mut out = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

pub(super) const CHANNELS: &[(Channel, &[&str])] = &[
    (
        Channel::Website,
        &[
            "website",
            "web",
            "web site",
            "homepage",
            "internet",
            "website update",
            "sito web",
            "sito",
            "sito internet",
            "pagina web",
            "webseite",
            "internetseite",
            "web seite",
            "site web",
            "site internet",
            "page web",
            "spletna stran",
            "splet",
            "spletisce",
        ],
    ),
    (
        Channel::SocialMedia,
        &[
            "social media",
            "social",
            "social network",
            "social networks",
            "social media post",
            "social post",
            "facebook",
            "twitter",
            "linkedin",
            "instagram",
            "mastodon",
            "social network post",
            "rete sociale",
            "reti sociali",
            "post social",
            "soziale medien",
            "soziale netzwerke",
            "social media beitrag",
            "reseaux sociaux",
            "medias sociaux",
            "reseau social",
            "druzbena omrezja",
            "druzbeni mediji",
            "druzbena omrezje",
        ],
    ),
    (
        Channel::Newsletter,
        &[
            "newsletter",
            "newsletters",
            "news letter",
            "e newsletter",
            "notiziario",
            "rundbrief",
            "rundschreiben",
            "lettre d information",
            "infolettre",
            "bulletin",
            "lettre d info",
            "e novice",
            "novicnik",
            "glasilo",
        ],
    ),
    (
        Channel::Press,
        &[
            "press",
            "press and media",
            "media",
            "press release",
            "article",
            "news",
            "tv",
            "radio",
            "newspaper",
            "stampa",
            "stampa e media",
            "comunicato stampa",
            "articolo",
            "giornale",
            "presse",
            "presse und medien",
            "medien",
            "pressemitteilung",
            "zeitung",
            "artikel",
            "presse et medias",
            "medias",
            "communique de presse",
            "journal",
            "tisk",
            "tisk in mediji",
            "mediji",
            "sporocilo za javnost",
            "clanek",
        ],
    ),
    (
        Channel::Event,
        &[
            "event",
            "events",
            "meeting",
            "workshop",
            "conference",
            "seminar",
            "webinar",
            "fair",
            "training",
            "evento",
            "eventi",
            "incontro",
            "riunione",
            "convegno",
            "conferenza",
            "seminario",
            "fiera",
            "veranstaltung",
            "konferenz",
            "tagung",
            "sitzung",
            "messe",
            "schulung",
            "evenement",
            "atelier",
            "conference",
            "seminaire",
            "reunion",
            "salon",
            "dogodek",
            "delavnica",
            "konferenca",
            "srecanje",
            "sejem",
        ],
    ),
    (
        Channel::Publication,
        &[
            "publication",
            "brochure",
            "leaflet",
            "flyer",
            "report",
            "poster",
            "book",
            "paper",
            "pubblicazione",
            "opuscolo",
            "volantino",
            "rapporto",
            "manifesto",
            "publikation",
            "veroffentlichung",
            "broschure",
            "bericht",
            "plakat",
            "depliant",
            "rapport",
            "affiche",
            "publikacija",
            "objava",
            "brosura",
            "letak",
            "porocilo",
            "plakat",
        ],
    ),
    (
        Channel::Video,
        &[
            "video",
            "videos",
            "youtube",
            "film",
            "vimeo",
            "filmato",
            "videoposnetek",
            "posnetek",
        ],
    ),
    (
        Channel::Email,
        &[
            "email",
            "e mail",
            "mail",
            "mailing",
            "mailing list",
            "posta elettronica",
            "posta",
            "courriel",
            "mel",
            "e posta",
            "elektronska posta",
        ],
    ),
    (
        Channel::Other,
        &[
            "other",
            "others",
            "misc",
            "altro",
            "altri",
            "sonstiges",
            "andere",
            "anderes",
            "autre",
            "autres",
            "drugo",
        ],
    ),
];

pub(super) const TARGET_GROUPS: &[(TargetGroup, &[&str])] = &[
    (
        TargetGroup::LocalAuthority,
        &[
            "local public authority",
            "local authority",
            "municipality",
            "autorita pubblica locale",
            "ente locale",
            "autorita locale",
            "comune",
            "lokale offentliche behorde",
            "lokale behorde",
            "gemeinde",
            "kommune",
            "autorite publique locale",
            "collectivite locale",
            "commune",
            "lokalni javni organ",
            "lokalna oblast",
            "obcina",
        ],
    ),
    (
        TargetGroup::RegionalAuthority,
        &[
            "regional public authority",
            "regional authority",
            "region",
            "autorita pubblica regionale",
            "ente regionale",
            "regione",
            "regionale offentliche behorde",
            "regionale behorde",
            "land",
            "autorite publique regionale",
            "collectivite regionale",
            "regionalni javni organ",
            "regija",
        ],
    ),
    (
        TargetGroup::NationalAuthority,
        &[
            "national public authority",
            "national authority",
            "ministry",
            "autorita pubblica nazionale",
            "ministero",
            "nationale offentliche behorde",
            "nationale behorde",
            "ministerium",
            "autorite publique nationale",
            "ministere",
            "nacionalni javni organ",
            "ministrstvo",
        ],
    ),
    (
        TargetGroup::SectoralAgency,
        &[
            "sectoral agency",
            "agency",
            "agenzia settoriale",
            "agenzia",
            "sektorale agentur",
            "fachagentur",
            "agentur",
            "agence sectorielle",
            "agence",
            "sektorska agencija",
            "agencija",
        ],
    ),
    (
        TargetGroup::ServiceProvider,
        &[
            "infrastructure and public service provider",
            "infrastructure and service provider",
            "service provider",
            "fornitore di infrastrutture e servizi pubblici",
            "fornitore di infrastrutture e servizi",
            "fornitore di servizi",
            "infrastruktur und offentlicher dienstleistungsanbieter",
            "infrastruktur und dienstleistungsanbieter",
            "dienstleister",
            "dienstleistungsanbieter",
            "fournisseur d infrastructures et de services publics",
            "fournisseur d infrastructures et de services",
            "fournisseur de services",
            "ponudnik infrastrukture in javnih storitev",
            "ponudnik infrastrukture in storitev",
            "ponudnik storitev",
        ],
    ),
    (
        TargetGroup::InterestGroups,
        &[
            "interest groups including ngos",
            "interest groups",
            "interest group",
            "ngo",
            "ngos",
            "gruppi di interesse incluse ong",
            "gruppi di interesse",
            "ong",
            "associazioni",
            "interessengruppen einschliesslich ngos",
            "interessengruppen",
            "ngo s",
            "verbande",
            "groupes d interet y compris ong",
            "groupes d interet",
            "associations",
            "interesne skupine vkljucno z nvo",
            "interesne skupine",
            "nvo",
            "nevladne organizacije",
        ],
    ),
    (
        TargetGroup::HigherEducation,
        &[
            "higher education and research",
            "higher education",
            "research",
            "university",
            "universities",
            "istruzione superiore e ricerca",
            "universita e ricerca",
            "universita",
            "ricerca",
            "hochschule und forschung",
            "hochschulen und forschung",
            "hochschule",
            "universitat",
            "forschung",
            "enseignement superieur et recherche",
            "universite",
            "recherche",
            "visoko solstvo in raziskave",
            "visoko solstvo",
            "univerza",
            "raziskave",
        ],
    ),
    (
        TargetGroup::EducationCentre,
        &[
            "education training centre and school",
            "education centre",
            "school",
            "schools",
            "training centre",
            "centro di istruzione formazione e scuola",
            "centro di formazione",
            "scuola",
            "scuole",
            "bildungs ausbildungszentrum und schule",
            "bildungszentrum",
            "schule",
            "schulen",
            "centre d education formation et ecole",
            "centre de formation",
            "ecole",
            "ecoles",
            "izobrazevalni center in sola",
            "izobrazevalni center",
            "sola",
            "sole",
        ],
    ),
    (
        TargetGroup::Enterprise,
        &[
            "enterprise and sme",
            "enterprise",
            "enterprises",
            "sme",
            "smes",
            "business",
            "company",
            "companies",
            "impresa e pmi",
            "impresa",
            "imprese",
            "pmi",
            "aziende",
            "azienda",
            "unternehmen und kmu",
            "unternehmen",
            "kmu",
            "firma",
            "firmen",
            "entreprise et pme",
            "entreprise",
            "entreprises",
            "pme",
            "podjetje in msp",
            "podjetje",
            "podjetja",
            "msp",
        ],
    ),
    (
        TargetGroup::BusinessSupport,
        &[
            "business support organisation",
            "business support organization",
            "business support",
            "chamber of commerce",
            "cluster",
            "organizzazione di supporto alle imprese",
            "camera di commercio",
            "unternehmensforderorganisation",
            "wirtschaftsforderung",
            "handelskammer",
            "organisation de soutien aux entreprises",
            "chambre de commerce",
            "organizacija za podporo podjetjem",
            "gospodarska zbornica",
        ],
    ),
    (
        TargetGroup::Eeig,
        &[
            "eeig and egtc",
            "eeig",
            "egtc",
            "geie e gect",
            "geie",
            "gect",
            "ewiv und evtz",
            "ewiv",
            "evtz",
            "geie et gect",
            "egiz in ezts",
            "egiz",
            "ezts",
        ],
    ),
    (
        TargetGroup::InternationalOrganisation,
        &[
            "international organisation",
            "international organization",
            "organizzazione internazionale",
            "internationale organisation",
            "organisation internationale",
            "mednarodna organizacija",
        ],
    ),
    (
        TargetGroup::GeneralPublic,
        &[
            "general public",
            "public",
            "citizens",
            "wide public",
            "pubblico",
            "grande pubblico",
            "pubblico generale",
            "cittadini",
            "breite offentlichkeit",
            "allgemeine offentlichkeit",
            "offentlichkeit",
            "burger",
            "burgerinnen und burger",
            "grand public",
            "citoyens",
            "splosna javnost",
            "javnost",
            "drzavljani",
        ],
    ),
];

/// Language codes, and names of the partners' languages in those languages.
const LANGUAGES: &[(&str, &[&str])] = &[
    (
        "en",
        &["english", "inglese", "englisch", "anglais", "anglescina"],
    ),
    (
        "it",
        &[
            "italian",
            "italiano",
            "italienisch",
            "italien",
            "italijanscina",
        ],
    ),
    (
        "de",
        &["german", "tedesco", "deutsch", "allemand", "nemscina"],
    ),
    (
        "fr",
        &[
            "french",
            "francese",
            "franzosisch",
            "francais",
            "francoscina",
        ],
    ),
    (
        "sl",
        &[
            "slovenian",
            "slovene",
            "sloveno",
            "slowenisch",
            "slovene",
            "slovenscina",
        ],
    ),
];

/// The channel a spreadsheet cell names, in any of the known languages
/// (see [`super::lookup`] for the forms accepted).
pub fn channel(text: &str) -> Option<Channel> {
    super::lookup::CHANNEL_TABLE.find(text)
}

/// The target group a spreadsheet cell names, in any of the known
/// languages (see [`super::lookup`]).
pub fn target_group(text: &str) -> Option<TargetGroup> {
    super::lookup::GROUP_TABLE.find(text)
}

/// A language code ("it", "DE") or a language's name ("Italiano").
pub fn language(text: &str) -> Option<Lang> {
    let code = Lang::new(text);
    if code.is_well_formed() {
        return Some(code);
    }
    let folded = key(text);
    LANGUAGES
        .iter()
        .find(|(_, names)| names.contains(&folded.as_str()))
        .map(|(code, _)| Lang::new(code))
}

/// One word per channel in a language, in [`Channel::ALL`] order, for the
/// template's hints. Every one of them is recognised on import.
pub fn channel_words(language: &str) -> [&'static str; 9] {
    match language {
        "it" => [
            "sito web",
            "social media",
            "newsletter",
            "stampa",
            "evento",
            "pubblicazione",
            "video",
            "posta elettronica",
            "altro",
        ],
        "de" => [
            "Webseite",
            "soziale Medien",
            "Newsletter",
            "Presse",
            "Veranstaltung",
            "Publikation",
            "Video",
            "E-Mail",
            "Sonstiges",
        ],
        "fr" => [
            "site web",
            "réseaux sociaux",
            "infolettre",
            "presse",
            "événement",
            "publication",
            "vidéo",
            "courriel",
            "autre",
        ],
        "sl" => [
            "spletna stran",
            "družbena omrežja",
            "e-novice",
            "tisk",
            "dogodek",
            "publikacija",
            "video",
            "e-pošta",
            "drugo",
        ],
        _ => [
            "website",
            "social media",
            "newsletter",
            "press",
            "event",
            "publication",
            "video",
            "email",
            "other",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_accents_and_separators() {
        assert_eq!(key("  E-Mail "), "e mail");
        assert_eq!(key("Réseaux sociaux"), "reseaux sociaux");
        assert_eq!(
            key("Infrastructure and (public) service provider"),
            "infrastructure and public service provider"
        );
        assert_eq!(key("Straße"), "strasse");
        assert_eq!(key("social_media"), "social media");
    }

    #[test]
    fn keys_fold_case_and_accents_as_the_search_does() {
        for word in ["Città", "Veröffentlichung", "Število", "Œuvre", "Łódź"] {
            assert_eq!(key(word), crate::text::fold(word), "{word}");
        }
        assert_eq!(key("CITTA"), key("Città"));
        assert_eq!(key("SPLETIŠČE"), "spletisce");
    }

    #[test]
    fn channels_in_every_language() {
        assert_eq!(channel("social-media"), Some(Channel::SocialMedia));
        assert_eq!(channel("Press and media"), Some(Channel::Press));
        assert_eq!(channel("Stampa"), Some(Channel::Press));
        assert_eq!(channel("Veranstaltung"), Some(Channel::Event));
        assert_eq!(channel("Événement"), Some(Channel::Event));
        assert_eq!(channel("Družbena omrežja"), Some(Channel::SocialMedia));
        assert_eq!(channel("E-pošta"), Some(Channel::Email));
        assert_eq!(channel("Workshops"), Some(Channel::Event));
        assert_eq!(channel("carrier pigeon"), None);
        for c in Channel::ALL {
            assert_eq!(channel(c.slug()), Some(*c), "{c:?}");
        }
    }

    #[test]
    fn target_groups_in_every_language() {
        assert_eq!(
            target_group("general-public"),
            Some(TargetGroup::GeneralPublic)
        );
        assert_eq!(
            target_group("Enterprise and SME"),
            Some(TargetGroup::Enterprise)
        );
        assert_eq!(target_group("PMI"), Some(TargetGroup::Enterprise));
        assert_eq!(
            target_group("Breite Öffentlichkeit"),
            Some(TargetGroup::GeneralPublic)
        );
        assert_eq!(
            target_group("Grand public"),
            Some(TargetGroup::GeneralPublic)
        );
        assert_eq!(
            target_group("Splošna javnost"),
            Some(TargetGroup::GeneralPublic)
        );
        assert_eq!(
            target_group("Education/training centre and school"),
            Some(TargetGroup::EducationCentre)
        );
        for g in TargetGroup::ALL {
            assert_eq!(target_group(g.slug()), Some(*g), "{g:?}");
        }
    }

    #[test]
    fn languages_by_code_or_name() {
        assert_eq!(language("IT"), Some(Lang::new("it")));
        assert_eq!(language("Deutsch"), Some(Lang::new("de")));
        assert_eq!(language("slovenščina"), Some(Lang::new("sl")));
        assert_eq!(language("Klingon!"), None);
    }

    #[test]
    fn template_words_are_recognised() {
        for lang in ["en", "it", "de", "fr", "sl"] {
            for (word, expected) in channel_words(lang).into_iter().zip(Channel::ALL) {
                assert_eq!(channel(word), Some(*expected), "{lang}: {word}");
            }
        }
    }
}
