//! Time zones as people look for them: by city ("lisbon", "Ljubljana"),
//! by region, by the IANA name ("Europe/Lisbon"), or by country (its ISO
//! code "PT" or its name in any of CommPlan's languages: "Portugal",
//! "Portogallo", "Portugalska"), case- and accent-insensitively. The zones
//! are the IANA database that `chrono-tz` carries; which countries use
//! which zone comes from the same database's `zone.tab` and `zone1970.tab`
//! (embedded, see `crates/core/data/tzdb/SOURCE.md`).

mod countries;

use chrono_tz::{TZ_VARIANTS, Tz};

use crate::text::fold;
use countries::INDEX;

/// The zone with this IANA name, in any case ("europe/rome").
pub fn by_name(name: &str) -> Option<Tz> {
    let name = name.trim();
    name.parse::<Tz>().ok().or_else(|| {
        TZ_VARIANTS
            .iter()
            .copied()
            .find(|tz| tz.name().eq_ignore_ascii_case(name))
    })
}

/// The city part of a zone's name, as people write it ("America/New_York"
/// gives "New York").
pub fn city(zone: Tz) -> String {
    zone.name()
        .rsplit('/')
        .next()
        .unwrap_or(zone.name())
        .replace('_', " ")
}

/// Zones whose name or city contains `query` (folded: "lisbon", "zurich",
/// "new york" or "new_york"), cities that start with it first, then by
/// name; every zone of a continent or region for "europe/". Then the zones
/// of the countries `query` names, by ISO 3166-1 code ("PT") or by name in
/// any language CommPlan has ("portugal", "Portogallo", "schweiz",
/// "Suisse"): a country's own zones first, in the tz database's order
/// (most populous first), then the zones it shares with another country
/// (Europe/Zurich for Germany). Legacy aliases ("Etc/…", "US/…",
/// three-letter names) are left out unless named exactly, and then found
/// alone; an alias that is also a country's name or code ("Portugal",
/// "GB") comes last, after the country's zones. An empty query finds
/// nothing.
///
/// Everything but the query is folded once, on the first search.
pub fn search(query: &str) -> Vec<Tz> {
    let spaced = countries::folded(query.trim());
    let query = fold(query.trim()).replace(' ', "_");
    if query.is_empty() {
        return Vec::new();
    }
    let alias = by_name(&query).filter(|z| !is_canonical(*z));
    let index = &*INDEX;
    // An old alias named exactly is what was meant ("UTC", "US/Eastern"),
    // unless it is also a country's name or code ("Portugal", "GB").
    if let Some(alias) = alias
        && !index.countries.iter().any(|c| c.is_named(&spaced))
    {
        return vec![alias];
    }
    let named: Vec<bool> = index
        .countries
        .iter()
        .map(|c| !spaced.contains('/') && c.matches(&spaced))
        .collect();
    let mut found: Vec<((u8, usize), Tz)> = index
        .entries
        .iter()
        .filter_map(|entry| {
            let rank = if entry.name.contains(&query) {
                (u8::from(!entry.city.starts_with(&query)), 0)
            } else if entry.countries.first().is_some_and(|&c| named[c]) {
                (2, entry.order)
            } else if entry.countries.iter().any(|&c| named[c]) {
                (3, entry.order)
            } else {
                return None;
            };
            Some((rank, entry.zone))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name().cmp(b.1.name())));
    let mut found: Vec<Tz> = found.into_iter().map(|(_, tz)| tz).collect();
    // "Portugal" is a country before it is the alias of Europe/Lisbon.
    found.extend(alias);
    found
}

/// The ISO 3166-1 alpha-2 codes of the countries that use `zone`, its own
/// country first (tz database `zone.tab`), then every other country whose
/// clocks have agreed with it since 1970 (`zone1970.tab`): "PT" for
/// Europe/Lisbon; "CH", "DE", "LI" for Europe/Zurich. Empty for a zone no
/// country uses (Etc/UTC).
pub fn countries(zone: Tz) -> Vec<&'static str> {
    let index = &*INDEX;
    index
        .by_zone
        .get(&zone)
        .map(|&i| {
            index.entries[i]
                .countries
                .iter()
                .map(|&c| index.countries[c].code.as_str())
                .collect()
        })
        .unwrap_or_default()
}

/// The name of the country with this ISO 3166-1 alpha-2 code in `language`
/// ("it": "Portogallo"), in English when that language has none, or the
/// code itself ("KI") when CommPlan has no name for it.
pub fn country_name_in(code: &str, language: &str) -> String {
    let index = &*INDEX;
    let code = code.trim().to_ascii_uppercase();
    let Some(country) = index.by_code.get(&code).map(|&i| &index.countries[i]) else {
        return code;
    };
    let name = |wanted: &str| {
        country
            .names
            .iter()
            .find(|(l, _)| l == wanted)
            .map(|(_, name)| name.clone())
    };
    name(language).or_else(|| name("en")).unwrap_or(code)
}

/// The name, in the interface's language, of the country `zone` belongs to
/// (its own, the first of [`countries()`]): "Portugal" for Europe/Lisbon in
/// English, "Portogallo" in Italian. `None` for a zone of no country.
pub fn country(zone: Tz) -> Option<String> {
    let code = countries(zone).first().copied()?;
    Some(country_name_in(code, &crate::i18n::current()))
}

/// The zone a person means by `text`: the zone of that IANA name (any
/// case) unless it is an old alias, else the first that [`search`] finds
/// ("lisbon", "Portugal" and "PT" give Europe/Lisbon, not the old alias
/// "Portugal"; "UTC" gives UTC, nothing else being found). `None` when
/// nothing matches.
pub fn find(text: &str) -> Option<Tz> {
    by_name(text)
        .filter(|z| is_canonical(*z))
        .or_else(|| search(text).first().copied())
}

/// A zone people pick: "Region/City", not an alias kept for old systems
/// ("Portugal", "US/Eastern", "Etc/UTC", "CET").
pub fn is_canonical(zone: Tz) -> bool {
    let name = zone.name();
    const REGIONS: [&str; 10] = [
        "Africa/",
        "America/",
        "Antarctica/",
        "Asia/",
        "Atlantic/",
        "Australia/",
        "Europe/",
        "Indian/",
        "Pacific/",
        "Arctic/",
    ];
    REGIONS.iter().any(|r| name.starts_with(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_are_found_in_any_case_and_without_accents() {
        assert_eq!(search("lisbon").first(), Some(&chrono_tz::Europe::Lisbon));
        assert_eq!(
            search("LJUBLJANA").first(),
            Some(&chrono_tz::Europe::Ljubljana)
        );
        assert_eq!(
            search("new york").first(),
            Some(&chrono_tz::America::New_York)
        );
        assert_eq!(search("Zürich").first(), Some(&chrono_tz::Europe::Zurich));
        assert!(search("europe/").len() > 40);
        assert!(search("no such place").is_empty());
        assert!(search("  ").is_empty(), "an empty field finds nothing");
        assert_eq!(by_name("europe/rome"), Some(chrono_tz::Europe::Rome));
        assert_eq!(city(chrono_tz::America::New_York), "New York");
    }

    use chrono_tz::{America, Asia, Atlantic, Europe};

    #[test]
    fn every_line_of_the_tz_tables_is_read() {
        for (name, table) in [
            ("zone1970.tab", countries::ZONE1970),
            ("zone.tab", countries::ZONE),
        ] {
            let (zones, bad) = countries::parse_zones(table);
            assert!(bad.is_empty(), "{name}: lines {bad:?} not read");
            let lines = table
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .count();
            assert_eq!(zones.len(), lines, "{name}");
            for (_, zone) in &zones {
                assert!(
                    by_name(zone).is_some(),
                    "{name}: {zone} unknown to chrono-tz"
                );
            }
        }
        let (names, bad) = countries::parse_names(countries::ISO3166);
        assert!(bad.is_empty() && names.len() > 240, "iso3166.tab: {bad:?}");
    }

    #[test]
    fn odd_lines_are_skipped_not_fatal() {
        let table = "# comment\n\nPT\t+3843-00908\tEurope/Lisbon\nxx\t+1\tEurope/X\nPT\n\
                     AE,OM\t+2518+05518\tAsia/Dubai\tCrozet\r\nPT\t+1\t\n";
        let (zones, bad) = countries::parse_zones(table);
        assert_eq!(bad, vec![4, 5, 7]);
        assert_eq!(zones.len(), 2);
        assert_eq!(zones[1].0, vec!["AE", "OM"]);
        let (names, bad) = countries::parse_names("PT\tPortugal\nbad\n\tx\n");
        assert_eq!((names.len(), bad), (1, vec![2, 3]));
    }

    #[test]
    fn zones_know_all_their_countries() {
        assert_eq!(countries(Europe::Lisbon), ["PT"]);
        assert_eq!(countries(Europe::Zurich), ["CH", "DE", "LI"]);
        assert_eq!(countries(Europe::Ljubljana), ["SI"]);
        assert!(countries(Europe::Belgrade).contains(&"SI"));
        assert_eq!(countries(Asia::Dubai)[..2], ["AE", "OM"]);
        assert!(countries(chrono_tz::Etc::UTC).is_empty());
    }

    #[test]
    fn countries_are_found_by_code_and_by_name_in_every_language() {
        for query in ["PT", "pt", "portugal", "Portogallo", "PORTUGALSKA", "portu"] {
            let found = search(query);
            assert_eq!(found.first(), Some(&Europe::Lisbon), "{query}: {found:?}");
            assert!(found.contains(&Atlantic::Madeira), "{query}");
        }
        // A code is a country match: cities that start with it ("Sitka")
        // come first, as every city match does.
        assert!(search("SI").contains(&Europe::Ljubljana));
        assert!(search("ch").contains(&Europe::Zurich));
        for query in ["slovenija", "Slowenien", "slovénie"] {
            assert_eq!(search(query).first(), Some(&Europe::Ljubljana), "{query}");
        }
        for query in ["schweiz", "Suisse", "svizzera", "švica", "switzerland"] {
            assert_eq!(search(query).first(), Some(&Europe::Zurich), "{query}");
        }
        assert!(
            search("germania").contains(&Europe::Zurich),
            "a zone of two countries"
        );
        assert_eq!(search("Österreich").first(), Some(&Europe::Vienna));
        assert_eq!(search("etats-unis").first(), Some(&America::New_York));
        assert_eq!(search("united states").first(), Some(&America::New_York));
        assert_eq!(search("kenya").first(), Some(&chrono_tz::Africa::Nairobi));
        let it = search("it");
        assert!(it.contains(&Europe::Rome), "IT is Italy");
        assert!(!it.contains(&Europe::Zurich), "not 'sw-it-zerland'");
        assert!(search("no such country").is_empty());
    }

    #[test]
    fn what_a_person_types_finds_one_zone() {
        assert_eq!(find("Portugal"), Some(Europe::Lisbon), "not the old alias");
        assert_eq!(find("europe/lisbon"), Some(Europe::Lisbon));
        assert_eq!(find("japan"), Some(Asia::Tokyo));
        assert_eq!(find("UTC"), Some(chrono_tz::UTC), "an alias alone is kept");
        assert_eq!(find("Etc/UTC"), Some(chrono_tz::Etc::UTC));
        assert_eq!(find("nowhere at all"), None);
        assert_eq!(search("GB").first(), Some(&Europe::London));
        assert_eq!(search("us/eastern").len(), 1);
    }

    #[test]
    fn cities_come_before_countries() {
        // "lisbon" is a city; Lisbon's country comes nowhere near.
        assert_eq!(search("lisbon"), [Europe::Lisbon]);
        // "Mexico" is both a city (Mexico_City) and a country.
        let found = search("mexico");
        assert_eq!(found.first(), Some(&America::Mexico_City));
        assert!(found.contains(&America::Cancun));
        // A city that names a country's zone ranks first ("Rome", "roma").
        assert_eq!(search("rome").first(), Some(&Europe::Rome));
    }

    #[test]
    fn country_names_in_each_language_or_the_code() {
        assert_eq!(country_name_in("PT", "it"), "Portogallo");
        assert_eq!(country_name_in("pt", "sl"), "Portugalska");
        assert_eq!(country_name_in("CH", "de"), "Schweiz");
        assert_eq!(country_name_in("CH", "xx"), "Switzerland");
        assert_eq!(country_name_in("KI", "it"), "KI", "no name: the code");
        assert_eq!(country_name_in("QQ", "en"), "QQ");
    }

    #[test]
    fn every_named_country_is_named_in_every_language() {
        let index = &*INDEX;
        let languages = crate::i18n::available().len();
        assert_eq!(languages, 5);
        let mut named = 0;
        for country in &index.countries {
            if country.names.is_empty() {
                continue;
            }
            named += 1;
            assert_eq!(country.names.len(), languages, "{}", country.code);
        }
        for code in [
            "PT", "IT", "SI", "AT", "CH", "DE", "FR", "US", "CA", "BR", "AR", "MX", "JP", "CN",
            "IN", "AU", "NZ", "ZA", "EG", "TR", "IL", "AE", "RU", "KR", "SG", "GB", "IE", "UA",
        ] {
            let country = &index.countries[index.by_code[code]];
            assert_eq!(country.names.len(), languages, "{code} has a name");
        }
        assert!(named >= 90);
    }
}
