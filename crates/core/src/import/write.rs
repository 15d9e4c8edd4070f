//! The other direction: the log as CSV in the template's layout (what the
//! importer reads back unchanged), and the empty template itself.

use std::io::{self, Write};

use super::columns::Column;
use super::values::needs_guard;
use super::words;
use crate::fl;
use crate::log::LogEntry;

/// Excel opens a CSV as UTF-8 only when it starts with a byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

fn io_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Free text as a cell a spreadsheet will not run as a formula.
fn guarded(text: &str) -> String {
    if needs_guard(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The header row: the stable English column names.
fn header() -> Vec<&'static str> {
    Column::ALL.iter().map(|c| c.name()).collect()
}

/// Writes log entries as CSV in the template's columns (UTF-8 with a byte
/// order mark, comma-separated). Importing the file into a plan with the
/// same partners and activities gives the same entries back.
pub fn write_log<'a, W: Write>(
    mut out: W,
    entries: impl IntoIterator<Item = &'a LogEntry>,
) -> io::Result<()> {
    out.write_all(BOM)?;
    let mut csv = writer(out);
    csv.write_record(header()).map_err(io_error)?;
    for e in entries {
        let record = [
            e.date.format("%Y-%m-%d").to_string(),
            guarded(e.partner.as_str()),
            e.channel.slug().to_owned(),
            guarded(&e.title),
            e.target_group
                .map(|g| g.slug().to_owned())
                .unwrap_or_default(),
            e.reach.to_string(),
            e.participants.map(|p| p.to_string()).unwrap_or_default(),
            e.language.as_ref().map(|l| l.0.clone()).unwrap_or_default(),
            e.link.as_deref().map(guarded).unwrap_or_default(),
            guarded(&e.notes),
            e.activity.map(|a| a.0.to_string()).unwrap_or_default(),
        ];
        csv.write_record(&record).map_err(io_error)?;
    }
    csv.flush()
}

/// Writes the empty template partners fill in: the header row in
/// `language` (it, de, fr, sl or en; the importer reads every language's
/// headers), then one comment row (skipped on import) that explains each
/// column in the current language, with the channel words of `language`.
/// UTF-8 with a byte order mark, separated by what Excel in `language`
/// expects (`;` for it, de, fr, sl).
pub fn template<W: Write>(mut out: W, language: &str) -> io::Result<()> {
    out.write_all(BOM)?;
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .delimiter(crate::export::csv::separator_for(language))
        .from_writer(out);
    let strings = crate::i18n::Strings::new(language);
    let names: Vec<String> = Column::ALL
        .iter()
        .map(|c| crate::export::headers::header(&strings, c.name()))
        .collect();
    csv.write_record(&names).map_err(io_error)?;
    let channels = words::channel_words(language).join(", ");
    let hints: Vec<String> = Column::ALL
        .iter()
        .map(|column| match column {
            Column::Date => fl!("template-hint-date"),
            Column::Partner => fl!("template-hint-partner"),
            Column::Channel => fl!("template-hint-channel", words = channels.as_str()),
            Column::Title => fl!("template-hint-title"),
            Column::TargetGroup => fl!("template-hint-target-group"),
            Column::Reach => fl!("template-hint-reach"),
            Column::Participants => fl!("template-hint-participants"),
            Column::Language => fl!("template-hint-language"),
            Column::Link => fl!("template-hint-link"),
            Column::Notes => fl!("template-hint-notes"),
            Column::Activity => fl!("template-hint-activity"),
        })
        .enumerate()
        .map(|(i, hint)| if i == 0 { format!("# {hint}") } else { hint })
        .collect();
    csv.write_record(&hints).map_err(io_error)?;
    csv.flush()
}
