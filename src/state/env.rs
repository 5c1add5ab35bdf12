//! What the state takes from the outside world — the clock, the user's time zone, randomness, both
//! halves of the broadcast between tabs (announce, listen) and a pause that lets the browser run other
//! tasks — injected so that native tests fix each one.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
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
    pause: Rc<dyn Fn() -> Pin<Box<dyn Future<Output = ()>>>>,
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
            pause: Rc::new(|| Box::pin(std::future::ready(()))),
        }
    }

    /// The browser: `Date.now()`, its time zone, `crypto.getRandomValues`, a BroadcastChannel, and a
    /// pause that ends in a task of its own.
    pub fn browser() -> Self {
        use crate::browser::{broadcast, clock, perf, random::CryptoRandom};
        Self {
            pause: Rc::new(|| Box::pin(perf::in_next_task())),
            ..Self::new(
                clock::now,
                clock::local_offset,
                CryptoRandom,
                broadcast::announce_change,
                broadcast::listen,
            )
        }
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

    /// The same environment with `pause` run at each pause (tests: what another tab does meanwhile).
    pub fn with_pause(self, pause: impl Fn() + 'static) -> Self {
        Self {
            pause: Rc::new(move || {
                pause();
                Box::pin(std::future::ready(()))
            }),
            ..self
        }
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

    /// Goes on in a task of its own, so that the browser may run others first (in tests: at once).
    pub async fn pause(&self) {
        (self.pause)().await;
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
