//! A button that copies a value and says so, or selects the value when the browser refuses.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use zeroize::Zeroizing;

use super::Toasts;
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
    /// Show only the icon (the accessible name stays) and say "copied" with a toast: a table of keys then
    /// has one live region, not one per row.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    // A compact button says "copied" with a toast: "Copy access key ID of CI" → "Access key ID of CI
    // copied." (labels start with ASCII).
    let toast = compact.then(use_context::<Toasts>).flatten().map(|toasts| {
        let what = label.strip_prefix("Copy ").unwrap_or(&label);
        let mut copied = String::with_capacity(what.len() + 8);
        copied.push_str(what);
        if let Some(first) = copied.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        copied.push_str(" copied.");
        (toasts, copied)
    });
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
                    MANUAL_COPY_HINT.to_owned()
                });
            }
            let Some((message, generation)) = status else { return };
            generation.update_value(|n| *n += 1);
            let mine = generation.get_value();
            let (text_now, lasts) = match outcome {
                Ok(()) => ("Copied", COPIED_FOR),
                Err(()) => (MANUAL_COPY_HINT, HINT_FOR),
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
            <button type="button" class="button button--ghost button--small copy__button" aria-label=label on:click=copy>
                {(!compact).then_some("Copy")}
            </button>
            {status.map(|(message, _)| view! { <span class="copy__status" role="status">{message}</span> })}
        </span>
    }
}
