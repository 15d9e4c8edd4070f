//! The editor's form: what, who, when, where and for whom.

use iced::widget::{
    Space, button, center, column, container, mouse_area, opaque, row, scrollable, text,
};
use iced::{Alignment, Element, Fill};

use super::fields::{checked, choose, labelled, named};
use super::{Editor, Field, Message};
use crate::label::Label;
use crate::theme;
use crate::widget::pick::Pick;
use crate::widget::{self, BOLD};
use commplan_core::Plan;
use commplan_core::fl;
use commplan_core::vocab::{Channel, Kind, Status, TargetGroup};

/// Widget ids, so tests and keyboard focus can find the fields.
pub const TITLE_INPUT: &str = "activity-title";
pub const START_INPUT: &str = "activity-start";
pub const END_INPUT: &str = "activity-end";
pub const START_TIME_INPUT: &str = "activity-start-time";
pub const END_TIME_INPUT: &str = "activity-end-time";
pub const ZONE_INPUT: &str = "activity-zone";

impl Editor {
    pub fn view<'a>(&'a self, plan: &'a Plan) -> Element<'a, Message> {
        let problems = self.build(plan).err().unwrap_or_default();
        let problem = |field: Field| {
            problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, p)| p.clone())
        };
        let heading = if self.read_only {
            fl!("editor-read-title")
        } else if self.is_new() {
            fl!("editor-new-title")
        } else {
            fl!("editor-edit-title")
        };
        let what = self.what(problem(Field::Title));
        let who = self.who(plan, problem(Field::Responsible));
        let when = self.when(&problem);
        let place = self.place(problem(Field::Country));
        let audience = self.audience(problem(Field::Languages));
        let mut form = column![text(heading).size(20).font(BOLD)].spacing(14);
        if let Some(scope) = self.scope() {
            form = form.push(self.scope_choice(scope));
        }
        form = form.extend([
            section(fl!("editor-section-what"), what),
            section(fl!("editor-section-who"), who),
            section(fl!("editor-section-when"), when),
            section(fl!("editor-section-where"), place),
            section(fl!("editor-section-audience"), audience),
        ]);
        if let Some(item) = problem(Field::Item) {
            form = form.push(text(item).style(theme::danger_text));
        }
        let footer = if self.read_only {
            row![
                text(fl!("editor-read-only-note"))
                    .size(13)
                    .style(theme::muted),
                Space::new().width(Fill),
                button(text(fl!("editor-close"))).on_press(Message::CancelPressed),
            ]
            .spacing(8)
            .align_y(Alignment::Center)
        } else {
            self.footer(problems.len())
        };
        let dialog = container(
            column![
                scrollable(container(form).padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                }))
                .height(Fill),
                footer
            ]
            .spacing(12),
        )
        .padding(20)
        .width(720)
        .max_height(760)
        .style(theme::dialog);
        opaque(
            // A click beside the dialog closes a calendar or list that is
            // open over it, and only that.
            mouse_area(center(opaque(dialog)).style(theme::backdrop)).on_press(
                if self.popup_open() {
                    Message::PopupDismissed
                } else {
                    Message::CancelPressed
                },
            ),
        )
    }

    /// Delete (or skip), then the problems' count, Cancel and Save; the
    /// count has its place kept so that the buttons never move.
    fn footer<'a>(&self, problems: usize) -> iced::widget::Row<'a, Message> {
        let mut footer = row![].spacing(8).align_y(Alignment::Center);
        if self.scope().is_some_and(|s| s.only) {
            footer = footer.push(
                button(text(fl!("editor-skip-occurrence")))
                    .style(theme::tool_button)
                    .on_press(Message::SkipPressed),
            );
        } else if !self.is_new() {
            footer = footer.push(if self.confirm_delete {
                button(text(fl!("editor-delete-confirm")))
                    .style(button::danger)
                    .on_press(Message::DeleteConfirmed)
            } else {
                button(text(fl!("editor-delete")))
                    .style(theme::tool_button)
                    .on_press(Message::DeletePressed)
            });
        }
        footer = footer.push(Space::new().width(Fill));
        if problems > 0 {
            footer = footer.push(
                text(fl!("editor-problems", count = problems))
                    .size(13)
                    .style(theme::danger_text),
            );
        }
        footer
            .push(
                button(text(fl!("editor-cancel")))
                    .style(theme::tool_button)
                    .on_press(Message::CancelPressed),
            )
            .push(
                button(text(fl!("editor-save")))
                    .on_press_maybe((problems == 0).then_some(Message::SavePressed)),
            )
    }

    fn what<'a>(&'a self, title: Option<String>) -> Element<'a, Message> {
        let (kinds, kind) = named(Kind::ALL.iter().map(|k| (*k, k.label())), &self.kind);
        let (statuses, status) = named(Status::ALL.iter().map(|s| (*s, s.label())), &self.status);
        column![
            self.input(
                fl!("editor-title"),
                &self.title,
                Some(TITLE_INPUT),
                Message::TitleEdited,
                title.as_deref()
            ),
            row![
                labelled(
                    fl!("editor-kind"),
                    choose(
                        kinds,
                        kind,
                        |k: Pick<Kind>| Message::KindPicked(k.value),
                        self.read_only
                    )
                ),
                labelled(
                    fl!("editor-status"),
                    choose(
                        statuses,
                        status,
                        |s: Pick<Status>| Message::StatusPicked(s.value),
                        self.read_only
                    )
                ),
            ]
            .spacing(12),
            super::fields::free(
                fl!("editor-notes"),
                &self.notes,
                Message::NotesEdited,
                self.read_only
            ),
        ]
        .spacing(6)
        .into()
    }

    fn who<'a>(&'a self, plan: &'a Plan, missing: Option<String>) -> Element<'a, Message> {
        let (partners, responsible) = named(
            plan.partners
                .iter()
                .map(|p| (Some(p.id.clone()), format!("{} · {}", p.id, p.short_name))),
            &self.responsible,
        );
        let none = || fl!("editor-none");
        let (packages, package) = named(
            std::iter::once((None, none())).chain(
                plan.work_packages
                    .iter()
                    .map(|wp| (Some(wp.id.clone()), format!("{} · {}", wp.id, wp.title))),
            ),
            &self.work_package,
        );
        let (campaigns, campaign) = named(
            std::iter::once((None, none())).chain(
                plan.activities
                    .iter()
                    .filter(|a| a.kind == Kind::Campaign && a.id != self.id)
                    .map(|a| (Some(a.id), a.title.clone())),
            ),
            &self.campaign,
        );
        let contributors = row(plan.partners.iter().map(|p| {
            self.chip(
                p.id.to_string(),
                self.contributors.contains(&p.id),
                Message::ContributorToggled(p.id.clone()),
            )
        }))
        .spacing(4)
        .wrap();
        column![
            row![
                checked(
                    fl!("editor-responsible"),
                    choose(
                        partners,
                        responsible,
                        |p: Pick<_>| match p.value {
                            Some(id) => Message::ResponsiblePicked(id),
                            None => Message::CancelPressed,
                        },
                        self.read_only
                    ),
                    missing.as_deref()
                ),
                labelled(
                    fl!("editor-work-package"),
                    choose(
                        packages,
                        package,
                        |p: Pick<_>| Message::WorkPackagePicked(p.value),
                        self.read_only
                    )
                ),
                labelled(
                    fl!("editor-campaign"),
                    choose(
                        campaigns,
                        campaign,
                        |c: Pick<_>| Message::CampaignPicked(c.value),
                        self.read_only
                    )
                ),
            ]
            .spacing(12),
            labelled(fl!("editor-contributors"), contributors),
        ]
        .spacing(6)
        .into()
    }

    /// A labelled one-line text field, disabled in a read-only editor.
    fn input<'a>(
        &self,
        label: String,
        value: &str,
        id: Option<&'static str>,
        on_input: fn(String) -> Message,
        problem: Option<&str>,
    ) -> Element<'a, Message> {
        super::fields::input(label, value, id, on_input, problem, self.read_only)
    }

    /// One of a set of choices side by side; inert in a read-only editor.
    fn chip<'a>(&self, label: String, on: bool, message: Message) -> Element<'a, Message> {
        if self.read_only {
            return button(text(label))
                .padding([6, 12])
                .style(if on {
                    button::primary
                } else {
                    button::secondary
                })
                .into();
        }
        widget::choice(label, on, message)
    }

    fn place<'a>(&'a self, country: Option<String>) -> Element<'a, Message> {
        column![
            row![
                super::fields::free(
                    fl!("editor-venue"),
                    &self.venue,
                    Message::VenueEdited,
                    self.read_only
                ),
                super::fields::free(
                    fl!("editor-city"),
                    &self.city,
                    Message::CityEdited,
                    self.read_only
                ),
                self.input(
                    fl!("editor-country"),
                    &self.country,
                    None,
                    Message::CountryEdited,
                    country.as_deref()
                ),
            ]
            .spacing(12),
            row![
                super::fields::free(
                    fl!("editor-online"),
                    &self.online,
                    Message::OnlineEdited,
                    self.read_only
                ),
                super::fields::free(
                    fl!("editor-registration"),
                    &self.registration,
                    Message::RegistrationEdited,
                    self.read_only
                ),
            ]
            .spacing(12),
        ]
        .spacing(8)
        .into()
    }

    fn audience<'a>(&'a self, languages: Option<String>) -> Element<'a, Message> {
        let (channels, channel) = named(
            std::iter::once((None, fl!("editor-none")))
                .chain(Channel::ALL.iter().map(|c| (Some(*c), c.label()))),
            &self.channel,
        );
        let groups = row(TargetGroup::ALL.iter().map(|g| {
            self.chip(
                g.label(),
                self.groups.contains(g),
                Message::GroupToggled(*g),
            )
        }))
        .spacing(4)
        .wrap();
        column![
            row![
                labelled(
                    fl!("editor-channel"),
                    choose(
                        channels,
                        channel,
                        |c: Pick<_>| Message::ChannelPicked(c.value),
                        self.read_only
                    )
                ),
                self.input(
                    fl!("editor-languages"),
                    &self.languages,
                    None,
                    Message::LanguagesEdited,
                    languages.as_deref()
                ),
            ]
            .spacing(12),
            labelled(fl!("editor-target-groups"), groups),
        ]
        .spacing(6)
        .into()
    }
}

fn section<'a>(title: String, content: Element<'a, Message>) -> Element<'a, Message> {
    column![text(title).size(14).font(BOLD).style(theme::muted), content]
        .spacing(8)
        .into()
}
