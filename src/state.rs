//! The app's reactive state and the operations the UI calls. Effects only sync outward.
//!
//! Every operation is computed on the state this tab holds *and* committed against the revision that
//! state was read at ([`Revision`]): if another tab saved in between, storage refuses the batch, the
//! state re-reads what is stored, shows it, and computes the operation again on it. So an operation
//! never resurrects or clobbers: a key deleted elsewhere is refused as deleted, a name taken elsewhere as
//! taken. Operations on a key the user saw take that key as `seen` and are refused, with the reason, when
//! it was renamed, rotated, disabled, enabled or deleted since.
//!
//! One idea a file: [`replica`] (what is stored becomes signals), [`transact`] (the optimistic commit
//! loop), [`keys`] (access key commands and queries) and [`account`] (everything else the account holds).
//! The collections are read-only outside this module: a component reads them and calls a command.

mod account;
mod backup;
mod env;
mod keyed;
mod keys;
mod replica;
mod transact;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use leptos::prelude::*;
use thiserror::Error;

pub use env::{Env, SharedRandom};
pub use keyed::Keyed;

use crate::domain::reminders::ExpiryReminders;
use crate::domain::{
    AccessKey, AccessKeyId, Account, ActivityEvent, ApiKey, Connection, DomainError, ExpiryPolicy, IntegrationLink,
};
use crate::storage::records::QuarantinedRecord;
use crate::storage::{AnyStore, Revision, StorageError, StorageKind};

/// The most records (access keys and activity entries) of an account shown at once: a larger one is
/// shown in steps, each a task of its own (decoded; adopted; drawn down to the access keys; the log), so
/// that no task holds the page for long. Measured at 1,000 keys (2,000 records) on a 2-core machine,
/// alternated loads: in one task, 8–11 tasks over 50 ms per 8–10 loads (up to 118 ms); in steps, 2–5 (up to
/// 90), the whole page as soon. At 200 keys one task is short enough, and steps made the page later.
pub const SHOWN_AT_ONCE: usize = 1_000;

/// Whether an account of `access_keys` keys and `activity` log entries is shown in steps (see
/// [`SHOWN_AT_ONCE`]).
pub fn shown_in_steps(access_keys: usize, activity: usize) -> bool {
    access_keys + activity > SHOWN_AT_ONCE
}

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
    /// Start-up failed, and why.
    Failed(StorageError),
}

/// One row of the access keys table: the key and its connections (active first, newest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRow {
    /// The key, as stored.
    pub key: AccessKey,
    /// Its connections, revoked ones included.
    pub connections: Vec<Connection>,
}

/// The app's state, shared through context. It is `Copy`: every field is a reactive handle. Every
/// collection is [`Stored`]: readable anywhere, written only by this module's commands and the replica.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Start-up progress.
    pub phase: Stored<Phase>,
    /// The account, once loaded.
    pub account: Stored<Option<Account>>,
    /// The access keys (hashes only), in storage order: for what spans them all (order, search, banner).
    pub access_keys: Stored<Vec<AccessKey>>,
    /// Every connection, revoked ones included.
    pub connections: Stored<Vec<Connection>>,
    /// The integrations' states.
    pub integrations: Stored<Vec<IntegrationLink>>,
    /// The activity log, oldest first.
    pub activity: Stored<Vec<ActivityEvent>>,
    /// The legacy API keys.
    pub api_keys: Stored<Vec<ApiKey>>,
    /// The account-level expiry policy.
    pub policy: Stored<ExpiryPolicy>,
    /// The days before expiry the account is reminded.
    pub reminders: Stored<ExpiryReminders>,
    /// Set when the data comes from a newer version of the app: nothing may be written.
    pub read_only: Stored<Option<u32>>,
    /// Records set aside because they could not be read.
    pub quarantined: Stored<Vec<QuarantinedRecord>>,
    /// Which storage holds the data.
    pub storage_kind: Stored<Option<StorageKind>>,
    /// Why the primary storage is not in use, if it is not.
    pub storage_notice: Stored<Option<(StorageKind, StorageError)>>,
    /// The same keys by ID with their connections, one signal each, for the rows that show them. It
    /// holds every key of `access_keys` and is patched first, so a listed ID always has its row.
    key_rows: Keyed<AccessKeyId, KeyRow>,
    store: StoredValue<Option<AnyStore>, LocalStorage>,
    env: StoredValue<Env, LocalStorage>,
    /// The stored revision that what is on screen was read at (or committed as).
    revision: StoredValue<Revision, LocalStorage>,
    /// Counts the changes of what is on screen, so a read that a commit overtook is not shown.
    epoch: StoredValue<u64, LocalStorage>,
    /// Another tab announced a change before the account was open here: read again once it is.
    missed_change: StoredValue<bool, LocalStorage>,
}

impl AppState {
    /// Fresh state over `env`, nothing loaded.
    pub fn new(env: Env) -> Self {
        Self {
            phase: Stored::new(Phase::Loading),
            account: Stored::new(None),
            access_keys: Stored::new(Vec::new()),
            connections: Stored::new(Vec::new()),
            integrations: Stored::new(Vec::new()),
            activity: Stored::new(Vec::new()),
            api_keys: Stored::new(Vec::new()),
            policy: Stored::new(ExpiryPolicy::default()),
            reminders: Stored::new(ExpiryReminders::default()),
            read_only: Stored::new(None),
            quarantined: Stored::new(Vec::new()),
            storage_kind: Stored::new(None),
            storage_notice: Stored::new(None),
            key_rows: Keyed::new(),
            store: StoredValue::new_local(None),
            env: StoredValue::new_local(env),
            revision: StoredValue::new_local(Revision::default()),
            epoch: StoredValue::new_local(0),
            missed_change: StoredValue::new_local(false),
        }
    }

    /// The environment (clock, time zone, randomness, broadcast).
    pub fn env(self) -> Env {
        self.env.get_value()
    }

    /// The current time: the one clock of the app, which native tests fix.
    pub fn now(self) -> DateTime<Utc> {
        self.env.with_value(Env::now)
    }

    /// The user's offset from UTC now.
    pub fn local_offset(self) -> FixedOffset {
        self.env.with_value(Env::local_offset)
    }

    /// Today's date where the user is.
    pub fn today(self) -> NaiveDate {
        self.now().with_timezone(&self.local_offset()).date_naive()
    }

    /// The row (key and connections) of the key `id`, read-only; it follows the key until it is deleted.
    pub fn key_row(self, id: &AccessKeyId) -> Option<ArcReadSignal<KeyRow>> {
        self.key_rows.get(id).map(|row| row.read_only())
    }

    fn store(self) -> Result<AnyStore, StorageError> {
        if let Some(version) = self.read_only.get_untracked() {
            return Err(StorageError::ReadOnly(version));
        }
        self.store
            .get_value()
            .ok_or_else(|| StorageError::Unavailable("storage is still opening.".into()))
    }
}

/// A signal of what is stored: it can be read (tracked or not) anywhere, and written only inside
/// [`crate::state`]. (A newtype rather than a `ReadSignal`/`WriteSignal` pair: one arena slot a signal, and
/// no second handle to keep.)
pub struct Stored<T: 'static>(RwSignal<T>);

impl<T: Send + Sync + 'static> Stored<T> {
    fn new(value: T) -> Self {
        Self(RwSignal::new(value))
    }

    /// The writable signal, for this module only.
    fn writer(self) -> RwSignal<T> {
        self.0
    }

    /// Runs `read` on the value, and subscribes the running effect or memo to it.
    pub fn with<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        self.0.with(read)
    }

    /// Runs `read` on the value without subscribing to it.
    pub fn with_untracked<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        self.0.with_untracked(read)
    }

    /// Subscribes the running effect or memo to the value.
    pub fn track(&self) {
        self.0.track();
    }
}

// Inherent methods rather than leptos's read traits: the calls go to `RwSignal`'s own code, which the
// build already has, instead of a second copy of each trait method for every stored type.
impl<T: Clone + Send + Sync + 'static> Stored<T> {
    /// A copy of the value, subscribing the running effect or memo to it.
    pub fn get(&self) -> T {
        self.0.get()
    }

    /// A copy of the value, without subscribing to it.
    pub fn get_untracked(&self) -> T {
        self.0.get_untracked()
    }
}

impl<T: 'static> Clone for Stored<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Stored<T> {}

/// Puts `state` in context for every component below.
pub fn provide_app_state(state: AppState) {
    provide_context(state);
}

/// The app state from context. Every component lives under [`provide_app_state`].
pub fn expect_app_state() -> AppState {
    expect_context::<AppState>()
}
