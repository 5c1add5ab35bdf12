//! "Rotate secret": a new secret and a new expiry for the same access key ID, shown once with the same
//! steps as creation; the old secret stays valid for the chosen grace period (an expired key's gets none:
//! it no longer worked).

use crate::i18n::{m::access_keys as m, t, tf, tn, tx};
use crate::ui::kit::strong_within;
use crate::ui::words;
use chrono::Duration;
use leptos::prelude::*;

use crate::domain::ExpiryPeriod;
use crate::domain::dates::parse_iso_date;
use crate::state::ActionError;
use crate::state::expect_app_state;
use crate::ui::access_keys::fields::ExpiryField;
use crate::ui::access_keys::list::row_element_id;
use crate::ui::access_keys::secret::{OneTimeSecret, SecretReveal};
use crate::ui::access_keys::view::{AccessKeysView, KeyDialog};
use crate::ui::access_keys::words::cutover_warning;
use crate::ui::kit::{FormDialog, OneAtATime, expect_toasts, focus_first_invalid, unique_id};
use crate::ui::words::Words;

/// The grace periods offered: label and length.
const GRACE_HOURS: [i64; 4] = [0, 1, 24, 168];

/// A grace period in words: "Now", "1 hour", "24 hours", "7 days".
fn grace_text(hours: i64) -> String {
    match hours {
        0 => t(m::GRACE_NOW).to_owned(),
        168 => words::period(ExpiryPeriod::Days(7)),
        hours => tn(m::GRACE_HOURS, hours as usize, []),
    }
}

/// Rotates the secret of the key of [`KeyDialog::Rotate`] while it is open.
#[component]
pub fn RotateSecretDialog() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let view = AccessKeysView::expect();
    let open = view.open_state(|d| matches!(d, KeyDialog::Rotate(_)));
    let key = view.showing(|d| match d {
        KeyDialog::Rotate(key) => Some(key.clone()),
        _ => None,
    });
    let grace_hours = RwSignal::new("24".to_owned());
    let period = RwSignal::new(String::new());
    let custom_date = RwSignal::new(String::new());
    let expiry_error = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<String>);
    // An expired key's old secret no longer works: it gets no grace period, and none is offered.
    let expired = move || key.with(|k| k.as_ref().is_some_and(|k| k.has_expired(state.now())));
    // The new secret, from "Rotate" to "Proceed".
    let secret = OneTimeSecret::new();
    let rotating = OneAtATime::new();
    let select_id = unique_id("grace");
    // What happened to the key elsewhere since the dialog opened; a secret already shown stays.
    let stale = state.changed_elsewhere(key.into());
    let stale = Signal::derive(move || stale.with(|stale| stale.as_ref().map(Words::words)));

    let reset = Callback::new(move |()| {
        grace_hours.set("24".to_owned());
        // The key's own period while the policy allows it; the policy's default for an expired key.
        let policy = state.policy.get_untracked();
        let chosen = key.with_untracked(|k| match k {
            Some(k) if !expired() => policy.period_like(k.created_at, k.expires_at),
            _ => policy.default,
        });
        period.set(chosen.code());
        custom_date.set(String::new());
        expiry_error.set(None);
        failure.set(None);
    });
    // However the dialog ends, the secret goes (zeroed); a rotation that happened is confirmed.
    let finish = Callback::new(move |()| {
        if let Some(rotated) = secret.finish() {
            toasts.show_about(tf(m::ROTATED, [rotated.name.as_str()]), row_element_id(&rotated.id));
        }
        open.close();
    });
    let rotate = Callback::new(move |()| {
        let Some(current) = key.get_untracked() else { return };
        let hours = grace_hours.get_untracked().parse::<i64>().unwrap_or(0);
        let Some(chosen) = ExpiryPeriod::from_code(&period.get_untracked()) else {
            expiry_error.set(Some(t(m::CHOOSE_EXPIRY_PERIOD).into()));
            return;
        };
        let date = parse_iso_date(&custom_date.get_untracked());
        rotating.run(async move {
            match state
                .rotate_and_renew(&current, Duration::hours(hours), chosen, date)
                .await
            {
                Ok(new_key) => secret.reveal(new_key),
                Err(ActionError::Invalid(error)) if error.concerns_expiry() => {
                    expiry_error.set(Some(error.words()));
                    focus_first_invalid();
                }
                Err(error) => failure.set(Some(error.words())),
            }
        });
    });
    // Escape on the form closes the dialog; once the secret is shown it goes through the alert.
    let on_escape = Callback::new(move |()| secret.allow_escape());
    let name = move || key.with(|k| k.as_ref().map(|k| k.name.as_str().to_owned()).unwrap_or_default());
    // "Now" says in words which connections stop at once.
    let cutover = move || {
        key.with(|k| {
            let clients = state.active_clients(&k.as_ref()?.id);
            Some(cutover_warning(&clients))
        })
    };
    // Built each time the form is shown (views are not `Clone` with erased components).
    let options = || {
        GRACE_HOURS
            .iter()
            .map(|&hours| view! { <option value=hours.to_string()>{move || grace_text(hours)}</option> })
            .collect_view()
    };
    view! {
        <FormDialog
            open
            on_open=reset
            on_close=finish
            on_escape
            title=tx(m::ROTATE_SECRET)
            class="dialog--wide"
            on_submit=rotate
            submit_label=tx(m::ROTATE)
            busy=rotating
            stale
            error=failure
            show_form=Signal::derive(move || !secret.is_revealed())
            after=std::sync::Arc::new(move || view! { <SecretReveal secret on_proceed=finish /> }.into_any())
        >
            <p class="dialog__text">
                {move || strong_within(m::ROTATE_LEAD, name())}
            </p>
            <ExpiryField period custom_date error=expiry_error />
            <p class="banner" hidden=move || !expired()>
                {tx(m::ROTATE_EXPIRED)}
            </p>
            <div class="field" hidden=expired>
                <label class="field__label" for=select_id.clone()>{tx(m::GRACE_LABEL)}</label>
                <select id=select_id.clone() class="field__input policy__narrow"
                    prop:value=move || grace_hours.get()
                    on:change=move |event| grace_hours.set(event_target_value(&event))>
                    {options()}
                </select>
            </div>
            <p class="banner" role="status" hidden=move || expired() || grace_hours.get() != "0">
                {move || (!expired() && grace_hours.get() == "0").then(cutover).flatten()}
            </p>
        </FormDialog>
    }
}
