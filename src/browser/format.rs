//! Dates and numbers in the page's language and the user's time zone, through the browser's `Intl.DateTimeFormat`.

use std::cell::RefCell;

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

/// The formatters of one language.
struct Formatters {
    code: &'static str,
    date: Intl::DateTimeFormat,
    date_time: Intl::DateTimeFormat,
    relative: Intl::RelativeTimeFormat,
    number: Intl::NumberFormat,
    list: Intl::ListFormat,
}

impl Formatters {
    fn new(code: &'static str) -> Self {
        let locales = Array::of1(&JsValue::from_str(code));
        Self {
            code,
            date: Intl::DateTimeFormat::new(&locales, &settings(&[("dateStyle", "medium")])),
            date_time: Intl::DateTimeFormat::new(
                &locales,
                &settings(&[("dateStyle", "medium"), ("timeStyle", "short")]),
            ),
            relative: Intl::RelativeTimeFormat::new(&locales, &settings(&[("numeric", "auto")])),
            number: Intl::NumberFormat::new(&locales, &Object::new()),
            list: Intl::ListFormat::new(&locales, &settings(&[("type", "conjunction")])),
        }
    }
}

// Making an Intl formatter costs far more than using one (it resolves the locale): one of each per page,
// made again only when the language changes.
thread_local! {
    static FORMATTERS: RefCell<Option<Formatters>> = const { RefCell::new(None) };
}

/// Runs `f` with the formatters of the current language (read reactively: text formatted here follows a
/// change of language).
fn with_formatters<R>(f: impl FnOnce(&Formatters) -> R) -> R {
    let code = crate::i18n::locale().code();
    FORMATTERS.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|formatters| formatters.code != code) {
            *slot = Some(Formatters::new(code));
        }
        f(slot.as_ref().expect("made above"))
    })
}

/// `n` as the current language writes numbers ("1,234", "1.234").
pub fn number(n: usize) -> String {
    with_formatters(|formatters| {
        formatters
            .number
            .format()
            .call1(&formatters.number, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| n.to_string())
    })
}

/// `date` written by `formatter`, unless the browser refuses.
fn format_with(date: &Date, formatter: &Intl::DateTimeFormat) -> Option<String> {
    formatter
        .format()
        .call1(formatter, date)
        .ok()
        .and_then(|text| text.as_string())
}

/// A moment written by one of the date formatters, or in RFC 3339 if the browser refuses.
fn moment(at: DateTime<Utc>, pick: impl Fn(&Formatters) -> &Intl::DateTimeFormat) -> String {
    let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    with_formatters(|formatters| format_with(&date, pick(formatters)))
        .unwrap_or_else(|| crate::domain::dates::iso_date_time(at))
}

/// A date such as "28 Nov 2026" in the user's locale.
pub fn date(at: DateTime<Utc>) -> String {
    moment(at, |formatters| &formatters.date)
}

/// `items` as the page's language lists them ("A, B and C", "A, B y C", "A、B、C").
pub fn list(items: &[String]) -> String {
    let array: Array = items.iter().map(|item| JsValue::from_str(item)).collect();
    with_formatters(|formatters| formatters.list.format(&array).into())
}

/// A calendar date (no time of day) such as "15 Jul 2023" in the page's language.
pub fn day(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let date = Date::new_with_year_month_day(day.year() as u32, day.month0() as i32, day.day() as i32);
    with_formatters(|formatters| format_with(&date, &formatters.date)).unwrap_or_default()
}

/// A date and time such as "28 Nov 2026, 09:41" in the user's locale.
pub fn date_time(at: DateTime<Utc>) -> String {
    moment(at, |formatters| &formatters.date_time)
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
    with_formatters(|formatters| formatters.relative.format(value as f64, unit).as_string())
        .unwrap_or_else(|| date_time(at))
}

/// `at` as a machine-readable RFC 3339 time in UTC, for a `<time datetime>` attribute.
pub fn machine(at: DateTime<Utc>) -> String {
    crate::domain::dates::iso_date_time(at)
}
