//! Lean records: keep only some fields (`--fields embargo.date,units.count`)
//! and drop every span (`--no-spans`), in the records and in their schema
//! alike.
//!
//! The fields a record has are read from its JSON Schema, so a field added
//! to [`Record`] can be selected without touching this
//! module. A field is named by its dotted path from the record: `embargo`,
//! `embargo.date`, `units.names.text` (a list's items are looked through:
//! `units.names.text` keeps the `text` of every name). Naming an object
//! keeps all of it; `schema_version` is always kept.
//!
//! ```
//! use inspection_extract::fields::Selection;
//! let fields = ["embargo.date".to_owned(), "units.count".to_owned()];
//! let selection = Selection::new(Some(&fields), true).unwrap();
//! let record = inspection_extract::parse("Embargoed until 00:01 Thursday 23 February 2012\n");
//! let value = selection.project(&record);
//! assert_eq!(value["embargo"], serde_json::json!({"date": "2012-02-23"}));
//! assert_eq!(value["units"], serde_json::Value::Null);
//! let names: Vec<&String> = value.as_object().unwrap().keys().collect();
//! assert_eq!(names, ["schema_version", "embargo", "units"]);
//! assert!(Selection::new(Some(&["embargo.dat".to_owned()]), true).is_err());
//! ```

use std::fmt;

use serde_json::{Map, Value};

use crate::record::{self, Record};

/// Always kept, whatever `--fields` names.
const ALWAYS: &str = "schema_version";

/// The name of every span field.
const SPAN: &str = "span";

/// Which part of a value is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Node {
    /// All of it.
    Whole,
    /// Only these fields of an object (or of each object in a list), in
    /// the schema's order.
    Fields(Vec<(String, Node)>),
}

/// What a lean record keeps: some fields, with or without spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    keep: Node,
    fields: Option<Vec<String>>,
    spans: bool,
}

/// A `--fields` name that is not a field of the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownField {
    /// The names given that are not fields.
    pub unknown: Vec<String>,
    /// Every valid name, in schema order.
    pub valid: Vec<String>,
}

impl fmt::Display for UnknownField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown field{} {}; the fields are: {}",
            if self.unknown.len() == 1 { "" } else { "s" },
            self.unknown
                .iter()
                .map(|u| format!("'{u}'"))
                .collect::<Vec<_>>()
                .join(", "),
            self.valid.join(", ")
        )
    }
}

impl std::error::Error for UnknownField {}

impl Selection {
    /// Keeps the named `fields` (every field when `None`), without spans
    /// when `spans` is false. Fails when a name is not a field.
    pub fn new(fields: Option<&[String]>, spans: bool) -> Result<Selection, UnknownField> {
        let full = shape();
        let mut keep = match fields {
            None => full.clone(),
            Some(names) => {
                let mut keep = Node::Fields(Vec::new());
                let mut unknown = Vec::new();
                for name in names.iter().map(String::as_str).chain([ALWAYS]) {
                    match lookup(&full, name) {
                        Some(node) => insert(&mut keep, name, node.clone()),
                        None => unknown.push(name.to_owned()),
                    }
                }
                if !unknown.is_empty() {
                    return Err(UnknownField {
                        unknown,
                        valid: field_names(),
                    });
                }
                keep
            }
        };
        if !spans {
            drop_spans(&mut keep);
        }
        Ok(Selection {
            keep,
            fields: fields.map(<[String]>::to_vec),
            spans,
        })
    }

    /// True when the selection keeps every field and every span (the
    /// record as it is).
    pub fn is_everything(&self) -> bool {
        self.fields.is_none() && self.spans
    }

    /// The record as JSON with only the selected fields, in the record's
    /// field order.
    pub fn project(&self, record: &Record) -> Value {
        let mut value = serde_json::to_value(record).expect("a record serialises");
        project(&mut value, &self.keep);
        value
    }

    /// True when the field at `path` (dotted) is kept, in whole or in part.
    pub fn keeps(&self, path: &str) -> bool {
        let mut node = &self.keep;
        for part in path.split('.') {
            match node {
                Node::Whole => return true,
                Node::Fields(fields) => match get(fields, part) {
                    Some(next) => node = next,
                    None => return false,
                },
            }
        }
        true
    }

    /// The JSON Schema of the records this selection writes. For the whole
    /// record this is [`record::schema`]; otherwise its definitions are
    /// inlined, the fields not kept are removed, and `$id` says which
    /// selection it describes.
    pub fn schema(&self) -> Value {
        let mut schema = record::schema();
        if self.is_everything() {
            return schema;
        }
        let defs = schema
            .as_object_mut()
            .and_then(|s| s.remove("$defs"))
            .unwrap_or(Value::Null);
        let mut schema = inline(schema, &defs);
        project_schema(&mut schema, &self.keep);
        let mut query = Vec::new();
        if let Some(fields) = &self.fields {
            query.push(format!("fields={}", fields.join(",")));
        }
        if !self.spans {
            query.push("spans=false".to_owned());
        }
        if let Some(id) = schema.get_mut("$id") {
            *id = Value::from(format!("{}?{}", record::schema_id(), query.join("&")));
        }
        schema
    }
}

/// Every field that can be named in a [`Selection`], as dotted paths in
/// the record's order.
pub fn field_names() -> Vec<String> {
    fn walk(node: &Node, prefix: &str, names: &mut Vec<String>) {
        if let Node::Fields(fields) = node {
            for (name, child) in fields {
                let path = if prefix.is_empty() {
                    name.to_owned()
                } else {
                    format!("{prefix}.{name}")
                };
                names.push(path.clone());
                walk(child, &path, names);
            }
        }
    }
    let mut names = Vec::new();
    walk(&shape(), "", &mut names);
    names
}

fn get<'a>(fields: &'a [(String, Node)], name: &str) -> Option<&'a Node> {
    fields.iter().find(|(n, _)| n == name).map(|(_, node)| node)
}

/// The shape of a whole record, read from its schema.
fn shape() -> Node {
    let mut schema = record::schema();
    let defs = schema
        .as_object_mut()
        .and_then(|s| s.remove("$defs"))
        .unwrap_or(Value::Null);
    shape_of(&inline(schema, &defs))
}

/// An object schema gives its properties; lists, options and unions are
/// looked through; anything else (strings, numbers, maps of counts, free
/// JSON) is kept whole.
fn shape_of(schema: &Value) -> Node {
    let Some(map) = schema.as_object() else {
        return Node::Whole;
    };
    if let Some(Value::Object(props)) = map.get("properties") {
        return Node::Fields(
            props
                .iter()
                .map(|(name, prop)| (name.clone(), shape_of(prop)))
                .collect(),
        );
    }
    if let Some(items) = map.get("items") {
        return shape_of(items);
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(branches)) = map.get(key) {
            if let Some(node) = branches
                .iter()
                .map(shape_of)
                .find(|n| matches!(n, Node::Fields(_)))
            {
                return node;
            }
        }
    }
    Node::Whole
}

/// The schema with every `#/$defs/...` reference replaced by its
/// definition.
fn inline(schema: Value, defs: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                if key == "$ref" {
                    if let Some(def) = value
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/$defs/"))
                        .and_then(|name| defs.get(name))
                    {
                        if let Value::Object(def) = inline(def.clone(), defs) {
                            for (k, v) in def {
                                out.entry(k).or_insert(v);
                            }
                        }
                        continue;
                    }
                }
                out.insert(key, inline(value, defs));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(|v| inline(v, defs)).collect()),
        other => other,
    }
}

fn lookup<'a>(node: &'a Node, path: &str) -> Option<&'a Node> {
    path.split('.').try_fold(node, |node, part| match node {
        Node::Fields(fields) => get(fields, part),
        Node::Whole => None,
    })
}

/// Adds `node` at `path` to `keep`; a field already kept whole stays so.
fn insert(keep: &mut Node, path: &str, node: Node) {
    let (head, rest) = match path.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (path, None),
    };
    let Node::Fields(fields) = keep else {
        return; // already whole
    };
    let index = match fields.iter().position(|(n, _)| n == head) {
        Some(index) => index,
        None => {
            fields.push((head.to_owned(), Node::Fields(Vec::new())));
            fields.len() - 1
        }
    };
    match rest {
        None => fields[index].1 = node,
        Some(rest) => insert(&mut fields[index].1, rest, node),
    }
}

fn drop_spans(node: &mut Node) {
    if let Node::Fields(fields) = node {
        fields.retain(|(name, _)| name != SPAN);
        fields.iter_mut().for_each(|(_, node)| drop_spans(node));
    }
}

fn project(value: &mut Value, keep: &Node) {
    let Node::Fields(fields) = keep else {
        return;
    };
    match value {
        Value::Object(map) => {
            map.retain(|name, child| match get(fields, name) {
                Some(node) => {
                    project(child, node);
                    true
                }
                None => false,
            });
        }
        Value::Array(items) => items.iter_mut().for_each(|v| project(v, keep)),
        _ => {}
    }
}

fn project_schema(schema: &mut Value, keep: &Node) {
    let Node::Fields(fields) = keep else {
        return;
    };
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        props.retain(|name, prop| match get(fields, name) {
            Some(node) => {
                project_schema(prop, node);
                true
            }
            None => false,
        });
    }
    if let Some(Value::Array(required)) = map.get_mut("required") {
        required.retain(|name| name.as_str().is_some_and(|n| get(fields, n).is_some()));
    }
    if let Some(items) = map.get_mut("items") {
        project_schema(items, keep);
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(branches)) = map.get_mut(key) {
            branches.iter_mut().for_each(|b| project_schema(b, keep));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn field_names_follow_the_record() {
        let all = field_names();
        assert_eq!(all[0], "schema_version");
        for name in [
            "embargo",
            "embargo.date",
            "embargo.local",
            "embargo.span.line",
            "units.names.text",
            "recommendations.annex.progress",
            "diagnostics.code",
            "checks.expected",
        ] {
            assert!(all.iter().any(|n| n == name), "{name} in {all:?}");
        }
        // Maps of counts and free JSON are leaves.
        assert!(!all.iter().any(|n| n.starts_with("recommendations.tally.")));
        let embargo = all.iter().position(|n| n == "embargo").unwrap();
        let units = all.iter().position(|n| n == "units").unwrap();
        assert!(embargo < units);
    }

    #[test]
    fn unknown_fields_name_the_valid_ones() {
        let err = Selection::new(Some(&names(&["embargo.when", "nope"])), true).unwrap_err();
        assert_eq!(err.unknown, names(&["embargo.when", "nope"]));
        let message = err.to_string();
        assert!(message.contains("'embargo.when', 'nope'"), "{message}");
        assert!(message.contains("embargo.date"), "{message}");
    }

    #[test]
    fn no_spans_removes_every_span_and_nothing_else() {
        let record = crate::parse(
            "Embargoed until 00:01 Thursday 23 February 2012\n\nHMCPSI visited six units: Ealing, Hackney, Enfield, Barnet, Brent and Camden.\n",
        );
        let lean = Selection::new(None, false).unwrap().project(&record);
        let text = lean.to_string();
        assert!(!text.contains("\"span\""), "{text}");
        assert_eq!(lean["embargo"]["local"], "2012-02-23T00:01");
        assert_eq!(
            lean["units"]["names"][0],
            serde_json::json!({"text": "Ealing"})
        );
        let diagnostics = lean["diagnostics"].as_array().unwrap();
        assert_eq!(diagnostics.len(), record.diagnostics.len());
        for d in diagnostics {
            assert!(d.get("line").is_some() && d.get("code").is_some(), "{d}");
        }
    }

    #[test]
    fn keeps_whole_objects_and_parts() {
        let s = Selection::new(
            Some(&names(&["embargo.date", "embargo", "units.count"])),
            false,
        )
        .unwrap();
        assert!(s.keeps("embargo.local"));
        assert!(!s.keeps("embargo.span"));
        assert!(s.keeps("units.count"));
        assert!(!s.keeps("units.names"));
        assert!(s.keeps("schema_version"));
        assert!(!s.keeps("source"));
    }

    #[test]
    fn the_schema_follows_the_selection() {
        let s = Selection::new(Some(&names(&["embargo.date", "units.count"])), true).unwrap();
        let schema = s.schema();
        let props = schema["properties"].as_object().unwrap();
        assert_eq!(
            props.keys().collect::<Vec<_>>(),
            ["schema_version", "embargo", "units"]
        );
        let text = schema.to_string();
        assert!(!text.contains("$defs") && !text.contains("$ref"), "{text}");
        assert!(
            schema["$id"]
                .as_str()
                .unwrap()
                .ends_with("?fields=embargo.date,units.count")
        );
        let everything = Selection::new(None, true).unwrap();
        assert_eq!(everything.schema(), record::schema());
    }
}
