//! The JSON reader (`domain::json`) against serde_json, which writes what it reads: the same values from
//! the same texts, the same texts refused, and serde's words in its errors.
#![cfg(not(target_arch = "wasm32"))]

use api_auth::domain::json::{self, Json};
use api_auth::domain::{AccessKey, ActivityEvent, ExpiryPeriod, ExpiryPolicy};
use proptest::prelude::*;
use serde_json::Value;

/// serde_json's value for `json` (objects sorted by key, as serde_json keeps them).
fn to_value(json: &Json<'_>) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(value) => Value::Bool(*value),
        Json::Number(text) => serde_json::from_str(text).expect("a JSON number"),
        Json::String(text) => Value::String(text.to_string()),
        Json::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        Json::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(key, value)| (key.to_string(), to_value(value)))
                .collect(),
        ),
    }
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1.0e6f64..1.0e6).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn what_serde_json_writes_reads_back_as_the_same_value(value in any_value()) {
        for text in [serde_json::to_string(&value).unwrap(), serde_json::to_string_pretty(&value).unwrap()] {
            let read = json::parse(&text).expect("serde_json's text is JSON");
            // (serde_json reads some floats back a last digit off what it wrote: compare with what it reads.)
            prop_assert_eq!(to_value(&read), serde_json::from_str::<Value>(&text).unwrap());
            // Written back compactly, it is what serde_json writes: its escapes, its order.
            prop_assert_eq!(json::to_string(&read), serde_json::to_string(&value).unwrap());
        }
    }

    #[test]
    fn a_text_is_refused_exactly_when_serde_json_refuses_it(text in r#"[\[\]{}",:0-9.eE+\-tfnrulas \\/u]{0,24}"#) {
        let serde = serde_json::from_str::<Value>(&text);
        // serde_json refuses numbers its f64 cannot hold; this reader keeps a number's text and leaves the
        // range to whoever reads it (a u32 field refuses it then).
        prop_assume!(!serde.as_ref().is_err_and(|error| error.to_string().contains("out of range")));
        let ours = json::parse(&text);
        prop_assert_eq!(ours.is_ok(), serde.is_ok(), "{:?} {:?}", ours, serde);
        if let (Ok(ours), Ok(serde)) = (ours, serde) {
            prop_assert_eq!(to_value(&ours), serde);
        }
    }
}

#[test]
fn escapes_and_surrogate_pairs_read_as_serde_json_reads_them() {
    let text = r#"{"a":"line\nbreak \"quoted\" \\ \/ \u00e9 \ud83d\ude00 \u0001","b":[true,false,null,-0.5e-3]}"#;
    assert_eq!(
        to_value(&json::parse(text).unwrap()),
        serde_json::from_str::<Value>(text).unwrap()
    );
    for bad in [
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\x""#,
        "\"tab\tinside\"",
        "[1,]",
        "{\"a\" 1}",
        "01",
        "1.",
        "-",
    ] {
        assert!(json::parse(bad).is_err(), "{bad}");
        assert!(serde_json::from_str::<Value>(bad).is_err(), "{bad}");
    }
}

#[test]
fn errors_say_what_and_where_in_serde_json_words() {
    assert_eq!(
        json::parse("{not json").unwrap_err().to_string(),
        "key must be a string at line 1 column 2"
    );
    assert_eq!(
        json::parse("[1,\n 2").unwrap_err().to_string(),
        "EOF while parsing a list at line 2 column 3"
    );
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert!(
        json::parse(&deep)
            .unwrap_err()
            .to_string()
            .contains("recursion limit exceeded")
    );
    let error = json::from_str::<ExpiryPolicy>(r#"{"allowed":["no_expiry"],"default":"no_expiry"}"#).unwrap_err();
    assert_eq!(error.to_string(), "missing field `max_custom_days`");
    let error = json::from_str::<ExpiryPeriod>(r#""fortnight""#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("unknown variant `fortnight`, expected one of `days`"),
        "{error}"
    );
    let error = json::from_str::<ExpiryPeriod>(r#"{"days":"30"}"#).unwrap_err();
    assert_eq!(error.to_string(), r#"invalid type: string "30", expected u32"#);
}

#[test]
fn stored_records_read_back_as_written_whatever_the_field_order_and_extra_fields() {
    let workspace = api_auth::domain::demo::demo_data(
        &mut api_auth::domain::SeededRandom::new(7),
        chrono::DateTime::parse_from_rfc3339("2026-12-03T10:00:00Z")
            .unwrap()
            .into(),
    );
    for key in &workspace.access_keys {
        let text = json::to_string(key);
        assert_eq!(&json::from_str::<AccessKey>(&text).unwrap(), key);
        // Reversed, with a field a later version might add.
        let Value::Object(fields) = serde_json::from_str::<Value>(&text).unwrap() else {
            unreachable!()
        };
        let mut reversed: Vec<String> = fields
            .iter()
            .rev()
            .map(|(name, value)| format!("{}:{value}", Value::from(name.as_str())))
            .collect();
        reversed.push(r#""added_later":{"x":[1,2]}"#.to_owned());
        let text = format!("{{{}}}", reversed.join(","));
        assert_eq!(&json::from_str::<AccessKey>(&text).unwrap(), key);
    }
    for event in &workspace.activity {
        let text = json::to_string(event);
        assert_eq!(&json::from_str::<ActivityEvent>(&text).unwrap(), event);
    }
}
