//! api-auth: the *API authentication* settings page of a workflow platform account.
//!
//! The crate is layered so that data flows one way:
//!
//! ```text
//!  browser adapters ─┐            ┌─ storage adapters (IndexedDB, localStorage, memory)
//!  (random, clock,   │            │  implement the storage port
//!   clipboard)       ▼            ▼
//!                 domain  ◄──  state  ◄──  ui (one component per file)
//! ```
//!
//! - [`domain`] is pure Rust: formats, rules and the demo account. Time and randomness are passed in, so
//!   every rule is tested natively. It never names `leptos`, `web_sys`, `wasm_bindgen` or `js_sys`.
//! - [`storage`] is an async port ([`storage::Store`]) with IndexedDB, localStorage and in-memory adapters,
//!   and the typed records stored through it.
//! - [`browser`] holds the thin adapters to the web platform (random bytes, clock, clipboard).
//! - [`state`] turns the domain into reactive state and exposes the operations the UI calls.
//! - [`ui`] renders; a component reads state and calls operations, it never decides a business rule.

pub mod browser;
pub mod domain;
pub mod state;
pub mod storage;
pub mod ui;
