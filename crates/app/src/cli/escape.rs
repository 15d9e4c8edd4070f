//! Everything the command line prints goes through [`Escaped`]: text from
//! plans and partners' CSV files may hold terminal control sequences (ESC,
//! OSC, C1 CSI) that retitle the terminal, write the clipboard or erase the
//! line above. They are printed visibly escaped instead (`\x1b`,
//! `\u{9b}`), as ECMA-48 §5 defines the control functions.

use std::io::{self, Write};

/// A writer that escapes control characters: C0 (U+0000–U+001F) except
/// tab and line feed, DEL, and C1 (U+0080–U+009F). A carriage return is
/// kept only in a CRLF line break (iCalendar and CSV output). Valid UTF-8
/// passes unchanged; a byte cut between two writes is held until the next.
pub struct Escaped<'a> {
    inner: &'a mut dyn Write,
    held: Option<u8>,
}

impl<'a> Escaped<'a> {
    pub fn new(inner: &'a mut dyn Write) -> Self {
        Self { inner, held: None }
    }

    fn escape(&mut self, buf: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(buf.len() + 8);
        for &byte in buf {
            match self.held.take() {
                Some(b'\r') if byte == b'\n' => {
                    out.extend_from_slice(b"\r\n");
                    continue;
                }
                Some(b'\r') => out.extend_from_slice(b"\\r"),
                Some(0xC2) if (0x80..=0x9F).contains(&byte) => {
                    out.extend_from_slice(format!("\\u{{{byte:x}}}").as_bytes());
                    continue;
                }
                Some(other) => out.push(other),
                None => {}
            }
            match byte {
                b'\r' | 0xC2 => self.held = Some(byte),
                b'\n' | b'\t' => out.push(byte),
                0x00..=0x1F | 0x7F => out.extend_from_slice(format!("\\x{byte:02x}").as_bytes()),
                _ => out.push(byte),
            }
        }
        out
    }

    fn release(&mut self) -> io::Result<()> {
        match self.held.take() {
            Some(b'\r') => self.inner.write_all(b"\\r"),
            Some(byte) => self.inner.write_all(&[byte]),
            None => Ok(()),
        }
    }
}

impl Write for Escaped<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let escaped = self.escape(buf);
        self.inner.write_all(&escaped)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.release()?;
        self.inner.flush()
    }
}

impl Drop for Escaped<'_> {
    fn drop(&mut self) {
        let _ = self.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(pieces: &[&[u8]]) -> String {
        let mut sink = Vec::new();
        {
            let mut out = Escaped::new(&mut sink);
            for piece in pieces {
                out.write_all(piece).unwrap();
            }
        }
        String::from_utf8(sink).unwrap()
    }

    #[test]
    fn control_sequences_are_shown_not_obeyed() {
        assert_eq!(
            escaped(&[b"\x1b]0;owned\x07title\x1b[2K\n"]),
            "\\x1b]0;owned\\x07title\\x1b[2K\n"
        );
        assert_eq!(escaped(&["a\u{9b}31m b".as_bytes()]), "a\\u{9b}31m b");
        assert_eq!(escaped(&[b"VEN\0"]), "VEN\\x00");
        assert_eq!(escaped(&[b"erase\rline"]), "erase\\rline");
    }

    #[test]
    fn text_and_crlf_line_breaks_pass_even_split_between_writes() {
        assert_eq!(escaped(&[b"BEGIN\r", b"\nEND\r\n"]), "BEGIN\r\nEND\r\n");
        let word = "Übung — città\tok\n";
        let bytes = word.as_bytes();
        assert_eq!(escaped(&[&bytes[..1], &bytes[1..]]), word);
        assert_eq!(escaped(&["\u{80}".as_bytes()]), "\\u{80}");
        assert_eq!(escaped(&[b"end\r"]), "end\\r");
    }
}
