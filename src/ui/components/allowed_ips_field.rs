//! The "Allowed IP addresses" field: one address or CIDR range per line, empty for any address; each
//! bad line gets its own message naming the line.

use leptos::prelude::*;

use crate::ui::{described_by, unique_id};

/// A multi-line "Allowed IP addresses" field with one message per bad line.
#[component]
pub fn AllowedIpsField(
    /// What the user typed.
    value: RwSignal<String>,
    /// One message per bad line ("Line 2: 300.1.2.3 is not an IP address or range").
    errors: RwSignal<Vec<String>>,
) -> impl IntoView {
    let input_id = unique_id("allowed-ips");
    let hint_id = unique_id("allowed-ips-hint");
    let error_id = unique_id("allowed-ips-error");
    let invalid = move || errors.with(|errors| !errors.is_empty());
    let described_by = described_by(invalid, error_id.clone(), hint_id.clone());
    view! {
        <div class="field">
            <label class="field__label" for=input_id.clone()>
                "Allowed IP addresses" <span class="field__optional">" (optional)"</span>
            </label>
            <textarea
                id=input_id
                class="field__input mono"
                rows="3"
                spellcheck="false"
                autocomplete="off"
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    errors.set(Vec::new());
                }
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=described_by
            ></textarea>
            <p class="field__hint" id=hint_id>
                "One IPv4 or IPv6 address or CIDR range per line, such as 203.0.113.0/24 or 2001:db8::/32. "
                "Leave empty to allow any address."
            </p>
            <ul class="field__errors" id=error_id hidden=move || !invalid()>
                {move || errors.get().into_iter().map(|error| view! { <li class="field__error">{error}</li> }).collect_view()}
            </ul>
        </div>
    }
}
