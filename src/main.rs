//! `extract`: reads inspection press releases and writes one JSON record per
//! document. Argument parsing and printing only; the work is in the
//! `inspection_extract` library.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

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

/// With `--progress auto`, runs with more inputs than this show a progress
/// bar.
const PROGRESS_FROM: usize = 300;

/// Turn UK inspection press releases into structured JSON records.
///
/// Each PATH is read as one document: UTF-8 (with or without BOM), UTF-16
/// (with a BOM, or sniffed without one), or else Windows-1252 when the
/// bytes read as it; bad bytes in UTF-8 become U+FFFD with a diagnostic.
/// `-` reads one document from standard input, and a directory is walked
/// recursively for `*.txt` files in sorted order. Records are written to
/// stdout in input order. An input that cannot be read as text (missing,
/// binary, larger than --max-bytes) gets one line on stderr and the exit
/// status 1; the other inputs are still processed. Usage errors exit with
/// 2. A closed output pipe (`extract ... | head`) ends the run quietly.
#[derive(Parser, Debug)]
#[command(
    name = "extract",
    version,
    about,
    long_about,
    override_usage = "extract [OPTIONS] <PATH>...\n       extract [OPTIONS] --files-from <FILE> [PATH]...\n       extract --schema [--fields <FIELD,...>] [--no-spans]\n       extract completions <SHELL>\n       extract man",
    after_help = "`extract completions <SHELL>` prints a shell completion script, `extract man` the man page.\nA file named `completions` or `man` is read as `./completions` or `./man`."
)]
struct Args {
    /// Files or directories to read; `-` is standard input. At least one is
    /// needed unless --files-from is given.
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

    /// Worker threads (default: one per core; more than the cores
    /// available are not used).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,

    /// Read at most SIZE bytes of one input (K, M, G: KiB, MiB, GiB); a
    /// larger input is reported on stderr and not read.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = corpus::parse_size)]
    max_bytes: u64,

    /// When to draw a progress bar on stderr: `auto` for runs of more than
    /// 300 inputs when stderr is a terminal that records are not being
    /// written to.
    #[arg(long, value_enum, value_name = "WHEN", default_value = "auto")]
    progress: ProgressWhen,

    /// No progress bar and no warnings on stderr (errors are still shown).
    #[arg(long, short = 'q')]
    quiet: bool,

    /// Print a corpus report instead of the records: a table, or one JSON
    /// object with --format json.
    #[arg(long)]
    summary: bool,

    /// Write one `DIR/<name>.json` per input instead of writing records to
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ProgressWhen {
    /// On a terminal, for long runs, unless records go to the same screen.
    Auto,
    /// Whenever stderr is a terminal.
    Always,
    /// Never.
    Never,
}

fn usage_error(message: &str) -> ! {
    Args::command()
        .error(ErrorKind::ArgumentConflict, message)
        .exit()
}

/// Returns freed heap memory to the system at once rather than keeping it
/// for reuse (glibc keeps up to 128 KiB free at the top of each thread's
/// arena, and more once its thresholds grow): a corpus run frees each
/// document's working memory as it goes, and without this the freed pages
/// stay resident, about 2 MB of peak RSS at two threads.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_freed_memory() {
    // SAFETY: mallopt only sets an allocator tunable; it is called before
    // any thread is started.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_freed_memory() {}

fn main() -> ExitCode {
    return_freed_memory();
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

    // Before any other thread starts, so that every thread blocks the
    // signals and the handler's thread alone takes them.
    #[cfg(unix)]
    if args.output_dir.is_some() {
        signals::remove_temporary_files_on_signal();
    }

    let inputs = corpus::expand(&args.paths, args.files_from.as_deref());
    let list_on_stdin = args.files_from.as_deref().is_some_and(corpus::is_stdin);
    if inputs.stdin_uses() + usize::from(list_on_stdin) > 1 {
        usage_error("standard input (`-`) can be read only once");
    }
    if inputs.list_was_empty {
        let list = args.files_from.as_deref().unwrap_or(Path::new("-"));
        usage_error(&format!(
            "--files-from {} lists no path: nothing to read",
            list.display()
        ));
    }
    let paths = inputs.paths;
    let quiet = args.quiet;
    let warn = |message: std::fmt::Arguments| {
        if !quiet {
            eprintln!("extract: warning: {message}");
        }
    };

    let cores = corpus::cores();
    if args.jobs > cores {
        warn(format_args!(
            "--jobs {} is more than the {cores} cores available; using {cores}",
            args.jobs
        ));
    }
    let jobs = args.jobs.min(cores);
    let max = args.max_bytes;

    let when = if quiet {
        ProgressWhen::Never
    } else {
        args.progress
    };
    // Records and reports written while the run goes on share the screen
    // with the bar when stdout is the terminal; a summary or --output-dir
    // writes nothing to stdout until the bar is gone.
    let writes_during_run = !args.summary && args.output_dir.is_none();
    let progress = progress_bar(
        paths.len(),
        when,
        io::stderr().is_terminal(),
        writes_during_run && io::stdout().is_terminal(),
    );
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
        warn(format_args!("{}: no .txt file in it", dir.display()));
    }

    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    let mut out_error: Option<io::Error> = None;

    if args.explain {
        let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let work = |_: usize, path: &Path| explain::explain_input_limited(path, color, max);
        corpus::run_until(&paths, jobs, work, |index, result| {
            progress.inc(1);
            match result {
                Ok(text) => {
                    let sep = if index > 0 { "\n" } else { "" };
                    out_error = write!(out, "{sep}{text}").err();
                }
                Err(error) => {
                    failed = true;
                    report(&error, &mut summary);
                }
            }
            stop_if_failed(&out_error)
        });
    } else if let Some(dir) = &args.output_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("extract: cannot create {}: {e}", dir.display());
            return ExitCode::from(1);
        }
        // Temporary files left by a run that was killed outright.
        let _ = corpus::remove_stale_temporary_files(dir);
        let names = corpus::output_names(&paths);
        let pretty = args.pretty;
        let selection = &selection;
        let work = |index: usize, path: &Path| {
            let record = corpus::read_record_limited(path, max)?;
            let written = serialize(&record, selection, pretty)
                .and_then(|bytes| corpus::write_atomic(dir, &names[index], &bytes));
            Ok((record, written))
        };
        corpus::run_with(&paths, jobs, work, |index, result| {
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
        let work = |_: usize, path: &Path| corpus::read_record_limited(path, max);
        corpus::run_with(&paths, jobs, work, |_, result| {
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
        let work = |_: usize, path: &Path| corpus::read_record_limited(path, max);
        corpus::run_until(&paths, jobs, work, |_, result| {
            progress.inc(1);
            match result {
                Ok(record) => out_error = writer.write(&record).err(),
                Err(error) => {
                    failed = true;
                    report(&error, &mut summary);
                }
            }
            stop_if_failed(&out_error)
        });
        if out_error.is_none() {
            out_error = writer.finish().err();
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
        // A closed pipe (`extract ... | head`): nobody reads on, so the run
        // stopped at once; not a failure, and nothing to say.
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

/// After a failed write, whatever it was, the run stops: a closed pipe
/// (`| head`) means nobody reads on, and a full disk will not take the
/// next record either.
fn stop_if_failed(out_error: &Option<io::Error>) -> ControlFlow<()> {
    if out_error.is_some() {
        ControlFlow::Break(())
    } else {
        ControlFlow::Continue(())
    }
}

/// Whether to draw a progress bar for `total` inputs.
fn shows_progress(
    total: usize,
    when: ProgressWhen,
    stderr_is_terminal: bool,
    records_to_terminal: bool,
) -> bool {
    match when {
        ProgressWhen::Never => false,
        ProgressWhen::Always => stderr_is_terminal,
        ProgressWhen::Auto => stderr_is_terminal && !records_to_terminal && total > PROGRESS_FROM,
    }
}

/// How long, and over how many files, before the bar estimates the time
/// left: the first files (cold caches, the regexes compiled on first use)
/// are slower than the rest, and an early estimate is far off.
const ESTIMATE_AFTER: Duration = Duration::from_secs(2);
const ESTIMATE_FILES: u64 = 50;

/// A bar on stderr when [`shows_progress`]; hidden otherwise.
fn progress_bar(
    total: usize,
    when: ProgressWhen,
    stderr_is_terminal: bool,
    records_to_terminal: bool,
) -> ProgressBar {
    if !shows_progress(total, when, stderr_is_terminal, records_to_terminal) {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{bar:40} {pos}/{len} files  {rate}  {left}")
        .expect("the progress template is valid")
        .with_key(
            "rate",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                if state.elapsed() >= ESTIMATE_AFTER {
                    let _ = write!(w, "{:.0} files/s", state.per_sec());
                }
            },
        )
        .with_key(
            "left",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                if state.elapsed() >= ESTIMATE_AFTER && state.pos() >= ESTIMATE_FILES {
                    let eta = indicatif::HumanDuration(state.eta());
                    let _ = write!(w, "{eta} left");
                } else {
                    let _ = write!(w, "estimating...");
                }
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

#[cfg(unix)]
mod signals {
    //! SIGINT, SIGTERM and SIGHUP during `--output-dir`: the temporary
    //! files being written are removed before the process ends, so the
    //! directory holds only complete records.

    use inspection_extract::corpus;

    /// Blocks the signals in this thread (and so in every thread started
    /// after) and starts one thread that waits for them.
    pub fn remove_temporary_files_on_signal() {
        // SAFETY: plain libc calls on a local, initialised signal set.
        let set = unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
                libc::sigaddset(&mut set, signal);
            }
            libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
            set
        };
        std::thread::spawn(move || {
            let mut signal = 0;
            // SAFETY: waits for one of the blocked signals.
            if unsafe { libc::sigwait(&set, &mut signal) } != 0 {
                return;
            }
            corpus::abandon_temporary_files();
            // End the way the signal would have ended the process, so the
            // shell sees it: default action, unblocked, raised again.
            // SAFETY: restores the default disposition and re-raises.
            unsafe {
                libc::signal(signal, libc::SIG_DFL);
                let mut only: libc::sigset_t = std::mem::zeroed();
                libc::sigemptyset(&mut only);
                libc::sigaddset(&mut only, signal);
                libc::pthread_sigmask(libc::SIG_UNBLOCK, &only, std::ptr::null_mut());
                libc::raise(signal);
            }
            std::process::exit(128 + signal);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_needs_a_terminal_and_a_screen_of_its_own() {
        use ProgressWhen::*;
        assert!(shows_progress(1000, Auto, true, false));
        assert!(!shows_progress(1000, Auto, false, false), "stderr piped");
        assert!(
            !shows_progress(1000, Auto, true, true),
            "records on the same screen"
        );
        assert!(!shows_progress(10, Auto, true, false), "a short run");
        assert!(shows_progress(10, Always, true, true));
        assert!(!shows_progress(10, Always, false, false));
        assert!(!shows_progress(1000, Never, true, false));
    }

    #[test]
    fn help_names_the_paths_as_usage_errors_do() {
        let help = Args::command().render_long_help().to_string();
        assert!(
            help.contains("Usage: extract [OPTIONS] <PATH>..."),
            "{help}"
        );
        assert!(help.contains("UTF-16 (with a BOM, or sniffed"), "{help}");
    }
}
