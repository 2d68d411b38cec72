//! Every corpus document against its hand-written expectations in
//! `tests/expected/<stem>.json` (format in tests/expected/README.md).
//! Unlike snapshots, these were written by reading the documents, not the
//! engine's output, so they catch a wrong value the snapshot would keep.

use std::path::{Path, PathBuf};

use inspection_extract::accuracy;
use inspection_extract::record::Record;
use serde_json::Value;

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
///
/// `_known_misses` in an expectations file names fields the engine is
/// known to get wrong on that document (the wanted value stays the truth,
/// and the accuracy report counts the miss). Such a field must still
/// differ: once the engine gets it right, the name has to go from the
/// list, so the list cannot hide a regression or outlive a fix.
fn compare(record: &Record, expected: &Value) -> Vec<String> {
    let known: Vec<&str> = expected
        .get("_known_misses")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let fields = accuracy::compare(record, expected);
    let mut errors = Vec::new();
    for field in &fields {
        let same = field.got == field.want;
        let listed = known.contains(&field.name);
        if !same && !listed {
            errors.push(format!(
                "{}: got {}, want {}",
                field.name, field.got, field.want
            ));
        } else if same && listed {
            errors.push(format!(
                "{}: now right ({}); remove it from _known_misses",
                field.name, field.got
            ));
        }
    }
    for name in known {
        if !fields.iter().any(|f| f.name == name) {
            errors.push(format!("_known_misses names {name}, which is not compared"));
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
