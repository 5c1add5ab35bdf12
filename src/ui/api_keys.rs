//! The legacy API keys slice: the section, its confirmations, and the equivalent access key that
//! replaces a key (through the access keys slice's create dialog).

mod section;

pub use section::ApiKeysSection;
