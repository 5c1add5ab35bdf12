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
