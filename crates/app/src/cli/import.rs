//! `commplan import dissemination FILE`: partners' logs from spreadsheets
//! into the plan; `commplan export template`: the empty CSV they fill in.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::{EXIT_INVALID, EXIT_REJECTED, EXIT_WRITE, Outcome, plan_path};
use crate::config::Paths;
use commplan_core::fl;
use commplan_core::import::{self, Options};
use commplan_core::{PartnerId, Plan, store};

/// Exit status of wrong usage (a partner the plan does not have), as clap
/// uses.
pub const EXIT_USAGE: u8 = 2;

/// A file larger than this is not a partner's log.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Add the rows of a partner's dissemination log (an XLSX, XLS or ODS
    /// workbook, or CSV saved from Excel or LibreOffice) to the plan's log. Rows already in the log (same
    /// partner, date, title, channel and link) are skipped, so importing a
    /// file twice adds nothing; every rejected row is listed as
    /// FILE:LINE (or the sheet and row of a workbook): reason, and the good rows
    /// are imported. Exit status 4
    /// when some rows were rejected.
    Dissemination(DisseminationArgs),
}

#[derive(Debug, Args)]
pub struct DisseminationArgs {
    /// The file: a workbook (XLSX, XLS, ODS) or CSV (comma, semicolon or
    /// tab separated, UTF-8 with or without BOM, or Windows-1252); columns
    /// date, partner, channel, title,
    /// target_group, reach, participants, language, link, notes, activity
    /// (headers in English, Italian, German, French or Slovenian).
    pub file: PathBuf,
    /// Attribute every row to this partner (its id, e.g. VEN); the file's
    /// partner column is then not read.
    #[arg(long, value_name = "ID")]
    pub partner: Option<String>,
    /// Report what would be imported, and change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The workbook's sheet to read (default: the first with a log header).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The order of day and month in dates like 3/4/2018, when the file
    /// does not show it: dmy (3 April) or mdy (4 March).
    #[arg(long, value_name = "ORDER", value_parser = parse_order)]
    pub date_order: Option<import::Order>,
    /// Import even though the file has number columns CommPlan does not
    /// read (they are named first, and left out).
    #[arg(long)]
    pub without_unknown_columns: bool,
    /// Write the rejected rows, as they were, with a column giving each
    /// one's reason, to this XLSX file for the partner to correct.
    #[arg(long, value_name = "FILE")]
    pub rejected: Option<PathBuf>,
    /// The language of the reasons in the --rejected file (default: the
    /// interface language).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// The plan to import into (default: the default plan).
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The language of the headers, the explanation row and the words
    /// offered (en, it, de, fr, sl).
    #[arg(long, value_name = "CODE", default_value = "en")]
    pub lang: String,
    /// csv, or xlsx: a workbook with drop-down lists for channel, target
    /// group and language.
    #[arg(long, value_name = "FORMAT", default_value = "csv", value_parser = ["csv", "xlsx"])]
    pub format: String,
    /// Fill the partner column with this partner's id (XLSX).
    #[arg(long, value_name = "ID")]
    pub partner: Option<String>,
    /// The plan whose partners the template offers (default: the default
    /// plan; only read for --partner).
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// Where to write; `-` writes to standard output. Never a plan file
    /// (`*.commplan.ron`).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(command: ImportCommand, out: &mut dyn Write) -> Outcome {
    match command {
        ImportCommand::Dissemination(args) => dissemination(args, out),
    }
}

fn parse_order(text: &str) -> Result<import::Order, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "dmy" | "day-first" | "dd/mm" => Ok(import::Order::DayFirst),
        "mdy" | "month-first" | "mm/dd" => Ok(import::Order::MonthFirst),
        _ => Err(fl!("cli-import-bad-order", text = text)),
    }
}

fn invalid(path: &Path, reason: impl std::fmt::Display) -> (u8, String) {
    (EXIT_INVALID, format!("{}: {reason}", path.display()))
}

/// The partner named on the command line, as the plan spells its id.
fn partner(plan: &Plan, given: &str) -> Result<PartnerId, (u8, String)> {
    let given = given.trim();
    plan.partners
        .iter()
        .find(|p| p.id.as_str().eq_ignore_ascii_case(given))
        .map(|p| p.id.clone())
        .ok_or_else(|| (EXIT_USAGE, fl!("cli-import-no-partner", id = given)))
}

/// The file's bytes, at most [`MAX_BYTES`] of them whatever the file is (a
/// pipe or `/dev/zero` has no size to check first).
fn read_csv(path: &Path) -> Result<Vec<u8>, (u8, String)> {
    import::bounds::read_bytes(path, MAX_BYTES).map_err(|e| {
        if e.kind() == std::io::ErrorKind::FileTooLarge {
            let megabytes = MAX_BYTES / 1_000_000;
            invalid(path, fl!("import-input-too-large", megabytes = megabytes))
        } else {
            invalid(path, e)
        }
    })
}

/// Becomes the one writer of the plan, or says who is (not while CommPlan
/// has the plan open: its next save would write over the import).
fn lock(plan_file: &Path) -> Result<store::lock::Lock, (u8, String)> {
    match store::lock::acquire(plan_file) {
        Ok(Some(lock)) => Ok(lock),
        Ok(None) => Err((
            EXIT_WRITE,
            fl!(
                "cli-import-plan-open",
                path = plan_file.display().to_string()
            ),
        )),
        Err(error) => Err((
            EXIT_WRITE,
            store::SaveError {
                path: plan_file.to_path_buf(),
                source: error,
            }
            .to_string(),
        )),
    }
}

fn dissemination(args: DisseminationArgs, out: &mut dyn Write) -> Outcome {
    let plan_file = plan_path(args.plan).map_err(|e| (EXIT_INVALID, e))?;
    let bytes = read_csv(&args.file)?;
    // The lock is held from the read the import is based on until its
    // save: a window or another import saving in between would otherwise
    // be written over with this stale copy.
    let _lock = if args.dry_run {
        None
    } else {
        Some(lock(&plan_file)?)
    };
    // The plan and the partner's file are read at the same time.
    let (plan, source) = import::Source::alongside(&bytes, || store::load(&plan_file));
    drop(bytes);
    let mut plan = plan.map_err(|e| (EXIT_INVALID, e.to_string()))?;
    let options = Options {
        partner: args
            .partner
            .as_deref()
            .map(|id| partner(&plan, id))
            .transpose()?,
        sheet: args.sheet.clone(),
        date_order: args.date_order,
        mapping: import::Mapping::default(),
        corrections: Default::default(),
    };
    let source = source.map_err(|e| invalid(&args.file, e))?;
    let preview =
        import::read_source(&source, &plan, &options).map_err(|e| invalid(&args.file, e))?;
    if let Some(sheet) = &preview.sheet {
        let _ = writeln!(
            out,
            "{}: {}",
            args.file.display(),
            fl!(
                "cli-import-sheet",
                sheet = sheet.as_str(),
                row = preview.header_line.to_string()
            )
        );
    }
    if let Some(target) = &args.rejected {
        write_rejected(target, &source, &preview, args.lang.as_deref())?;
    }
    for rejected in &preview.rejected {
        let at = match &preview.sheet {
            Some(sheet) => import::reason::position(Some(sheet), rejected.line),
            None => rejected.line.to_string(),
        };
        let _ = writeln!(out, "{}:{at}: {}", args.file.display(), rejected.reason);
    }
    for column in &preview.ignored_columns {
        let _ = writeln!(
            out,
            "{}: {}",
            args.file.display(),
            fl!("cli-import-ignored-column", column = column.as_str())
        );
    }
    if !preview.ignored_numbers.is_empty() && !args.without_unknown_columns && !args.dry_run {
        return Err((
            EXIT_INVALID,
            format!(
                "{}: {}",
                args.file.display(),
                fl!(
                    "cli-import-number-columns",
                    columns = preview.ignored_numbers.join(", ")
                )
            ),
        ));
    }
    let counts = preview.counts();
    // The workbook's cells (a large file's are tens of MB in many small
    // pieces) are freed on another thread while the plan is saved.
    let freeing = std::thread::spawn(move || drop(source));
    if args.dry_run {
        let _ = writeln!(
            out,
            "{}",
            fl!(
                "cli-import-dry-run",
                added = counts.added,
                skipped = counts.skipped,
                rejected = counts.rejected
            )
        );
    } else {
        if let Some(edit) = preview.into_edit(&plan) {
            plan.apply(edit).map_err(|e| invalid(&args.file, e))?;
            let backups = Paths::from_system().map(|p| p.backups());
            store::save(&plan_file, &plan, backups.as_ref())
                .map_err(|e| (EXIT_WRITE, e.to_string()))?;
        }
        let _ = writeln!(
            out,
            "{}",
            fl!(
                "cli-import-done",
                path = plan_file.display().to_string(),
                added = counts.added,
                skipped = counts.skipped,
                rejected = counts.rejected
            )
        );
    }
    let _ = freeing.join();
    if counts.rejected > 0 {
        return Err((
            EXIT_REJECTED,
            fl!("cli-import-some-rejected", count = counts.rejected),
        ));
    }
    Ok(())
}

/// The rejected rows with their reasons in `language`, for the partner.
fn write_rejected(
    target: &Path,
    source: &import::Source,
    preview: &import::Preview,
    language: Option<&str>,
) -> Result<(), (u8, String)> {
    let previous = commplan_core::i18n::current();
    if let Some(language) = language {
        commplan_core::i18n::select(language);
    }
    let reasons: Vec<String> = preview
        .rejected
        .iter()
        .map(|r| r.reason.to_string())
        .collect();
    let header = fl!("import-rejected-reason-column");
    commplan_core::i18n::select(&previous);
    let bytes = import::rejected::workbook(source, preview, &reasons, &header)
        .map_err(|e| (EXIT_WRITE, e))?;
    store::atomic::write(target, &bytes).map_err(|e| {
        (
            EXIT_WRITE,
            store::SaveError {
                path: target.to_path_buf(),
                source: e,
            }
            .to_string(),
        )
    })
}

pub fn template(args: TemplateArgs, out: &mut dyn Write) -> Outcome {
    super::export::check_output(&args.output, None, args.force)?;
    let language = args.lang.trim().to_ascii_lowercase();
    // The explanation row is in the chosen language where CommPlan has
    // strings for it (English otherwise); the interface's language is put
    // back afterwards.
    let bytes = if args.format == "xlsx" {
        let strings = commplan_core::i18n::Strings::new(&language);
        let partner = match &args.partner {
            None => None,
            Some(id) => {
                let path = plan_path(args.plan).map_err(|e| (EXIT_INVALID, e))?;
                let plan = store::load(&path).map_err(|e| (EXIT_INVALID, e.to_string()))?;
                Some(partner(&plan, id)?)
            }
        };
        commplan_core::export::xlsx::template(partner.as_ref(), &strings)
            .map_err(|e| (EXIT_WRITE, e.to_string()))?
    } else {
        let previous = commplan_core::i18n::current();
        commplan_core::i18n::select(&language);
        let mut bytes = Vec::new();
        let written = import::template(&mut bytes, &language);
        commplan_core::i18n::select(&previous);
        written.map_err(|e| (EXIT_WRITE, e.to_string()))?;
        bytes
    };
    if args.output.as_os_str() == "-" {
        return out
            .write_all(&bytes)
            .map_err(|e| (EXIT_WRITE, e.to_string()));
    }
    store::atomic::write(&args.output, &bytes).map_err(|e| {
        (
            EXIT_WRITE,
            store::SaveError {
                path: args.output.clone(),
                source: e,
            }
            .to_string(),
        )
    })?;
    let _ = writeln!(
        out,
        "{}",
        fl!("cli-written", path = args.output.display().to_string())
    );
    Ok(())
}
