//! Bad input through the real `extract` binary: a clear error, nothing lost,
//! never a panic or a hang.
//!
//! A file that cannot be read as text (missing, binary) gets exactly one
//! stderr line naming it and the reason, and the exit status 1. Text that is
//! odd but readable (empty, blank, not UTF-8, huge, no press release in it)
//! gets a record with nulls and diagnostics on stdout, not an error. The
//! valid document's record is on stdout, unchanged and in input order,
//! whatever surrounds it. A usage error (no paths) exits with 2.
//!
//! The big files (50 MB, one 10 MB line, 1,000,000 lines, a document
//! repeated 1,000 times) are generated in a temporary directory at test
//! time and parsed in one invocation, so the workers share them.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

const VALID: &str = "corpus/000_95daa8ab7ddc888f.txt";
const MB: usize = 1024 * 1024;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `extract`, run from the crate's root so `corpus/...` is a relative path.
fn extract() -> Command {
    let mut cmd = Command::cargo_bin("extract").expect("the extract binary is built");
    cmd.current_dir(root());
    // A generous bound: a hang fails the test instead of blocking CI.
    cmd.timeout(Duration::from_secs(600));
    cmd
}

struct Run {
    status: i32,
    records: Vec<Value>,
    stderr: Vec<String>,
}

fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = extract().args(args).output().expect("extract runs");
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8(out.stderr).expect("stderr is UTF-8");
    assert!(!stderr.contains("panicked"), "extract panicked:\n{stderr}");
    Run {
        status: out
            .status
            .code()
            .expect("extract exited, not killed by a signal"),
        records: stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("each stdout line is one JSON record"))
            .collect(),
        stderr: stderr.lines().map(str::to_owned).collect(),
    }
}

fn codes(record: &Value) -> Vec<&str> {
    record["diagnostics"]
        .as_array()
        .expect("diagnostics is an array")
        .iter()
        .map(|d| d["code"].as_str().expect("a diagnostic has a code"))
        .collect()
}

fn has_code(record: &Value, code: &str) -> bool {
    codes(record).contains(&code)
}

/// Every extracted field is null or empty: nothing was read.
fn assert_nothing_extracted(record: &Value) {
    for key in [
        "title",
        "headline",
        "subject",
        "embargo",
        "units",
        "files",
        "fieldwork",
        "recommendations",
        "chief_inspector",
    ] {
        assert!(
            record[key].is_null(),
            "{key} should be null in {}",
            brief(record)
        );
    }
    for key in ["inspectorates", "key_findings", "notes_to_editors"] {
        assert_eq!(
            record[key].as_array().map(Vec::len),
            Some(0),
            "{key} should be empty in {}",
            brief(record)
        );
    }
}

/// A record shortened for an assertion message.
fn brief(record: &Value) -> String {
    let s = record.to_string();
    if s.len() > 2000 {
        let mut cut = 2000;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}...", &s[..cut])
    } else {
        s
    }
}

/// Every object with a `span` (start, end, line, column) lies inside a text
/// of `len` bytes. The decoded text may differ in length from the file
/// (BOM, Windows-1252), so this only bounds the offsets.
fn assert_spans_inside(value: &Value, len: usize) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(span)) = map.get("span") {
                let get = |k: &str| span[k].as_u64().expect("span fields are numbers") as usize;
                let (start, end) = (get("start"), get("end"));
                assert!(
                    start <= end && end <= len,
                    "span {start}..{end} outside 0..{len}"
                );
                assert!(get("line") >= 1 && get("column") >= 1);
            }
            map.values().for_each(|v| assert_spans_inside(v, len));
        }
        Value::Array(items) => items.iter().for_each(|v| assert_spans_inside(v, len)),
        _ => {}
    }
}

/// The temporary files, one per kind of bad input.
struct Inputs {
    dir: TempDir,
}

impl Inputs {
    /// A fresh temporary directory; with `BAD_INPUT_KEEP=1` it is kept
    /// (and its path printed) to rerun `extract` on the files by hand.
    fn new() -> Self {
        let mut dir = tempfile::Builder::new()
            .prefix("extract-bad-input")
            .tempdir()
            .expect("a temporary directory");
        if std::env::var_os("BAD_INPUT_KEEP").is_some() {
            dir.disable_cleanup(true);
            eprintln!("bad input files kept in {}", dir.path().display());
        }
        Inputs { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(name);
        fs::write(&path, bytes).expect("the temporary file is written");
        path
    }

    fn empty(&self) -> PathBuf {
        self.write("empty.txt", b"")
    }

    fn blank(&self) -> PathBuf {
        self.write("blank.txt", b"  \n\t\r\n \x0c\r \n\n   ")
    }

    /// A PDF-like file: NUL bytes and no UTF-16 byte order mark.
    fn binary(&self) -> PathBuf {
        let mut bytes = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
        bytes.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
        bytes.extend_from_slice(b"\x00\x00\x01stream\x00endobj");
        self.write("report.pdf", &bytes)
    }

    /// Windows-1252: smart quotes, an en dash and a pound sign, invalid as
    /// UTF-8; ordinary prose, no press release.
    fn cp1252(&self) -> PathBuf {
        self.write(
            "cp1252.txt",
            b"The caf\xE9 on the corner \x96 \x93the best in town\x94 \x96 charges \xA33 for tea.\r\n\
              Opening hours are 9am to 5pm, Monday to Saturday.\r\n",
        )
    }

    /// Mostly UTF-8 with a few broken sequences.
    fn damaged_utf8(&self) -> PathBuf {
        self.write(
            "damaged.txt",
            "Caf\u{e9} \u{2013} na\u{ef}ve \u{2019}r\u{e9}sum\u{e9}\u{2019} \u{2013} d\u{e9}j\u{e0} vu\n"
                .as_bytes()
                .iter()
                .copied()
                .chain(*b"broken \xFF\xFE here and \xC3 there\n")
                .collect::<Vec<u8>>()
                .as_slice(),
        )
    }

    /// 50 MB of readable prose with no press release in it: sentences with
    /// numbers, months, quotes, tabs and bullets, in paragraphs and with
    /// some long lines, CRLF and form feeds.
    fn huge(&self) -> PathBuf {
        let paragraphs = [
            "The committee met on 3 March 2015 and again on 11 April, when 245 members attended. ",
            "Between 14 and 15 May the 12 working groups reported; 60 per cent agreed with the proposal. ",
            "\u{201c}We are pleased,\u{201d} said the chair, \u{201c}with more than 300 responses.\u{201d} ",
            "Item\t4\tBudget\t\u{a3}1,200\r\n\u{2022} Item 5: catering (two hundred and forty-five meals).\n",
            "In Autumn 2013 the group visited six towns: Ashford, Bexley and Crayford; Dartford. ",
            "Page 3 of 5\x0cMinutes of the meeting held on Thursday 23 February 2012 at 00:01 are attached. ",
        ];
        let mut block = String::new();
        for (i, p) in paragraphs.iter().cycle().take(60).enumerate() {
            block.push_str(p);
            // a long line now and then, else short paragraphs
            if i % 20 != 19 {
                block.push_str(if i % 3 == 0 { "\n\n" } else { "\n" });
            }
        }
        block.push_str("\n\n");
        let mut bytes = Vec::with_capacity(50 * MB + block.len());
        while bytes.len() < 50 * MB {
            bytes.extend_from_slice(block.as_bytes());
        }
        self.write("huge.txt", &bytes)
    }

    /// One line of 10 MB: a press release flattened onto one line (as a bad
    /// PDF export does), repeated.
    fn long_line(&self) -> PathBuf {
        let doc = fs::read_to_string(root().join(VALID)).expect("the valid document is read");
        let flat = doc.split_whitespace().collect::<Vec<_>>().join(" ") + " ";
        let mut bytes = Vec::with_capacity(10 * MB + flat.len());
        while bytes.len() < 10 * MB {
            bytes.extend_from_slice(flat.as_bytes());
        }
        assert!(!bytes.contains(&b'\n'));
        self.write("one-line.txt", &bytes)
    }

    /// 1,000,000 short lines.
    fn many_lines(&self) -> PathBuf {
        let mut bytes = Vec::with_capacity(12 * MB);
        for i in 0..1_000_000u32 {
            let line = match i % 5 {
                0 => format!("{i}\n"),
                1 => "a\n".to_owned(),
                2 => "\n".to_owned(),
                3 => format!("Item {}.\n", i % 97),
                _ => "- x\n".to_owned(),
            };
            bytes.extend_from_slice(line.as_bytes());
        }
        self.write("million-lines.txt", &bytes)
    }

    /// The valid document, 1,000 times in one file.
    fn repeated(&self) -> PathBuf {
        let doc = fs::read(root().join(VALID)).expect("the valid document is read");
        self.write("repeated.txt", &doc.repeat(1000))
    }
}

/// The valid document's record, parsed alone.
fn valid_alone() -> Value {
    let run = run([VALID]);
    assert_eq!(run.status, 0, "{:?}", run.stderr);
    assert!(run.stderr.is_empty(), "{:?}", run.stderr);
    assert_eq!(run.records.len(), 1);
    let record = run.records.into_iter().next().unwrap();
    assert_eq!(record["embargo"]["date"], "2012-02-23");
    record
}

fn source(record: &Value) -> &str {
    record["source"]
        .as_str()
        .expect("a record from a file has its source")
}

/// The stderr line about `path`: exactly one, naming it and the reason.
fn assert_one_error_line(stderr: &[String], path: &Path, reason: &str) {
    let name = path.display().to_string();
    let lines: Vec<_> = stderr.iter().filter(|l| l.contains(&name)).collect();
    assert_eq!(lines.len(), 1, "one stderr line for {name}: {stderr:?}");
    assert!(
        lines[0].to_lowercase().contains(reason),
        "the line names the reason {reason:?}: {:?}",
        lines[0]
    );
}

#[test]
fn every_bad_input_in_one_invocation() {
    let inputs = Inputs::new();
    let empty = inputs.empty();
    let blank = inputs.blank();
    let binary = inputs.binary();
    let cp1252 = inputs.cp1252();
    let damaged = inputs.damaged_utf8();
    let missing = inputs.path("no-such-file.txt");
    let huge = inputs.huge();
    let long_line = inputs.long_line();
    let many_lines = inputs.many_lines();
    let repeated = inputs.repeated();
    let valid = PathBuf::from(VALID);

    let args: Vec<PathBuf> = vec![
        valid.clone(),
        empty.clone(),
        huge.clone(),
        binary.clone(),
        valid.clone(),
        long_line.clone(),
        blank.clone(),
        missing.clone(),
        many_lines.clone(),
        cp1252.clone(),
        repeated.clone(),
        damaged.clone(),
        valid.clone(),
    ];
    let run = run(&args);

    // Unreadable inputs: one line each on stderr, nothing else there, and
    // the exit status 1.
    assert_eq!(run.status, 1, "stderr: {:?}", run.stderr);
    assert_eq!(run.stderr.len(), 2, "stderr: {:?}", run.stderr);
    assert_one_error_line(&run.stderr, &missing, "no such file");
    assert_one_error_line(&run.stderr, &binary, "binary");

    // Every readable input has its record, in input order.
    let expected: Vec<String> = args
        .iter()
        .filter(|p| **p != missing && **p != binary)
        .map(|p| p.display().to_string())
        .collect();
    let got: Vec<&str> = run.records.iter().map(source).collect();
    assert_eq!(got, expected);

    // The valid document's record, wherever it stands, is the one it gets
    // alone.
    let alone = valid_alone();
    for record in run.records.iter().filter(|r| source(r) == VALID) {
        assert_eq!(record, &alone);
    }

    let by_source = |path: &Path| {
        let name = path.display().to_string();
        run.records
            .iter()
            .find(|r| source(r) == name)
            .unwrap_or_else(|| panic!("a record for {name}"))
    };
    for path in [&empty, &blank] {
        let record = by_source(path);
        assert_nothing_extracted(record);
        assert!(has_code(record, "empty-input"), "{}", brief(record));
    }
    let record = by_source(&cp1252);
    assert_eq!(record["encoding"], "windows-1252");
    assert!(has_code(record, "encoding-fallback"), "{}", brief(record));
    assert!(has_code(record, "not-a-press-release"), "{}", brief(record));
    assert_nothing_extracted(record);

    let record = by_source(&damaged);
    assert_eq!(record["encoding"], "utf-8");
    assert!(has_code(record, "invalid-bytes"), "{}", brief(record));
    assert!(has_code(record, "not-a-press-release"), "{}", brief(record));

    // Huge text with no press release in it: a record, no embargo and no
    // inspectorate read from it.
    let record = by_source(&huge);
    assert!(record["embargo"].is_null(), "{}", brief(record));
    assert_eq!(
        record["inspectorates"],
        Value::Array(Vec::new()),
        "{}",
        brief(record)
    );
    assert!(!has_code(record, "empty-input"), "{}", brief(record));
    let record = by_source(&many_lines);
    assert!(has_code(record, "not-a-press-release"), "{}", brief(record));
    assert_nothing_extracted(record);

    // The repeated document reads as the document; the flattened one (a
    // PDF export gone wrong) still reads as a press release.
    let record = by_source(&repeated);
    for key in [
        "title",
        "headline",
        "inspectorates",
        "subject",
        "embargo",
        "units",
        "files",
    ] {
        assert_eq!(record[key], alone[key], "{key} of the repeated document");
    }
    let record = by_source(&long_line);
    assert_eq!(
        record["inspectorates"][0]["acronym"],
        "HMCPSI",
        "{}",
        brief(record)
    );
    assert_eq!(record["files"]["examined"], 105, "{}", brief(record));
    assert!(
        !has_code(record, "not-a-press-release"),
        "{}",
        brief(record)
    );

    for (path, record) in args
        .iter()
        .filter(|p| **p != missing && **p != binary)
        .zip(&run.records)
    {
        let len = fs::metadata(root().join(path))
            .expect("the input exists")
            .len() as usize;
        // Windows-1252 grows when decoded; everything else here is UTF-8.
        assert_spans_inside(record, len * 3);
    }
}

#[test]
fn empty_and_blank_files_are_records_of_nulls() {
    let inputs = Inputs::new();
    for path in [inputs.empty(), inputs.blank()] {
        let run = run([&path]);
        assert_eq!(run.status, 0, "{}: {:?}", path.display(), run.stderr);
        assert!(run.stderr.is_empty(), "{:?}", run.stderr);
        assert_eq!(run.records.len(), 1);
        let record = &run.records[0];
        assert_eq!(source(record), path.display().to_string());
        assert_nothing_extracted(record);
        assert_eq!(codes(record), ["empty-input"], "{}", brief(record));
    }
}

#[test]
fn a_binary_file_is_one_line_on_stderr_and_status_1() {
    let inputs = Inputs::new();
    let binary = inputs.binary();
    let run = run([&binary]);
    assert_eq!(run.status, 1);
    assert!(run.records.is_empty());
    assert_eq!(run.stderr.len(), 1, "{:?}", run.stderr);
    assert_one_error_line(&run.stderr, &binary, "binary");
    assert!(run.stderr[0].contains("NUL"), "{:?}", run.stderr);

    // Among valid documents: theirs are still written, in order.
    let run = self::run([Path::new(VALID), &binary, Path::new(VALID)]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stderr.len(), 1, "{:?}", run.stderr);
    assert_eq!(
        run.records.iter().map(source).collect::<Vec<_>>(),
        [VALID, VALID]
    );
}

#[test]
fn a_missing_path_is_one_line_on_stderr_and_status_1() {
    let inputs = Inputs::new();
    let missing = inputs.path("missing.txt");
    let run = run([Path::new(VALID), &missing]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stderr.len(), 1, "{:?}", run.stderr);
    assert_one_error_line(&run.stderr, &missing, "no such file");
    assert_eq!(run.records.iter().map(source).collect::<Vec<_>>(), [VALID]);
    assert_eq!(run.records[0], valid_alone());
}

#[test]
fn text_not_in_utf8_is_a_record_with_a_diagnostic() {
    let inputs = Inputs::new();
    for (path, encoding, code) in [
        (inputs.cp1252(), "windows-1252", "encoding-fallback"),
        (inputs.damaged_utf8(), "utf-8", "invalid-bytes"),
    ] {
        let run = run([&path]);
        assert_eq!(run.status, 0, "{}: {:?}", path.display(), run.stderr);
        assert!(run.stderr.is_empty(), "{:?}", run.stderr);
        let record = &run.records[0];
        assert_eq!(record["encoding"], encoding);
        assert!(has_code(record, code), "{}", brief(record));
        assert!(has_code(record, "not-a-press-release"), "{}", brief(record));
        assert_nothing_extracted(record);
    }
}

#[test]
fn the_valid_document_in_windows_1252_is_still_read() {
    // The valid document with its apostrophes turned into Windows-1252
    // right single quotes: not UTF-8, but every field is still read.
    let inputs = Inputs::new();
    let doc = fs::read(root().join(VALID)).unwrap();
    let bytes: Vec<u8> = doc
        .iter()
        .map(|&b| if b == b'\'' { 0x92 } else { b })
        .collect();
    let path = inputs.write("valid-cp1252.txt", &bytes);
    let run = run([&path]);
    assert_eq!(run.status, 0, "{:?}", run.stderr);
    let record = &run.records[0];
    assert_eq!(record["encoding"], "windows-1252");
    assert!(has_code(record, "encoding-fallback"));
    let alone = valid_alone();
    // Spans move (U+2019 takes three bytes), the values do not.
    let text = |v: &Value| v.as_str().map(|s| s.replace('\u{2019}', "'"));
    assert_eq!(record["embargo"]["datetime"], alone["embargo"]["datetime"]);
    assert_eq!(
        record["inspectorates"][0]["acronym"],
        alone["inspectorates"][0]["acronym"]
    );
    assert_eq!(record["files"]["examined"], alone["files"]["examined"]);
    assert_eq!(record["units"]["count"], alone["units"]["count"]);
    let names = |r: &Value| -> Vec<Option<String>> {
        r["units"]["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| text(&n["text"]))
            .collect()
    };
    assert_eq!(names(record), names(&alone));
    assert_eq!(
        text(&record["title"]["text"]),
        text(&alone["title"]["text"])
    );
    assert_eq!(
        record["recommendations"]["total"],
        alone["recommendations"]["total"]
    );
}

#[test]
fn no_paths_is_a_usage_error() {
    let out = extract().output().expect("extract runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(!out.stderr.is_empty());
}

/// Parsing does work linear in the input, whatever repeats in it: four
/// times the text may cost at most five times the work (work that goes back
/// over the text for every anchor costs sixteen). Work is counted, not timed
/// ([`inspection_extract::work`]: the bytes every search is given and the
/// steps of every counted loop), so the result is the same on any machine
/// under any load. Each case repeats an anchor that an extractor reacts to,
/// or is a shape that once made an extractor quadratic.
#[test]
fn parse_work_is_linear_in_the_input_size() {
    // (name, a lead written once, a unit repeated to the size wanted)
    let cases: [(&str, &str, &str); 34] = [
        // every "visited six units:" opens a list that runs to the end of
        // the sentence, and every name's column is counted from the start
        // of its (one, long) line
        ("units lists", "", "Inspectors visited six units: Ashby, "),
        // one progress label and many numbers in one clause
        (
            "numbers in a clause",
            "The recommendations were achieved ",
            "7 ",
        ),
        // progress wordings and clause separators in one sentence
        ("clauses", "Recommendations: ", "achieved and "),
        // an inspectorate, units and files on one long line
        (
            "one long line",
            "",
            "HMCPSI visited six units and examined 105 files. ",
        ),
        // no sentence ends at all
        (
            "no full stops",
            "",
            "the 14 recommendations were achieved in March 2015 with 60 files \n",
        ),
        // an inspectorate mention on every line
        ("inspectorate mentions", "", "HMCPSI said this.\n"),
        // a quote and its attribution on every line
        (
            "quotes",
            "",
            "\"Things improved,\" said Jane Smith, HM Chief Inspector.\n",
        ),
        (
            "embargo lines",
            "",
            "Embargoed until 00:01 Thursday 23 February 2012\n",
        ),
        (
            "fieldwork dates",
            "",
            "Fieldwork took place between 7 November and 2 December 2011. ",
        ),
        (
            "annex rows",
            "",
            "Recommendation 3: The area should act. Status: Achieved\n",
        ),
        (
            "tab table rows",
            "",
            "1\tThe unit should review.\tAchieved\n",
        ),
        (
            "numbered notes",
            "",
            "Notes to editors\n1. HMCPSI is an inspectorate.\n",
        ),
        (
            "bullets",
            "",
            "Inspectors found that:\n\u{2022} staff were kind\n",
        ),
        (
            "status lists",
            "",
            "Recommendations 1, 3, 5 and 8 have been achieved. ",
        ),
        (
            "annex status lists",
            "Report\n\nHeadline\n\nThe review looked again at every recommendation.\n\nANNEX\nPROGRESS AGAINST THE RECOMMENDATIONS\n\n",
            "Recommendations 1, 3 and 5 have been achieved; 2 and 4 partially. ",
        ),
        (
            "files tables",
            "",
            "Office | Cases read\nLinnethorpe | 52\nQuenwick | 29\n",
        ),
        // every "in all N units" and every tally of files looks back for
        // its verb: the look back must stop where a verb could start
        ("in all anchors", "To inspect ", "in all 43 forces and "),
        // every "on <date>" after a return visit looks back for its verb
        ("return days", "Inspectors went back ", "on 5 May and "),
        (
            "file tallies",
            "Inspectors read ",
            "cases - 48 in all - and ",
        ),
        (
            "link addresses",
            "",
            "Home <https://a.org/> [News](/news) <https://unclosed-address-runs-on",
        ),
        // every day number before a misspelt month is read as one
        (
            "misspelt months",
            "Fieldwork took place ",
            "between 4 and 15 Agust 2014 and ",
        ),
        // every "working from" looks back for its sentence's subject
        (
            "worked from counts",
            "",
            "Inspectors worked from two offices, Ashby and Cole. ",
        ),
        // every signature line pairs its cells with the line below
        (
            "signature columns",
            "Dear Director,\n\n",
            "Ann Lee                     Tom Wren\nHM Inspector                Head of Inspection\n",
        ),
        // a table under a count, its header repeated on every line
        (
            "table columns",
            "Inspectors visited six basic command units (BCUs).\n",
            "  Force        BCU visited\n",
        ),
        // every "all of which were visited" looks back for its count
        (
            "all of which",
            "",
            "The force had four suites serving Ashby, Cole, Dent and Eyre, all of which were visited. ",
        ),
        // every count looks ahead in its sentence for a second sample
        (
            "second samples",
            "",
            "Inspectors read 42 cases of orders, as well as 48 cases of licences. ",
        ),
        // every line that ends in a hyphen is looked at as a broken month
        (
            "broken months",
            "Fieldwork took place ",
            "between 16 and 27 Octo-\nber 2023 and ",
        ),
        // rows under status headings, each heading with its count
        (
            "status headings",
            "Annex: progress on the recommendations\n\n",
            "GOOD PROGRESS (2 recommendations)\n\n2.  Leaders should act. (S38)\n\n",
        ),
        // every numbered recommendation and comma looks ahead for the verb
        // after a long aside
        (
            "long asides",
            "",
            "Recommendation 4, which asked the Area to act, ",
        ),
        // every closing dash before "were visited" looks back for its
        // count and the names before it
        (
            "names counted then visited",
            "",
            "Ash, Cole and Dent courts - three of the 14 suites - were visited, ",
        ),
        // pairs of a number and its status run on in one line
        (
            "run-on pairs",
            "Annex: status of the recommendations\n\nRecommendation 1 \u{2013} Achieved",
            " Recommendation 2 \u{2013} Achieved",
        ),
        // every line pair is looked at as a stacked signature
        (
            "stacked signatures",
            "Dear local partnership,\n\n",
            "Graham Locke\nHM Chief Inspector of Probation\n",
        ),
        // every bare inspector's title is looked at for a name after it
        ("inspector titles", "", "HM Inspector Wendy Marsh led it. "),
        // every details line ends a sentence
        ("details lines", "", "Publication date: 11 May 2016\n"),
    ];
    let make =
        |lead: &str, unit: &str, size: usize| format!("{lead}{}", unit.repeat(size / unit.len()));
    let mut failures = Vec::new();
    for (name, lead, unit) in cases {
        let (small, large) = (make(lead, unit, 25_000), make(lead, unit, 100_000));
        let (_, one) = inspection_extract::work::counted(|| inspection_extract::parse(&small));
        let (_, four) = inspection_extract::work::counted(|| inspection_extract::parse(&large));
        eprintln!(
            "{name}: {} bytes {one} units of work, {} bytes {four}",
            small.len(),
            large.len()
        );
        assert!(one > 0, "{name}: no work was counted");
        if four > 5 * one {
            failures.push(format!(
                "{name}: x4 input took x{:.1} work ({one} -> {four})",
                four as f64 / one as f64
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "superlinear parse work:\n{}",
        failures.join("\n")
    );
}

// ------------------------------------------------- the bounded-input matrix
//
// Each case runs the binary on input a hostile or careless user could give
// it and checks what the user sees (a record or one stderr line saying what
// happened), what is left behind, and, on Linux, the peak memory of the
// process as the kernel measured it (`wait4`'s `ru_maxrss`). Nothing here
// is timed: the polling limits only turn a hang into a failure.

/// Peak memory allowed for a run over small inputs, in bytes (the input
/// cap comes on top where an input is read up to it).
#[cfg(unix)]
const RSS_BUDGET: u64 = 64 * MB as u64;

/// What a process spawned by [`spawn`] did.
#[cfg(unix)]
struct Finished {
    status: std::process::ExitStatus,
    stdout: Vec<u8>,
    stderr: String,
    /// Peak resident memory in bytes (0 where the system does not say).
    peak_rss: u64,
}

#[cfg(unix)]
impl Finished {
    fn records(&self) -> Vec<Value> {
        String::from_utf8(self.stdout.clone())
            .expect("stdout is UTF-8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("each stdout line is one JSON record"))
            .collect()
    }

    fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }

    fn assert_peak_below(&self, bytes: u64, what: &str) {
        eprintln!(
            "{what}: peak RSS {:.1} MB",
            self.peak_rss as f64 / MB as f64
        );
        assert!(
            self.peak_rss < bytes,
            "{what}: peak RSS {} MB, over {} MB",
            self.peak_rss / MB as u64,
            bytes / MB as u64
        );
    }
}

/// `extract` as a `std` command, from the crate's root.
#[cfg(unix)]
fn extract_std() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("extract"));
    cmd.current_dir(root());
    cmd
}

/// Waits for `child` (reaping it with `wait4` to get its own peak memory)
/// while threads drain its stdout and stderr; kills it and fails if it has
/// not ended after about ten minutes of polling (a hang, not a slow run).
#[cfg(unix)]
fn finish(mut child: std::process::Child) -> Finished {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(s) = stdout.as_mut() {
            s.read_to_end(&mut bytes).expect("stdout is read");
        }
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(s) = stderr.as_mut() {
            s.read_to_end(&mut bytes).expect("stderr is read");
        }
        String::from_utf8(bytes).expect("stderr is UTF-8")
    });
    let pid = child.id() as libc::pid_t;
    // Polled every 20 ms, up to ten minutes: a guard against a hang, not
    // a measure of speed.
    let mut polls = 0u32;
    let (status, usage) = loop {
        let mut status = 0;
        // SAFETY: a zeroed rusage is valid; wait4 fills it.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        assert!(reaped >= 0, "wait4: {}", std::io::Error::last_os_error());
        if reaped == pid {
            break (status, usage);
        }
        polls += 1;
        if polls > 30_000 {
            let _ = child.kill();
            panic!("extract did not end: a hang");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    // ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    let scale = if cfg!(target_os = "macos") { 1 } else { 1024 };
    let finished = Finished {
        status: std::process::ExitStatus::from_raw(status),
        stdout: out.join().expect("the stdout reader ends"),
        stderr: err.join().expect("the stderr reader ends"),
        peak_rss: usage.ru_maxrss as u64 * scale,
    };
    assert!(
        !finished.stderr.contains("panicked"),
        "extract panicked:\n{}",
        finished.stderr
    );
    finished
}

#[cfg(unix)]
fn spawn(args: &[&std::ffi::OsStr]) -> Finished {
    use std::process::Stdio;
    let child = extract_std()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extract starts");
    finish(child)
}

/// A deterministic stream of bytes (xorshift), with no NUL in it.
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .map(|b| if b == 0 { b'.' } else { b })
        .collect()
}

/// A FIFO at `path`.
#[cfg(unix)]
fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).expect("no NUL in the path");
    // SAFETY: a valid C string.
    let made = unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
    assert_eq!(made, 0, "mkfifo: {}", std::io::Error::last_os_error());
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_after_its_first_block() {
    let run = spawn(&["/dev/zero".as_ref(), VALID.as_ref()]);
    assert_eq!(run.status.code(), Some(1), "{}", run.stderr);
    assert_eq!(
        run.stderr_lines(),
        ["extract: /dev/zero: binary data, not text (NUL byte at offset 0)"]
    );
    let records = run.records();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0], valid_alone());
    run.assert_peak_below(RSS_BUDGET, "/dev/zero");
}

#[cfg(unix)]
#[test]
fn input_over_the_cap_is_refused_and_never_held() {
    use std::io::Write;
    use std::process::Stdio;
    let inputs = Inputs::new();
    // A file: refused from its size, before it is read. One at the cap
    // exactly is read.
    let big = inputs.write("big.txt", &b"a line of text\n".repeat(MB / 8));
    let at_cap = inputs.write("at-cap.txt", &vec![b'x'; 1024 * 1024]);
    let run = spawn(&[
        "--max-bytes".as_ref(),
        "1M".as_ref(),
        big.as_os_str(),
        at_cap.as_os_str(),
    ]);
    assert_eq!(run.status.code(), Some(1), "{}", run.stderr);
    assert_eq!(
        run.stderr_lines(),
        [format!(
            "extract: {}: larger than 1 MiB, the most read from one input; not read (raise it with --max-bytes)",
            big.display()
        )]
    );
    assert_eq!(run.records().len(), 1);
    assert_eq!(source(&run.records()[0]), at_cap.display().to_string());

    // An endless stream on stdin (as from `yes`): read up to the cap, then
    // refused; the writer sees the pipe close.
    let mut child = extract_std()
        .args(["--max-bytes", "8M", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extract starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || {
        let block = b"y\n".repeat(32 * 1024);
        let mut written = 0usize;
        while stdin.write_all(&block).is_ok() {
            written += block.len();
        }
        written
    });
    let run = finish(child);
    let written = writer.join().expect("the writer ends");
    assert!(written >= 8 * MB, "only {written} bytes were taken");
    assert_eq!(run.status.code(), Some(1), "{}", run.stderr);
    assert_eq!(
        run.stderr_lines(),
        [
            "extract: -: larger than 8 MiB, the most read from one input; not read (raise it with --max-bytes)"
        ]
    );
    assert!(run.stdout.is_empty());
    run.assert_peak_below(RSS_BUDGET + 8 * MB as u64, "an endless stdin, 8 MiB cap");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_read_like_a_pipe() {
    let inputs = Inputs::new();
    let fifo = inputs.path("release.txt");
    mkfifo(&fifo);
    let doc = fs::read(root().join(VALID)).unwrap();
    let path = fifo.clone();
    let writer = std::thread::spawn(move || fs::write(&path, doc).expect("the FIFO is written"));
    let run = spawn(&[fifo.as_os_str()]);
    writer.join().expect("the writer ends");
    assert_eq!(run.status.code(), Some(0), "{}", run.stderr);
    let mut record = run.records().remove(0);
    assert_eq!(source(&record), fifo.display().to_string());
    record["source"] = Value::from(VALID);
    assert_eq!(record, valid_alone());
}

#[test]
fn random_bytes_are_not_a_press_release() {
    let inputs = Inputs::new();
    let paths: Vec<PathBuf> = (1..=5u64)
        .map(|seed| {
            let mut bytes = noise(seed, 64 * 1024);
            // An inspectorate's acronym turns up in noise now and then.
            bytes.splice(20_000..20_000, *b" CQC and HMCPSI ");
            inputs.write(&format!("noise-{seed}.txt"), &bytes)
        })
        .collect();
    let run = run(&paths);
    assert_eq!(run.status, 0, "{:?}", run.stderr);
    assert!(run.stderr.is_empty(), "{:?}", run.stderr);
    assert_eq!(run.records.len(), 5);
    for record in &run.records {
        assert!(has_code(record, "not-a-press-release"), "{}", brief(record));
        assert!(record["embargo"].is_null(), "{}", brief(record));
        assert_spans_inside(record, 3 * 64 * 1024 + 100);
    }
}

#[test]
fn invalid_utf8_islands_are_named_and_the_rest_reads_as_utf8() {
    let inputs = Inputs::new();
    let doc = fs::read_to_string(root().join(VALID)).unwrap();
    // A stray byte at the start of lines 3, 10 and 30 (1-based).
    let mut bytes = Vec::new();
    for (i, line) in doc.split_inclusive('\n').enumerate() {
        if [2, 9, 29].contains(&i) {
            bytes.push(0xFF);
        }
        bytes.extend_from_slice(line.as_bytes());
    }
    let path = inputs.write("islands.txt", &bytes);
    let run = run([&path]);
    assert_eq!(run.status, 0, "{:?}", run.stderr);
    let record = &run.records[0];
    assert_eq!(record["encoding"], "utf-8", "{}", brief(record));
    let places: Vec<(u64, u64)> = record["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "invalid-bytes")
        .map(|d| (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap()))
        .collect();
    assert_eq!(places, [(3, 1), (10, 1), (30, 1)], "{}", brief(record));
    assert!(!has_code(record, "encoding-fallback"));
    // Nothing else is garbled: the bullets and quotes of the document are
    // still themselves, and the fields are read as in the clean document.
    assert!(!record.to_string().contains("\u{e2}\u{20ac}"));
    let alone = valid_alone();
    assert_eq!(record["inspectorates"][0]["acronym"], "HMCPSI");
    for key in ["units", "files", "recommendations"] {
        assert_eq!(
            record[key]["count"],
            alone[key]["count"],
            "{key}: {}",
            brief(record)
        );
    }
    assert_eq!(record["embargo"]["datetime"], alone["embargo"]["datetime"]);
    assert_eq!(record["files"]["examined"], alone["files"]["examined"]);
    assert_eq!(
        record["chief_inspector"]["name"],
        alone["chief_inspector"]["name"]
    );
}

#[cfg(unix)]
#[test]
fn a_hundred_thousand_jobs_are_clamped_to_the_cores() {
    let run = spawn(&["--jobs".as_ref(), "100000".as_ref(), VALID.as_ref()]);
    assert_eq!(run.status.code(), Some(0), "{}", run.stderr);
    let lines = run.stderr_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("extract: warning: --jobs 100000 is more than the ")
            && lines[0].contains(" cores available; using "),
        "{lines:?}"
    );
    assert_eq!(run.records(), [valid_alone()]);
    // 100,000 threads would not fit; one worker for one file does.
    run.assert_peak_below(RSS_BUDGET, "--jobs 100000");

    // --quiet drops the warning.
    let run = spawn(&[
        "--quiet".as_ref(),
        "-j".as_ref(),
        "100000".as_ref(),
        VALID.as_ref(),
    ]);
    assert_eq!(run.status.code(), Some(0));
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

/// `--files-from` lists of `copies` times the valid document and then a
/// FIFO that nobody writes: a run that reaches the FIFO blocks there for
/// ever, so a run that ends has stopped before it, whatever the timing.
#[cfg(unix)]
fn list_ending_in_a_fifo(inputs: &Inputs, copies: usize) -> PathBuf {
    let fifo = inputs.path("never-written.txt");
    mkfifo(&fifo);
    let mut list = format!("{VALID}\n").repeat(copies);
    list.push_str(&format!("{}\n", fifo.display()));
    inputs.write("list", list.as_bytes())
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_stops_the_run_quietly() {
    use std::io::BufRead;
    use std::process::Stdio;
    let inputs = Inputs::new();
    let list = list_ending_in_a_fifo(&inputs, 3000);
    for format in ["jsonl", "csv"] {
        let mut child = extract_std()
            .args(["--format", format, "--files-from"])
            .arg(&list)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("extract starts");
        // `| head -1`: read one line, then close the pipe.
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut first = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut first)
            .expect("a first line");
        assert!(!first.is_empty());
        let run = finish(child);
        assert_eq!(run.status.code(), Some(0), "{format}: {}", run.stderr);
        assert!(run.stderr.is_empty(), "{format}: {}", run.stderr);
        run.assert_peak_below(RSS_BUDGET, "a closed pipe");
    }
}

#[cfg(unix)]
#[test]
fn a_signal_during_output_dir_leaves_complete_files_only() {
    for signal in [libc::SIGINT, libc::SIGTERM] {
        use std::process::Stdio;
        let inputs = Inputs::new();
        let list = list_ending_in_a_fifo(&inputs, 2000);
        let out = inputs.path("records");
        fs::create_dir(&out).unwrap();
        // Left by earlier runs: one killed outright (its process is gone),
        // one still running (this test's process), and a file of the
        // user's that only looks alike.
        let dead = out.join(".old.json.4194400.tmp");
        let live = out.join(format!(".live.json.{}.tmp", std::process::id()));
        let other = out.join(".notes.tmp");
        for path in [&dead, &live, &other] {
            fs::write(path, b"{\"half\":").unwrap();
        }
        let child = extract_std()
            .arg("--output-dir")
            .arg(&out)
            .arg("--files-from")
            .arg(&list)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("extract starts");
        let written = |dir: &Path| {
            fs::read_dir(dir)
                .unwrap()
                .filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .file_name()
                        .to_string_lossy()
                        .ends_with(".json")
                })
                .count()
        };
        // Interrupt it in the middle of the run (it cannot finish: the
        // FIFO at the end of the list is never written).
        // Polled every 10 ms, up to ten minutes (a hang guard).
        let mut polls = 0u32;
        while written(&out) < 50 {
            polls += 1;
            assert!(polls < 60_000, "no output appears");
            std::thread::sleep(Duration::from_millis(10));
        }
        // SAFETY: signals a child of this process.
        assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, signal) }, 0);
        let run = finish(child);
        {
            use std::os::unix::process::ExitStatusExt;
            assert!(
                run.status.signal() == Some(signal) || run.status.code() == Some(128 + signal),
                "signal {signal}: {:?} {}",
                run.status,
                run.stderr
            );
        }
        let mut names: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let hidden: Vec<&String> = names.iter().filter(|n| n.starts_with('.')).collect();
        assert_eq!(
            hidden,
            [
                ".live.json.".to_owned() + &std::process::id().to_string() + ".tmp",
                ".notes.tmp".to_owned()
            ]
            .iter()
            .collect::<Vec<_>>(),
            "signal {signal}: only the other run's and the user's files are left"
        );
        let alone = valid_alone();
        let records = names.iter().filter(|n| n.ends_with(".json")).count();
        assert!(
            (50..2000).contains(&records),
            "signal {signal}: {records} files"
        );
        for name in names.iter().filter(|n| n.ends_with(".json")) {
            let text = fs::read_to_string(out.join(name)).unwrap();
            let record: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{name} is not a whole record: {e}"));
            assert_eq!(record, alone, "{name}");
        }
    }
}

#[test]
fn an_empty_files_from_list_is_a_usage_error() {
    let inputs = Inputs::new();
    for list in ["", "\n  \n\r\n"] {
        let path = inputs.write("empty-list", list.as_bytes());
        let out = extract()
            .arg("--files-from")
            .arg(&path)
            .output()
            .expect("extract runs");
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("lists no path"), "{stderr}");
    }
}

/// A large file of one repeated line (as a bad export gives) is held once:
/// peak memory stays under the budget plus the input's size. (The input
/// was once read, then copied into the decoded text, then processed: three
/// times its size.)
#[cfg(unix)]
#[test]
fn a_large_file_is_held_once() {
    let inputs = Inputs::new();
    let line = "The inspectors met staff and read the minutes of the board. ";
    let size = 16 * MB;
    let path = inputs.write(
        "one-line-16mb.txt",
        line.repeat(size / line.len()).as_bytes(),
    );
    let run = spawn(&[path.as_os_str()]);
    assert_eq!(run.status.code(), Some(0), "{}", run.stderr);
    let records = run.records();
    assert!(
        has_code(&records[0], "large-input"),
        "{}",
        brief(&records[0])
    );
    assert!(has_code(&records[0], "not-a-press-release"));
    run.assert_peak_below(RSS_BUDGET + size as u64, "a 16 MB line");
}
