//! The rejected rows of an import as a workbook to send back to the
//! partner: the file's own header and cells, row by row as they were, and a
//! last column with the reason each row was refused, in the partner's
//! language. Corrected and sent again, it imports like any log.

use rust_xlsxwriter::{Format, FormatBorder, Workbook, XlsxError};

use super::Preview;
use super::cells::Cell;
use super::source::Source;

/// Writes the rejected rows of `preview` (read from `source`) with
/// `reasons[i]` beside `preview.rejected[i]`; `reason_header` heads the
/// reason column. Numbers stay numbers and dates date cells.
///
/// Errors: the writer's, as text (it should not fail for any file).
pub fn workbook(
    source: &Source,
    preview: &Preview,
    reasons: &[String],
    reason_header: &str,
) -> Result<Vec<u8>, String> {
    let build = || -> Result<Vec<u8>, XlsxError> {
        let sheet_rows = source
            .sheets
            .iter()
            .find(|s| s.name == preview.sheet)
            .map(|s| s.rows.as_slice())
            .unwrap_or_default();
        let find = |line: u64| sheet_rows.iter().find(|r| r.line == line);
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        let bold = Format::new()
            .set_bold()
            .set_border_bottom(FormatBorder::Thin);
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let header = find(preview.header_line)
            .map(|r| r.cells.clone())
            .unwrap_or_default();
        let width = preview
            .rejected
            .iter()
            .filter_map(|r| find(r.line))
            .map(|r| r.cells.len())
            .chain(std::iter::once(header.len()))
            .max()
            .unwrap_or(0);
        for (c, cell) in header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, cell.text().as_ref(), &bold)?;
        }
        let reason_column = width as u16;
        sheet.write_string_with_format(0, reason_column, reason_header, &bold)?;
        for (i, rejected) in preview.rejected.iter().enumerate() {
            let r = i as u32 + 1;
            if let Some(record) = find(rejected.line) {
                for (c, cell) in record.cells.iter().enumerate() {
                    let c = c as u16;
                    match cell {
                        Cell::Empty => {}
                        Cell::Text(text) => {
                            sheet.write_string(r, c, text)?;
                        }
                        Cell::Number(n) => {
                            sheet.write_number(r, c, *n)?;
                        }
                        Cell::Date(at) => {
                            sheet.write_datetime_with_format(r, c, at, &date)?;
                        }
                    }
                }
            }
            let reason = reasons.get(i).map(String::as_str).unwrap_or_default();
            sheet.write_string(r, reason_column, reason)?;
        }
        sheet.set_column_width(reason_column, 60)?;
        sheet.set_freeze_panes(1, 0)?;
        workbook.save_to_buffer()
    };
    build().map_err(|e| e.to_string())
}
