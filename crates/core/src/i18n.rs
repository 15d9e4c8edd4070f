//! Fluent strings. Every word a person reads goes through here: the GUI, the
//! CLI's messages, error texts and export headers. The `.ftl` files live
//! in `i18n/` at the workspace root, shared with the app crate.

use std::sync::LazyLock;

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../i18n"]
struct Localizations;

/// The loader every `fl!` call reads from.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    // The English strings are compiled in and checked by the `fl!` macro at
    // build time, so loading them cannot fail at run time; if it ever did,
    // `fl!` would show message ids rather than crash.
    if let Err(error) = loader.load_fallback_language(&Localizations) {
        tracing::error!("cannot load the built-in English strings: {error}");
    }
    // No Unicode isolation marks around arguments: none of our languages is
    // written right to left, and the marks would leak into exports.
    loader.set_use_isolating(false);
    loader
});

/// Looks up a Fluent message, checked at compile time against English.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    }};
    ($id:literal, $($args:tt)*) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    }};
}

/// The languages CommPlan has strings for, English first.
pub fn available() -> Vec<LanguageIdentifier> {
    let mut languages = LOADER
        .available_languages(&Localizations)
        .unwrap_or_default();
    languages.sort_by_key(|l| (l.language.as_str() != "en", l.to_string()));
    languages
}

/// Switches every string to `language` (falling back to English for any
/// missing message). Returns the language actually in use.
pub fn select(language: &str) -> String {
    let wanted: Vec<LanguageIdentifier> = language.parse().into_iter().collect();
    let chosen = i18n_embed::select(&*LOADER, &Localizations, &wanted);
    LOADER.set_use_isolating(false);
    LOADER.with_bundles_mut(|bundle| bundle.set_formatter(Some(group_thousands)));
    match chosen {
        Ok(chosen) => chosen
            .first()
            .map_or_else(|| "en".to_owned(), |l| l.language.to_string()),
        Err(error) => {
            tracing::warn!("cannot switch to language {language}: {error}");
            "en".to_owned()
        }
    }
}

/// Numbers in messages take the thousands separator of the message's own
/// language ("10.000 attività", "10,000 activities"), for the interface's
/// strings and for a [`Strings`] of another language alike; Fluent itself
/// writes "10000". Years and line numbers are passed to messages as text,
/// so they are left alone.
fn group_thousands(
    value: &fluent_bundle::FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let fluent_bundle::FluentValue::Number(number) = value else {
        return None;
    };
    let n = number.value;
    if !number.options.use_grouping || n.fract() != 0.0 || n.abs() < 1000.0 || n.abs() > 1e15 {
        return None;
    }
    let separator = memoizer
        .with_try_get::<Separator, _, _>((), |s| s.0.clone())
        .ok()?;
    let digits = crate::format::grouped(n.abs() as u64, &separator);
    Some(if n < 0.0 {
        format!("-{digits}")
    } else {
        digits
    })
}

/// The thousands separator of one language, as its strings give it
/// (`format-thousands-separator`), kept by Fluent's per-language memoizer.
struct Separator(String);

impl intl_memoizer::Memoizable for Separator {
    type Args = ();
    type Error = ();
    fn construct(language: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        SEPARATORS
            .get(language.language.as_str())
            .map(|s| Self(s.clone()))
            .ok_or(())
    }
}

/// Each language's thousands separator, read once from its strings (no
/// number in that message, so reading it never formats a number).
static SEPARATORS: LazyLock<std::collections::HashMap<String, String>> = LazyLock::new(|| {
    available()
        .into_iter()
        .map(|id| {
            let strings = ALL_LANGUAGES.select_languages(std::slice::from_ref(&id));
            (
                id.language.to_string(),
                strings.get("format-thousands-separator"),
            )
        })
        .collect()
});

/// The language of the strings in use now ("en", "it").
pub fn current() -> String {
    LOADER
        .current_languages()
        .first()
        .map_or_else(|| "en".to_owned(), |l| l.language.to_string())
}

/// Every language CommPlan has, loaded once, so that [`Strings`] can pick
/// one without touching the interface's [`LOADER`].
static ALL_LANGUAGES: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let mut languages = available();
    if languages.is_empty() {
        languages.push(loader.fallback_language().clone());
    }
    if let Err(error) = loader.load_languages(&Localizations, &languages) {
        tracing::error!("cannot load the translations: {error}");
    }
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| bundle.set_formatter(Some(group_thousands)));
    loader
});

/// Strings in one chosen language, whatever language the interface uses:
/// exports are written in the partner's language (`--lang`), not in the
/// language of the person exporting. Messages missing in that language
/// fall back to English.
///
/// Read them with [`tr!`](crate::tr), which is checked at compile time like
/// [`fl!`](crate::fl):
///
/// ```
/// let strings = commplan_core::i18n::Strings::new("en");
/// assert_eq!(commplan_core::tr!(strings, "app-name"), "CommPlan");
/// ```
pub struct Strings {
    loader: FluentLanguageLoader,
    language: String,
}

impl Strings {
    /// The strings of `language` (a primary tag such as "it"); English when
    /// CommPlan has no strings in that language.
    pub fn new(language: &str) -> Self {
        let wanted = language.trim().to_ascii_lowercase();
        let found = available()
            .into_iter()
            .find(|l| l.language.as_str() == wanted);
        let (id, language) = match found {
            Some(id) => {
                let code = id.language.to_string();
                (id, code)
            }
            None => {
                let english = ALL_LANGUAGES.fallback_language().clone();
                let code = english.language.to_string();
                (english, code)
            }
        };
        Self {
            loader: ALL_LANGUAGES.select_languages(&[id]),
            language,
        }
    }

    /// The strings of the language the interface shows now.
    pub fn interface() -> Self {
        Self::new(&current())
    }

    /// Does CommPlan have strings in `language`?
    pub fn has(language: &str) -> bool {
        let wanted = language.trim().to_ascii_lowercase();
        available().iter().any(|l| l.language.as_str() == wanted)
    }

    /// The language actually used ("en" when the one asked for is missing).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// A whole number with this language's thousands separator ("12.345"
    /// in Italian, "12,345" in English), whatever the interface language.
    pub fn number(&self, value: u64) -> String {
        crate::format::grouped(value, &crate::tr!(self, "format-thousands-separator"))
    }

    /// The loader behind [`tr!`](crate::tr).
    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }
}

/// Looks up a Fluent message in a [`Strings`], checked at compile time
/// against English like [`fl!`](crate::fl).
#[macro_export]
macro_rules! tr {
    ($strings:expr, $id:literal) => {{
        i18n_embed_fl::fl!($strings.loader(), $id)
    }};
    ($strings:expr, $id:literal, $($args:tt)*) => {{
        i18n_embed_fl::fl!($strings.loader(), $id, $($args)*)
    }};
}

/// The system's preferred language, as a primary tag.
pub fn system_language() -> String {
    i18n_embed::DesktopLanguageRequester::requested_languages()
        .first()
        .map_or_else(|| "en".to_owned(), |l| l.language.to_string())
}
