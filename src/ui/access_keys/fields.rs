//! The fields of the access key forms.

mod allowed_ips;
mod description;
mod expiry;
mod name;
mod permissions;

pub use allowed_ips::AllowedIpsField;
pub use description::DescriptionField;
pub use expiry::ExpiryField;
pub use name::NameField;
pub use permissions::PermissionsField;
