//! Every word CommPlan prints for a channel or a target group, in any of
//! its five languages (labels in the window and exports, the template's
//! examples), is read back by the importer as the same value; and the
//! variants partners write are read too.

use commplan_core::export::words as labels;
use commplan_core::i18n::Strings;
use commplan_core::import::words;
use commplan_core::tr;
use commplan_core::vocab::{Channel, TargetGroup};
use proptest::prelude::*;

const LANGUAGES: [&str; 5] = ["en", "it", "de", "fr", "sl"];

/// The examples a template hint lists after "e.g." in its language.
fn examples(hint: &str) -> Vec<String> {
    let at = ["e.g.", "ad es.", "z. B.", "par ex.", "npr."]
        .iter()
        .find_map(|marker| hint.find(marker).map(|at| at + marker.len()))
        .unwrap_or_else(|| panic!("no examples in {hint:?}"));
    hint[at..]
        .split(',')
        .map(|w| w.trim().to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn every_printed_label_is_read_back_in_every_language() {
    for language in LANGUAGES {
        let strings = Strings::new(language);
        for channel in Channel::ALL {
            let label = labels::channel(&strings, *channel);
            assert_eq!(
                words::channel(&label),
                Some(*channel),
                "{language}: {label}"
            );
            let upper = label.to_uppercase();
            assert_eq!(
                words::channel(&upper),
                Some(*channel),
                "{language}: {upper}"
            );
        }
        for group in TargetGroup::ALL {
            let label = labels::target_group(&strings, *group);
            assert_eq!(
                words::target_group(&label),
                Some(*group),
                "{language}: {label}"
            );
        }
    }
}

#[test]
fn the_templates_own_examples_are_read_back() {
    for language in LANGUAGES {
        let strings = Strings::new(language);
        let hint = tr!(strings, "template-hint-target-group");
        let found = examples(&hint);
        assert_eq!(found.len(), 3, "{language}: {hint}");
        for example in found {
            assert!(
                words::target_group(&example).is_some(),
                "{language}: the template's own example {example:?} is refused"
            );
        }
        for word in words::channel_words(language) {
            assert!(words::channel(word).is_some(), "{language}: {word}");
        }
    }
    assert_eq!(
        words::target_group("istruzione superiore"),
        Some(TargetGroup::HigherEducation)
    );
    assert_eq!(
        words::target_group("autorità regionale"),
        Some(TargetGroup::RegionalAuthority)
    );
}

#[test]
fn variants_partners_write() {
    for (text, channel) in [
        ("Social-Media", Channel::SocialMedia),
        ("socialmedia", Channel::SocialMedia),
        ("E-Mails", Channel::Email),
        ("WEB SITE", Channel::Website),
        ("Veranstaltungen", Channel::Event),
        ("évènement", Channel::Event),
        ("Comunicati stampa", Channel::Press),
    ] {
        assert_eq!(words::channel(text), Some(channel), "{text}");
    }
    for (text, group) in [
        ("PMI", TargetGroup::Enterprise),
        ("Grande Pubblico", TargetGroup::GeneralPublic),
        ("Hochschulen", TargetGroup::HigherEducation),
        ("autorité régionale", TargetGroup::RegionalAuthority),
        ("regionalni organ", TargetGroup::RegionalAuthority),
    ] {
        assert_eq!(words::target_group(text), Some(group), "{text}");
    }
    assert_eq!(
        words::target_group("Authority"),
        None,
        "three kinds: never guessed"
    );
}

proptest! {
    /// Case, accents and punctuation around a printed label do not count.
    #[test]
    fn case_and_punctuation_do_not_count(
        language in 0usize..5,
        group in 0usize..TargetGroup::ALL.len(),
        upper in any::<bool>(),
        around in "[ .,;:*()-]{0,3}",
    ) {
        let strings = Strings::new(LANGUAGES[language]);
        let value = TargetGroup::ALL[group];
        let mut label = labels::target_group(&strings, value);
        if upper {
            label = label.to_uppercase();
        }
        let written = format!("{around}{label}{around}");
        prop_assert_eq!(words::target_group(&written), Some(value), "{}", written);
    }
}
