//! The calendar's frame around the views: the toolbar (navigation, views,
//! jump to a date), the filter bar, the line about the selected item, the
//! legend, and the editor over it all.

use chrono::{Datelike, Duration, NaiveDate};
use iced::widget::{Space, button, column, container, row, text};
use iced::{Alignment, Element, Fill};

use super::{
    Calendar, Message, Rows, View, agenda, filters, item, month, timeline, week, week_start,
};
use crate::theme;
use crate::widget::{self, ellipsis, icon};
use commplan_core::Plan;
use commplan_core::query::Index;
use commplan_core::{fl, format};

impl Calendar {
    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        version: u64,
        today: NaiveDate,
        read_only: bool,
    ) -> Element<'a, Message> {
        let anchor = self.anchor(plan, today);
        let index = self.index(plan, version);
        let (from, to) = super::range(self.view, anchor);
        let context = item::Context {
            plan,
            today,
            anchor,
            selected: self.selected,
            preview: self.preview(plan, &index),
        };
        let (body, hidden) = match self.view {
            View::Month => month::view(&context, &index, &self.filter, from, self.more),
            View::Week => week::view(&context, &index, &self.filter, from, self.more),
            View::Agenda => {
                let lines = self.lines(plan, version, &index);
                let hidden = lines.hidden;
                (agenda::view(&context, &lines, &self.agenda), hidden)
            }
            View::Timeline => timeline::view(&context, &index, &self.filter, from, to, self.rows),
        };
        let mut content = column![
            self.toolbar(anchor, today),
            filters::bar(plan, &self.filter, self.facet, hidden),
        ]
        .spacing(10);
        if let Some(facet) = self.facet {
            content = content.push(filters::menu(plan, &self.filter, facet));
        }
        // The line about the selection has its room whether or not an
        // item is selected: a press that selects moves nothing under the
        // pointer.
        content = content.push(
            container(
                self.selection(plan, &index, context.preview, read_only)
                    .unwrap_or_else(hint),
            )
            .height(SELECTION_LINE)
            .width(Fill)
            .clip(true),
        );
        // After a drop on an occurrence of a series: this one or all? (It
        // comes after the release, so nothing moves under a press.)
        if self.pending.is_some() {
            content = content.push(super::choice::bar());
        }
        content = content.push(body);
        if self.view == View::Timeline {
            content = content.push(timeline::legend(plan, self.rows));
        } else {
            content = content.push(item::legend(plan));
        }
        let subtitle = self.subtitle(plan, &index);
        let page = widget::page(
            fl!("screen-calendar"),
            Some(subtitle),
            self.actions(read_only),
            content.into(),
        );
        // The page stays the stack's first layer with the editor open or
        // not, so opening it keeps the view's state (the week's scroll).
        let editor: Element<'a, Message> = match (&self.editor, self.removing) {
            (_, Some(id)) => super::removal::view(plan, id),
            (Some(editor), None) => editor.view(plan).map(Message::Editor),
            (None, None) => Space::new().into(),
        };
        iced::widget::stack![page, editor].into()
    }

    /// Where the dragged item would land, while a drag is over cells.
    fn preview(&self, plan: &Plan, index: &Index) -> Option<item::Preview> {
        let drag = self.drag?;
        let (from, to) = drag.cells?;
        let (days, minutes) = from.until(to?);
        let position = plan.activities.iter().position(|a| a.id == drag.pick.id)?;
        let span = index.span(u32::try_from(position).ok()?, drag.pick.step)?;
        Some(item::Preview::of(span, drag.pick, drag.grip, days, minutes))
    }

    /// A line about the selected item: when (its whole range, with dates),
    /// who, and what it overlaps; while it is dragged, where it would land.
    fn selection<'a>(
        &self,
        plan: &'a Plan,
        index: &Index,
        preview: Option<item::Preview>,
        read_only: bool,
    ) -> Option<Element<'a, Message>> {
        let pick = self.selected?;
        let position = plan.activities.iter().position(|a| a.id == pick.id)?;
        let activity = plan.activities.get(position)?;
        let span = index.span(u32::try_from(position).ok()?, pick.step)?;
        if let Some(preview) = preview.filter(|p| p.pick == pick) {
            let when = range(preview.all_day, preview.start, preview.end);
            return Some(
                container(
                    row![
                        icon::glyph(icon::CALENDAR_RANGE),
                        ellipsis::line(activity.title.as_str(), 16, Some(widget::BOLD), false),
                        text(fl!("calendar-drag-to", when = when))
                            .style(theme::muted)
                            .wrapping(text::Wrapping::None),
                    ]
                    .spacing(8)
                    .align_y(Alignment::Center),
                )
                .padding([3, 8])
                .width(Fill)
                .style(theme::card)
                .into(),
            );
        }
        let mut line = row![
            // Read-only, it opens the item to read (every field shown,
            // none changeable).
            tool_maybe(
                icon::PENCIL,
                if read_only {
                    fl!("calendar-show")
                } else {
                    fl!("calendar-edit")
                },
                Some(Message::ItemOpened(pick)),
            ),
            widget::partner(plan, &activity.responsible),
            // The title takes the room the times leave, cut with "…".
            ellipsis::line(activity.title.as_str(), 16, Some(widget::BOLD), true),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        // A foreign-zone item reads in the project's zone and its own.
        let both = super::zones::Both::of(plan, activity, span);
        let when = match &both {
            Some(both) => both.ranges(),
            None => range(span.all_day, span.start, span.end),
        };
        line = line.push(
            text(when)
                .style(theme::muted)
                .wrapping(text::Wrapping::None),
        );
        if both.is_none()
            && !span.all_day
            && let Some(zone) = activity_zone(activity)
        {
            line = line.push(
                text(zone)
                    .size(12)
                    .style(theme::muted)
                    .wrapping(text::Wrapping::None),
            );
        }
        let others: Vec<String> = index
            .overlapping(plan, span)
            .iter()
            .filter_map(|s| plan.activities.get(s.activity as usize))
            .map(|a| a.title.clone())
            .collect();
        if !others.is_empty() {
            line = line.push(
                text(fl!(
                    "calendar-overlaps",
                    count = others.len(),
                    titles = others.join(", ")
                ))
                .size(13)
                .style(theme::danger_text),
            );
        }
        if span.outside {
            line = line.push(
                text(fl!("calendar-outside-project"))
                    .size(13)
                    .style(theme::warning_text),
            );
        }
        Some(
            container(line)
                .padding([3, 8])
                .width(Fill)
                .clip(true)
                .style(theme::card)
                .into(),
        )
    }

    /// "55 activities · 2 conflicts · 1 after the project's end".
    fn subtitle(&self, plan: &Plan, index: &Index) -> String {
        let mut parts = vec![fl!("calendar-count", count = plan.activities.len())];
        if index.conflicts() > 0 {
            parts.push(fl!("calendar-conflicts", count = index.conflicts()));
        }
        if index.outside() > 0 {
            parts.push(fl!("calendar-outside", count = index.outside()));
        }
        parts.join(" · ")
    }

    fn actions(&self, read_only: bool) -> Element<'_, Message> {
        // Always there, greyed without a selection: selecting moves nothing.
        let when = |message| self.selected.filter(|_| !read_only).map(|_| message);
        row![
            tool_maybe(
                icon::COPY,
                fl!("calendar-duplicate"),
                when(Message::DuplicatePressed),
            ),
            tool_maybe(
                icon::TRASH_2,
                fl!("calendar-delete"),
                when(Message::DeletePressed),
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .push(
            button(icon::labelled(icon::PLUS, fl!("calendar-new")))
                .padding([6, 12])
                .on_press_maybe((!read_only).then_some(Message::NewPressed)),
        )
        .into()
    }

    fn toolbar(&self, anchor: NaiveDate, today: NaiveDate) -> Element<'_, Message> {
        let views = View::ALL.into_iter().fold(row![].spacing(4), |r, v| {
            r.push(widget::choice(
                v.title(),
                v == self.view,
                Message::ViewChosen(v),
            ))
        });
        let title = match self.view {
            View::Month => format::month_year(anchor),
            View::Timeline => {
                let (from, to) = super::range(View::Timeline, anchor);
                fl!(
                    "calendar-timeline-title",
                    from = format::month_year(from),
                    to = format::month_year(to)
                )
            }
            View::Week => {
                let start = week_start(anchor);
                fl!(
                    "calendar-week-title",
                    week = start.iso_week().week(),
                    from = format::date(start),
                    to = format::date(start + Duration::days(6))
                )
            }
            View::Agenda => format::date_with_weekday(anchor),
        };
        let jump = self.jump_field(today);
        let mut bar = row![
            tool(icon::CHEVRON_LEFT, String::new(), Message::Previous),
            button(text(fl!("calendar-today")))
                .style(theme::tool_button)
                .padding([5, 12])
                .on_press(Message::Today),
            tool(icon::CHEVRON_RIGHT, String::new(), Message::Next),
            text(title).size(18).font(widget::BOLD),
            Space::new().width(Fill),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        if self.jump_error {
            bar = bar.push(
                text(fl!("calendar-jump-invalid"))
                    .size(13)
                    .style(theme::danger_text),
            );
        }
        bar = bar.push(jump);
        if self.view == View::Timeline {
            bar = bar
                .push(widget::choice(
                    fl!("calendar-rows-partners"),
                    self.rows == Rows::Partners,
                    Message::RowsChosen(Rows::Partners),
                ))
                .push(widget::choice(
                    fl!("calendar-rows-work-packages"),
                    self.rows == Rows::WorkPackages,
                    Message::RowsChosen(Rows::WorkPackages),
                ));
        }
        column![bar, views].spacing(8).into()
    }
}

/// The zone a timed item's times are in.
fn activity_zone(activity: &commplan_core::Activity) -> Option<String> {
    match &activity.when {
        commplan_core::When::Timed { zone, .. } => Some(zone.name().to_owned()),
        commplan_core::When::Days { .. } => None,
    }
}

/// A quiet toolbar button with an icon (and a label when not empty).
fn tool<'a>(glyph: char, label: String, message: Message) -> Element<'a, Message> {
    tool_maybe(glyph, label, Some(message))
}

/// A toolbar button, greyed out without a message.
fn tool_maybe<'a>(glyph: char, label: String, message: Option<Message>) -> Element<'a, Message> {
    let content: Element<'a, Message> = if label.is_empty() {
        icon::glyph(glyph)
    } else {
        icon::labelled(glyph, label)
    };
    button(content)
        .style(theme::tool_button)
        .padding([5, 10])
        .on_press_maybe(message)
        .into()
}

/// Height of the line about the selection, kept whether or not an item
/// is selected.
const SELECTION_LINE: f32 = 32.0;

/// The selection line's words when nothing is selected.
fn hint<'a>() -> Element<'a, Message> {
    container(
        text(fl!("calendar-selection-hint"))
            .size(13)
            .style(theme::muted)
            .wrapping(text::Wrapping::None),
    )
    .padding([6, 8])
    .into()
}

/// An item's whole range as people read it: "12 Oct 2017", "9 Oct 2017 –
/// 13 Oct 2017", "11 Oct 2017, 09:00–17:30", "11 Oct 2017 09:00 – 12 Oct
/// 2017 17:30".
pub(super) fn range(
    all_day: bool,
    start: chrono::NaiveDateTime,
    end: chrono::NaiveDateTime,
) -> String {
    if all_day {
        if start.date() == end.date() {
            format::date(start.date())
        } else {
            format!(
                "{} – {}",
                format::date(start.date()),
                format::date(end.date())
            )
        }
    } else if start.date() == end.date() {
        format!(
            "{}, {}–{}",
            format::date(start.date()),
            format::time(start),
            format::time(end)
        )
    } else {
        format!(
            "{} {} – {} {}",
            format::date(start.date()),
            format::time(start),
            format::date(end.date()),
            format::time(end)
        )
    }
}

/// Shown instead of a view when the filters hide everything.
pub(super) fn nothing<'a>() -> Element<'a, Message> {
    container(widget::empty(fl!("calendar-nothing"))).into()
}
