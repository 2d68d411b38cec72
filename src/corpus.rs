//! Running the engine over many files in parallel, and the file handling
//! around it: expanding the command line's inputs (directories walked for
//! `*.txt`, lists of paths, `-` for standard input) and writing one JSON file
//! per input into an output directory.
//!
//! Files are handed to rayon's workers in input order and their results
//! handed back to the caller in input order, as soon as each is ready and
//! every earlier one has been handed back: memory holds only the few
//! results finished ahead of their turn, never the whole corpus.

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsStr;
use std::fmt;
use std::fs;
use std::io::{self, Read, Write};
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

/// The path that stands for standard input.
pub const STDIN: &str = "-";

/// Whether `path` is `-`, standard input (`./-` is a file named `-`).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN
}

/// Reads the bytes of one input: the file at `path`, or standard input for
/// `-`.
pub fn read_input(path: &Path) -> Result<Vec<u8>, InputError> {
    let error = |kind| InputError {
        path: path.to_owned(),
        kind,
    };
    if is_stdin(path) {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| error(InputErrorKind::Io(e)))?;
        return Ok(bytes);
    }
    if path.is_dir() {
        return Err(error(InputErrorKind::Io(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        ))));
    }
    fs::read(path).map_err(|e| error(InputErrorKind::Io(e)))
}

/// Reads and parses one file (`-`: standard input); `source` in the record
/// is the path as given.
pub fn read_record(path: &Path) -> Result<Record, InputError> {
    let bytes = read_input(path)?;
    record_from_bytes(path, &bytes)
}

/// Parses the bytes read from `path`; `source` in the record is the path as
/// given.
pub fn record_from_bytes(path: &Path, bytes: &[u8]) -> Result<Record, InputError> {
    let mut record = crate::parse_bytes(bytes).map_err(|e| InputError {
        path: path.to_owned(),
        kind: InputErrorKind::Binary(e),
    })?;
    record.source = Some(path.display().to_string());
    Ok(record)
}

/// How many finished results may wait for the caller before the workers
/// pause: a slow sink (a slow pipe, a slow disk) then slows the workers down
/// instead of filling memory.
const QUEUE: usize = 256;

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
pub fn run<F>(paths: &[PathBuf], jobs: usize, sink: F)
where
    F: FnMut(usize, Result<Record, InputError>),
{
    run_with(paths, jobs, |_, path| read_record(path), sink);
}

/// Like [`run`], with any per-input `work` (given the input's index and
/// path) done on the worker threads, e.g. parsing and writing a file, or
/// parsing and rendering a report; `sink` gets each result in input order.
pub fn run_with<T, W, F>(paths: &[PathBuf], jobs: usize, work: W, mut sink: F)
where
    T: Send,
    W: Fn(usize, &Path) -> Result<T, InputError> + Sync,
    F: FnMut(usize, Result<T, InputError>),
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .expect("a rayon thread pool can be built");
    let (sender, receiver) = mpsc::sync_channel(QUEUE);
    let work = &work;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.install(|| {
                // par_bridge hands items out in iterator order, so finished
                // results arrive close to input order.
                paths.iter().enumerate().par_bridge().for_each_with(
                    sender,
                    |sender, (index, path)| {
                        // The receiver lives until every result is in.
                        let _ = sender.send((index, work(index, path)));
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

// ---------------------------------------------------------------- inputs

#[cfg(feature = "cli")]
/// The inputs named on the command line, expanded.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Every file to read, in order: arguments as given, directories
    /// replaced by the `*.txt` files under them in sorted order.
    pub paths: Vec<PathBuf>,
    /// Inputs that could not be expanded (an unreadable directory or list).
    pub errors: Vec<InputError>,
    /// Directories given that hold no `*.txt` file.
    pub empty_dirs: Vec<PathBuf>,
}

#[cfg(feature = "cli")]
impl Inputs {
    /// Adds one argument: a directory is walked, anything else (a file, a
    /// missing path, `-`) is kept as it is, to be read or reported later.
    pub fn add(&mut self, arg: &Path) {
        if is_stdin(arg) || !arg.is_dir() {
            self.paths.push(arg.to_owned());
            return;
        }
        let before = self.paths.len();
        walk(arg, &mut self.paths, &mut self.errors);
        if self.paths.len() == before {
            self.empty_dirs.push(arg.to_owned());
        }
    }

    /// Adds every path listed in `list` (`-`: standard input), one a line;
    /// blank lines are skipped and a trailing `\r` is dropped. Relative
    /// paths are relative to the working directory, as for arguments.
    pub fn add_list(&mut self, list: &Path) {
        match read_input(list) {
            Ok(bytes) => {
                for line in bytes.split(|&b| b == b'\n') {
                    let line = line.strip_suffix(b"\r").unwrap_or(line);
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.add(&path_from_bytes(line));
                }
            }
            Err(e) => self.errors.push(e),
        }
    }

    /// How many times standard input is named (more than once cannot work).
    pub fn stdin_uses(&self) -> usize {
        self.paths.iter().filter(|p| is_stdin(p)).count()
    }
}

#[cfg(feature = "cli")]
/// Expands command-line arguments; see [`Inputs::add`].
///
/// ```no_run
/// use std::path::PathBuf;
/// let inputs = inspection_extract::corpus::expand(&[PathBuf::from("corpus")], None);
/// for path in &inputs.paths {
///     println!("{}", path.display());
/// }
/// ```
pub fn expand(args: &[PathBuf], files_from: Option<&Path>) -> Inputs {
    let mut inputs = Inputs::default();
    for arg in args {
        inputs.add(arg);
    }
    if let Some(list) = files_from {
        inputs.add_list(list);
    }
    inputs
}

#[cfg(feature = "cli")]
/// Pushes every `*.txt` file under `dir`, recursively, in sorted order
/// (siblings by name, byte-wise, so the order is the same on every system).
/// Symbolic links are followed; a loop is reported, not followed.
fn walk(dir: &Path, paths: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by(|a, b| a.file_name().cmp(b.file_name()));
    for entry in walker {
        match entry {
            Ok(entry) => {
                if entry.file_type().is_file() && has_txt_extension(entry.path()) {
                    paths.push(entry.into_path());
                }
            }
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_owned();
                let kind = match e.into_io_error() {
                    Some(io) => InputErrorKind::Io(io),
                    None => {
                        InputErrorKind::Io(io::Error::other("symbolic link loop, not followed"))
                    }
                };
                errors.push(InputError { path, kind });
            }
        }
    }
}

#[cfg(feature = "cli")]
/// `report.txt`, `REPORT.TXT`: a text document.
fn has_txt_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

#[cfg(all(unix, feature = "cli"))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(OsStr::from_bytes(bytes))
}

#[cfg(all(not(unix), feature = "cli"))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

// ---------------------------------------------------------------- output dir

/// The longest file name stem written, in bytes (file systems allow 255).
const MAX_STEM: usize = 200;

/// One output file name per input, `<name>.json`, unique within the run
/// and safe to join to a directory: only the input's file name is used
/// (never its directories), `.txt` is dropped, characters that are not
/// allowed in file names on common systems become `_`, a leading dot
/// becomes `_`, and standard input is `stdin.json`. When two inputs would
/// get the same name (compared without case, for case-insensitive file
/// systems), later ones get `-2`, `-3`, ... in input order, so the names
/// are the same on every run.
///
/// ```
/// use std::path::PathBuf;
/// use inspection_extract::corpus::output_names;
/// let paths = [PathBuf::from("a/report.txt"), PathBuf::from("b/report.txt"), PathBuf::from("../../etc/passwd")];
/// assert_eq!(output_names(&paths), ["report.json", "report-2.json", "passwd.json"]);
/// ```
pub fn output_names(paths: &[PathBuf]) -> Vec<String> {
    let mut used = HashSet::new();
    paths
        .iter()
        .map(|path| {
            let stem = output_stem(path);
            let mut name = stem.clone();
            let mut n = 1;
            while !used.insert(name.to_lowercase()) {
                n += 1;
                name = format!("{stem}-{n}");
            }
            name + ".json"
        })
        .collect()
}

fn output_stem(path: &Path) -> String {
    if is_stdin(path) {
        return "stdin".to_owned();
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match name.len().checked_sub(4) {
        Some(cut) if name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(".txt") => {
            name[..cut].to_owned()
        }
        _ => name,
    };
    let mut stem: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    if stem.len() > MAX_STEM {
        let mut cut = MAX_STEM;
        while !stem.is_char_boundary(cut) {
            cut -= 1;
        }
        stem.truncate(cut);
    }
    if stem.is_empty() {
        stem.push_str("document");
    }
    stem
}

/// Writes `bytes` to `dir/name` atomically: first to a hidden temporary
/// file in `dir`, flushed to disk, then renamed over `name`. A run that is
/// interrupted leaves either the old file or the new one, never half of
/// one. `name` must be a plain file name, as [`output_names`] gives.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let plain = Path::new(name).file_name() == Some(OsStr::new(name));
    if !plain || name.starts_with('.') {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{name:?} is not a plain file name"),
        ));
    }
    let target = dir.join(name);
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let write = || -> io::Result<()> {
        // create_new never follows a link planted at the temporary name.
        let mut file = match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                fs::remove_file(&temp)?;
                fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&temp)?
            }
            other => other?,
        };
        file.write_all(bytes)?;
        file.sync_data()?;
        drop(file);
        // rename replaces `target` itself, even when it is a link.
        fs::rename(&temp, &target)
    };
    match write() {
        Ok(()) => Ok(target),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}
