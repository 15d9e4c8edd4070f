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
pub fn redrawn<'a, M: 'a>(key: u64, list: impl Into<iced::Element<'a, M>>) -> iced::Element<'a, M> {
    let alpha = 0.002 + (key % 5) as f32 * 0.001;
    iced::widget::container(list)
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

/// A pick list's width (pixels) that shows its longest option whole, at
/// text size `size`, within `most` pixels: the menu is as wide as the
/// list, so no option runs past its edge.
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
}
