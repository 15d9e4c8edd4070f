//! The pack as CSV: one block per part (activities, not done, deliverables,
//! indicators, partners, target groups, warnings), each with its own header
//! row and a blank line after it, so a spreadsheet shows the parts one under
//! the other. Headers and values in the chosen language; dates as ISO 8601;
//! numbers without separators; text cells neutralised against formulas.

use super::Pack;
use crate::export::table::{Field, Grid};
use crate::export::text::csv_cell;
use crate::export::words;
use crate::i18n::Strings;
use crate::plan::Plan;
use crate::tr;

/// Options of the CSV form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The field separator (`,`, or `;` for languages whose Excel expects
    /// it).
    pub separator: u8,
    /// Starts the file with a UTF-8 byte order mark (Excel reads the
    /// encoding from it).
    pub bom: bool,
}

impl Options {
    /// What opens right by double-click in `language`'s Excel: `;` for
    /// it, de, fr and sl (whose decimal comma takes `,`), `,` otherwise;
    /// with a byte order mark.
    /// The rule is [`crate::export::csv::separator_for`], the one every
    /// CSV export takes its separator from.
    pub fn for_language(language: &str) -> Self {
        Self {
            separator: crate::export::csv::separator_for(language),
            bom: true,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Self {
            separator: b',',
            bom: true,
        }
    }
}

/// One part: its title and its table (typed cells: dates, numbers,
/// shares), shared by the CSV and the workbook.
pub(super) struct Block {
    pub title: String,
    pub grid: Grid,
}

fn t(text: impl Into<String>) -> Field {
    let text = text.into();
    if text.is_empty() {
        Field::Empty
    } else {
        Field::Text(text)
    }
}

fn n(value: u64) -> Field {
    Field::Number(value)
}

/// The pack's parts as typed tables.
pub(super) fn blocks(plan: &Plan, pack: &Pack, s: &Strings) -> Vec<Block> {
    let items = super::Items::new(plan);
    let mut out = Vec::new();
    let activity_header = vec![
        tr!(s, "report-col-work-package"),
        tr!(s, "report-col-title"),
        tr!(s, "report-col-kind"),
        tr!(s, "report-col-first"),
        tr!(s, "report-col-last"),
        tr!(s, "report-col-times"),
        tr!(s, "report-col-responsible"),
        tr!(s, "report-col-contributors"),
        tr!(s, "report-col-status"),
        tr!(s, "report-col-notes"),
    ];
    for (title, not_done) in [
        (tr!(s, "report-part-activities"), false),
        (tr!(s, "report-part-not-done"), true),
    ] {
        let mut rows = Vec::new();
        for wp in &pack.work_packages {
            let list = if not_done {
                &wp.not_done
            } else {
                &wp.activities
            };
            for row in list {
                let Some(a) = items.activity(row.id) else {
                    continue;
                };
                rows.push(vec![
                    t(wp.id.as_ref().map_or_else(String::new, ToString::to_string)),
                    t(a.title.clone()),
                    t(words::kind(s, a.kind)),
                    Field::Date(row.first),
                    Field::Date(row.last),
                    n(row.occurrences as u64),
                    t(a.responsible.to_string()),
                    t(a.contributors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" ")),
                    t(words::status(s, a.status)),
                    t(a.notes.clone()),
                ]);
            }
        }
        out.push(Block {
            title,
            grid: Grid {
                header: activity_header.clone(),
                rows,
            },
        });
    }
    out.push(Block {
        title: tr!(s, "report-part-deliverables"),
        grid: Grid {
            header: vec![
                tr!(s, "report-col-code"),
                tr!(s, "report-col-title"),
                tr!(s, "report-col-work-package"),
                tr!(s, "report-col-responsible"),
                tr!(s, "report-col-due"),
                tr!(s, "report-col-status"),
                tr!(s, "report-col-submitted"),
                tr!(s, "report-col-overdue"),
                tr!(s, "report-col-link"),
            ],
            rows: pack
                .deliverables
                .iter()
                .filter_map(|row| items.deliverable(row.id).map(|d| (row, d)))
                .map(|(row, d)| {
                    vec![
                        t(d.code.clone()),
                        t(d.title.clone()),
                        t(d.work_package.to_string()),
                        t(d.lead.to_string()),
                        Field::Date(d.due),
                        t(words::deliverable_status(s, d.status)),
                        d.submitted.map_or(Field::Empty, Field::Date),
                        if row.overdue_at_end {
                            t(tr!(s, "report-yes"))
                        } else {
                            Field::Empty
                        },
                        t(d.link.clone().unwrap_or_default()),
                    ]
                })
                .collect(),
        },
    });
    out.push(Block {
        title: tr!(s, "report-part-indicators"),
        grid: Grid {
            header: vec![
                tr!(s, "report-col-code"),
                tr!(s, "report-col-title"),
                tr!(s, "report-col-unit"),
                tr!(s, "report-col-this-period"),
                tr!(s, "report-col-before"),
                tr!(s, "report-col-cumulative"),
                tr!(s, "report-col-target"),
                tr!(s, "report-col-share"),
            ],
            rows: pack
                .indicators
                .iter()
                .filter_map(|row| plan.indicator(row.id).map(|i| (row, i)))
                .map(|(row, i)| {
                    vec![
                        t(i.code.clone()),
                        t(i.name.clone()),
                        t(i.unit.clone()),
                        n(row.this_period),
                        n(row.before),
                        n(row.cumulative),
                        n(row.target),
                        Field::Ratio(f64::from(row.share)),
                    ]
                })
                .collect(),
        },
    });
    out.push(Block {
        title: tr!(s, "report-part-partners"),
        grid: Grid {
            header: vec![
                tr!(s, "report-col-partner"),
                tr!(s, "report-col-title"),
                tr!(s, "report-col-activities"),
                tr!(s, "report-col-entries"),
                tr!(s, "report-col-reach"),
                tr!(s, "report-col-participants"),
            ],
            rows: pack
                .partners
                .iter()
                .map(|row| {
                    vec![
                        t(row.id.to_string()),
                        t(plan
                            .partner(&row.id)
                            .map_or_else(String::new, |p| p.name.clone())),
                        n(row.activities as u64),
                        n(row.entries as u64),
                        n(row.reach),
                        n(row.participants),
                    ]
                })
                .collect(),
        },
    });
    out.push(Block {
        title: tr!(s, "report-part-groups"),
        grid: Grid {
            header: vec![
                tr!(s, "report-col-group"),
                tr!(s, "report-col-entries"),
                tr!(s, "report-col-reach"),
            ],
            rows: pack
                .groups
                .iter()
                .map(|row| {
                    vec![
                        t(words::target_group(s, row.group)),
                        n(row.entries as u64),
                        n(row.reach),
                    ]
                })
                .collect(),
        },
    });
    out.push(Block {
        title: tr!(s, "report-part-warnings"),
        grid: Grid {
            header: vec![tr!(s, "report-col-warning")],
            rows: pack
                .warnings
                .iter()
                .map(|w| vec![t(super::html::warning_text(plan, &items, s, w))])
                .collect(),
        },
    });
    out
}

/// Writes the pack as CSV.
pub fn write(plan: &Plan, pack: &Pack, s: &Strings, options: Options) -> Vec<u8> {
    let mut out = Vec::new();
    if options.bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(options.separator)
            .terminator(::csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(&mut out);
        fn record(writer: &mut ::csv::Writer<&mut Vec<u8>>, cells: &[String]) {
            // Writing into a Vec cannot fail; an error would be a bug in
            // the csv crate, and what was written is kept.
            if let Err(error) = writer.write_record(cells.iter().map(|c| csv_cell(c).into_owned()))
            {
                tracing::error!("report csv: {error}");
            }
        }
        let title = tr!(
            s,
            "report-title",
            project = plan.display_name(),
            period = pack.period.label()
        );
        record(&mut writer, &[title]);
        record(&mut writer, &[String::new()]);
        for block in blocks(plan, pack, s) {
            record(&mut writer, &[block.title]);
            record(&mut writer, &block.grid.header);
            for row in &block.grid.rows {
                let cells: Vec<String> = row.iter().map(Field::text).collect();
                record(&mut writer, &cells);
            }
            record(&mut writer, &[String::new()]);
        }
        if let Err(error) = writer.flush() {
            tracing::error!("report csv flush: {error}");
        }
    }
    out
}
