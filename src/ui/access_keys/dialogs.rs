//! The access keys dialogs, one file each.

mod create;
mod delete;
mod permissions;
mod rename;
mod rotate;
mod test;

pub use create::CreateAccessKeyDialog;
pub use delete::DeleteAccessKeysDialog;
pub use permissions::EditPermissionsDialog;
pub use rename::RenameAccessKeyDialog;
pub use rotate::RotateSecretDialog;
pub use test::TestAccessKeyDialog;
