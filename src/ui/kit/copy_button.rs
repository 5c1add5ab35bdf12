//! A button that copies a value and says so, or selects the value when the browser refuses.

use std::time::Duration;

use crate::i18n::{m::kit as m, t, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;
use zeroize::Zeroizing;

use super::Toasts;
use crate::browser::clipboard;

/// How long "Copied" stays announced.
const COPIED_FOR: Duration = Duration::from_secs(2);
/// How long the manual-copy hint stays.
const HINT_FOR: Duration = Duration::from_secs(10);

/// A "Copy" button with a live status next to it.
#[component]
pub fn CopyButton(
    /// The accessible name, e.g. "Copy Account ID".
    #[prop(into)]
    label: TextProp,
    /// The text to copy.
    #[prop(into)]
    value: Signal<String>,
    /// The id of the element that shows the value; it is selected when copying is refused.
    #[prop(into)]
    target_id: String,
    /// Show only the icon (the accessible name stays) and say "copied" with a toast: a table of keys then
    /// has one live region, not one per row.
    #[prop(optional)]
    compact: bool,
    /// What the toast of a compact button says, e.g. "Access key ID of CI copied.".
    #[prop(optional, into)]
    copied: Option<TextProp>,
) -> impl IntoView {
    // A compact button says "copied" with a toast.
    let toast = compact
        .then(use_context::<Toasts>)
        .flatten()
        .zip(copied)
        .map(|(toasts, copied)| (toasts, copied.get().to_string()));
    // The status line and its timer exist only beside a full-size button.
    let status = (!compact).then(|| (RwSignal::new(String::new()), StoredValue::new(0u32)));
    let copy = move |_| {
        let target_id = target_id.clone();
        let toast = toast.clone();
        // The value may be a secret: the copy made for the clipboard is zeroed once written.
        let text = Zeroizing::new(value.get_untracked());
        spawn_local(async move {
            let outcome = clipboard::write_text(&text).await;
            if outcome.is_err() {
                clipboard::select_contents(&target_id);
            }
            if let Some((toasts, copied)) = toast {
                toasts.show(if outcome.is_ok() {
                    copied
                } else {
                    t(m::MANUAL_COPY_HINT).to_owned()
                });
            }
            let Some((message, generation)) = status else { return };
            generation.update_value(|n| *n += 1);
            let mine = generation.get_value();
            let (text_now, lasts) = match outcome {
                Ok(()) => (t(m::COPIED), COPIED_FOR),
                Err(()) => (t(m::MANUAL_COPY_HINT), HINT_FOR),
            };
            message.try_set(text_now.to_owned());
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(mine) {
                        message.try_set(String::new());
                    }
                },
                lasts,
            );
        });
    };
    view! {
        <span class="copy">
            <button type="button" class="button button--ghost button--small copy__button" aria-label=move || label.get() on:click=copy>
                {(!compact).then_some(tx(m::COPY))}
            </button>
            {status.map(|(message, _)| view! { <span class="copy__status" role="status">{message}</span> })}
        </span>
    }
}
