//! `inspection_extract` turns the raw text of UK inspection press releases
//! (HMCPSI, HMIC/HMICFRS, HM Inspectorate of Prisons and of Probation, CJI,
//! the Scottish inspectorates, joint inspections, ...) into structured,
//! auditable [`Record`]s.
//!
//! ```
//! let text = "Embargoed until 00:01 Thursday 23 February 2012\n\n\
//!             HM Crown Prosecution Service Inspectorate: Follow-up report\n\n\
//!             HMCPSI visited six units and examined a total of 105 files.\n";
//! let record = inspection_extract::parse(text);
//! let embargo = record.embargo.unwrap();
//! assert_eq!(embargo.datetime.as_deref(), Some("2012-02-23T00:01:00+00:00"));
//! assert_eq!(record.inspectorates[0].acronym, "HMCPSI");
//! assert_eq!(record.units.unwrap().count, Some(6));
//! assert_eq!(record.files.unwrap().examined, Some(105));
//! ```
//!
//! The pipeline, one module per stage: [`decode`] (bytes to text) ->
//! `layout` (two columns side by side put into reading order, the spans
//! moved back at the end) -> [`source`] (line index, spans) ->
//! [`sections`] (header, body, notes, annex) -> [`extract`] (one
//! extractor per field family, using the shared [`lexicon`] and [`dates`]
//! grammar) -> [`checks`] (cross-checks) -> [`record`] (the output
//! model). [`corpus`] runs many files in parallel and [`output`] writes
//! the records.

pub mod accuracy;
pub mod checks;
pub mod corpus;
pub mod dates;
pub mod decode;
pub mod diagnostic;
#[cfg(feature = "cli")]
pub mod explain;
pub mod extract;
pub mod fields;
mod layout;
pub mod lexicon;
#[cfg(feature = "cli")]
pub mod output;
pub mod record;
pub mod sections;
pub mod source;
pub mod summary;
pub mod work;

pub use decode::DecodeError;
pub use diagnostic::{Code, Diagnostic, Severity};
pub use record::{Record, SCHEMA_VERSION};

use extract::Context;

/// Inputs larger than this (bytes) get a `large-input` diagnostic.
const LARGE_INPUT: usize = 4 * 1024 * 1024;

/// Parses one press release from text.
///
/// Never panics: text that holds no press release gives a record of nulls
/// with a `not-a-press-release` diagnostic.
pub fn parse(text: &str) -> Record {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let Some(reordered) = layout::reading_order(text) else {
        return parse_in_order(text);
    };
    let mut record = parse_in_order(&reordered.text);
    let input = source::Source::new(text);
    reordered.restore(&mut record, &input);
    for &first in &reordered.runs {
        let line = input.line(first);
        record.diagnostics.push(Diagnostic::at(
            Severity::Info,
            Code::ColumnsReordered,
            input.span(line.start..line.end()),
            "two columns of text side by side from here were read left column first, then right",
        ));
    }
    record
}

/// [`parse`] of text whose lines are in reading order.
fn parse_in_order(text: &str) -> Record {
    // Offsets are kept: the blanked text is as long as the text given.
    let links = source::link_addresses(text);
    let mut hidden = source::markup_tags(text);
    hidden.extend(links.iter().cloned());
    hidden.sort_by_key(|r| r.start);
    let blanked = source::blank(text, &hidden);
    let text: &str = &blanked;
    let source = source::Source::with_links(text, links);
    let sections = sections::split(&source);
    let mut cx = Context::new(&source, &sections);

    let (title, headline) = extract::inspectorate::title_and_headline(&cx);
    let inspectorates = extract::inspectorate::inspectorates(&cx);
    let subject =
        extract::inspectorate::subject(&cx, title.as_ref(), headline.as_ref(), &inspectorates);
    let embargo = extract::embargo::extract(&mut cx);
    let reference = embargo
        .as_ref()
        .and_then(|e| e.date.parse::<jiff::civil::Date>().ok());
    let units = extract::units::extract(&mut cx)
        .or_else(|| extract::units::single_establishment(&mut cx, subject.as_ref()))
        .or_else(|| extract::units::inspections_counted(&mut cx))
        .or_else(|| extract::units::names_counted_in_bracket(&mut cx))
        .or_else(|| extract::units::places_of_inspections(&mut cx))
        .or_else(|| extract::units::places_inspectors_visited(&mut cx))
        .or_else(|| extract::units::places_described_as_units(&mut cx));
    // "all three sites - HMP Littlehey, HMP Rye Hill and HMP Stafford": one
    // of several units visited is no more the subject than the others
    // (unless the units were read from the subject: "Hydebank Wood Secure
    // College" and the establishment joined to it)
    let subject = subject.filter(|s| {
        units.as_ref().is_none_or(|u| {
            u.names.len() < 2
                || (u.span.start, u.span.end) == (s.span.start, s.span.end)
                || !u
                    .names
                    .iter()
                    .any(|name| (name.span.start, name.span.end) == (s.span.start, s.span.end))
        })
    });
    let files = extract::files::extract(&mut cx);
    let fieldwork = extract::fieldwork::extract(&mut cx, reference);
    let narrative = extract::recommendations::extract(&cx);
    let annex = extract::annex::extract(&mut cx);
    let recommendations = (narrative.total.is_some()
        || !narrative.reported.is_empty()
        || !annex.is_empty())
    .then(|| {
        let mut tally = std::collections::BTreeMap::new();
        for row in &annex {
            if let Some(label) = &row.progress {
                *tally.entry(label.clone()).or_insert(0) += 1;
            }
        }
        record::Recommendations {
            total: narrative.total,
            reported: narrative.reported,
            annex,
            tally,
            span: narrative.span.map(|r| cx.span(r)),
        }
    });
    let chief_inspector = extract::people::extract(&cx);
    let notes_to_editors = extract::notes::notes(&cx);
    let key_findings = extract::notes::key_findings(&cx);

    let mut diagnostics = std::mem::take(&mut cx.diagnostics);
    // Another kind of page (an annual report, a listing of news items):
    // what was read from it belongs to no inspection, so it is dropped with
    // the diagnostics about it, and only who published the page is kept.
    let other_kind = extract::release::other_kind(&cx, title.as_ref(), headline.as_ref());
    if other_kind.is_some() {
        diagnostics.clear();
    }
    if text.len() > LARGE_INPUT {
        diagnostics.push(Diagnostic::whole(
            Severity::Info,
            Code::LargeInput,
            format!(
                "the input is {:.1} MB, far larger than a press release; it may hold several documents, and only the first embargo, counts and quote are read",
                text.len() as f64 / 1_000_000.0
            ),
        ));
    }
    if text.trim().is_empty() {
        diagnostics.push(Diagnostic::whole(
            Severity::Warning,
            Code::EmptyInput,
            "the input is empty or holds only white space",
        ));
    } else if let Some(reason) = &other_kind {
        diagnostics.push(Diagnostic::whole(
            Severity::Warning,
            Code::NotAPressRelease,
            format!("this is not an inspection press release: {reason}"),
        ));
    } else {
        // One weak signal is not a release: an inspectorate's acronym turns
        // up in random text, a date in any letter. A press release shows at
        // least two of these.
        let signals = [
            ("an inspectorate", !inspectorates.is_empty()),
            ("an embargo", embargo.is_some()),
            (
                "a title or headline",
                [&title, &headline]
                    .into_iter()
                    .flatten()
                    .any(|t| reads_as_words(&t.text)),
            ),
            ("an inspector's quote", chief_inspector.is_some()),
            // (read from the words of an inspection: "a joint inspection
            // of adult support and protection in East Lothian")
            ("a body inspected", subject.is_some()),
            ("recommendations", recommendations.is_some()),
            (
                "units visited or files examined",
                units.is_some() || files.is_some(),
            ),
            ("a fieldwork period", fieldwork.is_some()),
            ("notes to editors", !notes_to_editors.is_empty()),
            ("key findings", !key_findings.is_empty()),
        ];
        let found: Vec<&str> = signals
            .iter()
            .filter(|(_, found)| *found)
            .map(|(name, _)| *name)
            .collect();
        let core = !inspectorates.is_empty()
            || embargo.is_some()
            || recommendations.is_some()
            || units.is_some()
            || files.is_some();
        if !core {
            diagnostics.push(Diagnostic::whole(
                Severity::Warning,
                Code::NotAPressRelease,
                "no inspectorate, embargo, recommendations, units or files were found: this does not read as an inspection press release",
            ));
        } else if found.len() < 2 {
            diagnostics.push(Diagnostic::whole(
                Severity::Warning,
                Code::NotAPressRelease,
                format!(
                    "only {} was found, and one sign alone does not make a press release: this does not read as an inspection press release",
                    found.join(", ")
                ),
            ));
        }
    }

    let mut record = Record {
        schema_version: record::SCHEMA_VERSION.to_owned(),
        source: None,
        encoding: "utf-8".to_owned(),
        title,
        headline,
        inspectorates,
        subject,
        embargo,
        units,
        files,
        fieldwork,
        recommendations,
        chief_inspector,
        key_findings,
        notes_to_editors,
        checks: Vec::new(),
        diagnostics,
    };
    if other_kind.is_some() {
        drop_inspection_fields(&mut record);
    }
    checks::run(&mut record, &source);
    record
}

/// Empties what a page that is not an inspection release gave: only its
/// title, headline and publisher are kept.
fn drop_inspection_fields(record: &mut Record) {
    record.subject = None;
    record.embargo = None;
    record.units = None;
    record.files = None;
    record.fieldwork = None;
    record.recommendations = None;
    record.chief_inspector = None;
    record.key_findings.clear();
    record.notes_to_editors.clear();
}

/// Decodes `bytes` (UTF-8, UTF-16 with BOM, or Windows-1252) and parses
/// them. Fails only for input that is not text at all.
///
/// ```
/// let record = inspection_extract::parse_bytes(b"Embargo: 9am 3 June 2011\n").unwrap();
/// assert_eq!(record.embargo.unwrap().time.as_deref(), Some("09:00"));
/// assert!(inspection_extract::parse_bytes(b"\x00\x01binary").is_err());
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Record, DecodeError> {
    parse_decoded(decode::decode(bytes)?)
}

/// Like [`parse_bytes`], taking the buffer: UTF-8 input is decoded in place
/// instead of copied, so a large file is not held twice.
pub fn parse_owned(bytes: Vec<u8>) -> Result<Record, DecodeError> {
    parse_decoded(decode::decode_owned(bytes)?)
}

fn parse_decoded(decoded: decode::Decoded) -> Result<Record, DecodeError> {
    let mut record = parse(&decoded.text);
    record.encoding = decoded.encoding.to_owned();
    let mut diagnostics = decoded.diagnostics;
    // `parse` reads the text after a leading BOM (a second one: the decoder
    // removed the first), so the decoder's places move onto that text.
    let bom = decoded
        .text
        .strip_prefix('\u{FEFF}')
        .map_or(0, |rest| decoded.text.len() - rest.len());
    if bom > 0 {
        let source = source::Source::new(&decoded.text[bom..]);
        for d in &mut diagnostics {
            if let Some(span) = &d.span {
                let moved =
                    source.span(span.start.saturating_sub(bom)..span.end.saturating_sub(bom));
                d.line = Some(moved.line);
                d.column = Some(moved.column);
                d.span = Some(moved);
            }
        }
    }
    diagnostics.append(&mut record.diagnostics);
    record.diagnostics = diagnostics;
    Ok(record)
}

/// README.md's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// True when `text` reads as words: at least two words of letters, and
/// words for at least half of what is between its spaces, with no control
/// characters. Noise decoded as text can sit where a headline would and
/// hold a word or two by chance ("®Ì åî0C;*é Ÿoyu"), but reads as none.
fn reads_as_words(text: &str) -> bool {
    if text.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return false;
    }
    let (mut tokens, mut words) = (0usize, 0usize);
    for w in text.split_whitespace() {
        tokens += 1;
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
        if w.chars().count() >= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
        {
            words += 1;
        }
    }
    words >= 2 && words * 2 >= tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inspectorate_s_own_name_is_never_the_body_inspected() {
        let page = "CARE HOMES FOR OLDER PEOPLE\nTarn House 26 Kirk Road Tarnby Lead Inspector\nAnn Hale Unannounced Inspection 09:30 3 & 8 October 2007\nVersion 1.40 Page 1 The Commission for Social Care Inspection aims to: put the people who use social care first.\n";
        let record = parse(page);
        assert_eq!(record.inspectorates[0].acronym, "CSCI");
        assert_eq!(record.subject, None);
    }

    #[test]
    fn one_of_several_units_is_no_subject() {
        let page = "Report on short visits to three prisons\n\nHM Inspectorate of Prisons found that three prisons had coped well with the pandemic as the lockdown began, and when inspectors visited on 2 June all three sites \u{2013} HMP Littlecote, HMP Rye Vale and HMP Stanford \u{2013} were calm.\n";
        let record = parse(page);
        assert_eq!(record.units.map(|u| u.names.len()), Some(3));
        assert_eq!(record.subject, None);
    }

    fn not_a_release(record: &Record) -> bool {
        record
            .diagnostics
            .iter()
            .any(|d| d.code == Code::NotAPressRelease)
    }

    #[test]
    fn one_weak_signal_is_not_a_press_release() {
        // An inspectorate's acronym in noise.
        let record = parse("xq7 %%b lorem CQC 9zz kk\n#### ~~ 771 pp\n");
        assert_eq!(record.inspectorates.len(), 1);
        assert!(not_a_release(&record), "{:?}", record.diagnostics);
        let message = &record.diagnostics.last().unwrap().message;
        assert!(message.contains("only an inspectorate"), "{message}");

        // An inspectorate and the body it inspected: two signals.
        let record = parse(
            "The Care Inspectorate and HMICS have published the findings of a joint inspection of adult support and protection in East Lothian. The partnership was found to be effective.\n",
        );
        assert!(record.subject.is_some(), "{:?}", record.subject);
        assert!(!not_a_release(&record), "{:?}", record.diagnostics);

        // An inspectorate and an embargo: two signals, a release.
        let record = parse(
            "Embargoed until 00:01 Thursday 23 February 2012\n\nHMCPSI published a report today.\n",
        );
        assert!(!record.inspectorates.is_empty() && record.embargo.is_some());
        assert!(!not_a_release(&record), "{:?}", record.diagnostics);
    }
}
