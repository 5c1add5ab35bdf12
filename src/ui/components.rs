//! Reusable widgets: buttons that copy, menu buttons, confirmation dialogs.

pub mod confirm_dialog;
pub mod copy_button;
pub mod create_access_key_dialog;
pub mod credentials_reveal;
pub mod delete_access_keys_dialog;
pub mod menu_button;
pub mod modal;
pub mod more_options;
pub mod name_field;
pub mod relative_time;
pub mod rename_access_key_dialog;
pub mod rotate_secret_dialog;
pub mod secret_gone_alert;
pub mod secret_reveal;
pub mod test_access_key_dialog;
pub mod toasts;

pub use confirm_dialog::ConfirmDialog;
pub use copy_button::CopyButton;
pub use create_access_key_dialog::CreateAccessKeyDialog;
pub use credentials_reveal::CredentialsReveal;
pub use delete_access_keys_dialog::DeleteAccessKeysDialog;
pub use menu_button::{MenuButton, MenuItem};
pub use modal::Modal;
pub use more_options::MoreOptions;
pub use name_field::NameField;
pub use relative_time::RelativeTime;
pub use rename_access_key_dialog::RenameAccessKeyDialog;
pub use rotate_secret_dialog::RotateSecretDialog;
pub use secret_gone_alert::SecretGoneAlert;
pub use secret_reveal::{OneTimeSecret, SecretReveal};
pub use test_access_key_dialog::TestAccessKeyDialog;
pub use toasts::{ToastRegion, Toasts, expect_toasts, provide_toasts};
