//! The calendar's filters: partners, work packages, kinds, statuses, target
//! groups and free text, combined. What is active shows as chips that
//! clear in one click, with how many items the filters hide.

use iced::widget::{Space, button, container, row, text, text_input};
use iced::{Alignment, Element, Fill};

use crate::label::Label;
use crate::theme;
use crate::widget::{self, icon};
use commplan_core::fl;
use commplan_core::query::{Facet, Filter};
use commplan_core::vocab::{Kind, Status, TargetGroup};
use commplan_core::{PartnerId, Plan, WorkPackageId};

#[derive(Debug, Clone)]
pub enum Message {
    /// Opens a facet's menu, or closes it when it is open.
    Toggled(Facet),
    Partner(PartnerId),
    WorkPackage(WorkPackageId),
    Kind(Kind),
    Status(Status),
    TargetGroup(TargetGroup),
    TextEdited(String),
    Cleared(Facet),
    AllCleared,
}

fn flip<T: Ord>(set: &mut std::collections::BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

pub fn update(filter: &mut Filter, open: &mut Option<Facet>, message: Message) {
    match message {
        Message::Toggled(facet) => {
            *open = if *open == Some(facet) {
                None
            } else {
                Some(facet)
            }
        }
        Message::Partner(id) => flip(&mut filter.partners, id),
        Message::WorkPackage(id) => flip(&mut filter.work_packages, id),
        Message::Kind(kind) => flip(&mut filter.kinds, kind),
        Message::Status(status) => flip(&mut filter.statuses, status),
        Message::TargetGroup(group) => flip(&mut filter.target_groups, group),
        Message::TextEdited(value) => filter.text = value,
        Message::Cleared(facet) => filter.clear(facet),
        Message::AllCleared => {
            *filter = Filter::default();
            *open = None;
        }
    }
}

pub fn title(facet: Facet) -> String {
    match facet {
        Facet::Partners => fl!("calendar-filter-partners"),
        Facet::WorkPackages => fl!("calendar-filter-work-packages"),
        Facet::Kinds => fl!("calendar-filter-kinds"),
        Facet::Statuses => fl!("calendar-filter-statuses"),
        Facet::TargetGroups => fl!("calendar-filter-target-groups"),
        Facet::Text => fl!("calendar-filter-text"),
    }
}

fn count(filter: &Filter, facet: Facet) -> usize {
    match facet {
        Facet::Partners => filter.partners.len(),
        Facet::WorkPackages => filter.work_packages.len(),
        Facet::Kinds => filter.kinds.len(),
        Facet::Statuses => filter.statuses.len(),
        Facet::TargetGroups => filter.target_groups.len(),
        Facet::Text => usize::from(filter.is_active(Facet::Text)),
    }
}

/// The row of facet buttons, the search field, and what is active.
pub fn bar<'a>(
    _plan: &'a Plan,
    filter: &'a Filter,
    open: Option<Facet>,
    hidden: usize,
) -> Element<'a, super::Message> {
    let mut line = row![icon::icon(icon::FILTER).style(theme::muted)]
        .spacing(6)
        .align_y(Alignment::Center);
    for facet in Facet::ALL.into_iter().filter(|f| *f != Facet::Text) {
        let n = count(filter, facet);
        let label = if n > 0 {
            fl!("calendar-filter-count", facet = title(facet), count = n)
        } else {
            title(facet)
        };
        let glyph = if open == Some(facet) {
            icon::CHEVRON_UP
        } else {
            icon::CHEVRON_DOWN
        };
        line = line.push(
            button(
                row![text(label).size(13), icon::sized(glyph, 12)]
                    .spacing(4)
                    .align_y(Alignment::Center),
            )
            .padding([4, 8])
            .style(if n > 0 {
                button::primary
            } else {
                theme::tool_button
            })
            .on_press(Message::Toggled(facet)),
        );
    }
    line = line.push(
        text_input(&fl!("calendar-filter-text-placeholder"), &filter.text)
            .id(super::SEARCH_INPUT)
            .on_input(Message::TextEdited)
            .size(13)
            .padding([4, 8])
            .width(200),
    );
    line = line.push(Space::new().width(Fill));
    if !filter.is_empty() {
        if hidden > 0 {
            line = line.push(
                text(fl!("calendar-filter-hidden", count = hidden))
                    .size(13)
                    .style(theme::muted),
            );
        }
        line = line.push(
            button(icon::labelled(icon::X, fl!("calendar-filter-clear")))
                .padding([4, 8])
                .style(theme::tool_button)
                .on_press(Message::AllCleared),
        );
    }
    let line: Element<'a, Message> = line.into();
    line.map(super::Message::Filter)
}

/// The values of one facet as chips that toggle.
pub fn menu<'a>(plan: &'a Plan, filter: &'a Filter, facet: Facet) -> Element<'a, super::Message> {
    let chip = |label: String, on: bool, message: Message| -> Element<'a, Message> {
        widget::choice(label, on, message)
    };
    let chips: Vec<Element<'a, Message>> = match facet {
        Facet::Partners => plan
            .partners
            .iter()
            .map(|p| {
                chip(
                    format!("{} · {}", p.id, p.short_name),
                    filter.partners.contains(&p.id),
                    Message::Partner(p.id.clone()),
                )
            })
            .collect(),
        Facet::WorkPackages => plan
            .work_packages
            .iter()
            .map(|wp| {
                chip(
                    format!("{} · {}", wp.id, wp.title),
                    filter.work_packages.contains(&wp.id),
                    Message::WorkPackage(wp.id.clone()),
                )
            })
            .collect(),
        Facet::Kinds => Kind::ALL
            .iter()
            .map(|k| chip(k.label(), filter.kinds.contains(k), Message::Kind(*k)))
            .collect(),
        Facet::Statuses => Status::ALL
            .iter()
            .map(|s| chip(s.label(), filter.statuses.contains(s), Message::Status(*s)))
            .collect(),
        Facet::TargetGroups => TargetGroup::ALL
            .iter()
            .map(|g| {
                chip(
                    g.label(),
                    filter.target_groups.contains(g),
                    Message::TargetGroup(*g),
                )
            })
            .collect(),
        Facet::Text => Vec::new(),
    };
    let mut chips = chips;
    if filter.is_active(facet) {
        chips.push(
            button(icon::labelled(icon::X, fl!("calendar-filter-clear-facet")))
                .padding([4, 8])
                .style(theme::tool_button)
                .on_press(Message::Cleared(facet))
                .into(),
        );
    }
    let line = row(chips).spacing(6).wrap();
    let menu: Element<'a, Message> = container(line)
        .padding(10)
        .width(Fill)
        .style(theme::card)
        .into();
    menu.map(super::Message::Filter)
}
