//! `extract`: reads inspection press releases and writes one JSON record per
//! document. Argument parsing and printing only; the work is in the
//! `inspection_extract` library.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser, ValueEnum};
use clap_complete::Shell;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use inspection_extract::corpus::{self, InputError};
use inspection_extract::explain;
use inspection_extract::fields::Selection;
use inspection_extract::output::{self, Format, RecordWriter};
use inspection_extract::record::Record;
use inspection_extract::summary::Summary;

/// Runs with more inputs than this show a progress bar (on a terminal).
const PROGRESS_FROM: usize = 300;

/// Turn UK inspection press releases into structured JSON records.
///
/// Each PATH is read as one document (UTF-8, UTF-16 with BOM, or
/// Windows-1252); `-` reads one document from standard input, and a
/// directory is walked recursively for `*.txt` files in sorted order.
/// Records are written to stdout in input order. An input that cannot be
/// read as text gets one line on stderr and the exit status 1; the other
/// inputs are still processed. Usage errors exit with 2.
#[derive(Parser, Debug)]
#[command(
    name = "extract",
    version,
    about,
    long_about,
    after_help = "Also: `extract completions <SHELL>` prints a shell completion script, `extract man` the man page.\nA file named `completions` or `man` is read as `./completions` or `./man`."
)]
struct Args {
    /// Files or directories to read; `-` is standard input.
    #[arg(value_name = "PATH", required_unless_present_any = ["files_from", "schema"])]
    paths: Vec<PathBuf>,

    /// Also read the paths listed in FILE, one a line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,

    /// Output format [default: jsonl; with --summary: a table].
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,

    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,

    /// Print a corpus report instead of the records: a table, or one JSON
    /// object with --format json.
    #[arg(long)]
    summary: bool,

    /// Write one DIR/<name>.json per input instead of writing records to
    /// stdout.
    #[arg(long, value_name = "DIR")]
    output_dir: Option<PathBuf>,

    /// Print every diagnostic with the source line it concerns, then a short
    /// summary of each record.
    #[arg(long, conflicts_with_all = ["summary", "output_dir", "format"])]
    explain: bool,

    /// Print the JSON Schema of a record and exit (of the records
    /// --fields and --no-spans write, when given).
    #[arg(long, conflicts_with_all = ["paths", "files_from", "summary", "output_dir", "explain", "format"])]
    schema: bool,

    /// Keep only these fields of each record, as dotted paths
    /// (`embargo.date,units.count`); `schema_version` is always kept.
    #[arg(
        long,
        value_name = "FIELD,...",
        value_delimiter = ',',
        conflicts_with_all = ["summary", "explain"]
    )]
    fields: Option<Vec<String>>,

    /// Values only: leave out every `span`.
    #[arg(long, conflicts_with_all = ["summary", "explain"])]
    no_spans: bool,
}

/// The commands beside reading documents; recognised only as the first
/// argument, so that `extract ./man` still reads a file named `man`.
#[derive(Parser, Debug)]
#[command(name = "extract")]
enum Tool {
    /// Print a completion script for SHELL to standard output.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the man page (roff) to standard output.
    Man,
}

impl Tool {
    const NAMES: [&str; 2] = ["completions", "man"];
}

/// The whole command line, `extract` and its tools, for completions and
/// the man page.
fn full_command() -> clap::Command {
    Args::command().subcommands(Tool::command().get_subcommands().cloned())
}

fn run_tool(tool: Tool) -> ExitCode {
    let mut command = full_command();
    match tool {
        Tool::Completions { shell } => print_or_fail(|out| {
            clap_complete::generate(shell, &mut command, "extract", out);
            Ok(())
        }),
        Tool::Man => print_or_fail(|out| clap_mangen::Man::new(command).render(out)),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// One record per line (JSON Lines).
    Jsonl,
    /// One JSON array of records.
    Json,
    /// CSV, one row per document.
    #[value(alias = "csv-documents")]
    Csv,
    /// CSV, one row per recommendation in an annex table.
    CsvAnnex,
}

fn usage_error(message: &str) -> ! {
    Args::command()
        .error(ErrorKind::ArgumentConflict, message)
        .exit()
}

fn main() -> ExitCode {
    let first = std::env::args_os().nth(1);
    if first
        .as_deref()
        .and_then(|a| a.to_str())
        .is_some_and(|a| Tool::NAMES.contains(&a))
    {
        return run_tool(Tool::parse());
    }
    let args = Args::parse();
    let selection = match Selection::new(args.fields.as_deref(), !args.no_spans) {
        Ok(selection) => selection,
        Err(e) => Args::command()
            .error(ErrorKind::InvalidValue, format!("--fields: {e}"))
            .exit(),
    };
    if args.schema {
        let schema = serde_json::to_string_pretty(&selection.schema()).expect("schema serialises");
        return print_or_fail(|out| writeln!(out, "{schema}"));
    }
    let csv = matches!(
        args.format,
        Some(OutputFormat::Csv | OutputFormat::CsvAnnex)
    );
    if csv && args.summary {
        usage_error("--summary writes a table or, with --format json, JSON; not CSV");
    }
    if csv && args.output_dir.is_some() {
        usage_error("--output-dir writes one JSON file per input; it cannot write CSV");
    }
    if let (true, Some(fields)) = (csv, &args.fields) {
        let (format, columns) = if args.format == Some(OutputFormat::CsvAnnex) {
            (Format::CsvAnnex, &output::ANNEX_FIELDS[..])
        } else {
            (Format::CsvDocuments, &output::DOCUMENT_FIELDS[..])
        };
        // `schema_version` is always kept; some other column must be.
        if output::kept_columns(format, &selection).len() < 2 {
            usage_error(&format!(
                "none of --fields {} is a column of this CSV table; its columns are read from: {}",
                fields.join(","),
                columns.join(", ")
            ));
        }
    }

    let inputs = corpus::expand(&args.paths, args.files_from.as_deref());
    let list_on_stdin = args.files_from.as_deref().is_some_and(corpus::is_stdin);
    if inputs.stdin_uses() + usize::from(list_on_stdin) > 1 {
        usage_error("standard input (`-`) can be read only once");
    }
    let paths = inputs.paths;

    let progress = progress_bar(paths.len());
    let mut failed = false;
    let mut summary = Summary::default();
    let report = |error: &InputError, summary: &mut Summary| {
        progress.suspend(|| eprintln!("extract: {error}"));
        summary.add_failure(error);
    };
    for error in &inputs.errors {
        report(error, &mut summary);
        failed = true;
    }
    for dir in &inputs.empty_dirs {
        eprintln!("extract: warning: {}: no .txt file in it", dir.display());
    }

    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    let mut out_error: Option<io::Error> = None;

    if args.explain {
        let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let work = |_: usize, path: &Path| explain::explain_input(path, color);
        corpus::run_with(&paths, args.jobs, work, |index, result| {
            progress.inc(1);
            match result {
                Ok(text) => {
                    let sep = if index > 0 { "\n" } else { "" };
                    if out_error.is_none() {
                        out_error = write!(out, "{sep}{text}").err();
                    }
                }
                Err(error) => {
                    failed = true;
                    report(&error, &mut summary);
                }
            }
        });
    } else if let Some(dir) = &args.output_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("extract: cannot create {}: {e}", dir.display());
            return ExitCode::from(1);
        }
        let names = corpus::output_names(&paths);
        let pretty = args.pretty;
        let selection = &selection;
        let work = |index: usize, path: &Path| {
            let record = corpus::read_record(path)?;
            let written = serialize(&record, selection, pretty)
                .and_then(|bytes| corpus::write_atomic(dir, &names[index], &bytes));
            Ok((record, written))
        };
        corpus::run_with(&paths, args.jobs, work, |index, result| {
            progress.inc(1);
            match result {
                Ok((record, written)) => {
                    if let Err(e) = written {
                        failed = true;
                        let target = dir.join(&names[index]);
                        progress.suspend(|| {
                            eprintln!(
                                "extract: {}: cannot write {}: {e}",
                                paths[index].display(),
                                target.display()
                            )
                        });
                    }
                    summary.add(&record);
                }
                Err(error) => {
                    failed = true;
                    report(&error, &mut summary);
                }
            }
        });
    } else if args.summary {
        corpus::run(&paths, args.jobs, |_, result| {
            progress.inc(1);
            match result {
                Ok(record) => summary.add(&record),
                Err(error) => {
                    failed = true;
                    report(&error, &mut summary);
                }
            }
        });
    } else {
        let format = match args.format.unwrap_or(OutputFormat::Jsonl) {
            OutputFormat::Jsonl => Format::JsonLines,
            OutputFormat::Json => Format::JsonArray,
            OutputFormat::Csv => Format::CsvDocuments,
            OutputFormat::CsvAnnex => Format::CsvAnnex,
        };
        let mut writer = RecordWriter::new(&mut out, format, args.pretty).select(selection);
        corpus::run(&paths, args.jobs, |_, result| {
            progress.inc(1);
            match result {
                Ok(record) => {
                    if out_error.is_none() {
                        out_error = writer.write(&record).err();
                    }
                }
                Err(error) => {
                    failed = true;
                    report(&error, &mut summary);
                }
            }
        });
        if let Err(e) = writer.finish() {
            out_error.get_or_insert(e);
        }
    }
    progress.finish_and_clear();

    if args.summary && out_error.is_none() {
        out_error = if args.format.is_some() {
            let json = if args.pretty {
                serde_json::to_string_pretty(&summary)
            } else {
                serde_json::to_string(&summary)
            };
            writeln!(out, "{}", json.expect("the summary serialises")).err()
        } else {
            summary.write_table(&mut out).err()
        };
    }
    if out_error.is_none() {
        out_error = out.flush().err();
    }
    if let Some(e) = out_error {
        // A closed pipe (`extract ... | head`) is not a failure.
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("extract: cannot write output: {e}");
            failed = true;
        }
    }
    let _ = io::stderr().flush();
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A record as written to its own file.
fn serialize(record: &Record, selection: &Selection, pretty: bool) -> io::Result<Vec<u8>> {
    let lean = (!selection.is_everything()).then(|| selection.project(record));
    let mut bytes = match (lean, pretty) {
        (Some(lean), true) => serde_json::to_vec_pretty(&lean)?,
        (Some(lean), false) => serde_json::to_vec(&lean)?,
        (None, true) => serde_json::to_vec_pretty(record)?,
        (None, false) => serde_json::to_vec(record)?,
    };
    bytes.push(b'\n');
    Ok(bytes)
}

/// A bar on stderr for long runs on a terminal; hidden otherwise.
fn progress_bar(total: usize) -> ProgressBar {
    if total <= PROGRESS_FROM || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{bar:40} {pos}/{len} files  {rate}  {eta} left")
        .expect("the progress template is valid")
        .with_key(
            "rate",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} files/s", state.per_sec());
            },
        );
    bar.set_style(style);
    bar
}

fn print_or_fail(print: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> ExitCode {
    let mut out = io::stdout().lock();
    match print(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("extract: cannot write output: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}
