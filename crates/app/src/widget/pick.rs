//! A choice for a pick list: a value and the words that name it.

use std::fmt;

/// One option of a pick list: `value` is what is chosen, `label` what a
/// person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick<T> {
    pub value: T,
    pub label: String,
}

impl<T> Pick<T> {
    /// `value`, read as `label`.
    pub fn new(value: T, label: impl Into<String>) -> Self {
        Self {
            value,
            label: label.into(),
        }
    }
}

impl<T> fmt::Display for Pick<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// The option among `options` whose value is `value`.
pub fn selected<T: PartialEq + Clone>(options: &[Pick<T>], value: &T) -> Option<Pick<T>> {
    options.iter().find(|p| &p.value == value).cloned()
}

/// A first option for no value at all, read as `none` ("All partners"),
/// then each of `options`.
pub fn with_none<T>(
    none: impl Into<String>,
    options: impl IntoIterator<Item = Pick<T>>,
) -> Vec<Pick<Option<T>>> {
    std::iter::once(Pick::new(None, none))
        .chain(
            options
                .into_iter()
                .map(|pick| Pick::new(Some(pick.value), pick.label)),
        )
        .collect()
}

/// A number that changes with the option a pick list shows, for
/// [`redrawn`].
pub fn key<T>(selected: &Option<Pick<T>>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    selected
        .as_ref()
        .map(|p| p.label.as_str())
        .hash(&mut hasher);
    hasher.finish()
}

/// A pick list laid on a quad whose (invisible) tint changes with the
/// option it shows.
///
/// Works around iced 0.14's CPU renderer: it repaints a changed text from
/// the point it is anchored at, and a pick list anchors its value at its
/// middle line, so the top half of the old value stayed on screen under
/// the new one until the mouse passed over it. A changed quad repaints its
/// whole area, so the list is redrawn whole whenever its value changes.
///
/// The quad carries the id [`LIST`], so a test can find every pick list
/// on screen (a pick list itself answers no widget operation).
pub fn redrawn<'a, M: 'a>(key: u64, list: impl Into<iced::Element<'a, M>>) -> iced::Element<'a, M> {
    let alpha = 0.002 + (key % 5) as f32 * 0.001;
    iced::widget::container(list)
        .id(LIST)
        .style(move |_| iced::widget::container::Style {
            background: Some(iced::Background::Color(iced::Color {
                r: 0.5,
                g: 0.5,
                b: 0.5,
                a: alpha,
            })),
            ..iced::widget::container::Style::default()
        })
        .into()
}

/// The most letters an option of a filter bar shows: longer ones (a
/// work package's title) end with "…", so a list fits the window and its
/// menu, which is as wide as the list, shows every option whole.
pub const LONGEST: usize = 48;

/// `label` as an option shows it: whole up to `most` letters, else cut at
/// the last space before it and ended with "…" (`most` letters at most,
/// the "…" included).
pub fn short(label: &str, most: usize) -> String {
    if label.chars().count() <= most {
        return label.to_owned();
    }
    let cut: String = label.chars().take(most.saturating_sub(1)).collect();
    let kept = match cut.rfind(' ') {
        Some(at) if at > cut.len() / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    format!("{}…", kept.trim_end_matches([' ', ',', ';', ':', '·']))
}

/// The id of the quad [`redrawn`] lays every pick list on.
pub const LIST: &str = "pick-list";

/// The id of the plain field [`read_only`] draws.
pub const READ_ONLY: &str = "pick-read-only";

/// A pick list's value drawn as a plain field that looks disabled, for a
/// read-only window: pick lists cannot be disabled in iced 0.14 (a click
/// still opens the menu and a choice still reaches the form), so a form
/// shows this in their place when nothing may be changed. As high as a
/// pick list (same padding and text), as wide as its container.
pub fn read_only<'a, M: 'a>(value: impl ToString) -> iced::Element<'a, M> {
    use iced::widget::{container, text};
    container(
        text(value.to_string())
            .wrapping(iced::widget::text::Wrapping::None)
            .style(|theme: &iced::Theme| text::Style {
                color: Some(
                    theme
                        .extended_palette()
                        .background
                        .strong
                        .text
                        .scale_alpha(0.6),
                ),
            }),
    )
    .id(READ_ONLY)
    .padding([5, 10])
    .width(iced::Length::Fill)
    .clip(true)
    .style(|theme: &iced::Theme| {
        let palette = theme.extended_palette();
        container::Style {
            background: Some(iced::Background::Color(palette.background.weak.color)),
            border: iced::Border {
                radius: 2.0.into(),
                width: 1.0,
                color: palette.background.strong.color,
            },
            ..container::Style::default()
        }
    })
    .into()
}

/// A pick list's width (pixels) that shows its longest option whole, at
/// text size `size`, within `most` pixels: the menu is as wide as the
/// list, so no option runs past its edge. An estimate from the number of
/// letters, for a fixed width (a plain read-only field in a list's place,
/// a list in a grid); a pick list left at its natural width (`Shrink`)
/// measures its options exactly and needs none.
pub fn width<T>(options: &[Pick<T>], size: f32, most: f32) -> f32 {
    // The interface font averages a little over half its size per letter;
    // the list adds its padding and arrow.
    let longest = options
        .iter()
        .map(|p| p.label.chars().count())
        .max()
        .unwrap_or(0);
    (longest as f32 * size * 0.46 + 44.0).clamp(80.0, most)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_only_field_is_an_element_of_any_form() {
        #[derive(Debug, Clone)]
        enum Form {}
        let _: iced::Element<'_, Form> = read_only("Event");
        let _: iced::Element<'_, u8> = read_only(42);
    }

    #[test]
    fn shows_its_label_and_is_found_by_its_value() {
        let options = with_none("any", [Pick::new(1, "one"), Pick::new(2, "two")]);
        let labels: Vec<String> = options.iter().map(ToString::to_string).collect();
        assert_eq!(labels, ["any", "one", "two"]);
        assert_eq!(
            selected(&options, &Some(2)),
            Some(Pick::new(Some(2), "two"))
        );
        assert_eq!(selected(&options, &None), Some(Pick::new(None, "any")));
        assert_eq!(selected(&options, &Some(3)), None);
    }

    #[test]
    fn a_long_option_is_cut_at_a_word_and_ends_with_an_ellipsis() {
        assert_eq!(
            short("WP C · Communication", LONGEST),
            "WP C · Communication"
        );
        let long = "WP T1 · A better understanding of S3 policies through a stress test";
        let shown = short(long, LONGEST);
        assert!(shown.ends_with('…'), "{shown}");
        assert!(shown.chars().count() <= LONGEST, "{shown}");
        assert!(long.starts_with(shown.trim_end_matches('…')), "{shown}");
        assert_eq!(short(&"x".repeat(100), LONGEST).chars().count(), LONGEST);
    }
}
