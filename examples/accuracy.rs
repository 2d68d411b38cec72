//! The per-field accuracy report: scores the engine against the hand-written
//! expectations in `tests/expected/` and prints a table.
//!
//! ```text
//! cargo run --release --example accuracy                 # the whole corpus
//! cargo run --release --example accuracy -- 5            # documents whose name starts with 5
//! cargo run --release --example accuracy -- --misses 5   # and list every field it got wrong
//! ```
//!
//! For each field: `right` (the wanted value), `empty` (nothing, rightly),
//! `wrong` (another value), `missed` (nothing where a value was wanted),
//! `spurious` (a value where none was wanted); precision = right / values
//! given, recall = right / values wanted, F1 their harmonic mean.

use std::path::Path;

use inspection_extract::accuracy::{self, Outcome, Tally};
use serde_json::Value;

fn main() {
    let mut misses = false;
    let mut prefixes = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--misses" => misses = true,
            _ => prefixes.push(arg),
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs: Vec<_> = std::fs::read_dir(root.join("corpus"))
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            prefixes.is_empty() || prefixes.iter().any(|pre| name.starts_with(pre.as_str()))
        })
        .collect();
    docs.sort();

    let mut fields = Vec::new();
    let mut scored = 0;
    for doc in &docs {
        let stem = doc.file_stem().unwrap().to_string_lossy();
        let Ok(expected) =
            std::fs::read_to_string(root.join(format!("tests/expected/{stem}.json")))
        else {
            continue;
        };
        let expected: Value = serde_json::from_str(&expected).expect("expectations are JSON");
        let record =
            inspection_extract::corpus::read_record(doc).expect("corpus documents are text");
        for field in accuracy::compare(&record, &expected) {
            if misses
                && !field.check_only
                && !matches!(field.outcome(), Outcome::Right | Outcome::Empty)
            {
                println!(
                    "{stem}  {}  {:?}\n    got  {}\n    want {}",
                    field.name,
                    field.outcome(),
                    field.got,
                    field.want
                );
            }
            fields.push(field);
        }
        scored += 1;
    }
    let (by_field, overall) = accuracy::tally(&fields);
    println!("{scored} documents scored\n");
    println!(
        "| field | right | empty | wrong | missed | spurious | precision | recall | F1 | accuracy |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let row = |name: &str, t: &Tally| {
        println!(
            "| {name} | {} | {} | {} | {} | {} | {:.2} | {:.2} | {:.2} | {:.2} |",
            t.right,
            t.empty,
            t.wrong,
            t.missed,
            t.spurious,
            t.precision(),
            t.recall(),
            t.f1(),
            t.accuracy()
        );
    };
    for (name, t) in &by_field {
        row(name, t);
    }
    row("**overall**", &overall);
}
