//! The DuckDB and pandas recipes of docs/cli.md, run as written over the
//! corpus, where the tools are installed (`duckdb` on PATH, `python3` that
//! can `import pandas`); elsewhere each test prints a note and passes. CI
//! does not install them.
//!
//! A recipe is the fenced block after a `<!-- recipe: NAME -->` line. The
//! `files` recipe's `extract ... > FILE` lines make the inputs; after each
//! recipe the test runs a check of its own on what the recipe defined.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use tempfile::TempDir;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The body of the fenced block after `<!-- recipe: name -->`.
fn recipe(name: &str) -> String {
    let docs = std::fs::read_to_string(root().join("docs/cli.md")).unwrap();
    let marker = format!("<!-- recipe: {name} -->");
    let after = &docs[docs
        .find(&marker)
        .unwrap_or_else(|| panic!("{marker} in docs/cli.md"))..];
    let mut lines = after.lines().skip(1);
    assert!(
        lines.next().is_some_and(|l| l.starts_with("```")),
        "{marker}: a fenced block follows"
    );
    lines
        .take_while(|l| !l.starts_with("```"))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A directory holding the files the `files` recipe makes.
fn files() -> TempDir {
    let dir = TempDir::new().unwrap();
    for line in recipe("files").lines() {
        let (command, target) = line.split_once(" > ").expect("extract ... > FILE");
        let args: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(args[0], "extract");
        let out = assert_cmd::Command::cargo_bin("extract")
            .unwrap()
            .current_dir(root())
            .args(&args[1..])
            .output()
            .unwrap();
        assert!(out.status.success(), "{line}");
        std::fs::write(dir.path().join(target.trim()), out.stdout).unwrap();
    }
    dir
}

/// Runs `program args` in `dir` with `script` on stdin; its stdout.
fn run_script(program: &str, args: &[&str], dir: &Path, script: &str) -> String {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !stderr.contains("Error"),
        "{program} failed:\n{stderr}\n{stdout}"
    );
    stdout
}

fn available(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn duckdb_recipe() {
    if !available("duckdb", &["--version"]) {
        println!("note: duckdb is not installed; the DuckDB recipe of docs/cli.md was not run");
        return;
    }
    let dir = files();
    // 105 is embargoed until 09:00 BST: 08:00 UTC.
    let check = "
.mode list
SELECT 'check', embargo_at, embargo_local, typeof(embargo_at) FROM embargoes WHERE source LIKE '%105_probation%';
SELECT 'check', embargo_datetime, typeof(units_count) FROM documents WHERE source LIKE '%105_probation%';
";
    let out = run_script("duckdb", &[], dir.path(), &(recipe("duckdb") + check));
    let checks: Vec<&str> = out.lines().filter(|l| l.starts_with("check|")).collect();
    assert_eq!(
        checks,
        [
            "check|2022-10-12 09:00:00+01|2022-10-12 09:00:00|TIMESTAMP WITH TIME ZONE",
            "check|2022-10-12 09:00:00+01|INTEGER",
        ],
        "{out}"
    );
}

#[test]
fn pandas_recipe() {
    if !available("python3", &["-c", "import pandas"]) {
        println!(
            "note: python3 with pandas is not installed; the pandas recipe of docs/cli.md was not run"
        );
        return;
    }
    let dir = files();
    let check = r#"
import datetime
at = pd.Timestamp("2022-10-12 09:00", tz="Europe/London")
for frame in (docs, lean):
    row = frame[frame.source.str.contains("105_probation")].iloc[0]
    assert row.embargo_at == at, row.embargo_at
    assert row.embargo_at.utcoffset() == datetime.timedelta(hours=1)
    assert row.embargo_local == pd.Timestamp("2022-10-12 09:00"), row.embargo_local
    assert row.units_count == 3, row.units_count
    assert str(frame.units_count.dtype) == "Int64", frame.units_count.dtype
    assert frame.units_count.isna().any()
    assert str(frame.embargo_at.dtype) == "datetime64[ns, Europe/London]" or "Europe/London" in str(frame.embargo_at.dtype)
assert str(docs.embargo_date.dtype).startswith("datetime64")
print("checked")
"#;
    let out = run_script("python3", &["-"], dir.path(), &(recipe("pandas") + check));
    assert!(out.contains("checked"), "{out}");
}
