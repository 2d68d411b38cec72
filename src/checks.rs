//! Cross-checks between the fields of a record: does the narrative agree
//! with the annex, the count with the names listed, the fieldwork with the
//! embargo? Each check has a stable name and is always present in
//! `checks`, as `passed`, `failed` or `not_applicable`; each failure also
//! leaves a `check-failed` diagnostic.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::lexicon::label_parts;
use crate::record::{Check, CheckStatus, Record, Span};
use crate::source::Source;

/// The names of every check, in the order they appear in a record.
pub const NAMES: [&str; 7] = [
    "reported-matches-annex",
    "total-matches-annex",
    "units-count-matches-names",
    "embargo-weekday-matches-date",
    "fieldwork-before-embargo",
    "breakdown-within-total",
    "annex-numbering-sequential",
];

/// Runs every check on `record`, filling `checks` and adding diagnostics.
pub fn run(record: &mut Record, source: &Source<'_>) {
    let mut checks = Vec::with_capacity(NAMES.len());
    let mut push = |name: &str,
                    outcome: Option<(bool, Value, Value)>,
                    span: Option<Span>,
                    record_diags: &mut Vec<Diagnostic>| {
        let (status, expected, actual) = match outcome {
            None => (CheckStatus::NotApplicable, Value::Null, Value::Null),
            Some((true, e, a)) => (CheckStatus::Passed, e, a),
            Some((false, e, a)) => {
                let message = format!("check {name} failed: {e} against {a}");
                record_diags.push(match span {
                    Some(span) => {
                        Diagnostic::at(Severity::Warning, Code::CheckFailed, span, message)
                    }
                    None => Diagnostic::whole(Severity::Warning, Code::CheckFailed, message),
                });
                (CheckStatus::Failed, e, a)
            }
        };
        checks.push(Check {
            name: name.to_owned(),
            status,
            expected,
            actual,
        });
    };
    let mut diags = Vec::new();
    let recs = record.recommendations.as_ref();
    let rec_span = recs.and_then(|r| r.span);

    // The narrative's counts against the annex tally, label by label: each
    // label the narrative reports (a combined "good or reasonable" label
    // against the sum of its parts); labels it leaves out are not compared.
    let outcome = recs
        .filter(|r| !r.reported.is_empty() && !r.annex.is_empty())
        .map(|r| {
            let in_annex: BTreeMap<&str, u32> = r
                .reported
                .keys()
                .map(|label| {
                    let mut parts = label_parts(label);
                    if parts.len() > 1 {
                        parts.push(label.clone());
                    }
                    let n = parts.iter().filter_map(|p| r.tally.get(p)).sum();
                    (label.as_str(), n)
                })
                .collect();
            let agree = r
                .reported
                .iter()
                .all(|(label, n)| in_annex.get(label.as_str()) == Some(n));
            (agree, json!(r.reported), json!(in_annex))
        });
    push(NAMES[0], outcome, rec_span, &mut diags);

    // The stated total against the number of annex rows.
    let outcome = recs
        .filter(|r| r.total.is_some() && !r.annex.is_empty())
        .map(|r| {
            (
                r.total == Some(r.annex.len() as u32),
                json!(r.total),
                json!(r.annex.len()),
            )
        });
    push(NAMES[1], outcome, rec_span, &mut diags);

    // The units count against the names listed.
    let units = record.units.as_ref();
    let outcome = units
        .filter(|u| u.count.is_some() && !u.names.is_empty())
        .map(|u| {
            (
                u.count == Some(u.names.len() as u32),
                json!(u.count),
                json!(u.names.len()),
            )
        });
    push(NAMES[2], outcome, units.map(|u| u.span), &mut diags);

    // The weekday written in the embargo against its date.
    let embargo = record.embargo.as_ref();
    let outcome = embargo.and_then(|e| {
        let written = crate::dates::find_date(&source.text()[e.span.start..e.span.end])?.weekday?;
        let written = crate::lexicon::weekday_name(written);
        Some((written == e.weekday, json!(written), json!(e.weekday)))
    });
    push(NAMES[3], outcome, embargo.map(|e| e.span), &mut diags);

    // Fieldwork ends before the embargo.
    let fieldwork = record.fieldwork.as_ref();
    let outcome = fieldwork.zip(embargo).map(|(f, e)| {
        (
            f.end.as_str() <= e.date.as_str(),
            json!(f.end),
            json!(e.date),
        )
    });
    push(NAMES[4], outcome, fieldwork.map(|f| f.span), &mut diags);

    // A files breakdown does not exceed its total.
    let files = record.files.as_ref();
    let outcome = files.filter(|f| !f.breakdown.is_empty()).and_then(|f| {
        let sum: u32 = f.breakdown.iter().map(|b| b.count).sum();
        f.examined
            .map(|total| (sum <= total, json!(total), json!(sum)))
    });
    push(NAMES[5], outcome, files.map(|f| f.span), &mut diags);

    // Annex numbers run without gaps or repeats.
    let outcome = recs.filter(|r| !r.annex.is_empty()).map(|r| {
        let numbers: Vec<&str> = r.annex.iter().map(|row| row.number.as_str()).collect();
        // An annex grouped under status headings lists each status's rows
        // together: its numbers run in sequence once sorted.
        let labels: Vec<Option<&str>> = r.annex.iter().map(|row| row.progress.as_deref()).collect();
        let sequential = in_sequence(&numbers)
            || (grouped_by_status(&labels, &numbers) && {
                let mut sorted = numbers.clone();
                sorted.sort_by_key(|n| {
                    (
                        ordinal(n.trim_end_matches(|c: char| c.is_ascii_lowercase())),
                        n.len(),
                        *n,
                    )
                });
                in_sequence(&sorted)
            });
        (
            sequential,
            json!(
                (1..=numbers.len())
                    .map(|i| i.to_string())
                    .collect::<Vec<_>>()
            ),
            json!(numbers),
        )
    });
    push(
        NAMES[6],
        outcome,
        recs.and_then(|r| r.annex.first()).map(|row| row.span),
        &mut diags,
    );

    record.checks = checks;
    record.diagnostics.extend(diags);
}

/// True when every row has a status and the rows run in groups by status,
/// two groups or more, each group's numbers rising: an annex set out under
/// status headings, perhaps once for each kind of recommendation
/// ("Strategic" / "Achieved" 1, 3 / "Partially achieved" 2 /
/// "Operational" / "Achieved" 4, 5, 7 ...).
fn grouped_by_status(labels: &[Option<&str>], numbers: &[&str]) -> bool {
    let mut runs = 0;
    let mut last: Option<(&str, Option<u32>)> = None;
    for (label, number) in labels.iter().zip(numbers) {
        let Some(label) = label else { return false };
        // ("c" is the third, "3a" part of the third)
        let value = ordinal(number)
            .or_else(|| ordinal(number.trim_end_matches(|c: char| c.is_ascii_lowercase())));
        match last {
            Some((was, before)) if was == *label => {
                if value.is_none() || value < before {
                    return false;
                }
            }
            _ => runs += 1,
        }
        last = Some((label, value));
    }
    runs >= 2
}

/// True when row numbers run 1, 2, 3 ... without gaps or repeats; rows
/// split into parts ("3a", "3b") count once.
fn in_sequence(numbers: &[&str]) -> bool {
    let mut expected = 1;
    let mut last: Option<(u32, Option<u8>)> = None;
    for number in numbers {
        // "3a": the third, part a
        let (head, part) = match number.as_bytes() {
            [.., digit, letter] if digit.is_ascii_digit() && letter.is_ascii_lowercase() => {
                (&number[..number.len() - 1], Some(*letter))
            }
            _ => (*number, None),
        };
        let Some(value) = ordinal(head) else {
            return false;
        };
        match (last, part) {
            (Some((was, Some(was_part))), Some(part)) if was == value && part == was_part + 1 => {}
            (_, None | Some(b'a')) if value == expected => expected += 1,
            _ => return false,
        }
        last = Some((value, part));
    }
    true
}

/// "3", "R3", "C" and "c" are all the third.
fn ordinal(number: &str) -> Option<u32> {
    let digits = number.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let c = number.chars().next()?.to_ascii_uppercase();
    (number.len() == 1 && c.is_ascii_uppercase()).then(|| u32::from(c) - u32::from('A') + 1)
}

#[cfg(test)]
mod tests {
    use super::grouped_by_status;

    #[test]
    fn rows_under_status_headings_for_each_kind_are_grouped() {
        let numbers = ["1", "3", "2", "4", "5", "6", "8", "7"];
        let a = Some("achieved");
        let p = Some("partially_achieved");
        let n = Some("not_achieved");
        // "Strategic": achieved 1, 3; partially 2; "Operational": achieved
        // 4, 5, 6; partially 8; not achieved 7
        assert!(grouped_by_status(&[a, a, p, a, a, a, p, n], &numbers));
        // a group whose numbers fall is no group
        assert!(!grouped_by_status(
            &[a, a, p, a, a, a, p, n],
            &["3", "1", "2", "4", "5", "6", "8", "7"]
        ));
        // lettered rows
        assert!(grouped_by_status(&[a, a, p, p], &["a", "c", "b", "d"]));
        // a row with no status leaves the order unexplained
        assert!(!grouped_by_status(&[a, None], &["2", "1"]));
    }
}
