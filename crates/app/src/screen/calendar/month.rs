//! The month grid: six weeks of seven days, ISO week numbers down the side,
//! up to a few items a day and "+N more" for the rest.

use chrono::{Datelike, Duration, NaiveDate};
use iced::widget::{Space, button, column, container, mouse_area, responsive, row, stack, text};
use iced::{Element, Fill, mouse};

use super::bars::{self, Bar, LANE};
use super::item::{self, Context};
use super::{Message, Spot, more, weekdays};
use crate::theme;
use crate::widget::BOLD;
use crate::widget::drag;
use commplan_core::query::{Filter, Index, Span};
use commplan_core::{fl, format};

/// Days in the grid.
const DAYS: usize = 42;

/// Lanes of bars for items longer than a day, per week row.
const LANES: usize = 2;
/// Height of the day number above the bars.
const NUMBER: f32 = 21.0;

/// What falls on each day of the grid.
#[derive(Default)]
struct Day {
    /// Items of a single day.
    spans: Vec<Span>,
    deadlines: Vec<u32>,
    /// Longer items over this day that found no lane.
    overflow: usize,
    /// Lanes of bars drawn over this day's row.
    lanes: usize,
}

pub fn view<'a>(
    context: &Context<'a>,
    index: &Index,
    filter: &Filter,
    from: NaiveDate,
    more: Option<NaiveDate>,
) -> (Element<'a, Message>, usize) {
    let to = from + Duration::days(DAYS as i64 - 1);
    let more = more
        .filter(|day| from <= *day && *day <= to)
        .map(|day| more::Items::of(context, index, filter, day));
    let found = index.query(context.plan, from, to, filter);
    let mut days: Vec<Day> = (0..DAYS).map(|_| Day::default()).collect();
    let mut weeks: Vec<Vec<Vec<Bar>>> = (0..DAYS / 7).map(|_| Vec::new()).collect();
    for span in &found.spans {
        let first = (span.first.max(from) - from).num_days() as usize;
        let last = (span.last.min(to) - from).num_days() as usize;
        if span.first == span.last {
            if let Some(day) = days.get_mut(first) {
                day.spans.push((*span).clone());
            }
            continue;
        }
        // Longer items: a bar in each week row they cross.
        for w in first / 7..=last / 7 {
            let start = first.max(w * 7) - w * 7;
            let end = last.min(w * 7 + 6) - w * 7;
            let Some(lanes) = weeks.get_mut(w) else {
                continue;
            };
            let bar = Bar {
                span: (*span).clone(),
                start,
                end,
            };
            if let Some(bar) = bars::place(lanes, bar, LANES) {
                for d in bar.start..=bar.end {
                    if let Some(day) = days.get_mut(w * 7 + d) {
                        day.overflow += 1;
                    }
                }
            }
        }
    }
    for (w, lanes) in weeks.iter().enumerate() {
        for day in days.iter_mut().skip(w * 7).take(7) {
            day.lanes = lanes.len();
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
    let hidden = found.hidden + found.hidden_deadlines;
    let context = *context;
    // The grid's height says how many lines a day has room for.
    let grid = responsive(move |size| {
        let row = (size.height - HEADER) / 6.0;
        let lines = ((row - NUMBER - 4.0) / LINE).floor().max(1.0) as usize;
        let grid = grid(&context, from, month, &days, &weeks, lines);
        match &more {
            // A day's list beside its cell, kept inside the grid.
            Some(items) => {
                let nth = (items.day - from).num_days() as f32;
                let width = (size.width - WEEK_COLUMN) / 7.0;
                let (list, height) = more::list(&context, items);
                let x = (WEEK_COLUMN + (nth % 7.0) * width).min(size.width - more::WIDTH);
                let y = ((nth / 7.0).floor() * row + NUMBER).min(size.height - height);
                more::over(grid, list, x, y)
            }
            None => grid,
        }
    });
    // A drag runs between the grid's days, found from where the pointer
    // is in the grid (never from what a press changed on screen).
    let spot = move |(column, row): drag::Cell| Spot {
        day: from + Duration::days(i64::from(row * 7 + column)),
        minute: None,
    };
    let grid = drag::surface(
        grid,
        |at, size| drag::grid_cell(at, size, WEEK_COLUMN, 7, (DAYS / 7) as i32),
        move |a, b| Message::Dragged(spot(a), b.map(spot)),
        move |a, b| Message::Dropped(spot(a), spot(b)),
        Message::DragCancelled,
    );
    let grid = column![header, grid].height(Fill);
    let grid = mouse_area(grid).on_scroll(|delta| {
        Message::Wheel(match delta {
            mouse::ScrollDelta::Lines { y, .. } => y,
            mouse::ScrollDelta::Pixels { y, .. } => y / 40.0,
        })
    });
    (grid.into(), hidden)
}

/// Height of the weekday names.
const HEADER: f32 = 0.0;
/// Height of one line of a day (an item, a bar's lane).
const LINE: f32 = 19.0;

fn grid<'a>(
    context: &Context<'a>,
    from: NaiveDate,
    month: u32,
    days: &[Day],
    weeks: &[Vec<Vec<Bar>>],
    lines: usize,
) -> Element<'a, Message> {
    let mut grid = column![].spacing(0).height(Fill);
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
            line = line.push(cell(
                context,
                day,
                d == 0,
                day.month() == month,
                contents,
                lines,
            ));
        }
        let bars = weeks.get(w).map_or(&[][..], Vec::as_slice);
        let bars = &bars[..bars.len().min(lines)];
        grid = grid
            .push(stack![line, bars::over(context, first, bars, WEEK_COLUMN, NUMBER)].height(Fill));
    }
    grid.into()
}

/// The week-number column's width.
const WEEK_COLUMN: f32 = 28.0;

fn cell<'a>(
    context: &Context<'a>,
    day: NaiveDate,
    row_start: bool,
    this_month: bool,
    contents: &Day,
    shown_lines: usize,
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
    let mut lines = column![container(number).height(NUMBER - 3.0)]
        .spacing(2)
        .width(Fill);
    let lanes = contents.lanes.min(shown_lines);
    if lanes > 0 {
        lines = lines.push(Space::new().height(lanes as f32 * LANE - 2.0));
    }
    let total = contents.deadlines.len() + contents.spans.len() + contents.overflow;
    let fits = shown_lines.saturating_sub(lanes);
    // With more than fit, the last line says how many more there are;
    // with room for one line only, beside the one item shown.
    let beside = fits == 1 && total > 1;
    let room = if total > fits && !beside {
        fits.saturating_sub(1)
    } else {
        fits
    };
    let mut shown = 0;
    let mut items: Vec<Element<'a, Message>> = Vec::new();
    for &i in &contents.deadlines {
        if shown == room {
            break;
        }
        if let Some(d) = context.plan.deliverables.get(i as usize) {
            items.push(item::deadline(d, 11));
            shown += 1;
        }
    }
    for span in &contents.spans {
        if shown == room {
            break;
        }
        items.push(item::with_tip(
            context,
            span,
            item::chip(context, span, day, true, 11, false),
        ));
        shown += 1;
    }
    let more = (total > shown).then(|| {
        button(text(fl!("calendar-more", count = ((total - shown) as u64))).size(11))
            .padding([0, 4])
            .style(button::text)
            .on_press(Message::MoreClicked(day))
    });
    match (more, beside) {
        (Some(more), true) => {
            let last = items.pop().unwrap_or_else(|| Space::new().into());
            lines = lines.extend(items).push(
                row![container(last).width(Fill), more]
                    .spacing(2)
                    .align_y(iced::Alignment::Center),
            );
        }
        (Some(more), false) => lines = lines.extend(items).push(more),
        (None, _) => lines = lines.extend(items),
    }
    let lines = lines.push(Space::new().height(Fill));
    let cell = container(lines)
        .padding(2)
        .width(Fill)
        .height(Fill)
        .clip(true)
        .style(theme::day(is_today, day == context.anchor, !this_month));
    // Where a dragged item would land: the days lit, its ghost on the
    // first one in view.
    let cell: Element<'a, Message> = if context.target(day) {
        let mut over = column![Space::new().height(NUMBER - 3.0)].padding(2);
        if context.preview.is_some_and(|p| p.first == day || row_start)
            && let Some(ghost) = context.ghost(11)
        {
            over = over.push(ghost);
        }
        stack![
            cell,
            container(over)
                .width(Fill)
                .height(Fill)
                .style(theme::drop_target)
        ]
        .into()
    } else {
        cell.into()
    };
    mouse_area(cell)
        .on_press(Message::DayPicked(day))
        .on_double_click(Message::Create(day, None))
        .into()
}
