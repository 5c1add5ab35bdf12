//! The access keys dialogs, one file each.

mod create;
mod delete;
mod disable;
mod permissions;
mod rename;
mod revoke_old;
mod rotate;
mod test;

pub use create::CreateAccessKeyDialog;
pub use delete::DeleteAccessKeysDialog;
pub use disable::DisableAccessKeyDialog;
pub use permissions::EditPermissionsDialog;
pub use rename::RenameAccessKeyDialog;
pub use revoke_old::RevokeOldSecretDialog;
pub use rotate::RotateSecretDialog;
pub use test::TestAccessKeyDialog;
