//! The settings slice (Account settings): the expiry policy, the expiry reminders and the demo data,
//! the two forms sharing one [`stored_form::StoredForm`].

mod demo_data;
mod expiry_policy;
mod reminders;
pub mod stored_form;

pub use demo_data::DemoDataSection;
pub use expiry_policy::ExpiryPolicySection;
pub use reminders::ExpiryRemindersSection;
