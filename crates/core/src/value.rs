//! Small value types with a textual form: colours, countries, languages.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An sRGB colour, written "#rrggbb" in plan files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Color {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// Relative luminance in 0..=1, to pick readable text on top of it.
    pub fn luminance(self) -> f32 {
        fn channel(c: u8) -> f32 {
            let c = f32::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// A palette of distinct colours for new partners.
    pub const PALETTE: [Color; 12] = [
        Color::rgb(0x1f, 0x77, 0xb4),
        Color::rgb(0xd6, 0x27, 0x28),
        Color::rgb(0x2c, 0xa0, 0x2c),
        Color::rgb(0xff, 0x7f, 0x0e),
        Color::rgb(0x94, 0x67, 0xbd),
        Color::rgb(0x8c, 0x56, 0x4b),
        Color::rgb(0xe3, 0x77, 0xc2),
        Color::rgb(0x17, 0xbe, 0xcf),
        Color::rgb(0xbc, 0xbd, 0x22),
        Color::rgb(0x7f, 0x7f, 0x7f),
        Color::rgb(0x39, 0x3b, 0x79),
        Color::rgb(0x63, 0x79, 0x39),
    ];
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// Why a text is not a colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadColor;

impl fmt::Display for BadColor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a colour written #rrggbb")
    }
}

impl FromStr for Color {
    type Err = BadColor;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let hex = text.trim().strip_prefix('#').ok_or(BadColor)?;
        if hex.len() != 6 || !hex.is_ascii() {
            return Err(BadColor);
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| BadColor);
        Ok(Color::rgb(byte(0)?, byte(2)?, byte(4)?))
    }
}

impl Serialize for Color {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// An ISO 3166-1 alpha-2 country code ("IT", "AT").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Country(pub String);

impl Country {
    pub fn new(code: &str) -> Self {
        Self(code.trim().to_ascii_uppercase())
    }

    /// Two ASCII capital letters.
    pub fn is_well_formed(&self) -> bool {
        self.0.len() == 2 && self.0.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// The flag emoji built from the code's regional indicator symbols.
    pub fn flag(&self) -> String {
        if !self.is_well_formed() {
            return String::new();
        }
        self.0
            .chars()
            .filter_map(|c| char::from_u32(0x1F1E6 + (c as u32 - 'A' as u32)))
            .collect()
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A language, as a lower-case BCP 47 primary tag ("it", "de", "sl").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lang(pub String);

impl Lang {
    pub fn new(code: &str) -> Self {
        Self(code.trim().to_ascii_lowercase())
    }

    /// Two or three ASCII lower-case letters.
    pub fn is_well_formed(&self) -> bool {
        (2..=3).contains(&self.0.len()) && self.0.bytes().all(|b| b.is_ascii_lowercase())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_and_print() {
        let c: Color = "#1F77b4".parse().unwrap();
        assert_eq!(c, Color::rgb(0x1f, 0x77, 0xb4));
        assert_eq!(c.to_string(), "#1f77b4");
        assert!("1f77b4".parse::<Color>().is_err());
        assert!("#1f77b".parse::<Color>().is_err());
        assert!("#ééé".parse::<Color>().is_err());
    }

    #[test]
    fn flags_come_from_codes() {
        assert_eq!(Country::new("it").flag(), "🇮🇹");
        assert_eq!(Country::new("ITA").flag(), "");
    }
}
