//! The app's reactive state and the operations the UI calls. Effects only sync outward.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clock, random::CryptoRandom};
use crate::domain::Account;
use crate::domain::demo::demo_data;
use crate::storage::records::{Loaded, decode_snapshot, demo_writes};
use crate::storage::{AnyStore, StorageError, StorageKind, Store, open_best};

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
                self.account.set(loaded.account);
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
        let Some(store) = self.store.get_value() else {
            return Err(StorageError::Unavailable("storage is still opening.".into()));
        };
        let demo = demo_data(&mut CryptoRandom, clock::now());
        store.commit(&demo_writes(&demo)?).await?;
        let loaded = decode_snapshot(&store.load_all().await?);
        self.account.set(loaded.account);
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
