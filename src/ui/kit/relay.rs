//! A long-lived source read by parts that come and go (a table's rows), followed by each part through a
//! trigger of its own (see [`crate::follow`]): the source has one subscriber for the whole table, the
//! relay's effect, and a part that is dropped leaves nothing in it.

use std::rc::Rc;

use leptos::prelude::*;

use crate::follow::Followers;

/// Relays each change of a source to the parts that follow it. `Copy`: a handle.
#[derive(Clone, Copy)]
pub struct Relay(StoredValue<Rc<Followers>, LocalStorage>);

impl Relay {
    /// A relay of each change of what `source` reads (tracked), for as long as the calling owner lives.
    pub fn new(source: impl Fn() + 'static) -> Self {
        Self::relaying(Box::new(source))
    }

    // One compiled relay for every source.
    fn relaying(source: Box<dyn Fn()>) -> Self {
        let relay = Self(StoredValue::new_local(Rc::default()));
        Effect::new(move |seen: Option<()>| {
            source();
            if seen.is_some() {
                relay.0.try_with_value(|parts| parts.notify());
            }
        });
        relay
    }

    /// The trigger by which the part being built (the current owner) follows the source: read the source
    /// untracked and track this instead. Forgotten when the part is cleaned up.
    pub fn follow(self) -> ArcTrigger {
        let (id, trigger) = self.0.with_value(|parts| parts.join());
        let relay = self.0;
        on_cleanup(move || {
            relay.try_with_value(|parts| parts.forget(id));
        });
        trigger
    }

    /// How many parts follow the source now.
    pub fn followers(self) -> usize {
        self.0.with_value(|parts| parts.len())
    }
}
