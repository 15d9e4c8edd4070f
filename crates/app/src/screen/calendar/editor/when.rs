//! The editor's "When" section: all day or timed, the dates with their
//! calendars, the times with their lists, the zone, and the repetition.

use iced::widget::{checkbox, column, container, row, text};
use iced::{Alignment, Element};

use super::form::{END_INPUT, END_TIME_INPUT, START_INPUT, START_TIME_INPUT, ZONE_INPUT};
use super::{DateField, Editor, Field, ListField, Message};
use crate::theme;
use commplan_core::fl;

impl Editor {
    pub(super) fn when<'a>(
        &'a self,
        problem: &dyn Fn(Field) -> Option<String>,
    ) -> Element<'a, Message> {
        let start = self.date_field(
            DateField::Start,
            fl!("editor-start"),
            START_INPUT,
            problem(Field::Start).as_deref(),
        );
        let end = self.date_field(
            DateField::End,
            fl!("editor-end"),
            END_INPUT,
            problem(Field::End).as_deref(),
        );
        let dates: Element<'a, Message> = if self.all_day {
            row![start, end].spacing(12).into()
        } else {
            let time = |which, label, id, field| {
                self.list_field(which, label, id, problem(field).as_deref())
            };
            row![
                start,
                time(
                    ListField::StartTime,
                    fl!("editor-start-time"),
                    START_TIME_INPUT,
                    Field::StartTime
                ),
                end,
                time(
                    ListField::EndTime,
                    fl!("editor-end-time"),
                    END_TIME_INPUT,
                    Field::EndTime
                ),
            ]
            .spacing(12)
            .into()
        };
        let repetition: Element<'a, Message> = if self.scope().is_some_and(|s| s.only) {
            text(fl!("editor-scope-note"))
                .size(13)
                .style(theme::muted)
                .into()
        } else {
            self.rule.view(
                commplan_core::text::parse_date(&self.start),
                problem,
                self.read_only,
                self.until_field(problem),
            )
        };
        let mut all_day = checkbox(self.all_day).label(fl!("editor-all-day"));
        if !self.read_only {
            all_day = all_day.on_toggle(Message::AllDayToggled);
        }
        // The typed forms beside "All day"; the zone under the times, as
        // it matters only for timed items.
        let first = row![
            all_day,
            text(fl!("editor-date-hint")).size(12).style(theme::muted),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        let mut when = column![first, dates].spacing(6);
        if !self.all_day {
            when = when.push(
                container(self.list_field(
                    ListField::Zone,
                    fl!("editor-zone"),
                    ZONE_INPUT,
                    problem(Field::Zone).as_deref(),
                ))
                .width(320),
            );
        }
        column![when, repetition,].spacing(4).into()
    }

    /// The repetition's "until" field, with its month calendar.
    fn until_field<'a>(&self, problem: &dyn Fn(Field) -> Option<String>) -> Element<'a, Message> {
        self.date_field(
            DateField::Until,
            fl!("editor-until"),
            super::UNTIL_INPUT,
            problem(Field::Until).as_deref(),
        )
    }
}
