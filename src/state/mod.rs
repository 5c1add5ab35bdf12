//! The app's reactive state and the operations the UI calls. Effects only sync outward.
//!
//! Every operation is computed on the state this tab holds *and* committed against the revision that
//! state was read at ([`Revision`]): if another tab saved in between, storage refuses the batch, the
//! state re-reads what is stored, shows it, and computes the operation again on it. So an operation
//! never resurrects or clobbers: a key deleted elsewhere is refused as deleted, a name taken elsewhere as
//! taken. Operations on a key the user saw take that key as `seen` and are refused, with the reason, when
//! it was renamed, rotated, disabled, enabled or deleted since.

mod env;
mod keyed;

use leptos::prelude::*;
use leptos::task::spawn_local;

use chrono::{DateTime, NaiveDate, Utc};
use thiserror::Error;

pub use env::{Env, SharedRandom};
pub use keyed::Keyed;

use crate::browser::broadcast;
use crate::domain::access_key::{KeySettings, as_seen};
use crate::domain::demo::demo_data;
use crate::domain::network::AllowedIps;
use crate::domain::permissions::Permissions;
use crate::domain::reminders::ExpiryReminders;
use crate::domain::workspace::ApiCall;
use crate::domain::{
    AccessKey, AccessKeyId, Account, ActivityEvent, ApiKey, ApiKeyId, Changes, Connection, DomainError, ExpiryPeriod,
    ExpiryPolicy, IntegrationId, IntegrationLink, NewAccessKey, Records, WorkspaceView,
};
use crate::storage::records::{Loaded, QuarantinedRecord, changes_writes, decode_snapshot, demo_writes};
use crate::storage::{
    AnyStore, Collection, Revision, StorageError, StorageKind, Store, Write, open_account, open_best,
};

/// How often an operation is computed again when other tabs keep committing first.
const ATTEMPTS: usize = 4;

/// Why an operation did nothing; the message is what the user reads.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ActionError {
    /// The input broke a rule, or what it was based on changed elsewhere.
    #[error(transparent)]
    Invalid(#[from] DomainError),
    /// Storage refused; nothing changed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Where start-up is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Storage is being opened and read.
    Loading,
    /// The account is on screen.
    Ready,
    /// Start-up failed; the message says why.
    Failed(String),
}

/// One row of the access keys table: the key and its connections (active first, newest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRow {
    /// The key, as stored.
    pub key: AccessKey,
    /// Its connections, revoked ones included.
    pub connections: Vec<Connection>,
}

/// What an operation stores: the domain's changes, plus raw writes for what only storage knows of.
struct Planned<T> {
    changes: Changes,
    extra: Vec<Write>,
    outcome: T,
}

impl<T> Planned<T> {
    fn of(changes: Changes, outcome: T) -> Self {
        Self {
            changes,
            extra: Vec::new(),
            outcome,
        }
    }
}

/// An operation's plan: what to store, computed on what this tab holds at `now` with `rng`.
type Plan<'a, T> = dyn FnMut(DateTime<Utc>, &mut SharedRandom) -> Result<Planned<T>, ActionError> + 'a;

/// The app's state, shared through context. It is `Copy`: every field is a reactive handle.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Start-up progress.
    pub phase: RwSignal<Phase>,
    /// The account, once loaded.
    pub account: RwSignal<Option<Account>>,
    /// The access keys (hashes only), in storage order: for what spans them all (order, search, banner).
    pub access_keys: RwSignal<Vec<AccessKey>>,
    /// The same keys by ID with their connections, one signal each, for the rows that show them. It
    /// holds every key of `access_keys` and is patched first, so a listed ID always has its row.
    pub key_rows: Keyed<AccessKeyId, KeyRow>,
    /// Every connection, revoked ones included.
    pub connections: RwSignal<Vec<Connection>>,
    /// The integrations' states.
    pub integrations: RwSignal<Vec<IntegrationLink>>,
    /// The activity log, oldest first.
    pub activity: RwSignal<Vec<ActivityEvent>>,
    /// The legacy API keys.
    pub api_keys: RwSignal<Vec<ApiKey>>,
    /// The account-level expiry policy.
    pub policy: RwSignal<ExpiryPolicy>,
    /// The days before expiry the account is reminded.
    pub reminders: RwSignal<ExpiryReminders>,
    /// Set when the data comes from a newer version of the app: nothing may be written.
    pub read_only: RwSignal<Option<u32>>,
    /// Records set aside because they could not be read.
    pub quarantined: RwSignal<Vec<QuarantinedRecord>>,
    /// Which storage holds the data.
    pub storage_kind: RwSignal<Option<StorageKind>>,
    /// Why the primary storage is not in use, if it is not.
    pub storage_notice: RwSignal<Option<String>>,
    store: StoredValue<Option<AnyStore>, LocalStorage>,
    env: StoredValue<Env, LocalStorage>,
    /// The stored revision that what is on screen was read at (or committed as).
    revision: StoredValue<Revision, LocalStorage>,
    /// Counts the changes of what is on screen, so a read that a commit overtook is not shown.
    epoch: StoredValue<u64, LocalStorage>,
}

impl AppState {
    /// Fresh state over `env`, nothing loaded.
    pub fn new(env: Env) -> Self {
        Self {
            phase: RwSignal::new(Phase::Loading),
            account: RwSignal::new(None),
            access_keys: RwSignal::new(Vec::new()),
            key_rows: Keyed::new(),
            api_keys: RwSignal::new(Vec::new()),
            connections: RwSignal::new(Vec::new()),
            integrations: RwSignal::new(Vec::new()),
            activity: RwSignal::new(Vec::new()),
            policy: RwSignal::new(ExpiryPolicy::default()),
            reminders: RwSignal::new(ExpiryReminders::default()),
            storage_kind: RwSignal::new(None),
            read_only: RwSignal::new(None),
            quarantined: RwSignal::new(Vec::new()),
            storage_notice: RwSignal::new(None),
            store: StoredValue::new_local(None),
            env: StoredValue::new_local(env),
            revision: StoredValue::new_local(Revision::default()),
            epoch: StoredValue::new_local(0),
        }
    }

    /// The environment (clock, time zone, randomness).
    pub fn env(self) -> Env {
        self.env.get_value()
    }

    /// In the browser: opens the best storage, opens the account, and follows other tabs' changes.
    pub fn start(self) {
        spawn_local(async move {
            let (store, notice) = open_best().await;
            self.storage_notice
                .set(notice.map(|error| describe_fallback(store.kind(), &error)));
            // Another tab saved something: show what is stored now.
            broadcast::listen(move || spawn_local(self.refresh()));
            self.open(store).await;
        });
    }

    /// Opens the account kept in `store` (see [`open_account`]) and shows it.
    pub async fn open(self, store: AnyStore) {
        let env = self.env();
        let outcome = open_account(&store, &mut env.random(), env.now()).await;
        self.storage_kind.set(Some(store.kind()));
        self.store.set_value(Some(store));
        match outcome {
            Ok(opened) => {
                if opened.seeded {
                    env.announce();
                }
                self.read_only.set(opened.read_only);
                self.show(opened.loaded);
                self.phase.set(Phase::Ready);
            }
            Err(error) => self.phase.set(Phase::Failed(error.to_string())),
        }
    }

    /// Re-reads storage and shows what changed (after another tab saved). Nothing on screen that is
    /// still as stored is touched.
    pub async fn refresh(self) {
        let Some(store) = self.store.get_value() else { return };
        for _ in 0..ATTEMPTS {
            let epoch = self.epoch.get_value();
            let Ok(raw) = store.load_all().await else { return };
            if self.epoch.get_value() != epoch {
                // A commit of this tab landed while reading: read again, or it would be undone on screen.
                continue;
            }
            let loaded = decode_snapshot(&raw);
            if loaded.revision != self.revision.get_value() {
                self.show(loaded);
            }
            return;
        }
    }

    /// Shows `loaded`, setting only the signals whose value changed.
    fn show(self, loaded: Loaded) {
        fn patch<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
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

    fn store(self) -> Result<AnyStore, StorageError> {
        if let Some(version) = self.read_only.get_untracked() {
            return Err(StorageError::ReadOnly(version));
        }
        self.store
            .get_value()
            .ok_or_else(|| StorageError::Unavailable("storage is still opening.".into()))
    }

    /// What happened to the key the user saw as `seen` since (deleted, renamed, rotated, disabled or
    /// enabled elsewhere), in the words the user reads; `None` while it is as seen, or nothing is seen.
    /// Follows the stored keys as they change.
    pub fn changed_elsewhere(self, seen: RwSignal<Option<AccessKey>>) -> Memo<Option<String>> {
        self.changed_elsewhere_by(seen, as_seen)
    }

    /// [`AppState::changed_elsewhere`] by another rule of what counts as changed (such as
    /// [`crate::domain::access_key::access_as_seen`], which also watches the permissions).
    pub fn changed_elsewhere_by(
        self,
        seen: RwSignal<Option<AccessKey>>,
        check: for<'a> fn(&'a [AccessKey], &AccessKey) -> Result<&'a AccessKey, DomainError>,
    ) -> Memo<Option<String>> {
        Memo::new(move |_| {
            seen.with(|seen| {
                let seen = seen.as_ref()?;
                self.access_keys
                    .with(|keys| check(keys, seen).err().map(|error| error.to_string()))
            })
        })
    }

    /// Runs `read` on the keys and what hangs off them as this tab holds them, borrowed (untracked).
    pub fn with_workspace<R>(self, read: impl FnOnce(WorkspaceView<'_>) -> R) -> R {
        self.access_keys.with_untracked(|access_keys| {
            self.connections.with_untracked(|connections| {
                self.integrations.with_untracked(|integrations| {
                    self.activity.with_untracked(|activity| {
                        read(WorkspaceView {
                            access_keys,
                            connections,
                            integrations,
                            activity,
                        })
                    })
                })
            })
        })
    }

    /// Computes `plan` on what this tab holds and commits it against the revision that was read at. If
    /// another tab committed first, re-reads, shows what is stored and computes again; a refusal from
    /// `plan` (on fresh data, when it came to that) is returned and nothing is written.
    async fn transact<T>(
        self,
        mut plan: impl FnMut(DateTime<Utc>, &mut SharedRandom) -> Result<Planned<T>, ActionError>,
    ) -> Result<T, ActionError> {
        // One copy of the retry loop per outcome type rather than one per operation: the loop and its
        // storage calls are the same for every operation (measured: several KB of the download).
        self.transact_dyn(&mut plan).await
    }

    async fn transact_dyn<T>(self, plan: &mut Plan<'_, T>) -> Result<T, ActionError> {
        let store = self.store()?;
        let env = self.env();
        let mut attempt = 0;
        loop {
            attempt += 1;
            let based_on = self.revision.get_value();
            let planned = plan(env.now(), &mut env.random())?;
            let mut writes = changes_writes(&planned.changes)?;
            writes.extend(planned.extra.iter().cloned());
            match store.commit(&writes, based_on).await {
                Ok(revision) => {
                    // If a read showed a newer state meanwhile, it already holds this commit.
                    if self.revision.get_value() == based_on {
                        self.apply(&planned.changes);
                        self.revision.set_value(revision);
                        self.epoch.update_value(|epoch| *epoch += 1);
                    }
                    env.announce();
                    return Ok(planned.outcome);
                }
                Err(StorageError::Conflict) if attempt < ATTEMPTS => {
                    self.show(decode_snapshot(&store.load_all().await?));
                }
                Err(error) => return Err(error.into()),
            }
        }
    }

    /// Shows what storage has just accepted, touching only the collections it changed.
    fn apply(self, changes: &Changes) {
        fn upsert<T: Clone>(items: &mut Vec<T>, item: &T, same: impl Fn(&T, &T) -> bool) {
            match items.iter_mut().find(|existing| same(existing, item)) {
                Some(existing) => *existing = item.clone(),
                None => items.push(item.clone()),
            }
        }
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
            self.access_keys.update(|keys| {
                for key in &changes.put_keys {
                    upsert(keys, key, |a, b| a.id == b.id);
                }
                keys.retain(|key| !changes.deleted_keys.contains(&key.id));
            });
        }
        if !changes.connections.is_empty() {
            self.connections.update(|all| {
                for connection in &changes.connections {
                    upsert(all, connection, |a, b| a.id == b.id);
                }
            });
            // Regroup only the keys whose connections changed.
            let touched: std::collections::BTreeSet<&AccessKeyId> =
                changes.connections.iter().map(|c| &c.access_key_id).collect();
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
            self.integrations.update(|all| {
                for link in &changes.integrations {
                    upsert(all, link, |a, b| a.integration == b.integration);
                }
            });
        }
        if !changes.events.is_empty() {
            self.activity.update(|log| log.extend(changes.events.iter().cloned()));
        }
        if !changes.deleted_api_keys.is_empty() {
            self.api_keys
                .update(|keys| keys.retain(|key| !changes.deleted_api_keys.contains(&key.id)));
        }
        if let Some(policy) = &changes.policy {
            self.policy.set(policy.clone());
        }
        if let Some(reminders) = &changes.reminders {
            self.reminders.set(reminders.clone());
        }
    }

    /// Deletes the records set aside as unreadable, for good.
    pub async fn discard_quarantine(self) -> Result<(), ActionError> {
        self.transact(|_, _| {
            Ok(Planned {
                changes: Changes::default(),
                extra: vec![Write::Clear {
                    collection: Collection::Quarantine,
                }],
                outcome: (),
            })
        })
        .await?;
        self.quarantined.set(Vec::new());
        Ok(())
    }

    /// Replaces everything stored with a fresh demo account.
    pub async fn reset_demo(self) -> Result<(), ActionError> {
        let store = self.store()?;
        self.transact(|now, rng| {
            let demo = demo_data(rng, now);
            Ok(Planned {
                changes: Changes::default(),
                extra: demo_writes(&demo)?,
                outcome: (),
            })
        })
        .await?;
        self.show(decode_snapshot(&store.load_all().await?));
        Ok(())
    }

    /// Creates an access key with `settings` and stores it (hash only) *before* returning the secret, so
    /// a secret that is shown always works. The name must be free among the keys as stored.
    pub async fn create_access_key(
        self,
        name: &str,
        period: ExpiryPeriod,
        custom_date: Option<NaiveDate>,
        settings: &KeySettings,
    ) -> Result<NewAccessKey, ActionError> {
        let offset = self.env().local_offset();
        self.transact(|now, rng| {
            let expires_at = self
                .policy
                .with_untracked(|policy| policy.expires_at(period, custom_date, now, offset))?;
            let (changes, created) = self.with_workspace(|w| w.create_key(name, expires_at, settings, now, rng))?;
            Ok(Planned::of(changes, created))
        })
        .await
    }

    /// Renames the access key the user saw as `seen`.
    pub async fn rename_access_key(self, seen: &AccessKey, name: &str) -> Result<(), ActionError> {
        self.transact(|now, rng| {
            let changes = self.with_workspace(|w| {
                w.as_seen(seen)?;
                w.rename_key(&seen.id, name, now, rng)
            })?;
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Gives the access key the user saw as `seen` a name and a description (the Rename dialog). Refused
    /// when its description changed elsewhere since, as well as for what [`as_seen`] refuses.
    pub async fn save_details(self, seen: &AccessKey, name: &str, description: &str) -> Result<(), ActionError> {
        self.transact(|now, rng| {
            let changes = self.with_workspace(|w| {
                w.description_as_seen(seen)?;
                w.edit_details(&seen.id, name, description, now, rng)
            })?;
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Sets what the access key the user saw as `seen` may do and where from. Refused when its
    /// permissions or addresses changed elsewhere since, as well as for what [`as_seen`] refuses.
    pub async fn set_access(
        self,
        seen: &AccessKey,
        permissions: &Permissions,
        allowed_ips: &AllowedIps,
    ) -> Result<(), ActionError> {
        self.transact(|now, rng| {
            let changes = self.with_workspace(|w| {
                w.access_as_seen(seen)?;
                w.set_access(&seen.id, permissions, allowed_ips, now, rng)
            })?;
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Deletes the access keys the user saw as `seen` in one atomic batch, revoking their connections.
    /// If any of them changed since, none is deleted.
    pub async fn delete_access_keys(self, seen: &[AccessKey]) -> Result<(), ActionError> {
        let ids: Vec<_> = seen.iter().map(|key| key.id.clone()).collect();
        self.transact(|now, rng| {
            let changes = self.with_workspace(|w| {
                for key in seen {
                    w.as_seen(key)?;
                }
                w.delete_keys(&ids, now, rng)
            })?;
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Switches the access key the user saw as `seen` off or on again.
    pub async fn set_disabled(self, seen: &AccessKey, disabled: bool) -> Result<(), ActionError> {
        self.transact(|now, rng| {
            let changes = self.with_workspace(|w| {
                w.as_seen(seen)?;
                w.set_disabled(&seen.id, disabled, now, rng)
            })?;
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Switches off the access keys the user saw as `seen` in one atomic batch ("Disable all"). If any
    /// of them changed since, none is disabled.
    pub async fn disable_access_keys(self, seen: &[AccessKey]) -> Result<(), ActionError> {
        let ids: Vec<_> = seen.iter().map(|key| key.id.clone()).collect();
        self.transact(|now, rng| {
            let changes = self.with_workspace(|w| {
                for key in seen {
                    w.as_seen(key)?;
                }
                w.disable_keys(&ids, now, rng)
            })?;
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Gives the access key the user saw as `seen` a new secret, stored (hash only) before it is
    /// returned; the old secret keeps working for `grace`.
    pub async fn rotate_access_key(
        self,
        seen: &AccessKey,
        grace: chrono::Duration,
    ) -> Result<NewAccessKey, ActionError> {
        self.transact(|now, rng| {
            let (changes, rotated) = self.with_workspace(|w| {
                w.as_seen(seen)?;
                w.rotate_key(&seen.id, grace, now, rng)
            })?;
            Ok(Planned::of(changes, rotated))
        })
        .await
    }

    /// Checks an ID + secret pair and `call` as the API would, establishing a connection for its
    /// client. A refusal of a call with an existing key is recorded in that key's activity log.
    pub async fn authenticate(self, id: &str, secret: &str, call: &ApiCall<'_>) -> Result<Connection, ActionError> {
        let outcome = self
            .transact(|now, rng| {
                self.with_workspace(|w| match w.authenticate(id, secret, call, now, rng) {
                    Ok((changes, connection)) => Ok(Planned::of(changes, Ok(connection))),
                    Err(error) => match w.refusal(id, call, &error, now, rng) {
                        Some(changes) => Ok(Planned::of(changes, Err(error))),
                        None => Err(error.into()),
                    },
                })
            })
            .await?;
        Ok(outcome?)
    }

    /// Connects an integration (a system-generated key and a connection).
    pub async fn connect_integration(self, integration: &IntegrationId) -> Result<(), ActionError> {
        self.transact(|now, rng| {
            Ok(Planned::of(
                self.with_workspace(|w| w.connect_integration(integration, now, rng))?,
                (),
            ))
        })
        .await
    }

    /// Disconnects an integration (its connection revoked, its key deleted).
    pub async fn disconnect_integration(self, integration: &IntegrationId) -> Result<(), ActionError> {
        self.transact(|now, rng| {
            Ok(Planned::of(
                self.with_workspace(|w| w.disconnect_integration(integration, now, rng))?,
                (),
            ))
        })
        .await
    }

    /// Deletes the legacy API key `id` for good.
    pub async fn delete_api_key(self, id: &ApiKeyId) -> Result<(), ActionError> {
        self.transact(|_, _| {
            if !self
                .api_keys
                .with_untracked(|keys| keys.iter().any(|key| key.id == *id))
            {
                return Err(DomainError::ApiKeyDeletedElsewhere.into());
            }
            let changes = Changes {
                deleted_api_keys: vec![id.clone()],
                ..Changes::default()
            };
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Validates and saves the account's expiry policy, if the stored one is still `seen` (what the
    /// form was filled in from). Existing keys are left exactly as they are.
    pub async fn save_policy(self, seen: &ExpiryPolicy, policy: ExpiryPolicy) -> Result<(), ActionError> {
        policy.validate()?;
        self.transact(|_, _| {
            if self.policy.with_untracked(|stored| stored != seen) {
                return Err(DomainError::PolicyChangedElsewhere.into());
            }
            let changes = Changes {
                policy: Some(policy.clone()),
                ..Changes::default()
            };
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Saves the days before expiry the account is reminded, if the stored ones are still `seen`
    /// (what the form was filled in from).
    pub async fn save_reminders(self, seen: &ExpiryReminders, reminders: ExpiryReminders) -> Result<(), ActionError> {
        self.transact(|_, _| {
            if self.reminders.with_untracked(|stored| stored != seen) {
                return Err(DomainError::RemindersChangedElsewhere.into());
            }
            let changes = Changes {
                reminders: Some(reminders.clone()),
                ..Changes::default()
            };
            Ok(Planned::of(changes, ()))
        })
        .await
    }
}

/// Connections by access key ID, each key's active ones first, then newest first.
fn group_connections<'a>(
    connections: impl IntoIterator<Item = &'a Connection>,
) -> std::collections::BTreeMap<AccessKeyId, Vec<Connection>> {
    let mut sorted: Vec<&Connection> = connections.into_iter().collect();
    sorted.sort_by_key(|c| (c.revoked_at.is_some(), std::cmp::Reverse(c.established_at)));
    let mut grouped: std::collections::BTreeMap<AccessKeyId, Vec<Connection>> = std::collections::BTreeMap::new();
    for connection in sorted {
        grouped
            .entry(connection.access_key_id.clone())
            .or_default()
            .push(connection.clone());
    }
    grouped
}

fn describe_fallback(kind: StorageKind, error: &StorageError) -> String {
    match kind {
        StorageKind::LocalStorage => {
            format!("IndexedDB could not be used ({error}), so your data is kept in this browser's localStorage.")
        }
        _ => format!("This browser allows no storage ({error}). Changes will not be saved after you close this page."),
    }
}

/// Puts `state` in context for every component below.
pub fn provide_app_state(state: AppState) {
    provide_context(state);
}

/// The app state from context. Every component lives under [`provide_app_state`].
pub fn expect_app_state() -> AppState {
    expect_context::<AppState>()
}
