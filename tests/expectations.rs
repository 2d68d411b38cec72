//! Every corpus document against its hand-written expectations in
//! `tests/expected/<stem>.json` (format in tests/expected/README.md).
//! Unlike snapshots, these were written by reading the documents, not the
//! engine's output, so they catch a wrong value the snapshot would keep.

use std::path::{Path, PathBuf};

use inspection_extract::record::Record;
use serde_json::{Value, json};

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
            .expect("corpus/ exists")
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
    files.sort();
    files
}

fn expected_path(doc: &Path) -> PathBuf {
    let stem = doc
        .file_stem()
        .expect("file stem")
        .to_string_lossy()
        .into_owned();
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expected")
        .join(format!("{stem}.json"))
}

/// Compares one record with its expectations; returns what differs.
fn compare(record: &Record, expected: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    let mut check = |key: &str, got: Value, want: &Value| {
        if &got != want {
            errors.push(format!("{key}: got {got}, want {want}"));
        }
    };
    let obj = expected.as_object().expect("expectations are an object");
    if let Some(want) = obj.get("embargo") {
        let got = record.embargo.as_ref().map_or(Value::Null, |e| {
            json!({"date": e.date, "time": e.time, "offset": e.datetime.as_ref().map(|d| d[d.len() - 6..].to_owned())})
        });
        let want = match want {
            Value::Object(w) if !w.contains_key("offset") => {
                let mut w = w.clone();
                w.insert(
                    "offset".into(),
                    got.get("offset").cloned().unwrap_or(Value::Null),
                );
                Value::Object(w)
            }
            other => other.clone(),
        };
        check("embargo", got, &want);
    }
    if let Some(want) = obj.get("inspectorates") {
        let got: Vec<&str> = record
            .inspectorates
            .iter()
            .map(|i| i.acronym.as_str())
            .collect();
        check("inspectorates", json!(got), want);
    }
    if let Some(want) = obj.get("units") {
        let got = record.units.as_ref().map_or(Value::Null, |u| {
            let mut v = json!({"count": u.count});
            if want.get("names").is_some() {
                v["names"] = json!(u.names.iter().map(|t| &t.text).collect::<Vec<_>>());
            }
            if want.get("also_visited").is_some() {
                v["also_visited"] =
                    json!(u.also_visited.iter().map(|t| &t.text).collect::<Vec<_>>());
            }
            v
        });
        check("units", got, want);
    }
    if let Some(want) = obj.get("files") {
        let got = record.files.as_ref().map_or(Value::Null, |f| {
            let mut v = json!({"examined": f.examined});
            if want.get("breakdown").is_some() {
                v["breakdown"] = json!(f.breakdown.iter().map(|b| b.count).collect::<Vec<_>>());
            }
            v
        });
        check("files", got, want);
    }
    if let Some(want) = obj.get("fieldwork") {
        let got = record
            .fieldwork
            .as_ref()
            .map_or(Value::Null, |f| json!({"start": f.start, "end": f.end}));
        check("fieldwork", got, want);
    }
    if let Some(want) = obj.get("recommendations") {
        let got = record.recommendations.as_ref().map_or(Value::Null, |r| {
            let mut v = json!({"total": r.total});
            if want.get("reported").is_some() {
                v["reported"] = json!(r.reported);
            }
            if want.get("annex").is_some() {
                v["annex"] = json!(
                    r.annex
                        .iter()
                        .map(|row| json!([row.number, row.progress]))
                        .collect::<Vec<_>>()
                );
            }
            v
        });
        check("recommendations", got, want);
    }
    if let Some(want) = obj.get("chief_inspector") {
        let got = record.chief_inspector.as_ref().map_or(Value::Null, |p| {
            let mut v = json!({"name": p.name});
            if want.get("role").is_some() {
                v["role"] = json!(p.role);
            }
            v
        });
        check("chief_inspector", got, want);
    }
    if let Some(want) = obj.get("notes_to_editors") {
        check(
            "notes_to_editors",
            json!(record.notes_to_editors.len()),
            want,
        );
    }
    if let Some(want) = obj.get("checks_failed") {
        let got: Vec<&str> = record
            .checks
            .iter()
            .filter(|c| c.status == inspection_extract::record::CheckStatus::Failed)
            .map(|c| c.name.as_str())
            .collect();
        check("checks_failed", json!(got), want);
    }
    if let Some(Value::Array(codes)) = obj.get("diagnostics") {
        let got: Vec<&str> = record.diagnostics.iter().map(|d| d.code.as_str()).collect();
        for code in codes {
            let code = code.as_str().expect("diagnostic codes are strings");
            if !got.contains(&code) {
                errors.push(format!("diagnostics: {code} missing from {got:?}"));
            }
        }
    }
    errors
}

#[test]
fn every_corpus_document_matches_its_expectations() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for doc in corpus_files() {
        let expected_file = expected_path(&doc);
        let Ok(expected) = std::fs::read_to_string(&expected_file) else {
            failures.push(format!(
                "{}: no expectations file {}",
                doc.display(),
                expected_file.display()
            ));
            continue;
        };
        let expected: Value = serde_json::from_str(&expected).expect("expectations are JSON");
        let record =
            inspection_extract::corpus::read_record(&doc).expect("corpus documents are text");
        for error in compare(&record, &expected) {
            failures.push(format!(
                "{}: {error}",
                doc.file_name().unwrap().to_string_lossy()
            ));
        }
        checked += 1;
    }
    assert!(
        checked >= 13,
        "only {checked} corpus documents were checked"
    );
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_expectation_has_its_document() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected");
    for entry in std::fs::read_dir(dir).expect("tests/expected exists") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let doc = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("corpus")
                .join(format!("{stem}.txt"));
            assert!(doc.exists(), "{} has no corpus document", path.display());
        }
    }
}
