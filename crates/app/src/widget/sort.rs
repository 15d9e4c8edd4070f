//! Tables sorted by a column: which column and which way, what a click on a
//! heading does to that, and the heading itself.

use iced::widget::{Button, button, row, text};
use iced::{Alignment, Theme};

use super::icon;

/// A column a table can be sorted by (each table has its own enum).
pub trait Sortable: Copy + PartialEq {
    /// Whether a first click on this column sorts it largest or newest
    /// first. Ascending unless the column says otherwise.
    fn descending_first(self) -> bool {
        false
    }
}

/// How a table is sorted: by `column`, ascending unless `descending`.
///
/// The default is the column's default, the way a first click on it sorts
/// it ([`Sortable::descending_first`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort<C> {
    pub column: C,
    pub descending: bool,
}

impl<C: Sortable> Sort<C> {
    /// Sorted by `column`, descending or ascending.
    pub fn new(column: C, descending: bool) -> Self {
        Self { column, descending }
    }

    /// A click on `column`'s heading: the other way round when that column
    /// already sorts the table, else that column the way it sorts first.
    pub fn toggled(self, column: C) -> Self {
        if self.column == column {
            Self::new(column, !self.descending)
        } else {
            Self::new(column, column.descending_first())
        }
    }

    /// The arrow for `column`'s heading (pointing up for ascending), if the
    /// table is sorted by it.
    pub fn arrow(self, column: C) -> Option<char> {
        (self.column == column).then_some(if self.descending {
            icon::ARROW_DOWN
        } else {
            icon::ARROW_UP
        })
    }
}

impl<C: Sortable + Default> Default for Sort<C> {
    fn default() -> Self {
        let column = C::default();
        Self::new(column, column.descending_first())
    }
}

/// A sortable column's heading, for the table to give its width: the label
/// and, when the table is sorted by `column`, an arrow in `arrow_style`
/// pointing the way it runs. Pressing it sends `message`.
pub fn heading<'a, C: Sortable, M: Clone + 'a>(
    label: String,
    column: C,
    sort: Sort<C>,
    arrow_style: fn(&Theme) -> text::Style,
    message: M,
) -> Button<'a, M> {
    let arrow = sort
        .arrow(column)
        .map(|glyph| icon::sized(glyph, 12).style(arrow_style));
    button(
        row![super::header(label)]
            .push(arrow)
            .spacing(4)
            .align_y(Alignment::Center),
    )
    .padding(0)
    .style(button::text)
    .on_press(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    enum Column {
        #[default]
        Name,
        Size,
    }

    impl Sortable for Column {
        fn descending_first(self) -> bool {
            self == Column::Size
        }
    }

    #[test]
    fn a_click_sorts_by_a_column_then_turns_it_round() {
        let sort = Sort::<Column>::default();
        assert_eq!(sort, Sort::new(Column::Name, false), "the default column");
        let sort = sort.toggled(Column::Name);
        assert_eq!(sort, Sort::new(Column::Name, true), "turned round");
        assert_eq!(sort.toggled(Column::Name), Sort::new(Column::Name, false));
        let sort = sort.toggled(Column::Size);
        assert_eq!(sort, Sort::new(Column::Size, true), "largest first");
        assert_eq!(sort.toggled(Column::Size), Sort::new(Column::Size, false));
        assert_eq!(
            sort.toggled(Column::Name),
            Sort::new(Column::Name, false),
            "another column starts its own way, whatever the last one did"
        );
    }

    #[test]
    fn only_the_sorted_column_has_an_arrow() {
        let sort = Sort::new(Column::Size, true);
        assert_eq!(sort.arrow(Column::Size), Some(icon::ARROW_DOWN));
        assert_eq!(sort.arrow(Column::Name), None);
        assert_eq!(
            Sort::new(Column::Name, false).arrow(Column::Name),
            Some(icon::ARROW_UP)
        );
    }
}
