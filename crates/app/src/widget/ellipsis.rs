//! Titles longer than their place end with "…" and show in full on hover.
//!
//! iced 0.14's text has no ellipsis: a long title is clipped mid-letter by
//! its container. [`fit`] cuts a title to an estimated width (always on a
//! char boundary); [`line()`] does it for the width a place gives at layout
//! time (a `responsive` around one line of text), with the full title in
//! a tooltip when it was cut. The widths are estimates of the interface
//! font (Fira Sans) by character class, erring wide, so a cut title is
//! never clipped too.

use std::borrow::Cow;
use std::cell::Cell;
use std::rc::Rc;

use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Layout, Shell, Widget, layout, mouse, overlay, renderer};
use iced::widget::{container, responsive, text, tooltip};
use iced::{Element, Event, Font, Length, Rectangle, Renderer, Size, Theme, Vector};

use crate::theme;

/// What ends a cut title.
pub const MARK: char = '…';

/// The advance of each printable ASCII character (from ' ' to '~'), in
/// ems: the wider of Fira Sans Regular and SemiBold (read from the fonts
/// in assets/fonts), kerning left out (it only narrows).
const ASCII: [f32; 95] = [
    0.265, 0.241, 0.430, 0.547, 0.545, 0.851, 0.753, 0.234, 0.324, 0.324, 0.447, 0.523, 0.240,
    0.406, 0.240, 0.520, 0.579, 0.456, 0.512, 0.515, 0.557, 0.527, 0.556, 0.462, 0.574, 0.552,
    0.240, 0.240, 0.514, 0.514, 0.514, 0.476, 1.020, 0.586, 0.615, 0.571, 0.650, 0.535, 0.491,
    0.641, 0.680, 0.295, 0.314, 0.622, 0.509, 0.784, 0.683, 0.692, 0.595, 0.691, 0.614, 0.565,
    0.534, 0.662, 0.567, 0.842, 0.571, 0.583, 0.539, 0.323, 0.520, 0.323, 0.554, 0.520, 0.330,
    0.547, 0.596, 0.478, 0.599, 0.551, 0.351, 0.544, 0.586, 0.282, 0.281, 0.542, 0.296, 0.857,
    0.586, 0.584, 0.596, 0.599, 0.397, 0.479, 0.380, 0.582, 0.508, 0.741, 0.505, 0.512, 0.454,
    0.323, 0.403, 0.323, 0.508,
];

/// The estimated advance of `c`, in ems (multiples of the font size).
fn advance(c: char) -> f32 {
    match c {
        ' '..='~' => ASCII.get(c as usize - 32).copied().unwrap_or(0.6),
        // Combining marks, joiners and variation selectors take no room
        // of their own; control characters are not drawn.
        '\u{0300}'..='\u{036F}' | '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' => 0.0,
        c if c.is_control() => 0.0,
        MARK => 0.74,
        c if wide(c) => 1.05,
        // Accented Latin letters are at most this wide; other scripts
        // average about the same.
        _ => 0.66,
    }
}

/// East Asian wide characters and emoji: about a whole em each.
fn wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F000}'..='\u{1FAFF}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// The estimated width of `text` on one line, in ems.
pub fn width(text: &str) -> f32 {
    text.chars().map(advance).sum()
}

/// `text` as it fits in `ems` (a width in multiples of the font size): the
/// whole of it when it fits, else its longest prefix (cut on a char
/// boundary, trailing spaces dropped) followed by [`MARK`], which fits.
/// Below the width of the mark alone (or for a width that is not a
/// number) it is the mark alone.
pub fn fit(text: &str, ems: f32) -> Cow<'_, str> {
    let ems = if ems.is_nan() { 0.0 } else { ems };
    if width(text) <= ems {
        return Cow::Borrowed(text);
    }
    let room = ems - advance(MARK);
    let mut used = 0.0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        used += advance(c);
        if used > room {
            break;
        }
        end = at + c.len_utf8();
    }
    let kept = text.get(..end).unwrap_or_default().trim_end();
    Cow::Owned(format!("{kept}{MARK}"))
}

/// How many ems of a font of `size` pixels fit in `pixels`.
pub fn ems(pixels: f32, size: u32) -> f32 {
    pixels / (size.max(1) as f32)
}

/// The line height of text of `size` pixels (iced's default, 1.3).
fn height(size: u32) -> f32 {
    (size as f32 * 1.3).ceil()
}

/// `title` on one line as wide as its place lets it be, ending in "…"
/// when cut. With `tip`, a cut title shows in full on hover (leave it out
/// where the place has a tooltip of its own). `font`: `None` for the
/// regular face.
pub fn line<'a, M: 'a>(
    title: impl Into<Cow<'a, str>>,
    size: u32,
    font: Option<Font>,
    tip: bool,
) -> Element<'a, M> {
    let title: Rc<str> = Rc::from(title.into().as_ref());
    let cut = Rc::new(Cell::new(false));
    let content = {
        let (title, cut) = (Rc::clone(&title), Rc::clone(&cut));
        responsive(move |room| {
            cut.set(width(&title) > ems(room.width, size));
            fitted(&title, room.width, size, font, tip)
        })
        .width(Length::Fill)
        .height(Length::Fixed(height(size)))
    };
    Element::new(Named {
        content: content.into(),
        title,
        cut,
    })
}

/// `title` cut to `pixels` (a width known beforehand, such as a bar's),
/// with the full title on hover when it was cut and `tip` asks for it.
pub fn fixed<'a, M: 'a>(
    title: &str,
    pixels: f32,
    size: u32,
    font: Option<Font>,
    tip: bool,
) -> Element<'a, M> {
    let content = fitted(title, pixels, size, font, tip);
    if width(title) <= ems(pixels, size) {
        return content;
    }
    Element::new(Named {
        content,
        title: Rc::from(title),
        cut: Rc::new(Cell::new(true)),
    })
}

/// A cut title that still answers to its whole text when widgets are
/// looked for by text (as assistive tools and the GUI tests do): the
/// content as it is, plus the whole title at its place when it was cut.
struct Named<'a, M> {
    content: Element<'a, M>,
    title: Rc<str>,
    cut: Rc<Cell<bool>>,
}

impl<M> Widget<M, Theme, Renderer> for Named<'_, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn tag(&self) -> tree::Tag {
        self.content.as_widget().tag()
    }

    fn state(&self) -> tree::State {
        self.content.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.content.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.content.as_widget().diff(tree);
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content.as_widget_mut().layout(tree, renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        if self.cut.get() {
            operation.text(None, layout.bounds(), &self.title);
        }
        self.content
            .as_widget_mut()
            .operate(tree, layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, Theme, Renderer>> {
        self.content
            .as_widget_mut()
            .overlay(tree, layout, renderer, viewport, translation)
    }
}

/// `title` cut to `pixels`, with the full title on hover when it was cut
/// and `tip` asks for it.
fn fitted<'a, M: 'a>(
    title: &str,
    pixels: f32,
    size: u32,
    font: Option<Font>,
    tip: bool,
) -> Element<'a, M> {
    let shown = fit(title, ems(pixels, size));
    let cut = matches!(shown, Cow::Owned(_));
    let mut words = text(shown.into_owned())
        .size(size)
        .wrapping(text::Wrapping::None);
    if let Some(font) = font {
        words = words.font(font);
    }
    if cut && tip {
        tooltip(
            words,
            container(text(title.to_owned()).size(13))
                .padding(8)
                .max_width(420)
                .style(theme::dialog),
            tooltip::Position::Bottom,
        )
        .gap(4)
        .delay(std::time::Duration::from_millis(400))
        .snap_within_viewport(true)
        .into()
    } else {
        words.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_that_fits_is_kept_whole() {
        assert_eq!(fit("Kick-off", 20.0), "Kick-off");
        assert!(matches!(fit("Kick-off", 20.0), Cow::Borrowed(_)));
    }

    #[test]
    fn a_long_title_is_cut_on_a_char_boundary_and_ends_in_the_mark() {
        let cut = fit("Conférence finale à Ljubljana", 6.0);
        assert!(cut.ends_with(MARK), "{cut}");
        assert!("Conférence finale à Ljubljana".starts_with(cut.trim_end_matches(MARK)));
        assert!(width(&cut) <= 6.0 + 1e-3);
        // No space left hanging before the mark.
        assert_eq!(
            fit("Kick-off meeting", width("Kick-off m") - 0.1),
            "Kick-off…"
        );
    }

    #[test]
    fn a_place_too_small_shows_the_mark_alone() {
        assert_eq!(fit("Anything", 0.1), "…");
        assert_eq!(fit("Anything", f32::NAN), "…");
        assert_eq!(fit("Anything", -3.0), "…");
        assert_eq!(fit("", 0.0), "");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any Unicode, any width: no panic; the whole title, or a prefix
        /// of it and the mark, within the width (the mark alone below it).
        #[test]
        fn a_cut_title_is_a_prefix_and_the_mark_and_fits(
            title in any::<String>(),
            ems in -2.0f32..80.0,
        ) {
            let shown = fit(&title, ems);
            if shown == title {
                prop_assert!(width(&title) <= ems.max(0.0) + 1e-3);
            } else {
                let kept = shown.strip_suffix(MARK).expect("ends with the mark");
                prop_assert!(title.starts_with(kept));
                if ems >= advance(MARK) {
                    prop_assert!(width(&shown) <= ems + 1e-3, "{} > {}", width(&shown), ems);
                } else {
                    prop_assert_eq!(kept, "");
                }
            }
        }
    }
}
