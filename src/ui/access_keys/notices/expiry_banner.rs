//! The banner above the access keys that names the keys that have expired or expire soon.

use leptos::prelude::*;

use crate::domain::key_list::expiry_banner_within;
use crate::state::expect_app_state;

/// "Expiring access keys": hidden while no key is due.
#[component]
pub fn ExpiryBanner() -> impl IntoView {
    let state = expect_app_state();
    // "Soon" starts at the account's earliest expiry reminder.
    let text = Memo::new(move |_| {
        let window = state.reminders.with(|reminders| reminders.window_days());
        state
            .access_keys
            .with(|keys| expiry_banner_within(keys, state.now(), window))
    });
    view! {
        <div class="banner" role="note" aria-label="Expiring access keys" hidden=move || text.with(Option::is_none)>
            <p>{move || text.get()}</p>
        </div>
    }
}
