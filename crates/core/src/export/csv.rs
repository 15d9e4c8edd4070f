//! CSV tables: UTF-8 (optionally with a BOM for Excel), one header row of
//! stable English machine names, ISO dates, vocabulary values as slugs, and
//! free text neutralised against formula injection.

use super::Scope;
use super::text::csv_cell;
use crate::i18n::Strings;
use crate::plan::Plan;

/// Which table to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Table {
    #[default]
    Activities,
    Deliverables,
    Dissemination,
    Partners,
    /// Each indicator's value in each six-month reporting period.
    IndicatorsByPeriod,
    /// Each indicator's value for each partner over the project.
    IndicatorsByPartner,
}

impl Table {
    pub const ALL: [Table; 6] = [
        Table::Activities,
        Table::Deliverables,
        Table::Dissemination,
        Table::Partners,
        Table::IndicatorsByPeriod,
        Table::IndicatorsByPartner,
    ];

    /// The name used on the command line and in file names.
    pub fn slug(self) -> &'static str {
        match self {
            Table::Activities => "activities",
            Table::Deliverables => "deliverables",
            Table::Dissemination => "dissemination",
            Table::Partners => "partners",
            Table::IndicatorsByPeriod => "indicators-by-period",
            Table::IndicatorsByPartner => "indicators-by-partner",
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
            Table::IndicatorsByPeriod => &[
                "code",
                "indicator",
                "unit",
                "period",
                "from",
                "to",
                "actual",
                "cumulative",
                "target",
                "progress",
            ],
            Table::IndicatorsByPartner => &[
                "code",
                "indicator",
                "unit",
                "partner",
                "actual",
                "target",
                "progress",
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
    /// Headers and vocabulary values in the request's language instead of
    /// the machine form.
    pub translated: bool,
}

impl Options {
    /// What Excel in `language` opens right by double-click: a byte order
    /// mark, and `;` where its decimal separator is the comma (it, de, fr,
    /// sl); `,` otherwise.
    pub fn for_language(table: Table, language: &str) -> Self {
        Self {
            table,
            separator: separator_for(language),
            bom: true,
            translated: false,
        }
    }
}

/// The separator Excel expects in `language`: `;` for it, de, fr and sl.
pub fn separator_for(language: &str) -> u8 {
    match language.trim().to_ascii_lowercase().get(..2) {
        Some("it" | "de" | "fr" | "sl") => b';',
        _ => b',',
    }
}

impl Default for Options {
    fn default() -> Self {
        Self {
            table: Table::Activities,
            separator: b',',
            bom: false,
            translated: false,
        }
    }
}

/// Several values in one cell are separated by this.
pub const LIST_SEPARATOR: &str = "|";

/// Writes a table of the plan: the machine form, or with `strings` its
/// header and vocabulary values in that language (see [`super::table`]).
pub fn write(plan: &Plan, scope: &Scope, options: &Options, strings: Option<&Strings>) -> Vec<u8> {
    let grid = super::table::grid(plan, scope, options.table, strings);
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
        if let Err(error) = writer.write_record(&grid.header) {
            tracing::error!("csv header: {error}");
        }
        for row in &grid.rows {
            if let Err(error) =
                writer.write_record(row.iter().map(|cell| csv_cell(&cell.text()).into_owned()))
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
