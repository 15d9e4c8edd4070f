//! Tolerant lookup of vocabulary words: every label CommPlan prints for a
//! channel or target group, in each of its five languages (from the same
//! Fluent strings the window and the exports use), the hand-kept variants
//! of [`super::words`], and the forms people make of them:
//!
//! - case, accents and punctuation do not count ([`key`]);
//! - joined or split words: "Socialmedia", "Web site", "E-Mail";
//! - plurals: "Events", "Conferences";
//! - a part of a label that names only one value: "istruzione superiore"
//!   (of "Istruzione superiore e ricerca"), "autorità regionale" (of
//!   "Autorità pubblica regionale").

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::words::{CHANNELS, TARGET_GROUPS, channel_words, key};
use crate::export::words as labels;
use crate::i18n::Strings;
use crate::vocab::{Channel, TargetGroup};

/// The languages CommPlan prints in.
pub const LANGUAGES: [&str; 5] = ["en", "it", "de", "fr", "sl"];

/// Small words that join the parts of a label and say nothing alone.
const GLUE: &[&str] = &[
    "and",
    "of",
    "the",
    "incl",
    "including",
    "e",
    "di",
    "del",
    "della",
    "delle",
    "incluse",
    "le",
    "la",
    "alle",
    "und",
    "der",
    "die",
    "einschliesslich",
    "et",
    "de",
    "des",
    "du",
    "d",
    "y",
    "compris",
    "aux",
    "in",
    "z",
    "vkljucno",
    "za",
];

/// Every way a vocabulary's value is written, looked up four ways.
pub struct Table<T> {
    exact: HashMap<String, T>,
    /// By [`stems`], spaced and joined; `None` where two values meet.
    joined: HashMap<String, Option<T>>,
    /// Each phrase's meaningful words, with its value.
    phrases: Vec<(HashSet<String>, T)>,
}

impl<T: Copy + PartialEq> Table<T> {
    fn new(words: impl IntoIterator<Item = (T, String)>) -> Self {
        let mut table = Table {
            exact: HashMap::new(),
            joined: HashMap::new(),
            phrases: Vec::new(),
        };
        for (value, word) in words {
            let word = key(&word);
            if word.is_empty() {
                continue;
            }
            // The first value to claim a word keeps it.
            table.exact.entry(word.clone()).or_insert(value);
            let stemmed = stems(&word);
            for form in [
                stemmed.join(" "),
                stemmed.concat(),
                stem(&word.replace(' ', "")),
            ] {
                match table.joined.get(&form) {
                    None => {
                        table.joined.insert(form, Some(value));
                    }
                    Some(Some(other)) if *other != value => {
                        table.joined.insert(form, None);
                    }
                    _ => {}
                }
            }
            let meaningful: HashSet<String> = meaningful(&word).map(stem).collect();
            if !meaningful.is_empty() {
                table.phrases.push((meaningful, value));
            }
        }
        table
    }

    /// The value `text` names, if exactly one.
    pub fn find(&self, text: &str) -> Option<T> {
        let folded = key(text);
        if folded.is_empty() {
            return None;
        }
        if let Some(value) = self.exact.get(&folded) {
            return Some(*value);
        }
        // Plurals and other endings ("Events", "Veranstaltungen",
        // "Comunicati stampa"), joined or split words ("Socialmedia").
        let stemmed = stems(&folded);
        for form in [
            stemmed.join(" "),
            stemmed.concat(),
            stem(&folded.replace(' ', "")),
        ] {
            if let Some(Some(value)) = self.joined.get(&form) {
                return Some(*value);
            }
        }
        // A part of a label: every meaningful word of the text in one
        // phrase, and all such phrases of one value.
        let words: Vec<String> = meaningful(&folded).map(stem).collect();
        if words.is_empty() {
            return None;
        }
        let mut found = None;
        for (phrase, value) in &self.phrases {
            if words.iter().all(|w| phrase.contains(w)) {
                match found {
                    None => found = Some(*value),
                    Some(other) if other != *value => return None,
                    Some(_) => {}
                }
            }
        }
        found
    }
}

/// A word without the endings that vary between the forms of one word in
/// the five languages (plural -s, -en, -n; Italian -i/-o/-a/-e): a crude
/// stem, compared only with other stems.
fn stem(word: &str) -> String {
    let mut word = word;
    if word.len() > 3
        && let Some(rest) = word.strip_suffix('s')
    {
        word = rest;
    }
    if word.len() > 5
        && let Some(rest) = word.strip_suffix("en")
    {
        word = rest;
    } else if word.len() > 4
        && let Some(rest) = word.strip_suffix(['a', 'e', 'i', 'o'])
    {
        word = rest;
    }
    word.to_owned()
}

fn stems(folded: &str) -> Vec<String> {
    folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect()
}

fn meaningful(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(' ')
        .filter(|w| !w.is_empty() && !GLUE.contains(w))
}

/// Every label of the values, in every language.
fn printed<T: Copy>(all: &[T], label: impl Fn(&Strings, T) -> String) -> Vec<(T, String)> {
    let mut out = Vec::new();
    for language in LANGUAGES {
        let strings = Strings::new(language);
        for value in all {
            out.push((*value, label(&strings, *value)));
        }
    }
    out
}

fn hand_kept<T: Copy>(
    entries: &[(T, &[&str])],
    slug: impl Fn(T) -> &'static str,
) -> Vec<(T, String)> {
    let mut out = Vec::new();
    for (value, words) in entries {
        out.push((*value, slug(*value).to_owned()));
        for word in *words {
            out.push((*value, (*word).to_owned()));
        }
    }
    out
}

/// Channels by every word for them.
pub static CHANNEL_TABLE: LazyLock<Table<Channel>> = LazyLock::new(|| {
    let mut words = hand_kept(CHANNELS, Channel::slug);
    words.extend(printed(Channel::ALL, labels::channel));
    for language in LANGUAGES {
        for (word, channel) in channel_words(language).into_iter().zip(Channel::ALL) {
            words.push((*channel, word.to_owned()));
        }
    }
    Table::new(words)
});

/// Target groups by every word for them.
pub static GROUP_TABLE: LazyLock<Table<TargetGroup>> = LazyLock::new(|| {
    let mut words = hand_kept(TARGET_GROUPS, TargetGroup::slug);
    words.extend(printed(TargetGroup::ALL, labels::target_group));
    Table::new(words)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_joined_forms_and_plurals() {
        let groups = &*GROUP_TABLE;
        assert_eq!(
            groups.find("istruzione superiore"),
            Some(TargetGroup::HigherEducation)
        );
        assert_eq!(
            groups.find("autorità regionale"),
            Some(TargetGroup::RegionalAuthority)
        );
        assert_eq!(groups.find("Autorità"), None, "three authorities");
        let channels = &*CHANNEL_TABLE;
        assert_eq!(channels.find("Socialmedia"), Some(Channel::SocialMedia));
        assert_eq!(channels.find("Web-Site"), Some(Channel::Website));
        assert_eq!(channels.find("Newsletters"), Some(Channel::Newsletter));
        assert_eq!(channels.find("carrier pigeon"), None);
    }
}
