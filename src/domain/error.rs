//! The one error type of the domain; each message is what a user reads.

use chrono::{DateTime, Utc};
use thiserror::Error;

use super::dates::iso_date;

/// Everything a domain rule can refuse, worded for the person who typed or stored the value.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    /// An Account ID that is not `Ac` followed by 10 letters or digits.
    #[error("An Account ID is \"Ac\" followed by 10 letters or digits; got {0:?}.")]
    MalformedAccountId(String),
    /// A debug session key that is not 32 letters or digits.
    #[error("A debug session key is 32 letters or digits.")]
    MalformedDebugSessionKey,
    /// An account domain that is not a valid host name.
    #[error("An account domain is a host name such as acme.example.com; got {0:?}.")]
    MalformedAccountDomain(String),

    /// An access key ID that is not `Ak` followed by a UUID.
    #[error("An access key ID is \"Ak\" followed by a UUID, 38 characters in all.")]
    MalformedAccessKeyId,
    /// A secret that does not start with `aks_`.
    #[error("An access key secret starts with \"aks_\".")]
    SecretPrefix,
    /// A secret of the wrong length.
    #[error("An access key secret is 53 characters long; this one has {0}.")]
    SecretLength(usize),
    /// A secret with a character outside the base62 alphabet.
    #[error(
        "An access key secret has only letters and digits after \"aks_\"; {character:?} at position {position} is not one."
    )]
    SecretCharacter {
        /// The offending character.
        character: char,
        /// Its 1-based position in the secret.
        position: usize,
    },
    /// A secret whose checksum does not match: a typo, not a wrong secret.
    #[error(
        "The secret looks mistyped: its last 6 characters do not match the rest. Copy it again from where you stored it."
    )]
    SecretChecksum,
    /// A stored hash that is not 64 lowercase hex digits.
    #[error("A stored secret hash is 64 hexadecimal digits.")]
    MalformedSecretHash,

    /// An empty name.
    #[error("Enter a name for the access key.")]
    NameEmpty,
    /// A name over 64 characters.
    #[error("Use at most 64 characters; this name has {0}.")]
    NameTooLong(usize),
    /// A name with a control character (line break, tab, …).
    #[error("A name cannot contain control characters such as line breaks or tabs.")]
    NameControlCharacter,
    /// A name with an invisible or text-direction character.
    #[error(
        "A name cannot contain invisible or text-direction characters: {character} {after}. Remove it, or retype the name."
    )]
    NameInvisibleCharacter {
        /// The character, as "U+200B zero width space".
        character: String,
        /// Where it is: "after “hid”", or "at the start".
        after: String,
    },
    /// A name another access key already has.
    #[error("An access key named \"{0}\" already exists. Choose another name.")]
    NameTaken(String),

    /// An expiry period the account's policy does not allow.
    #[error("The account's policy does not allow this expiry period. Choose one of the periods offered.")]
    ExpiryNotAllowed,
    /// "Custom date" chosen without a date.
    #[error("Choose the date on which the key expires.")]
    CustomDateMissing,
    /// A custom date today or earlier.
    #[error("Choose a date after today.")]
    CustomDateNotInFuture,
    /// A custom date past the policy's maximum.
    #[error("The account's policy allows keys to live at most {max_days} days: choose {last_date} or earlier.")]
    CustomDateTooLate {
        /// The policy's maximum lifetime.
        max_days: u32,
        /// The last allowed date, as `YYYY-MM-DD`.
        last_date: String,
    },
    /// A policy that allows no period at all.
    #[error("Allow at least one expiry period.")]
    PolicyNothingAllowed,
    /// A policy whose default is not among its allowed periods.
    #[error("The default expiry period must be one of the allowed periods.")]
    PolicyDefaultNotAllowed,
    /// A policy whose custom-date maximum is below one day.
    #[error("The maximum for a custom date must be at least 1 day.")]
    PolicyMaximumTooSmall,
    /// A policy whose custom-date maximum is absurdly far away.
    #[error("The maximum for a custom date can be at most 3650 days (10 years).")]
    PolicyMaximumTooLarge,
    /// An access key whose secret does not match.
    #[error("The secret does not match this access key ID. Check that the ID and the secret belong together.")]
    SecretMismatch,
    /// An expired access key, and when it expired.
    #[error("{}", expired_text(&iso_date(.0.date_naive())))]
    KeyExpired(DateTime<Utc>),
    /// A deleted access key, and when it was deleted.
    #[error("{}", deleted_text(&iso_date(.0.date_naive())))]
    KeyDeleted(DateTime<Utc>),
    /// A disabled access key.
    #[error("This access key is disabled. Enable it from \"More options\" to use it again.")]
    KeyDisabled,
    /// An empty client name.
    #[error("Enter a client name, so you can tell this connection apart later.")]
    ClientNameEmpty,
    /// An unknown integration.
    #[error("There is no integration called {0:?}.")]
    UnknownIntegration(String),
    /// Connecting an integration that is connected.
    #[error("This integration is already connected.")]
    AlreadyConnected,
    /// No access key with this ID.
    #[error("No access key has the ID {0}. Check the ID for typos.")]
    UnknownAccessKey(String),

    /// The key acted on was deleted after the user last saw it.
    #[error("“{0}” was deleted in another tab, so nothing was changed.")]
    DeletedElsewhere(String),
    /// The key acted on was renamed after the user last saw it.
    #[error("“{was}” was renamed to “{now}” in another tab, so nothing was changed. Check the list and try again.")]
    RenamedElsewhere {
        /// The name the user saw.
        was: String,
        /// The name it has now.
        now: String,
    },
    /// The key acted on was given a new secret after the user last saw it.
    #[error("The secret of “{0}” was rotated in another tab, so nothing was changed. Check the list and try again.")]
    RotatedElsewhere(String),
    /// The key acted on was disabled after the user last saw it.
    #[error("“{0}” was disabled in another tab, so nothing was changed.")]
    DisabledElsewhere(String),
    /// The key acted on was enabled after the user last saw it.
    #[error("“{0}” was enabled in another tab, so nothing was changed.")]
    EnabledElsewhere(String),
    /// The description edited was changed elsewhere after the dialog opened.
    #[error(
        "The description of “{0}” was changed in another tab, so nothing was saved. Close this dialog and try again."
    )]
    DescriptionChangedElsewhere(String),
    /// The permissions edited were changed elsewhere after the dialog opened.
    #[error(
        "The permissions of “{0}” were changed in another tab, so nothing was saved. Close this dialog and try again."
    )]
    AccessChangedElsewhere(String),
    /// An attempt to change what a system-generated key may do.
    #[error("The permissions of a system-generated key are set by its integration and cannot be changed here.")]
    SystemKeyAccess,
    /// A reminder on a day that is not offered.
    #[error("Reminders can be set 60, 30, 14, 7 or 1 days before expiry; {0} days is not one of them.")]
    ReminderNotOffered(u32),
    /// The reminders were saved elsewhere after the form was filled in.
    #[error(
        "The expiry reminders were changed in another tab while you edited them, so your changes were not saved. \
         The form now shows the saved reminders."
    )]
    RemindersChangedElsewhere,
    /// The legacy API key acted on is gone.
    #[error("This API key was already deleted in another tab.")]
    ApiKeyDeletedElsewhere,
    /// The policy was saved elsewhere after the form was filled in.
    #[error(
        "The expiry policy was changed in another tab while you edited it, so your changes were not saved. \
         The form now shows the saved policy: make your changes again."
    )]
    PolicyChangedElsewhere,
    /// A description longer than 500 characters.
    #[error("A description can be at most 500 characters; this one has {0}.")]
    DescriptionTooLong(usize),
    /// A description with control characters other than line breaks and tabs.
    #[error("A description cannot contain control characters other than line breaks.")]
    DescriptionControlCharacter,
    /// A description with invisible or text-direction characters.
    #[error("A description cannot contain invisible or text-direction characters.")]
    DescriptionInvisibleCharacter,
    /// A client address the key's allowed IP addresses do not include.
    #[error("{0} is not in this key's allowed IP addresses.")]
    AddressNotAllowed(String),
    /// A client address that is not an IPv4 or IPv6 address.
    #[error("{0:?} is not an IP address; write it as 203.0.113.10 or 2001:db8::10.")]
    MalformedClientAddress(String),
    /// Restricted permissions with no access to any resource: the key could do nothing.
    #[error(
        "With no access to any resource, this key could do nothing. Choose Read or Read and write for at least one resource, or Full access."
    )]
    NoAccessAtAll,
    /// "Revoke old secret now" on a key whose old secret no longer works.
    #[error("This key has no old secret that still works: its grace period has ended.")]
    NoOldSecret,
    /// No client address was given.
    #[error("Enter the client's IP address, such as 203.0.113.10.")]
    ClientAddressEmpty,
    /// A file that is not a backup of this page.
    #[error("This file is not a Flowdeck backup.")]
    NotABackup,
    /// A backup whose content no longer matches its digest, or that cannot be read through.
    #[error("This backup has been changed or damaged since it was made.")]
    BackupDamaged,
    /// A backup in a format version newer than this page reads.
    #[error("This backup was made by a newer version of this page.")]
    BackupFromNewerVersion,
    /// A file over the size a backup is read up to.
    #[error("This file is larger than 50 MB, too large for a backup of this page.")]
    BackupTooLarge,
    /// A passphrase that does not open a locked backup.
    #[error("The passphrase does not open this backup.")]
    WrongPassphrase,
    /// An operation the key's permissions do not include; the message names what the key may do.
    #[error("{0}")]
    NotPermitted(String),
}

fn expired_text(date: &str) -> String {
    format!("This access key expired on {date}. Rotate its secret to give it a new expiry, or create a new access key.")
}

fn deleted_text(date: &str) -> String {
    format!("This access key was deleted on {date}, and the connections made with it were revoked.")
}

impl DomainError {
    /// The message, with any date in it written by `date` (as the page writes dates).
    pub fn describe_with(&self, date: impl Fn(DateTime<Utc>) -> String) -> String {
        match self {
            DomainError::KeyExpired(at) => expired_text(&date(*at)),
            DomainError::KeyDeleted(at) => deleted_text(&date(*at)),
            other => other.to_string(),
        }
    }

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
