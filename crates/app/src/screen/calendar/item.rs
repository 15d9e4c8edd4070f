//! How one occurrence looks in any view: its partner's colour, a badge by
//! kind, its status (cancelled struck through, ideas faint, done ticked),
//! conflicts ringed in red; and the legend of partner colours.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use iced::widget::{Space, column, container, mouse_area, row, stack, text, tooltip};
use iced::{Alignment, Element, Fill, Length};

use super::{Grip, Message, Pick};
use crate::label::Label;
use crate::theme::{self, ItemLook};
use crate::widget::{self, BOLD, ellipsis, icon};
use commplan_core::query::Span;
use commplan_core::vocab::{Kind, Status};
use commplan_core::{Activity, Deliverable, Plan};
use commplan_core::{fl, format};

/// What every view needs to draw items.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub plan: &'a Plan,
    pub today: NaiveDate,
    pub anchor: NaiveDate,
    pub selected: Option<Pick>,
    /// Where the item being dragged would land.
    pub preview: Option<Preview>,
}

/// Where a dragged occurrence would land: its times shifted by the cells
/// between the press and the pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preview {
    pub pick: Pick,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub all_day: bool,
}

impl Preview {
    /// `span` moved (or, by its end, resized) by days and minutes.
    pub fn of(span: &Span, pick: Pick, grip: Grip, days: i64, minutes: i64) -> Self {
        let delta = Duration::days(days)
            + if span.all_day {
                Duration::zero()
            } else {
                Duration::minutes(minutes)
            };
        let mut start = span.start;
        if grip == Grip::Move {
            start += delta;
        }
        let end = (span.end + delta).max(start);
        let (first, last) = if span.all_day {
            (start.date(), end.date().max(start.date()))
        } else {
            // An end at midnight closes the day before.
            let last = if end > start && end.time() == chrono::NaiveTime::MIN {
                end.date() - Duration::days(1)
            } else {
                end.date()
            };
            (start.date(), last.max(start.date()))
        };
        Self {
            pick,
            start,
            end,
            first,
            last,
            all_day: span.all_day,
        }
    }

    /// Does it cover this day?
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }
}

impl<'a> Context<'a> {
    /// The item being dragged would land on this day.
    pub fn target(&self, day: NaiveDate) -> bool {
        self.preview.is_some_and(|p| p.covers(day))
    }

    /// A faint copy of the dragged item, to draw where it would land.
    pub fn ghost(&self, size: u32) -> Option<Element<'a, Message>> {
        let preview = self.preview?;
        let activity = self.plan.activity(preview.pick.id)?;
        let look = ItemLook {
            selected: true,
            conflict: false,
            faint: true,
        };
        Some(
            container(
                row![
                    icon::sized(kind_icon(activity.kind), size),
                    title(activity, size, false)
                ]
                .spacing(4)
                .align_y(Alignment::Center),
            )
            .padding([1, 4])
            .width(Fill)
            .clip(true)
            .style(theme::item(color(self.plan, activity), look))
            .into(),
        )
    }

    pub fn activity(&self, span: &Span) -> Option<&'a Activity> {
        self.plan.activities.get(span.activity as usize)
    }

    pub fn pick(&self, span: &Span) -> Option<Pick> {
        Some(Pick {
            id: self.activity(span)?.id,
            step: span.step,
        })
    }
}

/// The icon of a kind of item.
pub fn kind_icon(kind: Kind) -> char {
    match kind {
        Kind::Event | Kind::Conference => icon::USERS,
        Kind::Workshop => icon::BRIEFCASE,
        Kind::Webinar => icon::GLOBE,
        Kind::Newsletter => icon::MAIL,
        Kind::PressRelease => icon::MEGAPHONE,
        Kind::SocialPost => icon::EXTERNAL_LINK,
        Kind::Publication => icon::FILE_TEXT,
        Kind::Video => icon::EYE,
        Kind::WebsiteUpdate => icon::HOUSE,
        Kind::Campaign => icon::LAYERS,
        Kind::Other => icon::CIRCLE,
    }
}

/// The item's title, ending in "…" where it is cut (in full on hover
/// with `tip`), struck through when cancelled. The line is drawn over the
/// title's place: iced's own strikethrough ignores the clipping of a
/// narrow item and ran on across the calendar.
pub fn title<'a>(activity: &'a Activity, size: u32, tip: bool) -> Element<'a, Message> {
    let words = ellipsis::line(activity.title.as_str(), size, None, tip);
    if activity.status == Status::Cancelled {
        let line = container(Space::new().width(Fill).height(1)).style(theme::strike);
        stack![words, container(line).height(Fill).center_y(Fill)].into()
    } else {
        words
    }
}

/// One line for an occurrence: kind, optional time, title, and marks for
/// done, conflict and outside the project. A press selects it and may
/// start a drag; a double click opens the editor. A cut title shows in
/// full on hover with `tip` (where no tooltip of the item's is around it).
pub fn chip<'a>(
    context: &Context<'a>,
    span: &Span,
    day: NaiveDate,
    show_time: bool,
    size: u32,
    tip: bool,
) -> Element<'a, Message> {
    let Some(activity) = context.activity(span) else {
        return Space::new().into();
    };
    let Some(pick) = context.pick(span) else {
        return Space::new().into();
    };
    let mut line = row![icon::sized(kind_icon(activity.kind), size)]
        .spacing(4)
        .align_y(Alignment::Center);
    if activity.recurrence.is_some() {
        line = line.push(icon::sized(icon::REPEAT, size - 2));
    }
    if show_time && !span.all_day && span.first == day {
        line = line.push(text(format::time(span.start)).size(size).font(BOLD));
    }
    line = line.push(title(activity, size, tip));
    line = line.push(marks(activity, span, size));
    let color = color(context.plan, activity);
    let look = ItemLook {
        selected: context.selected == Some(pick),
        conflict: span.conflict,
        faint: matches!(activity.status, Status::Idea | Status::Cancelled),
    };
    mouse_area(
        container(line)
            .padding([1, 4])
            .width(Fill)
            .clip(true)
            .style(theme::item(color, look)),
    )
    .on_press(Message::Pressed(pick, Grip::Move))
    .on_double_click(Message::ItemOpened(pick))
    .into()
}

/// `element` (an item's chip or bar) with the item's title, partner, kind
/// and dates on hover, for items too small to show them.
pub fn with_tip<'a>(
    context: &Context<'a>,
    span: &Span,
    element: Element<'a, Message>,
) -> Element<'a, Message> {
    let Some(activity) = context.activity(span) else {
        return element;
    };
    let partner = context
        .plan
        .partner(&activity.responsible)
        .map_or_else(|| activity.responsible.to_string(), |p| p.name.clone());
    let tip = column![
        text(activity.title.clone()).size(13).font(BOLD),
        text(partner).size(12),
        text(format!(
            "{} · {}",
            activity.kind.label(),
            super::frame::range(span.all_day, span.start, span.end)
        ))
        .size(12)
        .style(theme::muted),
    ]
    .spacing(2)
    .max_width(360);
    tooltip(
        element,
        container(tip).padding(8).style(theme::dialog),
        tooltip::Position::Bottom,
    )
    .gap(4)
    .delay(std::time::Duration::from_millis(400))
    .snap_within_viewport(true)
    .into()
}

/// The colour of the partner responsible for an activity (grey when the
/// partner is unknown).
pub fn color(plan: &Plan, activity: &Activity) -> commplan_core::value::Color {
    plan.partner(&activity.responsible)
        .map_or(commplan_core::value::Color::rgb(0x88, 0x88, 0x88), |p| {
            p.color
        })
}

/// The minute of the day a time falls on.
pub fn minute_of(at: chrono::NaiveDateTime) -> u32 {
    use chrono::Timelike;
    at.hour() * 60 + at.minute()
}

/// Done, conflict and outside-the-project marks, right of the title.
pub fn marks<'a>(activity: &Activity, span: &Span, size: u32) -> Element<'a, Message> {
    let mut marks = row![Space::new().width(Fill)].spacing(2);
    if activity.status == Status::Done {
        marks = marks.push(icon::sized(icon::CHECK, size).style(theme::success_text));
    }
    if span.conflict {
        marks = marks.push(icon::sized(icon::TRIANGLE_ALERT, size).style(theme::danger_text));
    }
    if span.outside {
        marks = marks.push(icon::sized(icon::CIRCLE_ALERT, size).style(theme::warning_text));
    }
    marks.width(Length::Shrink).into()
}

/// A deliverable's due date.
pub fn deadline<'a>(deliverable: &Deliverable, size: u32) -> Element<'a, Message> {
    container(
        row![
            icon::sized(icon::FLAG, size),
            text(fl!(
                "calendar-deadline",
                code = deliverable.code.as_str(),
                title = deliverable.title.as_str()
            ))
            .size(size)
            .wrapping(text::Wrapping::None)
        ]
        .spacing(4)
        .align_y(Alignment::Center),
    )
    .padding([1, 4])
    .width(Fill)
    .clip(true)
    .style(theme::deadline)
    .into()
}

/// The partners' colours, so a colour can be read as a partner.
pub fn legend<'a>(plan: &'a Plan) -> Element<'a, Message> {
    let chips = plan.partners.iter().map(|p| {
        tooltip(
            widget::partner_chip(Some(p), &p.id),
            container(text(p.name.clone()).size(12))
                .padding(6)
                .style(theme::card),
            tooltip::Position::Top,
        )
        .into()
    });
    row(chips).spacing(6).wrap().into()
}
