//! Running the engine over many files in parallel.
//!
//! Files are handed to rayon's workers in input order and their results
//! handed back to the caller in input order, as soon as each is ready and
//! every earlier one has been handed back: memory holds only the few
//! records finished ahead of their turn, never the whole corpus.

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::decode::DecodeError;
use crate::record::Record;

/// Why an input could not be read as text. Its `Display` names the path and
/// the reason, for one line on stderr.
#[derive(Debug)]
pub struct InputError {
    pub path: PathBuf,
    pub kind: InputErrorKind,
}

/// The reason behind an [`InputError`].
#[derive(Debug)]
pub enum InputErrorKind {
    /// The file could not be opened or read.
    Io(io::Error),
    /// The file is binary, not text.
    Binary(DecodeError),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            InputErrorKind::Io(e) if e.kind() == io::ErrorKind::NotFound => {
                write!(f, "{path}: no such file")
            }
            InputErrorKind::Io(e) if e.kind() == io::ErrorKind::IsADirectory => {
                write!(f, "{path}: is a directory")
            }
            InputErrorKind::Io(e) => write!(f, "{path}: cannot be read: {e}"),
            InputErrorKind::Binary(e) => write!(f, "{path}: {e}"),
        }
    }
}

impl std::error::Error for InputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            InputErrorKind::Io(e) => Some(e),
            InputErrorKind::Binary(e) => Some(e),
        }
    }
}

/// Reads and parses one file; `source` in the record is the path as given.
pub fn read_record(path: &Path) -> Result<Record, InputError> {
    let error = |kind| InputError {
        path: path.to_owned(),
        kind,
    };
    if path.is_dir() {
        return Err(error(InputErrorKind::Io(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        ))));
    }
    let bytes = std::fs::read(path).map_err(|e| error(InputErrorKind::Io(e)))?;
    let mut record = crate::parse_bytes(&bytes).map_err(|e| error(InputErrorKind::Binary(e)))?;
    record.source = Some(path.display().to_string());
    Ok(record)
}

/// Parses every path with `jobs` threads (0: one per core) and calls
/// `sink` with each result, in input order, as soon as it is ready.
///
/// ```no_run
/// use std::path::PathBuf;
/// let paths = vec![PathBuf::from("corpus/a.txt"), PathBuf::from("corpus/b.txt")];
/// inspection_extract::corpus::run(&paths, 0, |index, result| match result {
///     Ok(record) => println!("{index}: {:?}", record.embargo.map(|e| e.date)),
///     Err(error) => eprintln!("{error}"),
/// });
/// ```
pub fn run<F>(paths: &[PathBuf], jobs: usize, mut sink: F)
where
    F: FnMut(usize, Result<Record, InputError>),
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .expect("a rayon thread pool can be built");
    let (sender, receiver) = mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.install(|| {
                // par_bridge hands items out in iterator order, so finished
                // results arrive close to input order.
                paths.iter().enumerate().par_bridge().for_each_with(
                    sender,
                    |sender, (index, path)| {
                        // The receiver lives until every result is in.
                        let _ = sender.send((index, read_record(path)));
                    },
                );
            });
        });
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (index, result) in receiver {
            pending.insert(index, result);
            while let Some(result) = pending.remove(&next) {
                sink(next, result);
                next += 1;
            }
        }
    });
}
