//! The one error type of the domain: a variant and its arguments, named in no language. The UI puts
//! it into words (`ui::words::error`).

use chrono::{DateTime, Utc};

/// Everything a domain rule can refuse, with what the message to the person who typed or stored the
/// value needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainError {
    /// An Account ID that is not `Ac` followed by 10 letters or digits.
    MalformedAccountId(String),
    /// A debug session key that is not 32 letters or digits.
    MalformedDebugSessionKey,
    /// An account domain that is not a valid host name.
    MalformedAccountDomain(String),

    /// An access key ID that is not `Ak` followed by a UUID.
    MalformedAccessKeyId,
    /// A secret that does not start with `aks_`.
    SecretPrefix,
    /// A secret of the wrong length.
    SecretLength(usize),
    /// A secret with a character outside the base62 alphabet.
    SecretCharacter {
        /// The offending character.
        character: char,
        /// Its 1-based position in the secret.
        position: usize,
    },
    /// A secret whose checksum does not match: a typo, not a wrong secret.
    SecretChecksum,
    /// A stored hash that is not 64 lowercase hex digits.
    MalformedSecretHash,

    /// An empty name.
    NameEmpty,
    /// A name over 64 characters.
    NameTooLong(usize),
    /// A name with a control character (line break, tab, …).
    NameControlCharacter,
    /// A name with an invisible or text-direction character.
    NameInvisibleCharacter {
        /// The character.
        character: char,
        /// The text just before it (up to 12 characters; empty: it is at the start).
        before: String,
    },
    /// A name another access key already has.
    NameTaken(String),

    /// An expiry period the account's policy does not allow.
    ExpiryNotAllowed,
    /// "Custom date" chosen without a date.
    CustomDateMissing,
    /// A custom date today or earlier.
    CustomDateNotInFuture,
    /// A custom date past the policy's maximum.
    CustomDateTooLate {
        /// The policy's maximum lifetime.
        max_days: u32,
        /// The last allowed date, as `YYYY-MM-DD`.
        last_date: String,
    },
    /// A policy that allows no period at all.
    PolicyNothingAllowed,
    /// A policy whose default is not among its allowed periods.
    PolicyDefaultNotAllowed,
    /// A policy whose custom-date maximum is below one day.
    PolicyMaximumTooSmall,
    /// A policy whose custom-date maximum is absurdly far away.
    PolicyMaximumTooLarge,
    /// An access key whose secret does not match.
    SecretMismatch,
    /// An expired access key, and when it expired.
    KeyExpired(DateTime<Utc>),
    /// A deleted access key, and when it was deleted.
    KeyDeleted(DateTime<Utc>),
    /// A disabled access key.
    KeyDisabled,
    /// An empty client name.
    ClientNameEmpty,
    /// An unknown integration.
    UnknownIntegration(String),
    /// Connecting an integration that is connected.
    AlreadyConnected,
    /// No access key with this ID.
    UnknownAccessKey(String),

    /// The key acted on was deleted after the user last saw it.
    DeletedElsewhere(String),
    /// The key acted on was renamed after the user last saw it.
    RenamedElsewhere {
        /// The name the user saw.
        was: String,
        /// The name it has now.
        now: String,
    },
    /// The key acted on was given a new secret after the user last saw it.
    RotatedElsewhere(String),
    /// The key acted on was disabled after the user last saw it.
    DisabledElsewhere(String),
    /// The key acted on was enabled after the user last saw it.
    EnabledElsewhere(String),
    /// The description edited was changed elsewhere after the dialog opened.
    DescriptionChangedElsewhere(String),
    /// The permissions edited were changed elsewhere after the dialog opened.
    AccessChangedElsewhere(String),
    /// An attempt to change what a system-generated key may do.
    SystemKeyAccess,
    /// A reminder on a day that is not offered.
    ReminderNotOffered(u32),
    /// The reminders were saved elsewhere after the form was filled in.
    RemindersChangedElsewhere,
    /// The legacy API key acted on is gone.
    ApiKeyDeletedElsewhere,
    /// The policy was saved elsewhere after the form was filled in.
    PolicyChangedElsewhere,
    /// A description longer than 500 characters.
    DescriptionTooLong(usize),
    /// A description with control characters other than line breaks and tabs.
    DescriptionControlCharacter,
    /// A description with invisible or text-direction characters.
    DescriptionInvisibleCharacter,
    /// A client address the key's allowed IP addresses do not include.
    AddressNotAllowed(String),
    /// A client address that is not an IPv4 or IPv6 address.
    MalformedClientAddress(String),
    /// Restricted permissions with no access to any resource: the key could do nothing.
    NoAccessAtAll,
    /// "Revoke old secret now" on a key whose old secret no longer works.
    NoOldSecret,
    /// No client address was given.
    ClientAddressEmpty,
    /// A file that is not a backup of this page.
    NotABackup,
    /// A backup whose content no longer matches its digest, or that cannot be read through.
    BackupDamaged,
    /// A backup in a format version newer than this page reads.
    BackupFromNewerVersion,
    /// A file over the size a backup is read up to.
    BackupTooLarge,
    /// A passphrase that does not open a locked backup.
    WrongPassphrase,
    /// An operation the key's permissions do not include: the resource, and whether the key may read it.
    NotPermitted {
        /// The resource.
        resource: super::permissions::Resource,
        /// Whether the key may read it (so only writing is refused).
        can_read: bool,
    },
}

/// How an error type that names no language shows itself where it becomes a decoding error (a record set
/// aside says why): the variant and its arguments while developing and testing, and in the shipped build
/// just `name`, which keeps the derived `Debug` of every variant out of the wasm.
pub(crate) fn terse(error: &impl std::fmt::Debug, name: &str, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    if cfg!(debug_assertions) {
        write!(f, "{error:?}")
    } else {
        f.write_str(name)
    }
}

impl std::fmt::Display for DomainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        terse(self, "DomainError", f)
    }
}

impl std::error::Error for DomainError {}

impl DomainError {
    /// Whether the error is about a key's name (shown beside the Name field).
    pub fn concerns_name(&self) -> bool {
        matches!(
            self,
            DomainError::NameEmpty
                | DomainError::NameTooLong(_)
                | DomainError::NameControlCharacter
                | DomainError::NameInvisibleCharacter { .. }
                | DomainError::NameTaken(_)
        )
    }

    /// Whether the error is about a key's description (shown beside the Description field).
    pub fn concerns_description(&self) -> bool {
        matches!(
            self,
            DomainError::DescriptionTooLong(_)
                | DomainError::DescriptionControlCharacter
                | DomainError::DescriptionInvisibleCharacter
        )
    }

    /// Whether the error is about the expiry (shown beside the Expiry period field).
    pub fn concerns_expiry(&self) -> bool {
        matches!(
            self,
            DomainError::ExpiryNotAllowed
                | DomainError::CustomDateMissing
                | DomainError::CustomDateNotInFuture
                | DomainError::CustomDateTooLate { .. }
        )
    }
}
