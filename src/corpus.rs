//! Running the engine over many files in parallel, and the file handling
//! around it: expanding the command line's inputs (directories walked for
//! `*.txt`, lists of paths, `-` for standard input) and writing one JSON file
//! per input into an output directory.
//!
//! Files are handed to rayon's workers in input order and their results
//! handed back to the caller in input order, as soon as each is ready and
//! every earlier one has been handed back. No input is started more than
//! [`WINDOW`] places ahead of the next one due, so however slow one document
//! is, memory holds at most that many finished results, never the corpus.

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsStr;
use std::fmt;
use std::fs;
use std::io::{self, Read, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError, mpsc};

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
#[non_exhaustive]
pub enum InputErrorKind {
    /// The file could not be opened or read.
    Io(io::Error),
    /// The file is binary, not text.
    Binary(DecodeError),
    /// The input is larger than the limit (bytes) and was not read.
    TooLarge { limit: u64 },
    /// The engine failed on this input (a bug: please report it with the
    /// file); the other inputs are still read. Holds the panic's message.
    Internal(String),
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
            InputErrorKind::Internal(message) => write!(
                f,
                "{path}: the engine failed on this file (a bug, please report it): {message}"
            ),
            InputErrorKind::TooLarge { limit } => write!(
                f,
                "{path}: larger than {}, the most read from one input; not read (raise it with --max-bytes)",
                format_size(*limit)
            ),
        }
    }
}

impl std::error::Error for InputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            InputErrorKind::Io(e) => Some(e),
            InputErrorKind::Binary(e) => Some(e),
            InputErrorKind::TooLarge { .. } | InputErrorKind::Internal(_) => None,
        }
    }
}

/// The path that stands for standard input.
pub const STDIN: &str = "-";

/// Whether `path` is `-`, standard input (`./-` is a file named `-`).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN
}

/// The most bytes read from one input unless told otherwise: far above any
/// press release (a long one is 50 KB), low enough that a mistaken input
/// (`/dev/urandom` without NULs, a disk image, an endless pipe) stops
/// quickly and never fills memory.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// `64 MiB`, `1.5 GiB`, `300 bytes`.
pub fn format_size(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            return if bytes % size == 0 {
                format!("{} {unit}", bytes / size)
            } else {
                format!("{:.1} {unit}", bytes as f64 / size as f64)
            };
        }
    }
    format!("{bytes} bytes")
}

/// Parses a size as `--max-bytes` takes it: a number of bytes, or with a
/// suffix `K`, `M`, `G` (powers of 1024; `KiB`, `MB`, ... are read the
/// same).
///
/// ```
/// use inspection_extract::corpus::parse_size;
/// assert_eq!(parse_size("64M"), Ok(64 << 20));
/// assert_eq!(parse_size("1000"), Ok(1000));
/// assert!(parse_size("lots").is_err());
/// ```
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a size (a number of bytes, or with K, M or G)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("{text:?}: the unit must be K, M or G")),
    };
    number
        .checked_mul(1 << shift)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{text:?} is not a usable size"))
}

/// Reads the bytes of one input: the file at `path`, or standard input for
/// `-`, at most [`DEFAULT_MAX_BYTES`]; see [`read_input_limited`].
pub fn read_input(path: &Path) -> Result<Vec<u8>, InputError> {
    read_input_limited(path, DEFAULT_MAX_BYTES)
}

/// Reads the bytes of one document: the file at `path`, or standard input
/// for `-`, checking as it goes.
///
/// * The first block is read alone and checked for NUL bytes: binary data
///   (`/dev/zero`, an image, a PDF) is refused after 8 KiB, however long
///   it is.
/// * At most `max` bytes are read: a larger regular file is refused before
///   any is read, and a stream (a pipe, a FIFO, a device such as
///   `/dev/urandom`) as soon as it passes `max`.
/// * A directory is refused; FIFOs and devices are read like pipes.
pub fn read_input_limited(path: &Path, max: u64) -> Result<Vec<u8>, InputError> {
    read_limited(path, max, true)
}

fn read_limited(path: &Path, max: u64, sniff: bool) -> Result<Vec<u8>, InputError> {
    let error = |kind| InputError {
        path: path.to_owned(),
        kind,
    };
    let io_error = |e| error(InputErrorKind::Io(e));
    if is_stdin(path) {
        return read_stream(io::stdin().lock(), 0, max, sniff).map_err(error);
    }
    let file = fs::File::open(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    if meta.is_dir() {
        return Err(io_error(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    // A regular file's size is known (files in /proc say 0 and are read as
    // streams); other kinds are streams of unknown length.
    let size = if meta.is_file() { meta.len() } else { 0 };
    if size > max {
        return Err(error(InputErrorKind::TooLarge { limit: max }));
    }
    read_stream(file, size, max, sniff).map_err(error)
}

/// Reads `reader` to its end, at most `max` bytes; `expected` is the size
/// if known (0 if not), to allocate once.
fn read_stream(
    reader: impl Read,
    expected: u64,
    max: u64,
    sniff: bool,
) -> Result<Vec<u8>, InputErrorKind> {
    let mut bytes = Vec::with_capacity(expected.min(max) as usize + 1);
    // One byte past the limit tells a file of exactly `max` bytes from a
    // longer one.
    let mut reader = reader.take(max.saturating_add(1));
    if sniff {
        let head = crate::decode::HEAD_LEN as u64;
        (&mut reader)
            .take(head)
            .read_to_end(&mut bytes)
            .map_err(InputErrorKind::Io)?;
        crate::decode::check_head(&bytes).map_err(InputErrorKind::Binary)?;
    }
    reader.read_to_end(&mut bytes).map_err(InputErrorKind::Io)?;
    if bytes.len() as u64 > max {
        return Err(InputErrorKind::TooLarge { limit: max });
    }
    Ok(bytes)
}

/// Reads and parses one file (`-`: standard input); `source` in the record
/// is the path as given.
pub fn read_record(path: &Path) -> Result<Record, InputError> {
    read_record_limited(path, DEFAULT_MAX_BYTES)
}

/// Like [`read_record`], reading at most `max` bytes (see
/// [`read_input_limited`]).
pub fn read_record_limited(path: &Path, max: u64) -> Result<Record, InputError> {
    let bytes = read_input_limited(path, max)?;
    let mut record = contained(path, || crate::parse_owned(bytes))?;
    record.source = Some(path.display().to_string());
    Ok(record)
}

/// Runs `parse` on one input so that a bug the engine hits on it (a panic)
/// fails that input alone, with an [`InputErrorKind::Internal`] error
/// naming the file, and never the run: the other inputs are still read
/// and written.
fn contained(
    path: &Path,
    parse: impl FnOnce() -> Result<Record, DecodeError>,
) -> Result<Record, InputError> {
    let error = |kind| InputError {
        path: path.to_owned(),
        kind,
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(parse)) {
        Ok(parsed) => parsed.map_err(|e| error(InputErrorKind::Binary(e))),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_owned());
            Err(error(InputErrorKind::Internal(message)))
        }
    }
}

/// Parses the bytes read from `path`; `source` in the record is the path as
/// given.
pub fn record_from_bytes(path: &Path, bytes: &[u8]) -> Result<Record, InputError> {
    let mut record = contained(path, || crate::parse_bytes(bytes))?;
    record.source = Some(path.display().to_string());
    Ok(record)
}

/// How many finished results may wait for the caller before the workers
/// pause: a slow sink (a slow pipe, a slow disk) then slows the workers down
/// instead of filling memory.
const QUEUE: usize = 256;

/// How far ahead of the next result due the workers may start inputs. Input
/// `i` waits until result `i - WINDOW` has been handed to the caller, so one
/// slow document holds back at most this many finished results behind it
/// (the reorder buffer is bounded) while the other workers stay busy.
pub const WINDOW: usize = 64;

/// The bound of the reorder buffer: workers wait here before starting an
/// input too far ahead of the next result due, and are woken when that
/// result is handed on, or when the run stops.
struct Window {
    /// The index of the next result due, and whether the run has stopped.
    state: Mutex<(usize, bool)>,
    moved: Condvar,
}

impl Window {
    fn new() -> Self {
        Window {
            state: Mutex::new((0, false)),
            moved: Condvar::new(),
        }
    }

    /// Waits until input `index` is within [`WINDOW`] of the next result
    /// due. False when the run has stopped meanwhile (start nothing then).
    fn enter(&self, index: usize) -> bool {
        let mut state = lock(&self.state);
        while index >= state.0 + WINDOW && !state.1 {
            state = self
                .moved
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        !state.1
    }

    /// Result `next - 1` has been handed on: `next` is due.
    fn advance(&self, next: usize) {
        lock(&self.state).0 = next;
        self.moved.notify_all();
    }

    /// The run stops: every waiting worker returns.
    fn stop(&self) {
        lock(&self.state).1 = true;
        self.moved.notify_all();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The worker threads a run of `inputs` inputs gets when asked for `jobs`
/// (0: one per core): never more than the cores available, since the work
/// is CPU-bound, nor than there are inputs, and at least one.
///
/// ```
/// use inspection_extract::corpus::{cores, workers};
/// assert_eq!(workers(100_000, 1), 1);
/// assert_eq!(workers(0, 0), 1);
/// assert_eq!(workers(100_000, 1_000), cores());
/// ```
pub fn workers(jobs: usize, inputs: usize) -> usize {
    let cores = cores();
    let wanted = if jobs == 0 { cores } else { jobs.min(cores) };
    wanted.min(inputs).max(1)
}

/// The cores this process may use (1 if that cannot be known).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
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
    run_until(
        paths,
        jobs,
        |_, path| read_record(path),
        |index, result| {
            sink(index, result);
            ControlFlow::Continue(())
        },
    );
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
    run_until(paths, jobs, work, |index, result| {
        sink(index, result);
        ControlFlow::Continue(())
    });
}

/// Like [`run_with`], and `sink` may stop the run (when nobody reads the
/// output any more, say): it returns `ControlFlow::Break` and no input is
/// started after that; inputs already being worked on are finished and
/// their results dropped. Returns how many results `sink` was given.
///
/// At most [`workers`]`(jobs, paths.len())` threads work, one more hands
/// the inputs out, and none is started for an empty run.
pub fn run_until<T, W, F>(paths: &[PathBuf], jobs: usize, work: W, mut sink: F) -> usize
where
    T: Send,
    W: Fn(usize, &Path) -> Result<T, InputError> + Sync,
    F: FnMut(usize, Result<T, InputError>) -> ControlFlow<()>,
{
    if paths.is_empty() {
        return 0;
    }
    let threads = workers(jobs, paths.len());
    let stop = AtomicBool::new(false);
    let mut given = 0;
    if threads == 1 {
        // No pool for one worker: the work is done here, in order.
        for (index, path) in paths.iter().enumerate() {
            given += 1;
            if sink(index, work(index, path)).is_break() {
                break;
            }
        }
        return given;
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a rayon thread pool can be built");
    let (sender, receiver) = mpsc::sync_channel(QUEUE);
    let window = Window::new();
    let work = &work;
    let stop = &stop;
    let window = &window;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.install(|| {
                // par_bridge hands items out in iterator order, so finished
                // results arrive close to input order.
                paths
                    .iter()
                    .enumerate()
                    .take_while(|_| !stop.load(Ordering::Relaxed))
                    .par_bridge()
                    .for_each_with(sender, |sender, (index, path)| {
                        if stop.load(Ordering::Relaxed) || !window.enter(index) {
                            return;
                        }
                        // Fails only once the receiver has stopped.
                        let _ = sender.send((index, work(index, path)));
                    });
            });
        });
        let mut pending = BTreeMap::new();
        let mut next = 0;
        'results: for (index, result) in receiver.iter() {
            pending.insert(index, result);
            while let Some(result) = pending.remove(&next) {
                given += 1;
                if sink(next, result).is_break() {
                    stop.store(true, Ordering::Relaxed);
                    window.stop();
                    break 'results;
                }
                next += 1;
                window.advance(next);
            }
        }
        // Dropping the receiver (here, at the end of the scope's closure)
        // makes any send fail, so no worker waits on a full queue.
        drop(receiver);
    });
    given
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
    /// A list of paths was read and named no path at all.
    pub list_was_empty: bool,
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
        let listed_before = self.paths.len() + self.empty_dirs.len() + self.errors.len();
        match read_limited(list, DEFAULT_MAX_BYTES, false) {
            Ok(bytes) => {
                for line in bytes.split(|&b| b == b'\n') {
                    let line = line.strip_suffix(b"\r").unwrap_or(line);
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.add(&path_from_bytes(line));
                }
                let listed = self.paths.len() + self.empty_dirs.len() + self.errors.len();
                self.list_was_empty = listed == listed_before;
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

/// Temporary files being written by [`write_atomic`], so that an
/// interrupted run can remove them ([`abandon_temporary_files`]).
static TEMPORARY: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Set once the run is being interrupted: no temporary file is created
/// after that.
static ABANDONED: AtomicBool = AtomicBool::new(false);

fn temporary() -> MutexGuard<'static, Vec<PathBuf>> {
    TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner)
}

/// For a signal handler about to end the process: removes every temporary
/// file [`write_atomic`] is writing and keeps any from being created, so
/// the output directory holds only complete files. Returns how many were
/// removed. It never returns the lock it holds: the process is expected to
/// exit next, and any worker that tries to start a file waits until then.
pub fn abandon_temporary_files() -> usize {
    let mut files = temporary();
    ABANDONED.store(true, Ordering::SeqCst);
    let removed = files
        .drain(..)
        .filter(|path| fs::remove_file(path).is_ok())
        .count();
    std::mem::forget(files);
    removed
}

/// Removes the temporary files that an earlier run killed outright (by
/// SIGKILL or a power cut) left in `dir`: hidden files named as
/// [`write_atomic`] names them, `.<name>.json.<pid>.tmp`, whose process no
/// longer runs. Files of a run still going are left alone; other files are
/// never touched. Returns how many were removed. Where processes cannot be
/// checked (not Unix), nothing is removed: the files are hidden and never
/// read as records.
pub fn remove_stale_temporary_files(dir: &Path) -> io::Result<usize> {
    let mut removed = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(temporary_file_pid) else {
            continue;
        };
        if pid != std::process::id()
            && !process_is_running(pid)
            && entry.file_type().is_ok_and(|t| t.is_file())
            && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    Ok(removed)
}

/// The process id in a temporary file name `.<name>.json.<pid>.tmp`.
fn temporary_file_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (stem, pid) = rest.rsplit_once('.')?;
    if !stem.ends_with(".json") || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

#[cfg(unix)]
fn process_is_running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only checks that the process exists.
    let alive = unsafe { libc::kill(pid, 0) } == 0;
    alive || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_is_running(_pid: u32) -> bool {
    true
}

/// Writes `bytes` to `dir/name` atomically: first to a hidden temporary
/// file in `dir` (`.<name>.<pid>.tmp`), flushed to disk, then renamed over
/// `name`. A run that is interrupted leaves either the old file or the new
/// one, never half of one; [`abandon_temporary_files`] removes the
/// temporary files of an interrupted run. `name` must be a plain file
/// name, as [`output_names`] gives.
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
    let create = || {
        // create_new never follows a link planted at the temporary name.
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
    };
    // Created and registered under the lock, so that an interruption
    // either sees the file and removes it or stops it being created.
    let file = {
        let mut files = temporary();
        if ABANDONED.load(Ordering::SeqCst) {
            return Err(io::Error::new(
                io::ErrorKind::Interrupted,
                "the run was interrupted",
            ));
        }
        let file = match create() {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                fs::remove_file(&temp)?;
                create()?
            }
            other => other?,
        };
        files.push(temp.clone());
        file
    };
    let write = |mut file: fs::File| -> io::Result<()> {
        file.write_all(bytes)?;
        file.sync_data()?;
        drop(file);
        // rename replaces `target` itself, even when it is a link; if an
        // interruption removed the temporary file, it fails and no
        // `target` is written.
        fs::rename(&temp, &target)
    };
    let result = write(file);
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    let mut files = temporary();
    if let Some(at) = files.iter().position(|p| *p == temp) {
        files.swap_remove(at);
    }
    drop(files);
    result.map(|()| target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn a_panic_on_one_input_is_that_inputs_error() {
        let path = Path::new("corpus/odd.txt");
        let error = contained(path, || panic!("byte index 100 is not a char boundary"))
            .expect_err("a panic is an error");
        assert!(matches!(&error.kind, InputErrorKind::Internal(m) if m.contains("char boundary")));
        assert!(
            error
                .to_string()
                .starts_with("corpus/odd.txt: the engine failed")
        );
        let error = contained(path, || panic!("{} of {}", 3, 4)).expect_err("formatted");
        assert!(matches!(&error.kind, InputErrorKind::Internal(m) if m == "3 of 4"));
        // and a parse that returns is passed on as it is
        let record = contained(path, || Ok(crate::parse("Inspectors visited two prisons.")));
        assert!(record.is_ok());
    }

    /// Four windows of inputs (never read: the tests' work does not open
    /// them).
    fn paths() -> Vec<PathBuf> {
        (0..WINDOW * 4)
            .map(|i| PathBuf::from(i.to_string()))
            .collect()
    }

    /// One slow input must not let the others run ahead without bound:
    /// every input starts within `WINDOW` of the next result due, checked
    /// at each start, while input 0 is held until the others have gone as
    /// far as the window lets them (no clock involved).
    #[test]
    fn a_slow_input_holds_back_at_most_a_window_of_results() {
        let paths = paths();
        let handed = AtomicUsize::new(0);
        let furthest = AtomicUsize::new(0);
        let threads = workers(2, paths.len());
        let given = run_until(
            &paths,
            2,
            |index, _| {
                assert!(
                    index < handed.load(Ordering::SeqCst) + WINDOW,
                    "input {index} started before result {} was handed on",
                    index - WINDOW
                );
                furthest.fetch_max(index, Ordering::SeqCst);
                if index == 0 && threads > 1 {
                    // The other worker can reach the window's edge and no
                    // further; wait until it has.
                    while furthest.load(Ordering::SeqCst) < WINDOW - 1 {
                        std::thread::yield_now();
                    }
                }
                Ok(index)
            },
            |index, result| {
                assert_eq!(result.ok(), Some(index), "results come in input order");
                handed.store(index + 1, Ordering::SeqCst);
                ControlFlow::Continue(())
            },
        );
        assert_eq!(given, paths.len());
    }

    /// A sink that stops the run wakes the workers waiting at the window's
    /// edge, and the run returns.
    #[test]
    fn stopping_wakes_workers_waiting_at_the_window() {
        let paths = paths();
        let started = AtomicUsize::new(0);
        let given = run_until(
            &paths,
            2,
            |index, _| {
                started.fetch_add(1, Ordering::SeqCst);
                Ok(index)
            },
            |index, _| {
                if index == 3 {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            },
        );
        assert_eq!(given, 4);
        assert!(started.load(Ordering::SeqCst) < 4 + WINDOW + QUEUE);
    }
}
