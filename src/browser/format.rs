//! Dates in the user's locale and time zone, through the browser's `Intl.DateTimeFormat`.

use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

fn settings(options: &[(&str, &str)]) -> Object {
    let settings = Object::new();
    for (name, value) in options {
        let _ = Reflect::set(&settings, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    settings
}

// Making an Intl formatter costs far more than using one (it resolves the locale): one of each per page.
thread_local! {
    static DATE: Intl::DateTimeFormat = Intl::DateTimeFormat::new(&Array::new(), &settings(&[("dateStyle", "medium")]));
    static DATE_TIME: Intl::DateTimeFormat =
        Intl::DateTimeFormat::new(&Array::new(), &settings(&[("dateStyle", "medium"), ("timeStyle", "short")]));
    static RELATIVE: Intl::RelativeTimeFormat =
        Intl::RelativeTimeFormat::new(&Array::new(), &settings(&[("numeric", "auto")]));
}

fn format_with(at: DateTime<Utc>, formatter: &Intl::DateTimeFormat) -> String {
    let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    formatter
        .format()
        .call1(formatter, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| crate::domain::dates::iso_date_time(at))
}

/// A date such as "28 Nov 2026" in the user's locale.
pub fn date(at: DateTime<Utc>) -> String {
    DATE.with(|formatter| format_with(at, formatter))
}

/// A date and time such as "28 Nov 2026, 09:41" in the user's locale.
pub fn date_time(at: DateTime<Utc>) -> String {
    DATE_TIME.with(|formatter| format_with(at, formatter))
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
    RELATIVE
        .with(|formatter| formatter.format(value as f64, unit).as_string())
        .unwrap_or_else(|| date_time(at))
}

/// `at` as a machine-readable RFC 3339 time in UTC, for a `<time datetime>` attribute.
pub fn machine(at: DateTime<Utc>) -> String {
    crate::domain::dates::iso_date_time(at)
}
