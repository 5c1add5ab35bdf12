//! "Rotate secret": a new secret for the same access key ID, shown once with the same steps as creation;
//! the old secret stays valid for the chosen grace period.

use chrono::Duration;
use leptos::prelude::*;

use super::{Modal, OneTimeSecret, SecretReveal, expect_toasts};
use crate::domain::AccessKey;
use crate::state::expect_app_state;
use crate::ui::{OneAtATime, unique_id};

/// The grace periods offered: label and length.
const GRACE_PERIODS: [(&str, i64); 4] = [("Now", 0), ("1 hour", 1), ("24 hours", 24), ("7 days", 168)];

/// Rotates `key`'s secret while it is `Some`; sets it back to `None` when done.
#[component]
pub fn RotateSecretDialog(
    /// The key whose secret is rotated.
    key: RwSignal<Option<AccessKey>>,
) -> impl IntoView {
    let state = expect_app_state();
    let grace_hours = RwSignal::new("24".to_owned());
    let failure = RwSignal::new(None::<String>);
    // The new secret, from "Rotate" to "Proceed".
    let secret = OneTimeSecret::new();
    let rotating = OneAtATime::new();
    let select_id = unique_id("grace");
    // What happened to the key elsewhere since the dialog opened; a secret already shown stays.
    let stale = state.changed_elsewhere(key);

    let reset = Callback::new(move |()| {
        grace_hours.set("24".to_owned());
        failure.set(None);
    });
    let toasts = expect_toasts();
    let finish = move || {
        if let Some(rotated) = secret.finish() {
            toasts.show(format!("The secret of “{}” was rotated.", rotated.name.as_str()));
        }
        key.set(None);
    };
    let rotate = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(current) = key.get_untracked() else { return };
        let hours = grace_hours.get_untracked().parse::<i64>().unwrap_or(0);
        rotating.run(async move {
            match state.rotate_access_key(&current, Duration::hours(hours)).await {
                Ok(new_key) => secret.reveal(new_key),
                Err(error) => failure.set(Some(error.to_string())),
            }
        });
    };
    // Escape on the form closes the dialog; once the secret is shown it goes through the alert.
    let on_escape = Callback::new(move |()| secret.allow_escape());
    let name = move || key.with(|k| k.as_ref().map(|k| k.name.as_str().to_owned()).unwrap_or_default());
    // Built each time the form is shown (views are not `Clone` with erased components).
    let options = || {
        GRACE_PERIODS
            .iter()
            .map(|(label, hours)| view! { <option value=hours.to_string()>{*label}</option> })
            .collect_view()
    };
    let form = move || {
        view! {
            <form class="dialog__form" on:submit=rotate>
                <p class="dialog__text">
                    "The access key " <strong>{name}</strong> " gets a new secret. Its ID, name and settings "
                    "stay the same. Give the programs that use it time to switch to the new secret."
                </p>
                <div class="field">
                    <label class="field__label" for=select_id.clone()>"Old secret stays valid for"</label>
                    <select id=select_id.clone() class="field__input policy__narrow"
                        prop:value=move || grace_hours.get()
                        on:change=move |event| grace_hours.set(event_target_value(&event))>
                        {options()}
                    </select>
                </div>
                <p class="banner banner--error" role="alert" hidden=move || stale.with(Option::is_none)>{move || stale.get()}</p>
                <p class="error-line" role="alert">
                    // A change elsewhere is said once, in the banner above.
                    {move || stale.with(Option::is_none).then(|| failure.get()).flatten()}
                </p>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| finish()>
                        {move || if stale.with(Option::is_some) { "Close" } else { "Cancel" }}
                    </button>
                    <button type="submit" class="button button--primary" disabled=move || rotating.is_busy() hidden=move || stale.with(Option::is_some)>"Rotate"</button>
                </div>
            </form>
        }
    };
    view! {
        <Modal
            open=Signal::derive(move || key.with(Option::is_some))
            on_open=reset
            on_close=Callback::new(move |()| if key.with_untracked(Option::is_some) { finish() })
            on_escape
            title="Rotate secret"
            class="dialog--wide"
        >
            {move || (!secret.is_revealed()).then(form.clone())}
            <SecretReveal secret on_proceed=Callback::new(move |()| finish()) />
        </Modal>
    }
}
