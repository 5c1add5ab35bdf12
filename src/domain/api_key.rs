//! Legacy API keys: deprecated, delete-only, and replaceable by an equivalent access key.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::access_key::NAME_MAX_CHARS;
use super::dates::stored;
use super::ids::ApiKeyId;
use super::random::{Random, base62_string};

/// API keys are deprecated on or after this date.
pub const DEPRECATION_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2023, 7, 15) {
    Some(date) => date,
    None => panic!("15 July 2023 is a valid date"),
};

/// The date as users read it.
pub const DEPRECATION_DATE_TEXT: &str = "15 July 2023";

/// A legacy API key. Only its last four characters are kept: nothing needs the rest any more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKey {
    /// A stable internal identifier.
    pub id: ApiKeyId,
    /// What the user called it.
    pub name: String,
    /// The key's last four characters, shown to recognise it.
    pub last_four: String,
    /// When it was created.
    #[serde(with = "stored")]
    pub created_at: DateTime<Utc>,
    /// When it last authenticated a call.
    #[serde(default, with = "stored::option")]
    pub last_used_at: Option<DateTime<Utc>>,
    /// Whether it is switched on.
    pub enabled: bool,
}

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

    /// "ON" or "OFF", as the old API keys page showed it.
    pub fn status_label(&self) -> &'static str {
        if self.enabled { "ON" } else { "OFF" }
    }
}

/// The notice shown above the API keys, worded for `today`.
pub fn deprecation_notice(today: NaiveDate) -> String {
    if today < DEPRECATION_DATE {
        format!(
            "API keys will be deprecated on or after {DEPRECATION_DATE_TEXT}. Create equivalent access keys for \
             the API keys you still use before then."
        )
    } else {
        // Short: what to do is said once, in the section's lead.
        format!("API keys are deprecated as of {DEPRECATION_DATE_TEXT} and may stop working at any time.")
    }
}

/// The FAQ's answers about the deadline, worded for `today`: before the date it is ahead, after it the
/// date has passed. The first answers "is there a deadline?", the second "how do I create one?".
pub fn deadline_answers(today: NaiveDate) -> (String, String) {
    if today < DEPRECATION_DATE {
        (
            format!("Yes. API keys are deprecated across all accounts on or after {DEPRECATION_DATE_TEXT}. "),
            format!("Existing keys are supported only until their deprecation on or after {DEPRECATION_DATE_TEXT}. "),
        )
    } else {
        (
            format!(
                "Yes, and it has passed: API keys have been deprecated across all accounts since \
                 {DEPRECATION_DATE_TEXT}, and the ones left may stop working at any time. "
            ),
            format!(
                "Existing keys have been deprecated since {DEPRECATION_DATE_TEXT} and may stop working at any time. "
            ),
        )
    }
}

/// The suggested name of the access key that replaces `api_key_name`: "<name> (from API key)", shortened
/// so that it stays within the access key name limit.
pub fn equivalent_access_key_name(api_key_name: &str) -> String {
    const SUFFIX: &str = " (from API key)";
    let room = NAME_MAX_CHARS - SUFFIX.chars().count();
    let base: String = api_key_name.trim().chars().take(room).collect();
    format!("{}{SUFFIX}", base.trim_end())
}
