//! The sections of the API authentication page.

mod access_key_row;
mod access_keys;
mod access_keys_pager;
mod access_keys_table;
mod access_keys_toolbar;
mod account_identifiers;
mod activity_log;
mod api_keys;
mod debug_session_key;
mod expiry_banner;
mod expiry_policy;
mod expiry_reminders;
mod leak_check_dialog;
mod unused_keys_notice;

pub use access_keys::AccessKeysSection;
pub use account_identifiers::AccountIdentifiersSection;
pub use activity_log::ActivityLogSection;
pub use api_keys::ApiKeysSection;
pub use debug_session_key::DebugSessionKeySection;
pub use expiry_policy::ExpiryPolicySection;
pub use expiry_reminders::ExpiryRemindersSection;
