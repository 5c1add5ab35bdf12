//! Reusable widgets: buttons that copy, menu buttons, confirmation dialogs.

pub mod confirm_dialog;
pub mod copy_button;
pub mod create_access_key_dialog;
pub mod menu_button;
pub mod name_field;
pub mod relative_time;
pub mod rename_access_key_dialog;
pub mod test_access_key_dialog;

pub use confirm_dialog::ConfirmDialog;
pub use copy_button::CopyButton;
pub use create_access_key_dialog::CreateAccessKeyDialog;
pub use menu_button::{MenuAction, MenuButton, MenuEntry};
pub use name_field::NameField;
pub use relative_time::RelativeTime;
pub use rename_access_key_dialog::RenameAccessKeyDialog;
pub use test_access_key_dialog::TestAccessKeyDialog;
