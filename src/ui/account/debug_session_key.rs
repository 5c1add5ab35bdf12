//! "Debug session key": hidden until "Show"; "Hide" removes it from the page again.

use crate::i18n::{m::account as m, t, tx};
use leptos::prelude::*;

use crate::domain::DebugSessionKey;
use crate::ui::kit::CopyButton;

const KEY_VALUE: &str = "debug-session-key-value";

/// The debug session key, revealed on demand.
#[component]
pub fn DebugSessionKeySection(
    /// The account's debug session key.
    key: DebugSessionKey,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    let key = StoredValue::new(key);
    view! {
        <section class="card" id="debug-session-key" aria-labelledby="debug-session-key-title">
            <h2 class="card__title" id="debug-session-key-title">{tx(m::DEBUG_SESSION_KEY)}</h2>
            <p class="card__lead">
                {tx(m::DEBUG_SESSION_KEY_LEAD)}
            </p>
            <div class="fields__value">
                <button type="button" class="button" on:click=move |_| shown.update(|s| *s = !*s)>
                    {move || t(if shown.get() { m::HIDE } else { m::SHOW })}
                </button>
                <Show when=move || shown.get()>
                    <code class="mono secret-value" id=KEY_VALUE>{key.with_value(|k| k.reveal().to_owned())}</code>
                    <CopyButton
                        label=tx(m::COPY_DEBUG_SESSION_KEY)
                        value=Signal::derive(move || key.with_value(|k| k.reveal().to_owned()))
                        target_id=KEY_VALUE
                    />
                </Show>
            </div>
        </section>
    }
}
