//! One stable sort for every element type.
//!
//! `slice::sort_by` compiles a whole driftsort (3–4 KiB of wasm) for each element type and comparator it is
//! called with; seventeen of them were 64 KB of the page's code. These functions sort positions (`u32`)
//! through one comparator object — a single compiled sort — and then move the elements into that order.
//! The order is exactly `slice::sort_by`'s: stable, equal elements keep their order.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a as usize], &items[b as usize]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| slots[at as usize].take()));
}

/// Sorts `items` stably by the key `key` gives each (computed per comparison: keep it cheap).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The one compiled sort: positions, compared through a trait object.
#[inline(never)]
fn sort_positions(order: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}
