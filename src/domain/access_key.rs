//! Access keys: an ID + secret pair with a name and an expiry. Only the secret's hash is kept.

use super::json::{self};
use chrono::{DateTime, Utc};

use super::error::DomainError;
use super::network::AllowedIps;
use super::permissions::Permissions;
use super::random::Random;
use super::secret::{AccessKeySecret, SecretHash};
use super::text::{caseless, invisible_in_name, is_invisible};

/// The longest name, in characters.
pub const NAME_MAX_CHARS: usize = 64;

/// An access key's ID: `Ak` + a random UUID v4 in lowercase hex with hyphens (38 characters).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccessKeyId(String);

json::checked!(AccessKeyId: String);

impl AccessKeyId {
    /// A fresh random ID.
    pub fn generate(rng: &mut impl Random) -> Self {
        let mut bytes = [0u8; 16];
        rng.fill_bytes(&mut bytes);
        bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
        bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        Self(format!(
            "Ak{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        ))
    }

    /// Checks the shape of an ID (surrounding spaces are ignored).
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let text = text.trim();
        let uuid = text.strip_prefix("Ak").ok_or(DomainError::MalformedAccessKeyId)?;
        let groups: Vec<&str> = uuid.split('-').collect();
        let lengths_ok = groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]);
        let hex_ok = groups
            .iter()
            .all(|g| g.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        if lengths_ok && hex_ok {
            Ok(Self(text.to_owned()))
        } else {
            Err(DomainError::MalformedAccessKeyId)
        }
    }

    /// The ID as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for AccessKeyId {
    type Error = DomainError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<AccessKeyId> for String {
    fn from(id: AccessKeyId) -> Self {
        id.0
    }
}

/// A valid access key name: trimmed, 1–64 characters, no control, invisible or text-direction characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AccessKeyName(String);

json::checked!(AccessKeyName: String);

impl AccessKeyName {
    /// Checks what the user typed; the stored name is trimmed.
    pub fn parse(input: &str) -> Result<Self, DomainError> {
        let name = input.trim();
        if name.is_empty() {
            return Err(DomainError::NameEmpty);
        }
        if name.chars().any(char::is_control) {
            return Err(DomainError::NameControlCharacter);
        }
        if let Some(at) = invisible_in_name(name) {
            let character = name[at..].chars().next().unwrap_or_default();
            let before: String = name[..at]
                .chars()
                .rev()
                .take(12)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            return Err(DomainError::NameInvisibleCharacter { character, before });
        }
        let length = name.chars().count();
        if length > NAME_MAX_CHARS {
            return Err(DomainError::NameTooLong(length));
        }
        Ok(Self(name.to_owned()))
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether two names count as the same (regardless of case: `text::caseless`).
    pub fn same_as(&self, other: &AccessKeyName) -> bool {
        caseless(&self.0) == caseless(&other.0)
    }
}

impl TryFrom<String> for AccessKeyName {
    type Error = DomainError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<AccessKeyName> for String {
    fn from(name: AccessKeyName) -> Self {
        name.0
    }
}

/// The most characters a key's description may have.
pub const DESCRIPTION_MAX_CHARS: usize = 500;

/// What a key is for, in the user's words: optional (empty), up to 500 characters, lines allowed, no
/// other control characters and no invisible or text-direction characters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct KeyDescription(String);

json::checked!(KeyDescription: String);

impl KeyDescription {
    /// Checks what the user typed; the stored text is trimmed, and Windows line ends become `\n`.
    pub fn parse(input: &str) -> Result<Self, DomainError> {
        let text = input.trim().replace("\r\n", "\n");
        if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(DomainError::DescriptionControlCharacter);
        }
        if text.chars().any(is_invisible) {
            return Err(DomainError::DescriptionInvisibleCharacter);
        }
        let length = text.chars().count();
        if length > DESCRIPTION_MAX_CHARS {
            return Err(DomainError::DescriptionTooLong(length));
        }
        Ok(Self(text))
    }

    /// The description as text (empty: none).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl TryFrom<String> for KeyDescription {
    type Error = DomainError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<KeyDescription> for String {
    fn from(description: KeyDescription) -> Self {
        description.0
    }
}

/// An access key as stored: everything but the secret, which is kept only as its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessKey {
    /// The public half of the pair.
    pub id: AccessKeyId,
    /// What the user calls it.
    pub name: AccessKeyName,
    /// SHA-256 of the secret.
    pub secret_hash: SecretHash,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it stops authenticating (`None`: never).
    pub expires_at: Option<DateTime<Utc>>,
    /// Made by an integration rather than a person.
    pub system: bool,
    /// When it last authenticated a call.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Switched off: it authenticates nothing until enabled again.
    pub disabled: bool,
    /// After a rotation, the old secret's hash and the end of its grace period.
    pub previous_secret: Option<PreviousSecret>,
    /// What it is for (empty: nothing said).
    pub description: KeyDescription,
    /// What it may do (Full access unless narrowed).
    pub permissions: Permissions,
    /// Where it may be used from (empty: any address).
    pub allowed_ips: AllowedIps,
    /// The secrets it had before, each with when it stopped working, so that the leak check can name an
    /// old secret as this key's instead of calling it foreign.
    pub retired_secrets: Vec<RetiredSecret>,
}

/// The secret a rotation replaced, still accepted until `valid_until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviousSecret {
    /// SHA-256 of the old secret.
    pub hash: SecretHash,
    /// The end of the grace period.
    pub valid_until: DateTime<Utc>,
}

/// A secret the key no longer accepts: replaced by a rotation, or revoked after one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetiredSecret {
    /// SHA-256 of the old secret.
    pub hash: SecretHash,
    /// When it stopped working.
    pub since: DateTime<Utc>,
}

json::record!(AccessKey { id, name, secret_hash, created_at, expires_at, system: default, last_used_at, disabled: default, previous_secret, description: default, permissions: default, allowed_ips: default, retired_secrets: default omit });

json::record!(PreviousSecret { hash, valid_until });

json::record!(RetiredSecret { hash, since });

impl AccessKey {
    /// Whether `secret` is this key's secret at `now`: the current one, or the old one during its grace
    /// period. Both comparisons run in constant time, whatever the outcome of the first.
    pub fn accepts(&self, secret: &AccessKeySecret, now: DateTime<Utc>) -> bool {
        let current = self.secret_hash.matches(secret);
        let previous = self
            .previous_secret
            .as_ref()
            .is_some_and(|p| p.hash.matches(secret) && now < p.valid_until);
        current | previous
    }

    /// Whether the key has reached its expiry at `now` (it then works with neither secret).
    pub fn has_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|at| at <= now)
    }

    /// The old secret's grace period end, if it has not passed at `now` and the key has not expired (an
    /// expired key works with neither secret, so no old secret is said to be valid).
    pub fn grace_until(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.has_expired(now) {
            return None;
        }
        self.previous_secret
            .as_ref()
            .map(|p| p.valid_until)
            .filter(|until| *until > now)
    }
}

/// A key just created, with its secret for the one time it is shown.
#[derive(Debug)]
pub struct NewAccessKey {
    /// The key as it is stored.
    pub key: AccessKey,
    /// The plaintext secret; dropped (and zeroed) once the user has stored it.
    pub secret: AccessKeySecret,
}

/// Checks that `name` is not used by another key in `keys` (ignoring `except`, the key being renamed).
pub fn ensure_unique_name(
    name: &AccessKeyName,
    keys: &[AccessKey],
    except: Option<&AccessKeyId>,
) -> Result<(), DomainError> {
    // The refusal names the key that has the name, as it is written (not as it was typed).
    match keys
        .iter()
        .find(|key| Some(&key.id) != except && key.name.same_as(name))
    {
        Some(existing) => Err(DomainError::NameTaken(existing.name.as_str().to_owned())),
        None => Ok(()),
    }
}

/// What a key is for, what it may do and where from: the settings a key is created with, changed by
/// "Rename" (the description) and "Edit permissions", and copied by "Create similar".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeySettings {
    /// What it is for.
    pub description: KeyDescription,
    /// What it may do.
    pub permissions: Permissions,
    /// Where it may be used from.
    pub allowed_ips: AllowedIps,
}

impl KeySettings {
    /// The settings of `key`.
    pub fn of(key: &AccessKey) -> Self {
        Self {
            description: key.description.clone(),
            permissions: key.permissions.clone(),
            allowed_ips: key.allowed_ips.clone(),
        }
    }
}

/// Creates a key named `name_input` among `keys`, expiring at `expires_at`, with `settings`.
pub fn create_access_key(
    name_input: &str,
    expires_at: Option<DateTime<Utc>>,
    settings: &KeySettings,
    keys: &[AccessKey],
    now: DateTime<Utc>,
    rng: &mut impl Random,
) -> Result<NewAccessKey, DomainError> {
    let name = AccessKeyName::parse(name_input)?;
    ensure_unique_name(&name, keys, None)?;
    settings.permissions.usable()?;
    let secret = AccessKeySecret::generate(rng);
    let key = AccessKey {
        id: AccessKeyId::generate(rng),
        name,
        secret_hash: secret.hash(),
        created_at: now,
        expires_at,
        system: false,
        last_used_at: None,
        disabled: false,
        previous_secret: None,
        description: settings.description.clone(),
        permissions: settings.permissions.normalized(),
        allowed_ips: settings.allowed_ips.clone(),
        retired_secrets: Vec::new(),
    };
    Ok(NewAccessKey { key, secret })
}

/// The key `id` of `keys` renamed to `name_input`.
pub fn rename_access_key(keys: &[AccessKey], id: &AccessKeyId, name_input: &str) -> Result<AccessKey, DomainError> {
    let name = AccessKeyName::parse(name_input)?;
    ensure_unique_name(&name, keys, Some(id))?;
    let key = keys
        .iter()
        .find(|key| &key.id == id)
        .ok_or_else(|| DomainError::UnknownAccessKey(id.as_str().into()))?;
    Ok(AccessKey { name, ..key.clone() })
}

/// Orders keys for the list: system-generated first, then newest first.
pub fn list_order(a: &AccessKey, b: &AccessKey) -> std::cmp::Ordering {
    b.system
        .cmp(&a.system)
        .then(b.created_at.cmp(&a.created_at))
        .then(a.id.cmp(&b.id))
}

/// The key `seen.id` among `keys`, if it is still as the user saw it in `seen`: not deleted, renamed,
/// rotated, disabled or enabled since. Its use (last used) may have changed: that is no reason to refuse.
/// The error says what happened, in the words the user reads.
pub fn as_seen<'a>(keys: &'a [AccessKey], seen: &AccessKey) -> Result<&'a AccessKey, DomainError> {
    let was = || seen.name.as_str().to_owned();
    let stored = keys
        .iter()
        .find(|key| key.id == seen.id)
        .ok_or_else(|| DomainError::DeletedElsewhere(was()))?;
    if stored.name != seen.name {
        return Err(DomainError::RenamedElsewhere {
            was: was(),
            now: stored.name.as_str().to_owned(),
        });
    }
    if stored.secret_hash != seen.secret_hash {
        return Err(DomainError::RotatedElsewhere(was()));
    }
    match (seen.disabled, stored.disabled) {
        (false, true) => Err(DomainError::DisabledElsewhere(was())),
        (true, false) => Err(DomainError::EnabledElsewhere(was())),
        _ => Ok(stored),
    }
}

/// [`as_seen`], and also refused when the key's description changed since (for a dialog that edits it).
pub fn description_as_seen<'a>(keys: &'a [AccessKey], seen: &AccessKey) -> Result<&'a AccessKey, DomainError> {
    let stored = as_seen(keys, seen)?;
    if stored.description != seen.description {
        return Err(DomainError::DescriptionChangedElsewhere(seen.name.as_str().to_owned()));
    }
    Ok(stored)
}

/// [`as_seen`], and also refused when the key's permissions or allowed IP addresses changed since (for
/// a dialog that edits them).
pub fn access_as_seen<'a>(keys: &'a [AccessKey], seen: &AccessKey) -> Result<&'a AccessKey, DomainError> {
    let stored = as_seen(keys, seen)?;
    if stored.permissions.normalized() != seen.permissions.normalized() || stored.allowed_ips != seen.allowed_ips {
        return Err(DomainError::AccessChangedElsewhere(seen.name.as_str().to_owned()));
    }
    Ok(stored)
}

/// The name "Create similar" proposes for a copy of the key named `name`: "<name> (copy)", then
/// "(copy 2)", "(copy 3)"… until one is free among `keys`; the original is shortened to fit 64 characters.
pub fn copy_name(name: &AccessKeyName, keys: &[AccessKey]) -> String {
    (1..=keys.len() + 1)
        .map(|n| {
            let suffix = if n == 1 {
                " (copy)".to_owned()
            } else {
                format!(" (copy {n})")
            };
            let room = NAME_MAX_CHARS - suffix.chars().count();
            let base: String = name.as_str().chars().take(room).collect();
            format!("{}{suffix}", base.trim_end())
        })
        .find(|candidate| {
            AccessKeyName::parse(candidate).is_ok_and(|candidate| ensure_unique_name(&candidate, keys, None).is_ok())
        })
        .unwrap_or_default()
}
