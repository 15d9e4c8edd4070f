//! The partner form: adds a partner, or edits one when opened on it.

use iced::widget::{Space, button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Fill, border};

use crate::label::Label;
use crate::theme;
use crate::widget::icon;
use crate::widget::pick::{self, Pick};
use commplan_core::fl;
use commplan_core::value::{Color, Country, Lang};
use commplan_core::vocab::Role;
use commplan_core::{Change, Edit, EditError, Partner, PartnerId, Plan, Subject, validate};

/// Widget ids, so tests and keyboard focus can find the form's fields.
pub const ID_INPUT: &str = "partner-id";
pub const NAME_INPUT: &str = "partner-name";
pub const SHORT_NAME_INPUT: &str = "partner-short-name";
pub const COUNTRY_INPUT: &str = "partner-country";
pub const CONTACT_INPUT: &str = "partner-contact";
pub const EMAIL_INPUT: &str = "partner-email";
pub const LANGUAGES_INPUT: &str = "partner-languages";

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// The partner being edited; `None` adds a new one.
    editing: Option<PartnerId>,
    id: String,
    name: String,
    short_name: String,
    country: String,
    role: Role,
    contact: String,
    email: String,
    languages: String,
    color: Option<Color>,
    pub error: Option<String>,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            editing: None,
            id: String::new(),
            name: String::new(),
            short_name: String::new(),
            country: String::new(),
            role: Role::Partner,
            contact: String::new(),
            email: String::new(),
            languages: String::new(),
            color: None,
            error: None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    IdChanged(String),
    NameChanged(String),
    ShortNameChanged(String),
    CountryChanged(String),
    RolePicked(Role),
    ContactChanged(String),
    EmailChanged(String),
    LanguagesChanged(String),
    ColorPicked(Color),
    Submitted,
    Cancelled,
}

impl Form {
    /// The form opened on a partner of the plan.
    pub fn edit(partner: &Partner) -> Self {
        Form {
            editing: Some(partner.id.clone()),
            id: partner.id.to_string(),
            name: partner.name.clone(),
            short_name: partner.short_name.clone(),
            country: partner.country.to_string(),
            role: partner.role,
            contact: partner.contact_name.clone(),
            email: partner.contact_email.clone(),
            languages: partner
                .languages
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            color: Some(partner.color),
            error: None,
        }
    }

    pub fn editing(&self) -> Option<&PartnerId> {
        self.editing.as_ref()
    }

    /// Handles a message; returns the edit to apply when the form is
    /// submitted and valid (the form then empties itself).
    pub fn update(&mut self, message: Message, plan: &Plan) -> Option<Edit> {
        match message {
            Message::IdChanged(id) => self.id = id.trim().to_uppercase(),
            Message::NameChanged(name) => self.name = name,
            Message::ShortNameChanged(name) => self.short_name = name,
            Message::CountryChanged(country) => self.country = country.trim().to_uppercase(),
            Message::RolePicked(role) => self.role = role,
            Message::ContactChanged(contact) => self.contact = contact,
            Message::EmailChanged(email) => self.email = email,
            Message::LanguagesChanged(languages) => self.languages = languages,
            Message::ColorPicked(color) => self.color = Some(color),
            Message::Cancelled => *self = Form::default(),
            Message::Submitted => {
                return match self.partner(plan) {
                    Ok(partner) => {
                        let change = if self.editing.is_some() {
                            Change::Update(partner)
                        } else {
                            Change::Add(partner)
                        };
                        *self = Form::default();
                        Some(Edit::Partner(change))
                    }
                    Err(error) => {
                        self.error = Some(error.to_string());
                        None
                    }
                };
            }
        }
        self.error = None;
        None
    }

    /// The partner the form describes, checked by the same rules as edits.
    fn partner(&self, plan: &Plan) -> Result<Partner, EditError> {
        let id = PartnerId::new(self.id.trim());
        if self.editing.is_none() && plan.partner(&id).is_some() {
            return Err(EditError::DuplicateId {
                subject: Subject::Partner,
                id: id.to_string(),
            });
        }
        let name = self.name.trim().to_owned();
        let short_name = match self.short_name.trim() {
            "" => name.clone(),
            short => short.to_owned(),
        };
        let mut languages: Vec<Lang> = self
            .languages
            .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(Lang::new)
            .collect();
        languages.dedup();
        let partner = Partner {
            id,
            name,
            short_name,
            country: Country::new(&self.country),
            role: self.role,
            contact_name: self.contact.trim().to_owned(),
            contact_email: self.email.trim().to_owned(),
            languages,
            color: self
                .color
                .unwrap_or(Color::PALETTE[plan.partners.len() % Color::PALETTE.len()]),
        };
        validate::partner(&partner)?;
        Ok(partner)
    }

    pub fn view(&self, plan: &Plan, read_only: bool) -> Element<'_, Message> {
        let on = |f: fn(String) -> Message| (!read_only).then_some(f);
        let roles: Vec<Pick<Role>> = Role::ALL.iter().map(|r| Pick::new(*r, r.label())).collect();
        let role = pick::selected(&roles, &self.role);
        // As wide as the longest role in the interface's language: left at
        // its natural width, a pick list measures every option.
        // A read-only window shows a plain field about as wide.
        let role_width = if read_only {
            iced::Length::Fixed(pick::width(&roles, 16.0, 320.0))
        } else {
            iced::Shrink
        };
        let id_input = text_input(&fl!("partners-id-placeholder"), &self.id)
            .id(ID_INPUT)
            .on_submit_maybe((!read_only).then_some(Message::Submitted))
            .width(110);
        // An id cannot change: items refer to it.
        let id_input = if self.editing.is_some() {
            id_input
        } else {
            id_input.on_input_maybe(on(Message::IdChanged))
        };
        let first = row![
            labelled(fl!("partners-id"), id_input.width(Fill), 110),
            labelled(
                fl!("partners-name"),
                text_input(&fl!("partners-name-placeholder"), &self.name)
                    .id(NAME_INPUT)
                    .on_input_maybe(on(Message::NameChanged))
                    .on_submit_maybe((!read_only).then_some(Message::Submitted)),
                Fill
            ),
            labelled(
                fl!("partners-short-name"),
                text_input(&fl!("partners-short-name-placeholder"), &self.short_name)
                    .id(SHORT_NAME_INPUT)
                    .on_input_maybe(on(Message::ShortNameChanged))
                    .on_submit_maybe((!read_only).then_some(Message::Submitted)),
                170
            ),
            labelled(
                fl!("partners-country"),
                text_input(&fl!("partners-country-placeholder"), &self.country)
                    .id(COUNTRY_INPUT)
                    .on_input_maybe(on(Message::CountryChanged))
                    .on_submit_maybe((!read_only).then_some(Message::Submitted)),
                64
            ),
            labelled(
                fl!("partners-role"),
                if read_only {
                    pick::read_only(role.map(|p| p.label).unwrap_or_default())
                } else {
                    pick::redrawn(
                        pick::key(&role),
                        pick_list(roles, role, |p| Message::RolePicked(p.value)),
                    )
                },
                role_width
            ),
        ]
        .spacing(8)
        .align_y(Alignment::End);
        let chosen = self
            .color
            .unwrap_or(Color::PALETTE[plan.partners.len() % Color::PALETTE.len()]);
        let swatches = row(Color::PALETTE
            .iter()
            .map(|c| swatch(*c, *c == chosen, read_only)))
        .spacing(3)
        .height(30)
        .align_y(Alignment::Center);
        let submit = if self.editing.is_some() {
            row![icon::icon(icon::CHECK), text(fl!("partners-save"))]
        } else {
            row![icon::icon(icon::PLUS), text(fl!("partners-add"))]
        };
        let mut second = row![
            labelled(
                fl!("partners-contact"),
                text_input(&fl!("partners-contact-placeholder"), &self.contact)
                    .id(CONTACT_INPUT)
                    .on_input_maybe(on(Message::ContactChanged))
                    .on_submit_maybe((!read_only).then_some(Message::Submitted)),
                180
            ),
            labelled(
                fl!("partners-email"),
                text_input(&fl!("partners-email-placeholder"), &self.email)
                    .id(EMAIL_INPUT)
                    .on_input_maybe(on(Message::EmailChanged))
                    .on_submit_maybe((!read_only).then_some(Message::Submitted)),
                Fill
            ),
            labelled(
                fl!("partners-languages"),
                text_input(&fl!("partners-languages-placeholder"), &self.languages)
                    .id(LANGUAGES_INPUT)
                    .on_input_maybe(on(Message::LanguagesChanged))
                    .on_submit_maybe((!read_only).then_some(Message::Submitted)),
                110
            ),
            labelled(fl!("partners-color"), swatches, iced::Shrink),
        ]
        .spacing(8)
        .align_y(Alignment::End);
        // Cancel is always there (greyed with nothing to cancel) and the
        // line for a problem always has its room: nothing moves while
        // typing.
        let cancel = self.editing.is_some() || self.has_input();
        second = second.push(
            button(text(fl!("partners-cancel")))
                .style(button::secondary)
                .on_press_maybe(cancel.then_some(Message::Cancelled)),
        );
        second = second.push(
            button(submit.spacing(6)).on_press_maybe((!read_only).then_some(Message::Submitted)),
        );
        let problem = text(self.error.clone().unwrap_or_default())
            .size(13)
            .style(theme::danger_text);
        column![first, second, container(problem).height(18).clip(true)]
            .spacing(8)
            .into()
    }

    fn has_input(&self) -> bool {
        !(self.id.is_empty() && self.name.is_empty() && self.country.is_empty())
    }
}

/// A field with its name above it.
fn labelled<'a>(
    label: String,
    input: impl Into<Element<'a, Message>>,
    width: impl Into<iced::Length>,
) -> Element<'a, Message> {
    column![text(label).size(12).style(theme::muted), input.into()]
        .spacing(3)
        .width(width)
        .into()
}

/// A colour to pick: a small square, ringed when chosen.
fn swatch<'a>(color: Color, chosen: bool, read_only: bool) -> Element<'a, Message> {
    button(Space::new().width(14).height(14))
        .padding(0)
        .style(move |theme: &iced::Theme, _status| {
            let palette = theme.extended_palette();
            button::Style {
                background: Some(iced::Background::Color(theme::plan_color(color))),
                border: border::rounded(3)
                    .width(if chosen { 2 } else { 0 })
                    .color(palette.background.base.text),
                ..button::Style::default()
            }
        })
        .on_press_maybe((!read_only).then_some(Message::ColorPicked(color)))
        .into()
}
