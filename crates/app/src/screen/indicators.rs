//! Indicators against their targets: a list of the plan's indicators and the
//! chosen one in detail (overall and per partner, with a chart over time),
//! for the whole project or one of the project's reporting periods; and the form
//! that edits them.

mod chart;
pub mod editor;
mod form;
mod keys;
mod list;
mod partners;
pub mod periods;

use std::cell::Cell;
use std::rc::Rc;

use chrono::NaiveDate;
use iced::widget::{Space, button, canvas, column, container, progress_bar, row, scrollable, text};
use iced::{Alignment, Color, Element, Fill, Length};

use crate::keys::Press;
use crate::label::Label;
use crate::theme;
use crate::widget::{self, BOLD, Memo, icon};
use commplan_core::indicators::{self, series::Figures};
use commplan_core::{Change, Edit, Indicator, IndicatorId, Plan};
use commplan_core::{fl, format};
pub use editor::Editor;
pub use periods::Period;

/// The screen's state. The figures and the chart are derived from the plan
/// once per version of it, not at every frame (on a log of 50,000 entries
/// that takes milliseconds).
#[derive(Default)]
pub struct Indicators {
    selected: Option<IndicatorId>,
    pub period: Period,
    pub editor: Option<Editor>,
    /// The indicator waiting for a confirmed delete.
    confirm_delete: Option<IndicatorId>,
    figures: Memo<u64, Figures>,
    chart: Memo<ChartKey, chart::Data>,
    chart_cache: canvas::Cache,
    chart_colors: Cell<Option<Color>>,
    /// The plan is open read-only (another window has it): no editing
    /// control is enabled. Set by the app.
    pub read_only: bool,
}

/// What the chart's geometry depends on, besides its size and colours.
#[derive(Debug, Clone, PartialEq)]
struct ChartKey {
    version: u64,
    indicator: usize,
    period: Period,
    today: NaiveDate,
    language: String,
}

impl std::fmt::Debug for Indicators {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Indicators") // not words: a type name
            .field("selected", &self.selected)
            .field("period", &self.period)
            .field("editor", &self.editor)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Selected(IndicatorId),
    PeriodChosen(Period),
    NewPressed,
    EditPressed(IndicatorId),
    DeletePressed(IndicatorId),
    DeleteConfirmed(IndicatorId),
    DeleteCancelled,
    /// "Progress report…": the pack of the chosen period.
    ReportPressed,
    Editor(editor::Message),
    /// A key no widget used: ↑/↓ pick an indicator, ←/→ a period, Enter
    /// edits, Delete asks to delete, N makes a new one.
    Key(Press),
}

/// What the indicators screen asks the app to do after a message.
pub enum Action {
    None,
    /// Apply a change to the plan (undoable, autosaved).
    Edit(Box<Edit>),
    /// Open the progress-report dialog on this period (0 for P1).
    Report(usize),
}

impl Indicators {
    pub fn update(&mut self, message: Message, plan: &Plan) -> Action {
        if self.read_only
            && matches!(
                message,
                Message::NewPressed
                    | Message::EditPressed(_)
                    | Message::DeletePressed(_)
                    | Message::DeleteConfirmed(_)
            )
        {
            // Keys still look (they come back here as these messages).
            return Action::None;
        }
        match message {
            Message::Selected(id) => {
                self.selected = Some(id);
                self.confirm_delete = None;
            }
            Message::PeriodChosen(period) => self.period = period,
            Message::NewPressed => {
                self.editor = Some(Editor::new());
                self.confirm_delete = None;
            }
            Message::EditPressed(id) => {
                self.editor = plan.indicator(id).map(Editor::edit);
                self.confirm_delete = None;
            }
            Message::DeletePressed(id) => self.confirm_delete = Some(id),
            Message::DeleteCancelled => self.confirm_delete = None,
            Message::ReportPressed => return Action::Report(self.period.unwrap_or(0)),
            Message::DeleteConfirmed(id) => {
                self.confirm_delete = None;
                if self.selected == Some(id) {
                    self.selected = None;
                }
                return Action::Edit(Box::new(Edit::Indicator(Change::Remove(id))));
            }
            Message::Key(press) => return self.key(press, plan),
            Message::Editor(message) => {
                let Some(form) = self.editor.as_mut() else {
                    return Action::None;
                };
                match form.update(message, plan) {
                    Some(editor::Outcome::Save(indicator)) => {
                        let change = if form.id.is_some() {
                            Change::Update(indicator.clone())
                        } else {
                            Change::Add(indicator.clone())
                        };
                        self.selected = Some(indicator.id);
                        self.editor = None;
                        return Action::Edit(Box::new(Edit::Indicator(change)));
                    }
                    Some(editor::Outcome::Cancel) => self.editor = None,
                    None => {}
                }
            }
        }
        Action::None
    }

    /// Closes the editor or the delete question (Escape); whether one was
    /// open.
    /// The editor is open with changes not yet saved.
    pub fn unsaved(&self, plan: &Plan) -> bool {
        self.editor.as_ref().is_some_and(|editor| {
            let opened = match editor.id {
                Some(id) => plan.indicator(id).map(Editor::edit),
                None => Some(Editor::new()),
            };
            opened.as_ref() != Some(editor)
        })
    }

    pub fn close_editor(&mut self) -> bool {
        self.confirm_delete.take().is_some() || self.editor.take().is_some()
    }

    /// Forgets what belongs to the plan on screen: the selected indicator,
    /// the editor and the delete question.
    pub fn reset(&mut self) {
        self.selected = None;
        self.editor = None;
        self.confirm_delete = None;
    }

    /// Holds nothing that belongs to a plan (see [`Indicators::reset`]).
    pub fn is_idle(&self) -> bool {
        self.selected.is_none() && self.editor.is_none() && self.confirm_delete.is_none()
    }

    /// The figures of `plan` (whose contents `version` names).
    fn figures(&self, plan: &Plan, version: u64) -> Rc<Figures> {
        self.figures.get(version, || Figures::compute(plan))
    }

    /// The chart's data for the indicator at `index`; a change clears the
    /// cached geometry.
    fn chart_data(&self, key: ChartKey, build: impl FnOnce() -> chart::Data) -> Rc<chart::Data> {
        self.chart.get(key, || {
            self.chart_cache.clear();
            build()
        })
    }

    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        version: u64,
        today: NaiveDate,
        read_only: bool,
    ) -> Element<'a, Message> {
        let new = iced::widget::row![
            button(icon::labelled(icon::FILE_TEXT, fl!("indicators-report")))
                .padding([6, 12])
                .style(theme::tool_button)
                .on_press(Message::ReportPressed),
            button(icon::labelled(icon::PLUS, fl!("indicators-new")))
                .padding([6, 12])
                .on_press_maybe((!read_only).then_some(Message::NewPressed)),
        ]
        .spacing(8);
        let title = fl!("screen-indicators");
        if plan.indicators.is_empty() && self.editor.is_none() {
            return widget::page(
                title,
                None,
                new.into(),
                widget::empty(fl!("indicators-empty")),
            );
        }
        let figures = self.figures(plan, version);
        let project = &plan.project;
        let count = periods::count(project);
        let period = self.period.filter(|p| *p < count);
        let months = periods::months(period, project, figures.months);

        let bar = row![
            row(std::iter::once(None)
                .chain((0..count).map(Some))
                .map(|p| widget::choice(periods::label(p), p == period, Message::PeriodChosen(p))))
            .spacing(4),
            text(periods::describe(period, project))
                .size(14)
                .style(theme::muted),
        ]
        .spacing(12)
        .align_y(Alignment::Center);

        let index = self
            .selected
            .and_then(|id| plan.indicators.iter().position(|i| i.id == id))
            .unwrap_or(0);

        let list = column(plan.indicators.iter().enumerate().map(|(i, indicator)| {
            let actual = figures.total(i, months.clone());
            list::list_entry(indicator, actual, i == index && self.editor.is_none())
        }))
        .spacing(6);
        let list = container(scrollable(list).height(Fill).spacing(4)).width(Length::Fixed(300.0));

        let detail: Element<'a, Message> = match (&self.editor, plan.indicators.get(index)) {
            (Some(form), _) => widget::scroll(form.view(plan).map(Message::Editor)),
            (None, Some(indicator)) => {
                let key = ChartKey {
                    version,
                    indicator: index,
                    period,
                    today,
                    language: commplan_core::i18n::current(),
                };
                let data = self.chart_data(key, || {
                    chart::Data::new(
                        figures.cumulative(index),
                        indicator.target,
                        project.start,
                        project.end,
                        today,
                        period.map(|p| (months.clone(), periods::label(Some(p)))),
                    )
                });
                let chart = chart::Chart {
                    data,
                    cache: &self.chart_cache,
                    drawn_with: &self.chart_colors,
                };
                widget::scroll(self.detail(plan, &figures, index, indicator, period, chart))
            }
            (None, None) => widget::empty(fl!("indicators-empty")),
        };

        widget::page(
            title,
            None,
            new.into(),
            column![bar, row![list, detail].spacing(16).height(Fill)]
                .spacing(14)
                .into(),
        )
    }

    fn detail<'a>(
        &'a self,
        plan: &'a Plan,
        figures: &Figures,
        index: usize,
        indicator: &'a Indicator,
        period: Period,
        chart: chart::Chart<'a>,
    ) -> Element<'a, Message> {
        let months = periods::months(period, &plan.project, figures.months);
        let actual = figures.total(index, months.clone());
        let share = indicators::progress(actual, indicator.target);
        let heading = row![
            column![
                text(format!("{} · {}", indicator.code, indicator.name))
                    .size(20)
                    .font(BOLD),
                text(list::describe_filter(indicator))
                    .size(13)
                    .style(theme::muted),
            ]
            .spacing(2)
            .width(Fill),
            button(text(fl!("indicators-edit")))
                .padding([6, 12])
                .style(theme::tool_button)
                .on_press_maybe((!self.read_only).then_some(Message::EditPressed(indicator.id))),
            button(text(fl!("indicators-delete")))
                .padding([6, 12])
                .style(theme::tool_button)
                .on_press_maybe((!self.read_only).then_some(Message::DeletePressed(indicator.id))),
        ]
        .spacing(8)
        .align_y(Alignment::Center);

        let mut content = column![heading].spacing(14);
        if self.confirm_delete == Some(indicator.id) {
            content = content.push(
                container(
                    row![
                        text(fl!(
                            "indicators-delete-question",
                            code = indicator.code.as_str()
                        ))
                        .width(Fill),
                        button(text(fl!("indicators-cancel")))
                            .style(button::secondary)
                            .on_press(Message::DeleteCancelled),
                        button(text(fl!("indicators-delete-confirm")))
                            .style(button::danger)
                            .on_press(Message::DeleteConfirmed(indicator.id)),
                    ]
                    .spacing(8)
                    .align_y(Alignment::Center),
                )
                .padding(12)
                .style(theme::banner(theme::Tone::Warning)),
            );
        }

        let summary = column![
            row![
                text(fl!(
                    "indicators-progress",
                    actual = format::number(actual),
                    target = format::number(indicator.target),
                    unit = indicator.unit.as_str()
                ))
                .size(18)
                .font(BOLD),
                Space::new().width(Fill),
                text(percent(share)).size(18).font(BOLD),
            ]
            .align_y(Alignment::Center),
            progress_bar(0.0..=1.0, share.min(1.0)).girth(10),
            text(match period {
                None => indicator.measure.label(),
                Some(_) => fl!(
                    "indicators-period-note",
                    period = periods::label(period),
                    total = format::number(figures.total(index, 0..figures.months))
                ),
            })
            .size(13)
            .style(theme::muted),
        ]
        .spacing(8);
        content = content
            .push(widget::card(fl!("indicators-overall"), summary))
            .push(widget::card(fl!("indicators-over-time"), chart.view(260.0)))
            .push(widget::card(
                fl!("indicators-by-partner"),
                partners::partner_table(plan, figures, index, indicator, months),
            ));
        content.into()
    }
}

fn percent(share: f32) -> String {
    fl!(
        "indicators-percent",
        percent = ((share * 100.0).round() as u64)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_computed_once_per_version_of_the_plan() {
        let plan = commplan_core::sample::plan().unwrap();
        let screen = Indicators::default();
        let today = plan.project.start;
        let first = screen.figures(&plan, 1);
        let _ = screen.view(&plan, 1, today, false);
        assert!(Rc::ptr_eq(&first, &screen.figures(&plan, 1)), "kept");
        let chart = screen.chart.last();
        let _ = screen.view(&plan, 1, today, false);
        let again = screen.chart.last();
        assert!(Rc::ptr_eq(&chart.unwrap(), &again.unwrap()), "chart kept");
        let second = screen.figures(&plan, 2);
        assert!(!Rc::ptr_eq(&first, &second), "a new version recomputes");
    }
}
