//! `commplan new` with the project's essentials, and `commplan project`,
//! which prints the project or changes it headlessly.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use chrono_tz::Tz;
use clap::Args;

use super::export::parse_date;
use super::{EXIT_INVALID, EXIT_WRITE, Outcome, plan_path};
use crate::config::Paths;
use commplan_core::period::{self, Periods};
use commplan_core::setup::{self, Setup};
use commplan_core::value::Lang;
use commplan_core::{Edit, PartnerId, Plan, Project, fl, format, store, zone};

/// Exit status of wrong usage (a bad option value).
const EXIT_USAGE: u8 = 2;

/// The project's essentials, as `commplan new` takes them and `commplan
/// project` changes them.
#[derive(Debug, Args, Default)]
pub struct NewProject {
    /// The project's full name (`new` needs it unless --sample).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The project's acronym, e.g. S3-4AlpClusters.
    #[arg(long, value_name = "ACRONYM")]
    pub acronym: Option<String>,
    /// The funding programme, e.g. "Interreg Alpine Space".
    #[arg(long, value_name = "NAME")]
    pub programme: Option<String>,
    /// First day of the project, e.g. 2025-10-01 (`new`: default today).
    /// Items before it are listed, never moved or deleted.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub start: Option<NaiveDate>,
    /// Last day of the project (`new`: default three years after the
    /// start). Items after it are listed, never moved or deleted.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub end: Option<NaiveDate>,
    /// Length of the reporting periods in months (`new`: default 6).
    #[arg(long, value_name = "N")]
    pub period_months: Option<u32>,
    /// The project's time zone, by IANA name or city (e.g. Europe/Rome, lisbon).
    #[arg(long, value_name = "ZONE", value_parser = parse_zone)]
    pub zone: Option<Tz>,
    /// The partnership's working language (`new`: default en).
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
}

impl NewProject {
    /// Were any of the project's options given?
    pub fn any(&self) -> bool {
        self.name.is_some()
            || self.acronym.is_some()
            || self.programme.is_some()
            || self.start.is_some()
            || self.end.is_some()
            || self.period_months.is_some()
            || self.zone.is_some()
            || self.language.is_some()
    }
}

/// `commplan project`: print the project, or change it.
#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// The plan to read and change (default: the default plan).
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    #[command(flatten)]
    pub essentials: NewProject,
    /// The lead partner, by partner id.
    #[arg(long, value_name = "ID")]
    pub lead: Option<String>,
    /// The communication lead, by partner id.
    #[arg(long, value_name = "ID")]
    pub communication_lead: Option<String>,
}

fn parse_zone(text: &str) -> Result<Tz, String> {
    zone::find(text).ok_or_else(|| fl!("cli-project-bad-zone", text = text))
}

/// The plan `commplan new` writes from the options, or why it cannot.
pub fn new_plan(options: &NewProject, today: NaiveDate) -> Result<Plan, (u8, String)> {
    let name = options
        .name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| (EXIT_USAGE, fl!("cli-new-needs-name")))?;
    let start = options.start.unwrap_or(today);
    let end = options.end.unwrap_or_else(|| {
        start
            .checked_add_months(chrono::Months::new(36))
            .and_then(|d| d.pred_opt())
            .unwrap_or(start)
    });
    let setup = Setup {
        name,
        acronym: options.acronym.clone().unwrap_or_default(),
        programme: options.programme.clone().unwrap_or_default(),
        start,
        end,
        periods: Periods::Every(options.period_months.unwrap_or(period::DEFAULT_MONTHS)),
        time_zone: options.zone,
        working_language: Lang::new(options.language.as_deref().unwrap_or("en")),
    };
    setup.plan().map_err(|e| (EXIT_USAGE, e.to_string()))
}

/// The project in lines, as `commplan project` prints it.
pub fn describe(plan: &Plan) -> Vec<String> {
    let project = &plan.project;
    let partner = |id: &Option<PartnerId>| {
        id.as_ref().map_or_else(
            || fl!("none"),
            |id| {
                plan.partner(id)
                    .map_or(id.to_string(), |p| format!("{id} — {}", p.name))
            },
        )
    };
    let mut lines = vec![
        fl!("cli-project-name", name = project.name.as_str()),
        fl!("cli-project-acronym", acronym = project.acronym.as_str()),
        fl!(
            "cli-project-programme",
            programme = project.programme.as_str()
        ),
        fl!(
            "cli-summary-dates",
            start = format::date(project.start),
            end = format::date(project.end)
        ),
        fl!("cli-project-lead", partner = partner(&project.lead_partner)),
        fl!(
            "cli-project-communication-lead",
            partner = partner(&project.communication_lead)
        ),
        fl!(
            "cli-project-language",
            language = project.working_language.0.as_str()
        ),
        fl!(
            "cli-project-zone",
            zone = project
                .time_zone
                .map_or_else(|| fl!("cli-project-zone-local"), zone_with_country)
        ),
        fl!("cli-project-periods"),
    ];
    lines.extend(period::of(project).iter().map(|p| format!("  {p}")));
    lines
}

/// The warnings for what lies outside the project's dates.
pub fn outside_lines(plan: &Plan) -> Vec<String> {
    let found = setup::outside(plan, plan.project.start, plan.project.end);
    let mut lines = Vec::new();
    if found.is_empty() {
        return lines;
    }
    lines.push(fl!("cli-project-outside", count = found.len()));
    for (id, day) in &found.activities {
        let title = plan.activity(*id).map_or("", |a| a.title.as_str());
        lines.push(format!("  {}  {id}  {title}", format::date(*day)));
    }
    for (id, day) in &found.deliverables {
        let title = plan
            .deliverable(*id)
            .map_or(String::new(), |d| format!("{} {}", d.code, d.title));
        lines.push(format!("  {}  {title}", format::date(*day)));
    }
    for (id, day) in &found.entries {
        let title = plan.entry(*id).map_or("", |e| e.title.as_str());
        lines.push(format!("  {}  {title}", format::date(*day)));
    }
    lines
}

fn changed(project: &Project, args: &ProjectArgs) -> Option<Project> {
    let mut next = project.clone();
    let given = &args.essentials;
    if let Some(name) = &given.name {
        next.name = name.trim().to_owned();
    }
    if let Some(acronym) = &given.acronym {
        next.acronym = acronym.trim().to_owned();
    }
    if let Some(programme) = &given.programme {
        next.programme = programme.trim().to_owned();
    }
    if let Some(start) = given.start {
        next.start = start;
    }
    if let Some(end) = given.end {
        next.end = end;
    }
    if let Some(id) = &args.lead {
        next.lead_partner = (!id.trim().is_empty()).then(|| PartnerId::new(id.trim()));
    }
    if let Some(id) = &args.communication_lead {
        next.communication_lead = (!id.trim().is_empty()).then(|| PartnerId::new(id.trim()));
    }
    if let Some(months) = given.period_months {
        next.periods = Periods::Every(months);
    }
    if let Some(zone) = given.zone {
        next.time_zone = Some(zone);
    }
    if let Some(language) = &given.language {
        next.working_language = Lang::new(language.trim());
    }
    (next != *project).then_some(next)
}

/// Runs `commplan project`.
pub fn run(args: ProjectArgs, out: &mut dyn Write) -> Outcome {
    let path = plan_path(args.plan.clone()).map_err(|e| (EXIT_INVALID, e))?;
    let plan = store::load(&path).map_err(|e| (EXIT_INVALID, e.to_string()))?;
    let Some(project) = changed(&plan.project, &args) else {
        let _ = writeln!(out, "{}", describe(&plan).join("\n"));
        return Ok(());
    };
    // Held from the read the change is based on to the save: CommPlan's
    // window or another command cannot write in between.
    let _lock = lock(&path)?;
    let mut plan = store::load(&path).map_err(|e| (EXIT_INVALID, e.to_string()))?;
    let project = changed(&plan.project, &args).unwrap_or(project);
    plan.apply(Edit::Project(project))
        .map_err(|e| (EXIT_USAGE, e.to_string()))?;
    let backups = Paths::from_system().map(|p| p.backups());
    store::save(&path, &plan, backups.as_ref()).map_err(|e| (EXIT_WRITE, e.to_string()))?;
    let mut lines = describe(&plan);
    lines.extend(outside_lines(&plan));
    lines.push(fl!("cli-written", path = path.display().to_string()));
    let _ = writeln!(out, "{}", lines.join("\n"));
    Ok(())
}

fn lock(path: &Path) -> Result<store::lock::Lock, (u8, String)> {
    match store::lock::acquire(path) {
        Ok(Some(lock)) => Ok(lock),
        Ok(None) => Err((
            EXIT_WRITE,
            fl!("cli-project-plan-open", path = path.display().to_string()),
        )),
        Err(source) => Err((
            EXIT_WRITE,
            store::SaveError {
                path: path.to_path_buf(),
                source,
            }
            .to_string(),
        )),
    }
}

/// A zone with its country, as `commplan project` prints it
/// ("Europe/Lisbon (Portugal)"); the IANA name alone for a zone of no
/// country.
fn zone_with_country(zone: Tz) -> String {
    match zone::country(zone) {
        Some(country) => format!("{} ({country})", zone.name()),
        None => zone.name().to_owned(),
    }
}
