//! Restoring a backup: the same account merged (never bringing back a key deleted here), another account
//! replacing this one, and the preview of either in numbers and names (put into words by the UI).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};

use super::{AccountData, BackupContent};
use crate::domain::access_key::{AccessKey, AccessKeyId};
use crate::domain::account::Account;
use crate::domain::connection::{ActivityEvent, ActivityKind};
use crate::domain::ids::record_id;
use crate::domain::random::Random;

/// What a restore would do, in numbers and names, before it is done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestorePreview {
    /// When the backup was made.
    pub made_at: DateTime<Utc>,
    /// The backup's account (name and ID).
    pub backup_account: (String, String),
    /// This browser's account (name and ID).
    pub this_account: (String, String),
    /// Whether they are the same account (merge) or not (this browser's account is replaced).
    pub same_account: bool,
    /// Keys the restore adds.
    pub added: Vec<String>,
    /// Keys here that stay as they are.
    pub kept: Vec<String>,
    /// Keys here that the backup's newer copy replaces.
    pub updated: Vec<String>,
    /// Keys in the backup that were deleted here after it was made: they stay deleted.
    pub staying_deleted: Vec<String>,
}

/// A restore, planned: what storage will hold afterwards, and the preview of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestorePlan {
    /// The account as the restore leaves it.
    pub result: AccountData,
    /// What the user is shown first.
    pub preview: RestorePreview,
}

/// When `key` last changed, as far as `activity` and the key itself tell.
fn last_change(key: &AccessKey, activity: &[ActivityEvent]) -> DateTime<Utc> {
    let logged = activity
        .iter()
        .filter(|e| e.access_key_id == key.id)
        .map(|e| e.at)
        .max();
    [Some(key.created_at), key.last_used_at, logged]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(key.created_at)
}

/// Plans restoring `backup` into `here` at `now`. The same account is merged: keys only in the backup are
/// added, keys only here kept, a key in both keeps whichever copy changed last, and a key deleted here
/// stays deleted (a deleted key is a revoked credential). What cannot be created any more (legacy API
/// keys), and the account's own settings, are kept as they are here. Another account replaces this one.
/// Every key the restore adds or updates gets a "Restored from a backup" entry in its log.
pub fn plan_restore(
    here: &AccountData,
    backup: &BackupContent,
    now: DateTime<Utc>,
    rng: &mut impl Random,
) -> RestorePlan {
    plan_restore_with(here, backup, now, &mut || record_id(rng, now))
}

// Outlined and not generic: the preview and the restore (each with its own kind of randomness) share one
// copy (inlined or compiled twice, it cost the download several KB).
#[inline(never)]
fn plan_restore_with(
    here: &AccountData,
    backup: &BackupContent,
    now: DateTime<Utc>,
    new_id: &mut dyn FnMut() -> String,
) -> RestorePlan {
    let names = |account: &Account| (account.name.clone(), account.id.as_str().to_owned());
    let same_account = here.account.id == backup.data.account.id;
    let mut preview = RestorePreview {
        made_at: backup.made_at,
        backup_account: names(&backup.data.account),
        this_account: names(&here.account),
        same_account,
        added: Vec::new(),
        kept: Vec::new(),
        updated: Vec::new(),
        staying_deleted: Vec::new(),
    };
    let restored_entry = |key: &AccessKey, rng: &mut dyn FnMut() -> String| ActivityEvent {
        id: rng(),
        at: now,
        access_key_id: key.id.clone(),
        key_name: key.name.as_str().to_owned(),
        kind: ActivityKind::Restored,
        by: None,
    };
    if !same_account {
        let mut result = backup.data.clone();
        for key in &result.access_keys {
            preview.added.push(key.name.as_str().to_owned());
        }
        let entries: Vec<ActivityEvent> = result
            .access_keys
            .iter()
            .map(|key| restored_entry(key, new_id))
            .collect();
        result.activity.extend(entries);
        return RestorePlan { result, preview };
    }

    let deleted_here: HashSet<&AccessKeyId> = here
        .activity
        .iter()
        .filter(|e| e.kind == ActivityKind::Deleted)
        .map(|e| &e.access_key_id)
        .collect();
    let in_backup: HashMap<&AccessKeyId, &AccessKey> =
        backup.data.access_keys.iter().map(|key| (&key.id, key)).collect();
    let mut keys = Vec::new();
    let mut entries = Vec::new();
    for key in &here.access_keys {
        match in_backup.get(&key.id) {
            Some(theirs)
                if *theirs != key && last_change(theirs, &backup.data.activity) > last_change(key, &here.activity) =>
            {
                preview.updated.push(key.name.as_str().to_owned());
                entries.push(restored_entry(theirs, new_id));
                keys.push((*theirs).clone());
            }
            _ => {
                preview.kept.push(key.name.as_str().to_owned());
                keys.push(key.clone());
            }
        }
    }
    let here_ids: HashSet<&AccessKeyId> = here.access_keys.iter().map(|key| &key.id).collect();
    let mut staying_deleted = HashSet::new();
    for key in &backup.data.access_keys {
        if here_ids.contains(&key.id) {
            continue;
        }
        if deleted_here.contains(&key.id) {
            preview.staying_deleted.push(key.name.as_str().to_owned());
            staying_deleted.insert(key.id.clone());
        } else {
            preview.added.push(key.name.as_str().to_owned());
            entries.push(restored_entry(key, new_id));
            keys.push(key.clone());
        }
    }
    // The log and the connections are the union of both; a connection of a key that stays deleted is not
    // brought back.
    let mut activity = here.activity.clone();
    let known: HashSet<String> = activity.iter().map(|e| e.id.clone()).collect();
    activity.extend(backup.data.activity.iter().filter(|e| !known.contains(&e.id)).cloned());
    // Appended, not sorted: the log is shown sorted by time wherever it is shown.
    activity.extend(entries);
    let mut connections = here.connections.clone();
    let known: HashSet<String> = connections.iter().map(|c| c.id.as_str().to_owned()).collect();
    connections.extend(
        backup
            .data
            .connections
            .iter()
            .filter(|c| !known.contains(c.id.as_str()) && !staying_deleted.contains(&c.access_key_id))
            .cloned(),
    );
    let result = AccountData {
        access_keys: keys,
        activity,
        connections,
        ..here.clone()
    };
    RestorePlan { result, preview }
}
