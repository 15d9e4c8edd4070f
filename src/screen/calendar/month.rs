//! The month grid: six weeks of seven days, ISO week numbers down the side,
//! up to a few items a day and "+N more" for the rest.

use chrono::{Datelike, Duration, NaiveDate};
use iced::widget::{Space, button, column, container, mouse_area, row, text};
use iced::{Element, Fill, mouse};

use super::item::{self, Context};
use super::{Message, weekdays};
use crate::data::query::{Filter, Index, Span};
use crate::theme;
use crate::widget::BOLD;
use crate::{fl, format};

/// Lines a day shows before "+N more".
const SHOWN: usize = 3;
/// Days in the grid.
const DAYS: usize = 42;

/// What falls on each day of the grid.
#[derive(Default)]
struct Day<'i> {
    spans: Vec<&'i Span>,
    deadlines: Vec<u32>,
}

pub fn view<'a>(
    context: &Context<'a>,
    index: &Index,
    filter: &Filter,
    from: NaiveDate,
) -> (Element<'a, Message>, usize) {
    let to = from + Duration::days(DAYS as i64 - 1);
    let found = index.query(context.plan, from, to, filter);
    let mut days: Vec<Day> = (0..DAYS).map(|_| Day::default()).collect();
    for span in &found.spans {
        let first = (span.first.max(from) - from).num_days();
        let last = (span.last.min(to) - from).num_days();
        for i in first..=last {
            if let Some(day) = days.get_mut(i as usize) {
                day.spans.push(span);
            }
        }
    }
    for &i in &found.deadlines {
        if let Some(d) = context.plan.deliverables.get(i as usize)
            && let Some(day) = days.get_mut((d.due - from).num_days() as usize)
        {
            day.deadlines.push(i);
        }
    }
    let month = context.anchor.month();
    let mut header = row![container(text("")).width(WEEK_COLUMN)].spacing(0);
    for weekday in weekdays() {
        header = header.push(
            container(
                text(format::weekday_short(weekday))
                    .size(13)
                    .font(BOLD)
                    .style(theme::muted),
            )
            .width(Fill)
            .center_x(Fill),
        );
    }
    let mut grid = column![header].spacing(0).height(Fill);
    for (w, week) in days.chunks(7).enumerate() {
        let first = from + Duration::days(7 * w as i64);
        // The ISO week of the row's Thursday (the row's Monday-based week).
        let number = (first + Duration::days(3)).iso_week().week();
        let mut line = row![
            container(text(number.to_string()).size(11).style(theme::muted))
                .width(WEEK_COLUMN)
                .padding([4, 2])
        ]
        .height(Fill);
        for (d, contents) in week.iter().enumerate() {
            let day = first + Duration::days(d as i64);
            line = line.push(cell(context, day, day.month() == month, contents));
        }
        grid = grid.push(line);
    }
    let hidden = found.hidden + found.hidden_deadlines;
    let grid = mouse_area(grid).on_scroll(|delta| {
        Message::Wheel(match delta {
            mouse::ScrollDelta::Lines { y, .. } => y,
            mouse::ScrollDelta::Pixels { y, .. } => y / 40.0,
        })
    });
    (grid.into(), hidden)
}

/// The week-number column's width.
const WEEK_COLUMN: f32 = 28.0;

fn cell<'a>(
    context: &Context<'a>,
    day: NaiveDate,
    this_month: bool,
    contents: &Day<'_>,
) -> Element<'a, Message> {
    let is_today = day == context.today;
    let number = text(day.day().to_string()).size(13);
    let number = if is_today {
        container(number.font(BOLD).style(theme::on_primary))
            .padding([0, 5])
            .style(theme::today_badge)
    } else {
        container(number)
    };
    let mut lines = column![number].spacing(2).width(Fill);
    let total = contents.deadlines.len() + contents.spans.len();
    // With more than fit, the last line says how many more there are.
    let room = if total > SHOWN { SHOWN - 1 } else { SHOWN };
    let mut shown = 0;
    for &i in &contents.deadlines {
        if shown == room {
            break;
        }
        if let Some(d) = context.plan.deliverables.get(i as usize) {
            lines = lines.push(item::deadline(d, 11));
            shown += 1;
        }
    }
    for span in &contents.spans {
        if shown == room {
            break;
        }
        lines = lines.push(item::chip(context, span, day, true, 11));
        shown += 1;
    }
    if total > shown {
        lines = lines.push(
            button(text(fl!("calendar-more", count = ((total - shown) as u64))).size(11))
                .padding([0, 4])
                .style(button::text)
                .on_press(Message::MoreClicked(day)),
        );
    }
    let lines = lines.push(Space::new().height(Fill));
    mouse_area(
        container(lines)
            .padding(3)
            .width(Fill)
            .height(Fill)
            .clip(true)
            .style(theme::day(is_today, day == context.anchor, !this_month)),
    )
    .on_press(Message::DayPicked(day))
    .on_double_click(Message::Create(day, None))
    .on_release(Message::Dropped(day, None))
    .into()
}
