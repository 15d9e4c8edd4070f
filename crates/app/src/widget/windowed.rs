//! A long list that builds only the rows in view.
//!
//! Every row has the same height, so the rows in view follow from the scroll
//! offset alone: the list lays out spacers for the rows above and below the
//! window and builds only the few dozen rows a person can see. A list of
//! 50,000 log entries costs what a list of 40 costs.

use iced::widget::{Space, column, container, scrollable};
use iced::{Element, Fill};

/// Rows built beyond each edge of the window, so fast scrolling shows no
/// gap before the next frame.
const OVERSCAN: usize = 8;

/// The height assumed before the list has been laid out once: a tall
/// window, so the first frame is never short of rows.
const FIRST_HEIGHT: f32 = 1400.0;

/// Where a windowed list is scrolled to; kept in the screen's state and
/// updated from [`Window::scrolled`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    offset: f32,
    height: f32,
}

impl Default for Window {
    fn default() -> Self {
        Self {
            offset: 0.0,
            height: FIRST_HEIGHT,
        }
    }
}

impl Window {
    /// Records a scroll event of the list.
    pub fn scrolled(&mut self, viewport: scrollable::Viewport) {
        self.offset = viewport.absolute_offset().y.max(0.0);
        let height = viewport.bounds().height;
        if height > 0.0 {
            self.height = height;
        }
    }

    /// Back to the top, e.g. when a filter changes what the list holds.
    pub fn reset(&mut self) {
        self.offset = 0.0;
    }

    /// The rows in view (with overscan) of `count` rows `row_height` high.
    pub fn range(&self, count: usize, row_height: f32) -> std::ops::Range<usize> {
        if count == 0 || row_height <= 0.0 {
            return 0..0;
        }
        let first = (self.offset / row_height).floor() as usize;
        let visible = (self.height / row_height).ceil() as usize + 1;
        let start = first.saturating_sub(OVERSCAN).min(count);
        let end = first
            .saturating_add(visible)
            .saturating_add(OVERSCAN)
            .min(count);
        start..end
    }
}

/// A vertical scrolling list of `count` rows, each `row_height` pixels high,
/// that builds only the rows in `window`. `row(i)` builds row `i`;
/// `on_scroll` reports scrolling so the owner can update its [`Window`].
pub fn windowed<'a, M: 'a>(
    window: &Window,
    count: usize,
    row_height: f32,
    row: impl Fn(usize) -> Element<'a, M>,
    on_scroll: impl Fn(scrollable::Viewport) -> M + 'a,
) -> Element<'a, M> {
    list(window, count, row_height, row, on_scroll).into()
}

/// [`windowed`] with an id, so a task can scroll it (to a date, a row).
pub fn windowed_with_id<'a, M: 'a>(
    id: &'static str,
    window: &Window,
    count: usize,
    row_height: f32,
    row: impl Fn(usize) -> Element<'a, M>,
    on_scroll: impl Fn(scrollable::Viewport) -> M + 'a,
) -> Element<'a, M> {
    list(window, count, row_height, row, on_scroll)
        .id(id)
        .into()
}

fn list<'a, M: 'a>(
    window: &Window,
    count: usize,
    row_height: f32,
    row: impl Fn(usize) -> Element<'a, M>,
    on_scroll: impl Fn(scrollable::Viewport) -> M + 'a,
) -> scrollable::Scrollable<'a, M> {
    let range = window.range(count, row_height);
    let above = range.start as f32 * row_height;
    let below = (count - range.end) as f32 * row_height;
    let rows = range.map(|i| {
        container(row(i))
            .height(row_height)
            .width(Fill)
            .clip(true)
            .into()
    });
    let list = column![Space::new().height(above)]
        .extend(rows)
        .push(Space::new().height(below));
    scrollable(container(list).padding(iced::Padding {
        right: 14.0,
        ..iced::Padding::ZERO
    }))
    .on_scroll(on_scroll)
    .height(Fill)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(offset: f32, height: f32) -> Window {
        Window { offset, height }
    }

    #[test]
    fn top_of_a_long_list_builds_only_the_first_screenful() {
        let range = at(0.0, 400.0).range(50_000, 40.0);
        assert_eq!(range, 0..(11 + OVERSCAN));
    }

    #[test]
    fn middle_of_the_list_builds_rows_around_the_offset() {
        let range = at(40_000.0, 400.0).range(50_000, 40.0);
        assert_eq!(range, (1000 - OVERSCAN)..(1011 + OVERSCAN));
    }

    #[test]
    fn the_window_never_runs_past_the_end() {
        assert_eq!(at(1e9, 400.0).range(30, 40.0), 30..30);
        assert_eq!(at(1000.0, 400.0).range(30, 40.0), 17..30);
        assert_eq!(at(0.0, 400.0).range(0, 40.0), 0..0);
    }
}
