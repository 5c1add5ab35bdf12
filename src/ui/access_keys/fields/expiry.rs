//! The access key "Expiry period" field: the periods the account's policy allows, a date for "Custom
//! date", and when the key will expire, said as the choice changes. Creating and rotating a key use it.

use crate::i18n::{m::access_keys as m, t, tf, tx};
use crate::ui::words;
use chrono::Duration;
use leptos::prelude::*;

use crate::browser::format;
use crate::domain::ExpiryPeriod;
use crate::domain::dates::{iso_date, parse_iso_date};
use crate::state::expect_app_state;
use crate::ui::kit::{Field, FieldControl, unique_id};

/// "Expiry period" (and "Expiry date") with the expiry it gives and its error message.
#[component]
pub fn ExpiryField(
    /// The chosen period's code.
    period: RwSignal<String>,
    /// The custom date typed, as `YYYY-MM-DD`.
    custom_date: RwSignal<String>,
    /// The broken rule's message.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_app_state();
    let expiry_error = error;
    // The choices follow the policy (saved in another tab, say).
    move || {
        let policy = state.policy.get();
        let today = state.today();
        let min_date = iso_date(today + Duration::days(1));
        let max_date = iso_date(policy.last_custom_date(today));
        let control = FieldControl::new("expiry", move || expiry_error.with(Option::is_some));
        let date_id = unique_id("expiry-date");
        let preview = move || {
            let chosen = ExpiryPeriod::from_code(&period.get())?;
            let date = parse_iso_date(&custom_date.get());
            let policy = state.policy.get();
            match policy.expires_at(chosen, date, state.now(), state.local_offset()) {
                Ok(Some(at)) => Some(tf(m::WILL_EXPIRE_ON, [&format::date_time(at)])),
                Ok(None) => Some(t(m::WILL_NEVER_EXPIRE).to_owned()),
                Err(_) => None,
            }
        };
        let options = policy
            .allowed
            .iter()
            .map(|&choice| view! { <option value=choice.code()>{move || words::period(choice)}</option> })
            .collect_view();
        let hint = move || {
            view! {
                {preview}
                " " {tx(m::PERIODS_FOR_ACCOUNT)} " "
                <a href="/account-settings#access-key-expiry">{tx(m::LEARN_MORE)}</a>
            }
        };
        let (invalid, described_by) = (control.aria_invalid(), control.described_by());
        view! {
            <Field control=control.clone() label=tx(m::EXPIRY_PERIOD) hint error=expiry_error>
                <select
                    id=control.id()
                    class="field__input"
                    prop:value=move || period.get()
                    on:change=move |event| {
                        period.set(event_target_value(&event));
                        expiry_error.set(None);
                    }
                    aria-invalid=invalid.clone()
                    aria-describedby=described_by.clone()
                >
                    {options}
                </select>
                <Show when=move || period.get() == ExpiryPeriod::CustomDate.code()>
                    <label class="field__label field__label--secondary" for=date_id.clone()>{tx(m::EXPIRY_DATE)}</label>
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
                        aria-invalid=invalid.clone()
                        aria-describedby=described_by.clone()
                    />
                </Show>
            </Field>
        }
    }
}
