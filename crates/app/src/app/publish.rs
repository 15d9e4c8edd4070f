//! The Publish dialog: the plan's calendar server (kept per plan in the
//! settings, the password in the system keyring), the partners to publish,
//! then the publish itself on a thread of its own, with progress per
//! partner, what was created, updated and deleted, errors by partner, and a
//! Cancel that stops before the next request (what was sent stays whole,
//! and the next publish completes it).

mod secret;
mod view;

pub use view::view;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Utc;
use iced::Task;
use iced::futures::channel::mpsc;

use super::{App, Message as AppMessage};
use crate::config::PublishTarget;
use commplan_core::PartnerId;
use commplan_core::publish::caldav::{self, Progress, Report, Target};
use commplan_core::publish::calendars::{self, Choice};
use commplan_core::publish::dav::Credentials;
use commplan_core::publish::{uid_suffix, webdav};

/// Days before a deadline that the published calendars remind.
pub const REMINDER_DAYS: u32 = 7;

/// Widget ids, for keyboard focus and tests.
pub const URL_INPUT: &str = "publish-url";
pub const USER_INPUT: &str = "publish-user";
pub const PASSWORD_INPUT: &str = "publish-password";

/// One calendar's line while and after publishing.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name: String,
    pub partner: Option<PartnerId>,
    pub language: String,
    pub done: usize,
    pub total: usize,
    pub outcome: Option<caldav::Outcome>,
}

/// What the dialog holds while it is open.
#[derive(Debug, Clone)]
pub struct Publish {
    pub url: String,
    pub user: String,
    /// Held only while the dialog is open; never written to a file.
    pub password: String,
    /// Keep the password in the system keyring.
    pub remember: bool,
    pub webdav: bool,
    /// The partners to publish.
    pub selected: BTreeSet<PartnerId>,
    pub whole_plan: bool,
    pub reminder: bool,
    /// Set while a publish runs; storing `true` cancels it.
    pub running: Option<Arc<AtomicBool>>,
    pub rows: Vec<Row>,
    pub report: Option<Report>,
    pub error: Option<String>,
    /// Why the keyring could not be used, if it could not.
    pub keyring: Option<String>,
}

impl Publish {
    fn new(target: &PublishTarget, partners: &[PartnerId]) -> Self {
        let chosen: BTreeSet<PartnerId> = target
            .partners
            .iter()
            .map(PartnerId::new)
            .filter(|id| partners.contains(id))
            .collect();
        Self {
            url: target.url.clone(),
            user: target.user.clone(),
            password: String::new(),
            remember: true,
            webdav: target.webdav,
            selected: if chosen.is_empty() {
                partners.iter().cloned().collect()
            } else {
                chosen
            },
            whole_plan: target.whole_plan,
            reminder: target.reminder,
            running: None,
            rows: Vec::new(),
            report: None,
            error: None,
            keyring: None,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Can "Publish" be pressed?
    pub fn ready(&self) -> bool {
        !self.is_running()
            && !self.url.trim().is_empty()
            && !self.user.trim().is_empty()
            && !self.password.is_empty()
            && (!self.selected.is_empty() || self.whole_plan)
    }
}

/// What the publishing thread reports.
#[derive(Debug, Clone)]
pub enum Event {
    Progress(Progress),
    Finished(Result<Report, String>),
}

#[derive(Debug, Clone)]
pub enum Message {
    Opened,
    Closed,
    UrlChanged(String),
    UserChanged(String),
    PasswordChanged(String),
    RememberToggled(bool),
    WebdavToggled(bool),
    PartnerToggled(PartnerId, bool),
    AllToggled(bool),
    WholePlanToggled(bool),
    ReminderToggled(bool),
    /// The keyring's answer for the server and user shown.
    PasswordFound(Result<Option<String>, String>),
    PublishPressed,
    CancelPressed,
    Publishing(Event),
    /// The keyring's answer to storing the password.
    Stored(Result<(), String>),
}

impl App {
    /// The open Publish dialog, if any.
    pub fn publish_dialog(&self) -> Option<&Publish> {
        self.publish.as_ref()
    }

    /// The settings key of the plan on screen.
    fn plan_key(&self) -> String {
        self.document
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    }

    pub(super) fn publish(&mut self, message: Message) -> Task<AppMessage> {
        if let Message::Opened = message {
            if self.publish.is_none() {
                let target = self
                    .settings
                    .publish
                    .get(&self.plan_key())
                    .cloned()
                    .unwrap_or_default();
                let ids: Vec<PartnerId> = self.plan.partners.iter().map(|p| p.id.clone()).collect();
                self.publish = Some(Publish::new(&target, &ids));
                return self.look_up_password();
            }
            return Task::none();
        }
        let Some(dialog) = self.publish.as_mut() else {
            return Task::none();
        };
        match message {
            Message::Opened => {}
            Message::Closed => {
                // A publish under way is cancelled with the dialog.
                if let Some(cancel) = &dialog.running {
                    cancel.store(true, Ordering::Relaxed);
                }
                self.publish = None;
            }
            Message::UrlChanged(text) => {
                dialog.url = text;
                dialog.error = None;
            }
            Message::UserChanged(text) => {
                dialog.user = text;
                dialog.error = None;
            }
            Message::PasswordChanged(text) => {
                dialog.password = text;
                dialog.error = None;
            }
            Message::RememberToggled(on) => dialog.remember = on,
            Message::WebdavToggled(on) => dialog.webdav = on,
            Message::PartnerToggled(id, on) => {
                if on {
                    dialog.selected.insert(id);
                } else {
                    dialog.selected.remove(&id);
                }
            }
            Message::AllToggled(on) => {
                dialog.selected = if on {
                    self.plan.partners.iter().map(|p| p.id.clone()).collect()
                } else {
                    BTreeSet::new()
                };
            }
            Message::WholePlanToggled(on) => dialog.whole_plan = on,
            Message::ReminderToggled(on) => dialog.reminder = on,
            Message::PasswordFound(found) => match found {
                Ok(Some(password)) if dialog.password.is_empty() => dialog.password = password,
                Ok(_) => {}
                Err(why) => dialog.keyring = Some(why),
            },
            Message::Stored(result) => {
                if let Err(why) = result {
                    dialog.keyring = Some(why);
                }
            }
            Message::PublishPressed => return self.start_publish(),
            Message::CancelPressed => {
                if let Some(cancel) = &dialog.running {
                    cancel.store(true, Ordering::Relaxed);
                }
            }
            Message::Publishing(event) => self.publishing(event),
        }
        Task::none()
    }

    /// Asks the keyring, off the UI thread, for the password of the server
    /// and user shown.
    fn look_up_password(&self) -> Task<AppMessage> {
        let Some(dialog) = &self.publish else {
            return Task::none();
        };
        if dialog.url.trim().is_empty() || dialog.user.trim().is_empty() {
            return Task::none();
        }
        let (url, user) = (dialog.url.trim().to_owned(), dialog.user.trim().to_owned());
        Task::perform(async move { secret::read(&url, &user) }, |found| {
            AppMessage::Publish(Message::PasswordFound(found))
        })
    }

    fn start_publish(&mut self) -> Task<AppMessage> {
        let key = self.plan_key();
        let interface = commplan_core::i18n::current();
        let suffix = uid_suffix(&self.plan);
        let Some(dialog) = self.publish.as_mut() else {
            return Task::none();
        };
        if !dialog.ready() {
            return Task::none();
        }
        // Server and user per plan in the settings; the password never.
        let partners: Vec<PartnerId> = self
            .plan
            .partners
            .iter()
            .filter(|p| dialog.selected.contains(&p.id))
            .map(|p| p.id.clone())
            .collect();
        self.settings.publish.insert(
            key,
            PublishTarget {
                url: dialog.url.trim().to_owned(),
                user: dialog.user.trim().to_owned(),
                webdav: dialog.webdav,
                partners: partners.iter().map(|p| p.to_string()).collect(),
                whole_plan: dialog.whole_plan,
                reminder: dialog.reminder,
            },
        );
        let choice = Choice {
            partners: partners.clone(),
            whole_plan: dialog.whole_plan,
            reminder_days: dialog.reminder.then_some(REMINDER_DAYS),
            plan_language: interface,
        };
        // An empty choice of partners means every partner in the core; here
        // it means none, so only the whole plan goes.
        let mut wanted = calendars::desired(&self.plan, &choice, Utc::now());
        if partners.is_empty() {
            wanted.retain(|c| c.partner.is_none());
        }
        dialog.rows = wanted
            .iter()
            .map(|c| Row {
                name: c.display_name.clone(),
                partner: c.partner.clone(),
                language: c.language.clone(),
                done: 0,
                total: 0,
                outcome: None,
            })
            .collect();
        dialog.report = None;
        dialog.error = None;
        let cancel = Arc::new(AtomicBool::new(false));
        dialog.running = Some(cancel.clone());
        let target = Target {
            url: dialog.url.trim().to_owned(),
            credentials: Credentials::new(dialog.user.trim(), dialog.password.clone()),
            dry_run: false,
        };
        let remember = dialog.remember.then(|| {
            (
                dialog.url.trim().to_owned(),
                dialog.user.trim().to_owned(),
                dialog.password.clone(),
            )
        });
        let webdav = dialog.webdav;
        let (sender, receiver) = mpsc::unbounded();
        std::thread::spawn(move || {
            let progress = sender.clone();
            let mut report = |p: Progress| {
                let _ = progress.unbounded_send(Event::Progress(p));
            };
            let result = if webdav {
                webdav::publish(&target, &wanted, &cancel, &mut report)
            } else {
                caldav::publish(&target, &wanted, &suffix, &cancel, &mut report)
            };
            let _ = sender.unbounded_send(Event::Finished(result.map_err(|e| e.to_string())));
        });
        let run = Task::run(receiver, |e| AppMessage::Publish(Message::Publishing(e)));
        match remember {
            Some((url, user, password)) => Task::batch([
                run,
                Task::perform(async move { secret::store(&url, &user, &password) }, |r| {
                    AppMessage::Publish(Message::Stored(r))
                }),
            ]),
            None => run,
        }
    }

    fn publishing(&mut self, event: Event) {
        let Some(dialog) = self.publish.as_mut() else {
            return;
        };
        match event {
            Event::Progress(p) => {
                if let Some(row) = dialog.rows.get_mut(p.index) {
                    row.done = p.done;
                    row.total = p.total;
                }
            }
            Event::Finished(result) => {
                dialog.running = None;
                match result {
                    Ok(report) => {
                        for (row, outcome) in dialog.rows.iter_mut().zip(&report.outcomes) {
                            row.outcome = Some(outcome.clone());
                            row.done = row.total;
                        }
                        dialog.report = Some(report);
                    }
                    Err(error) => dialog.error = Some(error),
                }
            }
        }
    }
}
