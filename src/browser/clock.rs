//! The wall clock, read in one place so the domain can take time as a parameter.

use chrono::{DateTime, Utc};

/// The current time (`Date.now()` in the browser).
pub fn now() -> DateTime<Utc> {
    Utc::now()
}
