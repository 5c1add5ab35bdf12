//! The write set of a workspace operation.

use crate::domain::access_key::{AccessKey, AccessKeyId};
use crate::domain::connection::{ActivityEvent, Connection};
use crate::domain::integration::IntegrationLink;

/// What an operation changes: records to store (insert or replace) and keys to remove.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Keys to store.
    pub put_keys: Vec<AccessKey>,
    /// Keys to remove.
    pub deleted_keys: Vec<AccessKeyId>,
    /// Connections to store.
    pub connections: Vec<Connection>,
    /// Integration states to store.
    pub integrations: Vec<IntegrationLink>,
    /// Activity entries to add.
    pub events: Vec<ActivityEvent>,
}

impl Changes {
    /// Adds `more` to these changes (a batch of operations that do not interact).
    pub fn extend(&mut self, more: Changes) {
        // Destructured, so that a field added to `Changes` cannot be forgotten here.
        let Changes {
            put_keys,
            deleted_keys,
            connections,
            integrations,
            events,
        } = more;
        self.put_keys.extend(put_keys);
        self.deleted_keys.extend(deleted_keys);
        self.connections.extend(connections);
        self.integrations.extend(integrations);
        self.events.extend(events);
    }

    /// Applies the key changes to `keys`: stored keys replaced or added, deleted ones removed.
    pub fn apply_to_keys(&self, keys: &mut Vec<AccessKey>) {
        for key in &self.put_keys {
            upsert(keys, key, |a, b| a.id == b.id);
        }
        keys.retain(|key| !self.deleted_keys.contains(&key.id));
    }

    /// Applies the connection changes to `connections`.
    pub fn apply_to_connections(&self, connections: &mut Vec<Connection>) {
        for connection in &self.connections {
            upsert(connections, connection, |a, b| a.id == b.id);
        }
    }

    /// Applies the integration changes to `links`.
    pub fn apply_to_integrations(&self, links: &mut Vec<IntegrationLink>) {
        for link in &self.integrations {
            upsert(links, link, |a, b| a.integration == b.integration);
        }
    }
}

fn upsert<T: Clone>(items: &mut Vec<T>, item: &T, same: impl Fn(&T, &T) -> bool) {
    match items.iter_mut().find(|existing| same(existing, item)) {
        Some(existing) => *existing = item.clone(),
        None => items.push(item.clone()),
    }
}
