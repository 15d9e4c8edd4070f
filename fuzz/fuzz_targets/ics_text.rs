//! Any text written into an iCalendar content line survives escaping and
//! folding: unfolding and unescaping gives the text back (with line breaks
//! made `\n` and the control characters TEXT may not hold dropped), no
//! physical line is longer than 75 octets, no line splits a UTF-8
//! character, and the escaped value holds no bare line break.
#![no_main]

use commplan_core::export::ics::unescape;
use commplan_core::export::text::{FOLD_AT, fold_into, ics_text, unfold};
use libfuzzer_sys::fuzz_target;

/// What the text must read as after a round trip: CRLF and a lone CR are
/// one line break, other control characters except the tab are dropped.
fn expected(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fuzz_target!(|bytes: &[u8]| {
    // The first byte sets the length of the property name, so that folds
    // fall at every offset of the value; the rest is the text.
    let Some((&first, rest)) = bytes.split_first() else {
        return;
    };
    let name = "X".repeat(usize::from(first % 90) + 1);
    let text = String::from_utf8_lossy(rest);

    let escaped = ics_text(&text);
    assert!(
        !escaped.contains(['\r', '\n']),
        "an escaped value holds no bare line break: {escaped:?}"
    );
    assert!(
        !escaped.chars().any(|c| c.is_control() && c != '\t'),
        "an escaped value holds no control character but the tab: {escaped:?}"
    );
    assert_eq!(
        unescape(&escaped),
        expected(&text),
        "unescaping gives the text back"
    );

    let line = format!("{name}:{escaped}");
    let mut folded = String::new();
    fold_into(&mut folded, &line);
    assert!(folded.ends_with("\r\n"), "a content line ends with CRLF");

    let body = &folded.as_bytes()[..folded.len() - 2];
    for (index, physical) in body.split(|&b| b == b'\n').enumerate() {
        // Every physical line but the last ends with the CR of its CRLF.
        let physical = physical.strip_suffix(b"\r").unwrap_or(physical);
        assert!(
            physical.len() <= FOLD_AT,
            "line {index} has {} octets: {:?}",
            physical.len(),
            String::from_utf8_lossy(physical)
        );
        assert!(
            std::str::from_utf8(physical).is_ok(),
            "line {index} splits a UTF-8 character"
        );
        if index > 0 {
            assert!(
                physical.first() == Some(&b' '),
                "a continuation line starts with a space"
            );
            assert!(physical.len() > 1, "a continuation line carries something");
        }
    }

    assert_eq!(
        unfold(&folded),
        format!("{line}\r\n"),
        "unfolding gives the line back"
    );
    let value = unfold(&folded);
    let value = value
        .strip_prefix(&format!("{name}:"))
        .and_then(|v| v.strip_suffix("\r\n"))
        .unwrap_or_default();
    assert_eq!(
        unescape(value),
        expected(&text),
        "unfolding and unescaping gives the text back"
    );
});
