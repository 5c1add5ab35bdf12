//! api-auth: the *API authentication* settings page of a workflow platform account.
//!
//! The crate is layered so that data flows one way:
//!
//! ```text
//!  browser adapters ─┐            ┌─ storage adapters (IndexedDB, localStorage, memory)
//!  (random, clock,   │            │  implement the storage port
//!   clipboard, …)    ▼            ▼
//!                 domain  ◄──  state  ◄──  ui (feature slices over a kit)
//! ```
//!
//! - [`domain`] is pure Rust: formats, rules and the demo account. Time and randomness are passed in, so
//!   every rule is tested natively. It never names `leptos`, `web_sys`, `wasm_bindgen` or `js_sys`.
//! - [`storage`] is an async port ([`storage::Store`]) with IndexedDB, localStorage and in-memory adapters,
//!   and the typed records stored through it.
//! - [`browser`] holds the thin adapters to the web platform (random bytes, clock, clipboard, downloads,
//!   broadcast, locks, `Intl`).
//! - [`state`] turns the domain into reactive state (read-only outside it) and exposes the operations
//!   the UI calls; the clock and randomness come in through [`state::Env`], and the UI reads the time
//!   from the state.
//! - [`ui`] renders, one folder per feature over a small kit; a component reads state and calls
//!   operations, it never decides a business rule. UI slices also read domain types and use browser
//!   adapters (downloads, formatting) directly.
//! - [`follow`]: parts that come and go follow a long-lived source through triggers of their own (a
//!   dropped part would otherwise stay subscribed to it; used by [`i18n::scope`] and `ui::kit::Relay`).

pub mod browser;
pub mod domain;
pub mod follow;
pub mod i18n;
pub mod state;
pub mod storage;
pub mod ui;
