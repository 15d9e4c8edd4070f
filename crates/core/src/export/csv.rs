//! CSV tables: UTF-8 (optionally with a BOM for Excel), one header row of
//! stable English machine names, ISO dates, vocabulary values as slugs, and
//! free text neutralised against formula injection.

use chrono::NaiveDate;

use super::Scope;
use super::text::csv_cell;
use crate::activity::When;
use crate::plan::Plan;

/// Which table to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Table {
    #[default]
    Activities,
    Deliverables,
    Dissemination,
    Partners,
}

impl Table {
    pub const ALL: [Table; 4] = [
        Table::Activities,
        Table::Deliverables,
        Table::Dissemination,
        Table::Partners,
    ];

    /// The name used on the command line and in file names.
    pub fn slug(self) -> &'static str {
        match self {
            Table::Activities => "activities",
            Table::Deliverables => "deliverables",
            Table::Dissemination => "dissemination",
            Table::Partners => "partners",
        }
    }

    pub fn from_slug(text: &str) -> Option<Table> {
        Table::ALL
            .into_iter()
            .find(|t| t.slug().eq_ignore_ascii_case(text.trim()))
    }

    /// The header row.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            Table::Activities => &[
                "id",
                "title",
                "kind",
                "status",
                "responsible",
                "contributors",
                "work_package",
                "start_date",
                "end_date",
                "start_time",
                "end_time",
                "time_zone",
                "repeat_every",
                "repeat_unit",
                "repeat_until",
                "repeat_weekdays",
                "repeat_nth",
                "repeat_count",
                "repeat_skipped",
                "repeat_moved",
                "venue",
                "city",
                "country",
                "online",
                "channel",
                "target_groups",
                "languages",
                "registration",
                "campaign",
                "notes",
                "sequence",
                "modified",
            ],
            Table::Deliverables => &[
                "id",
                "code",
                "title",
                "work_package",
                "lead",
                "contributors",
                "due",
                "status",
                "submitted",
                "link",
            ],
            // The columns the dissemination importer reads, in its order.
            Table::Dissemination => &[
                "date",
                "partner",
                "channel",
                "title",
                "target_group",
                "reach",
                "participants",
                "language",
                "link",
                "notes",
                "activity",
            ],
            Table::Partners => &[
                "id",
                "name",
                "short_name",
                "country",
                "role",
                "contact_name",
                "contact_email",
                "languages",
                "color",
            ],
        }
    }
}

/// How the table is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub table: Table,
    /// The field separator: `,`, or `;` for Excel in Italian or German.
    pub separator: u8,
    /// Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8.
    pub bom: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            table: Table::Activities,
            separator: b',',
            bom: false,
        }
    }
}

/// Several values in one cell are separated by this.
pub const LIST_SEPARATOR: &str = "|";

fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn list<T: ToString>(values: impl IntoIterator<Item = T>) -> String {
    values
        .into_iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

fn rows(plan: &Plan, scope: &Scope, table: Table) -> Vec<Vec<String>> {
    let involves = |id: &crate::PartnerId| scope.partner.as_ref().is_none_or(|p| p == id);
    match table {
        Table::Activities => plan
            .activities
            .iter()
            .filter(|a| scope.activity(a, plan.project.end))
            .map(|a| {
                let (start_time, end_time, zone) = match &a.when {
                    When::Days { .. } => (String::new(), String::new(), String::new()),
                    When::Timed { start, end, zone } => (
                        start.format("%H:%M").to_string(),
                        end.format("%H:%M").to_string(),
                        zone.name().to_owned(),
                    ),
                };
                let end_day = match &a.when {
                    When::Days { end, .. } => *end,
                    When::Timed { end, .. } => end.date(),
                };
                let repeat = a.recurrence.as_ref();
                vec![
                    a.id.to_string(),
                    a.title.clone(),
                    a.kind.slug().to_owned(),
                    a.status.slug().to_owned(),
                    a.responsible.to_string(),
                    list(&a.contributors),
                    opt(a.work_package.as_ref()),
                    date(a.when.start_date()),
                    date(end_day),
                    start_time,
                    end_time,
                    zone,
                    opt(repeat.map(|r| r.every)),
                    opt(repeat.map(|r| r.unit.slug())),
                    opt(repeat.and_then(|r| r.until).map(date)),
                    list(
                        repeat
                            .into_iter()
                            .flat_map(|r| r.weekdays.iter())
                            .map(|d| crate::recurrence::words::weekday_key(*d)),
                    ),
                    opt(repeat.and_then(|r| r.nth)),
                    opt(repeat.and_then(|r| r.count)),
                    list(
                        repeat
                            .into_iter()
                            .flat_map(|r| r.skipped.iter())
                            .map(|d| date(*d)),
                    ),
                    list(
                        repeat
                            .into_iter()
                            .flat_map(|r| r.moved.iter())
                            .map(|m| format!("{}={}", date(m.from), date(m.when.start_date()))),
                    ),
                    a.location.venue.clone(),
                    a.location.city.clone(),
                    opt(a.location.country.as_ref()),
                    opt(a.location.online.as_ref()),
                    opt(a.channel.map(|c| c.slug())),
                    list(a.target_groups.iter().map(|t| t.slug())),
                    list(&a.languages),
                    opt(a.registration.as_ref()),
                    opt(a.campaign),
                    a.notes.clone(),
                    a.sequence.to_string(),
                    opt(a.modified.map(|m| m.format("%Y-%m-%dT%H:%M:%SZ"))),
                ]
            })
            .collect(),
        Table::Deliverables => plan
            .deliverables
            .iter()
            .filter(|d| scope.deliverable(d))
            .map(|d| {
                vec![
                    d.id.to_string(),
                    d.code.clone(),
                    d.title.clone(),
                    d.work_package.to_string(),
                    d.lead.to_string(),
                    list(&d.contributors),
                    date(d.due),
                    d.status.slug().to_owned(),
                    opt(d.submitted.map(date)),
                    opt(d.link.as_ref()),
                ]
            })
            .collect(),
        Table::Dissemination => plan
            .log
            .iter()
            .filter(|e| involves(&e.partner) && scope.day(e.date))
            .map(|e| {
                vec![
                    date(e.date),
                    e.partner.to_string(),
                    e.channel.slug().to_owned(),
                    e.title.clone(),
                    opt(e.target_group.map(|t| t.slug())),
                    e.reach.to_string(),
                    opt(e.participants),
                    opt(e.language.as_ref()),
                    opt(e.link.as_ref()),
                    e.notes.clone(),
                    opt(e.activity),
                ]
            })
            .collect(),
        Table::Partners => plan
            .partners
            .iter()
            .filter(|p| involves(&p.id))
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.name.clone(),
                    p.short_name.clone(),
                    p.country.to_string(),
                    p.role.slug().to_owned(),
                    p.contact_name.clone(),
                    p.contact_email.clone(),
                    list(&p.languages),
                    p.color.to_string(),
                ]
            })
            .collect(),
    }
}

/// Writes a table of the plan.
pub fn write(plan: &Plan, scope: &Scope, options: &Options) -> Vec<u8> {
    let mut out = Vec::new();
    if options.bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(options.separator)
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        // Writing into a Vec cannot fail; an error here would be a bug in
        // the csv crate, and the rows written so far are kept.
        let header = options.table.header();
        if let Err(error) = writer.write_record(header) {
            tracing::error!("csv header: {error}");
        }
        for row in rows(plan, scope, options.table) {
            if let Err(error) =
                writer.write_record(row.iter().map(|cell| csv_cell(cell).into_owned()))
            {
                tracing::error!("csv row: {error}");
            }
        }
        if let Err(error) = writer.flush() {
            tracing::error!("csv flush: {error}");
        }
    }
    out
}
