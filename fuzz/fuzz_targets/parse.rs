//! The whole engine over arbitrary bytes: `parse_bytes` must never panic,
//! and every span in a record must lie inside the decoded text, on
//! character boundaries.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(record) = inspection_extract::parse_bytes(data) else {
        return;
    };
    let decoded = inspection_extract::decode::decode(data).expect("parse_bytes decoded it");
    let text = decoded
        .text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(&decoded.text);
    let value = serde_json::to_value(&record).expect("a record serialises");
    check(text, &value);
});

fn check(text: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(span)) = map.get("span") {
                let get = |k: &str| span[k].as_u64().expect("span fields are numbers") as usize;
                let (start, end) = (get("start"), get("end"));
                assert!(
                    start <= end && end <= text.len(),
                    "span {start}..{end} outside 0..{}",
                    text.len()
                );
                assert!(
                    text.is_char_boundary(start) && text.is_char_boundary(end),
                    "span {start}..{end} not on character boundaries"
                );
                assert!(
                    get("line") >= 1 && get("column") >= 1,
                    "line and column are 1-based"
                );
            }
            map.values().for_each(|v| check(text, v));
        }
        Value::Array(items) => items.iter().for_each(|v| check(text, v)),
        _ => {}
    }
}
