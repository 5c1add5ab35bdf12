//! The wall clock and the user's time zone, read in one place so the domain takes time as a parameter.

use chrono::{DateTime, FixedOffset, Offset as _, Utc};

/// The current time (`Date.now()` in the browser).
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The user's current offset from UTC, as the browser reports it.
pub fn local_offset() -> FixedOffset {
    let minutes_behind = js_sys::Date::new_0().get_timezone_offset();
    // `getTimezoneOffset` is UTC minus local, in minutes.
    FixedOffset::west_opt((minutes_behind * 60.0) as i32).unwrap_or_else(|| Utc.fix())
}

/// Resolves in a later task of the page (a zero-delay timer): work after it is not part of the task that
/// awaited it, so the browser can handle input in between.
pub async fn next_task() {
    let waited = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(waited).await;
}
