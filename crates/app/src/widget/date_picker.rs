//! A date field with a small month calendar that drops down under it: the
//! one date picker of the app, so every date field looks and works alike.
//!
//! The field stays a text field (typing `2017-06-29`, `29/06/2017` or
//! `29.06.2017` works as everywhere, see [`commplan_core::text::parse_date`]);
//! the button beside it opens a month grid in the interface's language
//! (month and weekday names from Fluent, weeks starting on the language's
//! first weekday). The grid floats over the form (an overlay from
//! `iced_aw`'s `DropDown`), so nothing under the pointer moves when it
//! opens, and a click outside or Escape closes it without a change.
//!
//! The screen that owns the field keeps which picker is open and which
//! month it shows ([`Open`]); the widget itself holds no state.

use chrono::{Datelike, Duration, Months, NaiveDate};
use iced::widget::{Space, button, column, container, row, text};
use iced::{Alignment, Element, Length};
use iced_aw::DropDown;

use super::icon;
use crate::theme;
use commplan_core::format;

/// A date picker that is open: which field it belongs to and the month
/// it shows (any day of that month).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Open<F> {
    pub field: F,
    pub month: NaiveDate,
}

impl<F: Copy + PartialEq> Open<F> {
    /// The picker of `field`, opened on the month of the date `value` holds
    /// (else `fallback`'s month).
    pub fn on(field: F, value: &str, fallback: NaiveDate) -> Self {
        Self {
            field,
            month: commplan_core::text::parse_date(value).unwrap_or(fallback),
        }
    }

    /// The same picker one month earlier (`-1`) or later (`1`).
    pub fn moved(self, months: i32) -> Self {
        let month = if months < 0 {
            self.month
                .checked_sub_months(Months::new(months.unsigned_abs()))
        } else {
            self.month
                .checked_add_months(Months::new(months.unsigned_abs()))
        };
        Self {
            month: month.unwrap_or(self.month),
            ..self
        }
    }
}

/// What a picker needs to send back.
pub struct Messages<M> {
    /// The calendar button was pressed (open, or close if open).
    pub toggle: M,
    /// A click outside the grid, or Escape: close without a change.
    pub dismiss: M,
    /// Show another month (`-1` earlier, `1` later).
    pub month: fn(i32) -> M,
    /// A day was picked.
    pub pick: Box<dyn Fn(NaiveDate) -> M>,
}

/// `field` (a text input) with its calendar button, and the month grid
/// under it when `shown` holds the month to show.
pub fn date_picker<'a, M: Clone + 'a>(
    field: impl Into<Element<'a, M>>,
    value: &str,
    shown: Option<NaiveDate>,
    today: NaiveDate,
    messages: Messages<M>,
) -> Element<'a, M> {
    placed(field, value, shown, today, messages, Below)
}

/// As [`date_picker`], with the month grid opening upwards, for a field
/// low in a form: `iced_aw`'s drop-down fits a grid that opens downwards
/// into the room below its field, so near the window's foot it would be
/// cut to a few weeks.
pub fn date_picker_above<'a, M: Clone + 'a>(
    field: impl Into<Element<'a, M>>,
    value: &str,
    shown: Option<NaiveDate>,
    today: NaiveDate,
    messages: Messages<M>,
) -> Element<'a, M> {
    placed(field, value, shown, today, messages, Above)
}

/// Where the month grid opens.
#[derive(Clone, Copy)]
enum Place {
    Below,
    Above,
}
use Place::{Above, Below};

fn placed<'a, M: Clone + 'a>(
    field: impl Into<Element<'a, M>>,
    value: &str,
    shown: Option<NaiveDate>,
    today: NaiveDate,
    messages: Messages<M>,
    place: Place,
) -> Element<'a, M> {
    let toggle = button(icon::icon(icon::CALENDAR).size(14))
        .padding([5, 7])
        .style(theme::tool_button)
        .on_press(messages.toggle.clone());
    let underlay = row![field.into(), toggle]
        .spacing(2)
        .align_y(Alignment::Center);
    let selected = commplan_core::text::parse_date(value);
    let overlay: Element<'a, M> = match shown {
        Some(month) => grid(month, selected, today, &messages),
        None => Space::new().into(),
    };
    DropDown::new(underlay, overlay, shown.is_some())
        .on_dismiss(messages.dismiss)
        .alignment(match place {
            Below => iced_aw::drop_down::Alignment::BottomEnd,
            Above => iced_aw::drop_down::Alignment::TopEnd,
        })
        .width(Length::Shrink)
        .into()
}

/// The month grid: a heading with the month and arrows, weekday names,
/// and six weeks of day buttons.
fn grid<'a, M: Clone + 'a>(
    month: NaiveDate,
    selected: Option<NaiveDate>,
    today: NaiveDate,
    messages: &Messages<M>,
) -> Element<'a, M> {
    let first = month.with_day(1).unwrap_or(month);
    let week_start = format::first_weekday();
    let back = i64::from(
        (first.weekday().num_days_from_monday() + 7 - week_start.num_days_from_monday()) % 7,
    );
    let start = first - Duration::days(back);
    let arrow = |glyph: char, step: i32| {
        button(icon::icon(glyph).size(14))
            .padding([3, 6])
            .style(theme::tool_button)
            .on_press((messages.month)(step))
    };
    let heading = row![
        arrow(icon::CHEVRON_LEFT, -1),
        container(text(format::month_year(first)).size(14)).center_x(Length::Fill),
        arrow(icon::CHEVRON_RIGHT, 1),
    ]
    .align_y(Alignment::Center)
    .width(Length::Fixed(7.0 * CELL));
    let names = row((0..7).map(|i| {
        let day = start + Duration::days(i);
        container(
            text(format::weekday_short(day.weekday()))
                .size(11)
                .style(theme::muted),
        )
        .center_x(Length::Fixed(CELL))
        .into()
    }));
    let mut weeks = column![heading, names].spacing(2);
    for week in 0..6 {
        weeks = weeks.push(row((0..7).map(|i| {
            let day = start + Duration::days(week * 7 + i);
            let label = text(day.day().to_string()).size(13);
            let label = if day.month() == first.month() {
                label
            } else {
                label.style(theme::muted)
            };
            let chosen = Some(day) == selected;
            button(container(label).center_x(Length::Fill))
                .width(Length::Fixed(CELL))
                .padding([4, 0])
                .style(if chosen {
                    button::primary
                } else if day == today {
                    button::secondary
                } else {
                    button::text
                })
                .on_press((messages.pick)(day))
                .into()
        })));
    }
    container(weeks).padding(8).style(theme::dialog).into()
}

/// The width of one day in the grid, in logical pixels.
const CELL: f32 = 32.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_move_across_year_ends_and_month_lengths() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let open = Open::on(1u8, "31/01/2017", day(2000, 1, 1));
        assert_eq!(open.month, day(2017, 1, 31));
        assert_eq!(open.moved(1).month, day(2017, 2, 28));
        assert_eq!(open.moved(-1).month, day(2016, 12, 31));
        let open = Open::on(1u8, "not a date", day(2020, 5, 5));
        assert_eq!(open.month, day(2020, 5, 5));
    }
}
