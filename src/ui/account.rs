//! The account slice: the account's identifiers and its debug session key.

mod debug_session_key;
mod identifiers;

pub use debug_session_key::DebugSessionKeySection;
pub use identifiers::AccountIdentifiersSection;
