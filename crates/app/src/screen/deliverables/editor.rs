//! The deliverable editor: every field, the status workflow with the dates
//! it records, and the checks a plan keeps (unique codes, due dates inside
//! the project) said before anything is saved.

use chrono::NaiveDate;
use iced::widget::{button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Fill};

use super::list;
use crate::label::Label;
use crate::theme;
use crate::widget;
use crate::widget::date_picker::{Messages, Open, date_picker, date_picker_above};
use crate::widget::pick::{self, Pick};
use commplan_core::validate;
use commplan_core::vocab::DeliverableStatus;
use commplan_core::{Change, Deliverable, DeliverableId, Edit, PartnerId, Plan, WorkPackageId};
use commplan_core::{fl, format};

/// Widget ids, so tests and keyboard focus can find the fields.
pub const CODE_INPUT: &str = "deliverable-code";
pub const TITLE_INPUT: &str = "deliverable-title";
pub const DUE_INPUT: &str = "deliverable-due";
pub const LINK_INPUT: &str = "deliverable-link";
pub const SUBMITTED_INPUT: &str = "deliverable-submitted";
pub const APPROVED_INPUT: &str = "deliverable-approved";

/// A deliverable being written: the fields as typed.
#[derive(Debug, Clone)]
pub struct Editor {
    /// The deliverable as it is in the plan; `None` for a new one.
    original: Option<Deliverable>,
    id: DeliverableId,
    code: String,
    title: String,
    work_package: Option<WorkPackageId>,
    lead: Option<PartnerId>,
    contributors: Vec<PartnerId>,
    due: String,
    status: DeliverableStatus,
    /// The submission and approval dates as typed: stamped with today when
    /// the status moves on, and correctable (a submission logged after the
    /// fact). Empty for none.
    submitted: String,
    approved: String,
    link: String,
    error: Option<String>,
    /// The open date picker: which date, and the month it shows.
    picker: Option<Open<Dated>>,
}

/// Two editors are the same draft when their fields are: an open month
/// calendar is looking, not a change (the window's "unsaved" status and
/// the leave question ignore it).
impl PartialEq for Editor {
    fn eq(&self, other: &Self) -> bool {
        let Self {
            original,
            id,
            code,
            title,
            work_package,
            lead,
            contributors,
            due,
            status,
            submitted,
            approved,
            link,
            error,
            picker: _,
        } = self;
        *original == other.original
            && *id == other.id
            && *code == other.code
            && *title == other.title
            && *work_package == other.work_package
            && *lead == other.lead
            && *contributors == other.contributors
            && *due == other.due
            && *status == other.status
            && *submitted == other.submitted
            && *approved == other.approved
            && *link == other.link
            && *error == other.error
    }
}

/// The editor's three dates, each with its month calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    Due,
    Submitted,
    Approved,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A date's calendar button: open it (or close it if open).
    PickerToggled(Dated),
    PickerDismissed,
    PickerMoved(i32),
    Picked(Dated, NaiveDate),
    CodeChanged(String),
    TitleChanged(String),
    WorkPackagePicked(WorkPackageId),
    LeadPicked(PartnerId),
    ContributorToggled(PartnerId),
    DueChanged(String),
    StatusPicked(DeliverableStatus),
    SubmittedChanged(String),
    ApprovedChanged(String),
    LinkChanged(String),
    SavePressed,
    CancelPressed,
    DeletePressed,
}

/// What the screen does after an editor message.
pub enum Outcome {
    None,
    Save(Box<Edit>),
    Close,
}

impl Editor {
    /// A new deliverable with sensible first values.
    pub fn new(plan: &Plan, today: NaiveDate) -> Self {
        let lead = plan
            .project
            .communication_lead
            .clone()
            .or_else(|| plan.partners.first().map(|p| p.id.clone()));
        let due = today.clamp(plan.project.start, plan.project.end.max(plan.project.start));
        Editor {
            original: None,
            id: plan.next_deliverable_id(),
            code: String::new(),
            title: String::new(),
            work_package: plan.work_packages.first().map(|w| w.id.clone()),
            lead,
            contributors: Vec::new(),
            due: due.format("%Y-%m-%d").to_string(),
            status: DeliverableStatus::NotStarted,
            submitted: String::new(),
            approved: String::new(),
            link: String::new(),
            error: None,
            picker: None,
        }
    }

    /// The editor on a deliverable of the plan.
    pub fn open(d: &Deliverable) -> Self {
        Editor {
            original: Some(d.clone()),
            id: d.id,
            code: d.code.clone(),
            title: d.title.clone(),
            work_package: Some(d.work_package.clone()),
            lead: Some(d.lead.clone()),
            contributors: d.contributors.clone(),
            due: d.due.format("%Y-%m-%d").to_string(),
            status: d.status,
            submitted: d.submitted.map(iso).unwrap_or_default(),
            approved: d.approved.map(iso).unwrap_or_default(),
            link: d.link.clone().unwrap_or_default(),
            error: None,
            picker: None,
        }
    }

    /// The deliverable being edited (a fresh id for a new one).
    pub fn id(&self) -> DeliverableId {
        self.id
    }

    pub fn update(&mut self, message: Message, plan: &Plan, today: NaiveDate) -> Outcome {
        match message {
            Message::CodeChanged(code) => self.code = code,
            Message::TitleChanged(title) => self.title = title,
            Message::WorkPackagePicked(wp) => self.work_package = Some(wp),
            Message::LeadPicked(lead) => self.lead = Some(lead),
            Message::ContributorToggled(partner) => {
                if let Some(i) = self.contributors.iter().position(|p| p == &partner) {
                    self.contributors.remove(i);
                } else {
                    self.contributors.push(partner);
                }
            }
            Message::DueChanged(due) => self.due = due,
            Message::PickerToggled(which) => {
                self.picker = match self.picker {
                    Some(open) if open.field == which => None,
                    _ => Some(Open::on(which, self.date_text(which), today)),
                };
                return Outcome::None;
            }
            Message::PickerDismissed => {
                self.picker = None;
                return Outcome::None;
            }
            Message::PickerMoved(months) => {
                self.picker = self.picker.map(|open| open.moved(months));
                return Outcome::None;
            }
            Message::Picked(which, day) => {
                let day = iso(day);
                match which {
                    Dated::Due => self.due = day,
                    Dated::Submitted => self.submitted = day,
                    Dated::Approved => self.approved = day,
                }
                self.picker = None;
            }
            Message::StatusPicked(status) => {
                // The workflow's dates as the move records them (today for a
                // new step, kept for a step already dated), shown to correct.
                let dated = |text: &str| commplan_core::text::parse_date(text);
                let mut current = self.original.clone().unwrap_or_else(|| Deliverable {
                    id: self.id,
                    code: String::new(),
                    title: String::new(),
                    work_package: WorkPackageId::new(""),
                    lead: PartnerId::new(""),
                    contributors: Vec::new(),
                    due: today,
                    status: self.status,
                    submitted: None,
                    approved: None,
                    link: None,
                });
                current.status = self.status;
                current.submitted = dated(&self.submitted);
                current.approved = dated(&self.approved);
                let next = current.with_status(status, today);
                self.submitted = next.submitted.map(iso).unwrap_or_default();
                self.approved = next.approved.map(iso).unwrap_or_default();
                self.status = status;
            }
            Message::SubmittedChanged(text) => self.submitted = text,
            Message::ApprovedChanged(text) => self.approved = text,
            Message::LinkChanged(link) => self.link = link,
            Message::CancelPressed => return Outcome::Close,
            Message::DeletePressed => {
                return match &self.original {
                    Some(d) => Outcome::Save(Box::new(Edit::Deliverable(Change::Remove(d.id)))),
                    None => Outcome::Close,
                };
            }
            Message::SavePressed => match self.deliverable(plan, today) {
                Ok(d) => {
                    self.error = None;
                    let change = if self.original.is_some() {
                        Change::Update(d)
                    } else {
                        Change::Add(d)
                    };
                    return Outcome::Save(Box::new(Edit::Deliverable(change)));
                }
                Err(error) => {
                    self.error = Some(error);
                    return Outcome::None;
                }
            },
        }
        self.error = None;
        Outcome::None
    }

    /// The deliverable the fields describe, or what is wrong with them.
    fn deliverable(&self, plan: &Plan, today: NaiveDate) -> Result<Deliverable, String> {
        let due = commplan_core::text::parse_date(&self.due)
            .ok_or_else(|| fl!("deliverables-error-due", text = self.due.trim()))?;
        if !list::due_in_project(plan, due) {
            return Err(fl!(
                "deliverables-error-outside",
                start = format::date(plan.project.start),
                end = format::date(plan.project.end)
            ));
        }
        let work_package = self
            .work_package
            .clone()
            .ok_or_else(|| fl!("deliverables-error-no-work-package"))?;
        let lead = self
            .lead
            .clone()
            .ok_or_else(|| fl!("deliverables-error-no-lead"))?;
        let link = self.link.trim();
        let base = match &self.original {
            Some(d) => d.clone(),
            None => Deliverable {
                id: self.id,
                code: String::new(),
                title: String::new(),
                work_package: work_package.clone(),
                lead: lead.clone(),
                contributors: Vec::new(),
                due,
                status: DeliverableStatus::NotStarted,
                submitted: None,
                approved: None,
                link: None,
            },
        };
        // The workflow records its dates only when the status moves.
        let mut d = if base.status == self.status {
            base
        } else {
            base.with_status(self.status, today)
        };
        d.code = self.code.trim().to_owned();
        d.title = self.title.trim().to_owned();
        d.work_package = work_package;
        d.contributors = self.contributors.clone();
        d.contributors.retain(|p| p != &lead);
        d.lead = lead;
        d.due = due;
        d.link = (!link.is_empty()).then(|| link.to_owned());
        let typed = |text: &str| -> Result<Option<NaiveDate>, String> {
            if text.trim().is_empty() {
                return Ok(None);
            }
            commplan_core::text::parse_date(text)
                .map(Some)
                .ok_or_else(|| fl!("deliverables-error-due", text = text.trim()))
        };
        d.submitted = typed(&self.submitted)?;
        d.approved = typed(&self.approved)?;
        if let (Some(submitted), Some(approved)) = (d.submitted, d.approved)
            && approved < submitted
        {
            return Err(fl!("deliverables-error-approved-before"));
        }
        validate::deliverable(plan, &d).map_err(|e| e.to_string())?;
        Ok(d)
    }

    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        today: NaiveDate,
        read_only: bool,
    ) -> Element<'a, Message> {
        let on = |f: fn(String) -> Message| (!read_only).then_some(f);
        let work_packages: Vec<Pick<WorkPackageId>> = plan
            .work_packages
            .iter()
            .map(|w| {
                Pick::new(
                    w.id.clone(),
                    pick::short(&format!("{} · {}", w.id, w.title), EDITOR_LONGEST),
                )
            })
            .collect();
        let partners: Vec<Pick<PartnerId>> = plan
            .partners
            .iter()
            .map(|p| Pick::new(p.id.clone(), format!("{} · {}", p.id, p.label())))
            .collect();
        let statuses: Vec<Pick<DeliverableStatus>> = DeliverableStatus::ALL
            .iter()
            .map(|s| Pick::new(*s, s.label()))
            .collect();
        let wp_selected = self
            .work_package
            .as_ref()
            .and_then(|wp| pick::selected(&work_packages, wp));
        let lead_selected = self
            .lead
            .as_ref()
            .and_then(|p| pick::selected(&partners, p));
        let status_selected = pick::selected(&statuses, &self.status);
        let title = match &self.original {
            Some(d) => fl!("deliverables-edit", code = d.code.as_str()),
            None => fl!("deliverables-new"),
        };
        let mut body = column![
            field(
                fl!("deliverables-code"),
                text_input("D.C.1.1", &self.code)
                    .id(CODE_INPUT)
                    .on_input_maybe(on(Message::CodeChanged))
                    .on_submit_maybe((!read_only).then_some(Message::SavePressed))
                    .into()
            ),
            field(
                fl!("deliverables-title"),
                text_input(&fl!("deliverables-title-placeholder"), &self.title)
                    .id(TITLE_INPUT)
                    .on_input_maybe(on(Message::TitleChanged))
                    .on_submit_maybe((!read_only).then_some(Message::SavePressed))
                    .into()
            ),
            field(
                fl!("deliverables-work-package"),
                if read_only {
                    pick::read_only(wp_selected.map(|p| p.label).unwrap_or_default())
                } else {
                    crate::widget::clip::clipped(pick::redrawn(
                        pick::key(&wp_selected),
                        pick_list(work_packages, wp_selected, |p| {
                            Message::WorkPackagePicked(p.value)
                        })
                        .placeholder(fl!("deliverables-pick-work-package"))
                        .text_size(14)
                        .width(Fill),
                    ))
                }
            ),
            field(
                fl!("deliverables-lead"),
                if read_only {
                    pick::read_only(lead_selected.map(|p| p.label).unwrap_or_default())
                } else {
                    crate::widget::clip::clipped(pick::redrawn(
                        pick::key(&lead_selected),
                        pick_list(partners, lead_selected, |p| Message::LeadPicked(p.value))
                            .placeholder(fl!("deliverables-pick-lead"))
                            .text_size(14)
                            .width(Fill),
                    ))
                }
            ),
            field(
                fl!("deliverables-contributors"),
                self.contributors_view(plan, read_only)
            ),
            field(
                fl!("deliverables-due"),
                date_picker(
                    text_input("2018-06-30", &self.due)
                        .id(DUE_INPUT)
                        .on_input_maybe(on(Message::DueChanged))
                        .on_submit_maybe((!read_only).then_some(Message::SavePressed)),
                    &self.due,
                    self.shown(Dated::Due, read_only),
                    today,
                    messages(Dated::Due),
                )
            ),
        ]
        .spacing(10);
        let status = field(
            fl!("deliverables-status"),
            if read_only {
                pick::read_only(status_selected.map(|p| p.label).unwrap_or_default())
            } else {
                crate::widget::clip::clipped(pick::redrawn(
                    pick::key(&status_selected),
                    pick_list(statuses, status_selected, |p| {
                        Message::StatusPicked(p.value)
                    })
                    .text_size(14)
                    .width(Fill),
                ))
            },
        );
        // The workflow's dates beside the status, always there: the editor
        // neither grows nor moves when the status moves on. Until the
        // deliverable is handed in they are greyed, unless dates were set.
        let dated =
            !self.submitted.is_empty() || !self.approved.is_empty() || self.status.is_delivered();
        let date = |label: String,
                    id: &'static str,
                    value: &'a str,
                    f: fn(String) -> Message,
                    which: Dated| {
            let editable = dated && !read_only;
            let input = text_input("", value)
                .id(id)
                .on_input_maybe(editable.then_some(f))
                .on_submit_maybe(editable.then_some(Message::SavePressed));
            // Typed or picked, as every date of the plan.
            let input: Element<'a, Message> = if editable {
                date_picker_above(
                    input,
                    value,
                    self.shown(which, read_only),
                    today,
                    messages(which),
                )
            } else {
                input.into()
            };
            container(field(label, input)).width(Fill)
        };
        body = body.push(container(status).width(Fill));
        body = body.push(
            row![
                date(
                    fl!("deliverables-submitted-date"),
                    SUBMITTED_INPUT,
                    &self.submitted,
                    Message::SubmittedChanged,
                    Dated::Submitted,
                ),
                date(
                    fl!("deliverables-approved-date"),
                    APPROVED_INPUT,
                    &self.approved,
                    Message::ApprovedChanged,
                    Dated::Approved,
                ),
            ]
            .spacing(10),
        );
        body = body.push(field(
            fl!("deliverables-link"),
            text_input("https://", &self.link)
                .id(LINK_INPUT)
                .on_input_maybe(on(Message::LinkChanged))
                .on_submit_maybe((!read_only).then_some(Message::SavePressed))
                .into(),
        ));
        let mut actions = row![].spacing(8).align_y(Alignment::Center);
        if self.original.is_some() {
            actions = actions.push(
                button(text(fl!("deliverables-delete")))
                    .style(button::danger)
                    .on_press_maybe((!read_only).then_some(Message::DeletePressed)),
            );
        }
        // A problem is said beside the buttons, in room they always had:
        // Save does not move away from the pointer when one appears.
        actions = actions
            .push(
                iced::widget::container(
                    text(self.error.clone().unwrap_or_default())
                        .size(13)
                        .style(theme::danger_text),
                )
                .width(Fill),
            )
            .push(
                button(text(fl!("deliverables-cancel")))
                    .style(button::secondary)
                    .on_press(Message::CancelPressed),
            )
            .push(
                button(text(fl!("deliverables-save")))
                    .style(button::primary)
                    .on_press_maybe((!read_only).then_some(Message::SavePressed)),
            );
        // The buttons stay in sight below the fields, which scroll (each
        // pick list cut to what is seen, so none draws over the buttons).
        widget::card(
            title,
            column![widget::scroll(body), actions]
                .spacing(10)
                .height(Fill),
        )
    }
}

impl Editor {
    /// What a date field holds as typed.
    fn date_text(&self, which: Dated) -> &str {
        match which {
            Dated::Due => &self.due,
            Dated::Submitted => &self.submitted,
            Dated::Approved => &self.approved,
        }
    }

    /// The month `which`'s calendar shows, when it is the one open.
    fn shown(&self, which: Dated, read_only: bool) -> Option<NaiveDate> {
        self.picker
            .filter(|open| open.field == which && !read_only)
            .map(|open| open.month)
    }

    /// Every other partner as a chip to tick.
    fn contributors_view<'a>(&self, plan: &'a Plan, read_only: bool) -> Element<'a, Message> {
        let chips = plan
            .partners
            .iter()
            .filter(|p| Some(&p.id) != self.lead.as_ref())
            .map(|p| {
                let on = self.contributors.contains(&p.id);
                let color = p.color;
                button(text(p.id.to_string()).size(12))
                    .padding([1, 6])
                    .style(move |theme: &iced::Theme, status| {
                        let mut style = button::secondary(theme, status);
                        if on {
                            style.background =
                                Some(iced::Background::Color(theme::plan_color(color)));
                            style.text_color = theme::text_on(color);
                        }
                        style
                    })
                    .on_press_maybe((!read_only).then(|| Message::ContributorToggled(p.id.clone())))
                    .into()
            });
        row(chips).spacing(4).wrap().into()
    }
}

/// A date as the editor's fields show it.
fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The most letters an option of the editor's lists shows: the editor's
/// column (`deliverables::EDITOR_WIDTH`) holds a list as wide as the
/// longest at 14 px.
const EDITOR_LONGEST: usize = 44;

fn field<'a>(label: String, input: Element<'a, Message>) -> Element<'a, Message> {
    column![text(label).size(13).style(theme::muted), input]
        .spacing(4)
        .into()
}

#[cfg(test)]
mod tests;

/// The messages of `which` date's calendar.
fn messages(which: Dated) -> Messages<Message> {
    Messages {
        toggle: Message::PickerToggled(which),
        dismiss: Message::PickerDismissed,
        month: Message::PickerMoved,
        pick: Box::new(move |day| Message::Picked(which, day)),
    }
}
