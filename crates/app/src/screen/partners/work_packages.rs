//! Work packages: list, add and edit; each shows its deliverables and
//! activities.

use chrono::NaiveDate;
use iced::widget::{Space, button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Fill, FillPortion};

use crate::label::Label;
use crate::theme::{self, Tone};
use crate::widget::pick::{self, Pick};
use crate::widget::{self, BOLD, icon};
use commplan_core::deadline::Urgency;
use commplan_core::validate;
use commplan_core::{
    Change, Edit, EditError, PartnerId, Plan, Subject, WorkPackage, WorkPackageId,
};
use commplan_core::{fl, format};

pub const WP_ID_INPUT: &str = "work-package-id";
pub const WP_TITLE_INPUT: &str = "work-package-title";

/// How many activities a work package lists before "and N more".
const ACTIVITIES: usize = 60;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkPackages {
    /// The work package shown in detail and open in the form.
    open: Option<WorkPackageId>,
    id: String,
    title: String,
    lead: Option<PartnerId>,
    error: Option<String>,
    /// A removal refused, said under the work package it was asked for
    /// (not in the form, as if the form were wrong).
    refused: Option<(WorkPackageId, String)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Selected(WorkPackageId),
    IdChanged(String),
    TitleChanged(String),
    LeadPicked(PartnerId),
    Submitted,
    Cancelled,
    RemovePressed(WorkPackageId),
}

impl WorkPackages {
    /// Escape: lets go of the work package open in the form, unsaved;
    /// false when none was open.
    pub fn close(&mut self) -> bool {
        if self.open.is_none() {
            return false;
        }
        *self = WorkPackages::default();
        true
    }

    pub fn update(&mut self, message: Message, plan: &Plan) -> Option<Edit> {
        self.error = None;
        self.refused = None;
        match message {
            Message::Selected(id) => {
                if let Some(wp) = plan.work_package(&id) {
                    self.id = wp.id.to_string();
                    self.title = wp.title.clone();
                    self.lead = Some(wp.lead.clone());
                    self.open = Some(id);
                }
            }
            Message::IdChanged(id) => self.id = id,
            Message::TitleChanged(title) => self.title = title,
            Message::LeadPicked(lead) => self.lead = Some(lead),
            Message::Cancelled => *self = WorkPackages::default(),
            Message::Submitted => match self.work_package(plan) {
                Ok(wp) => {
                    let change = if self.open.is_some() {
                        Change::Update(wp)
                    } else {
                        Change::Add(wp)
                    };
                    *self = WorkPackages::default();
                    return Some(Edit::WorkPackage(change));
                }
                Err(error) => self.error = Some(error.to_string()),
            },
            Message::RemovePressed(id) => {
                let uses = validate::work_package_uses(plan, &id);
                if !uses.is_empty() {
                    let why = EditError::InUse {
                        subject: Subject::WorkPackage,
                        id: id.to_string(),
                        uses,
                    }
                    .to_string();
                    self.refused = Some((id, why));
                    return None;
                }
                *self = WorkPackages::default();
                return Some(Edit::WorkPackage(Change::Remove(id)));
            }
        }
        None
    }

    fn work_package(&self, plan: &Plan) -> Result<WorkPackage, EditError> {
        let id = WorkPackageId::new(self.id.trim());
        if self.open.is_none() && plan.work_package(&id).is_some() {
            return Err(EditError::DuplicateId {
                subject: Subject::WorkPackage,
                id: id.to_string(),
            });
        }
        let lead = self
            .lead
            .clone()
            .or_else(|| plan.partners.first().map(|p| p.id.clone()))
            .unwrap_or_else(|| PartnerId::new(""));
        let wp = WorkPackage {
            id: self.open.clone().unwrap_or(id),
            title: self.title.trim().to_owned(),
            lead,
        };
        validate::work_package(plan, &wp)?;
        Ok(wp)
    }

    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        today: NaiveDate,
        read_only: bool,
    ) -> Element<'a, Message> {
        let list: Element<'a, Message> = if plan.work_packages.is_empty() {
            widget::empty(fl!("partners-wp-empty"))
        } else {
            column(
                plan.work_packages
                    .iter()
                    .map(|wp| self.entry(plan, wp, read_only)),
            )
            .spacing(6)
            .into()
        };
        let detail: Element<'a, Message> =
            match self.open.as_ref().and_then(|id| plan.work_package(id)) {
                Some(wp) => contents(plan, wp, today),
                None => widget::empty(fl!("partners-wp-pick")),
            };
        column![
            self.form(plan, read_only),
            row![
                container(widget::scroll(list)).width(FillPortion(2)),
                container(widget::scroll(detail)).width(FillPortion(3)),
            ]
            .spacing(16)
            .height(Fill),
        ]
        .spacing(12)
        .into()
    }

    fn form<'a>(&'a self, plan: &'a Plan, read_only: bool) -> Element<'a, Message> {
        let partners: Vec<Pick<PartnerId>> = plan
            .partners
            .iter()
            .map(|p| {
                Pick::new(
                    p.id.clone(),
                    pick::short(&format!("{} · {}", p.id, p.label()), pick::LONGEST),
                )
            })
            .collect();
        let lead = self
            .lead
            .as_ref()
            .and_then(|l| pick::selected(&partners, l));
        // Left at its natural width, the list is as wide as its longest
        // partner (each cut to `pick::LONGEST` letters); a read-only
        // window shows a plain field about as wide.
        let lead_width = pick::width(&partners, 16.0, 460.0);
        let id_input = text_input(&fl!("partners-wp-id-placeholder"), &self.id)
            .id(WP_ID_INPUT)
            .on_submit_maybe((!read_only).then_some(Message::Submitted))
            .width(110);
        let id_input = if self.open.is_some() || read_only {
            id_input
        } else {
            id_input.on_input(Message::IdChanged)
        };
        let mut fields = row![
            id_input,
            text_input(&fl!("partners-wp-title-placeholder"), &self.title)
                .id(WP_TITLE_INPUT)
                .on_input_maybe((!read_only).then_some(Message::TitleChanged))
                .on_submit_maybe((!read_only).then_some(Message::Submitted))
                .width(Fill),
            if read_only {
                container(pick::read_only(lead.map(|p| p.label).unwrap_or_default()))
                    .width(lead_width)
                    .into()
            } else {
                pick::redrawn(
                    pick::key(&lead),
                    pick_list(partners, lead, |p| Message::LeadPicked(p.value))
                        .placeholder(fl!("partners-wp-lead")),
                )
            },
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        // Cancel is always there (greyed with nothing to cancel): the
        // buttons do not move when typing starts.
        let cancel = self.open.is_some()
            || !(self.id.is_empty() && self.title.is_empty() && self.lead.is_none());
        fields = fields.push(
            button(text(fl!("partners-cancel")))
                .style(button::secondary)
                .on_press_maybe(cancel.then_some(Message::Cancelled)),
        );
        let submit = if self.open.is_some() {
            fl!("partners-save")
        } else {
            fl!("partners-wp-add")
        };
        fields = fields
            .push(button(text(submit)).on_press_maybe((!read_only).then_some(Message::Submitted)));
        // The line for a problem always has its room.
        let body = column![
            fields,
            container(
                text(self.error.clone().unwrap_or_default())
                    .size(13)
                    .style(theme::danger_text)
            )
            .height(18)
            .clip(true)
        ]
        .spacing(6);
        let title = match &self.open {
            Some(id) => fl!("partners-wp-edit", id = id.as_str()),
            None => fl!("partners-wp-new"),
        };
        widget::card(title, body)
    }

    fn entry<'a>(
        &self,
        plan: &'a Plan,
        wp: &'a WorkPackage,
        read_only: bool,
    ) -> Element<'a, Message> {
        let deliverables = plan
            .deliverables
            .iter()
            .filter(|d| d.work_package == wp.id)
            .count();
        let activities = plan
            .activities
            .iter()
            .filter(|a| a.work_package.as_ref() == Some(&wp.id))
            .count();
        let open = self.open.as_ref() == Some(&wp.id);
        let summary = button(
            column![
                row![
                    text(wp.id.to_string()).font(BOLD),
                    widget::partner(plan, &wp.lead),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
                text(wp.title.clone()),
                text(fl!(
                    "partners-wp-counts",
                    deliverables = deliverables,
                    activities = activities
                ))
                .size(12)
                .style(theme::muted),
            ]
            .spacing(2),
        )
        .padding(0)
        .width(Fill)
        .style(button::text)
        .on_press(Message::Selected(wp.id.clone()));
        let mut entry = column![
            row![
                summary,
                button(icon::icon(icon::TRASH_2))
                    .style(button::text)
                    .on_press_maybe((!read_only).then(|| Message::RemovePressed(wp.id.clone()))),
            ]
            .spacing(8)
            .align_y(Alignment::Center)
        ]
        .spacing(6);
        if let Some((_, why)) = self.refused.as_ref().filter(|(id, _)| *id == wp.id) {
            entry = entry.push(text(why.clone()).size(13).style(theme::danger_text));
        }
        container(entry)
            .padding(10)
            .width(Fill)
            .style(move |theme: &iced::Theme| {
                let mut style = theme::card(theme);
                if open {
                    style.border.color = theme.palette().primary;
                    style.border.width = 2.0;
                }
                style
            })
            .into()
    }
}

/// A work package's deliverables and activities.
fn contents<'a>(plan: &'a Plan, wp: &'a WorkPackage, today: NaiveDate) -> Element<'a, Message> {
    let mut deliverables: Vec<_> = plan
        .deliverables
        .iter()
        .filter(|d| d.work_package == wp.id)
        .collect();
    deliverables.sort_by_key(|d| d.due);
    let mut activities: Vec<_> = plan
        .activities
        .iter()
        .filter(|a| a.work_package.as_ref() == Some(&wp.id))
        .collect();
    activities.sort_by_key(|a| a.when.start_date());
    let d_list: Element<'a, Message> = if deliverables.is_empty() {
        text(fl!("partners-wp-no-deliverables"))
            .style(theme::muted)
            .into()
    } else {
        column(deliverables.into_iter().map(|d| {
            let tone = match Urgency::of(d, today) {
                Urgency::Delivered => Tone::Success,
                Urgency::Overdue(_) => Tone::Danger,
                Urgency::DueSoon(_) => Tone::Warning,
                Urgency::Later(_) => Tone::Info,
            };
            row![
                widget::cell(text(format::date(d.due)).style(theme::muted), 100),
                widget::cell(text(d.code.clone()).font(BOLD), 90),
                container(text(d.title.clone()).wrapping(text::Wrapping::None))
                    .width(Fill)
                    .clip(true),
                widget::partner(plan, &d.lead),
                widget::badge(d.status.label(), tone),
            ]
            .spacing(8)
            .align_y(Alignment::Center)
            .into()
        }))
        .spacing(4)
        .into()
    };
    let more = activities.len().saturating_sub(ACTIVITIES);
    let mut a_list = column![].spacing(4);
    if activities.is_empty() {
        a_list = a_list.push(text(fl!("partners-wp-no-activities")).style(theme::muted));
    }
    for a in activities.into_iter().take(ACTIVITIES) {
        a_list = a_list.push(
            row![
                widget::cell(
                    text(format::date(a.when.start_date())).style(theme::muted),
                    100
                ),
                container(text(a.title.clone()).wrapping(text::Wrapping::None))
                    .width(Fill)
                    .clip(true),
                widget::partner(plan, &a.responsible),
                widget::badge(a.status.label(), Tone::Info),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        );
    }
    if more > 0 {
        a_list = a_list.push(text(fl!("partners-owes-more", count = more)).style(theme::muted));
    }
    column![
        widget::card(fl!("partners-wp-deliverables", id = wp.id.as_str()), d_list),
        widget::card(fl!("partners-wp-activities", id = wp.id.as_str()), a_list),
        Space::new().height(4),
    ]
    .spacing(12)
    .into()
}
