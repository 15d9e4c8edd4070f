//! From the bytes a spreadsheet saved to text: byte order marks, UTF-8 or
//! UTF-16, Windows-1252 when the file is not UTF-8, Excel's `sep=` line,
//! and which separator the file uses.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// A file's text and how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    /// The encoding the bytes were read as ("UTF-8", "windows-1252").
    pub encoding: &'static str,
    /// The field separator: `,`, `;` or a tab.
    pub separator: u8,
    /// Lines taken off the top (Excel's `sep=;`), to keep line numbers
    /// true to the file.
    pub skipped_lines: u64,
}

/// Decodes a CSV file's bytes. A byte order mark decides the encoding;
/// without one the bytes are UTF-8 when they are valid UTF-8, else
/// Windows-1252 (what Excel on Windows writes as "CSV").
pub fn decode(bytes: &[u8]) -> Text {
    let (encoding, body): (&'static Encoding, &[u8]) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (encoding, &bytes[bom..]),
        None if std::str::from_utf8(bytes).is_ok() => (UTF_8, bytes),
        None => (WINDOWS_1252, bytes),
    };
    let (text, _) = encoding.decode_without_bom_handling(body);
    finish(text.into_owned(), encoding)
}

/// [`decode`], taking the bytes: UTF-8 (with or without a byte order mark)
/// becomes the text without a copy, so reading a file takes its size once,
/// not twice.
pub fn decode_owned(mut bytes: Vec<u8>) -> Text {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else if Encoding::for_bom(&bytes).is_some() {
        return decode(&bytes);
    } else {
        0
    };
    if std::str::from_utf8(&bytes[bom..]).is_err() {
        return decode(&bytes);
    }
    bytes.drain(..bom);
    match String::from_utf8(bytes) {
        Ok(text) => finish(text, UTF_8),
        Err(error) => decode(error.as_bytes()),
    }
}

/// Excel's `sep=` line and the separator, on decoded text.
fn finish(mut text: String, encoding: &'static Encoding) -> Text {
    // Old Mac Excel ends lines with a lone CR: made LF, so that lines are
    // counted, and `sep=` found, as in any other file.
    if text.contains('\r') {
        text = lone_cr_to_lf(&text);
    }
    let mut skipped_lines = 0;
    let mut separator = None;
    // Excel writes and reads a first line `sep=;` naming the separator.
    if let Some(first) = text.lines().next() {
        // Not `trim()`: the separator named may be a tab.
        let hint = first.trim_matches([' ', '\r', '"']);
        if let Some(rest) = hint
            .strip_prefix("sep=")
            .or_else(|| hint.strip_prefix("SEP="))
            && let [byte] = rest.as_bytes()
        {
            separator = Some(*byte);
            let cut = text.find('\n').map_or(text.len(), |n| n + 1);
            text.drain(..cut);
            skipped_lines = 1;
        }
    }
    let separator = separator.unwrap_or_else(|| sniff(&text));
    Text {
        text,
        encoding: encoding.name(),
        separator,
        skipped_lines,
    }
}

/// Every CR not followed by LF made LF (CRLF stays).
fn lone_cr_to_lf(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// Picks the separator the header line uses most: `;` (spreadsheets in
/// languages with a decimal comma), `,` or a tab. Comment lines (`#`) and
/// blank lines before the header are passed over.
fn sniff(text: &str) -> u8 {
    let header = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#') && !line.starts_with("\"#"));
    let Some(header) = header else {
        return b',';
    };
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in header.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(slot) = counts.iter_mut().find(|(c, _)| *c == byte) {
            slot.1 += 1;
        }
    }
    // Most used wins; on a tie the order above decides (comma first).
    let best = counts
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
    match best {
        Some((byte, count)) if *count > 0 => *byte,
        _ => b',',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("date,title\n".as_bytes());
        assert_eq!(plain.text, "date,title\n");
        assert_eq!(plain.encoding, "UTF-8");
        let bom = decode(b"\xEF\xBB\xBFdate;titolo\n");
        assert_eq!(bom.text, "date;titolo\n");
        assert_eq!(bom.separator, b';');
    }

    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        let cases: [&[u8]; 5] = [
            b"date,title\n",
            b"\xEF\xBB\xBFdate;titolo\n",
            b"sep=;\r\ndate;title,with comma\n",
            b"date;titre\n2017-06-29;R\xE9union\n",
            b"\xFF\xFEd\x00\n\x00",
        ];
        for bytes in cases {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        let text = decode(b"date;titre\n2017-06-29;R\xE9union \xE0 Lyon\n");
        assert_eq!(text.encoding, "windows-1252");
        assert!(text.text.contains("Réunion à Lyon"), "{}", text.text);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "date\ttitle\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let text = decode(&bytes);
        assert_eq!(text.text, "date\ttitle\n");
        assert_eq!(text.separator, b'\t');
    }

    #[test]
    fn excel_sep_line_names_the_separator_and_is_dropped() {
        let text = decode(b"sep=;\r\ndate;title,with comma\n");
        assert_eq!(text.separator, b';');
        assert_eq!(text.skipped_lines, 1);
        assert!(text.text.starts_with("date;"));
    }

    #[test]
    fn sep_line_naming_the_tab() {
        let text = decode(b"sep=\t\r\ndate\ttitle,with comma\r\n");
        assert_eq!(text.separator, b'\t');
        assert_eq!(text.skipped_lines, 1);
        assert!(text.text.starts_with("date\t"));
    }

    #[test]
    fn old_mac_line_ends() {
        let text = decode(b"sep=;\rdate;title\r2017-06-29;x\r");
        assert_eq!(text.separator, b';');
        assert_eq!(text.text, "date;title\n2017-06-29;x\n");
        let plain = decode(b"date,title\r\n2017-06-29,x\r\n");
        assert_eq!(plain.text, "date,title\r\n2017-06-29,x\r\n");
    }

    #[test]
    fn separators_inside_quotes_do_not_count() {
        assert_eq!(sniff("\"a;b;c;d\",x,y\n"), b',');
        assert_eq!(sniff("# a, b, c, d\ndate;title;channel\n"), b';');
        assert_eq!(sniff(""), b',');
    }
}
