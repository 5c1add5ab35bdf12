//! The account's access keys with everything that hangs off them — connections, integrations and the
//! activity log — and the operations that change them together. Each operation is a method of the
//! borrowed [`WorkspaceView`] (one file per concern: [`keys`], [`credential_check`], [`integrations`],
//! [`activity`]) and returns the [`Changes`] to store; nothing here performs I/O.

mod activity;
mod changes;
mod credential_check;
mod integrations;
mod keys;

use chrono::{DateTime, Utc};

pub use activity::ActivityFilter;
pub use changes::Changes;
pub use credential_check::{ApiCall, EXAMPLE_CLIENT_ADDRESS};

use super::access_key::{AccessKey, AccessKeyId};
use super::connection::{ActivityEvent, ActivityKind, Connection};
use super::error::DomainError;
use super::integration::IntegrationLink;

/// Everything about the account's access keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workspace {
    /// The keys (hashes only).
    pub access_keys: Vec<AccessKey>,
    /// Every connection ever established, revoked ones included.
    pub connections: Vec<Connection>,
    /// The integrations' states.
    pub integrations: Vec<IntegrationLink>,
    /// The activity log, oldest first.
    pub activity: Vec<ActivityEvent>,
}

impl Workspace {
    /// Applies `changes` (what storage has just accepted).
    pub fn apply(&mut self, changes: &Changes) {
        changes.apply_to_keys(&mut self.access_keys);
        changes.apply_to_connections(&mut self.connections);
        changes.apply_to_integrations(&mut self.integrations);
        self.activity.extend(changes.events.iter().cloned());
    }

    /// The collections, borrowed: where the operations are.
    pub fn view(&self) -> WorkspaceView<'_> {
        WorkspaceView {
            access_keys: &self.access_keys,
            connections: &self.connections,
            integrations: &self.integrations,
            activity: &self.activity,
        }
    }
}

/// The account's collections, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct WorkspaceView<'a> {
    /// The keys (hashes only).
    pub access_keys: &'a [AccessKey],
    /// Every connection, revoked ones included.
    pub connections: &'a [Connection],
    /// The integrations' states.
    pub integrations: &'a [IntegrationLink],
    /// The activity log, oldest first.
    pub activity: &'a [ActivityEvent],
}

impl WorkspaceView<'_> {
    /// The key `id`.
    pub fn key(&self, id: &AccessKeyId) -> Result<&AccessKey, DomainError> {
        self.access_keys
            .iter()
            .find(|key| &key.id == id)
            .ok_or_else(|| DomainError::UnknownAccessKey(id.as_str().into()))
    }

    /// The key's connections that still work.
    pub fn active_connections(&self, id: &AccessKeyId) -> Vec<&Connection> {
        self.connections
            .iter()
            .filter(|c| &c.access_key_id == id && c.is_active())
            .collect()
    }

    /// The integration that owns the system key `id`, if any.
    pub fn integration_of(&self, id: &AccessKeyId) -> Option<&IntegrationLink> {
        self.integrations
            .iter()
            .find(|link| link.access_key_id.as_ref() == Some(id))
    }

    /// When the key `id` was deleted, if it was.
    pub fn deleted_at(&self, id: &AccessKeyId) -> Option<DateTime<Utc>> {
        self.activity
            .iter()
            .find(|e| &e.access_key_id == id && e.kind == ActivityKind::Deleted)
            .map(|e| e.at)
    }
}
