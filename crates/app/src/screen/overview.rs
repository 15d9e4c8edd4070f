//! The first screen: the project at a glance.

use std::rc::Rc;

use chrono::NaiveDate;
use iced::widget::{Space, button, column, container, progress_bar, row, text};
use iced::{Alignment, Element, Fill};

use super::Screen;
use crate::label::Label;
use crate::theme::{self, Tone};
use crate::widget::{self, BOLD, Memo};
use commplan_core::dashboard::Dashboard;
use commplan_core::search::Target;
use commplan_core::{Deliverable, Plan};
use commplan_core::{fl, format};

/// How many deadlines the overview lists.
const DEADLINES: usize = 6;

/// The overview's state: the dashboard, computed once per version of the
/// plan and day rather than at every frame (on a large plan it takes
/// milliseconds).
#[derive(Debug, Default)]
pub struct Overview {
    cache: Memo<(u64, NaiveDate), Dashboard>,
    /// The plan cannot be written (a read-only window): no editing.
    pub read_only: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Open(Screen),
    /// A line naming an item (a deadline, a late deliverable) was pressed.
    Jump(Target),
    SearchPressed,
    EditProjectPressed,
    NewProjectPressed,
}

/// What the overview asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show another screen.
    Navigate(Screen),
    /// Open an item where it lives, as a search result does.
    Jump(Target),
    /// Open the global search (Ctrl+K).
    OpenSearch,
    /// Open the project form on the project.
    EditProject,
    /// Open the form for a new project of one's own.
    NewProject,
}

impl Overview {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Open(screen) => Action::Navigate(screen),
            Message::Jump(target) => Action::Jump(target),
            Message::SearchPressed => Action::OpenSearch,
            Message::EditProjectPressed => Action::EditProject,
            Message::NewProjectPressed => Action::NewProject,
        }
    }

    /// The dashboard of `plan` (whose contents `version` names) on `today`.
    fn board(&self, plan: &Plan, version: u64, today: NaiveDate) -> Rc<Dashboard> {
        self.cache
            .get((version, today), || Dashboard::new(plan, today))
    }

    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        version: u64,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let project = &plan.project;
        let partner_name = |id: &Option<commplan_core::PartnerId>| {
            id.as_ref()
                .map(|id| {
                    plan.partner(id)
                        .map_or(id.to_string(), |p| p.label().to_owned())
                })
                .unwrap_or_else(|| fl!("none"))
        };
        let facts = column![
            text(project.name.clone()).size(15),
            text(fl!(
                "overview-dates",
                start = format::date(project.start),
                end = format::date(project.end)
            ))
            .style(theme::muted),
            text(fl!(
                "overview-leads",
                lead = partner_name(&project.lead_partner),
                communication = partner_name(&project.communication_lead)
            ))
            .style(theme::muted),
        ]
        .spacing(4);

        let figures = row![
            self.figure(
                plan.partners.len(),
                fl!("overview-partners"),
                Screen::Partners
            ),
            self.figure(
                plan.activities.len(),
                fl!("overview-activities"),
                Screen::Calendar
            ),
            self.figure(
                plan.deliverables.len(),
                fl!("overview-deliverables"),
                Screen::Deliverables
            ),
            self.figure(
                plan.log.len(),
                fl!("overview-entries"),
                Screen::Dissemination
            ),
        ]
        .spacing(12);

        let ended = project.has_ended(today);
        let current = commplan_core::period::containing(project, today);
        let status = if ended && commplan_core::sample::is_sample(project) {
            widget::badge(
                fl!(
                    "overview-sample-ended",
                    acronym = project.acronym.as_str(),
                    date = format::date(project.end)
                ),
                Tone::Info,
            )
        } else if ended {
            widget::badge(
                fl!("overview-ended", date = format::date(project.end)),
                Tone::Info,
            )
        } else if let Some(period) = &current {
            widget::badge(
                fl!("overview-running-period", period = period.to_string()),
                Tone::Success,
            )
        } else if today < project.start {
            widget::badge(
                fl!("overview-not-started", date = format::date(project.start)),
                Tone::Info,
            )
        } else {
            widget::badge(fl!("overview-running"), Tone::Success)
        };

        let mut actions = row![
            button(text(fl!("overview-edit-project")))
                .padding([4, 12])
                .style(button::secondary)
                .on_press_maybe((!self.read_only).then_some(Message::EditProjectPressed))
        ]
        .spacing(8);
        if ended {
            actions = actions.push(
                button(text(fl!("overview-start-own")))
                    .padding([4, 12])
                    .style(button::primary)
                    .on_press(Message::NewProjectPressed),
            );
        }
        // A finished project is seen as it ended: nothing grows late or
        // silent after its last day.
        let reference = project.as_of(today);
        let content = column![
            widget::card(
                fl!("overview-project"),
                column![
                    facts,
                    row![status, Space::new().width(Fill), actions].align_y(Alignment::Center)
                ]
                .spacing(10)
            ),
            figures,
            widget::card(fl!("overview-deadlines"), deadlines(plan, reference)),
            dashboard(plan, &self.board(plan, version, reference), ended),
        ]
        .spacing(16);

        widget::page(
            plan.project.acronym.clone(),
            Some(plan.project.programme.clone()),
            button(
                row![
                    crate::widget::icon::icon(crate::widget::icon::SEARCH),
                    text(fl!("search-open")),
                    text(fl!("search-shortcut")).size(12).style(theme::muted),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            )
            .style(theme::tool_button)
            .padding([6, 12])
            .on_press(Message::SearchPressed)
            .into(),
            widget::scroll(content),
        )
    }

    fn figure<'a>(&self, count: usize, caption: String, target: Screen) -> Element<'a, Message> {
        button(widget::figure(format::number(count as u64), caption))
            .padding(0)
            .width(Fill)
            .style(button::text)
            .on_press(Message::Open(target))
            .into()
    }
}

/// The next deadlines from `today`, or the last ones when none is left
/// (the late ones have a card of their own).
fn deadlines<'a>(plan: &'a Plan, today: NaiveDate) -> Element<'a, Message> {
    let mut upcoming: Vec<&Deliverable> = plan
        .deliverables
        .iter()
        .filter(|d| d.due >= today)
        .collect();
    if upcoming.is_empty() {
        upcoming = plan.deliverables.iter().collect();
        upcoming.sort_by_key(|d| std::cmp::Reverse(d.due));
        upcoming.truncate(DEADLINES);
        upcoming.reverse();
    } else {
        upcoming.sort_by_key(|d| d.due);
        upcoming.truncate(DEADLINES);
    }
    if upcoming.is_empty() {
        return widget::empty(fl!("overview-no-deadlines"));
    }
    column(upcoming.into_iter().map(|d| {
        let tone = if d.is_overdue(today) {
            Tone::Danger
        } else if d.status.is_delivered() {
            Tone::Success
        } else {
            Tone::Info
        };
        to(
            row![
                widget::cell(text(format::date(d.due)).style(theme::muted), 110),
                widget::cell(text(d.code.clone()).font(BOLD), 90),
                text(d.title.clone()).width(Fill),
                widget::partner(plan, &d.lead),
                widget::badge(d.status.label(), tone),
            ]
            .spacing(10)
            .align_y(Alignment::Center)
            .into(),
            Message::Jump(Target::Deliverable(d.id)),
        )
    }))
    .spacing(4)
    .into()
}

/// The dashboard cards: next 14 days, overdue, this month by partner,
/// indicator progress and quiet partners, each item a link.
fn dashboard<'a>(plan: &'a Plan, board: &Dashboard, ended: bool) -> Element<'a, Message> {
    let agenda: Element<'a, Message> = if ended {
        widget::empty(fl!("overview-agenda-ended"))
    } else if board.agenda.is_empty() {
        widget::empty(fl!("overview-agenda-empty"))
    } else {
        column(board.agenda.iter().map(|item| {
            let label = match &item.target {
                Target::Activity(id, _) => plan
                    .activity(*id)
                    .map_or_else(String::new, |a| a.title.clone()),
                Target::Deliverable(id) => plan
                    .deliverable(*id)
                    .map_or_else(String::new, |d| format!("{} {}", d.code, d.title)),
                Target::Partner(id) => id.to_string(),
                Target::Entry(_, _) => String::new(),
            };
            to(
                row![
                    widget::cell(text(format::date(item.date)).style(theme::muted), 110),
                    text(label).width(Fill),
                ]
                .spacing(10)
                .into(),
                Message::Jump(item.target.clone()),
            )
        }))
        .spacing(4)
        .into()
    };

    let overdue: Element<'a, Message> = if board.overdue.is_empty() {
        widget::empty(fl!("overview-overdue-none"))
    } else {
        column(
            board
                .overdue
                .iter()
                .filter_map(|id| plan.deliverable(*id))
                .map(|d| {
                    to(
                        row![
                            widget::cell(text(d.code.clone()).font(BOLD), 90),
                            // One line each; a long title is cut at the badge.
                            container(text(d.title.clone()).wrapping(text::Wrapping::None))
                                .width(Fill)
                                .clip(true),
                            widget::badge(
                                if ended {
                                    fl!("overview-not-delivered")
                                } else {
                                    fl!(
                                        "overview-days-late",
                                        days = (board.reference - d.due).num_days()
                                    )
                                },
                                Tone::Danger
                            ),
                        ]
                        .spacing(10)
                        .align_y(Alignment::Center)
                        .into(),
                        Message::Jump(Target::Deliverable(d.id)),
                    )
                }),
        )
        .spacing(4)
        .into()
    };

    let month: Element<'a, Message> = if board.month.is_empty() {
        widget::empty(fl!("overview-month-empty"))
    } else {
        column(board.month.iter().map(|count| {
            link(
                row![
                    widget::partner(plan, &count.partner),
                    Space::new().width(Fill),
                    text(fl!("overview-month-count", count = count.count)),
                ]
                .spacing(10)
                .align_y(Alignment::Center)
                .into(),
                Screen::Calendar,
            )
        }))
        .spacing(4)
        .into()
    };

    let indicators: Element<'a, Message> = if board.indicators.is_empty() {
        widget::empty(fl!("overview-indicators-empty"))
    } else {
        column(board.indicators.iter().map(|p| {
            let name = plan
                .indicator(p.indicator)
                .map_or_else(String::new, |i| format!("{} {}", i.code, i.name));
            link(
                column![
                    row![
                        text(name).width(Fill),
                        text(fl!(
                            "overview-indicator-value",
                            actual = format::number(p.actual),
                            target = format::number(p.target)
                        ))
                        .style(theme::muted),
                    ]
                    .spacing(10),
                    progress_bar(0.0..=1.0, p.share.min(1.0)).girth(8),
                ]
                .spacing(4)
                .into(),
                Screen::Indicators,
            )
        }))
        .spacing(8)
        .into()
    };

    let quiet: Element<'a, Message> = if board.quiet.is_empty() {
        widget::empty(fl!("overview-quiet-none"))
    } else {
        column(board.quiet.iter().map(|q| {
            let last = q
                .last
                .map_or_else(|| fl!("overview-quiet-never"), format::date);
            link(
                row![
                    widget::partner(plan, &q.partner),
                    Space::new().width(Fill),
                    text(fl!("overview-quiet-last", date = last)).style(theme::muted),
                ]
                .spacing(10)
                .align_y(Alignment::Center)
                .into(),
                Screen::Dissemination,
            )
        }))
        .spacing(4)
        .into()
    };

    column![
        row![
            widget::card(fl!("overview-agenda"), agenda),
            widget::card(
                if ended {
                    fl!("overview-undelivered")
                } else {
                    fl!("overview-overdue")
                },
                overdue
            ),
        ]
        .spacing(16),
        row![
            widget::card(fl!("overview-month"), month),
            widget::card(fl!("overview-quiet"), quiet),
        ]
        .spacing(16),
        widget::card(fl!("overview-indicators"), indicators),
    ]
    .spacing(16)
    .into()
}

/// A dashboard line that opens a screen when clicked.
fn link<'a>(content: Element<'a, Message>, screen: Screen) -> Element<'a, Message> {
    to(content, Message::Open(screen))
}

/// A row that opens what it shows.
fn to<'a>(content: Element<'a, Message>, message: Message) -> Element<'a, Message> {
    button(content)
        .padding([2, 4])
        .width(Fill)
        .style(button::text)
        .on_press(message)
        .into()
}
