//! The person's settings: theme, language, and where things are kept.

use std::path::Path;

use iced::widget::{Space, column, radio, row, text};
use iced::{Alignment, Element};

use crate::config::{Paths, Settings, ThemeChoice};
use crate::theme;
use crate::widget::pick::Pick;
use crate::widget::{self, BOLD};
use commplan_core::fl;

#[derive(Debug, Clone)]
pub enum Message {
    ThemeChosen(ThemeChoice),
    LanguageChosen(Language),
    ProjectPressed,
}

/// What the settings screen asks the app to do: the settings belong to the
/// app, which keeps them on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Use this theme from now on.
    SetTheme(ThemeChoice),
    /// Switch the interface to this language (a primary tag, "it").
    SetLanguage(String),
    /// Open the project form on the open plan's project.
    EditProject,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::ThemeChosen(choice) => Action::SetTheme(choice),
        Message::LanguageChosen(language) => Action::SetLanguage(language.value),
        Message::ProjectPressed => Action::EditProject,
    }
}

/// A language the interface can use: its primary tag ("it"), read as its
/// own name.
pub type Language = Pick<String>;

/// The language whose primary tag is `code`, named in itself (a tag it
/// does not know is read as the tag).
pub fn language(code: &str) -> Language {
    let name = match code {
        "en" => "English",     // not words: each language by its own name
        "it" => "Italiano",    // not words
        "de" => "Deutsch",     // not words
        "fr" => "Français",    // not words
        "sl" => "Slovenščina", // not words
        other => other,
    };
    Pick::new(code.to_owned(), name)
}

fn theme_label(choice: ThemeChoice) -> String {
    match choice {
        ThemeChoice::System => fl!("settings-theme-system"),
        ThemeChoice::Light => fl!("settings-theme-light"),
        ThemeChoice::Dark => fl!("settings-theme-dark"),
    }
}

fn place<'a>(label: String, path: &Path) -> Element<'a, Message> {
    row![
        widget::cell(text(label).style(theme::muted), 200),
        text(path.display().to_string())
            .font(iced::Font::MONOSPACE)
            .size(13),
    ]
    .spacing(12)
    .align_y(Alignment::Center)
    .into()
}

pub fn view<'a>(
    settings: &'a Settings,
    paths: &'a Paths,
    plan_path: Option<&'a Path>,
) -> Element<'a, Message> {
    let themes = row(ThemeChoice::ALL.into_iter().map(|choice| {
        radio(
            theme_label(choice),
            choice,
            Some(settings.theme),
            Message::ThemeChosen,
        )
        .into()
    }))
    .spacing(24);

    // Each language by its own name, all in sight: a person who cannot read
    // the current one still finds theirs.
    let current = commplan_core::i18n::current();
    let languages = row(commplan_core::i18n::available().into_iter().map(|l| {
        let language = language(l.language.as_str());
        widget::choice(
            language.label.clone(),
            language.value == current,
            Message::LanguageChosen(language),
        )
    }))
    .spacing(6);
    let language = row![text(fl!("settings-language")).font(BOLD), languages]
        .spacing(12)
        .align_y(Alignment::Center);

    let mut places = column![
        place(fl!("settings-data-folder"), &paths.data),
        place(fl!("settings-backups-folder"), &paths.backups().root),
        place(fl!("settings-settings-file"), &paths.settings_file()),
        place(fl!("settings-log-file"), &paths.log_file()),
    ]
    .spacing(8);
    if let Some(plan) = plan_path {
        places = places.push(place(fl!("settings-plan-file"), plan));
    }

    let content = column![
        widget::card(
            fl!("settings-appearance"),
            column![themes, language].spacing(16)
        ),
        widget::card(
            fl!("settings-project"),
            row![
                text(fl!("settings-project-hint")).width(iced::Fill),
                iced::widget::button(text(fl!("overview-edit-project")))
                    .padding([4, 12])
                    .style(iced::widget::button::secondary)
                    .on_press(Message::ProjectPressed),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
        ),
        widget::card(fl!("settings-places"), places),
    ]
    .spacing(16);
    widget::page(
        fl!("screen-settings"),
        None,
        Space::new().into(),
        widget::scroll(content),
    )
}
