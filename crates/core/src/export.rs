//! Exports partners open in their own tools: an iCalendar file (RFC 5545),
//! CSV tables and a printable HTML schedule. Each writer is a pure function
//! of the plan and its options, so the GUI and the CLI share them and tests
//! can pin their output.

pub mod csv;
pub mod headers;
pub mod html;
pub mod ics;
pub mod occur;
pub mod table;
pub mod text;
pub mod words;
pub mod xlsx;

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};

use super::activity::Activity;
use super::deliverable::Deliverable;
use super::ids::PartnerId;
use super::plan::Plan;
use crate::fl;
use crate::i18n::Strings;

/// The part of the plan an export covers: one partner's items or all of
/// them, within a date range or over the whole project.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub partner: Option<PartnerId>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Scope {
    /// Refuses a partner the plan does not have and a range that ends
    /// before it starts.
    pub fn check(&self, plan: &Plan) -> Result<(), ExportError> {
        if let Some(id) = &self.partner
            && plan.partner(id).is_none()
        {
            return Err(ExportError::UnknownPartner(id.clone()));
        }
        if let (Some(from), Some(to)) = (self.from, self.to)
            && to < from
        {
            return Err(ExportError::EmptyRange { from, to });
        }
        Ok(())
    }

    /// Does a span of days (inclusive) meet the range?
    pub fn overlaps(&self, first: NaiveDate, last: NaiveDate) -> bool {
        self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to)
    }

    /// Is the partner involved (any partner when none was chosen)?
    fn involves<'a>(&self, mut partners: impl Iterator<Item = &'a PartnerId>) -> bool {
        match &self.partner {
            Some(wanted) => partners.any(|p| p == wanted),
            None => true,
        }
    }

    /// An activity (the whole series, when it repeats) in scope.
    pub fn activity(&self, activity: &Activity, project_end: NaiveDate) -> bool {
        self.involves(activity.partners())
            && self.overlaps(
                activity.when.start_date(),
                occur::last_day(activity, project_end),
            )
    }

    /// A deliverable whose deadline is in scope.
    pub fn deliverable(&self, deliverable: &Deliverable) -> bool {
        self.involves(deliverable.partners()) && self.overlaps(deliverable.due, deliverable.due)
    }

    /// A day in scope, regardless of the partner.
    pub fn day(&self, day: NaiveDate) -> bool {
        self.overlaps(day, day)
    }
}

/// Why an export was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    UnknownPartner(PartnerId),
    EmptyRange {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// The partner or range has no item to write: a calendar without an
    /// event is not written at all.
    NothingMatched,
    /// The workbook writer refused (the reason is its own).
    Workbook(String),
}

impl std::error::Error for ExportError {}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            ExportError::UnknownPartner(id) => {
                fl!("export-error-unknown-partner", id = id.as_str())
            }
            ExportError::EmptyRange { from, to } => fl!(
                "export-error-empty-range",
                from = from.to_string(),
                to = to.to_string()
            ),
            ExportError::NothingMatched => fl!("export-error-nothing-matched"),
            ExportError::Workbook(reason) => {
                fl!("export-error-workbook", reason = reason.as_str())
            }
        })
    }
}

/// The formats CommPlan exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Ics,
    Csv,
    Html,
    /// An Excel workbook of one table (see [`xlsx`]).
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Ics, Format::Csv, Format::Xlsx, Format::Html];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Ics => "ics",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Everything one export needs besides the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub format: Format,
    pub scope: Scope,
    /// The language of the words in the file (headings, descriptions).
    pub language: String,
    pub ics: ics::Options,
    pub csv: csv::Options,
    /// For XLSX: the empty template partners fill in instead of a table.
    pub template: bool,
    /// "Now", written as DTSTAMP and "generated on"; fixed in tests.
    pub now: DateTime<Utc>,
}

impl Request {
    pub fn new(format: Format, language: &str, now: DateTime<Utc>) -> Self {
        Self {
            format,
            scope: Scope::default(),
            language: language.to_owned(),
            ics: ics::Options::default(),
            csv: csv::Options::default(),
            template: false,
            now,
        }
    }
}

/// Does the calendar the request describes have at least one event?
pub fn ics_matches(plan: &Plan, request: &Request) -> bool {
    plan.activities
        .iter()
        .any(|a| request.scope.activity(a, plan.project.end))
        || (request.ics.deliverables
            && plan
                .deliverables
                .iter()
                .any(|d| request.scope.deliverable(d)))
}

/// Writes the export a request describes.
///
/// Errors: an unknown partner or a reversed range; for a calendar, also
/// [`ExportError::NothingMatched`] when no item is in scope (so nothing is
/// written rather than an empty VCALENDAR).
pub fn render(plan: &Plan, request: &Request) -> Result<Vec<u8>, ExportError> {
    request.scope.check(plan)?;
    if request.format == Format::Ics && !ics_matches(plan, request) {
        return Err(ExportError::NothingMatched);
    }
    let strings = Strings::new(&request.language);
    Ok(match request.format {
        Format::Ics => {
            ics::write(plan, &request.scope, &request.ics, request.now, &strings).into_bytes()
        }
        Format::Csv => csv::write(
            plan,
            &request.scope,
            &request.csv,
            request.csv.translated.then_some(&strings),
        ),
        Format::Html => html::write(plan, &request.scope, request.now, &strings).into_bytes(),
        Format::Xlsx if request.template => {
            xlsx::template(request.scope.partner.as_ref(), &strings)?
        }
        Format::Xlsx => xlsx::write(plan, &request.scope, request.csv.table, &strings)?,
    })
}

/// A lower-case, dash-separated form of a name for file names and calendar
/// UIDs: "S3-4AlpClusters" gives "s3-4alpclusters".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "plan".to_owned()
    } else {
        out
    }
}

/// A file name for an export: "s3-4alpclusters-ven.ics",
/// "s3-4alpclusters-activities.csv".
pub fn file_name(plan: &Plan, request: &Request) -> String {
    let mut name = slug(plan.display_name());
    if let Some(partner) = &request.scope.partner {
        name.push('-');
        name.push_str(&slug(partner.as_str()));
    }
    if request.format == Format::Xlsx && request.template {
        name.push_str("-template");
    } else if matches!(request.format, Format::Csv | Format::Xlsx) {
        name.push('-');
        name.push_str(request.csv.table.slug());
    }
    format!("{name}.{}", request.format.extension())
}

/// The file names of "Export for every partner": [`file_name`] for each
/// partner in the plan's order, made unique where two ids give the same
/// name (`VEN`/`ven`, `HES-SO`/`HES.SO`), ignoring case as some file
/// systems do: the later partner gets `-2`, `-3`, … before the extension.
pub fn partner_file_names(plan: &Plan, request: &Request) -> Vec<(PartnerId, String)> {
    let mut taken = std::collections::HashSet::new();
    plan.partners
        .iter()
        .map(|partner| {
            let mut one = request.clone();
            one.scope.partner = Some(partner.id.clone());
            let name = file_name(plan, &one);
            let extension = format!(".{}", request.format.extension());
            let stem = name.strip_suffix(&extension).unwrap_or(&name).to_owned();
            let mut unique = name.clone();
            let mut n = 2;
            while !taken.insert(unique.to_lowercase()) {
                unique = format!("{stem}-{n}{extension}");
                n += 1;
            }
            (partner.id.clone(), unique)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_for_files_and_uids() {
        assert_eq!(slug("S3-4AlpClusters"), "s3-4alpclusters");
        assert_eq!(slug("HES-SO//FR"), "hes-so-fr");
        assert_eq!(slug("  Übung!  "), "bung");
        assert_eq!(slug("€€"), "plan");
    }
}
