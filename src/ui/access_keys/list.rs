//! The list of access keys: toolbar, table, rows and pager.

mod pager;
mod row;
mod table;
mod toolbar;

pub use pager::AccessKeysPager;
pub use row::{AccessKeyRow, row_element_id};
pub use table::AccessKeysTable;
pub use toolbar::AccessKeysToolbar;
