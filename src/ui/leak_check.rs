//! The leak check slice: "Check for leaked secrets" reads pasted text and files in the page and names
//! every secret and key ID in them. The dialog renders; [`scan`] reads.

mod dialog;
pub mod scan;
pub mod words;

pub use dialog::{LeakAction, LeakCheckDialog};
