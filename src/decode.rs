//! Decoding: bytes from a file into text.
//!
//! UTF-8 (with or without BOM) and UTF-16 (with a BOM, or sniffed without
//! one) are read as they are. UTF-8 with a few bad bytes stays UTF-8, the
//! bad bytes replaced and each place named in a diagnostic. Bytes that read
//! as Windows-1252 as a whole (the usual encoding of older Word and PDF
//! exports) are decoded as that, with a diagnostic. Input with NUL bytes in
//! its first block and no UTF-16 rhythm is binary and is refused with a
//! [`DecodeError`].

use std::fmt;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::diagnostic::{Code, Diagnostic, Severity};

/// How many leading bytes are sniffed for NUL bytes, as git and ripgrep do.
const SNIFF_LEN: usize = 8 * 1024;

/// Text decoded from bytes, with what was noticed on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.
    pub encoding: &'static str,
    pub diagnostics: Vec<Diagnostic>,
}

/// Why bytes could not be read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A NUL byte was found at this offset and there is no UTF-16 BOM.
    Binary { offset: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary { offset } => {
                write!(f, "binary data, not text (NUL byte at offset {offset})")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `bytes` into text (a copy; see [`decode_owned`] to decode a
/// buffer in place).
///
/// ```
/// use inspection_extract::decode::decode;
/// let d = decode(b"\xEF\xBB\xBFEmbargoed until 00:01").unwrap();
/// assert_eq!(d.text, "Embargoed until 00:01");
/// assert_eq!(d.encoding, "utf-8");
/// // 0x96 is an en dash in Windows-1252 and invalid as UTF-8.
/// let d = decode(b"3\x9611 March").unwrap();
/// assert_eq!(d.text, "3\u{2013}11 March");
/// assert_eq!(d.encoding, "windows-1252");
/// assert!(decode(b"PK\x03\x04\x00\x00").is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_owned(bytes.to_vec())
}

/// Decodes `bytes` into text, reusing the buffer when it is UTF-8 already
/// (the usual case), so a large input is not held twice.
///
/// Valid UTF-8 stays UTF-8: a few bad bytes in it become U+FFFD, each run
/// of them with an `invalid-bytes` warning at its line and column. The
/// whole input is read as Windows-1252 only when it reads as that: its
/// invalid bytes outnumber its valid non-ASCII characters and most of them
/// are ordinary Windows-1252 letters and punctuation.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_with(rest, UTF_16LE, "utf-16le"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_with(rest, UTF_16BE, "utf-16be"));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match sniff_nul(&bytes) {
        Sniffed::Text => {}
        Sniffed::Utf16(encoding) => {
            let (enc, name) = match encoding {
                Utf16::Le => (UTF_16LE, "utf-16le"),
                Utf16::Be => (UTF_16BE, "utf-16be"),
            };
            return Ok(decode_with(&bytes, enc, name));
        }
        Sniffed::Binary(offset) => return Err(DecodeError::Binary { offset }),
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            encoding: "utf-8",
            diagnostics: Vec::new(),
        }),
        Err(e) => {
            let bytes = e.into_bytes();
            if reads_as_windows_1252(&bytes) {
                let mut decoded = decode_with(&bytes, WINDOWS_1252, "windows-1252");
                decoded.diagnostics.push(Diagnostic::whole(
                    Severity::Info,
                    Code::EncodingFallback,
                    "the input is not UTF-8; it was read as Windows-1252",
                ));
                Ok(decoded)
            } else {
                Ok(utf8_with_replacements(&bytes))
            }
        }
    }
}

/// Checks the first bytes of an input as [`decode`] would, so that a
/// reader can refuse binary data (`/dev/zero`, an image) before reading the
/// rest of it. `head` is the input's first `SNIFF_LEN + 3` bytes, or all of
/// it when shorter.
pub fn check_head(head: &[u8]) -> Result<(), DecodeError> {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return Ok(());
    }
    let bytes = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    match sniff_nul(bytes) {
        Sniffed::Binary(offset) => Err(DecodeError::Binary { offset }),
        _ => Ok(()),
    }
}

/// How many bytes [`check_head`] needs: the sniffed block and a BOM.
pub const HEAD_LEN: usize = SNIFF_LEN + 3;

enum Sniffed {
    Text,
    Utf16(Utf16),
    Binary(usize),
}

/// Looks for NUL bytes in the first [`SNIFF_LEN`] bytes (BOM removed).
fn sniff_nul(bytes: &[u8]) -> Sniffed {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    match memchr::memchr(0, head) {
        None => Sniffed::Text,
        Some(offset) => match sniff_utf16_without_bom(head) {
            Some(encoding) => Sniffed::Utf16(encoding),
            None => Sniffed::Binary(offset),
        },
    }
}

/// How many invalid-bytes diagnostics name their place; any further runs
/// are counted in one last diagnostic.
const MAX_PLACED: usize = 20;

/// Bytes that are not valid UTF-8 throughout: each run of invalid bytes
/// becomes one U+FFFD per invalid sequence, as `String::from_utf8_lossy`
/// does, and gets a warning at its place in the decoded text.
fn utf8_with_replacements(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    // (start, end) in `text` of each run of U+FFFD, and the bytes replaced
    let mut runs: Vec<(usize, usize, Vec<u8>)> = Vec::new();
    let mut total_runs = 0usize;
    let mut total_bytes = 0usize;
    let mut last_end = usize::MAX;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        let invalid = chunk.invalid();
        if invalid.is_empty() {
            continue;
        }
        total_bytes += invalid.len();
        let start = text.len();
        text.push(char::REPLACEMENT_CHARACTER);
        if chunk.valid().is_empty() && last_end == start {
            // the run goes on
            if let Some(run) = runs.last_mut().filter(|r| r.1 == start) {
                run.1 = text.len();
                if run.2.len() < 8 {
                    run.2.extend_from_slice(invalid);
                }
            }
        } else {
            total_runs += 1;
            if runs.len() < MAX_PLACED {
                runs.push((start, text.len(), invalid.to_vec()));
            }
        }
        last_end = text.len();
    }
    let source = crate::source::Source::new(&text);
    let mut diagnostics: Vec<Diagnostic> = runs
        .iter()
        .map(|(start, end, replaced)| {
            let shown: Vec<String> = replaced
                .iter()
                .take(8)
                .map(|b| format!("{b:02X}"))
                .collect();
            let more = if replaced.len() > 8 { " ..." } else { "" };
            Diagnostic::at(
                Severity::Warning,
                Code::InvalidBytes,
                source.span(*start..*end),
                format!(
                    "bytes that are not valid UTF-8 ({}{more}) were replaced with U+FFFD",
                    shown.join(" ")
                ),
            )
        })
        .collect();
    if total_runs > runs.len() {
        diagnostics.push(Diagnostic::whole(
            Severity::Warning,
            Code::InvalidBytes,
            format!(
                "{} more places hold bytes that are not valid UTF-8 ({total_bytes} bytes in all, in {total_runs} places); each was replaced with U+FFFD",
                total_runs - runs.len()
            ),
        ));
    }
    drop(source);
    Decoded {
        text,
        encoding: "utf-8",
        diagnostics,
    }
}

/// True when bytes that are not UTF-8 read as Windows-1252 as a whole: the
/// invalid bytes outnumber the valid non-ASCII characters (a UTF-8 file
/// with a few damaged bytes has far more good characters than bad bytes),
/// and most of them are letters or punctuation in Windows-1252 (not bytes
/// it leaves undefined, nor 0xFF, which is rare in text and common in
/// damage).
fn reads_as_windows_1252(bytes: &[u8]) -> bool {
    let (mut valid_chars, mut invalid, mut textlike) = (0usize, 0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_chars += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
        textlike += chunk
            .invalid()
            .iter()
            .filter(|&&b| !matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D | 0xFF))
            .count();
    }
    invalid > valid_chars && textlike * 2 > invalid
}

enum Utf16 {
    Le,
    Be,
}

/// UTF-16 text without a BOM has NULs in every other byte when it is mostly
/// ASCII; binary data rarely has that rhythm.
fn sniff_utf16_without_bom(head: &[u8]) -> Option<Utf16> {
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let (mut even_nul, mut odd_nul) = (0, 0);
    for pair in head.chunks_exact(2) {
        even_nul += usize::from(pair[0] == 0);
        odd_nul += usize::from(pair[1] == 0);
    }
    if odd_nul * 10 >= pairs * 9 && even_nul == 0 {
        Some(Utf16::Le)
    } else if even_nul * 10 >= pairs * 9 && odd_nul == 0 {
        Some(Utf16::Be)
    } else {
        None
    }
}

fn decode_with(
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
    name: &'static str,
) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let mut diagnostics = Vec::new();
    if had_errors {
        diagnostics.push(Diagnostic::whole(
            Severity::Warning,
            Code::InvalidBytes,
            format!("some bytes are not valid {name}; each was replaced with U+FFFD"),
        ));
    }
    Decoded {
        text: text.into_owned(),
        encoding: name,
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Embargo: 9am".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Embargo: 9am");
        assert_eq!(d.encoding, "utf-16le");
    }

    #[test]
    fn utf16be_without_bom_is_sniffed() {
        let mut bytes = Vec::new();
        for unit in "Notes to editors and more".encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Notes to editors and more");
        assert_eq!(d.encoding, "utf-16be");
    }

    #[test]
    fn windows_1252_quotes_and_pound() {
        let d = decode(b"\x93Good\x94 \xA3100").unwrap();
        assert_eq!(d.text, "\u{201C}Good\u{201D} \u{A3}100");
        assert_eq!(d.diagnostics[0].code, Code::EncodingFallback);
    }

    #[test]
    fn damaged_utf8_stays_utf8() {
        let d = decode(b"caf\xC3\xA9 \xE2\x80\x93 \xC3\xAF \xE2\x80\x99 \xFF").unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.diagnostics[0].code, Code::InvalidBytes);
    }

    #[test]
    fn bad_bytes_in_utf8_are_replaced_where_they_are() {
        // Ten 0xFF bytes in a UTF-8 text with one bullet: the bullet stays a
        // bullet, each 0xFF becomes U+FFFD, and each place is named.
        let mut bytes = "\u{2022} First line\nSecond line here\n"
            .as_bytes()
            .to_vec();
        for _ in 0..10 {
            bytes.extend_from_slice(b"x\xFF y\n");
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert!(d.text.starts_with("\u{2022} First line\n"));
        assert_eq!(d.text.matches('\u{FFFD}').count(), 10);
        assert_eq!(d.diagnostics.len(), 10);
        let first = &d.diagnostics[0];
        assert_eq!(first.code, Code::InvalidBytes);
        assert_eq!((first.line, first.column), (Some(3), Some(2)));
        assert!(first.message.contains("(FF)"), "{}", first.message);
        let span = first.span.unwrap();
        assert_eq!(&d.text[span.start..span.end], "\u{FFFD}");
    }

    #[test]
    fn a_run_of_bad_bytes_is_one_place_and_places_are_capped() {
        let d = decode(b"ab\xFF\x81\xFFcd").unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.text, "ab\u{FFFD}\u{FFFD}\u{FFFD}cd");
        assert_eq!(d.diagnostics.len(), 1);
        assert!(d.diagnostics[0].message.contains("FF 81 FF"));
        assert_eq!(d.diagnostics[0].column, Some(3));

        let bytes = b"a\xFF ".repeat(100);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.diagnostics.len(), MAX_PLACED + 1);
        let last = d.diagnostics.last().unwrap();
        assert_eq!(last.line, None);
        assert!(last.message.contains("80 more places"), "{}", last.message);
    }

    #[test]
    fn windows_1252_only_when_the_whole_reads_as_it() {
        // Mostly Windows-1252 punctuation, one valid UTF-8 character: read
        // as Windows-1252 (as a Word export with one pasted character).
        let mut bytes = "\u{2022} ".as_bytes().to_vec();
        bytes.extend_from_slice(b"\x93a\x94 \x93b\x94 \x96 c");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        // Bytes Windows-1252 leaves undefined are damage, not text.
        let d = decode(b"x\x81\x8D\x90 y").unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.diagnostics[0].code, Code::InvalidBytes);
    }

    #[test]
    fn the_head_check_refuses_what_decode_refuses() {
        assert_eq!(
            check_head(&[0u8; HEAD_LEN]),
            Err(DecodeError::Binary { offset: 0 })
        );
        assert!(check_head(b"plain text").is_ok());
        assert!(check_head(b"\xFF\xFEa\x00b\x00").is_ok());
        let mut utf16 = Vec::new();
        for unit in "Notes to editors and more".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert!(check_head(&utf16).is_ok());
    }

    #[test]
    fn nul_bytes_are_binary() {
        let err = decode(b"%PDF-1.4\n\x00\x01\x02garbage").unwrap_err();
        assert_eq!(err, DecodeError::Binary { offset: 9 });
        assert!(err.to_string().contains("binary"));
    }

    #[test]
    fn empty_is_text() {
        assert_eq!(decode(b"").unwrap().text, "");
    }
}
