//! Thin adapters to the web platform. Each is small enough to read at a glance.

pub mod broadcast;
pub mod clipboard;
pub mod clock;
pub mod crypto;
pub mod download;
pub mod files;
pub mod format;
pub mod history;
pub mod language;
pub mod leave;
pub mod locks;
pub mod notify;
pub mod perf;
pub mod persist;
pub mod random;
pub mod service_worker;
pub mod theme;
