//! The access keys slice: the section, its list, notices, fields, dialogs and the one-time secret flow,
//! around one controller ([`view::AccessKeysView`]) and one enum of actions ([`actions::KeyAction`]).

pub mod actions;
pub mod dialogs;
pub mod fields;
pub mod list;
pub mod notices;
pub mod secret;
mod section;
pub mod view;
pub mod words;

pub use dialogs::CreateAccessKeyDialog;
pub use section::{ACCESS_KEYS_ID, AccessKeysSection, CreateAccessKeyButton, provide_access_keys};
