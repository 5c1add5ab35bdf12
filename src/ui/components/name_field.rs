//! The access key "Name" field: a label, a hint, and the rule it broke, tied to the input for
//! assistive technology (`aria-invalid`, `aria-describedby`).

use leptos::prelude::*;

use crate::domain::access_key::NAME_MAX_CHARS;
use crate::ui::{described_by, unique_id};

/// A "Name" text field with its error message.
#[component]
pub fn NameField(
    /// What the user typed.
    value: RwSignal<String>,
    /// The broken rule's message, shown beside the field.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let input_id = unique_id("name");
    let hint_id = unique_id("name-hint");
    let error_id = unique_id("name-error");
    let described_by = described_by(move || error.with(Option::is_some), error_id.clone(), hint_id.clone());
    view! {
        <div class="field">
            <label class="field__label" for=input_id.clone()>"Name"</label>
            <input
                id=input_id
                class="field__input"
                type="text"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    error.set(None);
                }
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
            />
            <p class="field__hint" id=hint_id>
                {format!("Up to {NAME_MAX_CHARS} characters, unique among your access keys.")}
            </p>
            <p class="field__error" id=error_id hidden=move || error.get().is_none()>
                {move || error.get()}
            </p>
        </div>
    }
}
