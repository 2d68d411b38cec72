//! The record contract is versioned: the schema `extract --schema` prints
//! must be the one checked in for the current `SCHEMA_VERSION`, and
//! CHANGELOG.md must describe that version. A change to the record's types
//! or their documentation therefore fails here until the version is bumped,
//! the CHANGELOG has a section for it and the new schema is checked in.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use inspection_extract::SCHEMA_VERSION;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn printed_schema() -> String {
    let out = Command::cargo_bin("extract")
        .unwrap()
        .arg("--schema")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The versions CHANGELOG.md has a section for (`## [1.1.0] - date`),
/// newest first.
fn changelog_versions() -> Vec<String> {
    let text = fs::read_to_string(root().join("CHANGELOG.md")).expect("CHANGELOG.md exists");
    text.lines()
        .filter_map(|l| l.strip_prefix("## ["))
        .filter_map(|l| l.split_once(']'))
        .map(|(v, _)| v.to_owned())
        .collect()
}

/// The versions with a schema in `schema/`.
fn schema_versions() -> Vec<String> {
    let mut versions: Vec<String> = fs::read_dir(root().join("schema"))
        .expect("schema/ exists")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| {
            n.strip_prefix("record-")
                .and_then(|n| n.strip_suffix(".schema.json"))
                .map(str::to_owned)
        })
        .collect();
    versions.sort();
    versions
}

fn semver(v: &str) -> (u64, u64, u64) {
    let parts: Vec<u64> = v
        .split('.')
        .map(|p| p.parse().unwrap_or_else(|_| panic!("{v} is not x.y.z")))
        .collect();
    assert_eq!(parts.len(), 3, "{v} is not x.y.z");
    (parts[0], parts[1], parts[2])
}

#[test]
fn the_printed_schema_is_the_one_checked_in_for_its_version() {
    let file = root().join(format!("schema/record-{SCHEMA_VERSION}.schema.json"));
    let printed = printed_schema();
    let checked_in = fs::read_to_string(&file).unwrap_or_default();
    assert!(
        printed == checked_in,
        "the schema `extract --schema` prints differs from {} (or it is missing).\n\
         A change to the record contract needs: a new SCHEMA_VERSION in src/record.rs \
         (minor for an added field, major for a renamed, removed or changed one), \
         a `## [<version>]` section in CHANGELOG.md saying what changed, and \
         `extract --schema > schema/record-<version>.schema.json`. \
         Schemas of released versions are never rewritten.",
        file.display()
    );
    let schema: Value = serde_json::from_str(&printed).unwrap();
    assert!(
        schema["$id"]
            .as_str()
            .is_some_and(|id| id.ends_with(&format!(":{SCHEMA_VERSION}"))),
        "$id carries the version: {}",
        schema["$id"]
    );
}

#[test]
fn the_changelog_describes_every_version_newest_first() {
    let changelog = changelog_versions();
    assert_eq!(
        changelog.first().map(String::as_str),
        Some(SCHEMA_VERSION),
        "CHANGELOG.md's first section must be the current SCHEMA_VERSION {SCHEMA_VERSION}"
    );
    for pair in changelog.windows(2) {
        assert!(
            semver(&pair[0]) > semver(&pair[1]),
            "CHANGELOG.md versions must be newest first: {pair:?}"
        );
    }
    let mut described = changelog.clone();
    described.sort();
    assert_eq!(
        schema_versions(),
        described,
        "every version in CHANGELOG.md has a schema/record-<version>.schema.json and back"
    );
}

#[test]
fn no_two_versions_have_the_same_schema() {
    // A version bumped without a schema change, or a schema file copied
    // over an older one, shows here.
    let versions = schema_versions();
    let texts: Vec<String> = versions
        .iter()
        .map(|v| fs::read_to_string(root().join(format!("schema/record-{v}.schema.json"))).unwrap())
        .collect();
    for i in 0..texts.len() {
        for j in i + 1..texts.len() {
            assert_ne!(
                texts[i], texts[j],
                "{} and {} have the same schema",
                versions[i], versions[j]
            );
        }
    }
}

#[test]
fn every_record_says_its_version() {
    let record = inspection_extract::parse("Embargoed until 09:00 Tuesday 14 July 2015\n");
    assert_eq!(record.schema_version, SCHEMA_VERSION);
    let json = serde_json::to_value(&record).unwrap();
    assert_eq!(
        json.as_object().unwrap().keys().next().map(String::as_str),
        Some("schema_version")
    );
    assert_eq!(json["embargo"]["local"], "2015-07-14T09:00");
}
