//! The whole pipeline over a generated corpus: read every file, parse it,
//! serialise the record as JSON Lines and write it (to a sink), as
//! `extract` does, with 1 and 2 worker threads; and each stage alone, to
//! see where the time goes.
//!
//! ```text
//! cargo bench --bench pipeline
//! PIPELINE_DOCS=5000 cargo bench --bench pipeline
//! ```
//!
//! The corpus (default 1,000 documents, about 9 MB) is made with the
//! generator of `examples/gen_corpus.rs` (seed 1) in a temporary directory
//! that is removed afterwards. The end-to-end numbers for 100,000 documents
//! come from `bench/run.sh`, which runs the `extract` binary itself.

use std::io::{self, BufWriter};
use std::path::PathBuf;
use std::sync::LazyLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use inspection_extract::corpus;
use inspection_extract::output::{Format, RecordWriter};
use inspection_extract::record::Record;

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

fn main() {
    divan::main();
}

struct Generated {
    _dir: tempfile::TempDir,
    paths: Vec<PathBuf>,
    bytes: usize,
}

static CORPUS: LazyLock<Generated> = LazyLock::new(|| {
    let count: u64 = std::env::var("PIPELINE_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut paths = Vec::with_capacity(count as usize);
    let mut bytes = 0;
    gen_corpus::generate(1, count, false, |index, doc, _| {
        let path = dir.path().join(format!("{index:06}.txt"));
        std::fs::write(&path, doc).expect("write a generated document");
        bytes += doc.len();
        paths.push(path);
    });
    Generated {
        _dir: dir,
        paths,
        bytes,
    }
});

/// Read, parse, serialise, write: `extract --jobs N` minus argument parsing.
#[divan::bench(args = [1, 2], sample_count = 10, sample_size = 1)]
fn end_to_end(bencher: Bencher, jobs: usize) {
    let corpus = &*CORPUS;
    bencher.counter(BytesCount::new(corpus.bytes)).bench(|| {
        let out = BufWriter::with_capacity(64 * 1024, io::sink());
        let mut writer = RecordWriter::new(out, Format::JsonLines, false);
        corpus::run(&corpus.paths, jobs, |_, result| {
            writer
                .write(&result.expect("generated documents are text"))
                .expect("writing to a sink never fails");
        });
        writer.finish().expect("flush")
    });
}

mod stages {
    use super::*;

    /// `std::fs::read` of every file.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn read(bencher: Bencher) {
        let corpus = &*CORPUS;
        bencher.counter(BytesCount::new(corpus.bytes)).bench(|| {
            for path in &corpus.paths {
                black_box(std::fs::read(path).expect("readable"));
            }
        });
    }

    /// `parse_bytes` (decode + parse) of every file, already in memory.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn parse_bytes(bencher: Bencher) {
        let corpus = &*CORPUS;
        let docs: Vec<Vec<u8>> = corpus
            .paths
            .iter()
            .map(|p| std::fs::read(p).expect("readable"))
            .collect();
        bencher.counter(BytesCount::new(corpus.bytes)).bench(|| {
            for doc in &docs {
                black_box(inspection_extract::parse_bytes(doc).expect("text"));
            }
        });
    }

    /// JSON Lines serialisation of every record, already parsed.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn serialise(bencher: Bencher) {
        let corpus = &*CORPUS;
        let records: Vec<Record> = corpus
            .paths
            .iter()
            .map(|p| corpus::read_record(p).expect("text"))
            .collect();
        let mut buffer = Vec::with_capacity(64 * 1024 * 1024);
        bencher
            .counter(ItemsCount::new(records.len()))
            .bench_local(|| {
                buffer.clear();
                let mut writer = RecordWriter::new(&mut buffer, Format::JsonLines, false);
                for record in &records {
                    writer.write(record).expect("in memory");
                }
                writer.finish().expect("in memory");
                black_box(buffer.len())
            });
    }
}
