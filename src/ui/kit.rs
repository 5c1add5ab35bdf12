//! Pieces any page could use. The kit imports neither `state` nor `domain`: what it shows comes in
//! through its props.

mod confirm_dialog;
mod copy_button;
mod field;
mod focus;
mod form_dialog;
mod ids;
mod keyed_list;
mod menu_button;
mod modal;
mod more_options;
mod one_at_a_time;
mod open;
mod relative_time;
mod relay;
mod strong;
mod toasts;

pub use confirm_dialog::ConfirmDialog;
pub use copy_button::CopyButton;
pub use field::{Field, FieldControl};
pub use focus::focus_first_invalid;
pub use form_dialog::FormDialog;
pub use ids::{described_by, unique_id};
pub use keyed_list::keyed_list;
pub use menu_button::{MenuButton, MenuItem};
pub use modal::Modal;
pub use more_options::MoreOptions;
pub use one_at_a_time::OneAtATime;
pub use open::Open;
pub use relative_time::RelativeTime;
pub use relay::Relay;
pub use strong::{strong_in, strong_within};
pub use toasts::{ToastRegion, Toasts, expect_toasts, provide_toasts};
