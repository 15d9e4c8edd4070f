//! Which countries use which zone, and the countries' names, read once from
//! the IANA time zone database's tables (`crates/core/data/tzdb/`, tzdata
//! 2025b, public domain; see `SOURCE.md` there) and from the Fluent strings
//! (`country-XX`, ISO 3166-1 alpha-2 codes, in every language CommPlan has).

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono_tz::{TZ_VARIANTS, Tz};

use crate::i18n::{Strings, available};
use crate::text::fold;

/// The tz database's `zone1970.tab`: each zone with every country using it.
pub(super) const ZONE1970: &str = include_str!("../../data/tzdb/zone1970.tab");
/// The tz database's `zone.tab`: each zone with its one country.
pub(super) const ZONE: &str = include_str!("../../data/tzdb/zone.tab");
/// The tz database's `iso3166.tab`: ISO 3166-1 alpha-2 codes and English names.
pub(super) const ISO3166: &str = include_str!("../../data/tzdb/iso3166.tab");

/// One line of a `.tab` table that is not a comment: its tab-separated
/// fields. Blank lines and `#` comments give `None`.
pub(super) fn fields(line: &str) -> Option<Vec<&str>> {
    let line = line.trim_end_matches('\r');
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    Some(line.split('\t').collect())
}

/// Parses the zone lines of `zone.tab` or `zone1970.tab`
/// (`codes<TAB>coordinates<TAB>zone[<TAB>comment]`, as the tables' headers
/// describe them): the countries of each zone, first the most populous,
/// and the numbers (1-based) of the lines it could not read (fewer than
/// three fields, a code that is not two capital letters, no zone name).
pub(super) fn parse_zones(table: &str) -> (Vec<(Vec<String>, String)>, Vec<usize>) {
    let mut zones = Vec::new();
    let mut bad = Vec::new();
    for (number, line) in table.lines().enumerate() {
        let Some(fields) = fields(line) else { continue };
        let codes: Vec<String> = fields
            .first()
            .map(|c| c.split(',').map(str::to_owned).collect())
            .unwrap_or_default();
        let zone = fields.get(2).map(|z| z.trim()).unwrap_or("");
        if fields.len() < 3
            || zone.is_empty()
            || codes.is_empty()
            || !codes.iter().all(|c| is_code(c))
        {
            bad.push(number + 1);
            continue;
        }
        zones.push((codes, zone.to_owned()));
    }
    (zones, bad)
}

/// Parses `iso3166.tab` (`code<TAB>name`): codes and English names, and
/// the lines it could not read (1-based numbers).
pub(super) fn parse_names(table: &str) -> (Vec<(String, String)>, Vec<usize>) {
    let mut names = Vec::new();
    let mut bad = Vec::new();
    for (number, line) in table.lines().enumerate() {
        let Some(fields) = fields(line) else { continue };
        match fields.as_slice() {
            [code, name, ..] if is_code(code) && !name.trim().is_empty() => {
                names.push(((*code).to_owned(), name.trim().to_owned()));
            }
            _ => bad.push(number + 1),
        }
    }
    (names, bad)
}

/// Two capital ASCII letters, as ISO 3166-1 alpha-2 codes are.
fn is_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// A country: its code, its Fluent names, and every form a search matches.
pub(super) struct Country {
    /// ISO 3166-1 alpha-2 code, in capitals ("PT").
    pub code: String,
    /// The code folded ("pt").
    pub folded_code: String,
    /// Its name in each language CommPlan has a `country-XX` string for:
    /// (language, name), e.g. ("it", "Portogallo").
    pub names: Vec<(String, String)>,
    /// Every name folded (and with dashes as spaces): the Fluent ones and
    /// the English one of `iso3166.tab`.
    pub folded: Vec<String>,
}

impl Country {
    /// Does `query` (folded, dashes as spaces) name this country: its code
    /// exactly, or a name that starts with it, or contains it when the
    /// query has three letters or more ("gallo" finds "portogallo", "it"
    /// is Italy and not "switzerland")?
    pub fn matches(&self, query: &str) -> bool {
        if query == self.folded_code {
            return true;
        }
        self.folded
            .iter()
            .any(|name| name.starts_with(query) || (query.len() >= 3 && name.contains(query)))
    }
}

impl Country {
    /// Is `query` (folded, dashes as spaces) this country's code or one of
    /// its names, whole ("portugal", "pt", not "portu")?
    pub fn is_named(&self, query: &str) -> bool {
        query == self.folded_code || self.folded.iter().any(|name| name == query)
    }
}

/// A zone people pick, folded once for the search.
pub(super) struct Entry {
    pub zone: Tz,
    /// The IANA name folded ("europe/lisbon", "america/new_york").
    pub name: String,
    /// Its last part folded ("lisbon", "new_york").
    pub city: String,
    /// The countries using it, indexes into [`Index::countries`], its own
    /// (`zone.tab`) first, then the others of `zone1970.tab`.
    pub countries: Vec<usize>,
    /// Where its country lists it: zones of one country come in the tz
    /// database's order (most populous first).
    pub order: usize,
}

/// Every pickable zone with its countries, and every country, built once.
pub(super) struct Index {
    pub countries: Vec<Country>,
    pub by_code: HashMap<String, usize>,
    pub entries: Vec<Entry>,
    pub by_zone: HashMap<Tz, usize>,
}

/// The index, built on first use (a few milliseconds) and never again.
pub(super) static INDEX: LazyLock<Index> = LazyLock::new(build);

fn build() -> Index {
    let (zone_tab, bad_zone) = parse_zones(ZONE);
    let (zone1970, bad_1970) = parse_zones(ZONE1970);
    let (english, bad_iso) = parse_names(ISO3166);
    for (table, bad) in [
        ("zone.tab", bad_zone),
        ("zone1970.tab", bad_1970),
        ("iso3166.tab", bad_iso),
    ] {
        if !bad.is_empty() {
            tracing::warn!("tz database {table}: lines {bad:?} skipped");
        }
    }
    let languages: Vec<Strings> = available()
        .iter()
        .map(|l| Strings::new(l.language.as_str()))
        .collect();
    let mut countries: Vec<Country> = Vec::new();
    let mut by_code: HashMap<String, usize> = HashMap::new();
    let mut add = |code: &str, countries: &mut Vec<Country>| -> usize {
        if let Some(&i) = by_code.get(code) {
            return i;
        }
        let id = format!("country-{code}");
        let names: Vec<(String, String)> = languages
            .iter()
            .filter(|s| s.loader().has(&id))
            .map(|s| (s.language().to_owned(), s.loader().get(&id)))
            .collect();
        let folded = names.iter().map(|(_, name)| folded(name)).collect();
        countries.push(Country {
            code: code.to_owned(),
            folded_code: code.to_ascii_lowercase(),
            names,
            folded,
        });
        by_code.insert(code.to_owned(), countries.len() - 1);
        countries.len() - 1
    };
    for (code, name) in &english {
        let i = add(code, &mut countries);
        countries[i].folded.push(folded(name));
    }
    let mut zone_countries: HashMap<&str, (Vec<usize>, usize)> = HashMap::new();
    let offset = zone_tab.len();
    for (order, (codes, zone)) in zone_tab.iter().chain(zone1970.iter()).enumerate() {
        let (list, first) = zone_countries
            .entry(zone.as_str())
            .or_insert_with(|| (Vec::new(), order));
        if order < offset {
            *first = (*first).min(order);
        }
        for code in codes {
            let i = add(code, &mut countries);
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    let mut entries = Vec::new();
    let mut by_zone = HashMap::new();
    for &zone in TZ_VARIANTS.iter().filter(|tz| super::is_canonical(**tz)) {
        let name = fold(zone.name());
        let city = name.rsplit('/').next().unwrap_or(&name).to_owned();
        let (list, order) = zone_countries
            .get(zone.name())
            .cloned()
            .unwrap_or((Vec::new(), usize::MAX));
        by_zone.insert(zone, entries.len());
        entries.push(Entry {
            zone,
            name,
            city,
            countries: list,
            order,
        });
    }
    Index {
        countries,
        by_code,
        entries,
        by_zone,
    }
}

/// A name folded for the search, its dashes made spaces
/// ("Bosnie-Herzégovine" → "bosnie herzegovine").
pub(super) fn folded(name: &str) -> String {
    fold(name).replace('-', " ")
}
