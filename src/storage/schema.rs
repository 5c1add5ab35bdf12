//! Schema versions and migrations. Every stored record set carries the schema version it was written
//! with (in [`Collection::Meta`]); older data is migrated forward in one batch, and data from a newer
//! version is never overwritten.
//!
//! History:
//! - version 1: legacy API keys were imported with the whole key under `key`.
//! - version 2: an API key keeps only `last_four`; the plaintext key is gone from storage.
//! - version 3: an access key has a `description` (`""`), `permissions` (`"full"`) and `allowed_ips`
//!   (`[]`: any address); keys stored before are Full access from any address, with no description.

use std::borrow::Cow;

use crate::domain::json::{self, Json};

use super::records::{SCHEMA_KEY, SCHEMA_VERSION};
use super::{Collection, RawSnapshot, StorageError, Write};

/// The schema version stored in `raw`, if any data was ever written (unreadable: treated as current).
pub fn stored_version(raw: &RawSnapshot) -> Option<u32> {
    raw.get(Collection::Meta)
        .iter()
        .find(|record| record.key == SCHEMA_KEY)
        .map(|record| record.value.trim().parse().unwrap_or(SCHEMA_VERSION))
}

/// The batch that brings `raw` to [`SCHEMA_VERSION`] (empty when it is already there, or empty).
/// A newer version is refused: the app must open it read-only.
pub fn migrate(raw: &RawSnapshot) -> Result<Vec<Write>, StorageError> {
    let Some(version) = stored_version(raw) else {
        return Ok(Vec::new());
    };
    if version > SCHEMA_VERSION {
        return Err(StorageError::ReadOnly(version));
    }
    let mut writes = Vec::new();
    if version < 2 {
        writes.extend(v1_to_v2(raw));
    }
    if version < 3 {
        writes.extend(v2_to_v3(raw));
    }
    if version < SCHEMA_VERSION {
        writes.push(Write::Put {
            collection: Collection::Meta,
            key: SCHEMA_KEY.to_owned(),
            value: SCHEMA_VERSION.to_string(),
        });
    }
    Ok(writes)
}

/// Version 1 → 2: keep only the last four characters of each legacy API key.
fn v1_to_v2(raw: &RawSnapshot) -> Vec<Write> {
    let records = raw.get(Collection::ApiKeys);
    records
        .iter()
        .filter_map(|record| {
            let mut value = json::parse(&record.value).ok()?;
            let Json::Object(fields) = &mut value else {
                return None;
            };
            let at = fields.iter().position(|(name, _)| name == "key")?;
            let (_, Json::String(key)) = fields.remove(at) else {
                return None;
            };
            let last_four: String = key
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            fields.retain(|(name, _)| name != "last_four");
            fields.push((Cow::Borrowed("last_four"), Json::String(Cow::Owned(last_four))));
            Some(Write::Put {
                collection: Collection::ApiKeys,
                key: record.key.clone(),
                value: json::to_string(&value),
            })
        })
        .collect()
}

/// Version 2 → 3: every access key says what it could always do: Full access, from any address, with no
/// description. A record that is not a JSON object is left as it is (start-up sets it aside).
fn v2_to_v3(raw: &RawSnapshot) -> Vec<Write> {
    let records = raw.get(Collection::AccessKeys);
    records
        .iter()
        .filter_map(|record| {
            let mut value = json::parse(&record.value).ok()?;
            let Json::Object(fields) = &mut value else {
                return None;
            };
            for (field, default) in [
                ("description", Json::String(Cow::Borrowed(""))),
                ("permissions", Json::String(Cow::Borrowed("full"))),
                ("allowed_ips", Json::Array(Vec::new())),
            ] {
                if !fields.iter().any(|(name, _)| name == field) {
                    fields.push((Cow::Borrowed(field), default));
                }
            }
            Some(Write::Put {
                collection: Collection::AccessKeys,
                key: record.key.clone(),
                value: json::to_string(&value),
            })
        })
        .collect()
}
