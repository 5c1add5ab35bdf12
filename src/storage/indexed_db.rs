//! The IndexedDB adapter (primary): one object store per [`Collection`], JSON text values under string
//! keys. A batch is one read-write transaction; it counts as saved only when the transaction completes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, EventTarget, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::local_storage::{describe, is_quota_exceeded};
use super::records::REVISION_KEY;
use super::{Collection, RawSnapshot, Revision, StorageError, StorageKind, Store, StoredRecord, Write};

/// The IndexedDB version: bumped whenever object stores are added.
const DB_VERSION: u32 = 2;
/// How long opening may take before the app falls back (a blocked or hung IndexedDB never answers).
const OPEN_TIMEOUT_MS: i32 = 4_000;
/// What the timeout rejects with (told apart from IndexedDB's own errors by equality).
const TIMED_OUT: &str = "IndexedDB did not answer in time.";

/// Records in the browser's IndexedDB.
#[derive(Clone)]
pub struct IndexedDbStore {
    db: IdbDatabase,
    /// What `static/early-read.js` read before the app started, until the first read takes it: the
    /// records and the early read, to ask whether they are still current.
    early: Rc<RefCell<Option<(RawSnapshot, EarlyRead)>>>,
}

#[wasm_bindgen]
extern "C" {
    /// What `static/early-read.js` read before the app started.
    type EarlyRead;

    /// Takes the early read's promise (once per page; `null` after, or when it read nothing).
    #[wasm_bindgen(catch, js_namespace = window, js_name = apiAuthTakeEarlyRead)]
    fn take_early() -> Result<Option<Promise>, JsValue>;

    /// Its connection to the database.
    #[wasm_bindgen(method, getter)]
    fn db(this: &EarlyRead) -> IdbDatabase;

    /// `[keys, values]` of one object store, if it was read.
    #[wasm_bindgen(method)]
    fn records(this: &EarlyRead, store: &str) -> Option<Array>;

    /// Whether another tab announced a save since the read began (and stops listening).
    #[wasm_bindgen(method, js_name = changedSince)]
    fn changed_since(this: &EarlyRead) -> bool;
}

impl IndexedDbStore {
    /// Opens (creating or upgrading) the database `name`.
    pub async fn open(name: &str) -> Result<Self, StorageError> {
        let unavailable = |error: &JsValue| StorageError::Unavailable(describe(error));
        let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        let factory = window
            .indexed_db()
            .map_err(|e| unavailable(&e))?
            .ok_or_else(|| StorageError::Unavailable("IndexedDB is not offered by this browser.".into()))?;
        let request = factory.open_with_u32(name, DB_VERSION).map_err(|e| unavailable(&e))?;
        let upgrade = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            let Some(db) = event
                .target()
                .and_then(|target| target.dyn_into::<IdbRequest>().ok())
                .and_then(|request| request.result().ok())
                .and_then(|result| result.dyn_into::<IdbDatabase>().ok())
            else {
                return;
            };
            let existing = db.object_store_names();
            for collection in Collection::ALL {
                if !existing.contains(collection.as_str()) {
                    let _ = db.create_object_store(collection.as_str());
                }
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = settle::<IdbRequest>(request.as_ref(), "success").await;
        request.set_onupgradeneeded(None);
        drop(upgrade);
        let db: IdbDatabase = opened
            .map_err(|error| match error {
                StorageError::ReadFailed(message) => StorageError::Unavailable(message),
                other => other,
            })?
            .dyn_into()
            .map_err(|_| StorageError::Unavailable("IndexedDB returned no database.".into()))?;
        // Another tab upgrading the schema must not be blocked by this one.
        let closing = db.clone();
        let on_version_change = Closure::<dyn FnMut(Event)>::new(move |_: Event| closing.close());
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        on_version_change.forget();
        Ok(Self {
            db,
            early: Rc::default(),
        })
    }

    /// The store over the connection `static/early-read.js` opened to [`super::DATABASE_NAME`] while the
    /// app's code loaded, its records kept for the first read; an error when IndexedDB did not answer it
    /// in time. Taken once per page; `None` when there is nothing to take (no such script, a first visit,
    /// a database of another schema version), and the caller opens the database as usual.
    pub async fn take_early_read() -> Option<Result<Self, StorageError>> {
        let read = JsFuture::from(take_early().ok()??).await.ok()?;
        if read.is_null() {
            return None;
        }
        if read.is_string() {
            return Some(Err(StorageError::Unavailable(TIMED_OUT.to_owned())));
        }
        let read: EarlyRead = read.unchecked_into();
        let db = read.db();
        let mut snapshot = RawSnapshot::new();
        let current = db.version() == f64::from(DB_VERSION);
        for collection in Collection::ALL {
            let Some(pair) = read.records(collection.as_str()).filter(|_| current) else {
                // An older schema (the app upgrades it) or a store missing: this connection must not block.
                read.changed_since();
                db.close();
                return None;
            };
            snapshot.insert(
                collection,
                records(&pair.get(0).unchecked_into(), &pair.get(1).unchecked_into()),
            );
        }
        Some(Ok(Self {
            db,
            early: Rc::new(RefCell::new(Some((snapshot, read)))),
        }))
    }

    /// Closes the connection (tests delete their databases afterwards).
    pub fn close(&self) {
        self.db.close();
    }

    fn transaction(&self, mode: IdbTransactionMode) -> Result<IdbTransaction, JsValue> {
        let names: Array = Collection::ALL.iter().map(|c| JsValue::from_str(c.as_str())).collect();
        self.db.transaction_with_str_sequence_and_mode(&names, mode)
    }
}

/// The records of one object store from its keys and values, in key order.
fn records(keys: &Array, values: &Array) -> Vec<StoredRecord> {
    keys.iter()
        .zip(values.iter())
        .map(|(key, value)| StoredRecord {
            key: key.as_string().unwrap_or_default(),
            // A value that is not text (written by something else) is kept as its JSON form.
            value: value.as_string().unwrap_or_else(|| {
                js_sys::JSON::stringify(&value)
                    .ok()
                    .and_then(|s| s.as_string())
                    .unwrap_or_default()
            }),
        })
        .collect()
}

impl Store for IndexedDbStore {
    fn kind(&self) -> StorageKind {
        StorageKind::IndexedDb
    }

    async fn load_all(&self) -> Result<RawSnapshot, StorageError> {
        let early = self.early.borrow_mut().take();
        // Read before this tab listened for other tabs' saves: good unless one was announced since.
        if let Some((snapshot, read)) = early
            && !read.changed_since()
        {
            return Ok(snapshot);
        }
        let read = |error: &JsValue| StorageError::ReadFailed(describe(error));
        let tx = self.transaction(IdbTransactionMode::Readonly).map_err(|e| read(&e))?;
        // Issue every request before awaiting any, so the transaction stays open for all of them.
        let mut pending = Vec::new();
        for collection in Collection::ALL {
            let store = tx.object_store(collection.as_str()).map_err(|e| read(&e))?;
            let keys = store.get_all_keys().map_err(|e| read(&e))?;
            let values = store.get_all().map_err(|e| read(&e))?;
            pending.push((collection, keys, values));
        }
        let mut snapshot = RawSnapshot::new();
        for (collection, keys, values) in pending {
            let keys: Array = settle(&keys, "success").await?.unchecked_into();
            let values: Array = settle(&values, "success").await?.unchecked_into();
            snapshot.insert(collection, records(&keys, &values));
        }
        Ok(snapshot)
    }

    async fn commit(&self, writes: &[Write], based_on: Revision) -> Result<Revision, StorageError> {
        let failed = |error: &JsValue| {
            if is_quota_exceeded(error) {
                StorageError::QuotaExceeded
            } else {
                StorageError::WriteFailed(describe(error))
            }
        };
        let tx = self
            .transaction(IdbTransactionMode::Readwrite)
            .map_err(|e| failed(&e))?;
        let meta = tx.object_store(Collection::Meta.as_str()).map_err(|e| failed(&e))?;
        let read = meta.get(&JsValue::from_str(REVISION_KEY)).map_err(|e| failed(&e))?;
        // The revision is checked and the batch queued in the success callback of the read, inside the
        // same transaction: no other readwrite transaction over these stores can run in between.
        let conflict = Rc::new(Cell::new(false));
        let queue_failure = Rc::new(Cell::new(None::<StorageError>));
        let next = based_on.next();
        let on_read = {
            let (tx, read, conflict, queue_failure) =
                (tx.clone(), read.clone(), conflict.clone(), queue_failure.clone());
            let writes = writes.to_vec();
            Closure::once(move |_: Event| {
                let stored = read.result().ok().and_then(|value| value.as_string());
                if Revision::parse(stored.as_deref()) != based_on {
                    conflict.set(true);
                    let _ = tx.abort();
                    return;
                }
                let revision = Write::Put {
                    collection: Collection::Meta,
                    key: REVISION_KEY.to_owned(),
                    value: next.0.to_string(),
                };
                if let Err(error) = queue_writes(&tx, &writes).and_then(|()| queue_writes(&tx, &[revision])) {
                    queue_failure.set(Some(failed(&error)));
                    let _ = tx.abort();
                }
            })
        };
        read.set_onsuccess(Some(on_read.as_ref().unchecked_ref()));
        let outcome = settle(&tx, "complete").await;
        read.set_onsuccess(None);
        drop(on_read);
        if conflict.get() {
            return Err(StorageError::Conflict);
        }
        if let Some(error) = queue_failure.take() {
            return Err(error);
        }
        outcome.map(|_| next).map_err(|error| match error {
            StorageError::ReadFailed(message) => StorageError::WriteFailed(message),
            other => other,
        })
    }
}

fn queue_writes(tx: &IdbTransaction, writes: &[Write]) -> Result<(), JsValue> {
    let store_of = |collection: Collection| -> Result<IdbObjectStore, JsValue> { tx.object_store(collection.as_str()) };
    for write in writes {
        match write {
            Write::Put { collection, key, value } => {
                store_of(*collection)?.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?;
            }
            Write::Delete { collection, key } => {
                store_of(*collection)?.delete(&JsValue::from_str(key))?;
            }
            Write::Clear { collection } => {
                store_of(*collection)?.clear()?;
            }
        }
    }
    Ok(())
}

/// Something IndexedDB settles with an event: a request (`success`) or a transaction (`complete`).
trait Settles: AsRef<EventTarget> {
    fn outcome(&self) -> JsValue;
    fn failure(&self) -> JsValue;
}

impl Settles for IdbRequest {
    fn outcome(&self) -> JsValue {
        self.result().unwrap_or(JsValue::UNDEFINED)
    }
    fn failure(&self) -> JsValue {
        self.error()
            .ok()
            .flatten()
            .map(JsValue::from)
            .unwrap_or(JsValue::UNDEFINED)
    }
}

impl Settles for IdbTransaction {
    fn outcome(&self) -> JsValue {
        JsValue::UNDEFINED
    }
    fn failure(&self) -> JsValue {
        self.error()
            .map(JsValue::from)
            .unwrap_or_else(|| JsValue::from_str("the transaction was aborted"))
    }
}

/// Waits for `target` to fire `done_event` (→ its outcome) or `error`/`abort` (→ its failure), or for
/// the open timeout to pass.
async fn settle<T: Settles + Clone + 'static>(target: &T, done_event: &str) -> Result<JsValue, StorageError> {
    let mut callbacks: Option<(Function, Function)> = None;
    let promise = Promise::new(&mut |resolve, reject| callbacks = Some((resolve, reject)));
    let Some((resolve, reject)) = callbacks else {
        return Err(StorageError::ReadFailed("a promise could not be created".into()));
    };
    let done_target = target.clone();
    let on_done = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
        let _ = resolve.call1(&JsValue::UNDEFINED, &done_target.outcome());
    });
    let failed_target = target.clone();
    let fail = reject.clone();
    let on_fail = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        event.prevent_default();
        let _ = fail.call1(&JsValue::UNDEFINED, &failed_target.failure());
    });
    let event_target: &EventTarget = target.as_ref();
    let listen = |name: &str, callback: &Closure<dyn FnMut(Event)>| {
        let _ = event_target.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    };
    listen(done_event, &on_done);
    listen("error", &on_fail);
    listen("abort", &on_fail);
    let timeout = Promise::new(&mut |_, reject| {
        if let Some(window) = web_sys::window() {
            let message = JsValue::from_str(TIMED_OUT);
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_1(&reject, OPEN_TIMEOUT_MS, &message);
        }
    });
    let raced = Promise::race(&Array::of2(&promise, &timeout));
    let result = JsFuture::from(raced).await;
    let unlisten = |name: &str, callback: &Closure<dyn FnMut(Event)>| {
        let _ = event_target.remove_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    };
    unlisten(done_event, &on_done);
    unlisten("error", &on_fail);
    unlisten("abort", &on_fail);
    result.map_err(|error| {
        if error.as_string().as_deref() == Some(TIMED_OUT) {
            StorageError::Unavailable(TIMED_OUT.to_owned())
        } else if is_quota_exceeded(&error) {
            StorageError::QuotaExceeded
        } else {
            StorageError::ReadFailed(describe(&error))
        }
    })
}
