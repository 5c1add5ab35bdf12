//! Backups: the whole account in one JSON file that names its format version and carries a SHA-256 digest
//! of its content (so a damaged or edited file is told apart from a good one), and the rules that restore
//! one. A restore into the same account merges, and never brings back a key deleted here; a backup of
//! another account replaces this one. Locking a file with a passphrase happens in the browser (WebCrypto);
//! here is only the locked file's shape.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::access_key::AccessKey;
use super::account::Account;
use super::api_key::ApiKey;
use super::connection::{ActivityEvent, Connection};
use super::error::DomainError;
use super::expiry::ExpiryPolicy;
use super::integration::IntegrationLink;
use super::json::{self, Fields};
use super::reminders::ExpiryReminders;

mod restore;

pub use restore::{RestorePlan, RestorePreview, plan_restore};

/// What the `format` field of every backup says.
pub const BACKUP_FORMAT: &str = "flowdeck-backup";
/// The format version this build writes, and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;
/// The largest backup file read, in bytes (50 MB).
pub const MAX_BACKUP_BYTES: u64 = 50 * 1024 * 1024;
/// PBKDF2-HMAC-SHA256 iterations for a locked backup (OWASP, 2023: at least 600,000).
pub const LOCK_ITERATIONS: u32 = 600_000;

/// Everything an account holds: what a backup carries and what a restore leaves.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupContent {
    /// When the backup was made.
    pub made_at: DateTime<Utc>,
    /// The account as it was then.
    pub data: AccountData,
}

/// How a locked backup was locked, and its sealed content (everything in base64).
#[derive(Debug, Clone, PartialEq, Eq)]
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
struct BackupFile {
    format: String,
    version: u32,
    sha256: Option<String>,
    content: Option<BackupContent>,
    locked: Option<LockedContent>,
}

json::record!(AccountData {
    account,
    access_keys,
    api_keys,
    integrations,
    connections,
    policy,
    reminders,
    activity
});

json::record!(BackupContent { made_at, data });

json::record!(LockedContent {
    kdf,
    iterations,
    salt,
    cipher,
    iv,
    data
});

json::record!(BackupFile {
    format,
    version,
    sha256: omit,
    content: omit,
    locked: omit
});

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
    let body = json::to_string(&content);
    let file = BackupFile {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        sha256: Some(digest(&body)),
        content: Some(content),
        locked: None,
    };
    json::to_string(&file)
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
    json::to_string(&file)
}

/// Reads a backup file's text: refused in words when it is not a backup, was made by a newer version,
/// or has been changed or damaged since it was made (its content no longer matches its digest).
pub fn read_backup(text: &str) -> Result<BackupRead, DomainError> {
    let file = json::parse(text).map_err(|_| {
        // A file that begins as a backup but cannot be read through was cut short or damaged.
        let start: String = text.trim_start().chars().take(200).collect();
        if start.starts_with('{') && start.contains(&format!("\"{BACKUP_FORMAT}\"")) {
            DomainError::BackupDamaged
        } else {
            DomainError::NotABackup
        }
    })?;
    // The top of the file first: is it a backup at all, and which version.
    let fields = Fields::of(&file).map_err(|_| DomainError::NotABackup)?;
    let format: Option<String> = fields.field("format").map_err(|_| DomainError::NotABackup)?;
    if format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(DomainError::NotABackup);
    }
    match fields.field::<Option<u32>>("version") {
        Ok(Some(version)) if version > BACKUP_VERSION => return Err(DomainError::BackupFromNewerVersion),
        Ok(Some(_)) => {}
        Ok(None) | Err(_) => return Err(DomainError::BackupDamaged),
    }
    let damaged = |_| DomainError::BackupDamaged;
    if let Some(locked) = fields.field::<Option<LockedContent>>("locked").map_err(damaged)? {
        return Ok(BackupRead::Locked(locked));
    }
    let sha256: Option<String> = fields.field("sha256").map_err(damaged)?;
    let content: Option<BackupContent> = fields.field("content").map_err(damaged)?;
    let (Some(sha256), Some(content)) = (sha256, content) else {
        return Err(DomainError::BackupDamaged);
    };
    // The digest is of the content as this page writes it, so any edit to a value shows.
    let body = json::to_string(&content);
    if digest(&body) != sha256.to_ascii_lowercase() {
        return Err(DomainError::BackupDamaged);
    }
    Ok(BackupRead::Plain(content))
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
