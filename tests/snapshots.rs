//! One reviewed insta snapshot of the record of every file in `corpus/`,
//! stored in the top-level `snapshots/` folder.
//!
//! A new or changed snapshot is read against its document before it is
//! accepted (`cargo insta review`); CI (`CI=true`) fails on any difference.

use std::path::Path;

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn record_of_every_corpus_document() {
    settings().bind(|| {
        insta::glob!("../corpus", "*.txt", |path| {
            let record =
                inspection_extract::corpus::read_record(path).expect("corpus documents are text");
            // `source` is the absolute path here; keep snapshots independent
            // of where the repository is checked out.
            let mut record = record;
            record.source = path.file_name().map(|n| n.to_string_lossy().into_owned());
            insta::assert_json_snapshot!("record", record);
        });
    });
}

#[test]
fn every_snapshot_has_its_corpus_document() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut orphans = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(root.join("snapshots")).expect("snapshots/ exists") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let Some(doc) = name
            .strip_prefix("record@")
            .and_then(|n| n.strip_suffix(".snap"))
        else {
            continue;
        };
        seen += 1;
        if !root.join("corpus").join(doc).exists() {
            orphans.push(name);
        }
    }
    assert!(seen > 0, "no snapshots found in snapshots/");
    assert!(
        orphans.is_empty(),
        "snapshots without a corpus document (delete them): {orphans:?}"
    );
}
