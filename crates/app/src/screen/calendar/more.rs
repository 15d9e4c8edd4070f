//! "+N more": every item of a full day, listed over the view beside the
//! day (a popover), not in another view. A click on an item selects it,
//! a double click opens it; a click beside the list, its ×, or Escape
//! closes it.

use chrono::NaiveDate;
use iced::widget::{Space, button, column, container, mouse_area, row, scrollable, stack, text};
use iced::{Alignment, Element, Fill, Length};

use super::Message;
use super::item::{self, Context};
use crate::theme;
use crate::widget::{BOLD, icon};
use commplan_core::format;
use commplan_core::query::{Filter, Index, Span};

/// Width of the list.
pub const WIDTH: f32 = 280.0;
/// Height of one entry, and of the list's heading.
const LINE: f32 = 24.0;
/// The list scrolls past this height.
const MOST: f32 = 320.0;

/// What falls on one day: its items and the deadlines due.
#[derive(Debug, Clone)]
pub struct Items {
    pub day: NaiveDate,
    pub spans: Vec<Span>,
    pub deadlines: Vec<u32>,
}

impl Items {
    /// `day`'s items under `filter`.
    pub fn of(context: &Context<'_>, index: &Index, filter: &Filter, day: NaiveDate) -> Self {
        let found = index.query(context.plan, day, day, filter);
        Self {
            day,
            spans: found.spans.iter().map(|s| (*s).clone()).collect(),
            deadlines: found.deadlines.clone(),
        }
    }
}

/// The list of a day's items, and its height in pixels.
pub fn list<'a>(context: &Context<'a>, items: &Items) -> (Element<'a, Message>, f32) {
    let day = items.day;
    let mut entries = column![].spacing(4);
    for &i in &items.deadlines {
        if let Some(d) = context.plan.deliverables.get(i as usize) {
            entries = entries.push(item::deadline(d, 12));
        }
    }
    for span in &items.spans {
        entries = entries.push(item::chip(context, span, day, true, 12, true));
    }
    let count = items.deadlines.len() + items.spans.len();
    let height = (count as f32 * LINE).min(MOST);
    let heading = row![
        text(format::date_with_weekday(day)).size(13).font(BOLD),
        Space::new().width(Fill),
        button(icon::sized(icon::X, 12))
            .style(theme::tool_button)
            .padding([2, 6])
            .on_press(Message::MoreClosed),
    ]
    .align_y(Alignment::Center);
    let list =
        container(column![heading, scrollable(entries).height(Length::Fixed(height))].spacing(6))
            .padding(8)
            .width(WIDTH)
            .style(theme::dialog);
    (list.into(), height + LINE + 22.0)
}

/// `view` with the list laid over it at `x`, `y` (pixels from its top
/// left corner); a press beside the list closes it.
pub fn over<'a>(
    view: Element<'a, Message>,
    list: Element<'a, Message>,
    x: f32,
    y: f32,
) -> Element<'a, Message> {
    let beside = mouse_area(Space::new().width(Fill).height(Fill)).on_press(Message::MoreClosed);
    let placed = column![
        Space::new().height(y.max(0.0)),
        row![Space::new().width(x.max(0.0)), list]
    ];
    stack![view, beside, placed].into()
}

/// `view` (a week's seven day columns right of `left` pixels) with the
/// list laid over it under day `column` (0–6), `top` pixels down.
pub fn over_columns<'a>(
    view: Element<'a, Message>,
    list: Element<'a, Message>,
    left: f32,
    column: u16,
    top: f32,
) -> Element<'a, Message> {
    let beside = mouse_area(Space::new().width(Fill).height(Fill)).on_press(Message::MoreClosed);
    let mut line = row![Space::new().width(left)];
    if column > 0 {
        line = line.push(Space::new().width(Length::FillPortion(column)));
    }
    line = line.push(list);
    if column < 6 {
        line = line.push(Space::new().width(Length::FillPortion(6 - column)));
    }
    let placed = iced::widget::column![Space::new().height(top), line];
    stack![view, beside, placed].into()
}
