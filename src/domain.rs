//! The pure core: identifiers, formats and rules. No I/O; time and randomness are parameters.

pub mod account;
pub mod demo;
pub mod error;
pub mod random;

pub use account::{Account, AccountDomain, AccountId, DebugSessionKey};
pub use error::DomainError;
pub use random::{Random, SeededRandom};
