//! The partnership: who is in it, and a form to add a partner.

use iced::widget::{Space, button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Fill};

use super::Action;
use crate::data::value::{Color, Country, Lang};
use crate::data::vocab::Role;
use crate::data::{Change, Edit, EditError, Partner, PartnerId, Plan, validate};
use crate::fl;
use crate::i18n::Label;
use crate::theme;
use crate::widget::{self, BOLD, icon};

/// Widget ids, so tests and keyboard focus can find the form's fields.
pub const ID_INPUT: &str = "partner-id";
pub const NAME_INPUT: &str = "partner-name";
pub const COUNTRY_INPUT: &str = "partner-country";

#[derive(Debug, Default)]
pub struct Partners {
    form: Form,
}

#[derive(Debug, Clone, Default)]
struct Form {
    id: String,
    name: String,
    country: String,
    email: String,
    role: Option<Role>,
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    IdChanged(String),
    NameChanged(String),
    CountryChanged(String),
    EmailChanged(String),
    RolePicked(Role),
    AddPressed,
    RemovePressed(PartnerId),
}

/// A role with its translated name, for the pick list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct RoleChoice(Role);

impl std::fmt::Display for RoleChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.label())
    }
}

impl Partners {
    pub fn update(&mut self, message: Message, plan: &Plan) -> Action<Message> {
        let form = &mut self.form;
        match message {
            Message::IdChanged(id) => form.id = id.trim().to_uppercase(),
            Message::NameChanged(name) => form.name = name,
            Message::CountryChanged(country) => form.country = country.trim().to_uppercase(),
            Message::EmailChanged(email) => form.email = email,
            Message::RolePicked(role) => form.role = Some(role),
            Message::AddPressed => match form.partner(plan) {
                Ok(partner) => {
                    self.form = Form::default();
                    return Action::Edit(Box::new(Edit::Partner(Change::Add(partner))));
                }
                Err(error) => form.error = Some(error.to_string()),
            },
            Message::RemovePressed(id) => {
                return Action::Edit(Box::new(Edit::Partner(Change::Remove(id))));
            }
        }
        Action::None
    }

    pub fn view<'a>(&'a self, plan: &'a Plan, read_only: bool) -> Element<'a, Message> {
        let header = row![
            widget::cell(widget::header(fl!("partners-id")), 100),
            widget::cell(widget::header(fl!("partners-name")), Fill),
            widget::cell(widget::header(fl!("partners-country")), 70),
            widget::cell(widget::header(fl!("partners-role")), 160),
            widget::cell(widget::header(fl!("partners-contact")), 220),
            widget::cell(Space::new(), 32),
        ]
        .spacing(12)
        .padding([0, 8]);
        let list: Element<'a, Message> = if plan.partners.is_empty() {
            widget::empty(fl!("partners-empty"))
        } else {
            column(
                plan.partners
                    .iter()
                    .enumerate()
                    .map(|(i, p)| line(p, i % 2 == 1, read_only)),
            )
            .into()
        };
        let content = column![self.form_view(read_only), header, widget::scroll(list),].spacing(10);
        widget::page(
            fl!("screen-partners"),
            Some(fl!("partners-count", count = plan.partners.len())),
            Space::new().into(),
            content.into(),
        )
    }

    fn form_view(&self, read_only: bool) -> Element<'_, Message> {
        let form = &self.form;
        let on = |f: fn(String) -> Message| (!read_only).then_some(f);
        let fields = row![
            text_input(&fl!("partners-id-placeholder"), &form.id)
                .id(ID_INPUT)
                .on_input_maybe(on(Message::IdChanged))
                .on_submit(Message::AddPressed)
                .width(110),
            text_input(&fl!("partners-name-placeholder"), &form.name)
                .id(NAME_INPUT)
                .on_input_maybe(on(Message::NameChanged))
                .on_submit(Message::AddPressed)
                .width(Fill),
            text_input(&fl!("partners-country-placeholder"), &form.country)
                .id(COUNTRY_INPUT)
                .on_input_maybe(on(Message::CountryChanged))
                .on_submit(Message::AddPressed)
                .width(80),
            pick_list(
                Role::ALL
                    .iter()
                    .copied()
                    .map(RoleChoice)
                    .collect::<Vec<_>>(),
                Some(RoleChoice(form.role.unwrap_or(Role::Partner))),
                |choice| Message::RolePicked(choice.0),
            )
            .width(170),
            text_input(&fl!("partners-email-placeholder"), &form.email)
                .on_input_maybe(on(Message::EmailChanged))
                .on_submit(Message::AddPressed)
                .width(200),
            button(row![icon::icon(icon::PLUS), text(fl!("partners-add"))].spacing(6))
                .on_press_maybe((!read_only).then_some(Message::AddPressed)),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        let mut body = column![fields].spacing(6);
        if let Some(error) = &form.error {
            body = body.push(text(error.clone()).style(theme::danger_text));
        }
        widget::card(fl!("partners-new"), body)
    }
}

impl Form {
    /// The partner the form describes, checked by the same rules as edits.
    fn partner(&self, plan: &Plan) -> Result<Partner, EditError> {
        let id = PartnerId::new(self.id.trim());
        if plan.partner(&id).is_some() {
            return Err(EditError::DuplicateId {
                subject: crate::data::Subject::Partner,
                id: id.to_string(),
            });
        }
        let name = self.name.trim().to_owned();
        let partner = Partner {
            short_name: name.clone(),
            name,
            id,
            country: Country::new(&self.country),
            role: self.role.unwrap_or(Role::Partner),
            contact_name: String::new(),
            contact_email: self.email.trim().to_owned(),
            languages: vec![Lang::new("en")],
            color: Color::PALETTE[plan.partners.len() % Color::PALETTE.len()],
        };
        validate::partner(&partner)?;
        Ok(partner)
    }
}

fn line(p: &Partner, striped: bool, read_only: bool) -> Element<'_, Message> {
    let contact = if p.contact_email.is_empty() {
        p.contact_name.clone()
    } else {
        format!("{} <{}>", p.contact_name, p.contact_email)
            .trim()
            .to_owned()
    };
    container(
        row![
            widget::cell(widget::partner_chip(Some(p), &p.id), 100),
            widget::cell(
                column![
                    text(p.name.clone()).font(BOLD),
                    text(p.short_name.clone()).size(12).style(theme::muted)
                ],
                Fill
            ),
            widget::cell(text(format!("{} {}", p.country.flag(), p.country)), 70),
            widget::cell(text(p.role.label()).size(13), 160),
            widget::cell(text(contact).size(13).style(theme::muted), 220),
            button(icon::icon(icon::TRASH_2))
                .style(button::text)
                .width(32)
                .on_press_maybe((!read_only).then(|| Message::RemovePressed(p.id.clone()))),
        ]
        .spacing(12)
        .align_y(Alignment::Center),
    )
    .padding([6, 8])
    .style(theme::row(striped))
    .into()
}
