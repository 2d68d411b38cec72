//! Output formats: JSON Lines (one compact record a line, the default), one
//! JSON array, either of them indented, and two CSV tables for
//! spreadsheets and data frames: one row per document
//! ([`Format::CsvDocuments`], columns [`DOCUMENT_COLUMNS`]) or one row per
//! recommendation in an annex table ([`Format::CsvAnnex`], columns
//! [`ANNEX_COLUMNS`]). Also the JSON Schema of a record ([`schema`]).
//!
//! The corpus report and the human-readable rendering of diagnostics live
//! in [`summary`](crate::summary) and [`explain`](crate::explain).

use std::io::{self, Write};

use crate::fields::Selection;
use crate::record::{CheckStatus, CountBound, Record};

/// How records are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One record per line.
    JsonLines,
    /// One JSON array holding every record.
    JsonArray,
    /// CSV, one row per document with the core fields flattened
    /// ([`DOCUMENT_COLUMNS`]).
    CsvDocuments,
    /// CSV, one row per recommendation in a document's annex table
    /// ([`ANNEX_COLUMNS`]); documents without an annex give no row.
    CsvAnnex,
}

/// Columns of [`Format::CsvDocuments`]. Lists are joined with `"; "`;
/// the progress maps are compact JSON objects (label -> count); an absent
/// value is an empty cell.
pub const DOCUMENT_COLUMNS: [&str; 31] = [
    "source",
    "encoding",
    "title",
    "headline",
    "inspectorates",
    "inspectorate_names",
    "subject",
    "embargo_date",
    "embargo_time",
    "embargo_weekday",
    "embargo_datetime",
    "embargo_local",
    "units_count",
    "units_names",
    "units_also_visited",
    "files_examined",
    "files_bound",
    "fieldwork_start",
    "fieldwork_end",
    "recommendations_total",
    "recommendations_reported",
    "annex_rows",
    "annex_tally",
    "chief_inspector",
    "chief_inspector_role",
    "key_findings",
    "notes_to_editors",
    "checks_failed",
    "diagnostics",
    "diagnostic_codes",
    "schema_version",
];

/// The record field each of [`DOCUMENT_COLUMNS`] is read from, as a
/// dotted path (see [`crate::fields`]): a column is kept by `--fields` when
/// its field, or an object holding it, is named.
pub const DOCUMENT_FIELDS: [&str; 31] = [
    "source",
    "encoding",
    "title.text",
    "headline.text",
    "inspectorates.acronym",
    "inspectorates.name",
    "subject.text",
    "embargo.date",
    "embargo.time",
    "embargo.weekday",
    "embargo.datetime",
    "embargo.local",
    "units.count",
    "units.names.text",
    "units.also_visited.text",
    "files.examined",
    "files.bound",
    "fieldwork.start",
    "fieldwork.end",
    "recommendations.total",
    "recommendations.reported",
    "recommendations.annex",
    "recommendations.tally",
    "chief_inspector.name",
    "chief_inspector.role",
    "key_findings",
    "notes_to_editors",
    "checks.status",
    "diagnostics",
    "diagnostics.code",
    "schema_version",
];

/// Columns of [`Format::CsvAnnex`]: the document's `source`, its
/// inspectorates' acronyms joined with `"; "`, the embargo date, then the
/// row's number, progress label, progress wording, text, commentary, the
/// line it starts on, and the record's `schema_version`.
pub const ANNEX_COLUMNS: [&str; 10] = [
    "source",
    "inspectorate",
    "embargo_date",
    "number",
    "progress",
    "progress_text",
    "text",
    "commentary",
    "line",
    "schema_version",
];

/// The record field each of [`ANNEX_COLUMNS`] is read from, as in
/// [`DOCUMENT_FIELDS`]; `line` is part of the row's span, so `--no-spans`
/// drops it.
pub const ANNEX_FIELDS: [&str; 10] = [
    "source",
    "inspectorates.acronym",
    "embargo.date",
    "recommendations.annex.number",
    "recommendations.annex.progress",
    "recommendations.annex.progress_text",
    "recommendations.annex.text",
    "recommendations.annex.commentary",
    "recommendations.annex.span.line",
    "schema_version",
];

/// The positions of the columns of a CSV `format` that `selection` keeps
/// (every column when it keeps everything).
pub fn kept_columns(format: Format, selection: &Selection) -> Vec<usize> {
    let fields: &[&str] = if format == Format::CsvAnnex {
        &ANNEX_FIELDS
    } else {
        &DOCUMENT_FIELDS
    };
    (0..fields.len())
        .filter(|&i| selection.keeps(fields[i]))
        .collect()
}

enum Sink<W: Write> {
    Json(W),
    Csv(Box<csv::Writer<W>>),
}

/// Writes records one at a time in a [`Format`], so nothing holds the whole
/// corpus.
///
/// ```
/// use inspection_extract::output::{Format, RecordWriter};
/// let mut w = RecordWriter::new(Vec::new(), Format::CsvDocuments, false);
/// w.write(&inspection_extract::parse("Embargoed until 00:01 Thursday 23 February 2012\n")).unwrap();
/// let csv = String::from_utf8(w.finish().unwrap()).unwrap();
/// assert!(csv.starts_with("source,encoding,title,"));
/// assert!(csv.contains(",2012-02-23,00:01,Thursday,"));
/// ```
pub struct RecordWriter<W: Write> {
    sink: Sink<W>,
    format: Format,
    pretty: bool,
    written: usize,
    /// What is kept of each record; `None` keeps everything.
    selection: Option<Selection>,
    /// The CSV columns kept, by position; `None` keeps them all.
    columns: Option<Vec<usize>>,
}

impl<W: Write> RecordWriter<W> {
    /// A writer; call [`RecordWriter::finish`] after the last record.
    /// `pretty` indents JSON and is ignored for CSV.
    pub fn new(out: W, format: Format, pretty: bool) -> Self {
        let sink = match format {
            Format::JsonLines | Format::JsonArray => Sink::Json(out),
            Format::CsvDocuments | Format::CsvAnnex => {
                Sink::Csv(Box::new(csv::Writer::from_writer(out)))
            }
        };
        RecordWriter {
            sink,
            format,
            pretty,
            written: 0,
            selection: None,
            columns: None,
        }
    }

    /// Writes only what `selection` keeps (`--fields`, `--no-spans`): the
    /// selected fields of each JSON record, the columns read from them in
    /// CSV.
    ///
    /// ```
    /// use inspection_extract::fields::Selection;
    /// use inspection_extract::output::{Format, RecordWriter};
    /// let fields = ["embargo.date".to_owned(), "units.count".to_owned()];
    /// let selection = Selection::new(Some(&fields), true).unwrap();
    /// let mut w = RecordWriter::new(Vec::new(), Format::CsvDocuments, false).select(selection);
    /// w.write(&inspection_extract::parse("Embargoed until 00:01 Thursday 23 February 2012\n")).unwrap();
    /// let csv = String::from_utf8(w.finish().unwrap()).unwrap();
    /// assert_eq!(csv.lines().next(), Some("embargo_date,units_count,schema_version"));
    /// ```
    pub fn select(mut self, selection: Selection) -> Self {
        if selection.is_everything() {
            return self;
        }
        if matches!(self.format, Format::CsvDocuments | Format::CsvAnnex) {
            self.columns = Some(kept_columns(self.format, &selection));
        }
        self.selection = Some(selection);
        self
    }

    /// Writes one record.
    pub fn write(&mut self, record: &Record) -> io::Result<()> {
        match &mut self.sink {
            Sink::Json(out) => {
                if self.format == Format::JsonArray {
                    let lead: &[u8] = match (self.written, self.pretty) {
                        (0, true) => b"[\n",
                        (0, false) => b"[",
                        (_, true) => b",\n",
                        (_, false) => b",",
                    };
                    out.write_all(lead)?;
                }
                let lean = self.selection.as_ref().map(|s| s.project(record));
                match (&lean, self.pretty) {
                    (Some(lean), true) => serde_json::to_writer_pretty(&mut *out, lean)?,
                    (Some(lean), false) => serde_json::to_writer(&mut *out, lean)?,
                    (None, true) => serde_json::to_writer_pretty(&mut *out, record)?,
                    (None, false) => serde_json::to_writer(&mut *out, record)?,
                }
                if self.format == Format::JsonLines {
                    out.write_all(b"\n")?;
                }
            }
            Sink::Csv(out) => {
                let columns = self.columns.as_deref();
                if self.written == 0 {
                    write_csv_header(out, self.format, columns)?;
                }
                let rows = if self.format == Format::CsvAnnex {
                    annex_rows(record)
                } else {
                    vec![document_row(record)]
                };
                for row in rows {
                    out.write_record(kept(&row, columns)).map_err(io_error)?;
                }
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Closes the array (if any), writes the CSV header if no record came,
    /// and flushes.
    pub fn finish(self) -> io::Result<W> {
        match self.sink {
            Sink::Json(mut out) => {
                if self.format == Format::JsonArray {
                    let tail: &[u8] = match (self.written, self.pretty) {
                        (0, _) => b"[]\n",
                        (_, true) => b"\n]\n",
                        (_, false) => b"]\n",
                    };
                    out.write_all(tail)?;
                }
                out.flush()?;
                Ok(out)
            }
            Sink::Csv(mut out) => {
                if self.written == 0 {
                    write_csv_header(&mut out, self.format, self.columns.as_deref())?;
                }
                out.flush()?;
                let mut out = (*out).into_inner().map_err(|e| e.into_error())?;
                out.flush()?;
                Ok(out)
            }
        }
    }
}

fn write_csv_header<W: Write>(
    out: &mut csv::Writer<W>,
    format: Format,
    columns: Option<&[usize]>,
) -> io::Result<()> {
    let header: &[&str] = if format == Format::CsvAnnex {
        &ANNEX_COLUMNS
    } else {
        &DOCUMENT_COLUMNS
    };
    out.write_record(kept(header, columns)).map_err(io_error)
}

/// The cells of `row` at `columns`, or all of them.
fn kept<'a, T>(row: &'a [T], columns: Option<&'a [usize]>) -> Box<dyn Iterator<Item = &'a T> + 'a> {
    match columns {
        None => Box::new(row.iter()),
        Some(columns) => Box::new(columns.iter().map(move |&i| &row[i])),
    }
}

/// The I/O error inside a CSV error, so that a closed pipe is still seen as
/// one.
fn io_error(error: csv::Error) -> io::Error {
    if error.is_io_error() {
        if let csv::ErrorKind::Io(e) = error.into_kind() {
            return e;
        }
        unreachable!("is_io_error holds an io::Error");
    }
    io::Error::other(error)
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn joined<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().collect::<Vec<_>>().join("; ")
}

/// The acronyms of a record's inspectorates, joined with `"; "`.
pub fn inspectorate_acronyms(record: &Record) -> String {
    joined(record.inspectorates.iter().map(|i| i.acronym.as_str()))
}

/// One row of [`Format::CsvDocuments`], in [`DOCUMENT_COLUMNS`] order.
pub fn document_row(record: &Record) -> Vec<String> {
    let embargo = record.embargo.as_ref();
    let units = record.units.as_ref();
    let files = record.files.as_ref();
    let fieldwork = record.fieldwork.as_ref();
    let recs = record.recommendations.as_ref();
    let person = record.chief_inspector.as_ref();
    let json_map = |map: Option<&std::collections::BTreeMap<String, u32>>| {
        map.filter(|m| !m.is_empty())
            .map(|m| serde_json::to_string(m).expect("a map of counts serialises"))
            .unwrap_or_default()
    };
    let row = vec![
        opt(record.source.as_deref()),
        record.encoding.clone(),
        opt(record.title.as_ref().map(|t| t.text.as_str())),
        opt(record.headline.as_ref().map(|t| t.text.as_str())),
        inspectorate_acronyms(record),
        joined(record.inspectorates.iter().map(|i| i.name.as_str())),
        opt(record.subject.as_ref().map(|t| t.text.as_str())),
        opt(embargo.map(|e| e.date.as_str())),
        opt(embargo.and_then(|e| e.time.as_deref())),
        opt(embargo.map(|e| e.weekday.as_str())),
        opt(embargo.and_then(|e| e.datetime.as_deref())),
        opt(embargo.and_then(|e| e.local.as_deref())),
        opt(units.and_then(|u| u.count)),
        joined(
            units
                .into_iter()
                .flat_map(|u| u.names.iter().map(|t| t.text.as_str())),
        ),
        joined(
            units
                .into_iter()
                .flat_map(|u| u.also_visited.iter().map(|t| t.text.as_str())),
        ),
        opt(files.and_then(|f| f.examined)),
        opt(files.map(|f| match f.bound {
            CountBound::Exact => "exact",
            CountBound::AtLeast => "at_least",
            CountBound::Derived => "derived",
        })),
        opt(fieldwork.map(|f| f.start.as_str())),
        opt(fieldwork.map(|f| f.end.as_str())),
        opt(recs.and_then(|r| r.total)),
        json_map(recs.map(|r| &r.reported)),
        opt(recs.map(|r| r.annex.len())),
        json_map(recs.map(|r| &r.tally)),
        opt(person.map(|p| p.name.as_str())),
        opt(person.and_then(|p| p.role.as_deref())),
        record.key_findings.len().to_string(),
        record.notes_to_editors.len().to_string(),
        joined(
            record
                .checks
                .iter()
                .filter(|c| c.status == CheckStatus::Failed)
                .map(|c| c.name.as_str()),
        ),
        record.diagnostics.len().to_string(),
        {
            let mut codes: Vec<&str> = record.diagnostics.iter().map(|d| d.code.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            joined(codes)
        },
        record.schema_version.clone(),
    ];
    debug_assert_eq!(row.len(), DOCUMENT_COLUMNS.len());
    row
}

/// The rows of [`Format::CsvAnnex`] for one record, in [`ANNEX_COLUMNS`]
/// order; none when the record has no annex table.
pub fn annex_rows(record: &Record) -> Vec<Vec<String>> {
    let source = opt(record.source.as_deref());
    let inspectorate = inspectorate_acronyms(record);
    let date = opt(record.embargo.as_ref().map(|e| e.date.as_str()));
    let annex = record
        .recommendations
        .as_ref()
        .map(|r| r.annex.as_slice())
        .unwrap_or_default();
    annex
        .iter()
        .map(|row| {
            vec![
                source.clone(),
                inspectorate.clone(),
                date.clone(),
                row.number.clone(),
                opt(row.progress.as_deref()),
                opt(row.progress_text.as_deref()),
                row.text.clone(),
                opt(row.commentary.as_deref()),
                row.span.line.to_string(),
                record.schema_version.clone(),
            ]
        })
        .collect()
}

pub use crate::record::schema;

#[cfg(test)]
mod tests {
    use super::*;

    fn written(format: Format, pretty: bool, n: usize) -> String {
        let mut w = RecordWriter::new(Vec::new(), format, pretty);
        for _ in 0..n {
            w.write(&Record::default()).unwrap();
        }
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn json_lines_one_per_line() {
        let out = written(Format::JsonLines, false, 2);
        assert_eq!(out.lines().count(), 2);
        for line in out.lines() {
            serde_json::from_str::<Record>(line).unwrap();
        }
    }

    #[test]
    fn array_is_valid_json_whatever_the_count() {
        for n in [0, 1, 3] {
            for pretty in [false, true] {
                let out = written(Format::JsonArray, pretty, n);
                let records: Vec<Record> = serde_json::from_str(&out).unwrap();
                assert_eq!(records.len(), n);
            }
        }
    }

    #[test]
    fn csv_has_a_header_whatever_the_count() {
        for format in [Format::CsvDocuments, Format::CsvAnnex] {
            for n in [0, 2] {
                let out = written(format, false, n);
                let mut reader = csv::Reader::from_reader(out.as_bytes());
                let header = reader.headers().unwrap().clone();
                let columns: &[&str] = if format == Format::CsvAnnex {
                    &ANNEX_COLUMNS
                } else {
                    &DOCUMENT_COLUMNS
                };
                assert_eq!(header.iter().collect::<Vec<_>>(), columns);
                let rows = reader.records().count();
                assert_eq!(rows, if format == Format::CsvAnnex { 0 } else { n });
            }
        }
    }

    #[test]
    fn document_row_matches_columns() {
        let record = crate::parse(
            "Embargoed until 00:01 Thursday 23 February 2012\n\nHMCPSI visited six units and examined a total of 105 files.\n",
        );
        let row = document_row(&record);
        assert_eq!(row.len(), DOCUMENT_COLUMNS.len());
        let cell = |name: &str| &row[DOCUMENT_COLUMNS.iter().position(|c| *c == name).unwrap()];
        assert_eq!(cell("embargo_date"), "2012-02-23");
        assert_eq!(cell("units_count"), "6");
        assert_eq!(cell("files_examined"), "105");
        assert_eq!(cell("files_bound"), "exact");
    }
}
