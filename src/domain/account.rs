//! The account and its identifiers: Account ID, Account domain and Debug session key.

use super::json;
use chrono::{DateTime, Utc};

use super::error::DomainError;
use super::random::{Random, base62_string, is_base62};

const ACCOUNT_ID_PREFIX: &str = "Ac";
const ACCOUNT_ID_BODY_LEN: usize = 10;
const DEBUG_SESSION_KEY_LEN: usize = 32;

/// The account's unique ID: `Ac` followed by 10 characters from `[0-9A-Za-z]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AccountId(String);

json::checked!(AccountId: String);

impl AccountId {
    /// A fresh random Account ID.
    pub fn generate(rng: &mut impl Random) -> Self {
        Self(format!(
            "{ACCOUNT_ID_PREFIX}{}",
            base62_string(rng, ACCOUNT_ID_BODY_LEN)
        ))
    }

    /// Checks the shape of an Account ID.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let body = text.strip_prefix(ACCOUNT_ID_PREFIX);
        match body {
            Some(body) if body.len() == ACCOUNT_ID_BODY_LEN && body.chars().all(is_base62) => Ok(Self(text.to_owned())),
            _ => Err(DomainError::MalformedAccountId(text.to_owned())),
        }
    }

    /// The ID as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for AccountId {
    type Error = DomainError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<AccountId> for String {
    fn from(id: AccountId) -> Self {
        id.0
    }
}

/// The account's domain: the host at which the account is reached in a browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountDomain(String);

json::checked!(AccountDomain: String);

impl AccountDomain {
    /// Checks that `text` is a lower-case DNS host name with at least two labels.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let labels: Vec<&str> = text.split('.').collect();
        let label_ok = |label: &&str| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if text.len() <= 253 && labels.len() >= 2 && labels.iter().all(label_ok) {
            Ok(Self(text.to_owned()))
        } else {
            Err(DomainError::MalformedAccountDomain(text.to_owned()))
        }
    }

    /// The host name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address that opens the account in a browser.
    pub fn url(&self) -> String {
        format!("https://{}", self.0)
    }
}

impl TryFrom<String> for AccountDomain {
    type Error = DomainError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<AccountDomain> for String {
    fn from(domain: AccountDomain) -> Self {
        domain.0
    }
}

/// The key support asks for when troubleshooting an account: 32 characters from `[0-9A-Za-z]`.
///
/// It identifies a debug session; it grants no access, so it is stored and can be shown again.
#[derive(Clone, PartialEq, Eq)]
pub struct DebugSessionKey(String);

json::checked!(DebugSessionKey: String);

impl DebugSessionKey {
    /// A fresh random key.
    pub fn generate(rng: &mut impl Random) -> Self {
        Self(base62_string(rng, DEBUG_SESSION_KEY_LEN))
    }

    /// Checks the shape of a key.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        if text.len() == DEBUG_SESSION_KEY_LEN && text.chars().all(is_base62) {
            Ok(Self(text.to_owned()))
        } else {
            Err(DomainError::MalformedDebugSessionKey)
        }
    }

    /// The key as text, for the moment the user asks to see or copy it.
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for DebugSessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DebugSessionKey(…)")
    }
}

impl TryFrom<String> for DebugSessionKey {
    type Error = DomainError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<DebugSessionKey> for String {
    fn from(key: DebugSessionKey) -> Self {
        key.0
    }
}

/// A workflow platform account as this page knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The unique Account ID used in API sessions.
    pub id: AccountId,
    /// The organisation's display name.
    pub name: String,
    /// The host at which the account is reached.
    pub domain: AccountDomain,
    /// The key support asks for when troubleshooting.
    pub debug_session_key: DebugSessionKey,
    /// When the account was created.
    pub created_at: DateTime<Utc>,
}

json::record!(Account {
    id,
    name,
    domain,
    debug_session_key,
    created_at
});

/// What an operation changes of the account itself, beside its access keys ([`super::Changes`]): the
/// legacy API keys, the expiry policy and the reminders. Kept apart so that applying a workspace's
/// changes cannot drop them unnoticed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountChanges {
    /// Legacy API keys to remove (by ID).
    pub deleted_api_keys: Vec<super::ApiKeyId>,
    /// The account's expiry policy to store, if it changes.
    pub policy: Option<super::ExpiryPolicy>,
    /// The account's expiry reminders to store, if they change.
    pub reminders: Option<super::reminders::ExpiryReminders>,
}

impl AccountChanges {
    /// Deletes the legacy API key `id`, which must still be among `stored`.
    pub fn delete_api_key(stored: &[super::ApiKey], id: &super::ApiKeyId) -> Result<Self, DomainError> {
        if !stored.iter().any(|key| key.id == *id) {
            return Err(DomainError::ApiKeyDeletedElsewhere);
        }
        Ok(Self {
            deleted_api_keys: vec![id.clone()],
            ..Self::default()
        })
    }
}
