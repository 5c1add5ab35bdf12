//! The in-memory adapter: tests, and the last resort when the browser allows no storage.

use std::cell::RefCell;
use std::rc::Rc;

use super::records::{REVISION_KEY, revision};
use super::{Collection, RawSnapshot, Revision, StorageError, StorageKind, Store, StoredRecord, Write};

/// Records in memory, each collection's in key order (as IndexedDB reads them); clones share the same
/// records.
#[derive(Clone, Default)]
pub struct MemoryStore {
    records: Rc<RefCell<RawSnapshot>>,
}

/// Stores `value` under `key` in `records` (kept in key order).
fn put(records: &mut Vec<StoredRecord>, key: &str, value: &str) {
    match records.binary_search_by(|record| record.key.as_str().cmp(key)) {
        Ok(at) => value.clone_into(&mut records[at].value),
        Err(at) => records.insert(
            at,
            StoredRecord {
                key: key.to_owned(),
                value: value.to_owned(),
            },
        ),
    }
}

impl Store for MemoryStore {
    fn kind(&self) -> StorageKind {
        StorageKind::Memory
    }

    async fn load_all(&self) -> Result<RawSnapshot, StorageError> {
        Ok(self.records.borrow().clone())
    }

    async fn commit(&self, writes: &[Write], based_on: Revision) -> Result<Revision, StorageError> {
        // Nothing here can fail part-way or interleave, so checking and applying in order is atomic.
        let mut records = self.records.borrow_mut();
        if revision(&records) != based_on {
            return Err(StorageError::Conflict);
        }
        for write in writes {
            match write {
                Write::Put { collection, key, value } => put(records.get_mut(*collection), key, value),
                Write::Delete { collection, key } => {
                    let stored = records.get_mut(*collection);
                    if let Ok(at) = stored.binary_search_by(|record| record.key.as_str().cmp(key)) {
                        stored.remove(at);
                    }
                }
                Write::Clear { collection } => records.get_mut(*collection).clear(),
            }
        }
        let next = based_on.next();
        put(records.get_mut(Collection::Meta), REVISION_KEY, &next.0.to_string());
        Ok(next)
    }
}
