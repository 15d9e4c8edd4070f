//! The timeline: a row per partner or work package across six months, with
//! multi-week campaigns and their items as bars and deliverable deadlines
//! as flags. Bars move by dragging; their right edge resizes them.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, Months, NaiveDate};
use iced::widget::{
    Space, column, container, mouse_area, responsive, row, scrollable, stack, text, tooltip,
};
use iced::{Alignment, Element, Fill, Length, mouse};

use super::item::{self, Context};
use super::{Grip, Message, Rows, Spot};
use crate::theme::{self, ItemLook};
use crate::widget::drag;
use crate::widget::{self, BOLD, ellipsis, icon};
use commplan_core::query::{Filter, Index, Span};
use commplan_core::vocab::{Kind, Status};
use commplan_core::{Activity, Plan};
use commplan_core::{fl, format};

/// How many months the timeline shows.
pub const MONTHS: u32 = 6;
/// Pixels per day at the least (the months otherwise share the width).
const MIN_DAY: f32 = 4.0;
/// Room kept for the rows' scrollbar.
const SCROLLBAR: f32 = 14.0;
/// Height of one lane of bars.
const LANE: f32 = 20.0;
/// Width of the row labels.
const LABEL: f32 = 150.0;

/// The row an item or deadline belongs to.
type Key = Option<String>;

pub fn view<'a>(
    context: &Context<'a>,
    index: &Index,
    filter: &Filter,
    from: NaiveDate,
    to: NaiveDate,
    rows: Rows,
) -> (Element<'a, Message>, usize) {
    let plan = context.plan;
    let found = index.query(plan, from, to, filter);
    let mut groups: BTreeMap<Key, Vec<Span>> = BTreeMap::new();
    for span in &found.spans {
        if let Some(a) = context.activity(span) {
            groups
                .entry(key_of(a, rows))
                .or_default()
                .push((*span).clone());
        }
    }
    let mut deadlines: BTreeMap<Key, Vec<u32>> = BTreeMap::new();
    for &i in &found.deadlines {
        if let Some(d) = plan.deliverables.get(i as usize) {
            let key = match rows {
                Rows::Partners => Some(d.lead.to_string()),
                Rows::WorkPackages => Some(d.work_package.to_string()),
            };
            deadlines.entry(key).or_default().push(i);
        }
    }
    // Campaigns first, then their items right under them: sorted once,
    // not at every layout.
    for spans in groups.values_mut() {
        spans.sort_by_key(|s| {
            let a = context.activity(s);
            let campaign = a.and_then(|a| a.campaign).map(|c| c.0);
            let own = a.map(|a| a.id.0);
            (campaign.or(own), campaign.is_some(), s.first)
        });
    }
    let hidden = found.hidden + found.hidden_deadlines;
    let context = *context;
    let days = (to - from).num_days() as f32 + 1.0;
    // The months take the width there is (never less than a few pixels a
    // day); the wheel scrolls the rows, Page Up and Page Down the months.
    let body = responsive(move |size| {
        let day = ((size.width - LABEL - SCROLLBAR) / days).max(MIN_DAY);
        let scale = Scale { from, to, day };
        let mut body = column![header(&context, scale)].spacing(0);
        let mut listed = Vec::new();
        for (key, label) in labels(plan, rows) {
            let spans = groups.get(&key).map_or(&[][..], Vec::as_slice);
            let flags = deadlines.get(&key).map_or(&[][..], Vec::as_slice);
            body = body.push(group(&context, label, spans, flags, scale));
            listed.push(key);
        }
        // Items whose partner or work package is not in the plan's lists.
        for (_, spans) in groups.iter().filter(|(key, _)| !listed.contains(key)) {
            body = body.push(group(
                &context,
                text(fl!("calendar-rows-none")).size(12).into(),
                spans,
                &[],
                scale,
            ));
        }
        scrollable(body).height(Fill).into()
    });
    // A drag runs between days, found from where the pointer is across
    // the months (whatever row it is in).
    let width = move |size: iced::Size| ((size.width - LABEL - SCROLLBAR) / days).max(MIN_DAY);
    let spot = move |(column, _): drag::Cell| Spot {
        day: from + Duration::days(i64::from(column)),
        minute: None,
    };
    let body = drag::surface(
        body,
        move |at, size| {
            let column = ((at.x - LABEL) / width(size)).floor();
            (at.x >= LABEL && column < days && at.y >= 0.0 && at.y < size.height)
                .then_some((column as i32, 0))
        },
        move |a, b| Message::Dragged(spot(a), b.map(spot)),
        move |a, b| Message::Dropped(spot(a), spot(b)),
        Message::DragCancelled,
    );
    (body.into(), hidden)
}

/// The months shown and the width of a day.
#[derive(Clone, Copy)]
struct Scale {
    from: NaiveDate,
    to: NaiveDate,
    /// Pixels per day.
    day: f32,
}

impl Scale {
    fn width(self, days: Duration) -> Length {
        Length::Fixed(days.num_days().max(0) as f32 * self.day)
    }
}

fn key_of(activity: &Activity, rows: Rows) -> Key {
    match rows {
        Rows::Partners => Some(activity.responsible.to_string()),
        Rows::WorkPackages => activity.work_package.as_ref().map(ToString::to_string),
    }
}

/// The rows in the plan's order, with their labels.
fn labels<'a>(plan: &'a Plan, rows: Rows) -> Vec<(Key, Element<'a, Message>)> {
    match rows {
        Rows::Partners => plan
            .partners
            .iter()
            .map(|p| {
                let label = row![
                    widget::partner_chip(Some(p), &p.id),
                    text(p.short_name.clone()).size(12)
                ]
                .spacing(6)
                .align_y(Alignment::Center);
                (Some(p.id.to_string()), label.into())
            })
            .collect(),
        Rows::WorkPackages => plan
            .work_packages
            .iter()
            .map(|wp| {
                let label = column![
                    text(wp.id.to_string()).size(12).font(BOLD),
                    text(wp.title.clone()).size(11).style(theme::muted)
                ];
                (Some(wp.id.to_string()), label.into())
            })
            .chain(std::iter::once((
                None,
                text(fl!("calendar-rows-no-work-package")).size(12).into(),
            )))
            .collect(),
    }
}

/// Month names across the top, today's month marked.
fn header<'a>(context: &Context<'a>, scale: Scale) -> Element<'a, Message> {
    let Scale { from, to, .. } = scale;
    let mut months = row![Space::new().width(LABEL)];
    let mut month = from;
    while month <= to {
        let next = month
            .checked_add_months(Months::new(1))
            .unwrap_or(to + Duration::days(1));
        let days = (next.min(to + Duration::days(1)) - month).num_days();
        let this = context.today.year() == month.year() && context.today.month() == month.month();
        let label = text(format::month_year(month)).size(12).font(BOLD);
        months = months.push(
            container(if this {
                label.style(theme::on_primary)
            } else {
                label
            })
            .padding([2, 4])
            .width(days as f32 * scale.day)
            .clip(true)
            .style(if this {
                theme::today_badge
            } else {
                theme::hour_line
            }),
        );
        month = next;
    }
    months.into()
}

/// One partner's or work package's row: bars in lanes, then its deadlines.
fn group<'a>(
    context: &Context<'a>,
    label: Element<'a, Message>,
    spans: &[Span],
    flags: &[u32],
    scale: Scale,
) -> Element<'a, Message> {
    let Scale { from, to, day } = scale;
    let mut lanes: Vec<Vec<&Span>> = Vec::new();
    for span in spans {
        match lanes
            .iter_mut()
            .find(|lane| lane.last().is_none_or(|last| last.last < span.first))
        {
            Some(lane) => lane.push(span),
            None => lanes.push(vec![span]),
        }
    }
    let mut bars = column![].spacing(2);
    for lane in lanes {
        let mut line = row![].height(LANE);
        let mut at = from;
        for span in lane {
            let first = span.first.max(from);
            let last = span.last.min(to);
            line = line
                .push(Space::new().width(scale.width(first - at)))
                .push(bar(context, span, first, last, day));
            at = last + Duration::days(1);
        }
        bars = bars.push(line);
    }
    if !flags.is_empty() {
        let mut line = row![].height(LANE);
        let mut at = from;
        let mut sorted: Vec<u32> = flags.to_vec();
        sorted.sort_by_key(|i| context.plan.deliverables.get(*i as usize).map(|d| d.due));
        for i in sorted {
            let Some(d) = context.plan.deliverables.get(i as usize) else {
                continue;
            };
            if d.due < at {
                continue;
            }
            let flag = tooltip(
                icon::sized(icon::FLAG, 14).style(theme::danger_text),
                container(text(fl!(
                    "calendar-deadline-on",
                    code = d.code.as_str(),
                    title = d.title.as_str(),
                    date = format::date(d.due)
                )))
                .padding(6)
                .style(theme::card),
                tooltip::Position::Bottom,
            );
            line = line
                .push(Space::new().width(scale.width(d.due - at)))
                .push(container(flag).width(14.0));
            at = d.due + Duration::days(3);
        }
        bars = bars.push(line);
    }
    let bars = container(bars).width(scale.width(to - from + Duration::days(1)));
    // Where a dragged item of this row would land: its days lit, with its
    // ghost.
    let landing = context.preview.filter(|p| {
        p.first <= to && p.last >= from && spans.iter().any(|s| context.pick(s) == Some(p.pick))
    });
    let bars: Element<'a, Message> = match landing {
        Some(p) => {
            let first = p.first.max(from);
            let last = p.last.min(to);
            let band = container(context.ghost(11).unwrap_or_else(|| Space::new().into()))
                .width(scale.width(last - first + Duration::days(1)))
                .height(Fill)
                .style(theme::drop_target);
            stack![
                bars,
                row![Space::new().width(scale.width(first - from)), band]
            ]
            .into()
        }
        None => bars.into(),
    };
    let group = container(
        row![
            container(label).width(LABEL).padding([4, 6]).clip(true),
            bars
        ]
        .align_y(Alignment::Start),
    )
    .padding([3, 0])
    .style(theme::hour_line);
    // Today as a thin line down the whole row, through the middle of its day.
    let today = context.today;
    if from <= today && today <= to {
        let at = LABEL + (today - from).num_days() as f32 * day + day / 2.0 - 1.0;
        let line = row![
            Space::new().width(at),
            container(Space::new().width(2).height(Fill)).style(theme::today_line)
        ];
        stack![group, line].into()
    } else {
        group.into()
    }
}

/// One occurrence as a bar from its first to its last day in view.
fn bar<'a>(
    context: &Context<'a>,
    span: &Span,
    first: NaiveDate,
    last: NaiveDate,
    day: f32,
) -> Element<'a, Message> {
    let (Some(activity), Some(pick)) = (context.activity(span), context.pick(span)) else {
        return Space::new().into();
    };
    let days = (last - first).num_days() + 1;
    let look = ItemLook {
        selected: context.selected == Some(pick),
        conflict: span.conflict,
        faint: matches!(activity.status, Status::Idea | Status::Cancelled),
    };
    let label: Element<'a, Message> = if days as f32 * day > 40.0 {
        // Cut to the bar (less its padding), in full on hover when cut.
        let font = (activity.kind == Kind::Campaign).then_some(BOLD);
        ellipsis::fixed(&activity.title, days as f32 * day - 6.0, 11, font, true)
    } else {
        Space::new().into()
    };
    let body = mouse_area(
        container(label)
            .padding([2, 3])
            .width(Fill)
            .height(Fill)
            .clip(true)
            .style(theme::item(item::color(context.plan, activity), look)),
    )
    .on_press(Message::Pressed(pick, Grip::Move))
    .on_double_click(Message::ItemOpened(pick));
    // A bar too short for its title names it on hover (only those: a
    // tooltip on each of hundreds of bars made a frame slow on a large
    // plan).
    let body: Element<'a, Message> = if days as f32 * day > 40.0 {
        body.into()
    } else {
        item::with_tip(context, span, body.into())
    };
    let width = Length::Fixed((days as f32 * day).max(day));
    if days < 3 {
        return container(body).width(width).into();
    }
    let grip = mouse_area(container(Space::new()).width(4).height(Fill))
        .interaction(mouse::Interaction::ResizingHorizontally)
        .on_press(Message::Pressed(pick, Grip::End));
    row![body, grip].width(width).into()
}

/// What the bars' colours and flags mean.
pub fn legend<'a>(plan: &'a Plan, rows: Rows) -> Element<'a, Message> {
    let flag = row![
        icon::sized(icon::FLAG, 12).style(theme::danger_text),
        text(fl!("calendar-legend-deadline"))
            .size(12)
            .style(theme::muted)
    ]
    .spacing(4)
    .align_y(Alignment::Center);
    match rows {
        Rows::Partners => row![flag].spacing(12).into(),
        Rows::WorkPackages => row![flag, item::legend(plan)].spacing(12).into(),
    }
}
