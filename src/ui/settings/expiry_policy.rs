//! "Access key expiry" on Account settings: the account-level policy that the create dialog obeys.
//! Saving never changes existing keys; the keys that outlive a tightened policy are listed instead.

use crate::i18n::{list, m::settings as m, t, tn, tx};
use crate::ui::words;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::stored_form::StoredForm;
use crate::domain::expiry::MAX_CUSTOM_DAYS_LIMIT;
use crate::domain::{DomainError, ExpiryPeriod, ExpiryPolicy};
use crate::state::expect_app_state;
use crate::ui::words::Words;

/// The policy form.
#[component]
pub fn ExpiryPolicySection() -> impl IntoView {
    let state = expect_app_state();
    let allowed = RwSignal::new(Vec::<ExpiryPeriod>::new());
    let default = RwSignal::new(String::new());
    let max_days = RwSignal::new(String::new());
    let saved = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The form follows the stored policy (after loading, and after a save elsewhere) until the user
    // edits it: their edits are never overwritten; saving them is then refused with the reason.
    let form = StoredForm::follow(state.policy, move |policy: &ExpiryPolicy| {
        allowed.set(policy.allowed.clone());
        default.set(policy.default.code());
        max_days.set(policy.max_custom_days.to_string());
    });
    let edited = move || {
        saved.set(String::new());
        error.set(None);
        form.edited();
    };
    let draft = move || -> Result<ExpiryPolicy, String> {
        let max_custom_days = max_days
            .get()
            .trim()
            .parse::<i64>()
            .map_err(|_| t(m::MAX_DAYS_NOT_NUMBER).to_owned())?;
        let chosen = allowed.get();
        Ok(ExpiryPolicy {
            allowed: ExpiryPeriod::CHOICES
                .into_iter()
                .filter(|p| chosen.contains(p))
                .collect(),
            default: ExpiryPeriod::from_code(&default.get()).unwrap_or(ExpiryPeriod::NoExpiry),
            max_custom_days: u32::try_from(max_custom_days.clamp(0, i64::from(u32::MAX))).unwrap_or(0),
        })
    };
    // Said only of a policy the user is editing: the stored one is the keys' own.
    let exceeding = move || {
        if !form.is_edited() {
            return None;
        }
        let policy = draft().ok()?;
        let now = state.now();
        let names: Vec<String> = state.access_keys.with(|keys| {
            keys.iter()
                .filter(|key| policy.exceeded_by(key.expires_at, now))
                .map(|key| key.name.as_str().to_owned())
                .collect()
        });
        (!names.is_empty()).then(|| tn(m::EXCEEDING, names.len(), [&list(&names)]))
    };
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let policy = match draft() {
            Ok(policy) => policy,
            Err(message) => return error.set(Some(message)),
        };
        spawn_local(async move {
            let outcome = state.save_policy(&form.basis(), policy).await;
            form.settle(&outcome, DomainError::PolicyChangedElsewhere);
            match outcome {
                Ok(()) => saved.set(t(m::SAVED).to_owned()),
                Err(failure) => error.set(Some(failure.words())),
            }
        });
    };
    let checkboxes = ExpiryPeriod::CHOICES
        .into_iter()
        .map(|period| {
            let id = format!("allow-{}", period.code());
            view! {
                <div class="check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || allowed.with(|a| a.contains(&period))
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            allowed.update(|a| {
                                a.retain(|p| *p != period);
                                if on {
                                    a.push(period);
                                }
                            });
                            edited();
                        }
                    />
                    <label for=id>{move || words::period(period)}</label>
                </div>
            }
        })
        .collect_view();
    let default_options = ExpiryPeriod::CHOICES
        .into_iter()
        .map(|period| {
            view! {
                <option value=period.code() disabled=move || allowed.with(|a| !a.contains(&period))>
                    {move || words::period(period)}
                </option>
            }
        })
        .collect_view();
    view! {
        <section class="card" id="access-key-expiry" aria-labelledby="access-key-expiry-title">
            <h2 class="card__title" id="access-key-expiry-title">{tx(m::EXPIRY_TITLE)}</h2>
            <p class="card__lead">
                {tx(m::EXPIRY_LEAD)}
            </p>
            <form class="policy" on:submit=save novalidate>
                <fieldset class="policy__periods">
                    <legend class="field__label">{tx(m::ALLOWED_PERIODS)}</legend>
                    {checkboxes}
                </fieldset>
                <div class="field">
                    <label class="field__label" for="policy-default">{tx(m::DEFAULT_PERIOD)}</label>
                    <select
                        id="policy-default"
                        class="field__input policy__narrow"
                        prop:value=move || default.get()
                        on:change=move |event| {
                            default.set(event_target_value(&event));
                            edited();
                        }
                    >
                        {default_options}
                    </select>
                </div>
                <div class="field">
                    <label class="field__label" for="policy-max-days">{tx(m::MAX_CUSTOM_DAYS)}</label>
                    <input
                        id="policy-max-days"
                        class="field__input policy__narrow"
                        type="number"
                        inputmode="numeric"
                        min="1"
                        max=MAX_CUSTOM_DAYS_LIMIT.to_string()
                        prop:value=move || max_days.get()
                        on:input=move |event| {
                            max_days.set(event_target_value(&event));
                            edited();
                        }
                    />
                </div>
                <p class="banner" hidden=move || exceeding().is_none()>
                    {exceeding}
                    " "
                    {tx(m::KEEP_THEIR_DATES)}
                </p>
                <p class="error-line" role="alert">{move || error.get()}</p>
                <div class="policy__actions">
                    <button type="submit" class="button button--primary">{tx(m::SAVE)}</button>
                    <span class="status-line" role="status">{move || saved.get()}</span>
                </div>
            </form>
        </section>
    }
}
