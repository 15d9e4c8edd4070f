//! Time zones as people look for them: by city ("lisbon", "Ljubljana"),
//! by region, or by the IANA name ("Europe/Lisbon"), case- and
//! accent-insensitively. The zones are the IANA database that `chrono-tz`
//! carries.

use chrono_tz::{TZ_VARIANTS, Tz};

use crate::text::fold;

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
/// name; every zone of a continent or region for "europe/". Legacy aliases
/// ("Etc/…", "US/…", three-letter names) are left out unless named exactly.
/// An empty query finds nothing.
pub fn search(query: &str) -> Vec<Tz> {
    let query = fold(query.trim()).replace(' ', "_");
    if query.is_empty() {
        return Vec::new();
    }
    if let Some(exact) = by_name(&query)
        && !is_canonical(exact)
    {
        return vec![exact];
    }
    let mut found: Vec<(bool, Tz)> = TZ_VARIANTS
        .iter()
        .copied()
        .filter(|tz| is_canonical(*tz))
        .filter_map(|tz| {
            let name = fold(tz.name());
            let city = name.rsplit('/').next().unwrap_or(&name).to_owned();
            name.contains(&query)
                .then(|| (!city.starts_with(&query), tz))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name().cmp(b.1.name())));
    found.into_iter().map(|(_, tz)| tz).collect()
}

/// A zone people pick: "Region/City", not an alias kept for old systems.
fn is_canonical(zone: Tz) -> bool {
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
}
