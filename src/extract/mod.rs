//! One extractor per field family. Each reads the [`Context`] (the source and
//! its sections) and returns its part of the record, pushing a diagnostic
//! for every guess it makes.

pub mod annex;
pub mod embargo;
mod examined_count;
pub mod fieldwork;
pub mod files;
pub mod inspectorate;
pub mod notes;
pub mod people;
mod phrase;
pub mod recommendations;
pub mod release;
pub mod units;
mod visited_count;

use std::ops::Range;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::record::{Span, Text};
use crate::sections::{self, Sections};
use crate::source::{Source, clean};

/// A list item's bullet or number at the start of a line ("•    41
/// community orders", "2) Oakfield"), with the space after it: the units'
/// lists and the files' breakdowns read their items after it.
pub(crate) static BULLET: std::sync::LazyLock<crate::work::Pattern> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"^\s*(?:[{}*\-–o]|\d+[.)])\s+",
            crate::lexicon::BULLET_MARKS
        ))
        .expect("bullet regex")
    });

/// What every extractor reads, and where it leaves diagnostics.
pub struct Context<'a> {
    pub source: &'a Source<'a>,
    pub sections: &'a Sections,
    pub diagnostics: Vec<Diagnostic>,
    /// The sentences of the body and of the notes, split once for every
    /// extractor that reads sentence by sentence.
    sentences: std::cell::OnceCell<[Vec<Range<usize>>; 3]>,
}

impl<'a> Context<'a> {
    pub fn new(source: &'a Source<'a>, sections: &'a Sections) -> Self {
        Context {
            source,
            sections,
            diagnostics: Vec::new(),
            sentences: std::cell::OnceCell::new(),
        }
    }

    /// The text of a range of lines, and its byte offset.
    pub fn lines_text(&self, lines: &Range<usize>) -> (&'a str, usize) {
        let bytes = sections::byte_range(self.source, lines);
        (&self.source.text()[bytes.clone()], bytes.start)
    }

    /// The narrative body.
    pub fn body(&self) -> (&'a str, usize) {
        self.lines_text(&self.sections.body)
    }

    /// The notes to editors (empty when there are none).
    pub fn notes(&self) -> (&'a str, usize) {
        match &self.sections.notes {
            Some(r) => self.lines_text(r),
            None => ("", 0),
        }
    }

    /// The body, the notes, and the release resumed after a table in its
    /// middle, as pieces to search in order: counts, units and dates are
    /// stated in any of them.
    pub fn narrative(&self) -> [(&'a str, usize); 3] {
        [self.body(), self.notes(), self.resumed()]
    }

    /// The release going on after a table in its middle (see
    /// [`Sections::resumed`]); empty when there is none.
    pub fn resumed(&self) -> (&'a str, usize) {
        if self.sections.resumed.is_empty() {
            ("", 0)
        } else {
            self.lines_text(&self.sections.resumed)
        }
    }

    /// The sentences of the body and of the notes, in the order of
    /// [`Context::narrative`], as byte ranges of the source.
    pub fn narrative_sentences(&self) -> &[Vec<Range<usize>>; 3] {
        self.sentences.get_or_init(|| {
            self.narrative()
                .map(|(piece, offset)| sentences(piece, offset))
        })
    }

    /// The paragraphs of a range of lines.
    pub fn paragraphs(&self, lines: Range<usize>) -> Vec<Range<usize>> {
        sections::paragraphs(self.source, self.sections, lines)
    }

    pub fn span(&self, range: Range<usize>) -> Span {
        self.source.span(range)
    }

    /// A cleaned [`Text`] for a byte range.
    pub fn text(&self, range: Range<usize>) -> Text {
        Text {
            text: clean(&self.source.text()[range.clone()]),
            span: self.span(range),
        }
    }

    pub fn diagnose(
        &mut self,
        severity: Severity,
        code: Code,
        range: Range<usize>,
        message: impl Into<String>,
    ) {
        let span = self.span(range);
        self.diagnostics
            .push(Diagnostic::at(severity, code, span, message));
    }
}

/// True when `text` names an earlier report ("the previous inspection",
/// "HMCPSI's 2018 joint inspection"; lexicon `EARLIER_REPORT_WORDS`),
/// whose figures may not be this report's.
pub(crate) fn names_earlier_report(text: &str) -> bool {
    static EARLIER: std::sync::LazyLock<crate::work::Pattern> = std::sync::LazyLock::new(|| {
        crate::lexicon::words_pattern(
            r"(?i)(?:{})",
            crate::lexicon::EARLIER_REPORT_WORDS,
            "earlier report regex",
        )
    });
    EARLIER.is_match(text)
}

/// True when the sentence holding `at`, up to `at`, is about an earlier
/// report ([`EARLIER_REPORT_WORDS`]): "When inspectors last examined
/// probation work here, in June 2016, they read 96 cases and visited four
/// offices".
///
/// [`EARLIER_REPORT_WORDS`]: crate::lexicon::EARLIER_REPORT_WORDS
pub(crate) fn about_earlier_report(piece: &str, at: usize) -> bool {
    let before = crate::source::window_before(piece, at, 300);
    let sentence = &before[crate::source::last_sentence_start(before)..];
    names_earlier_report(sentence)
}

/// How many lines a page break inside a list may take: blank lines, the
/// page's footer, the next page's running header.
const PAGE_BREAK_LINES: usize = 12;

/// Where a bulleted list goes on after a page break that opens at the
/// blank line `blank`, before line `end`: past blank lines and the page's
/// furniture (a footer, a line the sections found to be debris, and one
/// line after the footer: the next page's running header), at the next
/// line that opens with `bullet` when `accept` takes its mark ("4. Copies
/// of the report ..." after a list of dashes is the next note). `None`
/// when no furniture comes first or another line does.
pub(crate) fn list_after_page_break(
    cx: &Context<'_>,
    blank: usize,
    end: usize,
    bullet: &crate::work::Pattern,
    accept: impl Fn(&str) -> bool,
) -> Option<usize> {
    let source = cx.source;
    let mut furniture = false;
    let mut header = false;
    for index in blank..end.min(blank + PAGE_BREAK_LINES) {
        let line = source.line(index);
        if line.is_blank() {
            continue;
        }
        if cx.sections.is_debris(index) || crate::sections::is_page_footer(line.text) {
            furniture = true;
        } else if let Some(b) = bullet.find(line.text) {
            return (furniture && accept(b.as_str().trim())).then_some(index);
        } else if furniture && !header {
            header = true;
        } else {
            return None;
        }
    }
    None
}

/// The length of the first line of `text` (up to LF, CR or form feed).
pub fn first_line_len(text: &str) -> usize {
    text.find(['\n', '\r', '\x0c']).unwrap_or(text.len())
}

/// True when a line break at byte `i` of `text` is followed by a blank
/// line, whatever the line endings.
pub fn starts_blank_line(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i];
    if !matches!(b, b'\n' | b'\r' | b'\x0c') {
        return false;
    }
    let mut rest = &text[i + 1..];
    if b == b'\r' {
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    rest.trim_start_matches([' ', '\t'])
        .starts_with(['\n', '\r', '\x0c'])
}

/// Splits `text` (starting at byte `offset`) into sentences, as byte ranges.
/// A sentence ends at ". ", "? ", "! " or ": " followed by white space and
/// an upper-case letter or digit, at a blank line, or after a line of a
/// page's details ("Publication date: 11 May 2016"), which has no full
/// stop but is no part of the line after it.
pub fn sentences(text: &str, offset: usize) -> Vec<Range<usize>> {
    crate::work::charge(text.len());
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // A line opening with a bullet starts an item of its own, whether
        // or not the item before ended with a full stop.
        let blank_line = starts_blank_line(text, i)
            || (b == b'\n'
                && (opens_bullet(&text[i + 1..])
                    || crate::sections::is_metadata_line(&text[line_start..i])));
        if b == b'\n' {
            line_start = i + 1;
        }
        let stop = matches!(b, b'.' | b'?' | b'!') && {
            let rest = &text[i + 1..];
            let trimmed = rest.trim_start_matches(['"', '\'', ')', '\u{201d}', '\u{2019}']);
            let after_ws = trimmed.trim_start();
            (after_ws.len() < trimmed.len() || trimmed.is_empty())
                && (after_ws.is_empty()
                    || after_ws.starts_with(|c: char| {
                        c.is_uppercase()
                            || c.is_ascii_digit()
                            || c == '"'
                            || c == '\u{201c}'
                            || c == '-'
                            || crate::lexicon::is_bullet_mark(c)
                            || c == '*'
                    }))
                && !ends_with_abbreviation(&text[start..i])
        };
        if stop || blank_line {
            if text[start..=i].trim().len() > 1 {
                out.push(offset + start..offset + i + 1);
            }
            start = i + 1;
        }
        i += 1;
    }
    if text[start..].trim().len() > 1 {
        out.push(offset + start..offset + text.len());
    }
    out
}

/// True when `line` opens with a bullet mark and a space ("• ", "* ").
/// Dashes are left out: a hard-wrapped line may start with an aside's dash.
fn opens_bullet(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let mut chars = line.chars();
    let mark = chars.next();
    mark.is_some_and(|c| crate::lexicon::is_bullet_mark(c) || matches!(c, '*' | '·'))
        && chars.next() == Some(' ')
}

fn ends_with_abbreviation(before: &str) -> bool {
    let last = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    matches!(
        last.to_ascii_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "dr" | "no" | "st" | "prof" | "e.g" | "i.e" | "para" | "vs"
    ) || (last.len() == 1 && last.chars().all(|c| c.is_ascii_uppercase()))
}
