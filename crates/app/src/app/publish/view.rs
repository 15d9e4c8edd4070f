//! The Publish dialog's face.

use iced::widget::{
    Space, button, center, checkbox, column, container, opaque, progress_bar, row, scrollable,
    text, text_input,
};
use iced::{Alignment, Element, Fill, Length};

use super::{Message, PASSWORD_INPUT, Publish, REMINDER_DAYS, Row, URL_INPUT, USER_INPUT};
use crate::app::{Message as AppMessage, chrome};
use crate::theme;
use crate::widget::{BOLD, icon};
use commplan_core::fl;
use commplan_core::plan::Plan;
use commplan_core::publish::calendars::partner_language;

fn field<'a>(label: String, content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    row![
        text(label).font(BOLD).width(Length::Fixed(110.0)),
        content.into()
    ]
    .spacing(12)
    .align_y(Alignment::Center)
    .into()
}

fn server<'a>(dialog: &'a Publish) -> Element<'a, Message> {
    let idle = !dialog.is_running();
    let input = |placeholder: String, value: &str, id: &'static str| {
        text_input(&placeholder, value).id(id).padding(6)
    };
    let mut url = input(fl!("publish-url-placeholder"), &dialog.url, URL_INPUT);
    let mut user = input(String::new(), &dialog.user, USER_INPUT).width(220);
    let mut password = input(String::new(), &dialog.password, PASSWORD_INPUT)
        .secure(true)
        .width(220);
    if idle {
        url = url.on_input(Message::UrlChanged);
        user = user.on_input(Message::UserChanged);
        password = password
            .on_input(Message::PasswordChanged)
            .on_submit(Message::PublishPressed);
    }
    let mut rows = column![
        field(fl!("publish-field-server"), url),
        field(
            fl!("publish-field-user"),
            row![
                user,
                text(fl!("publish-field-password")).font(BOLD),
                password,
            ]
            .spacing(12)
            .align_y(Alignment::Center)
        ),
        row![
            Space::new().width(Length::Fixed(122.0)),
            checkbox(dialog.remember)
                .label(fl!("publish-remember"))
                .on_toggle_maybe(idle.then_some(Message::RememberToggled)),
            checkbox(dialog.webdav)
                .label(fl!("publish-webdav"))
                .on_toggle_maybe(idle.then_some(Message::WebdavToggled)),
        ]
        .spacing(18),
    ]
    .spacing(8);
    if let Some(why) = &dialog.keyring {
        rows = rows.push(
            text(fl!("publish-keyring-unavailable", reason = why.as_str()))
                .size(12)
                .style(theme::muted),
        );
    }
    rows.into()
}

fn partners<'a>(dialog: &'a Publish, plan: &'a Plan) -> Element<'a, Message> {
    let idle = !dialog.is_running();
    let all = !plan.partners.is_empty() && dialog.selected.len() == plan.partners.len();
    let mut grid = column![].spacing(4);
    for chunk in plan.partners.chunks(3) {
        let mut line = row![].spacing(8);
        for p in chunk {
            let id = p.id.clone();
            let ticked = dialog.selected.contains(&p.id);
            line = line.push(
                container(
                    checkbox(ticked)
                        .label(format!("{} ({})", p.id, partner_language(p)))
                        .on_toggle_maybe(
                            idle.then_some(move |on| Message::PartnerToggled(id.clone(), on)),
                        ),
                )
                .width(Length::Fixed(200.0)),
            );
        }
        grid = grid.push(line);
    }
    column![
        row![
            text(fl!("publish-field-partners")).font(BOLD),
            checkbox(all)
                .label(fl!("publish-all-partners"))
                .on_toggle_maybe(idle.then_some(Message::AllToggled)),
        ]
        .spacing(18)
        .align_y(Alignment::Center),
        grid,
        row![
            checkbox(dialog.whole_plan)
                .label(fl!("publish-whole-plan"))
                .on_toggle_maybe(idle.then_some(Message::WholePlanToggled)),
            checkbox(dialog.reminder)
                .label(fl!("export-option-reminder", days = REMINDER_DAYS))
                .on_toggle_maybe(idle.then_some(Message::ReminderToggled)),
        ]
        .spacing(18),
    ]
    .spacing(8)
    .into()
}

fn progress_row<'a>(r: &'a Row) -> Element<'a, Message> {
    let state: Element<'a, Message> = match &r.outcome {
        Some(o) => match &o.error {
            Some(error) => text(error.to_string()).style(theme::danger_text).into(),
            None => text(fl!(
                "publish-row-done",
                created = o.created,
                updated = o.updated,
                deleted = o.deleted,
                unchanged = o.unchanged
            ))
            .into(),
        },
        None if r.total > 0 => row![
            progress_bar(0.0..=r.total as f32, r.done as f32).girth(8),
            text(format!("{} / {}", r.done, r.total)).size(12)
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into(),
        None => text(fl!("publish-row-waiting")).style(theme::muted).into(),
    };
    row![
        text(&r.name).width(Length::Fixed(260.0)),
        text(&r.language)
            .width(Length::Fixed(30.0))
            .style(theme::muted),
        container(state).width(Fill),
    ]
    .spacing(10)
    .align_y(Alignment::Center)
    .into()
}

fn body<'a>(dialog: &'a Publish, plan: &'a Plan) -> Element<'a, Message> {
    let mut content = column![server(dialog), partners(dialog, plan)].spacing(14);
    if !dialog.rows.is_empty() {
        let rows = column(dialog.rows.iter().map(progress_row)).spacing(4);
        content = content.push(scrollable(rows).height(Length::Fixed(220.0)));
    }
    if let Some(report) = &dialog.report {
        let failed = report.outcomes.iter().filter(|o| o.error.is_some()).count();
        let summary = fl!(
            "publish-summary",
            calendars = report.outcomes.len(),
            failed = failed,
            requests = report.counts.total(),
            seconds = format!("{:.1}", report.elapsed.as_secs_f64())
        );
        content = content.push(text(summary).style(if failed > 0 {
            theme::danger_text
        } else {
            theme::muted
        }));
    }
    // A problem's room is always there, over the buttons: they do not
    // move from under the pointer when one is said.
    content = content.push(
        container(
            text(dialog.error.clone().unwrap_or_default())
                .size(13)
                .style(theme::danger_text),
        )
        .height(Length::Fixed(36.0))
        .clip(true),
    );
    let running = dialog.is_running();
    let actions = row![
        Space::new().width(Fill),
        button(text(fl!("publish-close")))
            .padding([6, 14])
            .style(button::secondary)
            .on_press(Message::Closed),
        button(text(fl!("dialog-cancel")))
            .padding([6, 14])
            .style(button::secondary)
            .on_press_maybe(running.then_some(Message::CancelPressed)),
        button(text(if running {
            fl!("publish-busy")
        } else {
            fl!("publish-start")
        }))
        .padding([6, 14])
        .style(button::primary)
        .on_press_maybe(dialog.ready().then_some(Message::PublishPressed)),
    ]
    .spacing(6)
    .align_y(Alignment::Center);
    content.push(actions).into()
}

/// The dialog over the window.
pub fn view<'a>(dialog: &'a Publish, plan: &'a Plan) -> Element<'a, AppMessage> {
    let content = column![
        chrome::dialog_title(icon::UPLOAD, fl!("publish-dialog-title")),
        text(fl!("publish-dialog-hint"))
            .size(13)
            .style(theme::muted),
        body(dialog, plan).map(AppMessage::Publish),
    ]
    .spacing(12);
    opaque(
        container(center(
            container(scrollable(content))
                .padding(24)
                .max_width(860)
                .style(theme::dialog),
        ))
        .width(Fill)
        .height(Fill)
        .style(theme::backdrop),
    )
}
