//! The replica: what is stored becomes signals. Start-up opens the account, another tab's change is
//! re-read and *patched* in (only what changed is set), and a commit of this tab is applied as the
//! changes it stored, touching only the collections they name.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{AppState, KeyRow, Phase, Stored};
use crate::domain::{AccessKeyId, Changes, Connection};
use crate::storage::records::{Loaded, decode_snapshot};
use crate::storage::{AnyStore, StorageError, Store, open_account, open_best};

/// How often a refresh reads again when commits of this tab keep overtaking it.
const READS: usize = 4;

impl AppState {
    /// In the browser: opens the best storage, opens the account, and follows other tabs' changes.
    pub fn start(self) {
        spawn_local(async move {
            let (store, notice) = open_best().await;
            self.storage_notice
                .writer()
                .set(notice.map(|error| (store.kind(), error)));
            // Another tab saved something: show what is stored now.
            self.env().listen(Box::new(move || spawn_local(self.refresh())));
            self.open(store).await;
        });
    }

    /// Opens the account kept in `store` (see [`open_account`]) and shows it.
    pub async fn open(self, store: AnyStore) {
        let env = self.env();
        let outcome = open_account(&store, &mut env.random(), env.now()).await;
        // A large account is shown in a task of its own: reading and decoding it, then showing it, are not
        // one long task. Another tab's change announced meanwhile is read once the account is open (below).
        if outcome
            .as_ref()
            .is_ok_and(|opened| super::shown_in_steps(opened.loaded.access_keys.len(), opened.loaded.activity.len()))
        {
            env.pause().await;
        }
        self.storage_kind.writer().set(Some(store.kind()));
        self.store.set_value(Some(store));
        match outcome {
            Ok(opened) => {
                if opened.seeded {
                    env.announce();
                }
                self.read_only.writer().set(opened.read_only);
                self.adopt(opened.loaded);
                self.phase.writer().set(Phase::Ready);
                if self.missed_change.get_value() {
                    self.missed_change.set_value(false);
                    self.refresh().await;
                }
            }
            Err(error) => self.phase.writer().set(Phase::Failed(error)),
        }
    }

    /// Re-reads storage and shows what changed (after another tab saved). Nothing on screen that is
    /// still as stored is touched.
    pub async fn refresh(self) {
        let Some(store) = self.store.get_value() else {
            // Not open yet: `open` reads again when it is.
            self.missed_change.set_value(true);
            return;
        };
        for _ in 0..READS {
            let epoch = self.epoch.get_value();
            let Ok(raw) = store.load_all().await else { return };
            if self.epoch.get_value() != epoch {
                // A commit of this tab landed while reading: read again, or it would be undone on screen.
                continue;
            }
            let loaded = decode_snapshot(&raw);
            if loaded.revision != self.revision.get_value() {
                self.adopt(loaded);
            }
            return;
        }
    }

    /// Re-reads everything stored and adopts it.
    pub(super) async fn reload(self, store: &AnyStore) -> Result<(), StorageError> {
        self.adopt(decode_snapshot(&store.load_all().await?));
        Ok(())
    }

    /// Adopts the snapshot `loaded`, setting only the signals whose value changed.
    pub(super) fn adopt(self, loaded: Loaded) {
        fn patch<T: PartialEq + Send + Sync + 'static>(signal: Stored<T>, value: T) {
            let signal = signal.writer();
            if signal.with_untracked(|now| now != &value) {
                signal.set(value);
            }
        }
        self.revision.set_value(loaded.revision);
        self.epoch.update_value(|epoch| *epoch += 1);
        let mut grouped = group_connections(&loaded.connections);
        self.key_rows.patch(loaded.access_keys.iter().map(|key| {
            let row = KeyRow {
                key: key.clone(),
                connections: grouped.remove(&key.id).unwrap_or_default(),
            };
            (key.id.clone(), row)
        }));
        patch(self.account, loaded.account);
        patch(self.access_keys, loaded.access_keys);
        patch(self.api_keys, loaded.api_keys);
        patch(self.connections, loaded.connections);
        patch(self.integrations, loaded.integrations);
        patch(self.activity, loaded.activity);
        patch(self.quarantined, loaded.quarantined);
        patch(self.policy, loaded.policy.unwrap_or_default());
        patch(self.reminders, loaded.reminders.unwrap_or_default());
    }

    /// Shows what storage has just accepted, touching only the collections it changed.
    pub(super) fn apply(self, changes: &Changes) {
        for key in &changes.put_keys {
            let connections = self
                .key_rows
                .get(&key.id)
                .map(|row| row.with_untracked(|row| row.connections.clone()))
                .unwrap_or_default();
            let row = KeyRow {
                key: key.clone(),
                connections,
            };
            self.key_rows.put(key.id.clone(), row);
        }
        if !changes.put_keys.is_empty() || !changes.deleted_keys.is_empty() {
            self.access_keys.writer().update(|keys| changes.apply_to_keys(keys));
        }
        if !changes.connections.is_empty() {
            self.connections
                .writer()
                .update(|all| changes.apply_to_connections(all));
            // Regroup only the keys whose connections changed.
            let mut touched = HashSet::new();
            touched.extend(changes.connections.iter().map(|c| &c.access_key_id));
            self.connections.with_untracked(|all| {
                let mut grouped = group_connections(all.iter().filter(|c| touched.contains(&c.access_key_id)));
                for id in touched {
                    if let Some(row) = self.key_rows.get(id) {
                        let connections = grouped.remove(id).unwrap_or_default();
                        if row.with_untracked(|row| row.connections != connections) {
                            row.update(|row| row.connections = connections);
                        }
                    }
                }
            });
        }
        for id in &changes.deleted_keys {
            self.key_rows.remove(id);
        }
        if !changes.integrations.is_empty() {
            self.integrations
                .writer()
                .update(|all| changes.apply_to_integrations(all));
        }
        if !changes.events.is_empty() {
            self.activity
                .writer()
                .update(|log| log.extend(changes.events.iter().cloned()));
        }
    }
}

/// Connections by access key ID, each key's active ones first, then newest first.
fn group_connections<'a>(
    connections: impl IntoIterator<Item = &'a Connection>,
) -> HashMap<AccessKeyId, Vec<Connection>> {
    let mut sorted: Vec<&Connection> = connections.into_iter().collect();
    crate::domain::sort::sort_by_key(&mut sorted, |c| {
        (c.revoked_at.is_some(), std::cmp::Reverse(c.established_at))
    });
    let mut grouped: HashMap<AccessKeyId, Vec<Connection>> = HashMap::new();
    for connection in sorted {
        grouped
            .entry(connection.access_key_id.clone())
            .or_default()
            .push(connection.clone());
    }
    grouped
}
