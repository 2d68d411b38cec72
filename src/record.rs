//! The output model: one [`Record`] per document.
//!
//! Field names here are the JSON contract documented in README.md; renaming
//! one is a breaking change. Every extracted value carries a [`Span`] so a
//! user can find the text it was read from.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;

/// The version of the record contract (the field names, types and meanings
/// that `extract --schema` prints), written in every record as
/// `schema_version` and in the schema's `$id`. Semantic versioning: the
/// minor number grows when fields are added, the major number when a field
/// is renamed, removed or changes meaning. Every version is described in
/// CHANGELOG.md, and `schema/record-<version>.schema.json` holds its schema;
/// a test fails when the schema changes without both.
pub const SCHEMA_VERSION: &str = "1.3.0";

/// Where a value came from: byte offsets into the decoded text (UTF-8, BOM
/// removed, line endings as in the file) and the 1-based line and column
/// (in characters) of `start`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, counted in Unicode scalar values.
    pub column: usize,
}

/// A piece of text read from the document, cleaned of layout (wrapped lines
/// joined, runs of spaces collapsed, footnote markers removed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Text {
    pub text: String,
    pub span: Span,
}

/// Everything extracted from one press release.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Record {
    /// The version of the record contract that wrote this record
    /// (semantic versioning, e.g. `1.1.0`; see CHANGELOG.md).
    pub schema_version: String,
    /// The path as given on the command line, or `null` for text parsed
    /// directly through the library.
    pub source: Option<String>,
    /// How the bytes were read: `utf-8`, `utf-16le`, `utf-16be` or
    /// `windows-1252`.
    pub encoding: String,
    /// The report's title line (often "Inspectorate: Report name").
    pub title: Option<Text>,
    /// The press headline.
    pub headline: Option<Text>,
    /// Every inspectorate that carried out the inspection, in order of first
    /// mention.
    pub inspectorates: Vec<Inspectorate>,
    /// The body inspected.
    pub subject: Option<Text>,
    pub embargo: Option<Embargo>,
    pub units: Option<Units>,
    pub files: Option<Files>,
    pub fieldwork: Option<Fieldwork>,
    pub recommendations: Option<Recommendations>,
    pub chief_inspector: Option<Person>,
    pub key_findings: Vec<Text>,
    pub notes_to_editors: Vec<Note>,
    /// Cross-checks between fields; see [`crate::checks`].
    pub checks: Vec<Check>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Record {
    /// Calls `f` on every span of the record: each value's, each part's
    /// and each diagnostic's.
    pub(crate) fn for_each_span(&mut self, mut f: impl FnMut(&mut Span)) {
        for text in [&mut self.title, &mut self.headline, &mut self.subject]
            .into_iter()
            .flatten()
        {
            f(&mut text.span);
        }
        for inspectorate in &mut self.inspectorates {
            f(&mut inspectorate.span);
        }
        if let Some(embargo) = &mut self.embargo {
            f(&mut embargo.span);
        }
        if let Some(units) = &mut self.units {
            f(&mut units.span);
            for name in units.names.iter_mut().chain(&mut units.also_visited) {
                f(&mut name.span);
            }
        }
        if let Some(files) = &mut self.files {
            f(&mut files.span);
            for part in &mut files.breakdown {
                f(&mut part.span);
            }
        }
        if let Some(fieldwork) = &mut self.fieldwork {
            f(&mut fieldwork.span);
        }
        if let Some(recommendations) = &mut self.recommendations {
            if let Some(span) = &mut recommendations.span {
                f(span);
            }
            for row in &mut recommendations.annex {
                f(&mut row.span);
            }
        }
        if let Some(person) = &mut self.chief_inspector {
            f(&mut person.span);
        }
        for finding in &mut self.key_findings {
            f(&mut finding.span);
        }
        for note in &mut self.notes_to_editors {
            f(&mut note.span);
        }
        for diagnostic in &mut self.diagnostics {
            if let Some(span) = &mut diagnostic.span {
                f(span);
            }
        }
    }
}

impl Default for Record {
    /// An empty record of the current [`SCHEMA_VERSION`].
    fn default() -> Self {
        Record {
            schema_version: SCHEMA_VERSION.to_owned(),
            source: None,
            encoding: String::new(),
            title: None,
            headline: None,
            inspectorates: Vec::new(),
            subject: None,
            embargo: None,
            units: None,
            files: None,
            fieldwork: None,
            recommendations: None,
            chief_inspector: None,
            key_findings: Vec::new(),
            notes_to_editors: Vec::new(),
            checks: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}

/// An inspectorate named in the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Inspectorate {
    /// Full name, e.g. "HM Crown Prosecution Service Inspectorate".
    pub name: String,
    /// The acronym the document uses, else the body's usual short form.
    pub acronym: String,
    pub span: Span,
}

/// When the release may be published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Embargo {
    /// The embargo line as written.
    pub text: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`, 24-hour; `null` when only a date is given.
    pub time: Option<String>,
    /// The weekday of `date` (not the one written, which may be wrong).
    pub weekday: String,
    /// RFC 3339 with the UK offset in force at that moment, e.g.
    /// `2012-02-23T00:01:00+00:00`; `null` when there is no time.
    pub datetime: Option<String>,
    /// The same moment as the UK wall-clock time, `YYYY-MM-DDTHH:MM` with no
    /// offset (what a clock in London showed); `null` when there is no
    /// time.
    pub local: Option<String>,
    pub span: Span,
}

/// Units, sites or establishments visited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Units {
    /// The number the document says were visited.
    pub count: Option<u32>,
    /// The names listed, one per unit.
    pub names: Vec<Text>,
    /// Places visited in addition to the counted units ("as well as ...").
    pub also_visited: Vec<Text>,
    pub span: Span,
}

/// Files or cases examined.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Files {
    pub examined: Option<u32>,
    /// `exact`, `at_least` ("more than 300") or `derived` (summed from a
    /// breakdown with no stated total).
    pub bound: CountBound,
    pub breakdown: Vec<FileCategory>,
    pub span: Span,
}

/// How a count was stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CountBound {
    Exact,
    AtLeast,
    Derived,
}

/// One part of a files breakdown ("including 15 allegations of rape").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FileCategory {
    pub count: u32,
    pub category: String,
    pub span: Span,
}

/// When inspectors were on site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Fieldwork {
    /// The words the period was read from.
    pub text: String,
    /// `YYYY-MM-DD`.
    pub start: String,
    /// `YYYY-MM-DD`.
    pub end: String,
    pub span: Span,
}

/// Recommendations and their progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Recommendations {
    /// The number of recommendations the narrative states.
    pub total: Option<u32>,
    /// Progress label -> count, as the narrative reports them.
    pub reported: BTreeMap<String, u32>,
    /// The annex table, one row per recommendation.
    pub annex: Vec<AnnexRow>,
    /// Progress label -> number of annex rows with it.
    pub tally: BTreeMap<String, u32>,
    pub span: Option<Span>,
}

/// One recommendation in the annex table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct AnnexRow {
    /// As printed: "1", "R3", "B".
    pub number: String,
    pub text: String,
    /// The progress label in snake_case, `null` when the row has none.
    pub progress: Option<String>,
    /// The progress wording as printed.
    pub progress_text: Option<String>,
    /// Text after the rating (a third "commentary" column, or what follows
    /// the rating in a flattened row); `null` when there is none.
    pub commentary: Option<String>,
    pub span: Span,
}

/// The inspector quoted in the release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Person {
    /// Name without honorific or post-nominals.
    pub name: String,
    /// "Sir", "Dame", "Dr", ... when given.
    pub honorific: Option<String>,
    /// "QPM", "CBE", ... when given.
    pub post_nominals: Vec<String>,
    pub role: Option<String>,
    pub quote: Option<String>,
    pub span: Span,
}

/// One note to editors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Note {
    /// The note's number as printed, `null` for unnumbered notes.
    pub number: Option<String>,
    pub text: String,
    pub span: Span,
}

/// The result of one cross-check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Check {
    /// Stable name, e.g. `reported-matches-annex`.
    pub name: String,
    pub status: CheckStatus,
    /// What the narrative or first field says.
    pub expected: serde_json::Value,
    /// What the other field says.
    pub actual: serde_json::Value,
}

/// Outcome of a [`Check`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    Passed,
    Failed,
    NotApplicable,
}

/// The `$id` of the record schema of this [`SCHEMA_VERSION`]:
/// `urn:inspection-extract:record:<version>`.
pub fn schema_id() -> String {
    format!("urn:inspection-extract:record:{SCHEMA_VERSION}")
}

/// The JSON Schema (draft 2020-12) of one [`Record`] as written by every
/// JSON format; the JSON array format is an array of these. Its `$id`
/// carries the [`SCHEMA_VERSION`].
///
/// ```
/// let schema = inspection_extract::record::schema();
/// assert_eq!(schema["title"], "Record");
/// assert_eq!(schema["$id"], inspection_extract::record::schema_id());
/// assert!(schema["properties"]["embargo"].is_object());
/// ```
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Record);
    let serde_json::Value::Object(generated) =
        serde_json::to_value(schema).expect("a JSON Schema serialises")
    else {
        unreachable!("a schema of a struct is an object")
    };
    // `$schema`, then `$id`, then the rest as generated.
    let mut schema = serde_json::Map::new();
    let mut rest = generated.into_iter();
    for (key, value) in rest.by_ref() {
        let first = key == "$schema";
        schema.insert(key, value);
        if first {
            break;
        }
    }
    schema.insert("$id".to_owned(), schema_id().into());
    schema.extend(rest);
    serde_json::Value::Object(schema)
}
