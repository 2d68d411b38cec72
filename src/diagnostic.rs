//! Diagnostics: every guess, oddity and failed check leaves one, pointing at
//! the line and column it concerns.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::record::Span;

/// How serious a diagnostic is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A value was read but inferred or corrected; worth a look.
    Info,
    /// Something is probably wrong in the document or in what was read.
    Warning,
    /// The document could not be read as intended.
    Error,
}

/// Stable diagnostic codes, written in kebab-case in the output. README.md
/// lists them; a code is never reused for another meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A month name was misspelt and read as the nearest month.
    MonthMisspelt,
    /// A year was not written and was taken from elsewhere in the document.
    YearInferred,
    /// The weekday written does not fall on the date written.
    WeekdayMismatch,
    /// An embargo line was found but its date could not be read.
    EmbargoUnreadable,
    /// A count is a lower bound ("more than 300").
    CountLowerBound,
    /// A total was not stated and was summed from its parts.
    CountDerived,
    /// A unit count was found but the names listed differ in number.
    UnitsCountMismatch,
    /// No units were stated, and the one establishment inspected (the
    /// subject) was taken as the unit visited.
    UnitsFromSubject,
    /// An annex row has no progress rating.
    AnnexRowUnrated,
    /// An annex progress wording is not in the lexicon; kept as written.
    ProgressUnknown,
    /// The input was not UTF-8 and was decoded from another encoding.
    EncodingFallback,
    /// Bytes that could not be decoded were replaced.
    InvalidBytes,
    /// The input is empty or holds only whitespace.
    EmptyInput,
    /// Nothing that looks like a press release was found.
    NotAPressRelease,
    /// The input is far larger than a press release (several documents in
    /// one file, a dump): only the first of each field is read.
    LargeInput,
    /// A cross-check failed; the message names it.
    CheckFailed,
    /// Two columns of text side by side (a page as `pdftotext -layout`
    /// writes it) were read left column first; spans still point at the
    /// lines as written.
    ColumnsReordered,
}

impl Code {
    /// The code as written in the output, e.g. `month-misspelt`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::MonthMisspelt => "month-misspelt",
            Code::YearInferred => "year-inferred",
            Code::WeekdayMismatch => "weekday-mismatch",
            Code::EmbargoUnreadable => "embargo-unreadable",
            Code::CountLowerBound => "count-lower-bound",
            Code::CountDerived => "count-derived",
            Code::UnitsCountMismatch => "units-count-mismatch",
            Code::UnitsFromSubject => "units-from-subject",
            Code::AnnexRowUnrated => "annex-row-unrated",
            Code::ProgressUnknown => "progress-unknown",
            Code::EncodingFallback => "encoding-fallback",
            Code::InvalidBytes => "invalid-bytes",
            Code::EmptyInput => "empty-input",
            Code::NotAPressRelease => "not-a-press-release",
            Code::LargeInput => "large-input",
            Code::CheckFailed => "check-failed",
            Code::ColumnsReordered => "columns-reordered",
        }
    }

    /// Every code, in documentation order.
    pub const ALL: [Code; 17] = [
        Code::MonthMisspelt,
        Code::YearInferred,
        Code::WeekdayMismatch,
        Code::EmbargoUnreadable,
        Code::CountLowerBound,
        Code::CountDerived,
        Code::UnitsCountMismatch,
        Code::UnitsFromSubject,
        Code::AnnexRowUnrated,
        Code::ProgressUnknown,
        Code::EncodingFallback,
        Code::InvalidBytes,
        Code::EmptyInput,
        Code::NotAPressRelease,
        Code::LargeInput,
        Code::CheckFailed,
        Code::ColumnsReordered,
    ];
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One diagnostic about a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    /// 1-based line, `null` for diagnostics about the whole input.
    pub line: Option<usize>,
    /// 1-based column in characters.
    pub column: Option<usize>,
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A diagnostic pointing at `span`.
    pub fn at(severity: Severity, code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            line: Some(span.line),
            column: Some(span.column),
            span: Some(span),
        }
    }

    /// A diagnostic about the whole input.
    pub fn whole(severity: Severity, code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            line: None,
            column: None,
            span: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` is what serde writes, and README documents every code: the
    /// list of codes, the output and the documentation cannot drift apart.
    #[test]
    fn every_code_is_written_as_documented() {
        let readme = include_str!("../README.md");
        for code in Code::ALL {
            let written = serde_json::to_value(code).unwrap();
            assert_eq!(written, code.as_str(), "{code:?}");
            assert!(
                readme.contains(&format!("| `{code}` |")),
                "README does not document {code}"
            );
        }
    }
}
