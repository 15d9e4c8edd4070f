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

/// A value where a pick list would be, in a window that cannot change it
/// (the plan open read-only): a plain field drawn as disabled, with the
/// value in it, that takes no click. iced 0.14's pick lists cannot be
/// disabled; this keeps every form's look without an enabled control.
pub fn read_only<'a, M>(value: impl ToString) -> iced::Element<'a, M> {
    iced::Element::new(Plain {
        text: iced::widget::text(value.to_string())
            .size(14)
            .wrapping(iced::widget::text::Wrapping::None),
    })
}

/// The field of [`read_only`]: its text inside a muted, bordered box.
/// Holds no message type, so any form can show it.
struct Plain {
    text: iced::widget::Text<'static>,
}

/// The padding of a [`read_only`] field, as a text input's.
const PLAIN_PADDING: iced::Padding = iced::Padding {
    top: 5.0,
    right: 8.0,
    bottom: 5.0,
    left: 8.0,
};

impl<M> iced::advanced::Widget<M, iced::Theme, iced::Renderer> for Plain {
    fn tag(&self) -> iced::advanced::widget::tree::Tag {
        iced::advanced::Widget::<M, iced::Theme, iced::Renderer>::tag(&self.text)
    }

    fn state(&self) -> iced::advanced::widget::tree::State {
        iced::advanced::Widget::<M, iced::Theme, iced::Renderer>::state(&self.text)
    }

    fn size(&self) -> iced::Size<iced::Length> {
        iced::Size::new(iced::Length::Fill, iced::Length::Shrink)
    }

    fn layout(
        &mut self,
        tree: &mut iced::advanced::widget::Tree,
        renderer: &iced::Renderer,
        limits: &iced::advanced::layout::Limits,
    ) -> iced::advanced::layout::Node {
        iced::advanced::layout::padded(
            limits,
            iced::Length::Fill,
            iced::Length::Shrink,
            PLAIN_PADDING,
            |limits| {
                iced::advanced::Widget::<M, iced::Theme, iced::Renderer>::layout(
                    &mut self.text,
                    tree,
                    renderer,
                    limits,
                )
            },
        )
    }

    fn draw(
        &self,
        tree: &iced::advanced::widget::Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &iced::advanced::renderer::Style,
        layout: iced::advanced::Layout<'_>,
        cursor: iced::mouse::Cursor,
        viewport: &iced::Rectangle,
    ) {
        use iced::advanced::Renderer as _;
        let palette = theme.extended_palette();
        let bounds = layout.bounds();
        renderer.fill_quad(
            iced::advanced::renderer::Quad {
                bounds,
                border: iced::Border {
                    color: palette.background.strong.color,
                    width: 1.0,
                    radius: 2.0.into(),
                },
                ..iced::advanced::renderer::Quad::default()
            },
            palette.background.weak.color,
        );
        let muted = iced::advanced::renderer::Style {
            text_color: palette.background.strong.text.scale_alpha(0.75),
        };
        let _ = style;
        if let Some(text) = layout.children().next() {
            renderer.with_layer(bounds, |renderer| {
                iced::advanced::Widget::<M, iced::Theme, iced::Renderer>::draw(
                    &self.text, tree, renderer, theme, &muted, text, cursor, viewport,
                );
            });
        }
    }

    fn operate(
        &mut self,
        tree: &mut iced::advanced::widget::Tree,
        layout: iced::advanced::Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn iced::advanced::widget::Operation,
    ) {
        if let Some(text) = layout.children().next() {
            iced::advanced::Widget::<M, iced::Theme, iced::Renderer>::operate(
                &mut self.text,
                tree,
                text,
                renderer,
                operation,
            );
        }
    }
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
}
