//! "Create access key": a name and an expiry period → the ID and secret, shown once, with copy and
//! download → "Done" → an alert → "Proceed". The secret leaves the page and memory at "Proceed".

use chrono::Duration;
use leptos::prelude::*;

use super::{Modal, NameField, OneTimeSecret, SecretReveal, expect_toasts};
use crate::browser::{clock, format, perf};
use crate::domain::dates::{iso_date, parse_iso_date};
use crate::domain::{AccessKeyId, ExpiryPeriod};
use crate::state::{ActionError, expect_app_state};
use crate::ui::{OneAtATime, unique_id};

/// The create dialog. `open` opens it; it sets `open` back to `false` when it closes.
#[component]
pub fn CreateAccessKeyDialog(
    /// Whether the dialog is open.
    open: RwSignal<bool>,
    /// The name the form starts with (e.g. when replacing an API key).
    #[prop(optional, into)]
    initial_name: Signal<String>,
    /// Runs after "Proceed" with the new key's ID, once the key is in the list.
    #[prop(optional)]
    on_proceed: Option<Callback<AccessKeyId>>,
) -> impl IntoView {
    let state = expect_app_state();
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let period = RwSignal::new(String::new());
    let custom_date = RwSignal::new(String::new());
    let expiry_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let creating = OneAtATime::new();
    // The new key's secret, from "Create" to "Proceed".
    let secret = OneTimeSecret::new();

    let reset = Callback::new(move |()| {
        name.set(initial_name.get_untracked());
        name_error.set(None);
        period.set(state.policy.get_untracked().default.code());
        custom_date.set(String::new());
        expiry_error.set(None);
        form_error.set(None);
    });

    let toasts = expect_toasts();
    let finish = move || {
        let created = secret.finish();
        if let Some(key) = &created {
            toasts.show(format!("Access key “{}” created.", key.name.as_str()));
        }
        open.set(false);
        created.map(|key| key.id)
    };

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(chosen) = ExpiryPeriod::from_code(&period.get_untracked()) else {
            expiry_error.set(Some("Choose an expiry period.".into()));
            return;
        };
        let date = parse_iso_date(&custom_date.get_untracked());
        let typed = name.get_untracked();
        perf::start("create-access-key");
        creating.run(async move {
            let outcome = state.create_access_key(&typed, chosen, date).await;
            perf::finish_after_frame("create-access-key");
            match outcome {
                Ok(new_key) => secret.reveal(new_key),
                Err(ActionError::Invalid(error)) if error.concerns_name() => name_error.set(Some(error.to_string())),
                Err(ActionError::Invalid(error)) if error.concerns_expiry() => {
                    expiry_error.set(Some(error.to_string()))
                }
                Err(error) => form_error.set(Some(error.to_string())),
            }
        });
    };

    // Escape on the form closes the dialog; once the secret is shown it goes through the alert.
    let on_escape = Callback::new(move |()| secret.allow_escape());
    let on_close = Callback::new(move |()| {
        if open.get_untracked() {
            finish();
        }
    });

    let form = move || {
        let policy = state.policy.get();
        let today = clock::now().with_timezone(&clock::local_offset()).date_naive();
        let min_date = iso_date(today + Duration::days(1));
        let max_date = iso_date(policy.last_custom_date(today));
        let expiry_id = unique_id("expiry");
        let expiry_hint_id = unique_id("expiry-hint");
        let expiry_error_id = unique_id("expiry-error");
        let date_id = unique_id("expiry-date");
        let described_by = {
            let (hint, error) = (expiry_hint_id.clone(), expiry_error_id.clone());
            move || {
                if expiry_error.get().is_some() {
                    format!("{error} {hint}")
                } else {
                    hint.clone()
                }
            }
        };
        let preview = move || {
            let chosen = ExpiryPeriod::from_code(&period.get())?;
            let date = parse_iso_date(&custom_date.get());
            let policy = state.policy.get();
            match policy.expires_at(chosen, date, clock::now(), clock::local_offset()) {
                Ok(Some(at)) => Some(format!("The key will expire on {}.", format::date_time(at))),
                Ok(None) => Some("The key will never expire.".to_owned()),
                Err(_) => None,
            }
        };
        let options = policy
            .allowed
            .iter()
            .map(|choice| view! { <option value=choice.code()>{choice.label()}</option> })
            .collect_view();
        view! {
            <form class="dialog__form" on:submit=submit novalidate>
                <NameField value=name error=name_error />
                <div class="field">
                    <label class="field__label" for=expiry_id.clone()>"Expiry period"</label>
                    <select
                        id=expiry_id
                        class="field__input"
                        prop:value=move || period.get()
                        on:change=move |event| {
                            period.set(event_target_value(&event));
                            expiry_error.set(None);
                        }
                        aria-invalid=move || expiry_error.get().map(|_| "true")
                        aria-describedby=described_by.clone()
                    >
                        {options}
                    </select>
                    <Show when=move || period.get() == ExpiryPeriod::CustomDate.code()>
                        <label class="field__label field__label--secondary" for=date_id.clone()>"Expiry date"</label>
                        <input
                            id=date_id.clone()
                            class="field__input"
                            type="date"
                            min=min_date.clone()
                            max=max_date.clone()
                            prop:value=move || custom_date.get()
                            on:input=move |event| {
                                custom_date.set(event_target_value(&event));
                                expiry_error.set(None);
                            }
                            aria-invalid=move || expiry_error.get().map(|_| "true")
                            aria-describedby=described_by.clone()
                        />
                    </Show>
                    <p class="field__hint" id=expiry_hint_id>
                        {preview}
                        " Allowed periods are set for the whole account. "
                        <a href="/account-settings#access-key-expiry">"Learn more"</a>
                    </p>
                    <p class="field__error" id=expiry_error_id hidden=move || expiry_error.get().is_none()>
                        {move || expiry_error.get()}
                    </p>
                </div>
                <p class="error-line" role="alert">{move || form_error.get()}</p>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| { finish(); }>"Cancel"</button>
                    <button type="submit" class="button button--primary" disabled=move || creating.is_busy()>"Create"</button>
                </div>
            </form>
        }
    };

    view! {
        <Modal open on_open=reset on_close on_escape title="Create access key" class="dialog--wide">
            {move || (!secret.is_revealed()).then(form)}
            <SecretReveal
                secret
                on_proceed=Callback::new(move |()| {
                    if let (Some(id), Some(callback)) = (finish(), on_proceed) {
                        callback.run(id);
                    }
                })
            />
        </Modal>
    }
}
