//! Limits on what a CSV file may hold, checked in one pass before any row
//! is read, in constant memory: a hostile or broken file is refused with
//! its line before the CSV reader builds records of millions of cells.
//! Quotes follow RFC 4180 §2 (a field starts with `"`, `""` inside one is a
//! quote), leniently as the reader does: a quote inside an unquoted field
//! is text.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use super::decode::Text;
use super::reason::FileError;
use crate::fl;

/// The longest line (a record, with quoted line breaks) a log may have,
/// in characters: a long "notes" cell fits many times over.
pub const MAX_LINE: usize = 1024 * 1024;

/// The most columns a row may have (the log has eleven).
pub const MAX_COLUMNS: usize = 1000;

/// The most rows (lines that are not blank) a file may have besides its
/// header: a partner's
/// log for a whole project is a few hundred. Each row read becomes a log
/// entry of a few hundred bytes in memory, so this bounds the memory an
/// import takes beyond twice the file's size.
pub const MAX_ROWS: usize = 100_000;

/// Reads at most `limit` bytes of the file at `path`, from a regular file,
/// a pipe, a FIFO or a device alike (`/dev/zero` never ends; a pipe has no
/// size to check first).
///
/// Errors: the file cannot be read; `FileTooLarge` when it holds more
/// than `limit` bytes.
pub fn read_bytes(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let file = File::open(path)?;
    let known = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    if known.is_some_and(|size| size > limit) {
        return Err(io::Error::from(io::ErrorKind::FileTooLarge));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(known.unwrap_or(0)).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::from(io::ErrorKind::FileTooLarge));
    }
    Ok(bytes)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: the field's end, or `""`.
    QuoteInQuoted,
}

/// Checks the decoded text: no control characters but tab and line
/// breaks (a NUL in a partner id would match another partner), no line
/// longer than [`MAX_LINE`], no row wider than [`MAX_COLUMNS`], no more
/// than [`MAX_ROWS`] rows, every quote closed. Line numbers count from 1, as the file's.
pub fn check(text: &Text) -> Result<(), FileError> {
    let malformed = |line: u64, reason: String| FileError::Malformed { line, reason };
    let first_line = 1 + text.skipped_lines;
    let mut line = first_line;
    let mut record_line = line;
    let mut quote_line = line;
    let mut length = 0usize;
    let mut columns = 1usize;
    let mut state = State::FieldStart;
    let mut rows = 0usize;
    for c in text.text.chars() {
        if c == '\n' {
            line += 1;
            if state == State::Quoted {
                length += 1;
            } else {
                if length > 0 {
                    rows += 1;
                    if rows > MAX_ROWS + 1 {
                        return Err(malformed(
                            record_line,
                            fl!("import-row-limit", limit = MAX_ROWS),
                        ));
                    }
                }
                state = State::FieldStart;
                record_line = line;
                length = 0;
                columns = 1;
            }
            continue;
        }
        if c.is_control() && c != '\t' && c != '\r' {
            let code = format!("U+{:04X}", u32::from(c));
            return Err(malformed(
                line,
                fl!("import-control-character", code = code),
            ));
        }
        length += 1;
        if length > MAX_LINE {
            return Err(malformed(
                record_line,
                fl!("import-line-too-long", limit = MAX_LINE),
            ));
        }
        let separator = c.is_ascii() && c as u8 == text.separator;
        state = match (state, c) {
            (State::FieldStart, '"') => {
                quote_line = line;
                State::Quoted
            }
            (State::Quoted, '"') => State::QuoteInQuoted,
            (State::Quoted, _) => State::Quoted,
            (State::QuoteInQuoted, '"') => State::Quoted,
            (_, _) if separator => {
                columns += 1;
                if columns > MAX_COLUMNS {
                    return Err(malformed(
                        record_line,
                        fl!("import-column-limit", limit = MAX_COLUMNS),
                    ));
                }
                State::FieldStart
            }
            _ => State::Unquoted,
        };
    }
    if state == State::Quoted {
        return Err(malformed(quote_line, fl!("import-unclosed-quote")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text {
        Text {
            text: s.to_owned(),
            encoding: "UTF-8",
            separator: b',',
            skipped_lines: 0,
        }
    }

    fn line_of(s: &str) -> Option<u64> {
        match check(&text(s)) {
            Ok(()) => None,
            Err(FileError::Malformed { line, .. }) => Some(line),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn good_files_pass() {
        assert_eq!(
            line_of("a,b\r\n\"x, \"\"y\"\"\nz\",5\" screen\n\tx\n"),
            None
        );
    }

    #[test]
    fn control_characters_are_refused_with_their_line() {
        assert_eq!(line_of("date,partner\n2017-01-01,VEN\0\n"), Some(2));
        assert_eq!(line_of("a\nb\nc\x1b]0;x\x07\n"), Some(3));
        assert_eq!(line_of("a\u{9b}b"), Some(1));
        let error = check(&text("a\n\0")).unwrap_err().to_string();
        assert!(error.contains("U+0000"), "{error}");
    }

    #[test]
    fn an_unclosed_quote_is_named_with_the_line_it_opens_on() {
        assert_eq!(line_of("a,b\nx,\"never closed\ny,z\n"), Some(2));
        let error = check(&text("\"open")).unwrap_err().to_string();
        assert!(error.contains("quote"), "{error}");
    }

    #[test]
    fn rows_too_wide_or_too_long_are_refused() {
        assert_eq!(
            line_of(&format!("a\n{}\n", ",".repeat(MAX_COLUMNS))),
            Some(2)
        );
        assert_eq!(line_of(&",".repeat(MAX_COLUMNS - 1)), None);
        assert_eq!(
            line_of(&format!("a\nb\n{}", "x".repeat(MAX_LINE + 1))),
            Some(3)
        );
        let rows = "r\n\n".repeat(MAX_ROWS);
        assert_eq!(line_of(&rows), None, "blank lines do not count");
        assert_eq!(line_of(&format!("{rows}r\n")), None, "and a header");
        assert_eq!(
            line_of(&format!("{rows}r\nr\n")),
            Some(2 * MAX_ROWS as u64 + 2)
        );
    }

    #[test]
    fn reading_stops_at_the_limit_whatever_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log.csv");
        std::fs::write(&path, "x".repeat(100)).unwrap();
        assert_eq!(read_bytes(&path, 100).unwrap().len(), 100);
        let error = read_bytes(&path, 99).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::FileTooLarge);
        #[cfg(unix)]
        {
            let error = read_bytes(Path::new("/dev/zero"), 1000).unwrap_err();
            assert_eq!(error.kind(), io::ErrorKind::FileTooLarge);
        }
    }
}
