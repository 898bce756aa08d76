//! The JSON line decoder (`input::parse_line`, a fast path with `serde_json` behind it)
//! against `serde_json` alone: the same articles from the same lines, the same lines
//! refused.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotewire::input::{Fields, parse_line};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let fields = Fields { keep: vec!["url".into(), "id".into()], ..Fields::default() };
    let got = parse_line(data, 9, &fields);
    // serde_json builds every string of a Value, so it checks the UTF-8 of every field.
    let want = match serde_json::from_slice::<Value>(data) {
        Ok(Value::Object(map)) => match map.get("text") {
            Some(Value::String(text)) => Some((
                match map.get("id") {
                    None | Some(Value::Null) => Value::from(9u64),
                    Some(id) => id.clone(),
                },
                text.clone(),
                vec![
                    map.get("url").cloned().unwrap_or(Value::Null),
                    map.get("id").cloned().unwrap_or(Value::Null),
                ],
            )),
            _ => None,
        },
        _ => None,
    };
    match (got, want) {
        (Ok(a), Some((id, text, kept))) => {
            assert_eq!(a.id, id);
            assert_eq!(a.text, text);
            assert_eq!(a.kept, kept);
        }
        (Err(_), None) => {}
        (got, want) => panic!("parse_line: {got:?}, serde_json: {want:?}"),
    }
});
