//! "Test access key": the credential check the API performs, run in the page, for a call that reads or
//! writes one resource from one IP address. A success establishes a connection listed under the key;
//! each failure says exactly what is wrong, and a refusal is recorded in the key's activity log.

use crate::i18n::{Msg, m::access_keys as m, t, tf, tx};
use leptos::prelude::*;

use crate::domain::DomainError;
use crate::domain::permissions::{Operation, Resource};
use crate::domain::workspace::{ApiCall, EXAMPLE_CLIENT_ADDRESS};
use crate::state::{ActionError, expect_app_state};
use crate::ui::kit::{Modal, OneAtATime, Open, unique_id};
use crate::ui::words::{self, Words};

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

/// The credential check dialog, open while `open` says so.
#[component]
pub fn TestAccessKeyDialog(
    /// Whether the dialog is open, two-way.
    #[prop(into)]
    open: Open,
) -> impl IntoView {
    let state = expect_app_state();
    let id = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let client = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let resource = RwSignal::new(Resource::Processes);
    let operation = RwSignal::new(Operation::Read);
    let outcome = RwSignal::new(Outcome::None);
    // The secret is a password field unless "Show" is pressed.
    let secret_shown = RwSignal::new(false);
    let connecting = OneAtATime::new();
    // The answer, brought into view above the buttons when the form is taller than the screen.
    let answer_ref = NodeRef::<leptos::html::Div>::new();
    let reset = Callback::new(move |()| {
        id.set(String::new());
        secret.set(String::new());
        client.set(String::new());
        address.set(EXAMPLE_CLIENT_ADDRESS.to_owned());
        resource.set(Resource::Processes);
        operation.set(Operation::Read);
        outcome.set(Outcome::None);
        secret_shown.set(false);
    });
    // Nothing typed here (a secret above all) outlives the dialog.
    let on_close = Callback::new(move |()| {
        secret.set(String::new());
        secret_shown.set(false);
    });
    let connect = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (typed_id, typed_secret, typed_client, typed_address) = (
            id.get_untracked(),
            secret.get_untracked(),
            client.get_untracked(),
            address.get_untracked(),
        );
        let (resource, operation) = (resource.get_untracked(), operation.get_untracked());
        connecting.run(async move {
            let call = ApiCall {
                client: &typed_client,
                address: &typed_address,
                resource,
                operation,
            };
            let result = state
                .authenticate(&typed_id, &typed_secret, &call, DomainError::words)
                .await;
            request_animation_frame(move || {
                if let Some(answer) = answer_ref.get_untracked() {
                    answer.scroll_into_view_with_bool(false);
                }
            });
            outcome.set(match result {
                Ok(connection) => Outcome::Connected(tf(
                    match operation {
                        Operation::Read => m::CONNECTED_READ,
                        Operation::Write => m::CONNECTED_WRITE,
                    },
                    [&connection.client, t(words::resource(resource))],
                )),
                Err(ActionError::Invalid(error)) => Outcome::Refused(error.words()),
                Err(error) => Outcome::Refused(error.words()),
            });
        });
    };
    // `mono` for machine values; `hidden` for the secret, a password field with a Show button.
    let field = move |label: Msg<0>, value: RwSignal<String>, mono: bool, hidden: bool| {
        let input_id = unique_id("test-field");
        let kind = move || {
            if hidden && !secret_shown.get() {
                "password"
            } else {
                "text"
            }
        };
        let toggle = hidden.then(|| {
            view! {
                <button
                    type="button"
                    class="button button--small"
                    aria-controls=input_id.clone()
                    on:click=move |_| secret_shown.update(|shown| *shown = !*shown)
                >
                    {move || t(if secret_shown.get() { m::HIDE } else { m::SHOW })}
                </button>
            }
        });
        view! {
            <div class="field">
                <label class="field__label" for=input_id.clone()>{tx(label)}</label>
                <div class="field__row">
                    <input
                        id=input_id.clone()
                        class="field__input"
                        class:mono=mono
                        type=kind
                        autocomplete="off"
                        spellcheck="false"
                        prop:value=move || value.get()
                        on:input=move |event| {
                            value.set(event_target_value(&event));
                            outcome.set(Outcome::None);
                        }
                    />
                    {toggle}
                </div>
            </div>
        }
    };
    view! {
        <Modal open on_open=Some(reset) on_close=Some(on_close) title=tx(m::TEST_ACCESS_KEY) class="dialog--wide">
            <p class="dialog__body">{tx(m::TEST_LEAD)}</p>
            <form class="dialog__form" on:submit=connect novalidate>
                {field(m::ACCESS_KEY_ID, id, true, false)}
                {field(m::ACCESS_KEY_SECRET, secret, true, true)}
                {field(m::CLIENT_NAME, client, false, false)}
                {field(m::CLIENT_ADDRESS, address, true, false)}
                {
                    let (resource_id, operation_id) = (unique_id("test-resource"), unique_id("test-operation"));
                    let resources = Resource::ALL
                        .into_iter()
                        .map(|r| view! { <option value=r.code()>{tx(words::resource(r))}</option> })
                        .collect_view();
                    let operations = Operation::ALL
                        .into_iter()
                        .map(|o| view! { <option value=o.code()>{tx(operation_label(o))}</option> })
                        .collect_view();
                    view! {
                        <fieldset class="test__call">
                            <legend class="field__label">{tx(m::OPERATION)}</legend>
                            <div class="field">
                                <label class="field__label field__label--plain" for=resource_id.clone()>{tx(m::RESOURCE)}</label>
                                <select
                                    id=resource_id
                                    class="field__input"
                                    prop:value=move || resource.get().code()
                                    on:change=move |event| {
                                        if let Some(chosen) = Resource::from_code(&event_target_value(&event)) {
                                            resource.set(chosen);
                                            outcome.set(Outcome::None);
                                        }
                                    }
                                >
                                    {resources}
                                </select>
                            </div>
                            <div class="field">
                                <label class="field__label field__label--plain" for=operation_id.clone()>{tx(m::ACCESS)}</label>
                                <select
                                    id=operation_id
                                    class="field__input"
                                    prop:value=move || operation.get().code()
                                    on:change=move |event| {
                                        if let Some(chosen) = Operation::from_code(&event_target_value(&event)) {
                                            operation.set(chosen);
                                            outcome.set(Outcome::None);
                                        }
                                    }
                                >
                                    {operations}
                                </select>
                            </div>
                        </fieldset>
                    }
                }
                <div class="test__answer" node_ref=answer_ref>
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
                </div>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| open.close()>{tx(crate::i18n::m::kit::CLOSE)}</button>
                    <button type="submit" class="button button--primary" disabled=move || connecting.is_busy()>{tx(m::CONNECT)}</button>
                </div>
            </form>
        </Modal>
    }
}

/// An operation as the Access list names it.
fn operation_label(operation: Operation) -> Msg<0> {
    match operation {
        Operation::Read => m::OPERATION_READ,
        Operation::Write => m::OPERATION_WRITE,
    }
}
