//! Persistence: an async port ([`Store`]) and its adapters, plus the typed records kept through it.
//!
//! The port deals in text: each record is a JSON document under a string key inside a [`Collection`].
//! Keeping the original text lets a later version move an unreadable record aside unchanged instead of
//! losing it. A [`Write`] batch is applied atomically by every adapter.
//!
//! ## Writes against what is stored
//! Every commit names the [`Revision`] it was computed on, and every adapter checks it *inside* the same
//! atomic step that applies the batch: if another tab committed in between, nothing is written and the
//! commit fails with [`StorageError::Conflict`]. The caller re-reads and recomputes the operation on what
//! is stored now (optimistic concurrency, as CouchDB's `_rev` or HTTP's `If-Match`). Each adapter's
//! atomic step:
//! - IndexedDB: one `readwrite` transaction over every object store reads the revision and, in the same
//!   transaction, queues the batch and the next revision (readwrite transactions over the same stores
//!   never overlap, in this tab or another).
//! - localStorage: read, check and write run synchronously inside an exclusive Web Lock
//!   (`navigator.locks`), so tabs take turns; a browser without Web Locks still gets the check, in one
//!   synchronous task.
//! - memory: one tab only; the check and the batch run synchronously.

pub mod indexed_db;
pub mod local_storage;
pub mod memory;
pub mod opening;
pub mod records;
pub mod schema;

pub use indexed_db::IndexedDbStore;
pub use local_storage::LocalStorageStore;
pub use memory::MemoryStore;
pub use opening::{Opened, open_account};

/// A named set of records. Every record the app keeps belongs to exactly one collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    /// Bookkeeping: the schema version.
    Meta,
    /// The account and its identifiers.
    Accounts,
    /// Access keys (the secret only as a hash).
    AccessKeys,
    /// Legacy API keys.
    ApiKeys,
    /// Connections established with an access key.
    Connections,
    /// Integrations and whether they are connected.
    Integrations,
    /// The account-level expiry policy.
    Policies,
    /// The activity log.
    Activity,
    /// Records that could not be read, set aside unchanged.
    Quarantine,
}

impl Collection {
    /// Every collection, in a fixed order.
    pub const ALL: [Collection; 9] = [
        Collection::Meta,
        Collection::Accounts,
        Collection::AccessKeys,
        Collection::ApiKeys,
        Collection::Connections,
        Collection::Integrations,
        Collection::Policies,
        Collection::Activity,
        Collection::Quarantine,
    ];

    /// The collection's stored name (an IndexedDB object store, a localStorage key segment).
    pub fn as_str(self) -> &'static str {
        match self {
            Collection::Meta => "meta",
            Collection::Accounts => "accounts",
            Collection::AccessKeys => "access_keys",
            Collection::ApiKeys => "api_keys",
            Collection::Connections => "connections",
            Collection::Integrations => "integrations",
            Collection::Policies => "policies",
            Collection::Activity => "activity",
            Collection::Quarantine => "quarantine",
        }
    }
}

/// One stored record: its key and its JSON text, exactly as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    /// The record's key within its collection.
    pub key: String,
    /// The record's JSON text.
    pub value: String,
}

/// Everything stored, by collection, read in one consistent pass.
///
/// One list per collection, in [`Collection::ALL`]'s order (a map would compile a B-tree for nine keys).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawSnapshot([Vec<StoredRecord>; Collection::ALL.len()]);

impl RawSnapshot {
    /// A snapshot with nothing stored.
    pub fn new() -> Self {
        Self::default()
    }

    /// The records of `collection` (none when nothing was read for it).
    pub fn get(&self, collection: Collection) -> &[StoredRecord] {
        &self.0[collection as usize]
    }

    /// The records of `collection`, to change.
    pub fn get_mut(&mut self, collection: Collection) -> &mut Vec<StoredRecord> {
        &mut self.0[collection as usize]
    }

    /// Sets the records of `collection`.
    pub fn insert(&mut self, collection: Collection, records: Vec<StoredRecord>) {
        self.0[collection as usize] = records;
    }

    /// Every record, collection by collection.
    pub fn records(&self) -> impl Iterator<Item = &StoredRecord> {
        self.0.iter().flatten()
    }
}

/// How many batches have been committed to the store: every commit adds one. A snapshot's revision is
/// read with it (see [`records::revision`]), and a commit names the revision it was computed on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Revision(pub u64);

impl Revision {
    /// The revision after this one.
    pub fn next(self) -> Self {
        Self(self.0.saturating_add(1))
    }

    /// A stored revision's text (missing or unreadable: 0, as before any revision was kept).
    pub fn parse(text: Option<&str>) -> Self {
        Self(text.and_then(|t| t.trim().parse().ok()).unwrap_or(0))
    }
}

/// One change in an atomic batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    /// Insert or replace a record.
    Put {
        /// Where the record goes.
        collection: Collection,
        /// The record's key.
        key: String,
        /// The record's JSON text.
        value: String,
    },
    /// Remove a record (nothing happens if it is absent).
    Delete {
        /// Where the record is.
        collection: Collection,
        /// The record's key.
        key: String,
    },
    /// Remove every record of a collection.
    Clear {
        /// The collection to empty.
        collection: Collection,
    },
}

/// Which adapter holds the data: shown to the user when it is not the primary one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKind {
    /// The browser's IndexedDB (primary).
    IndexedDb,
    /// The browser's localStorage (fallback).
    LocalStorage,
    /// Memory only: nothing survives a reload.
    Memory,
}

/// Why storage refused an operation: a variant and the browser's own detail, put into words by the UI
/// (`ui::words`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The storage cannot be opened at all.
    Unavailable(String),
    /// The browser's storage quota is used up.
    QuotaExceeded,
    /// A write failed; nothing of the batch was applied.
    WriteFailed(String),
    /// Reading failed.
    ReadFailed(String),
    /// The data was written by a newer version of the app; nothing may be overwritten.
    ReadOnly(u32),
    /// Another tab committed after the revision this batch was computed on; nothing was written.
    Conflict,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::domain::error::terse(self, "StorageError", f)
    }
}

impl std::error::Error for StorageError {}

/// The storage port. Every adapter reads a consistent snapshot and applies a batch atomically.
#[allow(
    async_fn_in_trait,
    reason = "the app is single-threaded wasm; futures never cross threads"
)]
pub trait Store {
    /// Which adapter this is.
    fn kind(&self) -> StorageKind;
    /// Reads every collection in one consistent pass.
    async fn load_all(&self) -> Result<RawSnapshot, StorageError>;
    /// Applies `writes` all together or not at all, and only if the stored revision is still
    /// `based_on` (else [`StorageError::Conflict`], nothing written). Returns the new revision.
    async fn commit(&self, writes: &[Write], based_on: Revision) -> Result<Revision, StorageError>;
}

/// The adapter the app runs on, chosen at start-up.
#[derive(Clone)]
pub enum AnyStore {
    /// IndexedDB (primary).
    IndexedDb(IndexedDbStore),
    /// localStorage (fallback).
    LocalStorage(LocalStorageStore),
    /// Memory (tests and last resort).
    Memory(MemoryStore),
}

impl Store for AnyStore {
    fn kind(&self) -> StorageKind {
        match self {
            AnyStore::IndexedDb(store) => store.kind(),
            AnyStore::LocalStorage(store) => store.kind(),
            AnyStore::Memory(store) => store.kind(),
        }
    }

    async fn load_all(&self) -> Result<RawSnapshot, StorageError> {
        match self {
            AnyStore::IndexedDb(store) => store.load_all().await,
            AnyStore::LocalStorage(store) => store.load_all().await,
            AnyStore::Memory(store) => store.load_all().await,
        }
    }

    async fn commit(&self, writes: &[Write], based_on: Revision) -> Result<Revision, StorageError> {
        match self {
            AnyStore::IndexedDb(store) => store.commit(writes, based_on).await,
            AnyStore::LocalStorage(store) => store.commit(writes, based_on).await,
            AnyStore::Memory(store) => store.commit(writes, based_on).await,
        }
    }
}

/// The IndexedDB database the app uses.
pub const DATABASE_NAME: &str = "api-auth";

/// Opens the best storage this browser allows: IndexedDB, else localStorage, else memory.
///
/// The second value says why the primary storage is not in use, for a notice on the page.
pub async fn open_best() -> (AnyStore, Option<StorageError>) {
    let opened = match IndexedDbStore::take_early_read().await {
        Some(taken) => taken,
        None => IndexedDbStore::open(DATABASE_NAME).await,
    };
    let idb_error = match opened {
        Ok(store) => return (AnyStore::IndexedDb(store), None),
        Err(error) => error,
    };
    match LocalStorageStore::open() {
        Ok(store) => (AnyStore::LocalStorage(store), Some(idb_error)),
        Err(error) => (AnyStore::Memory(MemoryStore::default()), Some(error)),
    }
}
