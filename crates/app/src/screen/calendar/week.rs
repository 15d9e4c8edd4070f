//! The week: seven days by hours, whole-day items and deadlines in a row on
//! top. Items that overlap share their day side by side. Half-hour slots
//! take double clicks (a new item there) and drops; an item's lower edge
//! is a grip that resizes it.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use iced::widget::{Space, button, column, container, mouse_area, row, scrollable, stack, text};
use iced::{Element, Fill, Length, mouse};

use super::bars::{self, Bar, LANE};
use super::item::{self, Context, minute_of};
use super::{Grip, Message, Spot, more, weekdays};
use crate::theme::{self, ItemLook};
use crate::widget::BOLD;
use crate::widget::{drag, ellipsis};
use commplan_core::Deliverable;
use commplan_core::query::{Filter, Index, Span};
use commplan_core::{fl, format};

/// Pixels per hour.
pub const HOUR: f32 = 44.0;
/// Minutes per slot (drop and double-click precision).
pub const SLOT: u32 = 30;
/// Width of the hours column.
const HOURS_COLUMN: f32 = 48.0;
/// Lanes of whole-day bars at most; more items show as "+N more".
const ALL_DAY_LANES: usize = 4;
/// Height of a deadline or "+N more" line under the lanes.
const LINE: f32 = 19.0;
/// Where the week opens scrolled to: 08:00.
pub const MORNING: f32 = 8.0 * HOUR;
/// The scrollable holding the hours.
pub const HOURS_LIST: &str = "calendar-week-hours";

pub fn view<'a>(
    context: &Context<'a>,
    index: &Index,
    filter: &Filter,
    from: NaiveDate,
    listed: Option<NaiveDate>,
) -> (Element<'a, Message>, usize) {
    let to = from + Duration::days(6);
    let found = index.query(context.plan, from, to, filter);
    let days: Vec<NaiveDate> = (0..7).map(|i| from + Duration::days(i)).collect();

    let mut header = row![Space::new().width(HOURS_COLUMN)];
    let mut all_day = row![
        container(text(fl!("calendar-all-day")).size(11).style(theme::muted))
            .width(HOURS_COLUMN)
            .padding([2, 0])
    ];
    let mut hours = row![hour_labels()];
    // Whole-day items as bars across the days they cover, in lanes; what
    // finds no lane is counted as "+N more" on its days.
    let mut lanes: Vec<Vec<Bar>> = Vec::new();
    let mut more = [0usize; 7];
    // Timed items over several days are bars too, not blocks through the
    // night.
    for span in found
        .spans
        .iter()
        .filter(|s| s.all_day || s.first != s.last)
    {
        let bar = Bar {
            span: (*span).clone(),
            start: (span.first.max(from) - from).num_days() as usize,
            end: (span.last.min(to) - from).num_days() as usize,
        };
        if let Some(bar) = bars::place(&mut lanes, bar, ALL_DAY_LANES) {
            for d in more.iter_mut().take(bar.end + 1).skip(bar.start) {
                *d += 1;
            }
        }
    }
    // The deadlines of each day.
    let mut due: [Vec<&Deliverable>; 7] = Default::default();
    for &i in &found.deadlines {
        if let Some(d) = context.plan.deliverables.get(i as usize)
            && let Some(day) = due.get_mut((d.due - from).num_days() as usize)
        {
            day.push(d);
        }
    }
    // Every day's cell as tall as the fullest: lanes, then its deadlines
    // and "+N more", then room to drop on.
    let lines = due
        .iter()
        .zip(more)
        .map(|(deadlines, more)| deadlines.len() + usize::from(more > 0))
        .max()
        .unwrap_or(0);
    let cell_height = 4.0 + lanes.len() as f32 * LANE + lines as f32 * LINE + 14.0;
    for (&day, weekday) in days.iter().zip(weekdays()) {
        let is_today = day == context.today;
        let label = text(format!("{} {}", format::weekday_short(weekday), day.day()))
            .size(13)
            .font(BOLD);
        header = header.push(
            container(if is_today {
                label.style(theme::on_primary)
            } else {
                label
            })
            .padding([2, 6])
            .width(Fill)
            .style(if is_today {
                theme::today_badge
            } else {
                theme::hour_line
            }),
        );
        let nth = (day - from).num_days() as usize;
        let mut top = column![].spacing(2).width(Fill);
        if !lanes.is_empty() {
            top = top.push(Space::new().height(lanes.len() as f32 * LANE - 2.0));
        }
        for d in due.get(nth).into_iter().flatten() {
            top = top.push(item::deadline(d, 11));
        }
        if let Some(&more) = more.get(nth)
            && more > 0
        {
            top = top.push(
                button(text(fl!("calendar-more", count = (more as u64))).size(11))
                    .padding([0, 4])
                    .style(button::text)
                    .on_press(Message::MoreClicked(day)),
            );
        }
        // Room to drop on, or double-click, when the day has no item.
        let top = top.push(Space::new().height(14));
        let target = context.preview.is_some_and(|p| p.all_day && p.covers(day));
        let cell = container(top)
            .padding(2)
            .width(Fill)
            .height(cell_height)
            .clip(true);
        let cell = if target {
            cell.style(theme::drop_target)
        } else {
            cell.style(theme::day(is_today, day == context.anchor, false))
        };
        all_day = all_day.push(
            mouse_area(cell)
                .on_press(Message::DayPicked(day))
                .on_double_click(Message::Create(day, None)),
        );
        let timed: Vec<&Span> = found
            .spans
            .iter()
            .copied()
            .filter(|s| !s.all_day && s.first == day && s.last == day)
            .collect();
        hours = hours.push(column_of(context, day, &timed));
    }
    // Drags run between half hours (in the hours) or days (in the all-day
    // row), found from where the pointer is in them.
    let slot = move |(column, row): drag::Cell| Spot {
        day: from + Duration::days(i64::from(column)),
        minute: u32::try_from(row).ok().map(|row| row * SLOT),
    };
    let slots = (24 * 60 / SLOT) as i32;
    let hours = drag::surface(
        hours,
        move |at, size| drag::grid_cell(at, size, HOURS_COLUMN, 7, slots),
        move |a, b| Message::Dragged(slot(a), b.map(slot)),
        move |a, b| Message::Dropped(slot(a), slot(b)),
        Message::DragCancelled,
    );
    let hours = scrollable(hours).id(HOURS_LIST).height(Fill);
    let hidden = found.hidden + found.hidden_deadlines;
    let whole = move |(column, _): drag::Cell| Spot {
        day: from + Duration::days(i64::from(column)),
        minute: None,
    };
    let all_day = drag::surface(
        stack![
            all_day,
            bars::over(context, from, &lanes, HOURS_COLUMN, 0.0)
        ],
        |at, size| drag::grid_cell(at, size, HOURS_COLUMN, 7, 1),
        move |a, b| Message::Dragged(whole(a), b.map(whole)),
        move |a, b| Message::Dropped(whole(a), whole(b)),
        Message::DragCancelled,
    );
    let body = column![header, all_day, hours].spacing(2).height(Fill);
    let body = match listed.filter(|day| from <= *day && *day <= to) {
        // The day's list under its all-day cell.
        Some(day) => {
            let items = more::Items::of(context, index, filter, day);
            let (list, _) = more::list(context, &items);
            let column = (day - from).num_days().clamp(0, 6) as u16;
            more::over_columns(body.into(), list, HOURS_COLUMN, column, 26.0 + cell_height)
        }
        None => body.into(),
    };
    (body, hidden)
}

fn hour_labels<'a>() -> Element<'a, Message> {
    let labels = (0..24).map(|h| {
        let at = NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN);
        container(
            text(format::time(NaiveDate::MIN.and_time(at)))
                .size(11)
                .style(theme::muted),
        )
        .height(HOUR)
        .into()
    });
    column(labels).width(HOURS_COLUMN).into()
}

/// Start and end minute of a span on `day` (clamped to the day).
fn minutes_on(span: &Span, day: NaiveDate) -> (u32, u32) {
    let start = if span.start.date() < day {
        0
    } else {
        minute_of(span.start)
    };
    let end = if span.end.date() > day {
        24 * 60
    } else {
        minute_of(span.end)
    };
    // Short items get room for a line of text.
    (start, end.max(start + 30))
}

/// One day's hours: half-hour slots under, the day's items over them in
/// lanes so overlapping items sit side by side.
fn column_of<'a>(context: &Context<'a>, day: NaiveDate, spans: &[&Span]) -> Element<'a, Message> {
    let is_today = day == context.today;
    // The half hours a dragged timed item would cover on this day.
    let target = context
        .preview
        .filter(|p| !p.all_day && p.covers(day))
        .map(|p| {
            let start = if p.start.date() < day {
                0
            } else {
                minute_of(p.start)
            };
            let end = if p.end.date() > day {
                24 * 60
            } else {
                minute_of(p.end)
            };
            (start, end.max(start + 1))
        });
    let mut ghost = context.ghost(11);
    let slots = (0..(24 * 60 / SLOT)).map(|i| {
        let minute = i * SLOT;
        let lit = target.is_some_and(|(start, end)| minute + SLOT > start && minute < end);
        let content: Element<'a, Message> = match ghost.take_if(|_| lit) {
            Some(ghost) => ghost,
            None => Space::new().into(),
        };
        mouse_area(
            container(content)
                .width(Fill)
                .height(HOUR * SLOT as f32 / 60.0)
                .clip(true)
                .style(if lit {
                    theme::drop_slot
                } else if minute.is_multiple_of(60) {
                    theme::hour_line
                } else {
                    no_style
                }),
        )
        .on_press(Message::DayPicked(day))
        .on_double_click(Message::Create(day, Some(minute)))
        .into()
    });
    let under = container(column(slots))
        .width(Fill)
        .style(theme::day(is_today, false, false));
    // Greedy lanes: an item goes in the first lane whose last item ended.
    let mut lanes: Vec<Vec<(u32, u32, &Span)>> = Vec::new();
    for span in spans {
        let (start, end) = minutes_on(span, day);
        match lanes
            .iter_mut()
            .find(|lane| lane.last().is_none_or(|last| last.1 <= start))
        {
            Some(lane) => lane.push((start, end, span)),
            None => lanes.push(vec![(start, end, span)]),
        }
    }
    let over = row(lanes.into_iter().map(|lane| {
        let mut col = column![].width(Fill);
        let mut at = 0;
        for (start, end, span) in lane {
            col = col.push(Space::new().height(px(start - at))).push(block(
                context,
                span,
                end - start,
            ));
            at = end;
        }
        col.into()
    }))
    .spacing(2)
    .padding([0, 2]);
    stack![under, over].width(Fill).into()
}

fn px(minutes: u32) -> Length {
    Length::Fixed(minutes as f32 * HOUR / 60.0)
}

fn no_style(_: &iced::Theme) -> container::Style {
    container::Style::default()
}

/// An item in the hours: its time and title; the lower edge resizes it.
fn block<'a>(context: &Context<'a>, span: &Span, minutes: u32) -> Element<'a, Message> {
    let (Some(activity), Some(pick)) = (context.activity(span), context.pick(span)) else {
        return Space::new().into();
    };
    let color = item::color(context.plan, activity);
    let look = ItemLook {
        selected: context.selected == Some(pick),
        conflict: span.conflict,
        faint: matches!(
            activity.status,
            commplan_core::vocab::Status::Idea | commplan_core::vocab::Status::Cancelled
        ),
    };
    // A foreign-zone item starts at two times: "10:00 Rome · 09:00 Lisbon".
    let time = match super::zones::Both::of(context.plan, activity, span) {
        Some(both) => both.starts(),
        None => format!("{}–{}", format::time(span.start), format::time(span.end)),
    };
    // A short item shows its title only; a longer one its times too.
    let body = if minutes >= 50 {
        column![
            ellipsis::line(time, 10, Some(BOLD), true),
            item::title(activity, 11, true),
            item::marks(activity, span, 10),
        ]
    } else {
        column![item::title(activity, 11, true)]
    }
    .spacing(1);
    let grip = mouse_area(container(Space::new()).width(Fill).height(4))
        .interaction(mouse::Interaction::ResizingVertically)
        .on_press(Message::Pressed(pick, Grip::End));
    let height = px(minutes);
    column![
        mouse_area(
            container(body)
                .padding([1, 3])
                .width(Fill)
                .height(Fill)
                .clip(true)
                .style(theme::item(color, look))
        )
        .on_press(Message::Pressed(pick, Grip::Move))
        .on_double_click(Message::ItemOpened(pick)),
        grip
    ]
    .height(height)
    .into()
}
