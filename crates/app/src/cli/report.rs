//! `commplan report`: the progress-report pack of one reporting period, as
//! a printable page (html), a table (csv) or a workbook (xlsx).

use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::{Args, ValueEnum};

use super::export::{check_output, interface_language, write_output};
use super::{EXIT_INVALID, Outcome, plan_path};
use commplan_core::i18n::Strings;
use commplan_core::indicators::series::Figures;
use commplan_core::report::{self, Pack, Request};
use commplan_core::{PartnerId, store};

/// Exit status of wrong usage (a period or partner the plan lacks).
const EXIT_USAGE: u8 = 2;

/// The forms of the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A printable page (A4), one file with nothing to fetch.
    Html,
    /// One CSV file, a block per part.
    Csv,
    /// A workbook, a sheet per part, typed cells.
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The reporting period, from 1 (see `commplan project`).
    #[arg(long, value_name = "N")]
    pub period: usize,
    /// Only this partner's contribution (its id, e.g. VEN).
    #[arg(long, value_name = "ID")]
    pub partner: Option<String>,
    /// The language of the pack (default: the interface language).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// html, csv or xlsx.
    #[arg(long, value_enum)]
    pub format: ReportFormat,
    /// Where to write; `-` writes to standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The plan to report on (default: the default plan).
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// Replace the output file if it exists (never a plan).
    #[arg(long)]
    pub force: bool,
    /// The time written as "generated on" (RFC 3339), for reproducible
    /// files.
    #[arg(long, value_name = "TIME", hide = true)]
    pub now: Option<DateTime<Utc>>,
}

/// Runs `commplan report`.
pub fn run(args: ReportArgs, out: &mut dyn Write) -> Outcome {
    let path = plan_path(args.plan.clone()).map_err(|e| (EXIT_INVALID, e))?;
    check_output(&args.output, Some(&path), args.force)?;
    let plan = store::load(&path).map_err(|e| (EXIT_INVALID, e.to_string()))?;
    if args.period == 0 {
        return Err((
            EXIT_USAGE,
            report::RequestError::NoSuchPeriod {
                number: 0,
                count: commplan_core::period::of(&plan.project).len(),
            }
            .to_string(),
        ));
    }
    // Partner ids as people type them: "ven" finds VEN.
    let partner = args.partner.as_deref().map(|given| {
        plan.partners
            .iter()
            .find(|p| p.id.as_str().eq_ignore_ascii_case(given.trim()))
            .map_or_else(|| PartnerId::new(given.trim()), |p| p.id.clone())
    });
    let request = Request {
        period: args.period - 1,
        partner,
    };
    let figures = Figures::compute(&plan);
    let pack = Pack::compute(&plan, &figures, &request).map_err(|e| (EXIT_USAGE, e.to_string()))?;
    let language = args.lang.unwrap_or_else(interface_language);
    if !Strings::has(&language) {
        tracing::warn!("no strings in language {language}, writing English");
    }
    let strings = Strings::new(&language);
    let now = args.now.unwrap_or_else(Utc::now);
    let bytes = match args.format {
        ReportFormat::Html => report::html::write(&plan, &pack, &strings, now).into_bytes(),
        ReportFormat::Csv => report::csv::write(
            &plan,
            &pack,
            &strings,
            report::csv::Options::for_language(&language),
        ),
        ReportFormat::Xlsx => report::xlsx::write(&plan, &pack, &strings)
            .map_err(|e| (super::EXIT_WRITE, e.to_string()))?,
    };
    write_output(&args.output, &bytes, out)
}
