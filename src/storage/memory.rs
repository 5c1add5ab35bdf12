//! The in-memory adapter: tests, and the last resort when the browser allows no storage.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::records::REVISION_KEY;
use super::{Collection, RawSnapshot, Revision, StorageError, StorageKind, Store, StoredRecord, Write};

/// Records in memory; clones share the same records.
#[derive(Clone, Default)]
pub struct MemoryStore {
    records: Rc<RefCell<BTreeMap<Collection, BTreeMap<String, String>>>>,
}

impl Store for MemoryStore {
    fn kind(&self) -> StorageKind {
        StorageKind::Memory
    }

    async fn load_all(&self) -> Result<RawSnapshot, StorageError> {
        let records = self.records.borrow();
        // Inserted, not collected: `collect` into a map compiles a sort of its own.
        let mut snapshot = RawSnapshot::new();
        snapshot.extend(Collection::ALL.iter().map(|&collection| {
            let stored = records
                .get(&collection)
                .map(|by_key| {
                    by_key
                        .iter()
                        .map(|(key, value)| StoredRecord {
                            key: key.clone(),
                            value: value.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            (collection, stored)
        }));
        Ok(snapshot)
    }

    async fn commit(&self, writes: &[Write], based_on: Revision) -> Result<Revision, StorageError> {
        // Nothing here can fail part-way or interleave, so checking and applying in order is atomic.
        let mut records = self.records.borrow_mut();
        let stored = Revision::parse(
            records
                .get(&Collection::Meta)
                .and_then(|meta| meta.get(REVISION_KEY))
                .map(String::as_str),
        );
        if stored != based_on {
            return Err(StorageError::Conflict);
        }
        for write in writes {
            match write {
                Write::Put { collection, key, value } => {
                    records
                        .entry(*collection)
                        .or_default()
                        .insert(key.clone(), value.clone());
                }
                Write::Delete { collection, key } => {
                    if let Some(by_key) = records.get_mut(collection) {
                        by_key.remove(key);
                    }
                }
                Write::Clear { collection } => {
                    records.remove(collection);
                }
            }
        }
        let next = based_on.next();
        records
            .entry(Collection::Meta)
            .or_default()
            .insert(REVISION_KEY.to_owned(), next.0.to_string());
        Ok(next)
    }
}
