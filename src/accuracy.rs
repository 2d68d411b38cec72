//! Scoring records against hand-written expectations, field by field.
//!
//! An expectation is a JSON object written by a person reading the document
//! (format in `tests/expected/README.md`): a key that is absent is not
//! checked, a key that is `null` says the record must give nothing there.
//! [`compare`] projects a record onto the fields an expectation names and
//! pairs each with the wanted value; the expectations test asserts every
//! pair equal, and the accuracy report (`cargo run --release --example
//! accuracy`) counts them into precision, recall and F1 per field with
//! [`Tally`].
//!
//! ```
//! use inspection_extract::accuracy::{compare, Outcome};
//! let record = inspection_extract::parse("HMCPSI visited six units.\n");
//! let want = serde_json::json!({"units": {"count": 6}, "fieldwork": null});
//! let fields = compare(&record, &want);
//! assert!(fields.iter().all(|f| f.outcome() == Outcome::Right || f.outcome() == Outcome::Empty));
//! ```

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::record::{CheckStatus, Record};

/// One field of one document: what the record gives and what was wanted,
/// both as JSON, `null` meaning nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The field's name in the report, e.g. `units.count`.
    pub name: &'static str,
    /// What the record gives.
    pub got: Value,
    /// What the expectation wants.
    pub want: Value,
    /// True for fields that are checked but not scored (cross-checks that
    /// must fail, diagnostics that must appear).
    pub check_only: bool,
}

/// How one field came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A value, and the wanted one.
    Right,
    /// Nothing, and nothing was wanted.
    Empty,
    /// A value, but not the wanted one.
    Wrong,
    /// Nothing, where a value was wanted.
    Missed,
    /// A value, where nothing was wanted.
    Spurious,
}

impl Field {
    /// Compares the two sides.
    pub fn outcome(&self) -> Outcome {
        match (self.got.is_null(), self.want.is_null()) {
            (true, true) => Outcome::Empty,
            (true, false) => Outcome::Missed,
            (false, true) => Outcome::Spurious,
            (false, false) if self.got == self.want => Outcome::Right,
            (false, false) => Outcome::Wrong,
        }
    }
}

/// True when an expectation checks `key` of its object: it names the key,
/// or it is null (the whole object, and so every part, must be absent).
fn named(want: &Value, key: &str) -> bool {
    want.is_null() || want.get(key).is_some()
}

/// `want`, or `got` where the two lists of names are the same read as
/// [`alternative`] reads texts (white space collapsed, curly marks as
/// straight ones).
fn same_names(got: &Value, want: &Value) -> Value {
    match (got.as_array(), want.as_array()) {
        (Some(g), Some(w))
            if g.len() == w.len() && g.iter().zip(w).all(|(g, w)| alternative(g, w) == *g) =>
        {
            got.clone()
        }
        _ => want.clone(),
    }
}

/// A written text (title, headline, subject, role, honorific) may be
/// wanted as one of several spellings, `["A", "B"]`, where a document is
/// honestly ambiguous: the one equal to `got` is wanted, else the first;
/// a `null` among them accepts nothing written.
/// Texts are equal when they match with white space collapsed and curly
/// apostrophes and quotes read as straight ones.
fn alternative(got: &Value, want: &Value) -> Value {
    fn norm(v: &Value) -> Option<String> {
        let text = v.as_str()?;
        let straight: String = text
            .chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' => '\'',
                '\u{201c}' | '\u{201d}' => '"',
                c => c,
            })
            .collect();
        Some(straight.split_whitespace().collect::<Vec<_>>().join(" "))
    }
    let got_norm = norm(got);
    let same = |w: &Value| got_norm.is_some() && norm(w) == got_norm;
    match want {
        // ["Ms", null]: nothing written is one of the readings
        Value::Array(options) if got.is_null() && options.iter().any(Value::is_null) => Value::Null,
        Value::Array(options) => {
            options
                .iter()
                .find(|w| same(w))
                .or(options.first())
                .map_or(
                    Value::Null,
                    |w| if same(w) { got.clone() } else { w.clone() },
                )
        }
        w if same(w) => got.clone(),
        w => w.clone(),
    }
}

/// Empty lists, objects and zero counts are "nothing" for scoring.
fn nothing_as_null(v: Value) -> Value {
    match &v {
        Value::Array(a) if a.is_empty() => Value::Null,
        Value::Object(o) if o.is_empty() => Value::Null,
        Value::Number(n) if n.as_u64() == Some(0) => Value::Null,
        _ => v,
    }
}

/// The fields `expected` names, each with the record's value beside the
/// wanted one. Keys starting with `_` (sources, notes) are ignored.
pub fn compare(record: &Record, expected: &Value) -> Vec<Field> {
    let mut out = Vec::new();
    let Some(obj) = expected.as_object() else {
        return out;
    };
    let mut push = |name: &'static str, got: Value, want: Value| {
        out.push(Field {
            name,
            got: nothing_as_null(got),
            want: nothing_as_null(want),
            check_only: false,
        });
    };
    let sub = |v: &Value, key: &str| v.get(key).cloned().unwrap_or(Value::Null);
    let text = |t: &Option<crate::record::Text>| t.as_ref().map_or(Value::Null, |t| json!(t.text));

    for (name, got) in [
        ("title", text(&record.title)),
        ("headline", text(&record.headline)),
        ("subject", text(&record.subject)),
    ] {
        if let Some(want) = obj.get(name) {
            let want = alternative(&got, want);
            push(name, got, want);
        }
    }
    if let Some(want) = obj.get("embargo") {
        let got = record.embargo.as_ref().map_or(Value::Null, |e| {
            json!({"date": e.date, "time": e.time,
                   "offset": e.datetime.as_ref().map(|d| d[d.len().saturating_sub(6)..].to_owned())})
        });
        // An expectation may leave the offset out.
        let want = match want {
            Value::Object(w) if !w.contains_key("offset") => {
                let mut w = w.clone();
                w.insert("offset".into(), sub(&got, "offset"));
                Value::Object(w)
            }
            other => other.clone(),
        };
        push("embargo", got, want);
    }
    if let Some(want) = obj.get("inspectorates") {
        let got: Vec<&str> = record
            .inspectorates
            .iter()
            .map(|i| i.acronym.as_str())
            .collect();
        push("inspectorates", json!(got), want.clone());
    }
    if let Some(want) = obj.get("units") {
        let units = record.units.as_ref();
        push(
            "units.count",
            json!(units.and_then(|u| u.count)),
            sub(want, "count"),
        );
        for (key, name) in [
            ("names", "units.names"),
            ("also_visited", "units.also_visited"),
        ] {
            if named(want, key) {
                let got = units.map_or(Value::Null, |u| {
                    let list = if key == "names" {
                        &u.names
                    } else {
                        &u.also_visited
                    };
                    json!(list.iter().map(|t| &t.text).collect::<Vec<_>>())
                });
                // names are read as texts are: curly and straight marks alike
                let want = same_names(&got, &sub(want, key));
                push(name, got, want);
            }
        }
    }
    if let Some(want) = obj.get("files") {
        let files = record.files.as_ref();
        push(
            "files.examined",
            json!(files.and_then(|f| f.examined)),
            sub(want, "examined"),
        );
        if named(want, "breakdown") {
            let got = files.map_or(Value::Null, |f| {
                json!(f.breakdown.iter().map(|b| b.count).collect::<Vec<_>>())
            });
            push("files.breakdown", got, sub(want, "breakdown"));
        }
    }
    if let Some(want) = obj.get("fieldwork") {
        let fieldwork = record.fieldwork.as_ref();
        push(
            "fieldwork.start",
            json!(fieldwork.map(|f| &f.start)),
            sub(want, "start"),
        );
        push(
            "fieldwork.end",
            json!(fieldwork.map(|f| &f.end)),
            sub(want, "end"),
        );
    }
    if let Some(want) = obj.get("recommendations") {
        let recs = record.recommendations.as_ref();
        push(
            "recommendations.total",
            json!(recs.and_then(|r| r.total)),
            sub(want, "total"),
        );
        if named(want, "reported") {
            push(
                "recommendations.reported",
                recs.map_or(Value::Null, |r| json!(r.reported)),
                sub(want, "reported"),
            );
        }
        if named(want, "annex") {
            let got = recs.map_or(Value::Null, |r| {
                json!(
                    r.annex
                        .iter()
                        .map(|row| json!([row.number, row.progress]))
                        .collect::<Vec<_>>()
                )
            });
            push("recommendations.annex", got, sub(want, "annex"));
        }
    }
    if let Some(want) = obj.get("chief_inspector") {
        let person = record.chief_inspector.as_ref();
        push(
            "chief_inspector.name",
            json!(person.map(|p| &p.name)),
            sub(want, "name"),
        );
        for (key, name) in [
            ("role", "chief_inspector.role"),
            ("honorific", "chief_inspector.honorific"),
        ] {
            if want.get(key).is_some() {
                let got = person.map_or(Value::Null, |p| {
                    json!(if key == "role" { &p.role } else { &p.honorific })
                });
                let want = alternative(&got, &sub(want, key));
                push(name, got, want);
            }
        }
    }
    if let Some(want) = obj.get("notes_to_editors") {
        push(
            "notes_to_editors",
            json!(record.notes_to_editors.len()),
            want.clone(),
        );
    }
    if let Some(want) = obj.get("checks_failed") {
        let got: Vec<&str> = record
            .checks
            .iter()
            .filter(|c| c.status == CheckStatus::Failed)
            .map(|c| c.name.as_str())
            .collect();
        out.push(Field {
            name: "checks_failed",
            got: json!(got),
            want: want.clone(),
            check_only: true,
        });
    }
    if let Some(Value::Array(codes)) = obj.get("diagnostics") {
        // Must appear; others may appear too.
        let present: Vec<&Value> = codes
            .iter()
            .filter(|c| {
                record
                    .diagnostics
                    .iter()
                    .any(|d| c.as_str() == Some(d.code.as_str()))
            })
            .collect();
        out.push(Field {
            name: "diagnostics",
            got: json!(present),
            want: json!(codes),
            check_only: true,
        });
    }
    out
}

/// Counts of outcomes for one field over many documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// A value, and the wanted one.
    pub right: u32,
    /// Nothing, and nothing wanted.
    pub empty: u32,
    /// A value, but not the wanted one.
    pub wrong: u32,
    /// Nothing, where a value was wanted.
    pub missed: u32,
    /// A value, where nothing was wanted.
    pub spurious: u32,
}

impl Tally {
    /// Counts one outcome.
    pub fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Right => self.right += 1,
            Outcome::Empty => self.empty += 1,
            Outcome::Wrong => self.wrong += 1,
            Outcome::Missed => self.missed += 1,
            Outcome::Spurious => self.spurious += 1,
        }
    }

    /// Adds another tally to this one.
    pub fn merge(&mut self, other: &Tally) {
        self.right += other.right;
        self.empty += other.empty;
        self.wrong += other.wrong;
        self.missed += other.missed;
        self.spurious += other.spurious;
    }

    /// Of the values given, the share that were right (1 when none given).
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.right + self.wrong + self.spurious)
    }

    /// Of the values wanted, the share given right (1 when none wanted).
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.right + self.wrong + self.missed)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Documents where the field came out right or rightly empty.
    pub fn accuracy(&self) -> f64 {
        ratio(
            self.right + self.empty,
            self.right + self.empty + self.wrong + self.missed + self.spurious,
        )
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        f64::from(a) / f64::from(b)
    }
}

/// Tallies scored fields by name, plus an `overall` tally.
pub fn tally<'a>(
    fields: impl IntoIterator<Item = &'a Field>,
) -> (BTreeMap<&'static str, Tally>, Tally) {
    let mut by_field: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut overall = Tally::default();
    for f in fields.into_iter().filter(|f| !f.check_only) {
        let outcome = f.outcome();
        by_field.entry(f.name).or_default().add(outcome);
        overall.add(outcome);
    }
    (by_field, overall)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(got: Value, want: Value) -> Field {
        Field {
            name: "x",
            got,
            want,
            check_only: false,
        }
    }

    #[test]
    fn outcomes() {
        assert_eq!(field(json!(1), json!(1)).outcome(), Outcome::Right);
        assert_eq!(field(json!(1), json!(2)).outcome(), Outcome::Wrong);
        assert_eq!(field(Value::Null, json!(2)).outcome(), Outcome::Missed);
        assert_eq!(field(json!(1), Value::Null).outcome(), Outcome::Spurious);
        assert_eq!(field(Value::Null, Value::Null).outcome(), Outcome::Empty);
    }

    #[test]
    fn scores() {
        let mut t = Tally::default();
        for o in [
            Outcome::Right,
            Outcome::Right,
            Outcome::Wrong,
            Outcome::Missed,
            Outcome::Empty,
        ] {
            t.add(o);
        }
        assert!((t.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((t.recall() - 0.5).abs() < 1e-9);
        assert!((t.accuracy() - 0.6).abs() < 1e-9);
    }

    #[test]
    fn a_text_may_be_wanted_in_several_spellings() {
        let want = json!([
            "HM Chief Inspector of Prisons",
            "Chief Inspector of Prisons"
        ]);
        assert_eq!(
            alternative(&json!("Chief  Inspector of\nPrisons"), &want),
            json!("Chief  Inspector of\nPrisons")
        );
        assert_eq!(
            alternative(&json!("Inspector"), &want),
            json!("HM Chief Inspector of Prisons")
        );
        assert_eq!(alternative(&Value::Null, &want), want[0]);
        assert_eq!(
            alternative(&json!("HMP Hale\u{2019}s"), &json!("HMP Hale's")),
            json!("HMP Hale\u{2019}s")
        );
        assert_eq!(alternative(&json!(1), &json!(2)), json!(2));
        // a null among the spellings accepts nothing written
        let honorific = json!(["Ms", null]);
        assert_eq!(alternative(&Value::Null, &honorific), Value::Null);
        assert_eq!(alternative(&json!("Ms"), &honorific), json!("Ms"));
        assert_eq!(alternative(&json!("Dr"), &honorific), json!("Ms"));
    }

    #[test]
    fn unnamed_keys_are_not_compared() {
        let record = crate::parse("Embargoed until 00:01 Thursday 23 February 2012\n");
        let fields = compare(&record, &json!({"_source": "x", "fieldwork": null}));
        let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
        assert_eq!(names, ["fieldwork.start", "fieldwork.end"]);
    }
}
