//! `commplan publish caldav|webdav`: per-partner calendars on a CalDAV
//! server (each in the partner's language, sent incrementally), or plain
//! `.ics` files in a WebDAV folder. The password comes from the
//! `COMMPLAN_CALDAV_PASSWORD` variable or the first line of standard input,
//! and is never written anywhere or logged.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use chrono::Utc;
use clap::{Args, Subcommand};

use super::export::{EXIT_USAGE, interface_language};
use crate::config::Paths;
use commplan_core::publish::caldav::{self, Report, Target};
use commplan_core::publish::calendars::{self, Choice};
use commplan_core::publish::dav::Credentials;
use commplan_core::publish::{uid_suffix, webdav};
use commplan_core::{PartnerId, fl, store};

/// The variable the password or app token is read from.
pub const PASSWORD_VAR: &str = "COMMPLAN_CALDAV_PASSWORD";

#[derive(Debug, Subcommand)]
pub enum Publish {
    /// Calendars on a CalDAV server (Nextcloud, Radicale, …): one per
    /// partner in the partner's language, created if missing; publishing
    /// again sends only what changed.
    Caldav(PublishArgs),
    /// One `.ics` file per partner into a WebDAV folder, for calendars that
    /// subscribe to a URL (webcal).
    Webdav(PublishArgs),
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The server: its address, your principal or your calendar home (for
    /// webdav: the folder).
    #[arg(long, value_name = "URL")]
    pub url: String,
    /// The user name on the server.
    #[arg(long, value_name = "USER")]
    pub user: String,
    /// Publish only this partner's calendar (repeatable; default: every
    /// partner).
    #[arg(long = "partner", value_name = "ID")]
    pub partners: Vec<String>,
    /// The plan to publish (default: the default plan).
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// Also publish one calendar with the whole plan.
    #[arg(long)]
    pub whole_plan: bool,
    /// Remind this many days before each open deadline.
    #[arg(long, value_name = "DAYS")]
    pub remind: Option<u32>,
    /// Say what would be sent, change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

type Outcome = Result<(), (u8, String)>;

/// The password: the variable, else the first line of standard input.
fn password(user: &str) -> Result<String, (u8, String)> {
    if let Ok(value) = std::env::var(PASSWORD_VAR)
        && !value.is_empty()
    {
        return Ok(value);
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("{} ", fl!("cli-publish-password-prompt", user = user));
        let _ = std::io::stderr().flush();
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).map_err(|_| {
        (
            EXIT_USAGE,
            fl!("cli-publish-no-password", var = PASSWORD_VAR),
        )
    })?;
    let line = line.trim_end_matches(['\r', '\n']).to_owned();
    if line.is_empty() {
        return Err((
            EXIT_USAGE,
            fl!("cli-publish-no-password", var = PASSWORD_VAR),
        ));
    }
    Ok(line)
}

/// Runs `commplan publish …`.
pub fn run(publish: Publish, out: &mut dyn Write) -> Outcome {
    let (args, webdav) = match publish {
        Publish::Caldav(args) => (args, false),
        Publish::Webdav(args) => (args, true),
    };
    let path = match args.plan {
        Some(path) => path,
        None => Paths::from_system()
            .map(|p| p.default_plan())
            .ok_or_else(|| (super::EXIT_INVALID, fl!("cli-no-data-folder")))?,
    };
    let plan = store::load(&path).map_err(|e| (super::EXIT_INVALID, e.to_string()))?;
    // Partner ids are matched as people type them: "ven" finds VEN.
    let partners: Vec<PartnerId> = args
        .partners
        .iter()
        .map(|typed| {
            plan.partners
                .iter()
                .find(|p| p.id.as_str().eq_ignore_ascii_case(typed.trim()))
                .map(|p| p.id.clone())
                .ok_or_else(|| {
                    (
                        EXIT_USAGE,
                        fl!("export-error-unknown-partner", id = typed.as_str()),
                    )
                })
        })
        .collect::<Result<_, _>>()?;
    let choice = Choice {
        partners,
        whole_plan: args.whole_plan,
        reminder_days: args.remind,
        plan_language: interface_language(),
    };
    let wanted = calendars::desired(&plan, &choice, Utc::now());
    let target = Target {
        url: args.url.clone(),
        credentials: Credentials::new(&args.user, password(&args.user)?),
        dry_run: args.dry_run,
    };
    let cancel = AtomicBool::new(false);
    let report = if webdav {
        webdav::publish(&target, &wanted, &cancel, &mut |_| {})
    } else {
        caldav::publish(&target, &wanted, &uid_suffix(&plan), &cancel, &mut |_| {})
    }
    .map_err(|e| (super::EXIT_WRITE, e.to_string()))?;
    print(&report, out)
}

/// One line per calendar, then the requests sent; fails (exit 3) when a
/// calendar could not be published.
fn print(report: &Report, out: &mut dyn Write) -> Outcome {
    if report.dry_run {
        let _ = writeln!(out, "{}", fl!("cli-publish-dry-run"));
    }
    let mut failed = Vec::new();
    for o in &report.outcomes {
        let who = o
            .partner
            .as_ref()
            .map_or_else(|| o.display_name.clone(), |p| p.to_string());
        let _ = writeln!(
            out,
            "{}",
            fl!(
                "cli-publish-line",
                calendar = who.as_str(),
                language = o.language.as_str(),
                created = o.created,
                updated = o.updated,
                deleted = o.deleted,
                unchanged = o.unchanged
            )
        );
        if let Some(error) = &o.error {
            failed.push(format!("{who}: {error}"));
        }
    }
    let c = report.counts;
    let reads: usize = c.propfind + c.report;
    let _ = writeln!(
        out,
        "{}",
        fl!(
            "cli-publish-requests",
            total = c.total(),
            put = c.put,
            delete = c.delete,
            mkcalendar = c.mkcalendar,
            reads = reads,
            ms = report.elapsed.as_millis().to_string()
        )
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err((super::EXIT_WRITE, failed.join("\n")))
    }
}
