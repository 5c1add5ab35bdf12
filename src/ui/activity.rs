//! The activity slice: the account-wide log of what happened to every key.

mod log;
pub mod words;

pub use log::{ACTIVITY_LOG_ID, ActivityLogSection};
