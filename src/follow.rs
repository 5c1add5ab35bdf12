//! Parts of the page that come and go (rows, log entries, toasts, open menus) following a source that
//! outlives them, each through a trigger of its own.
//!
//! reactive_graph 0.2 never takes a dropped subscriber out of the list of a signal or memo it read, so a
//! part that reads a long-lived source directly leaves an entry behind in it, for the life of the page,
//! each time it is drawn. A part that tracks its own trigger instead takes its subscriptions with it; the
//! source's owner notifies the live triggers ([`Followers::notify`]). Used by `i18n::scope` (the language)
//! and `ui::kit::Relay` (the selection, a setting, a row's position).

use std::cell::{Cell, RefCell};

use leptos::prelude::{ArcTrigger, Notify};

/// The triggers of the parts following one source now.
#[derive(Default)]
pub struct Followers {
    next: Cell<u32>,
    live: RefCell<Vec<(u32, ArcTrigger)>>,
}

impl Followers {
    /// No parts yet.
    pub const fn new() -> Self {
        Self {
            next: Cell::new(0),
            live: RefCell::new(Vec::new()),
        }
    }

    /// A new part's trigger and its number, to [`Followers::forget`] it by when the part is cleaned up.
    pub fn join(&self) -> (u32, ArcTrigger) {
        let id = self.next.replace(self.next.get().wrapping_add(1));
        let trigger = ArcTrigger::new();
        self.live.borrow_mut().push((id, trigger.clone()));
        (id, trigger)
    }

    /// Forgets the part `id`.
    pub fn forget(&self, id: u32) {
        self.live.borrow_mut().retain(|(other, _)| *other != id);
    }

    /// Tells every part the source changed.
    pub fn notify(&self) {
        // Cloned first: a part notified may be dropped, and leave, while this runs.
        let live: Vec<ArcTrigger> = self.live.borrow().iter().map(|(_, part)| part.clone()).collect();
        for part in live {
            part.notify();
        }
    }

    /// How many parts follow now.
    pub fn len(&self) -> usize {
        self.live.borrow().len()
    }

    /// Whether no part follows now.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
