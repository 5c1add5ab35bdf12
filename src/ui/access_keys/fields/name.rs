//! The access key "Name" field.

use crate::i18n::{m::access_keys as m, number, tf, tx};
use leptos::prelude::*;

use crate::domain::access_key::NAME_MAX_CHARS;
use crate::ui::kit::{Field, FieldControl};

/// A "Name" text field with its error message.
#[component]
pub fn NameField(
    /// What the user typed.
    value: RwSignal<String>,
    /// The broken rule's message, shown beside the field.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let control = FieldControl::new("name", move || error.with(Option::is_some));
    let hint = move || tf(m::NAME_HINT, [&number(NAME_MAX_CHARS)]);
    view! {
        <Field control=control.clone() label=tx(m::NAME) hint error=error>
            <input
                id=control.id()
                class="field__input"
                type="text"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    error.set(None);
                }
                aria-invalid=control.aria_invalid()
                aria-describedby=control.described_by()
            />
        </Field>
    }
}
