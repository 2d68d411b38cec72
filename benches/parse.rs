//! `parse` on every corpus document, one thread.
//!
//! ```text
//! cargo bench --bench parse                 # every document
//! cargo bench --bench parse -- 000_         # the real sample only
//! ```
//!
//! `parse` times the engine on text already decoded (the decoding is done
//! once, outside the timed loop); `parse_bytes` times decoding plus parsing
//! from the file's raw bytes, as the `extract` binary does. Throughput is
//! reported per byte of the file as stored.

use std::path::{Path, PathBuf};

use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// The corpus documents' file names, sorted.
fn documents() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("corpus/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

fn bytes_of(name: &str) -> Vec<u8> {
    std::fs::read(corpus_dir().join(name)).expect("corpus document is readable")
}

#[divan::bench(args = documents())]
fn parse(bencher: Bencher, name: &str) {
    let bytes = bytes_of(name);
    let text = inspection_extract::decode::decode(&bytes)
        .expect("corpus documents are text")
        .text;
    bencher
        .counter(BytesCount::new(bytes.len()))
        .bench(|| inspection_extract::parse(black_box(&text)));
}

#[divan::bench(args = documents())]
fn parse_bytes(bencher: Bencher, name: &str) {
    let bytes = bytes_of(name);
    bencher
        .counter(BytesCount::new(bytes.len()))
        .bench(|| inspection_extract::parse_bytes(black_box(&bytes)));
}
