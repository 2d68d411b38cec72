//! The corpus report behind `extract --summary`: documents read and failed;
//! per inspectorate, per year and per inspectorate and year, the number of
//! documents, recommendations by progress label and the share achieved;
//! units visited and files examined in total; and every document whose
//! checks failed, with the check and the values compared.
//!
//! A [`Summary`] is built one record at a time ([`Summary::add`]), so its
//! size grows with the number of inspectorates, years and failures, never
//! with the corpus. It is written as a table ([`Summary::write_table`]) or as
//! one JSON object (its `Serialize`).
//!
//! Which counts a document contributes: its annex tally when it has an annex
//! table, else the counts its narrative reports. A joint inspection counts
//! once for each of its inspectorates in the per-inspectorate groups, and
//! once in the totals. The year is the embargo's.
//!
//! ```
//! use inspection_extract::summary::Summary;
//! let mut summary = Summary::default();
//! summary.add(&inspection_extract::parse(
//!     "Embargoed until 00:01 Thursday 23 February 2012\n\nHMCPSI visited six units.\n",
//! ));
//! let json = serde_json::to_value(&summary).unwrap();
//! assert_eq!(json["documents"]["read"], 1);
//! assert_eq!(json["by_year"][0]["year"], 2012);
//! assert_eq!(json["units_visited"]["total"], 6);
//! ```

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::corpus::InputError;
use crate::record::{CheckStatus, CountBound, Record};

/// Progress labels that count as achieved in the share achieved. Labels
/// of graded scales ("good progress", "substantial progress") do not: they
/// say how far a recommendation got, not that it was met.
pub const ACHIEVED: &[&str] = &[
    "achieved",
    "fully_achieved",
    "implemented",
    "fully_implemented",
    "met",
    "fully_met",
    "complete",
    "completed",
];

/// Progress labels left out of the share achieved's denominator: the
/// recommendation no longer stands.
pub const NOT_ASSESSED: &[&str] = &[
    "not_applicable",
    "no_longer_applicable",
    "superseded",
    "withdrawn",
];

/// Counts for one group of documents.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Group {
    /// Documents in the group.
    pub documents: u64,
    /// Recommendations with a progress label.
    pub recommendations: u64,
    /// Progress label -> number of recommendations.
    pub by_progress: BTreeMap<String, u64>,
    /// Recommendations whose label is in [`ACHIEVED`].
    pub achieved: u64,
    /// Recommendations whose label is not in [`NOT_ASSESSED`]: the share
    /// achieved's denominator.
    pub assessed: u64,
    /// `achieved / assessed`, `null` when nothing was assessed.
    pub achieved_share: Option<f64>,
}

impl Group {
    fn add(&mut self, progress: &BTreeMap<String, u32>) {
        self.documents += 1;
        for (label, &count) in progress {
            let count = u64::from(count);
            self.recommendations += count;
            *self.by_progress.entry(label.clone()).or_default() += count;
            if ACHIEVED.contains(&label.as_str()) {
                self.achieved += count;
            }
            if !NOT_ASSESSED.contains(&label.as_str()) {
                self.assessed += count;
            }
        }
        self.achieved_share =
            (self.assessed > 0).then(|| self.achieved as f64 / self.assessed as f64);
    }
}

/// An input that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub source: String,
    pub reason: String,
}

/// A failed check in one document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FailedCheck {
    pub source: Option<String>,
    pub check: String,
    pub expected: serde_json::Value,
    pub actual: serde_json::Value,
}

/// A total over the documents that state it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Total {
    /// The sum.
    pub total: u64,
    /// How many documents stated a number.
    pub documents: u64,
    /// How many of those numbers are lower bounds ("more than 300"), so the
    /// total is one too.
    pub lower_bounds: u64,
}

/// The corpus report; see the [module documentation](self).
#[derive(Clone, Debug, Default)]
pub struct Summary {
    read: u64,
    failed: Vec<Failure>,
    totals: Group,
    /// `None`: no inspectorate was found.
    by_inspectorate: BTreeMap<Option<String>, Group>,
    /// `None`: no embargo date.
    by_year: BTreeMap<Option<i32>, Group>,
    by_inspectorate_year: BTreeMap<(Option<String>, Option<i32>), Group>,
    units: Total,
    files: Total,
    failed_checks: Vec<FailedCheck>,
}

impl Summary {
    /// Adds one document's record.
    pub fn add(&mut self, record: &Record) {
        self.read += 1;
        let empty = BTreeMap::new();
        let progress = record
            .recommendations
            .as_ref()
            .map(|r| {
                if r.annex.is_empty() {
                    &r.reported
                } else {
                    &r.tally
                }
            })
            .unwrap_or(&empty);
        let year = record
            .embargo
            .as_ref()
            .and_then(|e| e.date.get(..4))
            .and_then(|y| y.parse::<i32>().ok());

        self.totals.add(progress);
        self.by_year.entry(year).or_default().add(progress);
        let mut acronyms: Vec<Option<String>> = record
            .inspectorates
            .iter()
            .map(|i| Some(i.acronym.clone()))
            .collect();
        acronyms.sort();
        acronyms.dedup();
        if acronyms.is_empty() {
            acronyms.push(None);
        }
        for acronym in acronyms {
            self.by_inspectorate
                .entry(acronym.clone())
                .or_default()
                .add(progress);
            self.by_inspectorate_year
                .entry((acronym, year))
                .or_default()
                .add(progress);
        }

        if let Some(count) = record.units.as_ref().and_then(|u| u.count) {
            self.units.total += u64::from(count);
            self.units.documents += 1;
        }
        if let Some(files) = &record.files {
            if let Some(examined) = files.examined {
                self.files.total += u64::from(examined);
                self.files.documents += 1;
                if files.bound == CountBound::AtLeast {
                    self.files.lower_bounds += 1;
                }
            }
        }
        for check in record
            .checks
            .iter()
            .filter(|c| c.status == CheckStatus::Failed)
        {
            self.failed_checks.push(FailedCheck {
                source: record.source.clone(),
                check: check.name.clone(),
                expected: check.expected.clone(),
                actual: check.actual.clone(),
            });
        }
    }

    /// Adds an input that could not be read.
    pub fn add_failure(&mut self, error: &InputError) {
        let source = error.path.display().to_string();
        let full = error.to_string();
        let reason = full
            .strip_prefix(&source)
            .and_then(|r| r.strip_prefix(": "))
            .unwrap_or(&full)
            .to_owned();
        self.failed.push(Failure { source, reason });
    }

    /// Documents read.
    pub fn read(&self) -> u64 {
        self.read
    }

    /// Inputs that could not be read.
    pub fn failed(&self) -> &[Failure] {
        &self.failed
    }

    /// Every failed check, in input order.
    pub fn failed_checks(&self) -> &[FailedCheck] {
        &self.failed_checks
    }

    /// Writes the report as aligned plain-text tables.
    pub fn write_table<W: Write>(&self, out: &mut W) -> io::Result<()> {
        writeln!(
            out,
            "Documents: {} read, {} failed",
            self.read,
            self.failed.len()
        )?;
        for f in &self.failed {
            writeln!(out, "  failed: {}: {}", f.source, f.reason)?;
        }
        writeln!(out)?;

        let inspectorate = |k: &Option<String>| k.clone().unwrap_or_else(|| "(none)".to_owned());
        let year = |k: &Option<i32>| k.map_or_else(|| "(no embargo)".to_owned(), |y| y.to_string());

        let rows: Vec<(Vec<String>, &Group)> = self
            .by_inspectorate
            .iter()
            .map(|(k, g)| (vec![inspectorate(k)], g))
            .collect();
        write_groups(
            out,
            "By inspectorate",
            &["inspectorate"],
            rows,
            &self.totals,
        )?;

        let rows = self
            .by_year
            .iter()
            .map(|(k, g)| (vec![year(k)], g))
            .collect();
        write_groups(out, "By year", &["year"], rows, &self.totals)?;

        let rows = self
            .by_inspectorate_year
            .iter()
            .map(|((i, y), g)| (vec![inspectorate(i), year(y)], g))
            .collect();
        write_groups(
            out,
            "By inspectorate and year",
            &["inspectorate", "year"],
            rows,
            &self.totals,
        )?;

        writeln!(
            out,
            "Units visited:  {} (stated in {} of {} documents)",
            self.units.total, self.units.documents, self.read
        )?;
        let bounds = match self.files.lower_bounds {
            0 => String::new(),
            1 => "; 1 is a lower bound".to_owned(),
            n => format!("; {n} are lower bounds"),
        };
        writeln!(
            out,
            "Files examined: {} (stated in {} of {} documents{bounds})",
            self.files.total, self.files.documents, self.read
        )?;
        writeln!(out)?;

        if self.failed_checks.is_empty() {
            writeln!(out, "Failed checks: none")?;
        } else {
            let documents = {
                let mut sources: Vec<_> = self.failed_checks.iter().map(|f| &f.source).collect();
                sources.dedup();
                sources.len()
            };
            writeln!(
                out,
                "Failed checks: {} in {} document{}",
                self.failed_checks.len(),
                documents,
                if documents == 1 { "" } else { "s" }
            )?;
            let table: Vec<Vec<String>> = self
                .failed_checks
                .iter()
                .map(|f| {
                    vec![
                        f.source.clone().unwrap_or_else(|| "-".to_owned()),
                        f.check.clone(),
                        f.expected.to_string(),
                        f.actual.to_string(),
                    ]
                })
                .collect();
            write_table(out, &["document", "check", "expected", "actual"], &table, 0)?;
        }
        Ok(())
    }
}

/// Writes one group table with a total row.
fn write_groups<W: Write>(
    out: &mut W,
    title: &str,
    keys: &[&str],
    rows: Vec<(Vec<String>, &Group)>,
    totals: &Group,
) -> io::Result<()> {
    writeln!(out, "{title}")?;
    let mut header: Vec<&str> = keys.to_vec();
    header.extend(["documents", "recommendations", "achieved", "by progress"]);
    let cells = |mut key: Vec<String>, g: &Group| {
        key.extend([
            g.documents.to_string(),
            g.recommendations.to_string(),
            g.achieved_share
                .map_or_else(|| "-".to_owned(), |s| format!("{:.1}%", s * 100.0)),
            g.by_progress
                .iter()
                .map(|(label, n)| format!("{label} {n}"))
                .collect::<Vec<_>>()
                .join(", "),
        ]);
        key
    };
    let mut table: Vec<Vec<String>> = rows.into_iter().map(|(k, g)| cells(k, g)).collect();
    let mut total_key = vec!["total".to_owned()];
    total_key.resize(keys.len(), String::new());
    table.push(cells(total_key, totals));
    write_table(out, &header, &table, keys.len())?;
    writeln!(out)
}

/// Writes `rows` under `header`, two spaces between columns; the columns
/// from `numeric_from` on are right-aligned except the last.
fn write_table<W: Write>(
    out: &mut W,
    header: &[&str],
    rows: &[Vec<String>],
    numeric_from: usize,
) -> io::Result<()> {
    let columns = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[&str]| {
        let mut s = String::from(" ");
        for (i, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            s.push(' ');
            let pad = width - cell.chars().count();
            let last = i + 1 == columns;
            if i >= numeric_from && numeric_from > 0 && !last {
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            } else {
                s.push_str(cell);
                if !last {
                    s.push_str(&" ".repeat(pad));
                }
            }
            if !last {
                s.push(' ');
            }
        }
        s.truncate(s.trim_end().len());
        s
    };
    writeln!(out, "{}", line(header))?;
    for row in rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        writeln!(out, "{}", line(&cells))?;
    }
    Ok(())
}

#[derive(Serialize)]
struct Documents {
    read: u64,
    failed: usize,
}

#[derive(Serialize)]
struct Keyed<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    inspectorate: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<Option<i32>>,
    #[serde(flatten)]
    group: &'a Group,
}

/// The JSON form: `documents` (`read`, `failed`), `failed_inputs`,
/// `totals`, `by_inspectorate` (each group with `inspectorate`, `null` when
/// none was found), `by_year` (`year`, `null` without an embargo),
/// `by_inspectorate_year`, `units_visited` and `files_examined` (each
/// `total`, `documents`, `lower_bounds`) and `failed_checks` (`source`,
/// `check`, `expected`, `actual`).
impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Summary", 9)?;
        s.serialize_field(
            "documents",
            &Documents {
                read: self.read,
                failed: self.failed.len(),
            },
        )?;
        s.serialize_field("failed_inputs", &self.failed)?;
        s.serialize_field("totals", &self.totals)?;
        let by_inspectorate: Vec<Keyed> = self
            .by_inspectorate
            .iter()
            .map(|(k, group)| Keyed {
                inspectorate: Some(k.as_deref()),
                year: None,
                group,
            })
            .collect();
        s.serialize_field("by_inspectorate", &by_inspectorate)?;
        let by_year: Vec<Keyed> = self
            .by_year
            .iter()
            .map(|(k, group)| Keyed {
                inspectorate: None,
                year: Some(*k),
                group,
            })
            .collect();
        s.serialize_field("by_year", &by_year)?;
        let both: Vec<Keyed> = self
            .by_inspectorate_year
            .iter()
            .map(|((i, y), group)| Keyed {
                inspectorate: Some(i.as_deref()),
                year: Some(*y),
                group,
            })
            .collect();
        s.serialize_field("by_inspectorate_year", &both)?;
        s.serialize_field("units_visited", &self.units)?;
        s.serialize_field("files_examined", &self.files)?;
        s.serialize_field("failed_checks", &self.failed_checks)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{AnnexRow, Check, Inspectorate, Recommendations, Span};

    fn record(acronyms: &[&str], date: Option<&str>, labels: &[&str]) -> Record {
        let mut r = Record {
            source: Some("doc.txt".into()),
            ..Record::default()
        };
        r.inspectorates = acronyms
            .iter()
            .map(|a| Inspectorate {
                name: (*a).into(),
                acronym: (*a).into(),
                span: Span::default(),
            })
            .collect();
        r.embargo = date.map(|d| crate::record::Embargo {
            text: String::new(),
            date: d.into(),
            time: None,
            weekday: String::new(),
            datetime: None,
            local: None,
            span: Span::default(),
        });
        if !labels.is_empty() {
            let mut recs = Recommendations::default();
            for (i, l) in labels.iter().enumerate() {
                recs.annex.push(AnnexRow {
                    number: (i + 1).to_string(),
                    text: String::new(),
                    progress: Some((*l).into()),
                    progress_text: None,
                    commentary: None,
                    span: Span::default(),
                });
                *recs.tally.entry((*l).into()).or_insert(0) += 1;
            }
            r.recommendations = Some(recs);
        }
        r
    }

    #[test]
    fn groups_and_share() {
        let mut s = Summary::default();
        s.add(&record(
            &["HMIC"],
            Some("2012-02-23"),
            &["achieved", "not_achieved", "superseded"],
        ));
        s.add(&record(
            &["HMIC", "HMCPSI"],
            Some("2013-01-01"),
            &["fully_achieved"],
        ));
        s.add(&record(&[], None, &[]));
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["documents"]["read"], 3);
        assert_eq!(json["totals"]["recommendations"], 4);
        assert_eq!(json["totals"]["achieved"], 2);
        assert_eq!(json["totals"]["assessed"], 3);
        let insp = json["by_inspectorate"].as_array().unwrap();
        assert_eq!(insp[0]["inspectorate"], serde_json::Value::Null);
        let hmic = insp.iter().find(|g| g["inspectorate"] == "HMIC").unwrap();
        assert_eq!(hmic["documents"], 2);
        assert_eq!(hmic["achieved_share"], 2.0 / 3.0);
        assert!(hmic.get("year").is_none());
        let years = json["by_year"].as_array().unwrap();
        assert_eq!(years.len(), 3);
        assert_eq!(json["by_inspectorate_year"].as_array().unwrap().len(), 4);
        let mut table = Vec::new();
        s.write_table(&mut table).unwrap();
        let table = String::from_utf8(table).unwrap();
        assert!(table.contains("Documents: 3 read, 0 failed"), "{table}");
        assert!(table.contains("66.7%"), "{table}");
        assert!(table.contains("Failed checks: none"), "{table}");
    }

    #[test]
    fn failed_checks_are_listed() {
        let mut r = record(&["HMIC"], Some("2012-02-23"), &[]);
        r.checks.push(Check {
            name: "total-matches-annex".into(),
            status: CheckStatus::Failed,
            expected: serde_json::json!(5),
            actual: serde_json::json!(4),
        });
        let mut s = Summary::default();
        s.add(&r);
        assert_eq!(s.failed_checks().len(), 1);
        let mut table = Vec::new();
        s.write_table(&mut table).unwrap();
        let table = String::from_utf8(table).unwrap();
        assert!(table.contains("Failed checks: 1 in 1 document"), "{table}");
        assert!(
            table.contains("doc.txt   total-matches-annex  5         4"),
            "{table}"
        );
    }
}
