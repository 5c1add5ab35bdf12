//! Backups: the whole account in one JSON file that names its format version and carries a SHA-256 digest
//! of its content (so a damaged or edited file is told apart from a good one), and the rules that restore
//! one. A restore into the same account merges, and never brings back a key deleted here; a backup of
//! another account replaces this one. Locking a file with a passphrase happens in the browser (WebCrypto);
//! here is only the locked file's shape.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::access_key::{AccessKey, AccessKeyId};
use super::account::Account;
use super::api_key::ApiKey;
use super::connection::{ActivityEvent, ActivityKind, Connection};
use super::dates::stored;
use super::error::DomainError;
use super::expiry::ExpiryPolicy;
use super::ids::record_id;
use super::integration::IntegrationLink;
use super::random::Random;
use super::reminders::ExpiryReminders;

/// What the `format` field of every backup says.
pub const BACKUP_FORMAT: &str = "flowdeck-backup";
/// The format version this build writes, and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;
/// The largest backup file read, in bytes (50 MB).
pub const MAX_BACKUP_BYTES: u64 = 50 * 1024 * 1024;
/// PBKDF2-HMAC-SHA256 iterations for a locked backup (OWASP, 2023: at least 600,000).
pub const LOCK_ITERATIONS: u32 = 600_000;

/// Everything an account holds: what a backup carries and what a restore leaves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountData {
    /// The account and its identifiers.
    pub account: Account,
    /// Access keys (their secrets only as SHA-256 hashes).
    pub access_keys: Vec<AccessKey>,
    /// Legacy API keys, as stored.
    pub api_keys: Vec<ApiKey>,
    /// Integrations and whether they are connected.
    pub integrations: Vec<IntegrationLink>,
    /// Connections, revoked ones included.
    pub connections: Vec<Connection>,
    /// The expiry policy (`None`: the default).
    pub policy: Option<ExpiryPolicy>,
    /// The expiry reminders (`None`: the default).
    pub reminders: Option<ExpiryReminders>,
    /// The activity log, oldest first; its "Deleted" entries are what tells a deleted key apart.
    pub activity: Vec<ActivityEvent>,
}

impl From<super::demo::DemoData> for AccountData {
    /// The demo account as a whole account: the default expiry policy, no reminders chosen.
    fn from(demo: super::demo::DemoData) -> Self {
        Self {
            account: demo.account,
            access_keys: demo.access_keys,
            api_keys: demo.api_keys,
            integrations: demo.integrations,
            connections: demo.connections,
            policy: Some(ExpiryPolicy::default()),
            reminders: None,
            activity: demo.activity,
        }
    }
}

/// A backup's content: when it was made, and the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupContent {
    /// When the backup was made.
    #[serde(with = "stored")]
    pub made_at: DateTime<Utc>,
    /// The account as it was then.
    pub data: AccountData,
}

/// How a locked backup was locked, and its sealed content (everything in base64).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedContent {
    /// The key derivation: always "PBKDF2-HMAC-SHA256".
    pub kdf: String,
    /// Its iterations.
    pub iterations: u32,
    /// Its random salt.
    pub salt: String,
    /// The cipher: always "AES-256-GCM".
    pub cipher: String,
    /// The cipher's random IV.
    pub iv: String,
    /// The plain backup file's text, sealed.
    pub data: String,
}

/// The file as written: a plain backup has `sha256` and `content`, a locked one only `locked`.
#[derive(Serialize, Deserialize)]
struct BackupFile {
    format: String,
    version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    content: Option<BackupContent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    locked: Option<LockedContent>,
}

/// What a file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupRead {
    /// A plain backup whose digest matches its content.
    Plain(BackupContent),
    /// A locked backup: its passphrase opens the sealed plain file.
    Locked(LockedContent),
}

fn digest(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The text of a plain backup of `data` made at `made_at`.
pub fn backup_text(data: &AccountData, made_at: DateTime<Utc>) -> String {
    let content = BackupContent {
        made_at,
        data: data.clone(),
    };
    let body = serde_json::to_string(&content).unwrap_or_default();
    let file = BackupFile {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        sha256: Some(digest(&body)),
        content: Some(content),
        locked: None,
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// The text of a locked backup.
pub fn locked_text(locked: LockedContent) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        sha256: None,
        content: None,
        locked: Some(locked),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// The top of a file, read before its content: is it a backup at all, and which version.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u32>,
}

/// Reads a backup file's text: refused in words when it is not a backup, was made by a newer version,
/// or has been changed or damaged since it was made (its content no longer matches its digest).
pub fn read_backup(text: &str) -> Result<BackupRead, DomainError> {
    let head: Head = serde_json::from_str(text).map_err(|_| {
        // A file that begins as a backup but cannot be read through was cut short or damaged.
        let start: String = text.trim_start().chars().take(200).collect();
        if start.starts_with('{') && start.contains(&format!("\"{BACKUP_FORMAT}\"")) {
            DomainError::BackupDamaged
        } else {
            DomainError::NotABackup
        }
    })?;
    if head.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(DomainError::NotABackup);
    }
    match head.version {
        Some(version) if version > BACKUP_VERSION => return Err(DomainError::BackupFromNewerVersion),
        Some(_) => {}
        None => return Err(DomainError::BackupDamaged),
    }
    let file: BackupFile = serde_json::from_str(text).map_err(|_| DomainError::BackupDamaged)?;
    if let Some(locked) = file.locked {
        return Ok(BackupRead::Locked(locked));
    }
    let (Some(sha256), Some(content)) = (file.sha256, file.content) else {
        return Err(DomainError::BackupDamaged);
    };
    // The digest is of the content as this page writes it, so any edit to a value shows.
    let body = serde_json::to_string(&content).map_err(|_| DomainError::BackupDamaged)?;
    if digest(&body) != sha256.to_ascii_lowercase() {
        return Err(DomainError::BackupDamaged);
    }
    Ok(BackupRead::Plain(content))
}

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

/// "1 key" or "3 keys".
fn keys(n: usize) -> String {
    if n == 1 {
        "1 key".to_owned()
    } else {
        format!("{n} keys")
    }
}

/// Names in a sentence: "A, B and C", the first ten then "and 4 more".
fn names_of(names: &[String]) -> String {
    const SHOWN: usize = 10;
    let quoted: Vec<String> = names.iter().take(SHOWN).map(|name| format!("“{name}”")).collect();
    match (quoted.split_last(), names.len().saturating_sub(SHOWN)) {
        (None, _) => String::new(),
        (Some((last, [])), 0) => last.clone(),
        (Some((last, rest)), 0) => format!("{} and {last}", rest.join(", ")),
        (Some(_), more) => format!("{} and {more} more", quoted.join(", ")),
    }
}

impl RestorePreview {
    /// The preview in words: one line per kind of change, with counts and names.
    pub fn lines(&self) -> Vec<String> {
        let (this_name, this_id) = &self.this_account;
        let (their_name, their_id) = &self.backup_account;
        let mut lines = Vec::new();
        if !self.same_account {
            lines.push(format!(
                "This backup is of another account, “{their_name}” ({their_id}). Restoring it replaces this \
                 browser's account, “{this_name}” ({this_id}): its keys, settings and activity log."
            ));
            if !self.added.is_empty() {
                lines.push(format!(
                    "{} restored: {}.",
                    keys(self.added.len()),
                    names_of(&self.added)
                ));
            }
            return lines;
        }
        lines.push(format!(
            "This backup is of this account, “{this_name}” ({this_id}): it is merged, and nothing here is lost."
        ));
        if self.added.is_empty() {
            lines.push("No key is added.".to_owned());
        } else {
            lines.push(format!("{} added: {}.", keys(self.added.len()), names_of(&self.added)));
        }
        if !self.updated.is_empty() {
            lines.push(format!(
                "{} updated from the backup's newer copy: {}.",
                keys(self.updated.len()),
                names_of(&self.updated)
            ));
        }
        if !self.kept.is_empty() {
            lines.push(match self.kept.len() {
                1 => "1 key kept as it is here.".to_owned(),
                n => format!("{n} keys kept as they are here."),
            });
        }
        if !self.staying_deleted.is_empty() {
            lines.push(format!(
                "{} deleted in this browser after the backup was made {} deleted: {}.",
                keys(self.staying_deleted.len()),
                if self.staying_deleted.len() == 1 {
                    "stays"
                } else {
                    "stay"
                },
                names_of(&self.staying_deleted)
            ));
        }
        lines
    }

    /// What a toast says once the restore is done.
    pub fn done(&self) -> String {
        if self.same_account {
            format!(
                "Backup restored: {} added, {} updated.",
                keys(self.added.len()),
                self.updated.len()
            )
        } else {
            format!(
                "Backup restored: the account “{}” with {}.",
                self.backup_account.0,
                keys(self.added.len())
            )
        }
    }
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
// Outlined: the preview and the restore share one copy (inlined twice, it cost the download several KB).
#[inline(never)]
pub fn plan_restore(
    here: &AccountData,
    backup: &BackupContent,
    now: DateTime<Utc>,
    rng: &mut impl Random,
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
    let mut new_id = || record_id(rng, now);
    if !same_account {
        let mut result = backup.data.clone();
        for key in &result.access_keys {
            preview.added.push(key.name.as_str().to_owned());
        }
        let entries: Vec<ActivityEvent> = result
            .access_keys
            .iter()
            .map(|key| restored_entry(key, &mut new_id))
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
                entries.push(restored_entry(theirs, &mut new_id));
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
            entries.push(restored_entry(key, &mut new_id));
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

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `bytes` in standard base64 (with padding), as a locked backup stores salt, IV and data.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (at, b)| n | u32::from(*b) << (16 - 8 * at));
        for at in 0..4 {
            if at <= chunk.len() {
                out.push(char::from(BASE64[(n >> (18 - 6 * at)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 back to bytes; `None` when it is not base64.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut bits, mut count) = (0u32, 0u32);
    for c in text.bytes() {
        let value = BASE64.iter().position(|b| *b == c)? as u32;
        bits = bits << 6 | value;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    Some(out)
}
