//! The localStorage adapter: the fallback when IndexedDB is blocked. One localStorage entry per record,
//! under `api-auth/<collection>/<key>`.

use wasm_bindgen::{JsCast, JsValue};

use super::records::REVISION_KEY;
use super::{Collection, RawSnapshot, Revision, StorageError, StorageKind, Store, StoredRecord, Write};

const PREFIX: &str = "api-auth/";
const PROBE_KEY: &str = "api-auth/.probe";
/// The Web Lock under which tabs take turns to check and write.
const LOCK_NAME: &str = "api-auth/commit";

/// Records in the browser's localStorage.
#[derive(Clone)]
pub struct LocalStorageStore {
    storage: web_sys::Storage,
}

impl LocalStorageStore {
    /// Opens localStorage and proves it accepts a write.
    pub fn open() -> Result<Self, StorageError> {
        let storage = web_sys::window()
            .and_then(|window| window.local_storage().ok().flatten())
            .ok_or_else(|| StorageError::Unavailable("localStorage is blocked in this browser.".into()))?;
        storage
            .set_item(PROBE_KEY, "1")
            .and_then(|()| storage.remove_item(PROBE_KEY))
            .map_err(|error| StorageError::Unavailable(describe(&error)))?;
        Ok(Self { storage })
    }

    fn entry_key(collection: Collection, key: &str) -> String {
        format!("{PREFIX}{}/{key}", collection.as_str())
    }

    fn keys_of(&self, collection: Collection) -> Result<Vec<String>, StorageError> {
        let prefix = format!("{PREFIX}{}/", collection.as_str());
        let length = self
            .storage
            .length()
            .map_err(|e| StorageError::ReadFailed(describe(&e)))?;
        let mut keys = Vec::new();
        for index in 0..length {
            if let Ok(Some(name)) = self.storage.key(index)
                && name.starts_with(&prefix)
            {
                keys.push(name);
            }
        }
        Ok(keys)
    }
}

impl Store for LocalStorageStore {
    fn kind(&self) -> StorageKind {
        StorageKind::LocalStorage
    }

    async fn load_all(&self) -> Result<RawSnapshot, StorageError> {
        let mut snapshot = RawSnapshot::new();
        for collection in Collection::ALL {
            let prefix_len = PREFIX.len() + collection.as_str().len() + 1;
            let mut records = Vec::new();
            for name in self.keys_of(collection)? {
                let value = self
                    .storage
                    .get_item(&name)
                    .map_err(|e| StorageError::ReadFailed(describe(&e)))?;
                if let Some(value) = value {
                    records.push(StoredRecord {
                        key: name[prefix_len..].to_owned(),
                        value,
                    });
                }
            }
            crate::domain::sort::sort_by(&mut records, |a, b| a.key.cmp(&b.key));
            snapshot.insert(collection, records);
        }
        Ok(snapshot)
    }

    async fn commit(&self, writes: &[Write], based_on: Revision) -> Result<Revision, StorageError> {
        let store = self.clone();
        let writes = writes.to_vec();
        crate::browser::locks::exclusive(LOCK_NAME, move || store.commit_now(&writes, based_on)).await
    }
}

impl LocalStorageStore {
    /// Checks the revision and applies the batch, synchronously (the caller holds the lock).
    fn commit_now(&self, writes: &[Write], based_on: Revision) -> Result<Revision, StorageError> {
        let revision_entry = Self::entry_key(Collection::Meta, REVISION_KEY);
        let stored = self
            .storage
            .get_item(&revision_entry)
            .map_err(|e| StorageError::ReadFailed(describe(&e)))?;
        if Revision::parse(stored.as_deref()) != based_on {
            return Err(StorageError::Conflict);
        }
        let next = based_on.next();
        let mut batch = writes.to_vec();
        batch.push(Write::Put {
            collection: Collection::Meta,
            key: REVISION_KEY.to_owned(),
            value: next.0.to_string(),
        });
        // localStorage has no transactions: remember what each touched entry held, and put it back
        // if any write fails, so a batch is applied whole or not at all.
        let mut undo: Vec<(String, Option<String>)> = Vec::new();
        let result = self.apply(&batch, &mut undo);
        if result.is_err() {
            for (name, previous) in undo.into_iter().rev() {
                let _ = match previous {
                    Some(value) => self.storage.set_item(&name, &value),
                    None => self.storage.remove_item(&name),
                };
            }
        }
        result.map(|()| next)
    }

    fn apply(&self, writes: &[Write], undo: &mut Vec<(String, Option<String>)>) -> Result<(), StorageError> {
        for write in writes {
            let names = match write {
                Write::Put { collection, key, .. } | Write::Delete { collection, key } => {
                    vec![Self::entry_key(*collection, key)]
                }
                Write::Clear { collection } => self.keys_of(*collection)?,
            };
            for name in names {
                let previous = self
                    .storage
                    .get_item(&name)
                    .map_err(|e| StorageError::WriteFailed(describe(&e)))?;
                undo.push((name.clone(), previous));
                let outcome = match write {
                    Write::Put { value, .. } => self.storage.set_item(&name, value),
                    Write::Delete { .. } | Write::Clear { .. } => self.storage.remove_item(&name),
                };
                outcome.map_err(|error| write_error(&error))?;
            }
        }
        Ok(())
    }
}

fn write_error(error: &JsValue) -> StorageError {
    if is_quota_exceeded(error) {
        StorageError::QuotaExceeded
    } else {
        StorageError::WriteFailed(describe(error))
    }
}

/// The `name` of a `DOMException` (`QuotaExceededError`, `SecurityError`, …); `None` for anything else.
pub(crate) fn exception_name(error: &JsValue) -> Option<String> {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(web_sys::DomException::name)
}

/// Whether `error` says the storage quota is used up (Firefox before version 98 named it differently).
pub(crate) fn is_quota_exceeded(error: &JsValue) -> bool {
    matches!(
        exception_name(error).as_deref(),
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
    )
}

/// A readable description of a JavaScript error value.
pub(crate) fn describe(error: &JsValue) -> String {
    if let Some(text) = error.as_string() {
        return text;
    }
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string());
    let message = js_sys::Reflect::get(error, &JsValue::from_str("message"))
        .ok()
        .and_then(|v| v.as_string());
    match (name, message) {
        (Some(name), Some(message)) => format!("{name}: {message}"),
        (None, Some(message)) => message,
        (Some(name), None) => name,
        (None, None) => "unknown error".to_owned(),
    }
}
