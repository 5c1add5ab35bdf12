//! The access key "Description" field: optional text on what the key is for, with a count of what is
//! left.

use crate::i18n::{m::access_keys as m, number, tf, tx};
use leptos::prelude::*;

use crate::domain::access_key::DESCRIPTION_MAX_CHARS;
use crate::ui::kit::{Field, FieldControl};

/// An optional multi-line "Description" field with its error message.
#[component]
pub fn DescriptionField(
    /// What the user typed.
    value: RwSignal<String>,
    /// The broken rule's message, shown beside the field.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let control = FieldControl::new("description", move || error.with(Option::is_some));
    let count = move || value.with(|text| text.trim().chars().count());
    let hint = move || {
        view! {
            {tx(m::DESCRIPTION_HINT)}
            " "
            {move || tf(m::CHARACTERS_USED, [&number(count()), &number(DESCRIPTION_MAX_CHARS)])}
        }
    };
    view! {
        <Field control=control.clone() label=tx(m::DESCRIPTION) optional=true hint error=error>
            <textarea
                id=control.id()
                class="field__input field__input--text"
                rows="2"
                spellcheck="true"
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    error.set(None);
                }
                aria-invalid=control.aria_invalid()
                aria-describedby=control.described_by()
            ></textarea>
        </Field>
    }
}
