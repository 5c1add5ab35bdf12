//! The banner above the access keys that names the keys that have expired or expire soon.

use leptos::prelude::*;

use crate::domain::key_list::expiry_due;
use crate::i18n::{m::access_keys as m, tx};
use crate::state::expect_app_state;
use crate::ui::access_keys::words::expiry_banner;

/// "Expiring access keys": hidden while no key is due.
#[component]
pub fn ExpiryBanner() -> impl IntoView {
    let state = expect_app_state();
    // "Soon" starts at the account's earliest expiry reminder.
    let due = Memo::new(move |_| {
        let window = state.reminders.with(|reminders| reminders.window_days());
        state.access_keys.with(|keys| expiry_due(keys, state.now(), window))
    });
    view! {
        <div class="banner" role="note" aria-label=tx(m::EXPIRING_KEYS) hidden=move || due.with(Option::is_none)>
            <p>{move || due.with(|due| due.as_ref().map(expiry_banner))}</p>
        </div>
    }
}
