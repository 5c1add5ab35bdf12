//! "Test access key": the credential check the API performs, run in the page. A success establishes a
//! connection listed under the key; each failure says exactly what is wrong.

use leptos::prelude::*;

use super::Modal;
use crate::state::expect_app_state;
use crate::ui::{OneAtATime, unique_id};

/// The outcome shown in the dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// Nothing tried yet.
    None,
    /// Connected: the message names the key and client.
    Connected(String),
    /// Refused, and why.
    Refused(String),
}

/// The credential check dialog; `open` opens it.
#[component]
pub fn TestAccessKeyDialog(
    /// Whether the dialog is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_app_state();
    let id = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let client = RwSignal::new(String::new());
    let outcome = RwSignal::new(Outcome::None);
    let connecting = OneAtATime::new();
    let reset = Callback::new(move |()| {
        id.set(String::new());
        secret.set(String::new());
        client.set(String::new());
        outcome.set(Outcome::None);
    });
    let on_close = Callback::new(move |()| {
        // Nothing typed here (a secret above all) outlives the dialog.
        secret.set(String::new());
        open.set(false);
    });
    let connect = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (typed_id, typed_secret, typed_client) =
            (id.get_untracked(), secret.get_untracked(), client.get_untracked());
        connecting.run(async move {
            let result = state.authenticate(&typed_id, &typed_secret, &typed_client).await;
            outcome.set(match result {
                Ok(connection) => Outcome::Connected(format!(
                    "Connected: \"{}\" can now call the API with this access key.",
                    connection.client
                )),
                Err(error) => Outcome::Refused(error.to_string()),
            });
        });
    };
    let field = move |label: &'static str, value: RwSignal<String>, secret_field: bool| {
        let input_id = unique_id("test-field");
        view! {
            <div class="field">
                <label class="field__label" for=input_id.clone()>{label}</label>
                <input
                    id=input_id
                    class="field__input"
                    class:mono=secret_field
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || value.get()
                    on:input=move |event| {
                        value.set(event_target_value(&event));
                        outcome.set(Outcome::None);
                    }
                />
            </div>
        }
    };
    view! {
        <Modal open on_open=reset on_close title="Test access key" class="dialog--wide">
            <p class="dialog__body">
                "Check an access key ID and secret the way the API does. A successful check establishes a "
                "connection for the client, listed under the key."
            </p>
            <form class="dialog__form" on:submit=connect novalidate>
                {field("Access key ID", id, true)}
                {field("Access key secret", secret, true)}
                {field("Client name", client, false)}
                <p class="status-line" role="status">
                    {move || match outcome.get() {
                        Outcome::Connected(message) => message,
                        _ => String::new(),
                    }}
                </p>
                <p class="error-line" role="alert">
                    {move || match outcome.get() {
                        Outcome::Refused(message) => message,
                        _ => String::new(),
                    }}
                </p>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| open.set(false)>"Close"</button>
                    <button type="submit" class="button button--primary" disabled=move || connecting.is_busy()>"Connect"</button>
                </div>
            </form>
        </Modal>
    }
}
