//! A banner when data is not kept in the primary storage.

use leptos::prelude::*;

use crate::i18n::{m::shell as m, tf};
use crate::state::expect_app_state;
use crate::storage::StorageKind;
use crate::ui::words::Words;

/// Says where data is kept when IndexedDB could not be used.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = expect_app_state();
    move || {
        state.storage_notice.get().map(|(kind, error)| {
            let message = if kind == StorageKind::LocalStorage {
                m::STORAGE_FALLBACK_LOCAL
            } else {
                m::STORAGE_FALLBACK_NONE
            };
            view! {
                <div class="banner banner--warning" role="status">
                    <p>{tf(message, [&error.words()])}</p>
                </div>
            }
        })
    }
}
