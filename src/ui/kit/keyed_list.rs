//! Every keyed list of the page through one compiled `<For>`.
//!
//! `<For>` compiles its keyed diff once per item type, key type and closure: the page's five lists were
//! five copies of it (16.5 KB of the named build). [`keyed_list`] keeps the typed interface — items, a key
//! for each, a view of an item — and hands one untyped list to the one `<For>` below: keys as strings,
//! items boxed, the view erased. A key that stays keeps its item's view; an item's view is drawn once.

use std::any::Any;
use std::sync::Arc;

use leptos::prelude::*;

/// An item on its way through the untyped list: its key and the item itself.
type Entry = (String, Box<dyn Any + Send>);

/// Draws an item taken out of its box.
type DrawEntry = Arc<dyn Fn(Box<dyn Any + Send>) -> AnyView + Send + Sync>;

/// A keyed list: `each` gives the items in order (tracked), `key` names each (unique in the list), and
/// `children` draws one. When the items change, an item whose key was listed before keeps its view (moved
/// if need be); a new key is drawn, a key gone is removed.
pub fn keyed_list<T: Send + 'static>(
    each: impl Fn() -> Vec<T> + Send + Sync + 'static,
    key: impl Fn(&T) -> String + Send + Sync + 'static,
    children: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let entries = move || -> Vec<Entry> {
        each()
            .into_iter()
            .map(|item| (key(&item), Box::new(item) as Box<dyn Any + Send>))
            .collect()
    };
    let draw: DrawEntry = Arc::new(move |item| match item.downcast::<T>() {
        Ok(item) => children(*item),
        // Unreachable: each entry was boxed from a `T` above.
        Err(_) => ().into_any(),
    });
    untyped(Box::new(entries), draw)
}

/// The one `<For>`.
fn untyped(entries: Box<dyn Fn() -> Vec<Entry> + Send + Sync>, draw: DrawEntry) -> impl IntoView {
    view! { <For each=move || entries() key=|(key, _): &Entry| key.clone() children=move |(_, item): Entry| draw(item) /> }
}
