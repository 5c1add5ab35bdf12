//! A long-lived source read by parts that come and go (a table's rows).
//!
//! reactive_graph 0.2 never takes a dropped subscriber out of the list of a signal or memo it read, so a
//! row that reads the selection directly leaves an entry behind in it for the life of the page, each time
//! a row is drawn. Through a relay, the source has one subscriber for the whole table (the relay's
//! effect), and each part follows a trigger of its own that goes with it. (`i18n::scope` does the same
//! for the language.)

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

/// The parts following one source, each by its own trigger.
#[derive(Default)]
struct Parts {
    next: Cell<u32>,
    live: RefCell<Vec<(u32, ArcTrigger)>>,
}

/// Relays each change of a source to the parts that follow it. `Copy`: a handle.
#[derive(Clone, Copy)]
pub struct Relay(StoredValue<Rc<Parts>, LocalStorage>);

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
                // Cloned first: a part notified may be dropped, and leave, while this runs.
                let live = relay.0.try_with_value(|parts| {
                    parts
                        .live
                        .borrow()
                        .iter()
                        .map(|(_, part)| part.clone())
                        .collect::<Vec<_>>()
                });
                for part in live.unwrap_or_default() {
                    part.notify();
                }
            }
        });
        relay
    }

    /// The trigger by which the part being built (the current owner) follows the source: read the source
    /// untracked and track this instead. Forgotten when the part is cleaned up.
    pub fn follow(self) -> ArcTrigger {
        let trigger = ArcTrigger::new();
        let id = self.0.with_value(|parts| {
            let id = parts.next.replace(parts.next.get().wrapping_add(1));
            parts.live.borrow_mut().push((id, trigger.clone()));
            id
        });
        let relay = self.0;
        on_cleanup(move || {
            relay.try_with_value(|parts| parts.live.borrow_mut().retain(|(other, _)| *other != id));
        });
        trigger
    }

    /// How many parts follow the source now.
    pub fn followers(self) -> usize {
        self.0.with_value(|parts| parts.live.borrow().len())
    }
}
