//! A banner when data is not kept in the primary storage.

use leptos::prelude::*;

use crate::state::expect_app_state;

/// Says where data is kept when IndexedDB could not be used.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = expect_app_state();
    move || {
        state.storage_notice.get().map(|notice| {
            view! {
                <div class="banner banner--warning" role="status">
                    <p>{notice}</p>
                </div>
            }
        })
    }
}
