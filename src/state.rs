//! The app's reactive state and the operations the UI calls. Effects only sync outward.

use leptos::prelude::*;
use leptos::task::spawn_local;

use chrono::NaiveDate;
use thiserror::Error;

use crate::browser::{clock, random::CryptoRandom};
use crate::domain::access_key::{create_access_key, rename_access_key};
use crate::domain::demo::demo_data;
use crate::domain::{AccessKey, AccessKeyId, Account, ApiKey, DomainError, ExpiryPeriod, ExpiryPolicy, NewAccessKey};
use crate::storage::records::{
    Loaded, decode_snapshot, delete_access_key, delete_api_key, demo_writes, put_access_key, put_policy,
};
use crate::storage::{AnyStore, StorageError, StorageKind, Store, open_best};

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
    /// The legacy API keys.
    pub api_keys: RwSignal<Vec<ApiKey>>,
    /// The account-level expiry policy.
    pub policy: RwSignal<ExpiryPolicy>,
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
            policy: RwSignal::new(ExpiryPolicy::default()),
            storage_kind: RwSignal::new(None),
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

    /// Runs on an already opened store (tests use a [`crate::storage::MemoryStore`]).
    pub fn start_with(self, store: AnyStore) {
        spawn_local(self.begin(store));
    }

    async fn begin(self, store: AnyStore) {
        let outcome = self.load_or_seed(&store).await;
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

    async fn load_or_seed(&self, store: &AnyStore) -> Result<Loaded, StorageError> {
        let loaded = decode_snapshot(&store.load_all().await?);
        if !loaded.is_empty() {
            return Ok(loaded);
        }
        let demo = demo_data(&mut CryptoRandom, clock::now());
        store.commit(&demo_writes(&demo)?).await?;
        Ok(decode_snapshot(&store.load_all().await?))
    }

    /// Replaces everything stored with a fresh demo account.
    pub async fn reset_demo(self) -> Result<(), StorageError> {
        let store = self.store()?;
        let demo = demo_data(&mut CryptoRandom, clock::now());
        store.commit(&demo_writes(&demo)?).await?;
        self.show(decode_snapshot(&store.load_all().await?));
        Ok(())
    }

    fn show(self, loaded: Loaded) {
        self.account.set(loaded.account);
        self.access_keys.set(loaded.access_keys);
        self.api_keys.set(loaded.api_keys);
        self.policy.set(loaded.policy.unwrap_or_default());
    }

    fn store(self) -> Result<AnyStore, StorageError> {
        self.store
            .get_value()
            .ok_or_else(|| StorageError::Unavailable("storage is still opening.".into()))
    }

    /// Creates an access key and stores it (hash only) *before* returning the secret, so a secret that
    /// is shown always works.
    pub async fn create_access_key(
        self,
        name: &str,
        period: ExpiryPeriod,
        custom_date: Option<NaiveDate>,
    ) -> Result<NewAccessKey, ActionError> {
        let store = self.store()?;
        let now = clock::now();
        let expires_at = self
            .policy
            .get_untracked()
            .expires_at(period, custom_date, now, clock::local_offset())?;
        let keys = self.access_keys.get_untracked();
        let created = create_access_key(name, expires_at, &keys, now, &mut CryptoRandom)?;
        store.commit(&[put_access_key(&created.key)?]).await?;
        self.access_keys.update(|keys| keys.push(created.key.clone()));
        Ok(created)
    }

    /// Renames the access key `id`.
    pub async fn rename_access_key(self, id: &AccessKeyId, name: &str) -> Result<(), ActionError> {
        let store = self.store()?;
        let renamed = rename_access_key(&self.access_keys.get_untracked(), id, name)?;
        store.commit(&[put_access_key(&renamed)?]).await?;
        self.access_keys.update(|keys| {
            if let Some(key) = keys.iter_mut().find(|key| key.id == renamed.id) {
                *key = renamed;
            }
        });
        Ok(())
    }

    /// Deletes the legacy API key `id` for good.
    pub async fn delete_api_key(self, id: &str) -> Result<(), ActionError> {
        self.store()?.commit(&[delete_api_key(id)]).await?;
        self.api_keys.update(|keys| keys.retain(|key| key.id != id));
        Ok(())
    }

    /// Validates and saves the account's expiry policy. Existing keys are left exactly as they are.
    pub async fn save_policy(self, policy: ExpiryPolicy) -> Result<(), ActionError> {
        policy.validate()?;
        self.store()?.commit(&[put_policy(&policy)?]).await?;
        self.policy.set(policy);
        Ok(())
    }

    /// Deletes the access key `id` for good.
    pub async fn delete_access_key(self, id: &AccessKeyId) -> Result<(), ActionError> {
        let store = self.store()?;
        store.commit(&[delete_access_key(id)]).await?;
        self.access_keys.update(|keys| keys.retain(|key| &key.id != id));
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
