//! What the section tells before the list: keys expiring, keys unused, and reminders due as browser
//! notifications.

mod expiry_banner;
mod notifications;
mod unused_keys;

pub use expiry_banner::ExpiryBanner;
pub use notifications::notify_due_reminders;
pub use unused_keys::UnusedKeysNotice;
