//! Items longer than a day drawn as one bar across the days of a week row
//! (the month's week rows, the week's all-day row), in lanes so that bars
//! over the same days sit one under the other.

use chrono::{Duration, NaiveDate};
use iced::widget::{Space, column, container, row};
use iced::{Element, FillPortion};

use super::Message;
use super::item::{self, Context};
use commplan_core::query::Span;

/// Height of a bar's lane.
pub const LANE: f32 = 19.0;

/// A bar over days `start..=end` (0–6) of a week row.
pub struct Bar {
    pub span: Span,
    pub start: usize,
    pub end: usize,
}

/// Puts a bar in the first lane with room over its days, opening a new
/// lane while there are fewer than `most`. A bar that finds no room is
/// given back.
pub fn place(lanes: &mut Vec<Vec<Bar>>, bar: Bar, most: usize) -> Option<Bar> {
    let free = lanes
        .iter()
        .position(|lane| lane.iter().all(|b| b.end < bar.start || b.start > bar.end));
    match free {
        Some(lane) => lanes[lane].push(bar),
        None if lanes.len() < most => lanes.push(vec![bar]),
        None => return Some(bar),
    }
    None
}

/// The lanes of a week row whose first day is `first`, to lay over its
/// cells: `left` pixels are left free for the row's side column, `top`
/// above the first lane.
pub fn over<'a>(
    context: &Context<'a>,
    first: NaiveDate,
    lanes: &[Vec<Bar>],
    left: f32,
    top: f32,
) -> Element<'a, Message> {
    let mut over = column![Space::new().height(top)].spacing(2);
    for lane in lanes {
        let mut line = row![Space::new().width(left)];
        let mut at = 0;
        let mut sorted: Vec<&Bar> = lane.iter().collect();
        sorted.sort_by_key(|b| b.start);
        for bar in sorted {
            if bar.start > at {
                line = line.push(Space::new().width(FillPortion((bar.start - at) as u16)));
            }
            let day = first + Duration::days(bar.start as i64);
            line = line.push(
                container(item::with_tip(
                    context,
                    &bar.span,
                    item::chip(context, &bar.span, day, true, 11, false),
                ))
                .padding([0, 3])
                .width(FillPortion((bar.end - bar.start + 1) as u16)),
            );
            at = bar.end + 1;
        }
        if at < 7 {
            line = line.push(Space::new().width(FillPortion((7 - at) as u16)));
        }
        over = over.push(line.height(LANE - 2.0));
    }
    over.into()
}
