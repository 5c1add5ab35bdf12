//! The pure core: identifiers, formats and rules. No I/O; time and randomness are parameters.

pub mod access_key;
pub mod account;
pub mod api_key;
pub mod backup;
pub mod connection;
pub mod credentials_file;
pub mod dates;
pub mod demo;
pub mod error;
pub mod expiry;
pub mod ids;
pub mod integration;
pub mod json;
pub mod key_list;
pub mod leak_check;
pub mod network;
pub mod permissions;
pub mod random;
pub mod reminders;
pub mod secret;
pub mod sort;
pub mod text;
pub mod workspace;

pub use access_key::{AccessKey, AccessKeyId, AccessKeyName, NewAccessKey};
pub use account::{Account, AccountDomain, AccountId, DebugSessionKey};
pub use api_key::ApiKey;
pub use connection::{ActivityEvent, ActivityKind, Actor, Connection};
pub use error::DomainError;
pub use expiry::{ExpiryPeriod, ExpiryPolicy, ExpiryStatus};
pub use ids::{ApiKeyId, ConnectionId, IntegrationId};
pub use integration::{Integration, IntegrationLink};
pub use random::{Random, SeededRandom};
pub use secret::{AccessKeySecret, SecretHash};
pub use workspace::{Changes, Workspace, WorkspaceView};
