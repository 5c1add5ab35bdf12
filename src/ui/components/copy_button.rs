//! A button that copies a value and says so, or selects the value when the browser refuses.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard;

/// How long "Copied" stays announced.
const COPIED_FOR: Duration = Duration::from_secs(2);
/// How long the manual-copy hint stays.
const HINT_FOR: Duration = Duration::from_secs(10);
/// What the user reads when the Clipboard API is refused.
pub const MANUAL_COPY_HINT: &str =
    "Your browser blocked copying. The value is selected: press Ctrl+C (⌘C on a Mac) to copy it.";

/// A "Copy" button with a live status next to it.
#[component]
pub fn CopyButton(
    /// The accessible name, e.g. "Copy Account ID".
    #[prop(into)]
    label: String,
    /// The text to copy.
    #[prop(into)]
    value: Signal<String>,
    /// The id of the element that shows the value; it is selected when copying is refused.
    #[prop(into)]
    target_id: String,
    /// Show only the icon (the accessible name stays).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let generation = StoredValue::new(0u32);
    let copy = move |_| {
        let target_id = target_id.clone();
        let text = value.get_untracked();
        generation.update_value(|n| *n += 1);
        let mine = generation.get_value();
        spawn_local(async move {
            let (text_now, lasts) = match clipboard::write_text(&text).await {
                Ok(()) => ("Copied", COPIED_FOR),
                Err(()) => {
                    clipboard::select_contents(&target_id);
                    (MANUAL_COPY_HINT, HINT_FOR)
                }
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
            <button type="button" class="button button--ghost button--small" aria-label=label on:click=copy>
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M5 2h7a1 1 0 0 1 1 1v9h-1.5V3.5H5z" />
                    <path d="M3 5h7a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm.5 1.5v7h6v-7z" />
                </svg>
                <span class=("visually-hidden", move || compact)>"Copy"</span>
            </button>
            <span class="copy__status" role="status">{message}</span>
        </span>
    }
}
