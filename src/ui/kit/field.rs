//! A form field: its label, its hint and the rule it broke, tied to its control for assistive technology
//! (`aria-invalid`, and `aria-describedby` naming the message first while there is one, then the hint).

use crate::i18n::{m::kit as m, tx};
use leptos::prelude::*;

use super::unique_id;

/// The ids and state a field's control (input, select, textarea) carries. Made by the caller, handed
/// to [`Field`] and used on the control.
#[derive(Clone)]
pub struct FieldControl {
    id: String,
    hint_id: String,
    error_id: String,
    invalid: Signal<bool>,
}

impl FieldControl {
    /// Fresh ids from `prefix`; the field is invalid while `invalid` is true.
    pub fn new(prefix: &str, invalid: impl Fn() -> bool + Send + Sync + 'static) -> Self {
        Self {
            id: unique_id(prefix),
            hint_id: unique_id(&format!("{prefix}-hint")),
            error_id: unique_id(&format!("{prefix}-error")),
            invalid: Signal::derive(invalid),
        }
    }

    /// The control's `id`, which the label points at.
    pub fn id(&self) -> String {
        self.id.clone()
    }

    /// The control's `aria-invalid`.
    pub fn aria_invalid(&self) -> impl Fn() -> Option<&'static str> + Clone + Send + Sync + 'static + use<> {
        let invalid = self.invalid;
        move || invalid.get().then_some("true")
    }

    /// The control's `aria-describedby`: the message first while there is one (so it is read first),
    /// the hint always.
    pub fn described_by(&self) -> impl Fn() -> String + Clone + Send + Sync + 'static + use<> {
        let invalid = self.invalid;
        super::described_by(move || invalid.get(), self.error_id.clone(), self.hint_id.clone())
    }
}

/// The field of a form: label, control (the children), hint, and the broken rule's message or messages.
#[component]
pub fn Field(
    /// The ids and state the control carries.
    control: FieldControl,
    /// The label's text.
    #[prop(into)]
    label: TextProp,
    /// Marks the field "(optional)".
    #[prop(optional)]
    optional: bool,
    /// What to enter, under the control.
    #[prop(optional, into)]
    hint: ViewFn,
    /// The broken rule's message, if one field has one message.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// The broken rules' messages, if a field can break several (one per line, say).
    #[prop(optional, into)]
    errors: Option<Signal<Vec<String>>>,
    /// Classes beside `field`.
    #[prop(optional, into)]
    class: String,
    /// The control.
    children: Children,
) -> impl IntoView {
    let invalid = control.invalid;
    let class = if class.is_empty() {
        "field".to_owned()
    } else {
        format!("field {class}")
    };
    let messages = match errors {
        Some(errors) => view! {
            <ul class="field__errors" id=control.error_id.clone() hidden=move || !invalid.get()>
                {move || errors.get().into_iter().map(|error| view! { <li class="field__error">{error}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
        None => view! {
            <p class="field__error" id=control.error_id.clone() hidden=move || !invalid.get()>
                {move || error.and_then(|error| error.get())}
            </p>
        }
        .into_any(),
    };
    view! {
        <div class=class>
            <label class="field__label" for=control.id.clone()>
                {move || label.get()}
                {optional.then(|| view! { " " <span class="field__optional">{tx(m::OPTIONAL)}</span> })}
            </label>
            {children()}
            <p class="field__hint" id=control.hint_id.clone()>{hint.run()}</p>
            {messages}
        </div>
    }
}
