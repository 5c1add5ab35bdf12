//! The app's reactive state and the operations the UI calls. Effects only sync outward.

use leptos::prelude::*;
use leptos::task::spawn_local;

use chrono::NaiveDate;
use thiserror::Error;

use crate::browser::{broadcast, clock, random::CryptoRandom};
use crate::domain::demo::demo_data;
use crate::domain::{
    AccessKey, AccessKeyId, Account, ActivityEvent, ApiKey, Changes, Connection, DomainError, ExpiryPeriod,
    ExpiryPolicy, IntegrationLink, NewAccessKey, Workspace,
};
use crate::storage::records::{ACCOUNT_KEY, QuarantinedRecord, SCHEMA_KEY, SCHEMA_VERSION, put, quarantine_writes};
use crate::storage::records::{Loaded, changes_writes, decode_snapshot, delete_api_key, demo_writes, put_policy};
use crate::storage::{AnyStore, Collection, StorageError, StorageKind, Store, Write, open_best, schema};

/// Why an operation did nothing; the message is what the user reads.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ActionError {
    /// The input broke a rule.
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

/// The app's state, shared through context. It is `Copy`: every field is a reactive handle.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Start-up progress.
    pub phase: RwSignal<Phase>,
    /// The account, once loaded.
    pub account: RwSignal<Option<Account>>,
    /// The access keys (hashes only), in storage order.
    pub access_keys: RwSignal<Vec<AccessKey>>,
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
    /// Set when the data comes from a newer version of the app: nothing may be written.
    pub read_only: RwSignal<Option<u32>>,
    /// Records set aside because they could not be read.
    pub quarantined: RwSignal<Vec<QuarantinedRecord>>,
    /// Which storage holds the data.
    pub storage_kind: RwSignal<Option<StorageKind>>,
    /// Why the primary storage is not in use, if it is not.
    pub storage_notice: RwSignal<Option<String>>,
    store: StoredValue<Option<AnyStore>, LocalStorage>,
}

impl AppState {
    /// Fresh state, nothing loaded.
    pub fn new() -> Self {
        Self {
            phase: RwSignal::new(Phase::Loading),
            account: RwSignal::new(None),
            access_keys: RwSignal::new(Vec::new()),
            api_keys: RwSignal::new(Vec::new()),
            connections: RwSignal::new(Vec::new()),
            integrations: RwSignal::new(Vec::new()),
            activity: RwSignal::new(Vec::new()),
            policy: RwSignal::new(ExpiryPolicy::default()),
            storage_kind: RwSignal::new(None),
            read_only: RwSignal::new(None),
            quarantined: RwSignal::new(Vec::new()),
            storage_notice: RwSignal::new(None),
            store: StoredValue::new_local(None),
        }
    }

    /// Opens the best storage, loads the account, and makes the demo account on a first start.
    pub fn start(self) {
        spawn_local(async move {
            let (store, notice) = open_best().await;
            self.storage_notice
                .set(notice.map(|error| describe_fallback(store.kind(), &error)));
            self.begin(store).await;
        });
    }

    async fn begin(self, store: AnyStore) {
        let outcome = self.load_or_seed(&store).await;
        // Another tab saved something: show what is stored now.
        broadcast::listen(move || spawn_local(self.refresh()));
        self.storage_kind.set(Some(store.kind()));
        self.store.set_value(Some(store));
        match outcome {
            Ok(loaded) => {
                self.show(loaded);
                self.phase.set(Phase::Ready);
            }
            Err(error) => self.phase.set(Phase::Failed(error.to_string())),
        }
    }

    /// Reads storage, migrating older data forward and setting unreadable records aside; a first start
    /// gets the demo account. Data from a newer version is only read: it opens read-only.
    async fn load_or_seed(&self, store: &AnyStore) -> Result<Loaded, StorageError> {
        let mut raw = store.load_all().await?;
        match schema::migrate(&raw) {
            Err(StorageError::ReadOnly(version)) => {
                self.read_only.set(Some(version));
                return Ok(decode_snapshot(&raw));
            }
            Err(error) => return Err(error),
            Ok(writes) if !writes.is_empty() => {
                store.commit(&writes).await?;
                raw = store.load_all().await?;
            }
            Ok(_) => {}
        }
        let mut loaded = decode_snapshot(&raw);
        if !loaded.unreadable.is_empty() {
            let mut writes = quarantine_writes(&loaded.unreadable)?;
            writes.push(put(Collection::Meta, SCHEMA_KEY, &SCHEMA_VERSION)?);
            store.commit(&writes).await?;
            loaded = decode_snapshot(&store.load_all().await?);
        }
        if loaded.is_empty() {
            let demo = demo_data(&mut CryptoRandom, clock::now());
            store.commit(&demo_writes(&demo)?).await?;
            broadcast::announce_change();
            return Ok(decode_snapshot(&store.load_all().await?));
        }
        if loaded.account.is_none() {
            // The account record was unreadable (and is kept aside): the account gets fresh identifiers.
            let account = demo_data(&mut CryptoRandom, clock::now()).account;
            store
                .commit(&[put(Collection::Accounts, ACCOUNT_KEY, &account)?])
                .await?;
            loaded.account = Some(account);
        }
        Ok(loaded)
    }

    /// Deletes the records set aside as unreadable, for good.
    pub async fn discard_quarantine(self) -> Result<(), ActionError> {
        self.store()?
            .commit(&[Write::Clear {
                collection: Collection::Quarantine,
            }])
            .await?;
        broadcast::announce_change();
        self.quarantined.set(Vec::new());
        Ok(())
    }

    /// Replaces everything stored with a fresh demo account.
    pub async fn reset_demo(self) -> Result<(), StorageError> {
        let store = self.store()?;
        let demo = demo_data(&mut CryptoRandom, clock::now());
        store.commit(&demo_writes(&demo)?).await?;
        broadcast::announce_change();
        self.show(decode_snapshot(&store.load_all().await?));
        Ok(())
    }

    /// Re-reads storage and shows it (after another tab changed it).
    pub async fn refresh(self) {
        let Some(store) = self.store.get_value() else { return };
        if let Ok(raw) = store.load_all().await {
            self.show(decode_snapshot(&raw));
        }
    }

    fn show(self, loaded: Loaded) {
        self.account.set(loaded.account);
        self.access_keys.set(loaded.access_keys);
        self.api_keys.set(loaded.api_keys);
        self.connections.set(loaded.connections);
        self.integrations.set(loaded.integrations);
        self.activity.set(loaded.activity);
        self.quarantined.set(loaded.quarantined);
        self.policy.set(loaded.policy.unwrap_or_default());
    }

    fn store(self) -> Result<AnyStore, StorageError> {
        if let Some(version) = self.read_only.get_untracked() {
            return Err(StorageError::ReadOnly(version));
        }
        self.store
            .get_value()
            .ok_or_else(|| StorageError::Unavailable("storage is still opening.".into()))
    }

    /// A copy of the keys and what hangs off them, for a domain operation.
    pub fn workspace(self) -> Workspace {
        Workspace {
            access_keys: self.access_keys.get_untracked(),
            connections: self.connections.get_untracked(),
            integrations: self.integrations.get_untracked(),
            activity: self.activity.get_untracked(),
        }
    }

    /// Stores `changes` in one atomic batch, then shows them. If storage refuses, nothing on screen
    /// changes either.
    async fn commit(self, changes: &Changes) -> Result<(), ActionError> {
        self.store()?.commit(&changes_writes(changes)?).await?;
        broadcast::announce_change();
        let mut workspace = self.workspace();
        workspace.apply(changes);
        let Workspace {
            access_keys,
            connections,
            integrations,
            activity,
        } = workspace;
        if !changes.put_keys.is_empty() || !changes.deleted_keys.is_empty() {
            self.access_keys.set(access_keys);
        }
        if !changes.connections.is_empty() {
            self.connections.set(connections);
        }
        if !changes.integrations.is_empty() {
            self.integrations.set(integrations);
        }
        if !changes.events.is_empty() {
            self.activity.set(activity);
        }
        Ok(())
    }

    /// Creates an access key and stores it (hash only) *before* returning the secret, so a secret that
    /// is shown always works.
    pub async fn create_access_key(
        self,
        name: &str,
        period: ExpiryPeriod,
        custom_date: Option<NaiveDate>,
    ) -> Result<NewAccessKey, ActionError> {
        let now = clock::now();
        let expires_at = self
            .policy
            .get_untracked()
            .expires_at(period, custom_date, now, clock::local_offset())?;
        let (changes, created) = self.workspace().create_key(name, expires_at, now, &mut CryptoRandom)?;
        self.commit(&changes).await?;
        Ok(created)
    }

    /// Renames the access key `id`.
    pub async fn rename_access_key(self, id: &AccessKeyId, name: &str) -> Result<(), ActionError> {
        let changes = self.workspace().rename_key(id, name, clock::now(), &mut CryptoRandom)?;
        self.commit(&changes).await
    }

    /// Deletes several access keys in one atomic batch, revoking their connections.
    pub async fn delete_access_keys(self, ids: &[AccessKeyId]) -> Result<(), ActionError> {
        let changes = self.workspace().delete_keys(ids, clock::now(), &mut CryptoRandom)?;
        self.commit(&changes).await
    }

    /// Switches the access key `id` off or on again.
    pub async fn set_disabled(self, id: &AccessKeyId, disabled: bool) -> Result<(), ActionError> {
        let changes = self
            .workspace()
            .set_disabled(id, disabled, clock::now(), &mut CryptoRandom)?;
        self.commit(&changes).await
    }

    /// Gives the access key `id` a new secret, stored (hash only) before it is returned; the old secret
    /// keeps working for `grace`.
    pub async fn rotate_access_key(
        self,
        id: &AccessKeyId,
        grace: chrono::Duration,
    ) -> Result<NewAccessKey, ActionError> {
        let (changes, rotated) = self
            .workspace()
            .rotate_key(id, grace, clock::now(), &mut CryptoRandom)?;
        self.commit(&changes).await?;
        Ok(rotated)
    }

    /// Checks an ID + secret pair as the API would, establishing a connection for `client`.
    pub async fn authenticate(self, id: &str, secret: &str, client: &str) -> Result<Connection, ActionError> {
        let (changes, connection) =
            self.workspace()
                .authenticate(id, secret, client, clock::now(), &mut CryptoRandom)?;
        self.commit(&changes).await?;
        Ok(connection)
    }

    /// Connects an integration (a system-generated key and a connection).
    pub async fn connect_integration(self, integration: &str) -> Result<(), ActionError> {
        let changes = self
            .workspace()
            .connect_integration(integration, clock::now(), &mut CryptoRandom)?;
        self.commit(&changes).await
    }

    /// Disconnects an integration (its connection revoked, its key deleted).
    pub async fn disconnect_integration(self, integration: &str) -> Result<(), ActionError> {
        let changes = self
            .workspace()
            .disconnect_integration(integration, clock::now(), &mut CryptoRandom)?;
        self.commit(&changes).await
    }

    /// Deletes the legacy API key `id` for good.
    pub async fn delete_api_key(self, id: &str) -> Result<(), ActionError> {
        self.store()?.commit(&[delete_api_key(id)]).await?;
        broadcast::announce_change();
        self.api_keys.update(|keys| keys.retain(|key| key.id != id));
        Ok(())
    }

    /// Validates and saves the account's expiry policy. Existing keys are left exactly as they are.
    pub async fn save_policy(self, policy: ExpiryPolicy) -> Result<(), ActionError> {
        policy.validate()?;
        self.store()?.commit(&[put_policy(&policy)?]).await?;
        broadcast::announce_change();
        self.policy.set(policy);
        Ok(())
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
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
