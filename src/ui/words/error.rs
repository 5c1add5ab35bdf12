//! Errors in words: the domain's, storage's and the state's refusals are typed values (a variant and its
//! arguments); this is the one place they become sentences, in the page's language.

use chrono::{DateTime, Utc};

use super::resource;
use crate::browser::format;
use crate::domain::DomainError;
use crate::i18n::{m::words as m, number, t, tf};
use crate::state::ActionError;
use crate::storage::StorageError;

/// A refusal, in words.
pub trait Words {
    /// What the user reads.
    fn words(&self) -> String;
}

impl Words for DomainError {
    fn words(&self) -> String {
        error_with(self, format::date)
    }
}

impl Words for StorageError {
    fn words(&self) -> String {
        match self {
            StorageError::Unavailable(detail) => tf(m::STORAGE_UNAVAILABLE, [detail]),
            StorageError::QuotaExceeded => t(m::STORAGE_FULL).to_owned(),
            StorageError::WriteFailed(detail) => tf(m::STORAGE_WRITE_FAILED, [detail]),
            StorageError::ReadFailed(detail) => tf(m::STORAGE_READ_FAILED, [detail]),
            StorageError::ReadOnly(version) => tf(m::STORAGE_READ_ONLY, [&version.to_string()]),
            StorageError::Conflict => t(m::STORAGE_CONTENDED).to_owned(),
        }
    }
}

impl Words for ActionError {
    fn words(&self) -> String {
        match self {
            ActionError::Invalid(error) => error.words(),
            ActionError::Storage(error) => error.words(),
        }
    }
}

/// `error` in words, its dates written by `date` (the page writes them through `Intl`; a test may not).
pub fn error_with(error: &DomainError, date: impl Fn(DateTime<Utc>) -> String) -> String {
    use DomainError as E;
    let plain = |message| t(message).to_owned();
    match error {
        E::MalformedAccountId(value) => tf(m::MALFORMED_ACCOUNT_ID, [value]),
        E::MalformedDebugSessionKey => plain(m::MALFORMED_DEBUG_SESSION_KEY),
        E::MalformedAccountDomain(value) => tf(m::MALFORMED_ACCOUNT_DOMAIN, [value]),
        E::MalformedAccessKeyId => plain(m::MALFORMED_ACCESS_KEY_ID),
        E::SecretPrefix => plain(m::SECRET_PREFIX),
        E::SecretLength(length) => tf(m::SECRET_LENGTH, [&number(*length)]),
        E::SecretCharacter { character, position } => {
            tf(m::SECRET_CHARACTER, [&character.to_string(), &number(*position)])
        }
        E::SecretChecksum => plain(m::SECRET_CHECKSUM),
        E::MalformedSecretHash => plain(m::MALFORMED_SECRET_HASH),
        E::NameEmpty => plain(m::NAME_EMPTY),
        E::NameTooLong(length) => tf(m::NAME_TOO_LONG, [&number(*length)]),
        E::NameControlCharacter => plain(m::NAME_CONTROL_CHARACTER),
        E::NameInvisibleCharacter { character, before } => {
            let place = if before.is_empty() {
                t(m::AT_THE_START).to_owned()
            } else {
                tf(m::AFTER_TEXT, [before])
            };
            tf(m::NAME_INVISIBLE_CHARACTER, [&invisible(*character), &place])
        }
        E::NameTaken(name) => tf(m::NAME_TAKEN, [name]),
        E::ExpiryNotAllowed => plain(m::EXPIRY_NOT_ALLOWED),
        E::CustomDateMissing => plain(m::CUSTOM_DATE_MISSING),
        E::CustomDateNotInFuture => plain(m::CUSTOM_DATE_NOT_IN_FUTURE),
        E::CustomDateTooLate { max_days, last_date } => {
            tf(m::CUSTOM_DATE_TOO_LATE, [&number(*max_days as usize), last_date])
        }
        E::PolicyNothingAllowed => plain(m::POLICY_NOTHING_ALLOWED),
        E::PolicyDefaultNotAllowed => plain(m::POLICY_DEFAULT_NOT_ALLOWED),
        E::PolicyMaximumTooSmall => plain(m::POLICY_MAXIMUM_TOO_SMALL),
        E::PolicyMaximumTooLarge => plain(m::POLICY_MAXIMUM_TOO_LARGE),
        E::SecretMismatch => plain(m::SECRET_MISMATCH),
        E::KeyExpired(at) => tf(m::KEY_EXPIRED, [&date(*at)]),
        E::KeyDeleted(at) => tf(m::KEY_DELETED, [&date(*at)]),
        E::KeyDisabled => plain(m::KEY_DISABLED),
        E::ClientNameEmpty => plain(m::CLIENT_NAME_EMPTY),
        E::UnknownIntegration(name) => tf(m::UNKNOWN_INTEGRATION, [name]),
        E::AlreadyConnected => plain(m::ALREADY_CONNECTED),
        E::UnknownAccessKey(id) => tf(m::UNKNOWN_ACCESS_KEY, [id]),
        E::DeletedElsewhere(name) => tf(m::DELETED_ELSEWHERE, [name]),
        E::RenamedElsewhere { was, now } => tf(m::RENAMED_ELSEWHERE, [was, now]),
        E::RotatedElsewhere(name) => tf(m::ROTATED_ELSEWHERE, [name]),
        E::DisabledElsewhere(name) => tf(m::DISABLED_ELSEWHERE, [name]),
        E::EnabledElsewhere(name) => tf(m::ENABLED_ELSEWHERE, [name]),
        E::DescriptionChangedElsewhere(name) => tf(m::DESCRIPTION_CHANGED_ELSEWHERE, [name]),
        E::AccessChangedElsewhere(name) => tf(m::ACCESS_CHANGED_ELSEWHERE, [name]),
        E::SystemKeyAccess => plain(m::SYSTEM_KEY_ACCESS),
        E::ReminderNotOffered(days) => tf(m::REMINDER_NOT_OFFERED, [&number(*days as usize)]),
        E::RemindersChangedElsewhere => plain(m::REMINDERS_CHANGED_ELSEWHERE),
        E::ApiKeyDeletedElsewhere => plain(m::API_KEY_DELETED_ELSEWHERE),
        E::PolicyChangedElsewhere => plain(m::POLICY_CHANGED_ELSEWHERE),
        E::DescriptionTooLong(length) => tf(m::DESCRIPTION_TOO_LONG, [&number(*length)]),
        E::DescriptionControlCharacter => plain(m::DESCRIPTION_CONTROL_CHARACTER),
        E::DescriptionInvisibleCharacter => plain(m::DESCRIPTION_INVISIBLE_CHARACTER),
        E::AddressNotAllowed(address) => tf(m::ADDRESS_NOT_ALLOWED, [address]),
        E::MalformedClientAddress(address) => tf(m::MALFORMED_CLIENT_ADDRESS, [address]),
        E::NoAccessAtAll => plain(m::NO_ACCESS_AT_ALL),
        E::NoOldSecret => plain(m::NO_OLD_SECRET),
        E::ClientAddressEmpty => plain(m::CLIENT_ADDRESS_EMPTY),
        E::NotABackup => plain(m::NOT_A_BACKUP),
        E::BackupDamaged => plain(m::BACKUP_DAMAGED),
        E::BackupFromNewerVersion => plain(m::BACKUP_FROM_NEWER_VERSION),
        E::BackupTooLarge => plain(m::BACKUP_TOO_LARGE),
        E::WrongPassphrase => plain(m::WRONG_PASSPHRASE),
        E::NotPermitted {
            resource: what,
            can_read: true,
        } => tf(m::CAN_READ_NOT_WRITE, [t(resource(*what))]),
        E::NotPermitted {
            resource: what,
            can_read: false,
        } => tf(m::NO_ACCESS_TO, [t(resource(*what))]),
    }
}

/// An invisible character as a person can find it: "U+200B zero width space".
fn invisible(c: char) -> String {
    let name = match c {
        '\u{00AD}' => m::INVISIBLE_SOFT_HYPHEN,
        '\u{200B}' => m::INVISIBLE_ZERO_WIDTH_SPACE,
        '\u{200C}' => m::INVISIBLE_ZWNJ,
        '\u{200D}' => m::INVISIBLE_ZWJ,
        '\u{200E}' => m::INVISIBLE_LRM,
        '\u{200F}' => m::INVISIBLE_RLM,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => m::INVISIBLE_DIRECTION,
        '\u{2060}' => m::INVISIBLE_WORD_JOINER,
        '\u{FEFF}' => m::INVISIBLE_BOM,
        _ => m::INVISIBLE_OTHER,
    };
    format!("U+{:04X} {}", u32::from(c), t(name))
}
