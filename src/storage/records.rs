//! The typed records kept through the port: how each domain value is encoded, and the schema version.

use super::{Collection, RawSnapshot, Revision, StoredRecord, Write};
use crate::domain::account::AccountChanges;
use crate::domain::backup::AccountData;
use crate::domain::demo::DemoData;
use crate::domain::json::{self, FromJson, JsonError, ToJson};
use crate::domain::reminders::ExpiryReminders;
use crate::domain::{
    AccessKey, AccessKeyId, Account, ActivityEvent, ApiKey, ApiKeyId, Changes, Connection, ExpiryPolicy,
    IntegrationLink,
};

/// The version of the stored shape this build writes. Stored from day one under [`SCHEMA_KEY`].
pub const SCHEMA_VERSION: u32 = 3;
/// The key of the schema version in [`Collection::Meta`].
pub const SCHEMA_KEY: &str = "schema_version";
/// The key of the store's [`Revision`] in [`Collection::Meta`], written by the adapters with every commit.
pub const REVISION_KEY: &str = "revision";
/// The key of the one account in [`Collection::Accounts`].
pub const ACCOUNT_KEY: &str = "current";
/// The key of the expiry policy in [`Collection::Policies`].
pub const EXPIRY_POLICY_KEY: &str = "expiry";
/// The key of the expiry reminders in [`Collection::Policies`].
pub const REMINDERS_KEY: &str = "reminders";

/// A record that could not be read, kept with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableRecord {
    /// Where it was stored.
    pub collection: Collection,
    /// The record exactly as stored.
    pub record: StoredRecord,
    /// Why it could not be read.
    pub reason: String,
}

/// A record set aside because it could not be read: the original text, exactly as it was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarantinedRecord {
    /// The collection it was in.
    pub collection: String,
    /// Its key there.
    pub key: String,
    /// Why it could not be read.
    pub reason: String,
    /// The stored text, unchanged.
    pub original: String,
}

json::record!(QuarantinedRecord {
    collection,
    key,
    reason,
    original
});

/// The file of records set aside, as "Save the unreadable data" downloads it (indented JSON).
pub fn quarantine_file_text(records: &[QuarantinedRecord]) -> String {
    json::to_pretty_string(records)
}

/// What the app knows after reading storage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loaded {
    /// The revision this state was read at: a commit computed on it names it.
    pub revision: Revision,
    /// The stored schema version, if any data was ever written.
    pub schema_version: Option<u32>,
    /// The account, if one is stored and readable.
    pub account: Option<Account>,
    /// The access keys (hashes only), in storage order.
    pub access_keys: Vec<AccessKey>,
    /// The legacy API keys.
    pub api_keys: Vec<ApiKey>,
    /// Every connection, revoked ones included.
    pub connections: Vec<Connection>,
    /// The integrations' states.
    pub integrations: Vec<IntegrationLink>,
    /// The activity log, oldest first.
    pub activity: Vec<ActivityEvent>,
    /// The stored expiry policy (`None`: the default applies).
    pub policy: Option<ExpiryPolicy>,
    /// The stored expiry reminders (`None`: the default applies).
    pub reminders: Option<ExpiryReminders>,
    /// Records set aside earlier because they could not be read.
    pub quarantined: Vec<QuarantinedRecord>,
    /// Records that failed to decode; they stay in storage untouched.
    pub unreadable: Vec<UnreadableRecord>,
}

impl Loaded {
    /// Whether nothing was ever stored (a first start).
    pub fn is_empty(&self) -> bool {
        self.schema_version.is_none()
            && self.account.is_none()
            && self.access_keys.is_empty()
            && self.api_keys.is_empty()
            && self.policy.is_none()
            && self.unreadable.is_empty()
    }
}

/// A `Put` of `value` encoded as JSON.
pub fn put<T: ToJson>(collection: Collection, key: &str, value: &T) -> Write {
    let value = json::to_string(value);
    Write::Put {
        collection,
        key: key.to_owned(),
        value,
    }
}

fn decode<T: FromJson>(
    collection: Collection,
    record: &StoredRecord,
    unreadable: &mut Vec<UnreadableRecord>,
) -> Option<T> {
    match json::from_str(&record.value) {
        Ok(value) => Some(value),
        Err(error) => {
            unreadable.push(UnreadableRecord {
                collection,
                record: record.clone(),
                reason: error.to_string(),
            });
            None
        }
    }
}

/// The revision a snapshot was read at.
pub fn revision(raw: &RawSnapshot) -> Revision {
    Revision::parse(
        raw.get(Collection::Meta)
            .iter()
            .find(|record| record.key == REVISION_KEY)
            .map(|record| record.value.as_str()),
    )
}

/// Decodes a raw snapshot; records that fail to decode are reported, not dropped.
pub fn decode_snapshot(raw: &RawSnapshot) -> Loaded {
    let mut loaded = Loaded {
        revision: revision(raw),
        ..Loaded::default()
    };
    let records = |collection: Collection| raw.get(collection);
    for record in records(Collection::Meta) {
        if record.key == SCHEMA_KEY {
            loaded.schema_version = decode(Collection::Meta, record, &mut loaded.unreadable);
        }
    }
    for record in records(Collection::Accounts) {
        if record.key == ACCOUNT_KEY {
            loaded.account = decode(Collection::Accounts, record, &mut loaded.unreadable);
        }
    }
    for record in records(Collection::AccessKeys) {
        if let Some(key) = decode(Collection::AccessKeys, record, &mut loaded.unreadable) {
            loaded.access_keys.push(key);
        }
    }
    for record in records(Collection::ApiKeys) {
        if let Some(key) = decode(Collection::ApiKeys, record, &mut loaded.unreadable) {
            loaded.api_keys.push(key);
        }
    }
    for record in records(Collection::Connections) {
        if let Some(connection) = decode(Collection::Connections, record, &mut loaded.unreadable) {
            loaded.connections.push(connection);
        }
    }
    for record in records(Collection::Integrations) {
        if let Some(link) = decode(Collection::Integrations, record, &mut loaded.unreadable) {
            loaded.integrations.push(link);
        }
    }
    // Activity keys sort by time, and every adapter reads in key order.
    for record in records(Collection::Activity) {
        if let Some(event) = decode(Collection::Activity, record, &mut loaded.unreadable) {
            loaded.activity.push(event);
        }
    }
    for record in records(Collection::Quarantine) {
        // A quarantine entry that cannot be read is still shown, as its raw text: nothing is lost.
        let entry = json::from_str(&record.value).unwrap_or_else(|error: JsonError| QuarantinedRecord {
            collection: Collection::Quarantine.as_str().to_owned(),
            key: record.key.clone(),
            reason: error.to_string(),
            original: record.value.clone(),
        });
        loaded.quarantined.push(entry);
    }
    for record in records(Collection::Policies) {
        if record.key == EXPIRY_POLICY_KEY {
            loaded.policy = decode(Collection::Policies, record, &mut loaded.unreadable);
        } else if record.key == REMINDERS_KEY {
            loaded.reminders = decode(Collection::Policies, record, &mut loaded.unreadable);
        }
    }
    loaded
}

/// The batch that stores what an operation changed.
pub fn changes_writes(changes: &Changes) -> Vec<Write> {
    let mut writes = Vec::new();
    for key in &changes.put_keys {
        writes.push(put_access_key(key));
    }
    writes.extend(changes.deleted_keys.iter().map(delete_access_key));
    for connection in &changes.connections {
        writes.push(put(Collection::Connections, connection.id.as_str(), connection));
    }
    for link in &changes.integrations {
        writes.push(put(Collection::Integrations, link.integration.as_str(), link));
    }
    for event in &changes.events {
        writes.push(put(Collection::Activity, &event.id, event));
    }
    writes
}

/// The writes that store the account's own `changes` (legacy API keys, policy, reminders).
pub fn account_writes(changes: &AccountChanges) -> Vec<Write> {
    let mut writes: Vec<Write> = changes.deleted_api_keys.iter().map(delete_api_key).collect();
    if let Some(policy) = &changes.policy {
        writes.push(put_policy(policy));
    }
    if let Some(reminders) = &changes.reminders {
        writes.push(put(Collection::Policies, REMINDERS_KEY, reminders));
    }
    writes
}

/// The batch that moves unreadable records aside, unchanged, into [`Collection::Quarantine`].
pub fn quarantine_writes(unreadable: &[UnreadableRecord]) -> Vec<Write> {
    let mut writes = Vec::new();
    for item in unreadable {
        let entry = QuarantinedRecord {
            collection: item.collection.as_str().to_owned(),
            key: item.record.key.clone(),
            reason: item.reason.clone(),
            original: item.record.value.clone(),
        };
        let key = format!("{}/{}", entry.collection, entry.key);
        writes.push(put(Collection::Quarantine, &key, &entry));
        writes.push(Write::Delete {
            collection: item.collection,
            key: item.record.key.clone(),
        });
    }
    writes
}

/// Stores the expiry policy.
pub fn put_policy(policy: &ExpiryPolicy) -> Write {
    put(Collection::Policies, EXPIRY_POLICY_KEY, policy)
}

/// Removes the API key `id`.
pub fn delete_api_key(id: &ApiKeyId) -> Write {
    Write::Delete {
        collection: Collection::ApiKeys,
        key: id.as_str().to_owned(),
    }
}

/// Stores `key` (insert or replace) under its ID.
pub fn put_access_key(key: &AccessKey) -> Write {
    put(Collection::AccessKeys, key.id.as_str(), key)
}

/// Removes the access key `id`.
pub fn delete_access_key(id: &AccessKeyId) -> Write {
    Write::Delete {
        collection: Collection::AccessKeys,
        key: id.as_str().to_owned(),
    }
}

/// The batch that replaces everything stored with the demo account (the records set aside included).
pub fn demo_writes(demo: &DemoData) -> Vec<Write> {
    let mut writes = vec![
        Write::Clear {
            collection: Collection::Meta,
        },
        Write::Clear {
            collection: Collection::Quarantine,
        },
    ];
    writes.extend(account_data_writes(&AccountData::from(demo.clone())));
    writes
}

/// The batch that makes what is stored exactly `data` (a restore): every collection of the account is
/// emptied and written again; the records set aside as unreadable stay as they are.
pub fn account_data_writes(data: &AccountData) -> Vec<Write> {
    let mut writes: Vec<Write> = Collection::ALL
        .iter()
        .filter(|&&collection| !matches!(collection, Collection::Meta | Collection::Quarantine))
        .map(|&collection| Write::Clear { collection })
        .collect();
    writes.push(put(Collection::Meta, SCHEMA_KEY, &SCHEMA_VERSION));
    writes.push(put(Collection::Accounts, ACCOUNT_KEY, &data.account));
    writes.extend(changes_writes(&Changes {
        put_keys: data.access_keys.clone(),
        connections: data.connections.clone(),
        integrations: data.integrations.clone(),
        events: data.activity.clone(),
        ..Changes::default()
    }));
    for key in &data.api_keys {
        writes.push(put(Collection::ApiKeys, key.id.as_str(), key));
    }
    writes.extend(account_writes(&AccountChanges {
        policy: data.policy.clone(),
        reminders: data.reminders.clone(),
        ..AccountChanges::default()
    }));
    writes
}
