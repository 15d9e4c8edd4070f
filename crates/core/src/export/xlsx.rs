//! Tables as Excel workbooks (Office Open XML, ECMA-376) written with
//! `rust_xlsxwriter`: header and vocabulary words in the chosen language,
//! dates as date cells, counts as numbers, the header row frozen, an
//! autofilter, and columns as wide as their contents. And the partners'
//! template as a workbook, with drop-down lists for the vocabulary.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, FormatBorder, Formula, Workbook, Worksheet,
    XlsxError,
};

use super::csv::Table;
use super::table::{Field, Grid, grid};
use super::{ExportError, Scope, words};
use crate::i18n::Strings;
use crate::import::Column;
use crate::plan::Plan;
use crate::vocab::{Channel, TargetGroup};
use crate::{PartnerId, tr};

/// Rows of the template that carry drop-down lists and formats.
const TEMPLATE_ROWS: u32 = 1000;

fn failed(error: XlsxError) -> ExportError {
    ExportError::Workbook(error.to_string())
}

/// The date format of date cells: ISO 8601, read the same in every
/// language's Excel.
fn date_format() -> Format {
    Format::new().set_num_format("yyyy-mm-dd")
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color("DDE6F0")
        .set_border_bottom(FormatBorder::Thin)
}

/// A sheet's name from a title: at most 31 characters, none of `[]:*?/\`
/// (ECMA-376 Part 1 §18.2.20).
pub(crate) fn sheet_name(title: &str) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if clean.trim().is_empty() {
        "Sheet1".to_owned()
    } else {
        clean
    }
}

/// Widths in characters from the longest cell of each column (10 to 60).
fn widths(grid: &Grid) -> Vec<f64> {
    let mut widths: Vec<usize> = grid.header.iter().map(|h| h.chars().count() + 2).collect();
    for row in grid.rows.iter().take(2000) {
        for (i, field) in row.iter().enumerate() {
            let len = match field {
                Field::Date(_) => 11,
                other => other.text().chars().count() + 1,
            };
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(len);
            }
        }
    }
    widths.into_iter().map(|w| w.clamp(10, 60) as f64).collect()
}

/// Writes a table on a sheet: header, typed cells, widths, frozen header
/// and autofilter.
pub(crate) fn write_grid(sheet: &mut Worksheet, grid: &Grid) -> Result<(), XlsxError> {
    let header = header_format();
    let date = date_format();
    let percent = Format::new().set_num_format("0.0%");
    for (c, name) in grid.header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, name, &header)?;
    }
    for (r, row) in grid.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, field) in row.iter().enumerate() {
            let c = c as u16;
            match field {
                Field::Text(text) if !text.is_empty() => {
                    sheet.write_string(r, c, text)?;
                }
                Field::Text(_) | Field::Empty => {}
                Field::Date(day) => {
                    sheet.write_datetime_with_format(r, c, day, &date)?;
                }
                Field::Number(n) => {
                    sheet.write_number(r, c, *n as f64)?;
                }
                Field::Ratio(x) => {
                    sheet.write_number_with_format(r, c, *x, &percent)?;
                }
            }
        }
    }
    for (c, width) in widths(grid).into_iter().enumerate() {
        sheet.set_column_width(c as u16, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let last_column = grid.header.len().saturating_sub(1) as u16;
    sheet.autofilter(0, 0, grid.rows.len() as u32, last_column)?;
    Ok(())
}

/// The sheet's title for a table, in `strings`' language.
fn title(strings: &Strings, table: Table) -> String {
    match table {
        Table::Activities => tr!(strings, "sheet-title-activities"),
        Table::Deliverables => tr!(strings, "sheet-title-deliverables"),
        Table::Dissemination => tr!(strings, "sheet-title-dissemination"),
        Table::Partners => tr!(strings, "sheet-title-partners"),
        Table::IndicatorsByPeriod => tr!(strings, "sheet-title-indicators-by-period"),
        Table::IndicatorsByPartner => tr!(strings, "sheet-title-indicators-by-partner"),
    }
}

/// Writes a table of the plan as an XLSX workbook of one sheet.
///
/// Errors: [`ExportError::Workbook`] when the writer refuses (it should
/// not for any plan; the message names the cause).
pub fn write(
    plan: &Plan,
    scope: &Scope,
    table: Table,
    strings: &Strings,
) -> Result<Vec<u8>, ExportError> {
    let grid = grid(plan, scope, table, Some(strings));
    let mut workbook = Workbook::new();
    // Deflate's fastest level: about as small for tables, much quicker.
    workbook.set_zip_compression_level(1);
    let sheet = workbook.add_worksheet();
    sheet
        .set_name(sheet_name(&title(strings, table)))
        .map_err(failed)?;
    write_grid(sheet, &grid).map_err(failed)?;
    workbook.save_to_buffer().map_err(failed)
}

/// The template's hint for a column, in `strings`' language.
fn hint(strings: &Strings, column: Column, language: &str) -> String {
    let channels = super::super::import::words::channel_words(language).join(", ");
    match column {
        Column::Date => tr!(strings, "template-hint-date"),
        Column::Partner => tr!(strings, "template-hint-partner"),
        Column::Channel => tr!(strings, "template-hint-channel", words = channels.as_str()),
        Column::Title => tr!(strings, "template-hint-title"),
        Column::TargetGroup => tr!(strings, "template-hint-target-group"),
        Column::Reach => tr!(strings, "template-hint-reach"),
        Column::Participants => tr!(strings, "template-hint-participants"),
        Column::Language => tr!(strings, "template-hint-language"),
        Column::Link => tr!(strings, "template-hint-link"),
        Column::Notes => tr!(strings, "template-hint-notes"),
        Column::Activity => tr!(strings, "template-hint-activity"),
    }
}

/// The empty dissemination log template as a workbook, in `strings`'
/// language: row 1 the column headers, row 2 a hint for each column (its
/// first cell starts with `#`, so the importer passes over it), then rows
/// with drop-down lists of the channels, target groups and languages in
/// that language (kept on a hidden sheet "Lists"), date and number
/// formats, and `partner`'s id filled in when one is given.
///
/// Errors: [`ExportError::Workbook`].
pub fn template(partner: Option<&PartnerId>, strings: &Strings) -> Result<Vec<u8>, ExportError> {
    let language = strings.language().to_owned();
    let build = || -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        let header = header_format();
        let hint_format = Format::new()
            .set_italic()
            .set_font_color("666666")
            .set_text_wrap();
        let date = date_format();
        let whole = Format::new().set_num_format("#,##0");
        let text = Format::new().set_num_format("@");

        let channels: Vec<String> = Channel::ALL
            .iter()
            .map(|c| words::channel(strings, *c))
            .collect();
        let groups: Vec<String> = TargetGroup::ALL
            .iter()
            .map(|g| words::target_group(strings, *g))
            .collect();
        let languages = ["it", "de", "fr", "sl", "en"];

        let sheet = workbook.add_worksheet();
        sheet.set_name(sheet_name(&title(strings, Table::Dissemination)))?;
        let last = TEMPLATE_ROWS + 1;
        for (c, column) in Column::ALL.iter().enumerate() {
            let c = c as u16;
            let name = super::headers::header(strings, column.name());
            sheet.write_string_with_format(0, c, &name, &header)?;
            let mut words = hint(strings, *column, &language);
            if c == 0 {
                words = format!("# {words}");
            }
            sheet.write_string_with_format(1, c, &words, &hint_format)?;
            let (width, format) = match column {
                Column::Date => (14.0, Some(&date)),
                Column::Reach | Column::Participants | Column::Activity => (14.0, Some(&whole)),
                Column::Partner | Column::Language => (12.0, Some(&text)),
                Column::Title | Column::Notes | Column::Link => (40.0, None),
                _ => (24.0, None),
            };
            match format {
                Some(format) => sheet
                    .set_column_width(c, width)?
                    .set_column_format(c, format)?,
                None => sheet.set_column_width(c, width)?,
            };
        }
        sheet.set_row_height(1, 45)?;
        sheet.set_freeze_panes(2, 0)?;
        if let Some(id) = partner {
            let at = Column::Partner as u16;
            for row in 2..last {
                sheet.write_string(row, at, id.as_str())?;
            }
        }
        let list = |column: usize, count: usize| {
            let letter = char::from(b'A' + column as u8);
            DataValidation::new()
                .allow_list_formula(Formula::new(format!(
                    "=Lists!${letter}$1:${letter}${count}"
                )))
                .set_error_style(DataValidationErrorStyle::Warning)
        };
        sheet.add_data_validation(
            2,
            Column::Channel as u16,
            last,
            Column::Channel as u16,
            &list(0, channels.len()),
        )?;
        sheet.add_data_validation(
            2,
            Column::TargetGroup as u16,
            last,
            Column::TargetGroup as u16,
            &list(1, groups.len()),
        )?;
        sheet.add_data_validation(
            2,
            Column::Language as u16,
            last,
            Column::Language as u16,
            &list(2, languages.len()),
        )?;

        let lists = workbook.add_worksheet();
        lists.set_name("Lists")?;
        for (r, word) in channels.iter().enumerate() {
            lists.write_string(r as u32, 0, word)?;
        }
        for (r, word) in groups.iter().enumerate() {
            lists.write_string(r as u32, 1, word)?;
        }
        for (r, code) in languages.iter().enumerate() {
            lists.write_string(r as u32, 2, *code)?;
        }
        lists.set_hidden(true);
        workbook.save_to_buffer()
    };
    build().map_err(failed)
}
