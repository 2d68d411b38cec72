//! Time per megabyte on inputs where one anchor repeats, from 10 KB to
//! 50 MB: flat throughput across sizes is linear time (the test suite proves
//! the same by counting work; this shows it in seconds).
//!
//! ```text
//! cargo bench --bench growth                    # every shape and size
//! cargo bench --bench growth -- mentions        # one shape
//! ```
//!
//! Each shape repeats one line that an extractor reacts to: an inspectorate
//! mention, a count of units and files on one long line, a quote with its
//! attribution, a chief inspector named in news style. Sizes above 1 MB take
//! few samples.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

const KB: usize = 1024;
const SIZES: [usize; 5] = [10 * KB, 100 * KB, 1024 * KB, 10 * 1024 * KB, 50 * 1024 * KB];

fn repeated(line: &str, size: usize) -> String {
    line.repeat(size.div_ceil(line.len()))
}

fn run(bencher: Bencher, line: &str, size: usize) {
    let text = repeated(line, size);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| inspection_extract::parse(black_box(&text)));
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn mentions(bencher: Bencher, size: usize) {
    run(bencher, "HMCPSI said this.\n", size);
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn one_long_line(bencher: Bencher, size: usize) {
    run(
        bencher,
        "HMCPSI visited six units and examined 105 files. ",
        size,
    );
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn quotes(bencher: Bencher, size: usize) {
    run(
        bencher,
        "\"Things improved,\" said Jane Smith, HM Chief Inspector.\n",
        size,
    );
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn chiefs_in_news_style(bencher: Bencher, size: usize) {
    run(
        bencher,
        "Custody was good, said Nick Hale, Chief Inspector of Prisons, and Ann Lee, HM Inspector of Constabulary. ",
        size,
    );
}
