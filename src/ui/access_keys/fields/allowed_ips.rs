//! The "Allowed IP addresses" field: one address or CIDR range per line, empty for any address; each
//! bad line gets its own message naming the line.

use crate::i18n::{m::access_keys as m, tx};
use leptos::prelude::*;

use crate::ui::kit::{Field, FieldControl};

/// A multi-line "Allowed IP addresses" field with one message per bad line.
#[component]
pub fn AllowedIpsField(
    /// What the user typed.
    value: RwSignal<String>,
    /// One message per bad line ("Line 2: 300.1.2.3 is not an IP address or range").
    errors: RwSignal<Vec<String>>,
) -> impl IntoView {
    let control = FieldControl::new("allowed-ips", move || errors.with(|errors| !errors.is_empty()));
    let hint = tx(m::ALLOWED_IPS_HINT);
    view! {
        <Field control=control.clone() label=tx(m::ALLOWED_IPS) optional=true hint errors=errors>
            <textarea
                id=control.id()
                class="field__input mono"
                rows="3"
                spellcheck="false"
                autocomplete="off"
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    errors.set(Vec::new());
                }
                aria-invalid=control.aria_invalid()
                aria-describedby=control.described_by()
            ></textarea>
        </Field>
    }
}
