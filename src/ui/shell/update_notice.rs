//! "Reload to update": shown when a new build of the app has installed in the background.

use crate::i18n::{m::shell as m, tx};
use leptos::prelude::*;

use crate::browser::service_worker;

/// Registers the service worker and, once a new version waits, offers to switch to it. Nothing is
/// reloaded behind the user's back: an open dialog (a secret on screen) is never lost.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let waiting = RwSignal::new(false);
    service_worker::register(move || {
        let _ = waiting.try_set(true);
    });
    view! {
        <div class="toasts toasts--update" role="status">
            <Show when=move || waiting.get()>
                <div class="toast">
                    <span class="toast__text">{tx(m::NEW_VERSION_READY)}</span>
                    <button type="button" class="toast__close" on:click=move |_| service_worker::activate_waiting()>
                        {tx(m::RELOAD_TO_UPDATE)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
