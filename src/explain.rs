//! `extract --explain`: every diagnostic of a document rendered for a
//! person, with the source line and a marker under the span
//! (codespan-reporting), followed by a short summary of what was read.
//!
//! ```
//! use inspection_extract::explain;
//! let text = "Embargoed until 00:01 Thursday 23 Febuary 2012\n";
//! let record = inspection_extract::parse(text);
//! let report = explain::render("release.txt", text, &record, false);
//! assert!(report.contains("month-misspelt"));
//! assert!(report.contains("^^^"));
//! assert!(report.contains("embargo"));
//! ```

use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as Level};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config};

use crate::corpus::{self, InputError};
use crate::diagnostic::{Diagnostic, Severity};
use crate::record::{CheckStatus, CountBound, Record};

/// Lines longer than this (in bytes) are shown as a window around the span.
const MAX_LINE: usize = 240;
/// Bytes of context either side of a span on a long line.
const CONTEXT: usize = 60;
/// The longest marker drawn on a long line, in bytes.
const MAX_MARK: usize = 160;
/// A span over more lines than this is marked on its first line only.
const MAX_LINES: usize = 6;
/// Text values longer than this (in characters) are cut in the summary.
const MAX_VALUE: usize = 100;

/// Renders a document's diagnostics and a summary of its record.
///
/// `name` is shown as the file's name; `text` is the decoded text the
/// record was read from (a leading BOM is ignored, as the parser ignores
/// it); `color` adds ANSI colours for a terminal.
pub fn render(name: &str, text: &str, record: &Record, color: bool) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let document = Document::new(text);
    let mut out = String::new();
    let count = record.diagnostics.len();
    let _ = writeln!(
        out,
        "{name} ({}): {}",
        record.encoding,
        match count {
            0 => "no diagnostics".to_owned(),
            1 => "1 diagnostic".to_owned(),
            n => format!("{n} diagnostics"),
        }
    );
    if count > 0 {
        out.push('\n');
    }
    for diagnostic in &record.diagnostics {
        out.push_str(&document.render(name, diagnostic, color));
    }
    out.push_str(&describe(record));
    out
}

/// Reads one input (`-`: standard input) and renders it with [`render`],
/// named by its path as given.
pub fn explain_input(path: &Path, color: bool) -> Result<String, InputError> {
    explain_input_limited(path, color, corpus::DEFAULT_MAX_BYTES)
}

/// Like [`explain_input`], reading at most `max` bytes (see
/// [`corpus::read_input_limited`]).
pub fn explain_input_limited(path: &Path, color: bool, max: u64) -> Result<String, InputError> {
    let bytes = corpus::read_input_limited(path, max)?;
    let record = corpus::record_from_bytes(path, &bytes)?;
    // Decoding succeeded once, so it does again.
    let text = crate::decode::decode(&bytes)
        .map(|d| d.text)
        .unwrap_or_default();
    Ok(render(&path.display().to_string(), &text, &record, color))
}

/// Renders one diagnostic of a document whose decoded text is `text`.
pub fn render_diagnostic(name: &str, text: &str, diagnostic: &Diagnostic, color: bool) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    Document::new(text).render(name, diagnostic, color)
}

/// The text as shown: every line ending (LF, CRLF, CR, form feed, as the
/// engine counts them) becomes one `\n` and other control characters but
/// tabs become spaces, byte for byte, so spans keep their offsets.
struct Document {
    shown: String,
    /// Byte offset of the start of every line in `shown`.
    line_starts: Vec<usize>,
}

impl Document {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let shown: Vec<u8> = bytes
            .iter()
            .enumerate()
            .map(|(i, &b)| match b {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => b' ',
                b'\r' | b'\x0c' => b'\n',
                b'\n' | b'\t' => b,
                b if b < 0x20 || b == 0x7f => b' ',
                b => b,
            })
            .collect();
        // Only ASCII bytes were replaced, by ASCII bytes.
        let shown = String::from_utf8(shown).expect("still UTF-8");
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', shown.as_bytes()).map(|i| i + 1))
            .collect();
        Document { shown, line_starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    fn line_end(&self, line: usize) -> usize {
        self.line_starts
            .get(line + 1)
            .map_or(self.shown.len(), |&next| next - 1)
    }

    fn render(&self, name: &str, diagnostic: &Diagnostic, color: bool) -> String {
        let level = match diagnostic.severity {
            Severity::Info => Level::Note,
            Severity::Warning => Level::Warning,
            Severity::Error => Level::Error,
        };
        let mut report = Report::new(level)
            .with_code(diagnostic.code.as_str())
            .with_message(&diagnostic.message);
        let text = &self.shown;
        let snippet = diagnostic.span.and_then(|span| {
            let start = span.start;
            let end = span.end.max(start);
            (end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end))
                .then(|| self.snippet(name, start..end))
        });
        let snippet = match snippet {
            Some((snippet, label, note)) => {
                report = report.with_labels(vec![Label::primary((), label)]);
                if let Some(note) = note {
                    report = report.with_note(note);
                }
                snippet
            }
            None => {
                let note = match (diagnostic.line, diagnostic.column) {
                    (Some(line), Some(column)) => format!("at line {line}, column {column}"),
                    (Some(line), None) => format!("at line {line}"),
                    _ => "about the whole input".to_owned(),
                };
                report = report.with_note(note);
                Snippet::empty(name)
            }
        };
        let config = Config::default();
        let rendered = if color {
            let mut buffer = term::termcolor::Buffer::ansi();
            let styles = term::Styles::default();
            let mut writer = term::StylesWriter::new(&mut buffer, &styles);
            term::emit_to_write_style(&mut writer, &config, &snippet, &report)
                .map(|()| String::from_utf8_lossy(buffer.as_slice()).into_owned())
        } else {
            term::emit_into_string(&config, &snippet, &report)
        };
        rendered.unwrap_or_else(|e| {
            format!(
                "{}[{}]: {} (cannot show the source: {e})\n\n",
                diagnostic_level(diagnostic.severity),
                diagnostic.code,
                diagnostic.message
            )
        })
    }

    /// The lines around `span` and the label's range within them, and a
    /// note when the marker had to be shortened.
    fn snippet(&self, name: &str, span: Range<usize>) -> (Snippet, Range<usize>, Option<String>) {
        let text = &self.shown;
        let first = self.line_of(span.start);
        let last = self.line_of(span.end.saturating_sub(1).max(span.start));
        let first_start = self.line_starts[first];
        let first_end = self.line_end(first);
        let long = (first..=last).any(|l| self.line_end(l) - self.line_starts[l] > MAX_LINE);
        let mut note = None;
        let (window, mark) = if last == first || (last - first < MAX_LINES && !long) {
            if long {
                // One long line: a window around the span.
                let mut end = span.end.min(span.start + MAX_MARK);
                end = floor_boundary(text, end);
                if end < span.end {
                    note = Some(format!(
                        "the marked text goes on for {} more bytes",
                        span.end - end
                    ));
                }
                let from =
                    floor_boundary(text, span.start.saturating_sub(CONTEXT).max(first_start));
                let to = ceil_boundary(text, (end + CONTEXT).min(first_end));
                (from..to, span.start..end)
            } else {
                (first_start..self.line_end(last), span)
            }
        } else {
            // A long span: marked on its first line.
            note = Some(format!("the marked text goes on to line {}", last + 1));
            let end = first_end.min(span.start + MAX_MARK).max(span.start);
            let end = floor_boundary(text, end);
            let from = if first_end - first_start > MAX_LINE {
                floor_boundary(text, span.start.saturating_sub(CONTEXT).max(first_start))
            } else {
                first_start
            };
            let to = if first_end - first_start > MAX_LINE {
                ceil_boundary(text, (end + CONTEXT).min(first_end))
            } else {
                first_end
            };
            (from..to, span.start..end)
        };
        let mark = mark.start.min(window.end)..mark.end.min(window.end);
        // An ellipsis marks where a long line was cut; it takes the place of
        // one of the characters cut, so columns stay right.
        let cut = text[first_start..window.start].chars().count();
        let lead = if cut > 0 { "…" } else { "" };
        let last_end = self.line_end(self.line_of(window.end.saturating_sub(1).max(window.start)));
        let tail = if window.end < last_end { "…" } else { "" };
        let shown = format!("{lead}{}{tail}", &text[window.clone()]);
        let snippet = Snippet {
            name: name.to_owned(),
            line_starts: std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', shown.as_bytes()).map(|i| i + 1))
                .collect(),
            text: shown,
            first_line: first + 1,
            column_offset: cut.saturating_sub(1),
        };
        let shift = lead.len();
        let label = mark.start - window.start + shift..mark.end - window.start + shift;
        (snippet, label, note)
    }
}

fn diagnostic_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "note",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A few lines cut from a document, numbered as in the document.
struct Snippet {
    name: String,
    text: String,
    line_starts: Vec<usize>,
    /// The document's line number of the snippet's first line.
    first_line: usize,
    /// Characters of the first line left out before the snippet.
    column_offset: usize,
}

impl Snippet {
    fn empty(name: &str) -> Self {
        Snippet {
            name: name.to_owned(),
            text: String::new(),
            line_starts: vec![0],
            first_line: 1,
            column_offset: 0,
        }
    }
}

impl<'a> Files<'a> for Snippet {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(&self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, FilesError> {
        Ok(match self.line_starts.binary_search(&byte_index) {
            Ok(i) => i,
            Err(i) => i - 1,
        })
    }

    fn line_number(&'a self, (): (), line_index: usize) -> Result<usize, FilesError> {
        Ok(self.first_line + line_index)
    }

    fn column_number(
        &'a self,
        (): (),
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, FilesError> {
        let range = self.line_range((), line_index)?;
        let upto = byte_index.clamp(range.start, range.end);
        let column = self
            .text
            .get(range.start..upto)
            .map_or(0, |s| s.chars().count())
            + 1;
        Ok(column
            + if line_index == 0 {
                self.column_offset
            } else {
                0
            })
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, FilesError> {
        let start = *self
            .line_starts
            .get(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: self.line_starts.len() - 1,
            })?;
        let end = self
            .line_starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(self.text.len());
        Ok(start..end)
    }
}

// ---------------------------------------------------------------- summary

fn cut(text: &str) -> String {
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX_VALUE {
        return text;
    }
    let mut cut: String = text.chars().take(MAX_VALUE - 1).collect();
    cut.push('…');
    cut
}

fn counts(map: &std::collections::BTreeMap<String, u32>) -> String {
    map.iter()
        .map(|(label, n)| format!("{label} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    cut(&items.into_iter().collect::<Vec<_>>().join("; "))
}

/// A short human summary of a record: one line per field that was read,
/// `-` for a field that was not.
pub fn describe(record: &Record) -> String {
    let mut rows: Vec<(&str, String)> = Vec::new();
    let none = || "-".to_owned();
    let text = |t: &Option<crate::record::Text>| t.as_ref().map_or_else(none, |t| cut(&t.text));
    rows.push(("title", text(&record.title)));
    rows.push(("headline", text(&record.headline)));
    rows.push((
        "inspectorates",
        if record.inspectorates.is_empty() {
            none()
        } else {
            list(
                record
                    .inspectorates
                    .iter()
                    .map(|i| i.name.as_str())
                    .collect::<Vec<_>>(),
            )
        },
    ));
    rows.push(("subject", text(&record.subject)));
    rows.push((
        "embargo",
        record.embargo.as_ref().map_or_else(none, |e| {
            let mut s = format!("{} {}", e.weekday, e.date);
            if let Some(time) = &e.time {
                let _ = write!(s, " {time}");
            }
            if let Some(datetime) = &e.datetime {
                let _ = write!(s, " ({datetime})");
            }
            let _ = write!(s, ", line {}", e.span.line);
            s
        }),
    ));
    rows.push((
        "units",
        record.units.as_ref().map_or_else(none, |u| {
            let mut s = u
                .count
                .map_or_else(|| "count not stated".to_owned(), |c| format!("{c} visited"));
            if !u.names.is_empty() {
                let _ = write!(
                    s,
                    "; {} named: {}",
                    u.names.len(),
                    list(u.names.iter().map(|t| t.text.as_str()))
                );
            }
            if !u.also_visited.is_empty() {
                let _ = write!(
                    s,
                    "; also visited: {}",
                    list(u.also_visited.iter().map(|t| t.text.as_str()))
                );
            }
            s
        }),
    ));
    rows.push((
        "files",
        record.files.as_ref().map_or_else(none, |f| {
            let mut s = match (f.examined, f.bound) {
                (None, _) => "number not stated".to_owned(),
                (Some(n), CountBound::Exact) => format!("{n} examined"),
                (Some(n), CountBound::AtLeast) => format!("at least {n} examined"),
                (Some(n), CountBound::Derived) => format!("{n} examined (summed from the parts)"),
            };
            if !f.breakdown.is_empty() {
                let parts: Vec<String> = f
                    .breakdown
                    .iter()
                    .map(|b| format!("{} {}", b.count, b.category))
                    .collect();
                let _ = write!(s, ": {}", list(parts.iter().map(String::as_str)));
            }
            s
        }),
    ));
    rows.push((
        "fieldwork",
        record
            .fieldwork
            .as_ref()
            .map_or_else(none, |f| format!("{} to {}", f.start, f.end)),
    ));
    rows.push((
        "recommendations",
        record.recommendations.as_ref().map_or_else(none, |r| {
            let mut parts = Vec::new();
            if let Some(total) = r.total {
                parts.push(format!("{total} stated"));
            }
            if !r.reported.is_empty() {
                parts.push(format!("reported {}", counts(&r.reported)));
            }
            if !r.annex.is_empty() {
                let mut s = format!("annex of {} rows", r.annex.len());
                if !r.tally.is_empty() {
                    let _ = write!(s, ": {}", counts(&r.tally));
                }
                parts.push(s);
            }
            parts.join("; ")
        }),
    ));
    rows.push((
        "chief inspector",
        record.chief_inspector.as_ref().map_or_else(none, |p| {
            let mut s = String::new();
            if let Some(h) = &p.honorific {
                let _ = write!(s, "{h} ");
            }
            s.push_str(&p.name);
            for post in &p.post_nominals {
                let _ = write!(s, " {post}");
            }
            if let Some(role) = &p.role {
                let _ = write!(s, ", {}", cut(role));
            }
            s
        }),
    ));
    rows.push(("key findings", record.key_findings.len().to_string()));
    rows.push((
        "notes to editors",
        record.notes_to_editors.len().to_string(),
    ));
    rows.push(("checks", {
        let status = |wanted| record.checks.iter().filter(move |c| c.status == wanted);
        let failed: Vec<&str> = status(CheckStatus::Failed)
            .map(|c| c.name.as_str())
            .collect();
        let mut s = format!(
            "{} passed, {} failed",
            status(CheckStatus::Passed).count(),
            failed.len()
        );
        if !failed.is_empty() {
            let _ = write!(s, " ({})", failed.join(", "));
        }
        let _ = write!(
            s,
            ", {} not applicable",
            status(CheckStatus::NotApplicable).count()
        );
        s
    }));
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut out = String::from("Record:\n");
    for (key, value) in rows {
        let _ = writeln!(out, "  {key:<width$}  {value}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::record::Span;

    fn at(text: &str, start: usize, end: usize) -> Diagnostic {
        let line = text[..start].matches('\n').count() + 1;
        Diagnostic::at(
            Severity::Warning,
            Code::WeekdayMismatch,
            Span {
                start,
                end,
                line,
                column: 1,
            },
            "test",
        )
    }

    #[test]
    fn marks_the_span_on_its_line() {
        let text = "first line\nsecond line here\nthird\n";
        let start = text.find("line here").unwrap();
        let out = render_diagnostic("t.txt", text, &at(text, start, start + 4), false);
        assert!(out.contains("warning[weekday-mismatch]: test"), "{out}");
        assert!(out.contains("t.txt:2:8"), "{out}");
        assert!(out.contains("2 │ second line here"), "{out}");
        assert!(out.contains("^^^^"), "{out}");
    }

    #[test]
    fn cr_and_form_feed_end_lines() {
        let text = "one\rtwo\x0cthree\r\nfour";
        let start = text.find("four").unwrap();
        let out = render_diagnostic("t.txt", text, &at(text, start, start + 4), false);
        assert!(out.contains("t.txt:4:1"), "{out}");
        assert!(out.contains("4 │ four"), "{out}");
    }

    #[test]
    fn long_lines_are_windowed() {
        let text = format!("{}TARGET{}", "x".repeat(10_000), "y".repeat(10_000));
        let start = 10_000;
        let out = render_diagnostic("t.txt", &text, &at(&text, start, start + 6), false);
        assert!(out.len() < 2_000, "{}", out.len());
        assert!(out.contains("t.txt:1:10001"), "{out}");
        let lines: Vec<&str> = out.lines().collect();
        let source = lines.iter().position(|l| l.contains("TARGET")).unwrap();
        assert!(lines[source].contains(" │ …xxx"), "{out}");
        assert!(lines[source].ends_with("yyy…"), "{out}");
        let column = |line: &str, at: usize| line[..at].chars().count();
        let caret = column(lines[source + 1], lines[source + 1].find('^').unwrap());
        let target = column(lines[source], lines[source].find("TARGET").unwrap());
        assert_eq!(target, caret, "{out}");
    }

    #[test]
    fn long_spans_are_marked_on_their_first_line() {
        let text = (1..=40).map(|i| format!("line {i}\n")).collect::<String>();
        let out = render_diagnostic("t.txt", &text, &at(&text, 0, text.len()), false);
        assert!(out.contains("goes on to line 40"), "{out}");
        assert!(!out.contains("line 20"), "{out}");
    }

    #[test]
    fn spans_outside_the_text_do_not_panic() {
        let text = "héllo";
        for (s, e) in [(0, 100), (2, 3), (50, 60), (3, 1)] {
            let mut d = at("", 0, 0);
            d.span = Some(Span {
                start: s,
                end: e,
                line: 1,
                column: 1,
            });
            let out = render_diagnostic("t.txt", text, &d, false);
            assert!(out.contains("weekday-mismatch"), "{out}");
        }
    }

    #[test]
    fn whole_input_diagnostics_have_a_note() {
        let d = Diagnostic::whole(Severity::Info, Code::EncodingFallback, "read as cp1252");
        let out = render_diagnostic("t.txt", "text", &d, false);
        assert!(
            out.contains("note[encoding-fallback]: read as cp1252"),
            "{out}"
        );
        assert!(out.contains("about the whole input"), "{out}");
    }

    #[test]
    fn color_adds_escapes() {
        let text = "one two";
        let out = render_diagnostic("t.txt", text, &at(text, 4, 7), true);
        assert!(out.contains('\x1b'), "{out}");
    }
}
