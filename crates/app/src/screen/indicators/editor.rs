//! The form that edits one indicator, or makes a new one: its code, name and
//! unit, what it adds up, which log entries it counts, and its targets.
//! Problems are shown next to their field and block saving.

use std::collections::BTreeMap;

use iced::widget::{Space, button, column, container, row, text, text_input};
use iced::{Alignment, Element, Fill, Length};

use super::form::{checked, chips, field, section, toggle};
use crate::label::Label;
use crate::theme;
use crate::widget::{self, BOLD};
use commplan_core::fl;
use commplan_core::indicator::{Filter, Indicator};
use commplan_core::vocab::{Channel, Kind, Measure, TargetGroup};
use commplan_core::{IndicatorId, PartnerId, Plan};

/// Widget ids, so tests and keyboard focus can find the fields.
pub const CODE_INPUT: &str = "indicator-code";
pub const NAME_INPUT: &str = "indicator-name";
pub const UNIT_INPUT: &str = "indicator-unit";
pub const TARGET_INPUT: &str = "indicator-target";

/// The room beside a partner's target for its problem (pixels).
const PARTNER_PROBLEM_WIDTH: f32 = 200.0;

/// The id of a partner's target field.
pub fn partner_input(partner: &PartnerId) -> String {
    format!("indicator-target-{partner}")
}

#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    /// The indicator being edited; `None` for a new one.
    pub id: Option<IndicatorId>,
    code: String,
    name: String,
    unit: String,
    measure: Measure,
    filter: Filter,
    target: String,
    partner_targets: BTreeMap<PartnerId, String>,
    /// Problems show once the form was changed or a save was tried.
    touched: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    CodeEdited(String),
    NameEdited(String),
    UnitEdited(String),
    MeasureChosen(Measure),
    ChannelToggled(Channel),
    KindToggled(Kind),
    GroupToggled(TargetGroup),
    TargetEdited(String),
    PartnerTargetEdited(PartnerId, String),
    SavePressed,
    CancelPressed,
}

/// What the form asks of the screen.
pub enum Outcome {
    Save(Indicator),
    Cancel,
}

/// What is wrong with the form, field by field.
#[derive(Debug, Default)]
struct Problems {
    code: Option<String>,
    name: Option<String>,
    target: Option<String>,
    partners: BTreeMap<PartnerId, String>,
}

impl Problems {
    fn any(&self) -> bool {
        self.code.is_some()
            || self.name.is_some()
            || self.target.is_some()
            || !self.partners.is_empty()
    }
}

/// A whole number as typed, allowing spaces and the language's thousands
/// separator ("1,400"); `None` for anything else.
pub fn whole_number(typed: &str) -> Option<u64> {
    let separator = fl!("format-thousands-separator");
    let digits: String = typed
        .trim()
        .replace(separator.as_str(), "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl Editor {
    /// A form holding an indicator as it stands.
    pub fn edit(indicator: &Indicator) -> Self {
        Editor {
            id: Some(indicator.id),
            code: indicator.code.clone(),
            name: indicator.name.clone(),
            unit: indicator.unit.clone(),
            measure: indicator.measure,
            filter: indicator.filter.clone(),
            target: indicator.target.to_string(),
            partner_targets: indicator
                .partner_targets
                .iter()
                .map(|(p, t)| (p.clone(), t.to_string()))
                .collect(),
            touched: false,
        }
    }

    /// An empty form for a new indicator.
    pub fn new() -> Self {
        Editor {
            id: None,
            code: String::new(),
            name: String::new(),
            unit: String::new(),
            measure: Measure::Entries,
            filter: Filter::default(),
            target: String::new(),
            partner_targets: BTreeMap::new(),
            touched: false,
        }
    }

    pub fn update(&mut self, message: Message, plan: &Plan) -> Option<Outcome> {
        self.touched = true;
        match message {
            Message::CodeEdited(code) => self.code = code,
            Message::NameEdited(name) => self.name = name,
            Message::UnitEdited(unit) => self.unit = unit,
            Message::MeasureChosen(measure) => self.measure = measure,
            Message::ChannelToggled(c) => toggle(&mut self.filter.channels, c, Channel::ALL),
            Message::KindToggled(k) => toggle(&mut self.filter.kinds, k, Kind::ALL),
            Message::GroupToggled(g) => toggle(&mut self.filter.target_groups, g, TargetGroup::ALL),
            Message::TargetEdited(target) => self.target = target,
            Message::PartnerTargetEdited(partner, target) => {
                self.partner_targets.insert(partner, target);
            }
            Message::SavePressed => return self.indicator(plan).map(Outcome::Save),
            Message::CancelPressed => return Some(Outcome::Cancel),
        }
        None
    }

    fn problems(&self, plan: &Plan) -> Problems {
        let code = self.code.trim();
        let code_problem = if code.is_empty() {
            Some(fl!("indicators-error-code-required"))
        } else if plan
            .indicators
            .iter()
            .any(|i| Some(i.id) != self.id && i.code.trim().eq_ignore_ascii_case(code))
        {
            Some(fl!("indicators-error-code-taken", code = code))
        } else {
            None
        };
        let number = fl!("indicators-error-whole-number");
        Problems {
            code: code_problem,
            name: self
                .name
                .trim()
                .is_empty()
                .then(|| fl!("indicators-error-name-required")),
            target: whole_number(&self.target).is_none().then(|| number.clone()),
            partners: self
                .partner_targets
                .iter()
                .filter(|(_, t)| !t.trim().is_empty() && whole_number(t).is_none())
                .map(|(p, _)| (p.clone(), number.clone()))
                .collect(),
        }
    }

    /// The indicator the form describes, when it has no problems.
    fn indicator(&self, plan: &Plan) -> Option<Indicator> {
        if self.problems(plan).any() {
            return None;
        }
        Some(Indicator {
            id: self.id.unwrap_or_else(|| plan.next_indicator_id()),
            code: self.code.trim().to_owned(),
            name: self.name.trim().to_owned(),
            unit: self.unit.trim().to_owned(),
            measure: self.measure,
            filter: self.filter.clone(),
            target: whole_number(&self.target)?,
            partner_targets: self
                .partner_targets
                .iter()
                .filter_map(|(p, t)| Some((p.clone(), whole_number(t)?)))
                .collect(),
        })
    }

    pub fn view<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let problems = if self.touched {
            self.problems(plan)
        } else {
            Problems::default()
        };
        let can_save = !self.problems(plan).any();
        let title = match self.id {
            Some(_) => fl!("indicators-editor-edit"),
            None => fl!("indicators-editor-new"),
        };
        let input =
            |id: &'static str, placeholder: String, value: &'a str, on: fn(String) -> Message| {
                text_input(&placeholder, value)
                    .id(id)
                    .on_input(on)
                    .on_submit(Message::SavePressed)
                    .padding([6, 8])
            };
        let details = column![
            checked(
                fl!("indicators-field-code"),
                input(
                    CODE_INPUT,
                    fl!("indicators-code-placeholder"),
                    &self.code,
                    Message::CodeEdited
                )
                .width(Length::Fixed(160.0)),
                problems.code,
            ),
            checked(
                fl!("indicators-field-name"),
                input(
                    NAME_INPUT,
                    fl!("indicators-name-placeholder"),
                    &self.name,
                    Message::NameEdited
                ),
                problems.name,
            ),
            field(
                fl!("indicators-field-unit"),
                input(
                    UNIT_INPUT,
                    fl!("indicators-unit-placeholder"),
                    &self.unit,
                    Message::UnitEdited
                )
                .width(Length::Fixed(260.0)),
                None,
            ),
            field(
                fl!("indicators-field-measure"),
                row(Measure::ALL.iter().map(|m| {
                    widget::choice(m.label(), *m == self.measure, Message::MeasureChosen(*m))
                }))
                .spacing(6),
                None,
            ),
            checked(
                fl!("indicators-field-target"),
                input(
                    TARGET_INPUT,
                    String::from("0"),
                    &self.target,
                    Message::TargetEdited
                )
                .width(Length::Fixed(160.0)),
                problems.target,
            ),
        ]
        .spacing(10);

        let counts = column![
            text(fl!("indicators-counts-hint"))
                .size(13)
                .style(theme::muted),
            field(
                fl!("indicators-field-channels"),
                chips(Channel::ALL, &self.filter.channels, Message::ChannelToggled),
                None,
            ),
            field(
                fl!("indicators-field-kinds"),
                chips(Kind::ALL, &self.filter.kinds, Message::KindToggled),
                None,
            ),
            field(
                fl!("indicators-field-groups"),
                chips(
                    TargetGroup::ALL,
                    &self.filter.target_groups,
                    Message::GroupToggled
                ),
                None,
            ),
        ]
        .spacing(10);

        let partners = column(plan.partners.iter().map(|partner| {
            let value = self
                .partner_targets
                .get(&partner.id)
                .map_or("", String::as_str);
            let id = partner.id.clone();
            let mut line = row![
                widget::cell(widget::partner_chip(Some(partner), &partner.id), 90),
                widget::cell(text(partner.label().to_owned()).size(14), Fill),
                text_input(&fl!("indicators-no-target"), value)
                    .id(partner_input(&partner.id))
                    .on_input(move |t| Message::PartnerTargetEdited(id.clone(), t))
                    .on_submit(Message::SavePressed)
                    .padding([4, 8])
                    .width(Length::Fixed(120.0)),
            ]
            .spacing(8)
            .align_y(Alignment::Center);
            // The problem's room is always there: the field does not move
            // when one appears.
            line = line.push(
                container(
                    text(
                        problems
                            .partners
                            .get(&partner.id)
                            .cloned()
                            .unwrap_or_default(),
                    )
                    .size(13)
                    .style(theme::danger_text),
                )
                .width(Length::Fixed(PARTNER_PROBLEM_WIDTH))
                .clip(true),
            );
            line.into()
        }))
        .spacing(4);

        let buttons = row![
            text(title).size(20).font(BOLD),
            Space::new().width(Fill),
            button(text(fl!("indicators-cancel")))
                .padding([6, 14])
                .style(button::secondary)
                .on_press(Message::CancelPressed),
            button(text(fl!("indicators-save")).font(BOLD))
                .padding([6, 14])
                .on_press_maybe(can_save.then_some(Message::SavePressed)),
        ]
        .spacing(8)
        .align_y(Alignment::Center);

        container(
            column![
                buttons,
                details,
                section(fl!("indicators-section-counts")),
                counts,
                section(fl!("indicators-section-partner-targets")),
                text(fl!("indicators-partner-targets-hint"))
                    .size(13)
                    .style(theme::muted),
                partners,
            ]
            .spacing(12),
        )
        .padding(16)
        .style(theme::card)
        .into()
    }
}

impl Default for Editor {
    fn default() -> Self {
        Self::new()
    }
}
