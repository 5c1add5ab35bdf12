//! The access key "Description" field: optional text on what the key is for, with a count of what is
//! left and the rule it broke, tied to the input for assistive technology.

use leptos::prelude::*;

use crate::domain::access_key::DESCRIPTION_MAX_CHARS;
use crate::ui::{described_by, unique_id};

/// An optional multi-line "Description" field with its error message.
#[component]
pub fn DescriptionField(
    /// What the user typed.
    value: RwSignal<String>,
    /// The broken rule's message, shown beside the field.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let input_id = unique_id("description");
    let hint_id = unique_id("description-hint");
    let error_id = unique_id("description-error");
    let described_by = described_by(move || error.with(Option::is_some), error_id.clone(), hint_id.clone());
    let count = move || value.with(|text| text.trim().chars().count());
    view! {
        <div class="field">
            <label class="field__label" for=input_id.clone()>
                "Description" <span class="field__optional">" (optional)"</span>
            </label>
            <textarea
                id=input_id
                class="field__input field__input--text"
                rows="2"
                spellcheck="true"
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    error.set(None);
                }
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
            ></textarea>
            <p class="field__hint" id=hint_id>
                "What the key is for and who uses it, so that your team knows later. "
                {move || format!("{} of {DESCRIPTION_MAX_CHARS} characters used.", count())}
            </p>
            <p class="field__error" id=error_id hidden=move || error.get().is_none()>
                {move || error.get()}
            </p>
        </div>
    }
}
