//! What the state takes from the outside world — the clock, the user's time zone, randomness, and both
//! halves of the broadcast between tabs (announce, listen) — injected so that native tests fix each one.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::{DateTime, FixedOffset, Offset as _, Utc};

use crate::domain::Random;

/// The outside world, as the state sees it. Clones share the same sources.
#[derive(Clone)]
pub struct Env {
    clock: Rc<dyn Fn() -> DateTime<Utc>>,
    offset: Rc<dyn Fn() -> FixedOffset>,
    random: SharedRandom,
    announce: Rc<dyn Fn()>,
    listen: Rc<dyn Fn(OnChange)>,
}

/// What a listener runs when another tab announces a change.
pub type OnChange = Box<dyn Fn()>;

impl Env {
    /// An environment from its five parts.
    pub fn new(
        clock: impl Fn() -> DateTime<Utc> + 'static,
        offset: impl Fn() -> FixedOffset + 'static,
        random: impl Random + 'static,
        announce: impl Fn() + 'static,
        listen: impl Fn(OnChange) + 'static,
    ) -> Self {
        Self {
            clock: Rc::new(clock),
            offset: Rc::new(offset),
            random: SharedRandom(Rc::new(RefCell::new(random))),
            announce: Rc::new(announce),
            listen: Rc::new(listen),
        }
    }

    /// The browser: `Date.now()`, its time zone, `crypto.getRandomValues` and a BroadcastChannel.
    pub fn browser() -> Self {
        use crate::browser::{broadcast, clock, random::CryptoRandom};
        Self::new(
            clock::now,
            clock::local_offset,
            CryptoRandom,
            broadcast::announce_change,
            broadcast::listen,
        )
    }

    /// For tests: a clock the test moves, UTC, `random`, a counter of announcements, and no listening
    /// (a test hands a tab another's change by calling its `refresh`).
    pub fn manual(now: Rc<Cell<DateTime<Utc>>>, random: impl Random + 'static, announced: Rc<Cell<usize>>) -> Self {
        Self::new(
            move || now.get(),
            || Utc.fix(),
            random,
            move || announced.set(announced.get() + 1),
            |_| {},
        )
    }

    /// The current time.
    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// The user's offset from UTC now.
    pub fn local_offset(&self) -> FixedOffset {
        (self.offset)()
    }

    /// The random source (a handle on the shared one).
    pub fn random(&self) -> SharedRandom {
        self.random.clone()
    }

    /// Tells the other tabs that something was saved.
    pub fn announce(&self) {
        (self.announce)();
    }

    /// Runs `on_change` whenever another tab announces a change.
    pub fn listen(&self, on_change: OnChange) {
        (self.listen)(on_change);
    }
}

/// A handle on the environment's random source; each call borrows it only for that call.
#[derive(Clone)]
pub struct SharedRandom(Rc<RefCell<dyn Random>>);

impl Random for SharedRandom {
    fn fill_bytes(&mut self, buf: &mut [u8]) {
        self.0.borrow_mut().fill_bytes(buf);
    }
}
