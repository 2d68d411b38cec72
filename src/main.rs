//! `extract`: reads inspection press releases and writes one JSON record per
//! document. Argument parsing and printing only; the work is in the
//! `inspection_extract` library.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use inspection_extract::corpus;
use inspection_extract::output::{Format, RecordWriter};

/// Turn UK inspection press releases into structured JSON records.
///
/// Each PATH is read as one document (UTF-8, UTF-16 with BOM, or
/// Windows-1252). Records are written to stdout in the order the paths are
/// given. A path that cannot be read as text gets one line on stderr and the
/// exit status 1; the other paths are still processed.
#[derive(Parser, Debug)]
#[command(name = "extract", version, about, long_about)]
struct Args {
    /// Files to read.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,

    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    format: OutputFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum OutputFormat {
    /// One record per line (JSON Lines).
    Jsonl,
    /// One JSON array of records.
    Json,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let format = match args.format {
        OutputFormat::Jsonl => Format::JsonLines,
        OutputFormat::Json => Format::JsonArray,
    };
    let stdout = io::stdout().lock();
    let mut writer = RecordWriter::new(BufWriter::new(stdout), format, args.pretty);
    let mut failed = false;
    let mut broken_pipe = false;
    corpus::run(&args.paths, args.jobs, |_, result| match result {
        Ok(record) => {
            if !broken_pipe {
                if let Err(e) = writer.write(&record) {
                    broken_pipe = e.kind() == io::ErrorKind::BrokenPipe;
                    if !broken_pipe {
                        eprintln!("extract: cannot write output: {e}");
                        failed = true;
                    }
                }
            }
        }
        Err(error) => {
            failed = true;
            eprintln!("extract: {error}");
        }
    });
    if let Err(e) = writer.finish() {
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
