//! The `extract` binary end to end: output order, formats, the summary, the
//! schema, `--output-dir`, input expansion, `--explain`, exit statuses and
//! error messages. Every test runs the real binary.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use inspection_extract::output::{ANNEX_COLUMNS, DOCUMENT_COLUMNS};
use serde_json::Value;
use tempfile::TempDir;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `extract`, run from the crate's root so `corpus` is a relative path.
fn extract() -> Command {
    let mut cmd = Command::cargo_bin("extract").expect("the extract binary is built");
    cmd.current_dir(root());
    cmd
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("extract runs");
    Run {
        status: out.status.code().expect("exited normally"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Corpus documents as relative paths, in sorted order.
fn corpus() -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .map(|n| format!("corpus/{n}"))
        .collect();
    files.sort();
    files
}

fn jsonl(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn sources(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["source"].as_str().expect("source is set").to_owned())
        .collect()
}

const DOC: &str = "corpus/105_probation_webpage_misspelt.txt";

// ---------------------------------------------------------------- order

#[test]
fn output_is_in_input_order_whatever_the_jobs() {
    let files = corpus();
    let mut reversed = files.clone();
    reversed.reverse();
    let mut first: Option<String> = None;
    for jobs in ["1", "2", "4", "8"] {
        let r = run(extract().args(["--jobs", jobs]).args(&reversed));
        assert_eq!(r.status, 0, "{}", r.stderr);
        assert_eq!(sources(&jsonl(&r.stdout)), reversed, "--jobs {jobs}");
        match &first {
            None => first = Some(r.stdout),
            Some(f) => assert_eq!(f, &r.stdout, "--jobs {jobs} gives other bytes"),
        }
    }
}

#[test]
fn directories_are_walked_in_sorted_order() {
    let r = run(extract().args(["--jobs", "3", "corpus"]));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(sources(&jsonl(&r.stdout)), corpus());

    let dir = TempDir::new().unwrap();
    let d = dir.path();
    for f in [
        "b.txt",
        "a/z.txt",
        "a/b/c.TXT",
        "a/a.txt",
        "c.md",
        "a/notes.json",
        "B.txt",
        "a.txt",
    ] {
        let path = d.join(f);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::copy(root().join(DOC), &path).unwrap();
    }
    let r = run(extract().arg(d).args(["--jobs", "2"]));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let want: Vec<String> = ["B.txt", "a/a.txt", "a/b/c.TXT", "a/z.txt", "a.txt", "b.txt"]
        .iter()
        .map(|f| d.join(f).display().to_string())
        .collect();
    // Siblings sort by name, byte-wise: "B.txt" before "a", the directory
    // "a" before "a.txt".
    assert_eq!(sources(&jsonl(&r.stdout)), want);
}

#[test]
fn an_empty_directory_is_a_warning_not_a_failure() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("readme.md"), "not text to read").unwrap();
    let r = run(extract().arg(dir.path()));
    assert_eq!(r.status, 0);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("no .txt file"), "{}", r.stderr);
}

// ---------------------------------------------------------------- inputs

#[test]
fn files_from_a_file_and_from_stdin() {
    let files = corpus();
    let picked = [files[3].clone(), files[0].clone(), files[7].clone()];
    let dir = TempDir::new().unwrap();
    let list = dir.path().join("list.txt");
    // CRLF and blank lines are tolerated.
    fs::write(
        &list,
        format!("{}\r\n\n{}\n{}\n", picked[0], picked[1], picked[2]),
    )
    .unwrap();
    let r = run(extract().arg("--files-from").arg(&list));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(sources(&jsonl(&r.stdout)), picked);

    let r = run(extract()
        .args(["--files-from", "-"])
        .write_stdin(picked.join("\n")));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(sources(&jsonl(&r.stdout)), picked);

    // Arguments come first, then the list.
    let r = run(extract()
        .args([files[1].as_str(), "--files-from", "-"])
        .write_stdin(picked[0].clone()));
    assert_eq!(
        sources(&jsonl(&r.stdout)),
        [files[1].clone(), picked[0].clone()]
    );

    // A directory in the list is walked.
    let r = run(extract()
        .args(["--files-from", "-"])
        .write_stdin("corpus\n"));
    assert_eq!(sources(&jsonl(&r.stdout)), files);
}

#[test]
fn files_from_a_missing_list_is_an_input_failure() {
    let r = run(extract().args(["--files-from", "no-such-list.txt", DOC]));
    assert_eq!(r.status, 1);
    assert_eq!(r.stderr, "extract: no-such-list.txt: no such file\n");
    assert_eq!(sources(&jsonl(&r.stdout)), [DOC]);
}

#[test]
fn dash_reads_one_document_from_stdin() {
    let text = fs::read(root().join(DOC)).unwrap();
    let r = run(extract().arg("-").write_stdin(text));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let from_stdin = jsonl(&r.stdout);
    let from_file = jsonl(&run(extract().arg(DOC)).stdout);
    assert_eq!(from_stdin.len(), 1);
    assert_eq!(from_stdin[0]["source"], "-");
    let strip = |mut v: Value| {
        v["source"] = Value::Null;
        v
    };
    assert_eq!(strip(from_stdin[0].clone()), strip(from_file[0].clone()));
}

#[test]
fn stdin_cannot_be_read_twice() {
    for args in [vec!["-", "-"], vec!["--files-from", "-", "-"]] {
        let r = run(extract().args(&args).write_stdin(""));
        assert_eq!(r.status, 2, "{args:?}");
        assert!(r.stderr.contains("standard input"), "{}", r.stderr);
    }
}

// ---------------------------------------------------------------- formats

#[test]
fn json_array_holds_the_same_records() {
    let files = corpus();
    let lines = jsonl(&run(extract().args(&files)).stdout);
    for pretty in [false, true] {
        let mut cmd = extract();
        cmd.args(["--format", "json"]).args(&files);
        if pretty {
            cmd.arg("--pretty");
        }
        let r = run(&mut cmd);
        assert_eq!(r.status, 0);
        let array: Vec<Value> = serde_json::from_str(&r.stdout).expect("one JSON array");
        assert_eq!(array, lines);
    }
    let r = run(extract().args(["--format", "json", "missing.txt"]));
    assert_eq!(r.status, 1);
    assert_eq!(
        serde_json::from_str::<Value>(&r.stdout).unwrap(),
        Value::Array(vec![])
    );
}

/// A CSV table's header and rows, parsed with the csv crate.
fn read_csv(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader.records().map(Result::unwrap).collect();
    (header, rows)
}

#[test]
fn csv_documents_one_row_per_document() {
    let files = corpus();
    let records = jsonl(&run(extract().args(&files)).stdout);
    let r = run(extract().args(["--format", "csv"]).args(&files));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let (header, rows) = read_csv(&r.stdout);
    assert_eq!(header, DOCUMENT_COLUMNS);
    assert_eq!(rows.len(), records.len());
    let col = |name: &str| DOCUMENT_COLUMNS.iter().position(|c| *c == name).unwrap();
    for (row, record) in rows.iter().zip(&records) {
        assert_eq!(row.len(), DOCUMENT_COLUMNS.len());
        assert_eq!(&row[col("source")], record["source"].as_str().unwrap());
        assert_eq!(
            &row[col("embargo_date")],
            record["embargo"]["date"].as_str().unwrap_or("")
        );
        let units = record["units"]["count"]
            .as_u64()
            .map(|n| n.to_string())
            .unwrap_or_default();
        assert_eq!(row[col("units_count")], units);
        let tally = &record["recommendations"]["tally"];
        if tally.as_object().is_some_and(|t| !t.is_empty()) {
            let cell: Value = serde_json::from_str(&row[col("annex_tally")]).unwrap();
            assert_eq!(&cell, tally);
        }
    }
    // The alias names the same table.
    let alias = run(extract().args(["--format", "csv-documents"]).args(&files));
    assert_eq!(alias.stdout, r.stdout);
}

#[test]
fn csv_annex_one_row_per_recommendation() {
    let files = corpus();
    let records = jsonl(&run(extract().args(&files)).stdout);
    let r = run(extract()
        .args(["--format", "csv-annex", "--jobs", "2"])
        .args(&files));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let (header, rows) = read_csv(&r.stdout);
    assert_eq!(header, ANNEX_COLUMNS);
    // (source, inspectorates, embargo date, annex row) per expected row.
    let want: Vec<(String, String, String, Value)> = records
        .iter()
        .flat_map(|rec| {
            let source = rec["source"].as_str().unwrap().to_owned();
            let acronyms: Vec<&str> = rec["inspectorates"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["acronym"].as_str().unwrap())
                .collect();
            let inspectorates = acronyms.join("; ");
            let date = rec["embargo"]["date"].as_str().unwrap_or("").to_owned();
            rec["recommendations"]["annex"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(move |row| (source.clone(), inspectorates.clone(), date.clone(), row))
        })
        .collect();
    assert!(want.len() > 50, "the corpus has annex tables");
    assert_eq!(rows.len(), want.len());
    for (row, (source, inspectorates, date, annex)) in rows.iter().zip(&want) {
        assert_eq!(&row[0], source);
        assert_eq!(&row[1], inspectorates);
        assert_eq!(&row[2], date);
        assert_eq!(&row[3], annex["number"].as_str().unwrap());
        assert_eq!(&row[4], annex["progress"].as_str().unwrap_or(""));
        assert_eq!(&row[5], annex["progress_text"].as_str().unwrap_or(""));
        assert_eq!(&row[6], annex["text"].as_str().unwrap());
        assert_eq!(&row[7], annex["commentary"].as_str().unwrap_or(""));
        assert_eq!(row[8], annex["span"]["line"].to_string());
    }
}

#[test]
fn csv_without_records_is_a_header() {
    for (format, columns) in [
        ("csv", DOCUMENT_COLUMNS.join(",")),
        ("csv-annex", ANNEX_COLUMNS.join(",")),
    ] {
        let r = run(extract().args(["--format", format, "missing.txt"]));
        assert_eq!(r.status, 1);
        assert_eq!(r.stdout, format!("{columns}\n"));
    }
}

// ---------------------------------------------------------------- summary

#[test]
fn summary_as_a_table() {
    let r = run(extract().args(["--summary", "corpus", "missing.txt"]));
    assert_eq!(r.status, 1);
    assert_eq!(r.stderr, "extract: missing.txt: no such file\n");
    let n = corpus().len();
    let t = &r.stdout;
    assert!(
        t.starts_with(&format!("Documents: {n} read, 1 failed\n")),
        "{t}"
    );
    assert!(t.contains("  failed: missing.txt: no such file\n"), "{t}");
    for heading in [
        "By inspectorate\n",
        "By year\n",
        "By inspectorate and year\n",
        "Units visited:",
        "Files examined:",
    ] {
        assert!(t.contains(heading), "{heading} in {t}");
    }
    assert!(t.contains("HMCPSI"), "{t}");
    assert!(t.contains('%'), "{t}");
    assert!(t.contains("Failed checks:"), "{t}");
    assert!(!t.trim_start().starts_with('{'));
}

#[test]
fn summary_as_json_agrees_with_the_records() {
    let files = corpus();
    let records = jsonl(&run(extract().args(&files)).stdout);
    let r = run(extract()
        .args(["--summary", "--format", "json", "--jobs", "2"])
        .args(&files));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let s: Value = serde_json::from_str(&r.stdout).expect("one JSON object");
    assert_eq!(s["documents"]["read"], records.len());
    assert_eq!(s["documents"]["failed"], 0);

    let mut recommendations = 0;
    let mut units = 0;
    let mut failed_checks = Vec::new();
    for rec in &records {
        let recs = &rec["recommendations"];
        let counts = match recs["annex"].as_array() {
            Some(a) if !a.is_empty() => &recs["tally"],
            _ => &recs["reported"],
        };
        if let Some(counts) = counts.as_object() {
            recommendations += counts.values().map(|v| v.as_u64().unwrap()).sum::<u64>();
        }
        units += rec["units"]["count"].as_u64().unwrap_or(0);
        for check in rec["checks"].as_array().unwrap() {
            if check["status"] == "failed" {
                failed_checks.push((rec["source"].clone(), check["name"].clone()));
            }
        }
    }
    assert_eq!(s["totals"]["recommendations"], recommendations);
    assert_eq!(s["totals"]["documents"], records.len());
    assert_eq!(s["units_visited"]["total"], units);
    let listed: Vec<(Value, Value)> = s["failed_checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["source"].clone(), f["check"].clone()))
        .collect();
    assert_eq!(listed, failed_checks);

    let by_year = s["by_year"].as_array().unwrap();
    let docs: u64 = by_year
        .iter()
        .map(|g| g["documents"].as_u64().unwrap())
        .sum();
    assert_eq!(docs, records.len() as u64, "each document is in one year");
    let share = &s["totals"]["achieved_share"];
    assert!(
        share.as_f64().is_some_and(|x| (0.0..=1.0).contains(&x)),
        "{share}"
    );
    assert!(
        s["by_inspectorate"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["inspectorate"] == "HMCPSI")
    );
    assert!(
        s["by_inspectorate_year"].as_array().unwrap()[0]
            .get("year")
            .is_some()
    );
}

#[test]
fn summary_with_csv_is_a_usage_error() {
    let r = run(extract().args(["--summary", "--format", "csv", DOC]));
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("--summary"), "{}", r.stderr);
}

// ---------------------------------------------------------------- schema

fn schema() -> Value {
    let r = run(extract().arg("--schema"));
    assert_eq!(r.status, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).expect("the schema is JSON")
}

/// Forbids properties the schema does not list, so a field written but not
/// described fails validation.
fn closed(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            map.values_mut().for_each(closed);
        }
        Value::Array(items) => items.iter_mut().for_each(closed),
        _ => {}
    }
}

#[test]
fn every_corpus_record_matches_the_schema() {
    let mut schema = schema();
    assert!(schema["$schema"].as_str().unwrap().contains("2020-12"));
    assert_eq!(schema["type"], "object");
    closed(&mut schema);
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");

    let dir = TempDir::new().unwrap();
    let odd = [
        ("empty.txt", Vec::new()),
        ("blank.txt", b"  \n\t\n".to_vec()),
        (
            "latin1.txt",
            b"Embargoed until 00:01 Thursday 23 F\xe9vrier 2012\n".to_vec(),
        ),
        ("noise.txt", b"Not a press release at all.\n".to_vec()),
    ];
    for (name, bytes) in &odd {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    let r = run(extract().arg("corpus").arg(dir.path()));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let records = jsonl(&r.stdout);
    assert_eq!(records.len(), corpus().len() + odd.len());
    for record in &records {
        let errors: Vec<String> = validator
            .iter_errors(record)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", record["source"]);
    }
    // The schema is not vacuous: a wrong type is caught.
    let mut bad = records[0].clone();
    bad["embargo"] = Value::from(3);
    assert!(!validator.is_valid(&bad));
}

#[test]
fn schema_takes_no_paths() {
    let r = run(extract().args(["--schema", DOC]));
    assert_eq!(r.status, 2);
}

// ---------------------------------------------------------------- output dir

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_dir_writes_one_file_per_input() {
    let out = TempDir::new().unwrap();
    let target = out.path().join("records");
    let files = corpus();
    let r = run(extract()
        .arg("--output-dir")
        .arg(&target)
        .args(["--jobs", "3"])
        .args(&files));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    let names = listing(&target);
    assert_eq!(
        names.len(),
        files.len(),
        "no temporary file is left: {names:?}"
    );
    let lines = jsonl(&run(extract().args(&files)).stdout);
    for (file, want) in files.iter().zip(&lines) {
        let stem = Path::new(file).file_stem().unwrap().to_string_lossy();
        let text = fs::read_to_string(target.join(format!("{stem}.json"))).unwrap();
        assert!(text.ends_with('\n'));
        let got: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(&got, want);
    }
}

#[test]
fn output_dir_same_names_do_not_overwrite() {
    let tree = TempDir::new().unwrap();
    let a = tree.path().join("a/report.txt");
    let b = tree.path().join("b/report.txt");
    let c = tree.path().join("c/REPORT.txt");
    for p in [&a, &b, &c] {
        fs::create_dir_all(p.parent().unwrap()).unwrap();
    }
    fs::copy(root().join(DOC), &a).unwrap();
    fs::copy(root().join("corpus/003_hmp_hollinsgate.txt"), &b).unwrap();
    fs::copy(root().join("corpus/001_hmic_northshire_followup.txt"), &c).unwrap();
    let out = TempDir::new().unwrap();
    let r = run(extract()
        .arg("--output-dir")
        .arg(out.path())
        .arg(tree.path()));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(
        listing(out.path()),
        ["REPORT-3.json", "report-2.json", "report.json"]
    );
    let source = |name: &str| {
        let v: Value =
            serde_json::from_str(&fs::read_to_string(out.path().join(name)).unwrap()).unwrap();
        v["source"].as_str().unwrap().to_owned()
    };
    assert_eq!(source("report.json"), a.display().to_string());
    assert_eq!(source("report-2.json"), b.display().to_string());
    assert_eq!(source("REPORT-3.json"), c.display().to_string());

    // The same run again gives the same names, replacing the old files.
    let r = run(extract()
        .arg("--output-dir")
        .arg(out.path())
        .arg(tree.path())
        .arg("--pretty"));
    assert_eq!(r.status, 0);
    assert_eq!(
        listing(out.path()),
        ["REPORT-3.json", "report-2.json", "report.json"]
    );
    assert!(
        fs::read_to_string(out.path().join("report.json"))
            .unwrap()
            .contains("\n  \"source\"")
    );
}

#[test]
fn output_dir_names_cannot_escape() {
    let base = TempDir::new().unwrap();
    let out = base.path().join("out");
    let inside = base.path().join("deep/er");
    fs::create_dir_all(&inside).unwrap();
    fs::copy(root().join(DOC), inside.join("..evil.txt")).unwrap();
    fs::copy(root().join(DOC), base.path().join("victim.txt")).unwrap();
    fs::create_dir_all(&out).unwrap();
    // A link planted where a record will go is replaced, not followed.
    let outside = base.path().join("outside.json");
    fs::write(&outside, "untouched").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, out.join("victim.json")).unwrap();

    let list = format!(
        "{}\n{}\n",
        inside.join("../../deep/er/..evil.txt").display(),
        out.join("../victim.txt").display(),
    );
    let r = run(extract()
        .arg("--output-dir")
        .arg(&out)
        .args(["--files-from", "-"])
        .write_stdin(list));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(listing(&out), ["_.evil.json", "victim.json"]);
    assert_eq!(fs::read_to_string(&outside).unwrap(), "untouched");
    assert!(
        !fs::symlink_metadata(out.join("victim.json"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        listing(base.path()),
        ["deep", "out", "outside.json", "victim.txt"],
        "nothing is written outside DIR"
    );
}

#[test]
fn output_dir_stdin_and_failures() {
    let out = TempDir::new().unwrap();
    let r = run(extract()
        .arg("--output-dir")
        .arg(out.path())
        .args(["-", "missing.txt", "--summary"])
        .write_stdin(fs::read(root().join(DOC)).unwrap()));
    assert_eq!(r.status, 1);
    assert_eq!(r.stderr, "extract: missing.txt: no such file\n");
    assert_eq!(listing(out.path()), ["stdin.json"]);
    assert!(
        r.stdout.starts_with("Documents: 1 read, 1 failed"),
        "{}",
        r.stdout
    );
}

#[test]
fn output_dir_that_cannot_be_created() {
    let base = TempDir::new().unwrap();
    let file = base.path().join("a-file");
    fs::write(&file, "").unwrap();
    let r = run(extract().arg("--output-dir").arg(file.join("sub")).arg(DOC));
    assert_eq!(r.status, 1);
    assert!(
        r.stderr.starts_with("extract: cannot create "),
        "{}",
        r.stderr
    );
}

#[test]
fn output_dir_with_csv_is_a_usage_error() {
    let out = TempDir::new().unwrap();
    let r = run(extract()
        .arg("--output-dir")
        .arg(out.path())
        .args(["--format", "csv", DOC]));
    assert_eq!(r.status, 2);
    assert!(listing(out.path()).is_empty());
}

// ---------------------------------------------------------------- explain

#[test]
fn explain_shows_code_source_line_and_marker() {
    let r = run(extract().args(["--explain", DOC, "corpus/000_95daa8ab7ddc888f.txt"]));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let out = &r.stdout;
    assert!(out.starts_with(&format!("{DOC} (utf-8): ")), "{out}");
    assert!(out.contains("[month-misspelt]: "), "{out}");
    assert!(out.contains(&format!("┌─ {DOC}:")), "{out}");
    let marker = out.lines().position(|l| {
        let t = l.trim_start_matches([' ', '│']);
        !t.is_empty() && t.trim_end().chars().all(|c| c == '^')
    });
    let marker = marker.expect("a line with only a marker under the span");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[marker - 1].contains("Ocotber"),
        "{}",
        lines[marker - 1]
    );
    let caret = lines[marker].find('^').unwrap();
    assert_eq!(
        &lines[marker - 1][caret..caret + 7],
        "Ocotber",
        "the marker is under the word"
    );
    assert!(out.contains("Record:\n"), "{out}");
    assert!(out.contains("  embargo "), "{out}");
    assert!(
        out.contains("\ncorpus/000_95daa8ab7ddc888f.txt (utf-8): "),
        "{out}"
    );
    assert!(
        !out.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn explain_reports_unreadable_inputs() {
    let dir = TempDir::new().unwrap();
    let binary = dir.path().join("image.txt");
    fs::write(&binary, [0u8, 1, 2, 3, 0, 0, 255]).unwrap();
    let r = run(extract()
        .arg("--explain")
        .arg(&binary)
        .arg("missing.txt")
        .arg(DOC));
    assert_eq!(r.status, 1);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stderr);
    assert!(
        lines[0].starts_with(&format!("extract: {}: binary", binary.display())),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1], "extract: missing.txt: no such file");
    assert!(r.stdout.contains("[month-misspelt]"));
}

#[test]
fn explain_conflicts_with_other_outputs() {
    for flag in ["--summary", "--format=json"] {
        let r = run(extract().args(["--explain", flag, DOC]));
        assert_eq!(r.status, 2, "{flag}");
    }
}

// ---------------------------------------------------------------- statuses

#[test]
fn unreadable_inputs_get_one_line_and_status_1() {
    let dir = TempDir::new().unwrap();
    let binary = dir.path().join("blob.bin");
    fs::write(&binary, [0u8, 1, 2, 3, 0, 0, 255]).unwrap();
    let r = run(extract().arg("missing.txt").arg(DOC).arg(&binary));
    assert_eq!(r.status, 1);
    assert_eq!(
        sources(&jsonl(&r.stdout)),
        [DOC],
        "the valid record is still written"
    );
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stderr);
    assert_eq!(lines[0], "extract: missing.txt: no such file");
    assert!(
        lines[1].starts_with(&format!("extract: {}: binary data", binary.display())),
        "{}",
        lines[1]
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec![],
        vec!["--no-such-flag", DOC],
        vec!["--format", "xml", DOC],
        vec!["--jobs", "many", DOC],
    ] {
        let r = run(extract().args(&args));
        assert_eq!(r.status, 2, "{args:?}");
        assert!(r.stdout.is_empty());
        assert!(r.stderr.contains("error"), "{}", r.stderr);
    }
}

#[test]
fn success_is_0_and_stderr_is_quiet() {
    let r = run(extract().arg(DOC));
    assert_eq!(r.status, 0);
    assert!(r.stderr.is_empty());
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = TempDir::new().unwrap();
    let text = fs::read(root().join("corpus/001_hmic_northshire_followup.txt")).unwrap();
    let paths: Vec<PathBuf> = (0..320)
        .map(|i| dir.path().join(format!("{i:04}.txt")))
        .collect();
    for p in &paths {
        fs::write(p, &text).unwrap();
    }
    let r = run(extract().arg(dir.path()).args(["--format", "csv"]));
    assert_eq!(r.status, 0);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert_eq!(read_csv(&r.stdout).1.len(), 320);
}

// ---------------------------------------------------------------- lean records

/// Every key named `span` anywhere in `value`.
fn spans_in(value: &Value) -> usize {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| usize::from(k == "span") + spans_in(v))
            .sum(),
        Value::Array(items) => items.iter().map(spans_in).sum(),
        _ => 0,
    }
}

fn validator(flags: &[&str]) -> jsonschema::Validator {
    let r = run(extract().arg("--schema").args(flags));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let mut schema: Value = serde_json::from_str(&r.stdout).expect("the schema is JSON");
    closed(&mut schema);
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn assert_valid(validator: &jsonschema::Validator, records: &[Value]) {
    for record in records {
        let errors: Vec<String> = validator
            .iter_errors(record)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", record["source"]);
    }
}

#[test]
fn no_spans_drops_every_span_and_matches_its_schema() {
    let docs = corpus();
    let full = run(extract().args(&docs));
    let lean = run(extract().arg("--no-spans").args(&docs));
    assert_eq!((full.status, lean.status), (0, 0), "{}", lean.stderr);
    let full_records = jsonl(&full.stdout);
    let lean_records = jsonl(&lean.stdout);
    assert_eq!(sources(&full_records), sources(&lean_records));
    assert!(lean_records.iter().all(|r| spans_in(r) == 0));
    assert!(full_records.iter().all(|r| spans_in(r) > 0));
    // Only spans went: removing them from the full records gives the lean ones.
    for (full, lean) in full_records.iter().zip(&lean_records) {
        let mut stripped = full.clone();
        fn strip(v: &mut Value) {
            match v {
                Value::Object(map) => {
                    map.remove("span");
                    map.values_mut().for_each(strip);
                }
                Value::Array(items) => items.iter_mut().for_each(strip),
                _ => {}
            }
        }
        strip(&mut stripped);
        assert_eq!(&stripped, lean);
    }
    let ratio = lean.stdout.len() as f64 / full.stdout.len() as f64;
    eprintln!(
        "--no-spans: {} of {} bytes ({:.0}%)",
        lean.stdout.len(),
        full.stdout.len(),
        ratio * 100.0
    );
    assert!(ratio < 0.85, "{ratio}");
    let schema = validator(&["--no-spans"]);
    assert_valid(&schema, &lean_records);
    // The lean schema does not accept a span.
    let mut bad = lean_records[0].clone();
    bad["embargo"]["span"] = serde_json::json!({"start": 0, "end": 1, "line": 1, "column": 1});
    assert!(!schema.is_valid(&bad));
}

#[test]
fn fields_keep_just_those_in_every_format() {
    let docs = corpus();
    let fields = ["--fields", "embargo.date,units.count"];
    let full = jsonl(&run(extract().args(&docs)).stdout);

    let r = run(extract().args(fields).args(&docs));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let records = jsonl(&r.stdout);
    assert_eq!(records.len(), full.len());
    for (record, full) in records.iter().zip(&full) {
        let keys: Vec<&String> = record.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["schema_version", "embargo", "units"]);
        match &full["embargo"] {
            Value::Null => assert!(record["embargo"].is_null()),
            e => assert_eq!(record["embargo"], serde_json::json!({"date": e["date"]})),
        }
        match &full["units"] {
            Value::Null => assert!(record["units"].is_null()),
            u => assert_eq!(record["units"], serde_json::json!({"count": u["count"]})),
        }
    }
    assert_valid(&validator(&fields), &records);

    let r = run(extract()
        .args(fields)
        .args(["--format", "json"])
        .args(&docs));
    let array: Vec<Value> = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(array, records);

    let r = run(extract().args(fields).args(["--format", "csv"]).args(&docs));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let (header, rows) = read_csv(&r.stdout);
    assert_eq!(header, ["embargo_date", "units_count", "schema_version"]);
    assert_eq!(rows.len(), records.len());
    for (row, record) in rows.iter().zip(&records) {
        assert_eq!(&row[0], record["embargo"]["date"].as_str().unwrap_or(""));
        let count = record["units"]["count"].as_u64().map(|c| c.to_string());
        assert_eq!(row[1], count.unwrap_or_default());
    }

    // A whole object keeps every column read from it.
    let r = run(extract().args(["--fields", "source,embargo", "--format", "csv", DOC]));
    let (header, _) = read_csv(&r.stdout);
    assert_eq!(
        header,
        [
            "source",
            "embargo_date",
            "embargo_time",
            "embargo_weekday",
            "embargo_datetime",
            "embargo_local",
            "schema_version"
        ]
    );
}

#[test]
fn no_spans_in_csv_drops_the_annex_line() {
    let (header, _) = read_csv(&run(extract().args(["--format", "csv-annex", DOC])).stdout);
    assert!(header.iter().any(|h| h == "line"));
    let r = run(extract().args(["--no-spans", "--format", "csv-annex", DOC]));
    let (header, _) = read_csv(&r.stdout);
    assert_eq!(header.len(), ANNEX_COLUMNS.len() - 1);
    assert!(!header.iter().any(|h| h == "line"));
    let r = run(extract().args(["--no-spans", "--format", "csv", DOC]));
    assert_eq!(read_csv(&r.stdout).0, DOCUMENT_COLUMNS);
}

#[test]
fn unknown_fields_are_a_usage_error_listing_the_valid_ones() {
    let r = run(extract().args(["--fields", "embargo.date,embargo.when", DOC]));
    assert_eq!(r.status, 2);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("'embargo.when'"), "{}", r.stderr);
    assert!(r.stderr.contains("embargo.local"), "{}", r.stderr);
    assert!(r.stderr.contains("units.count"), "{}", r.stderr);
    // A field with no column in the CSV table asked for.
    let r = run(extract().args(["--fields", "embargo.text", "--format", "csv", DOC]));
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("embargo.date"), "{}", r.stderr);
    // Lean records are records: not for the summary or --explain.
    for flag in ["--summary", "--explain"] {
        let r = run(extract().args(["--no-spans", flag, DOC]));
        assert_eq!(r.status, 2, "{flag}");
    }
}

#[test]
fn output_dir_writes_lean_records_too() {
    let dir = TempDir::new().unwrap();
    let r = run(extract()
        .args(["--no-spans", "--fields", "embargo", "--output-dir"])
        .arg(dir.path())
        .arg(DOC));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let text = fs::read_to_string(dir.path().join("105_probation_webpage_misspelt.json")).unwrap();
    let record: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(record["embargo"]["local"], "2022-10-12T09:00");
    assert_eq!(spans_in(&record), 0);
    assert_eq!(record.as_object().unwrap().len(), 2);
}

// ---------------------------------------------------------------- completions, man page

#[test]
fn completions_and_man_page_are_generated() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let r = run(extract().args(["completions", shell]));
        assert_eq!(r.status, 0, "{shell}: {}", r.stderr);
        assert!(r.stdout.contains("--no-spans"), "{shell}");
        assert!(r.stdout.contains("completions"), "{shell}");
    }
    let r = run(extract().args(["completions", "tcsh"]));
    assert_eq!(r.status, 2);
    let r = run(extract().arg("man"));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with(".ie") || r.stdout.contains(".TH extract"),
        "{}",
        &r.stdout[..200]
    );
    assert!(r.stdout.contains("no\\-spans"), "the options are listed");
}

#[test]
fn a_file_named_like_a_tool_is_read_through_a_path() {
    let dir = TempDir::new().unwrap();
    let text = fs::read(root().join(DOC)).unwrap();
    fs::write(dir.path().join("man"), &text).unwrap();
    let mut cmd = Command::cargo_bin("extract").unwrap();
    let out = cmd.current_dir(dir.path()).arg("./man").output().unwrap();
    assert!(out.status.success());
    let records = jsonl(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(sources(&records), ["./man"]);
    // After another path, `man` is a path too.
    let mut cmd = Command::cargo_bin("extract").unwrap();
    let out = cmd
        .current_dir(dir.path())
        .args(["./man", "man"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(jsonl(&String::from_utf8(out.stdout).unwrap()).len(), 2);
}

// ---------------------------------------------------------------- docs

/// The `--explain` sample in docs/cli.md is the binary's output, byte for
/// byte, so the two cannot drift apart. `UPDATE_DOCS=1 cargo test --test
/// cli explain_sample` writes the current output into the document.
#[test]
fn explain_sample_in_the_docs_is_the_binary_output() {
    let docs_path = root().join("docs/cli.md");
    let docs = fs::read_to_string(&docs_path).unwrap();
    let section = docs
        .find("## `--explain`")
        .expect("docs/cli.md has an --explain section");
    let open = "```text\n";
    let start = section + docs[section..].find(open).expect("a text block") + open.len();
    let end = start + docs[start..].find("```\n").expect("the block ends");
    let sample = &docs[start..end];
    let first = sample.lines().next().unwrap_or_default();
    let path = first
        .split(" (")
        .next()
        .expect("the sample starts with the path it explains");
    let r = run(extract().args(["--explain", path]));
    assert_eq!(r.status, 0, "{}", r.stderr);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{}{}", &docs[..start], r.stdout, &docs[end..]);
        fs::write(&docs_path, updated).unwrap();
        return;
    }
    assert_eq!(
        sample, r.stdout,
        "docs/cli.md's --explain sample differs from `extract --explain {path}`; \
         UPDATE_DOCS=1 cargo test --test cli explain_sample rewrites it"
    );
}

/// README says how to get `extract` before it first runs it.
#[test]
fn readme_installs_before_it_runs_extract() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let install = readme
        .find("cargo install --path .")
        .expect("README gives the install step");
    let first_run = readme
        .lines()
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| line.starts_with("extract "))
        .map(|(at, _)| at)
        .expect("README runs extract");
    assert!(
        install < first_run,
        "README runs extract before installing it"
    );
}

/// The bar on a real terminal (a pseudo-terminal from util-linux's
/// `script`; skipped where there is none): drawn when stderr is the
/// terminal and records go elsewhere, not when records share the screen,
/// and never with `--progress never` or `--quiet`.
#[cfg(target_os = "linux")]
#[test]
fn progress_bar_on_a_terminal_only_when_it_has_the_screen() {
    if !Path::new("/usr/bin/script").exists() {
        eprintln!("no /usr/bin/script: skipped");
        return;
    }
    let dir = TempDir::new().unwrap();
    let text = fs::read(root().join("corpus/001_hmic_northshire_followup.txt")).unwrap();
    let inputs = dir.path().join("in");
    fs::create_dir(&inputs).unwrap();
    for i in 0..320 {
        fs::write(inputs.join(format!("{i:04}.txt")), &text).unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin("extract");
    let records = dir.path().join("records.jsonl");
    // Runs `extract FLAGS` on a terminal; returns what the terminal showed.
    let on_terminal = |flags: &str, redirect: bool| -> String {
        let shown = dir.path().join("typescript");
        let to = if redirect {
            format!("> '{}'", records.display())
        } else {
            String::new()
        };
        let command = format!("'{}' {flags} '{}' {to}", bin.display(), inputs.display());
        let status = std::process::Command::new("/usr/bin/script")
            .args(["-q", "-e", "-c", &command])
            .arg(&shown)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .status()
            .expect("script runs");
        assert!(status.success(), "{command}");
        String::from_utf8_lossy(&fs::read(&shown).unwrap()).into_owned()
    };
    let bar = "/320 files";
    assert!(on_terminal("", true).contains(bar), "records to a file");
    assert_eq!(fs::read_to_string(&records).unwrap().lines().count(), 320);
    assert!(
        !on_terminal("", false).contains(bar),
        "records on the screen"
    );
    assert!(on_terminal("--progress always", false).contains(bar));
    assert!(!on_terminal("--progress never", true).contains(bar));
    assert!(!on_terminal("--quiet", true).contains(bar));
}
