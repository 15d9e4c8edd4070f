//! Escaping and line folding for the export formats. Each function is total:
//! any text goes in, and the format's rules hold for what comes out.

/// Escapes an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, comma,
/// semicolon and newlines. Other control characters, which TEXT may not
/// hold, are dropped; a tab is kept.
pub fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                // CRLF and a lone CR are one line break each.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI or other non-TEXT value: no escaping is allowed there, so only the
/// characters that would break the line structure are removed.
pub fn ics_raw(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// The longest a content line may be, in octets, without its CRLF.
pub const FOLD_AT: usize = 75;

/// Appends one content line to `out`, folded so that no physical line
/// exceeds 75 octets (RFC 5545 §3.1), never inside a UTF-8 character, and
/// ends it with CRLF.
pub fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = FOLD_AT;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space of a continuation line counts too.
        limit = FOLD_AT - 1;
    }
}

/// Undoes [`fold_into`]'s folding (for tests and readers).
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// Escapes text for HTML content and attribute values.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Neutralises a CSV cell that a spreadsheet would evaluate: one starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
/// apostrophe, so Excel and LibreOffice show it as text.
pub fn csv_cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ics_text_escapes_the_four_specials() {
        assert_eq!(
            ics_text("a\\b,c;d\ne\r\nf\rg"),
            "a\\\\b\\,c\\;d\\ne\\nf\\ng"
        );
        assert_eq!(ics_text("bell\u{7}tab\t"), "belltab\t");
    }

    #[test]
    fn folding_keeps_lines_short_and_characters_whole() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(100));
        fold_into(&mut out, &line);
        for physical in out.split_terminator("\r\n") {
            assert!(physical.len() <= FOLD_AT, "{} octets", physical.len());
        }
        assert_eq!(unfold(&out), format!("{line}\r\n"));
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let mut out = String::new();
        let line = "X".repeat(75);
        fold_into(&mut out, &line);
        assert_eq!(out, format!("{line}\r\n"));
    }

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("plain, text"), "plain, text");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn html_escapes_markup() {
        assert_eq!(
            html("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
