//! The partnership: partners (add, edit, remove or hand over) and the work
//! packages, each with its deliverables and activities.

mod form;
pub mod mappings;
mod table;
mod work_packages;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use iced::widget::{Space, button, column, container, pick_list, row, text};
use iced::{Alignment, Element, Fill};

use crate::theme::{self, Tone};
use crate::widget::pick::{self, Pick};
use crate::widget::{self, BOLD, icon};
use commplan_core::fl;
use commplan_core::import::{Mapping, Vocab};
use commplan_core::validate::{self, Uses};
use commplan_core::vocab::Role;
use commplan_core::{Change, Edit, EditError, PartnerId, Plan, Subject};
pub use form::{
    CONTACT_INPUT, COUNTRY_INPUT, EMAIL_INPUT, ID_INPUT, LANGUAGES_INPUT, Message as FormMessage,
    NAME_INPUT, SHORT_NAME_INPUT,
};
pub use work_packages::{Message as WorkPackageMessage, WP_ID_INPUT, WP_TITLE_INPUT};

#[derive(Debug, Default)]
pub struct Partners {
    tab: Tab,
    form: form::Form,
    removal: Option<Removal>,
    /// A partner just given the role of lead partner or communication lead
    /// that the project does not name as such yet: offered, never set
    /// silently.
    offer: Option<(PartnerId, Role)>,
    work_packages: work_packages::WorkPackages,
}

/// The two halves of the screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Partners,
    WorkPackages,
}

/// A partner someone asked to remove while items still refer to it.
#[derive(Debug, Clone)]
struct Removal {
    id: PartnerId,
    uses: Uses,
    /// Who takes its items over.
    heir: Option<PartnerId>,
}

#[derive(Debug, Clone)]
pub enum Message {
    TabPicked(Tab),
    Form(form::Message),
    EditPressed(PartnerId),
    RemovePressed(PartnerId),
    HeirPicked(PartnerId),
    /// Hands everything over to the heir and removes the partner.
    ReassignPressed,
    RemovalCancelled,
    /// The partner's "deliverables" link was pressed.
    DeliverablesPressed(PartnerId),
    WorkPackages(work_packages::Message),
    /// Make the offered partner the project's lead or communication lead.
    OfferAccepted,
    OfferDeclined,
    /// "Forget": a word an import mapped for the partner, by its
    /// vocabulary and lookup key.
    ForgetMapping(PartnerId, Vocab, String),
}

/// What the partners screen asks the app to do after a message.
pub enum Action {
    None,
    /// Apply a change to the plan (undoable, autosaved).
    Edit(Box<Edit>),
    /// Show what a partner owes on the Deliverables screen.
    ShowDeliverables(PartnerId),
    /// Forget a word mapped for the partner's imports (kept in the
    /// settings, not in the plan).
    ForgetMapping(PartnerId, Vocab, String),
}

impl Partners {
    pub fn update(&mut self, message: Message, plan: &Plan) -> Action {
        match message {
            Message::TabPicked(tab) => self.tab = tab,
            Message::Form(message) => {
                if let Some(edit) = self.form.update(message, plan) {
                    self.offer = match &edit {
                        Edit::Partner(Change::Add(p) | Change::Update(p)) => {
                            offer_for(plan, &p.id, p.role)
                        }
                        _ => None,
                    };
                    return Action::Edit(Box::new(edit));
                }
            }
            Message::OfferAccepted => {
                if let Some((id, role)) = self.offer.take() {
                    let mut project = plan.project.clone();
                    match role {
                        Role::LeadPartner => project.lead_partner = Some(id),
                        _ => project.communication_lead = Some(id),
                    }
                    return Action::Edit(Box::new(Edit::Project(project)));
                }
            }
            Message::OfferDeclined => self.offer = None,
            Message::EditPressed(id) => self.edit(&id, plan),
            Message::RemovePressed(id) => {
                let uses = validate::partner_uses(plan, &id);
                if uses.is_empty() {
                    self.removal = None;
                    if self.form.editing() == Some(&id) {
                        self.form = form::Form::default();
                    }
                    return Action::Edit(Box::new(Edit::Partner(Change::Remove(id))));
                }
                self.removal = Some(Removal {
                    id,
                    uses,
                    heir: None,
                });
            }
            Message::HeirPicked(heir) => {
                if let Some(removal) = &mut self.removal {
                    removal.heir = Some(heir);
                }
            }
            Message::ReassignPressed => {
                if let Some(Removal {
                    id,
                    heir: Some(heir),
                    ..
                }) = self.removal.take()
                {
                    if self.form.editing() == Some(&id) {
                        self.form = form::Form::default();
                    }
                    return Action::Edit(Box::new(Edit::reassign_partner(plan, &id, &heir)));
                }
            }
            Message::RemovalCancelled => self.removal = None,
            Message::DeliverablesPressed(id) => return Action::ShowDeliverables(id),
            Message::ForgetMapping(id, vocab, word) => {
                return Action::ForgetMapping(id, vocab, word);
            }
            Message::WorkPackages(message) => {
                if let Some(edit) = self.work_packages.update(message, plan) {
                    return Action::Edit(Box::new(edit));
                }
            }
        }
        Action::None
    }

    /// Opens a partner in the form (from search or another screen).
    pub fn edit(&mut self, id: &PartnerId, plan: &Plan) {
        if let Some(partner) = plan.partner(id) {
            self.tab = Tab::Partners;
            self.form = form::Form::edit(partner);
        }
    }

    /// Escape: drops the removal question, or the partner or work package
    /// open in its form without saving it; false when there was none.
    /// The partner form holds what was typed and not yet saved.
    pub fn unsaved(&self, plan: &Plan) -> bool {
        let opened = match self.form.editing() {
            Some(id) => plan.partner(id).map(form::Form::edit),
            None => Some(form::Form::default()),
        };
        let mut typed = self.form.clone();
        typed.error = None;
        opened.as_ref() != Some(&typed)
    }

    pub fn close_editor(&mut self) -> bool {
        if self.removal.take().is_some() {
            return true;
        }
        match self.tab {
            Tab::Partners if self.form.editing().is_some() => {
                self.form = form::Form::default();
                true
            }
            Tab::WorkPackages => self.work_packages.close(),
            Tab::Partners => false,
        }
    }

    /// Forgets what belongs to the plan on screen: the form (also a
    /// half-typed new partner), the removal question and the work package
    /// form. The tab stays.
    pub fn reset(&mut self) {
        self.form = form::Form::default();
        self.removal = None;
        self.offer = None;
        self.work_packages = work_packages::WorkPackages::default();
    }

    /// Holds nothing that belongs to a plan (see [`Partners::reset`]).
    pub fn is_idle(&self) -> bool {
        self.form == form::Form::default()
            && self.removal.is_none()
            && self.offer.is_none()
            && self.work_packages == work_packages::WorkPackages::default()
    }

    /// The screen; `mappings` are the words remembered from each
    /// partner's imports, by partner id (from the settings).
    pub fn view<'a>(
        &'a self,
        plan: &'a Plan,
        today: NaiveDate,
        read_only: bool,
        mappings: &'a BTreeMap<String, Mapping>,
    ) -> Element<'a, Message> {
        let tabs = row![
            widget::choice(
                fl!("partners-tab-partners"),
                self.tab == Tab::Partners,
                Message::TabPicked(Tab::Partners)
            ),
            widget::choice(
                fl!("partners-tab-work-packages"),
                self.tab == Tab::WorkPackages,
                Message::TabPicked(Tab::WorkPackages)
            ),
        ]
        .spacing(4);
        let (subtitle, content) = match self.tab {
            Tab::Partners => (
                fl!("partners-count", count = plan.partners.len()),
                self.partners_view(plan, today, read_only, mappings),
            ),
            Tab::WorkPackages => (
                fl!("partners-wp-count", count = plan.work_packages.len()),
                self.work_packages
                    .view(plan, today, read_only)
                    .map(Message::WorkPackages),
            ),
        };
        widget::page(fl!("screen-partners"), Some(subtitle), tabs.into(), content)
    }

    fn partners_view<'a>(
        &'a self,
        plan: &'a Plan,
        today: NaiveDate,
        read_only: bool,
        mappings: &'a BTreeMap<String, Mapping>,
    ) -> Element<'a, Message> {
        let title = match self.form.editing().and_then(|id| plan.partner(id)) {
            Some(p) => fl!("partners-edit", name = p.label()),
            None => fl!("partners-new"),
        };
        let mut form = column![self.form.view(plan, read_only).map(Message::Form)].spacing(10);
        if let Some(id) = self.form.editing() {
            form = form.push(table::owes(plan, id, today));
            form = form.push(mappings::view(id, mappings.get(id.as_str())));
        }
        // The removal panel's slot is always there (empty without one), so
        // the list after it keeps its scroll when a partner goes; so is the
        // offer's, for the same reason.
        let removal: Element<'a, Message> = match &self.removal {
            Some(removal) => removal_view(plan, removal, read_only),
            None => iced::widget::Space::new().into(),
        };
        let offer: Element<'a, Message> = match &self.offer {
            Some((id, role)) => offer_view(plan, id, *role, read_only),
            None => iced::widget::Space::new().into(),
        };
        column![
            widget::card(title, form),
            offer,
            removal,
            table::view(plan, self.form.editing(), today, read_only)
        ]
        .spacing(10)
        .into()
    }
}

/// The offer to name a partner the project's lead or communication lead,
/// when its role says so and the project names another (or none).
fn offer_for(plan: &Plan, id: &PartnerId, role: Role) -> Option<(PartnerId, Role)> {
    let named = match role {
        Role::LeadPartner => plan.project.lead_partner.as_ref(),
        Role::CommunicationLead => plan.project.communication_lead.as_ref(),
        _ => return None,
    };
    (named != Some(id)).then(|| (id.clone(), role))
}

fn offer_view<'a>(
    plan: &'a Plan,
    id: &'a PartnerId,
    role: Role,
    read_only: bool,
) -> Element<'a, Message> {
    let name = plan.partner(id).map_or(id.as_str(), |p| p.label());
    let (question, accept) = match role {
        Role::LeadPartner => (
            fl!("partners-offer-lead", name = name),
            fl!("partners-offer-lead-accept"),
        ),
        _ => (
            fl!("partners-offer-communication", name = name),
            fl!("partners-offer-communication-accept"),
        ),
    };
    container(
        row![
            text(question).width(Fill),
            button(text(fl!("partners-offer-decline")))
                .style(button::secondary)
                .on_press(Message::OfferDeclined),
            button(text(accept))
                .style(button::primary)
                .on_press_maybe((!read_only).then_some(Message::OfferAccepted)),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    )
    .padding(12)
    .style(theme::banner(Tone::Info))
    .into()
}

/// Why a partner cannot simply go, and the offer to hand its items over.
fn removal_view<'a>(plan: &'a Plan, removal: &'a Removal, read_only: bool) -> Element<'a, Message> {
    let refusal = EditError::InUse {
        subject: Subject::Partner,
        id: removal.id.to_string(),
        uses: removal.uses.clone(),
    };
    let heirs: Vec<Pick<PartnerId>> = plan
        .partners
        .iter()
        .filter(|p| p.id != removal.id)
        .map(|p| Pick::new(p.id.clone(), format!("{} · {}", p.id, p.label())))
        .collect();
    let heir = removal
        .heir
        .as_ref()
        .and_then(|h| pick::selected(&heirs, h));
    // Left at its natural width, the list is as wide as its longest
    // partner; a read-only window shows a plain field about as wide.
    let heir_width = pick::width(&heirs, 16.0, 460.0);
    let can_reassign = !read_only && removal.heir.is_some();
    container(
        column![
            row![
                icon::icon(icon::TRIANGLE_ALERT),
                text(fl!("partners-cannot-remove", id = removal.id.as_str())).font(BOLD),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
            text(refusal.to_string()),
            row![
                text(fl!("partners-reassign-to")),
                if read_only {
                    container(pick::read_only(heir.map(|p| p.label).unwrap_or_default()))
                        .width(heir_width)
                        .into()
                } else {
                    pick::redrawn(
                        pick::key(&heir),
                        pick_list(heirs, heir, |p| Message::HeirPicked(p.value))
                            .placeholder(fl!("partners-pick-heir")),
                    )
                },
                button(text(fl!("partners-reassign", id = removal.id.as_str())))
                    .style(button::danger)
                    .on_press_maybe(can_reassign.then_some(Message::ReassignPressed)),
                Space::new().width(Fill),
                button(text(fl!("partners-keep")))
                    .style(button::secondary)
                    .on_press(Message::RemovalCancelled),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        ]
        .spacing(8),
    )
    .padding(12)
    .width(Fill)
    .style(theme::banner(Tone::Warning))
    .into()
}
