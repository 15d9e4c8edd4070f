//! The agenda: every occurrence and deadline of the whole project, by day,
//! in one list that builds only the rows in view.

use chrono::{Datelike, NaiveDate};
use iced::widget::{container, mouse_area, row, text};
use iced::{Alignment, Element, Fill};

use super::Message;
use super::item::{self, Context};
use crate::label::Label;
use crate::theme::{self, Tone};
use crate::widget::{self, BOLD};
use commplan_core::query::{Filter, Index, Span};
use commplan_core::vocab::Status;
use commplan_core::{Activity, Plan};
use commplan_core::{fl, format};

/// Every row is this high, so the rows in view follow from the offset.
pub const ROW: f32 = 34.0;
/// Days a timed item is listed on at most.
const MOST_DAYS: i64 = 31;

/// One row of the agenda.
#[derive(Debug, Clone)]
pub enum Line {
    Day(NaiveDate),
    Item(NaiveDate, Span),
    Deadline(u32),
}

/// The agenda's rows under a filter, built once per change of the plan or
/// the filter.
#[derive(Debug, Default)]
pub struct Lines {
    pub lines: Vec<Line>,
    pub hidden: usize,
}

impl Lines {
    pub fn new(plan: &Plan, index: &Index, filter: &Filter) -> Self {
        let Some((first, last)) = index.bounds() else {
            return Self::default();
        };
        let found = index.query(plan, first, last, filter);
        // Items by their first day (timed items over several days, such as
        // a conference, on each of their days); deadlines on their due day.
        let mut dated: Vec<(NaiveDate, u8, Line)> = Vec::with_capacity(found.spans.len());
        for span in &found.spans {
            let days = if span.all_day {
                1
            } else {
                span.days().clamp(1, MOST_DAYS)
            };
            for day in span.first.iter_days().take(days as usize) {
                dated.push((day, 1, Line::Item(day, (*span).clone())));
            }
        }
        for &i in &found.deadlines {
            if let Some(d) = plan.deliverables.get(i as usize) {
                dated.push((d.due, 0, Line::Deadline(i)));
            }
        }
        dated.sort_by_key(|(day, order, _)| (*day, *order));
        let mut lines = Vec::with_capacity(dated.len() * 2);
        let mut current = None;
        for (day, _, line) in dated {
            if current != Some(day) {
                lines.push(Line::Day(day));
                current = Some(day);
            }
            lines.push(line);
        }
        Self {
            lines,
            hidden: found.hidden + found.hidden_deadlines,
        }
    }

    /// The row of the first day on or after `day`.
    pub fn row_of(&self, day: NaiveDate) -> usize {
        self.lines
            .iter()
            .position(|line| matches!(line, Line::Day(d) if *d >= day))
            .unwrap_or(self.lines.len().saturating_sub(1))
    }
}

pub fn view<'a>(
    context: &Context<'a>,
    lines: &Lines,
    window: &widget::Window,
) -> Element<'a, Message> {
    if lines.lines.is_empty() {
        return super::frame::nothing();
    }
    widget::windowed_with_id(
        super::AGENDA_LIST,
        window,
        lines.lines.len(),
        ROW,
        |i| match lines.lines.get(i) {
            Some(Line::Day(day)) => day_row(context, *day),
            Some(Line::Item(day, span)) => item_row(context, *day, span),
            Some(Line::Deadline(i)) => match context.plan.deliverables.get(*i as usize) {
                Some(d) => container(item::deadline(d, 13)).padding([4, 8]).into(),
                None => text("").into(),
            },
            None => text("").into(),
        },
        Message::AgendaScrolled,
    )
}

fn day_row<'a>(context: &Context<'a>, day: NaiveDate) -> Element<'a, Message> {
    let mut line = row![
        text(format::date_with_weekday(day)).size(14).font(BOLD),
        text(fl!("calendar-week-number", week = day.iso_week().week()))
            .size(12)
            .style(theme::muted)
    ]
    .spacing(10)
    .align_y(Alignment::Center);
    if day == context.today {
        line = line.push(widget::badge(fl!("calendar-today"), Tone::Info));
    }
    mouse_area(container(line).padding([8, 4]).width(Fill))
        .on_press(Message::DayPicked(day))
        .on_double_click(Message::Create(day, None))
        .into()
}

/// When an item takes place, as the agenda lists it.
pub fn when(span: &Span) -> String {
    if span.all_day {
        if span.first == span.last {
            fl!("calendar-all-day")
        } else {
            format!("{} – {}", format::date(span.first), format::date(span.last))
        }
    } else {
        format!("{}–{}", format::time(span.start), format::time(span.end))
    }
}

/// When an item takes place on one of its days: a timed item over
/// several days starts on its first ("09:00–"), ends on its last
/// ("–17:30"), and fills the days between.
fn when_on(span: &Span, day: NaiveDate) -> String {
    if span.all_day || span.first == span.last {
        when(span)
    } else if day == span.first {
        format!("{}–", format::time(span.start))
    } else if day == span.last {
        format!("–{}", format::time(span.end))
    } else {
        fl!("calendar-all-day")
    }
}

fn item_row<'a>(context: &Context<'a>, day: NaiveDate, span: &Span) -> Element<'a, Message> {
    let Some(activity): Option<&Activity> = context.activity(span) else {
        return text("").into();
    };
    // A foreign-zone item on one day starts at two times: "10:00 Rome ·
    // 09:00 Lisbon".
    let when = match super::zones::Both::of(context.plan, activity, span) {
        Some(both) if span.first == span.last => both.starts(),
        _ => when_on(span, day),
    };
    row![
        widget::cell(text(when).size(12).style(theme::muted), 170),
        widget::partner(context.plan, &activity.responsible),
        container(item::chip(context, span, day, false, 13, true)).width(Fill),
        widget::cell(
            widget::badge(activity.status.label(), status_tone(activity.status)),
            iced::Length::Shrink
        ),
    ]
    .spacing(8)
    .padding([4, 4])
    .align_y(Alignment::Center)
    .into()
}

/// The tone of a status badge.
fn status_tone(status: Status) -> Tone {
    match status {
        Status::Done => Tone::Success,
        Status::Cancelled => Tone::Danger,
        Status::Idea => Tone::Warning,
        _ => Tone::Info,
    }
}
