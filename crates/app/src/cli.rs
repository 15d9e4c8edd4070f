//! The command line: `commplan [FILE]` starts the GUI; subcommands work
//! headless and never open a window.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod escape;
pub mod export;

use crate::config::Paths;
use commplan_core::check::{self, Severity};
use commplan_core::{fl, format};
use commplan_core::{sample, store};

pub mod import;
pub mod project;
pub mod publish;
pub mod report;

/// Exit status of a plan that is unreadable or has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit status of a file that could not be written.
pub const EXIT_WRITE: u8 = 3;
/// Exit status of an import that rejected some rows (the good rows were
/// imported).
pub const EXIT_REJECTED: u8 = 4;

#[derive(Debug, Parser)]
#[command(
    name = "commplan",
    version,
    about = "Plan the communication of a transnational partnership: campaigns, events, deliverables and the dissemination log.",
    long_about = None,
    after_help = "Without a command, CommPlan opens its window on FILE, or on the default plan.\n\nExit status: 0 success, 1 the plan cannot be read or has errors, 2 wrong usage, 3 a file could not be written, 4 an import rejected some rows (the good rows were imported)."
)]
pub struct Cli {
    /// A plan file to open in the window.
    pub file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new plan for your project (--name, dates, periods), or the
    /// S3-4Alp Clusters sample (--sample).
    New {
        /// Write the embedded sample plan instead of an empty one.
        #[arg(long)]
        sample: bool,
        /// Where to write the plan.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        project: project::NewProject,
    },
    /// The progress-report pack of a reporting period: activities per work
    /// package, deliverables, indicators (this period, before, cumulative,
    /// target), partners' contribution, target groups and what to check.
    Report(report::ReportArgs),
    /// Print the project (name, dates, leads, zone, reporting periods), or
    /// change it with the options given.
    Project(project::ProjectArgs),
    /// Check a plan; print `path:line:column: what` for each problem.
    Check {
        /// The plan to check (default: the default plan).
        file: Option<PathBuf>,
        /// The plan to check, as the other commands take it.
        #[arg(long, value_name = "FILE", conflicts_with = "file")]
        plan: Option<PathBuf>,
    },
    /// Import partners' dissemination logs from spreadsheets (XLSX, XLS, ODS) or CSV files.
    Import {
        #[command(subcommand)]
        what: import::ImportCommand,
    },
    /// Export for partners: a calendar (ics), tables (csv, xlsx), a
    /// printable schedule (html) or the dissemination log template
    /// (template).
    Export {
        #[command(subcommand)]
        what: export::Export,
    },
    /// Publish calendars partners subscribe to: per-partner CalDAV
    /// calendars (caldav) or .ics files in a WebDAV folder (webdav).
    Publish {
        #[command(subcommand)]
        what: publish::Publish,
    },
    /// Count what the plan holds and list the next five deadlines.
    Summary {
        /// The plan to read (default: the default plan).
        #[arg(long, value_name = "FILE")]
        plan: Option<PathBuf>,
    },
}

/// The default plan's path, or a message saying why there is none.
fn default_plan() -> Result<PathBuf, String> {
    Paths::from_system()
        .map(|p| p.default_plan())
        .ok_or_else(|| fl!("cli-no-data-folder"))
}

fn plan_path(given: Option<PathBuf>) -> Result<PathBuf, String> {
    given.map_or_else(default_plan, Ok)
}

/// Runs a headless command, writing to `out` and `err` with control
/// characters escaped (see `cli::escape`).
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let out = &mut escape::Escaped::new(out);
    let err = &mut escape::Escaped::new(err);
    let result = match command {
        Command::New {
            sample,
            output,
            force,
            project,
        } => new(sample, &project, &output, force, out),
        Command::Project(args) => project::run(args, out),
        Command::Report(args) => report::run(args, out),
        Command::Check { file, plan } => plan_path(file.or(plan))
            .map_err(|e| (EXIT_INVALID, e))
            .and_then(|path| check_plan(&path, out)),
        Command::Import { what } => import::run(what, out),
        Command::Export { what } => export::run(what, out),
        Command::Publish { what } => publish::run(what, out),
        Command::Summary { plan } => plan_path(plan)
            .map_err(|e| (EXIT_INVALID, e))
            .and_then(|path| summary(&path, out)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            let _ = writeln!(err, "{message}");
            ExitCode::from(code)
        }
    }
}

type Outcome = Result<(), (u8, String)>;

fn new(
    use_sample: bool,
    options: &project::NewProject,
    output: &Path,
    force: bool,
    out: &mut dyn Write,
) -> Outcome {
    if use_sample && options.any() {
        return Err((2, fl!("cli-new-sample-or-project")));
    }
    // Checked before anything is written: a missing name writes nothing.
    let plan = if use_sample {
        None
    } else {
        Some(project::new_plan(
            options,
            chrono::Utc::now()
                .with_timezone(&chrono::Local)
                .date_naive(),
        )?)
    };
    if output.exists() && !force {
        return Err((
            EXIT_WRITE,
            fl!("cli-exists", path = output.display().to_string()),
        ));
    }
    let write_error = |e: std::io::Error| {
        (
            EXIT_WRITE,
            store::SaveError {
                path: output.to_path_buf(),
                source: e,
            }
            .to_string(),
        )
    };
    // A file replaced with --force is kept among the backups first (as the
    // window's New does): a window with it open reloads what is written.
    if output.exists()
        && let Some(paths) = Paths::from_system()
    {
        paths.backups().backup_now(output).map_err(write_error)?;
    }
    match plan {
        None => store::atomic::write(output, sample::TEXT.as_bytes()).map_err(write_error)?,
        Some(plan) => {
            store::save(output, &plan, None).map_err(|e| (EXIT_WRITE, e.to_string()))?;
        }
    }
    let _ = writeln!(
        out,
        "{}",
        fl!("cli-written", path = output.display().to_string())
    );
    Ok(())
}

fn check_plan(path: &Path, out: &mut dyn Write) -> Outcome {
    let text = store::read_text(path).map_err(|e| (EXIT_INVALID, e.to_string()))?;
    let plan = store::parse(&text, path).map_err(|e| (EXIT_INVALID, e.to_string()))?;
    let mut locator = check::Locator::new(&text);
    for finding in check::plan(&plan)
        .iter()
        .filter(|f| f.severity == Severity::Warning)
    {
        let (line, column) = locator.locate(finding.subject, &finding.id);
        let _ = writeln!(out, "{}:{line}:{column}: {finding}", path.display());
    }
    let _ = writeln!(
        out,
        "{}",
        fl!(
            "cli-check-ok",
            path = path.display().to_string(),
            activities = plan.activities.len(),
            deliverables = plan.deliverables.len(),
            entries = plan.log.len()
        )
    );
    Ok(())
}

fn summary(path: &Path, out: &mut dyn Write) -> Outcome {
    let plan = store::load(path).map_err(|e| (EXIT_INVALID, e.to_string()))?;
    let today = chrono::Local::now().date_naive();
    let mut lines = vec![
        format!("{} — {}", plan.project.acronym, plan.project.name),
        fl!(
            "cli-summary-dates",
            start = format::date(plan.project.start),
            end = format::date(plan.project.end)
        ),
        fl!("cli-summary-partners", count = plan.partners.len()),
        fl!("cli-summary-activities", count = plan.activities.len()),
        fl!("cli-summary-deliverables", count = plan.deliverables.len()),
        fl!("cli-summary-entries", count = plan.log.len()),
        String::new(),
        fl!("cli-summary-next"),
    ];
    let mut next: Vec<_> = plan
        .deliverables
        .iter()
        .filter(|d| d.due >= today && !d.status.is_delivered())
        .collect();
    next.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.code.cmp(&b.code)));
    if next.is_empty() {
        lines.push(format!("  {}", fl!("cli-summary-none")));
    }
    for d in next.into_iter().take(5) {
        lines.push(format!(
            "  {}  {:<10} {} ({})",
            format::date(d.due),
            d.code,
            d.title,
            d.lead
        ));
    }
    let _ = writeln!(out, "{}", lines.join("\n"));
    Ok(())
}
