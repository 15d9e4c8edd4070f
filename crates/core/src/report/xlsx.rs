//! The pack as a workbook (Office Open XML, written with
//! `rust_xlsxwriter`): one sheet per part, typed cells (dates as date
//! cells, counts as numbers, shares as percentages), headers in the chosen
//! language, the header row frozen and filtered, as the table exports are.

use super::Pack;
use crate::export::ExportError;
use crate::export::xlsx::{sheet_name, write_grid};
use crate::i18n::Strings;
use crate::plan::Plan;

/// Writes the pack as an XLSX workbook.
///
/// # Errors
/// [`ExportError::Workbook`] when the writer refuses (it should not for any
/// plan; the message names the cause).
pub fn write(plan: &Plan, pack: &Pack, s: &Strings) -> Result<Vec<u8>, ExportError> {
    let failed = |e: rust_xlsxwriter::XlsxError| ExportError::Workbook(e.to_string());
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.set_zip_compression_level(1);
    let mut used: Vec<String> = Vec::new();
    for block in super::csv::blocks(plan, pack, s) {
        // Sheet names are unique and at most 31 characters.
        let mut name = sheet_name(&block.title);
        let mut k = 2;
        while used.iter().any(|u| u.eq_ignore_ascii_case(&name)) {
            let suffix = format!(" {k}");
            name = format!(
                "{}{suffix}",
                name.chars().take(31 - suffix.len()).collect::<String>()
            );
            k += 1;
        }
        used.push(name.clone());
        let sheet = workbook.add_worksheet();
        sheet.set_name(&name).map_err(failed)?;
        write_grid(sheet, &block.grid).map_err(failed)?;
    }
    workbook.save_to_buffer().map_err(failed)
}
