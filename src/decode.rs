//! Decoding: bytes from a file into text.
//!
//! UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are.
//! Bytes that are not UTF-8 are read as Windows-1252, the usual encoding of
//! older Word and PDF exports, with a diagnostic. Input with NUL bytes and no
//! UTF-16 BOM is binary and is refused with a [`DecodeError`].

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

/// Decodes `bytes` into text.
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
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_with(rest, UTF_16LE, "utf-16le"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_with(rest, UTF_16BE, "utf-16be"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if let Some(offset) = memchr::memchr(0, head) {
        if let Some(encoding) = sniff_utf16_without_bom(head) {
            let (enc, name) = match encoding {
                Utf16::Le => (UTF_16LE, "utf-16le"),
                Utf16::Be => (UTF_16BE, "utf-16be"),
            };
            return Ok(decode_with(bytes, enc, name));
        }
        return Err(DecodeError::Binary { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            encoding: "utf-8",
            diagnostics: Vec::new(),
        }),
        Err(_) if mostly_utf8(bytes) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let diagnostics = vec![Diagnostic::whole(
                Severity::Warning,
                Code::InvalidBytes,
                "the input is UTF-8 with some invalid bytes; each was replaced with U+FFFD",
            )];
            Ok(Decoded {
                text,
                encoding: "utf-8",
                diagnostics,
            })
        }
        Err(_) => {
            let mut decoded = decode_with(bytes, WINDOWS_1252, "windows-1252");
            decoded.diagnostics.push(Diagnostic::whole(
                Severity::Info,
                Code::EncodingFallback,
                "the input is not UTF-8; it was read as Windows-1252",
            ));
            Ok(decoded)
        }
    }
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

/// True when valid multi-byte sequences are at least as common as invalid
/// ones: a damaged UTF-8 file rather than a single-byte encoding, whose text
/// almost never forms a valid multi-byte sequence by chance.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid_multibyte > 0 && valid_multibyte >= invalid
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
