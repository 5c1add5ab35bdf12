//! Legacy API keys: deprecated, delete-only, and replaceable by an equivalent access key.

use super::json::{self};
use chrono::{DateTime, NaiveDate, Utc};

use super::access_key::NAME_MAX_CHARS;
use super::ids::ApiKeyId;
use super::random::{Random, base62_string};

/// API keys are deprecated on or after this date.
pub const DEPRECATION_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2023, 7, 15) {
    Some(date) => date,
    None => panic!("15 July 2023 is a valid date"),
};

/// A legacy API key. Only its last four characters are kept: nothing needs the rest any more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    /// A stable internal identifier.
    pub id: ApiKeyId,
    /// What the user called it.
    pub name: String,
    /// The key's last four characters, shown to recognise it.
    pub last_four: String,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last authenticated a call.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Whether it is switched on.
    pub enabled: bool,
}

json::record!(ApiKey {
    id,
    name,
    last_four,
    created_at,
    last_used_at,
    enabled
});

impl ApiKey {
    /// A legacy key as the old system made it (demo data only: no new API keys are ever created).
    pub fn legacy(
        rng: &mut impl Random,
        name: &str,
        created_at: DateTime<Utc>,
        last_used_at: Option<DateTime<Utc>>,
        enabled: bool,
    ) -> Self {
        Self {
            id: ApiKeyId::from(format!("api-{}", base62_string(rng, 12))),
            name: name.to_owned(),
            last_four: base62_string(rng, 4),
            created_at,
            last_used_at,
            enabled,
        }
    }

    /// The key masked but for its last four characters.
    pub fn masked(&self) -> String {
        format!("••••••••••••{}", self.last_four)
    }
}

/// Whether API keys are deprecated on `today` (the notice and the questions speak of the date as ahead
/// before it, as passed from it on).
pub fn is_deprecated(today: NaiveDate) -> bool {
    today >= DEPRECATION_DATE
}

/// The suggested name of the access key that replaces `api_key_name`, as `marked` words it (English:
/// "<name> (from API key)"), the API key's name shortened so that it stays within the access key name
/// limit.
pub fn equivalent_access_key_name(api_key_name: &str, marked: impl Fn(&str) -> String) -> String {
    let mut base: String = api_key_name.trim().chars().take(NAME_MAX_CHARS).collect();
    loop {
        let name = marked(base.trim_end());
        if name.chars().count() <= NAME_MAX_CHARS || base.is_empty() {
            return name;
        }
        base.pop();
    }
}
