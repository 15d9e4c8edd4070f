//! The editor's repetition fields, as calendar clients have them: never,
//! daily, weekly on chosen weekdays, monthly on a day of the month or on
//! the nth (or last) weekday, yearly; every N; ending with the project, on
//! a date, or after a number of times. The rule in words shows under them.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use iced::widget::{Space, button, column, row, text};
use iced::{Alignment, Element};

use super::fields::{checked, choose, labelled, named};
use super::{Field, Message};
use crate::theme;
use crate::widget::pick::Pick;
use commplan_core::activity::{Moved, Recurrence, nth_of};
use commplan_core::fl;
use commplan_core::i18n::Strings;
use commplan_core::recurrence::words;
use commplan_core::text::parse_date;
use commplan_core::vocab::RepeatUnit;

/// Widget ids, so tests and keyboard focus can find the fields.
pub const EVERY_INPUT: &str = "activity-every";
pub const UNTIL_INPUT: &str = "activity-until";
pub const COUNT_INPUT: &str = "activity-count";

/// How a monthly repetition picks its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Monthly {
    /// The same day of the month (BYMONTHDAY).
    Day,
    /// The same nth weekday ("second Tuesday").
    Nth,
    /// The last such weekday of the month ("last Friday").
    Last,
}

/// How a repetition ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ends {
    /// With the project.
    Never,
    /// On a date (UNTIL).
    On,
    /// After a number of times (COUNT).
    After,
}

/// What the repetition fields hold, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Fields {
    pub unit: Option<RepeatUnit>,
    pub every: String,
    /// Chosen weekdays, Monday = 0.
    pub weekdays: BTreeSet<u32>,
    pub monthly: Monthly,
    pub ends: Ends,
    pub until: String,
    pub count: String,
    /// The rule's exceptions as it was opened, kept where they still apply.
    skipped: Vec<NaiveDate>,
    moved: Vec<Moved>,
}

impl Fields {
    /// The fields of `rule` (or of no repetition).
    pub fn of(rule: Option<&Recurrence>) -> Self {
        let Some(rule) = rule else {
            return Self {
                unit: None,
                every: "1".to_owned(),
                weekdays: BTreeSet::new(),
                monthly: Monthly::Day,
                ends: Ends::Never,
                until: String::new(),
                count: String::new(),
                skipped: Vec::new(),
                moved: Vec::new(),
            };
        };
        Self {
            unit: Some(rule.unit),
            every: rule.every.to_string(),
            weekdays: rule
                .weekdays
                .iter()
                .map(|w| w.num_days_from_monday())
                .collect(),
            monthly: match rule.nth {
                None => Monthly::Day,
                Some(-1) => Monthly::Last,
                Some(_) => Monthly::Nth,
            },
            ends: match (rule.until, rule.count) {
                (Some(_), _) => Ends::On,
                (None, Some(_)) => Ends::After,
                (None, None) => Ends::Never,
            },
            until: rule
                .until
                .map(|d| d.format(super::DATE).to_string())
                .unwrap_or_default(),
            count: rule.count.map(|c| c.to_string()).unwrap_or_default(),
            skipped: rule.skipped.clone(),
            moved: rule.moved.clone(),
        }
    }

    /// Ticks or unticks a weekday.
    pub fn toggle(&mut self, day: Weekday) {
        let day = day.num_days_from_monday();
        if !self.weekdays.remove(&day) {
            self.weekdays.insert(day);
        }
    }

    /// The rule the fields describe for an item starting on `start` (when
    /// it could be read), or `Err` after reporting each problem. Exceptions
    /// of the rule as opened are kept; the caller drops those that no
    /// longer fall on a day of the rule.
    pub fn build(
        &self,
        start: Option<NaiveDate>,
        problem: &mut dyn FnMut(Field, String),
    ) -> Result<Option<Recurrence>, ()> {
        let Some(unit) = self.unit else {
            return Ok(None);
        };
        let mut ok = true;
        let every = self.every.trim().parse::<u32>().ok().filter(|n| *n > 0);
        if every.is_none() {
            problem(Field::Every, fl!("editor-every-invalid"));
            ok = false;
        }
        let mut rule = Recurrence::new(every.unwrap_or(1), unit, None);
        match self.ends {
            Ends::Never => {}
            Ends::On => match parse_date(&self.until) {
                Some(d) if start.is_some_and(|s| d < s) => {
                    problem(Field::Until, fl!("editor-until-before-start"));
                    ok = false;
                }
                Some(d) => rule.until = Some(d),
                None => {
                    problem(
                        Field::Until,
                        fl!("editor-date-invalid", value = self.until.trim()),
                    );
                    ok = false;
                }
            },
            Ends::After => match self.count.trim().parse::<u32>().ok().filter(|n| *n > 0) {
                Some(count) => rule.count = Some(count),
                None => {
                    problem(Field::Count, fl!("editor-count-invalid"));
                    ok = false;
                }
            },
        }
        if let Some(start) = start {
            match unit {
                RepeatUnit::Week => {
                    let own = start.weekday().num_days_from_monday();
                    if !self.weekdays.is_empty() && !self.weekdays.contains(&own) {
                        problem(Field::Weekdays, fl!("editor-weekday-missing"));
                        ok = false;
                    }
                    // Only the first day's weekday is the plain weekly rule.
                    if self.weekdays.iter().any(|d| *d != own) {
                        rule.weekdays = self
                            .weekdays
                            .iter()
                            .filter_map(|d| Weekday::try_from(*d as u8).ok())
                            .collect();
                    }
                }
                RepeatUnit::Month => {
                    rule.nth = match self.monthly {
                        Monthly::Day => None,
                        Monthly::Nth => Some(nth_of(start, false)),
                        Monthly::Last if is_last_week(start) => Some(-1),
                        Monthly::Last => Some(nth_of(start, false)),
                    };
                }
                RepeatUnit::Day | RepeatUnit::Year => {}
            }
        }
        rule.skipped.clone_from(&self.skipped);
        rule.moved.clone_from(&self.moved);
        if ok { Ok(Some(rule)) } else { Err(()) }
    }

    /// The repetition fields for an item starting on `start` (if it can be
    /// read), with the rule in words under them; `until` is the field of
    /// the last day (with its calendar). In a read-only editor nothing
    /// can be changed.
    pub fn view<'a>(
        &'a self,
        start: Option<NaiveDate>,
        problem: &dyn Fn(Field) -> Option<String>,
        read_only: bool,
        until: Element<'a, Message>,
    ) -> Element<'a, Message> {
        let input = |label, value: &str, id, on_input, problem: Option<&str>| {
            super::fields::input(label, value, id, on_input, problem, read_only)
        };
        let (units, unit) = named(
            [
                (None, fl!("editor-repeat-never")),
                (Some(RepeatUnit::Day), fl!("editor-repeat-daily")),
                (Some(RepeatUnit::Week), fl!("editor-repeat-weekly")),
                (Some(RepeatUnit::Month), fl!("editor-repeat-monthly")),
                (Some(RepeatUnit::Year), fl!("editor-repeat-yearly")),
            ],
            &self.unit,
        );
        let mut first = row![labelled(
            fl!("editor-repeat"),
            choose(
                units,
                unit,
                |r: Pick<_>| Message::RepeatPicked(r.value),
                read_only
            )
        )]
        .spacing(12);
        let Some(unit) = self.unit else {
            return first.into();
        };
        first = first.push(input(
            fl!("editor-every-n"),
            &self.every,
            Some(EVERY_INPUT),
            Message::EveryEdited,
            problem(Field::Every).as_deref(),
        ));
        let (ends, end) = named(
            [
                (Ends::Never, fl!("editor-ends-never")),
                (Ends::On, fl!("editor-ends-on")),
                (Ends::After, fl!("editor-ends-after")),
            ],
            &self.ends,
        );
        first = first.push(labelled(
            fl!("editor-ends"),
            choose(
                ends,
                end,
                |e: Pick<Ends>| Message::EndsPicked(e.value),
                read_only,
            ),
        ));
        match self.ends {
            Ends::Never => {}
            Ends::On => first = first.push(until),
            Ends::After => {
                first = first.push(input(
                    fl!("editor-count"),
                    &self.count,
                    Some(COUNT_INPUT),
                    Message::CountEdited,
                    problem(Field::Count).as_deref(),
                ));
            }
        }
        let strings = Strings::interface();
        let mut fields = column![first].spacing(2);
        match (unit, start) {
            (RepeatUnit::Week, _) => {
                let own = start.map(|s| s.weekday().num_days_from_monday());
                let mut days = row![].spacing(4).align_y(Alignment::Center);
                for day in 0..7u32 {
                    let Ok(weekday) = Weekday::try_from(day as u8) else {
                        continue;
                    };
                    let on = self.weekdays.contains(&day)
                        || (self.weekdays.is_empty() && own == Some(day));
                    days = days.push(
                        button(text(words::weekday_short(&strings, weekday)).size(13))
                            .style(if on {
                                button::primary
                            } else {
                                theme::tool_button
                            })
                            .on_press_maybe(
                                (!read_only).then_some(Message::WeekdayToggled(weekday)),
                            ),
                    );
                }
                fields = fields.push(checked(
                    fl!("editor-weekdays"),
                    days,
                    problem(Field::Weekdays).as_deref(),
                ));
            }
            (RepeatUnit::Month, Some(start)) => {
                let mut options = vec![
                    (Monthly::Day, words::monthly_day(&strings, 1, start.day())),
                    (
                        Monthly::Nth,
                        words::monthly_nth(&strings, 1, nth_of(start, false), start.weekday()),
                    ),
                ];
                if is_last_week(start) {
                    options.push((
                        Monthly::Last,
                        words::monthly_nth(&strings, 1, -1, start.weekday()),
                    ));
                }
                let (options, chosen) = named(options, &self.monthly);
                fields = fields.push(labelled(
                    fl!("editor-monthly-on"),
                    choose(
                        options,
                        chosen,
                        |m: Pick<Monthly>| Message::MonthlyPicked(m.value),
                        read_only,
                    ),
                ));
            }
            _ => {}
        }
        if let (Some(start), Ok(Some(rule))) = (start, self.build(start, &mut |_, _| {})) {
            fields = fields.push(
                row![
                    Space::new().width(2),
                    text(words::describe(&strings, &rule, start))
                        .size(13)
                        .style(theme::muted)
                ]
                .spacing(4),
            );
        }
        fields.into()
    }
}

/// Is `day` in the last seven days of its month (its weekday's last)?
fn is_last_week(day: NaiveDate) -> bool {
    day.checked_add_signed(Duration::days(7))
        .is_none_or(|d| d.month() != day.month())
}
