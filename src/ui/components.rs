//! Reusable widgets: buttons that copy, menu buttons, confirmation dialogs.

pub mod confirm_dialog;
pub mod copy_button;
pub mod menu_button;

pub use confirm_dialog::ConfirmDialog;
pub use copy_button::CopyButton;
pub use menu_button::{MenuAction, MenuButton, MenuEntry};
