//! A keyed reactive collection: one signal per item, found by its key, patched in place. A refresh
//! sets only the items whose value changed, so only the rows showing them update; the list of keys
//! changes only when items come or go.
//!
//! Hand-made rather than `reactive_stores`' keyed fields because the domain stays free of leptos (its
//! types derive no `Store`), and a key's dates are chrono values with no patchable fields: a whole row
//! per signal is the grain that is left, and one `PartialEq` decides whether it changed.

use std::collections::HashMap;
use std::hash::Hash;

use leptos::prelude::*;

/// Items of type `T` under keys of type `K`, each in its own signal.
pub struct Keyed<K: 'static, T: 'static> {
    items: StoredValue<HashMap<K, ArcRwSignal<T>>, LocalStorage>,
}

impl<K: 'static, T: 'static> Clone for Keyed<K, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K: 'static, T: 'static> Copy for Keyed<K, T> {}

impl<K: Eq + Hash + Clone + 'static, T: PartialEq + Clone + Send + Sync + 'static> Keyed<K, T> {
    /// An empty collection.
    pub fn new() -> Self {
        Self {
            items: StoredValue::new_local(HashMap::new()),
        }
    }

    /// The signal of the item under `key`, if there is one. It follows the item until it is removed.
    pub fn get(&self, key: &K) -> Option<ArcRwSignal<T>> {
        self.items.with_value(|items| items.get(key).cloned())
    }

    /// Stores `value` under `key`: a new item gets a signal, a changed one is set, an equal one is left alone.
    pub fn put(&self, key: K, value: T) {
        let existing = self.get(&key);
        match existing {
            Some(signal) => {
                if signal.with_untracked(|now| now != &value) {
                    signal.set(value);
                }
            }
            None => self.items.update_value(|items| {
                items.insert(key, ArcRwSignal::new(value));
            }),
        }
    }

    /// Removes the item under `key` (its rows are removed by the list they are in).
    pub fn remove(&self, key: &K) {
        self.items.update_value(|items| {
            items.remove(key);
        });
    }

    /// Makes the collection hold exactly `all`: a new item gets a signal, a changed one is set, an equal
    /// one is left alone, the rest are removed. One pass over `all`, no copy of the keys.
    pub fn patch(&self, all: impl IntoIterator<Item = (K, T)>) {
        let mut old = HashMap::new();
        self.items.update_value(|items| std::mem::swap(items, &mut old));
        let mut changed = Vec::new();
        let mut items = HashMap::with_capacity(old.len());
        for (key, value) in all {
            let signal = match old.remove(&key) {
                Some(signal) => {
                    if signal.with_untracked(|now| now != &value) {
                        changed.push((signal.clone(), value));
                    }
                    signal
                }
                None => ArcRwSignal::new(value),
            };
            items.insert(key, signal);
        }
        // The collection is whole again before anything that follows a signal runs.
        self.items.set_value(items);
        for (signal, value) in changed {
            signal.set(value);
        }
    }
}

impl<K: Eq + Hash + Clone + 'static, T: PartialEq + Clone + Send + Sync + 'static> Default for Keyed<K, T> {
    fn default() -> Self {
        Self::new()
    }
}
