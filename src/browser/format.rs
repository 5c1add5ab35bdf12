//! Dates in the user's locale and time zone, through the browser's `Intl.DateTimeFormat`.

use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

fn format_with(at: DateTime<Utc>, options: &[(&str, &str)]) -> String {
    let settings = Object::new();
    for (name, value) in options {
        let _ = Reflect::set(&settings, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    let formatter = Intl::DateTimeFormat::new(&Array::new(), &settings);
    let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    formatter
        .format()
        .call1(&formatter, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| crate::domain::dates::iso_date_time(at))
}

/// A date such as "28 Nov 2026" in the user's locale.
pub fn date(at: DateTime<Utc>) -> String {
    format_with(at, &[("dateStyle", "medium")])
}

/// A date and time such as "28 Nov 2026, 09:41" in the user's locale.
pub fn date_time(at: DateTime<Utc>) -> String {
    format_with(at, &[("dateStyle", "medium"), ("timeStyle", "short")])
}

/// "3 days ago", "in 2 hours", "yesterday"… in the user's locale, for `at` seen from `now`.
pub fn relative(at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let seconds = (at - now).num_seconds();
    let magnitude = seconds.unsigned_abs();
    let (value, unit) = match magnitude {
        0..60 => (seconds, "second"),
        60..3_600 => (seconds / 60, "minute"),
        3_600..86_400 => (seconds / 3_600, "hour"),
        86_400..2_592_000 => (seconds / 86_400, "day"),
        2_592_000..31_536_000 => (seconds / 2_592_000, "month"),
        _ => (seconds / 31_536_000, "year"),
    };
    let settings = Object::new();
    let _ = Reflect::set(&settings, &JsValue::from_str("numeric"), &JsValue::from_str("auto"));
    let formatter = Intl::RelativeTimeFormat::new(&Array::new(), &settings);
    formatter
        .format(value as f64, unit)
        .as_string()
        .unwrap_or_else(|| date_time(at))
}
