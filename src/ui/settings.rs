//! The settings slice (Account settings): the expiry policy, the expiry reminders, backup and restore,
//! and the demo data,
//! the two forms sharing one [`stored_form::StoredForm`].

mod backup;
mod demo_data;
mod expiry_policy;
mod reminders;
pub mod restore_words;
pub mod stored_form;

pub use backup::BackupRestoreSection;
pub use demo_data::DemoDataSection;
pub use expiry_policy::ExpiryPolicySection;
pub use reminders::ExpiryRemindersSection;
