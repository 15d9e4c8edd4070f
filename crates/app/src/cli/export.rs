//! `commplan export ics|csv|html`: the exports partners open in their own
//! tools, written to a file or to standard output (`-o -`).

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Subcommand};

use crate::config::{Paths, Settings};
use commplan_core::export::{self, Format, Request, Scope, csv::Table};
use commplan_core::fl;
use commplan_core::{PartnerId, store};

/// Exit status of wrong usage (unknown partner, bad dates), as clap uses.
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Subcommand)]
pub enum Export {
    /// An iCalendar file (RFC 5545) for Thunderbird, GNOME Calendar,
    /// Evolution, Outlook and Google Calendar. Re-importing it updates the
    /// events instead of duplicating them.
    Ics(IcsArgs),
    /// A CSV table for spreadsheets: activities, deliverables, the
    /// dissemination log or partners.
    Csv(CsvArgs),
    /// A printable HTML schedule (A4, one page per month), one file with
    /// nothing to fetch.
    Html(HtmlArgs),
    /// An Excel workbook (XLSX) of one table, in a language: activities,
    /// deliverables, dissemination, partners, indicators-by-period or
    /// indicators-by-partner.
    Xlsx(XlsxArgs),
    /// The empty dissemination log template (CSV or XLSX) partners fill in
    /// and send back for `commplan import dissemination`.
    Template(super::import::TemplateArgs),
}

/// What every export takes.
#[derive(Debug, Args)]
pub struct Common {
    /// The plan to export (default: the default plan).
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// Where to write; `-` writes to standard output. Never a plan file
    /// (`*.commplan.ron`, or the plan being exported).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Only the items of this partner (its id, e.g. VEN).
    #[arg(long, value_name = "ID")]
    pub partner: Option<String>,
    /// Only items from this day on (2017-06-29, 29/06/2017 or 29.06.2017).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Only items up to this day (2017-06-29, 29/06/2017 or 29.06.2017).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// The time written as "now" (RFC 3339), for reproducible files; the
    /// SOURCE_DATE_EPOCH variable does the same.
    #[arg(long, value_name = "TIME", hide = true, value_parser = parse_now)]
    pub now: Option<DateTime<Utc>>,
}

#[derive(Debug, Args)]
pub struct IcsArgs {
    #[command(flatten)]
    pub common: Common,
    /// Add deliverable deadlines as all-day events.
    #[arg(long)]
    pub deliverables: bool,
    /// Remind this many days before each open deadline.
    #[arg(long, value_name = "DAYS", requires = "deliverables")]
    pub remind: Option<u32>,
    /// Write times in UTC instead of with their time zone.
    #[arg(long)]
    pub utc: bool,
    /// The language of descriptions and categories (default: the
    /// interface language).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct CsvArgs {
    #[command(flatten)]
    pub common: Common,
    /// Which table: activities, deliverables, dissemination, partners,
    /// indicators-by-period or indicators-by-partner.
    #[arg(long, value_name = "TABLE", value_parser = parse_table)]
    pub table: Table,
    /// The field separator: `,`, `;` or `tab`. By default what Excel in
    /// the language expects: `;` for it, de, fr and sl, `,` otherwise.
    #[arg(long, value_name = "CHAR", value_parser = parse_separator)]
    pub separator: Option<u8>,
    /// Start the file with a byte order mark, so Excel reads it as UTF-8
    /// (the default).
    #[arg(long, conflicts_with = "no_bom")]
    pub bom: bool,
    /// Leave the byte order mark out.
    #[arg(long)]
    pub no_bom: bool,
    /// Write headers and values in this language (en, it, de, fr, sl);
    /// without it, the stable English column names and value slugs.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct XlsxArgs {
    #[command(flatten)]
    pub common: Common,
    /// Which table (as for csv).
    #[arg(long, value_name = "TABLE", value_parser = parse_table)]
    pub table: Table,
    /// The language of headers and values (default: the interface
    /// language).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct HtmlArgs {
    #[command(flatten)]
    pub common: Common,
    /// The language of the page (default: the interface language).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, String> {
    commplan_core::text::parse_date(text).ok_or_else(|| fl!("cli-export-bad-date", text = text))
}

fn parse_now(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| fl!("cli-export-bad-time", text = text))
}

fn parse_table(text: &str) -> Result<Table, String> {
    Table::from_slug(text).ok_or_else(|| fl!("cli-export-bad-table", text = text))
}

fn parse_separator(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        "," | ";" | "|" => Ok(text.as_bytes()[0]),
        _ => Err(fl!("cli-export-bad-separator", text = text)),
    }
}

/// "Now": `--now`, else SOURCE_DATE_EPOCH, else the clock.
fn now(given: Option<DateTime<Utc>>) -> DateTime<Utc> {
    given
        .or_else(|| {
            std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|s| s.trim().parse::<i64>().ok())
                .and_then(|secs| DateTime::from_timestamp(secs, 0))
        })
        .unwrap_or_else(Utc::now)
}

/// The interface language: the one chosen in the settings, or the
/// system's. On Unix the locale variables are read directly, so the "C"
/// locale of scripts and CI means English without a warning.
pub(crate) fn interface_language() -> String {
    if let Some(chosen) =
        Paths::from_system().and_then(|p| Settings::load(&p.settings_file()).language)
    {
        return chosen;
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(name)
            && !value.trim().is_empty()
        {
            let code: String = value
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect::<String>()
                .to_ascii_lowercase();
            return if code.len() >= 2 && code != "c" && code != "posix" {
                code
            } else {
                "en".to_owned()
            };
        }
    }
    commplan_core::i18n::system_language()
}

type Outcome = Result<(), (u8, String)>;

/// Runs `commplan export …`.
pub fn run(export: Export, out: &mut dyn Write) -> Outcome {
    let (common, mut request, lang) = match export {
        Export::Template(args) => return super::import::template(args, out),
        Export::Ics(args) => {
            let mut request = Request::new(Format::Ics, "en", Utc::now());
            request.ics = export::ics::Options {
                deliverables: args.deliverables,
                reminder_days: args.remind,
                utc: args.utc,
            };
            (args.common, request, args.lang)
        }
        Export::Csv(args) => {
            let mut request = Request::new(Format::Csv, "en", Utc::now());
            let language = args.lang.clone().unwrap_or_else(interface_language);
            request.csv = export::csv::Options {
                table: args.table,
                separator: args
                    .separator
                    .unwrap_or_else(|| export::csv::separator_for(&language)),
                bom: !args.no_bom,
                translated: args.lang.is_some(),
            };
            (args.common, request, args.lang)
        }
        Export::Xlsx(args) => {
            let mut request = Request::new(Format::Xlsx, "en", Utc::now());
            request.csv.table = args.table;
            (args.common, request, args.lang)
        }
        Export::Html(args) => (
            args.common,
            Request::new(Format::Html, "en", Utc::now()),
            args.lang,
        ),
    };
    let lang_given = lang.clone();
    request.language = lang.unwrap_or_else(interface_language);
    if !commplan_core::i18n::Strings::has(&request.language) {
        tracing::warn!(
            "no strings in language {}, writing English",
            request.language
        );
    }
    request.now = now(common.now);
    request.scope = Scope {
        partner: common.partner.as_deref().map(PartnerId::new),
        from: common.from,
        to: common.to,
    };
    let path = match common.plan {
        Some(path) => path,
        None => Paths::from_system()
            .map(|p| p.default_plan())
            .ok_or_else(|| (super::EXIT_INVALID, fl!("cli-no-data-folder")))?,
    };
    check_output(&common.output, Some(&path), common.force)?;
    let plan = store::load(&path).map_err(|e| (super::EXIT_INVALID, e.to_string()))?;
    // Partner ids are matched as people type them: "ven" finds VEN.
    if let Some(wanted) = request.scope.partner.clone()
        && plan.partner(&wanted).is_none()
        && let Some(found) = plan
            .partners
            .iter()
            .find(|p| p.id.as_str().eq_ignore_ascii_case(wanted.as_str()))
    {
        request.scope.partner = Some(found.id.clone());
    }
    // A calendar with nothing in it is not written: the person hears that
    // nothing matched, and a script sees a failure.
    // Without --lang, one partner's file is in that partner's language.
    if lang_given.is_none()
        && let Some(partner) = request
            .scope
            .partner
            .as_ref()
            .and_then(|id| plan.partner(id))
    {
        request.language = commplan_core::publish::calendars::partner_language(partner);
    }
    let bytes = export::render(&plan, &request).map_err(|e| match e {
        export::ExportError::NothingMatched => (super::EXIT_INVALID, e.to_string()),
        _ => (EXIT_USAGE, e.to_string()),
    })?;
    write_output(&common.output, &bytes, out)
}

/// Refuses an output that is a plan (the one being read, or any
/// `*.commplan.ron`), or an existing file unless `force`. Standard output
/// (`-`) is always fine.
pub fn check_output(output: &Path, plan: Option<&Path>, force: bool) -> Outcome {
    if output == Path::new("-") {
        return Ok(());
    }
    let shown = output.display().to_string();
    if store::is_plan_file_name(output)
        || store::is_plan_file_name(&store::atomic::real_path(output))
        || plan.is_some_and(|plan| store::same_file(plan, output))
    {
        return Err((super::EXIT_WRITE, fl!("cli-export-onto-plan", path = shown)));
    }
    if !force && std::fs::symlink_metadata(output).is_ok() {
        return Err((super::EXIT_WRITE, fl!("cli-export-exists", path = shown)));
    }
    Ok(())
}

pub(crate) fn write_output(output: &Path, bytes: &[u8], out: &mut dyn Write) -> Outcome {
    if output == Path::new("-") {
        return out
            .write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(|e| {
                (
                    super::EXIT_WRITE,
                    fl!("cli-export-stdout-failed", reason = e.to_string()),
                )
            });
    }
    store::atomic::write(output, bytes).map_err(|source| {
        (
            super::EXIT_WRITE,
            store::SaveError {
                path: output.to_path_buf(),
                source,
            }
            .to_string(),
        )
    })?;
    let _ = writeln!(
        out,
        "{}",
        fl!("cli-written", path = output.display().to_string())
    );
    Ok(())
}
