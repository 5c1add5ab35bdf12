//! The one error type of the domain; each message is what a user reads.

use thiserror::Error;

/// Everything a domain rule can refuse, worded for the person who typed or stored the value.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    /// An Account ID that is not `Ac` followed by 10 letters or digits.
    #[error("An Account ID is \"Ac\" followed by 10 letters or digits; got {0:?}.")]
    MalformedAccountId(String),
    /// A debug session key that is not 32 letters or digits.
    #[error("A debug session key is 32 letters or digits.")]
    MalformedDebugSessionKey,
    /// An account domain that is not a valid host name.
    #[error("An account domain is a host name such as acme.example.com; got {0:?}.")]
    MalformedAccountDomain(String),
}
