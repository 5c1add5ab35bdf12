//! The new ID and secret, shown once: copy buttons, "Download credentials" (CSV, JSON, .env), a curl
//! example and "Done". Used after creating a key and after rotating its secret.
//!
//! The secret is read from its flow each time it is needed and never kept in a Rust string: the page
//! text is written straight into the DOM once mounted (and emptied when the step goes), copies and
//! downloads go through buffers zeroed when dropped.

use crate::i18n::{m::access_keys as m, t, tf, tx};
use crate::ui::words;
use leptos::html;
use leptos::prelude::*;
use zeroize::Zeroizing;

use super::OneTimeSecret;
use crate::browser::{download, format};
use crate::domain::credentials_file::{Credentials, CredentialsFormat, api_base_url, curl_example};
use crate::domain::permissions::Permissions;
use crate::state::expect_app_state;
use crate::ui::kit::CopyButton;
use crate::ui::kit::unique_id;

/// Shows the key held by `secret` until "Done".
#[component]
pub fn CredentialsReveal(
    /// The flow that holds the key and its secret.
    secret: OneTimeSecret,
    /// Runs on "Done".
    on_done: Callback<()>,
) -> impl IntoView {
    let state = expect_app_state();
    let account = StoredValue::new(
        state
            .account
            .get_untracked()
            .map(|account| (account.domain, account.id)),
    );
    let curl = move || {
        account.with_value(|account| {
            let (domain, id) = account.as_ref()?;
            secret.with(|new_key| {
                Zeroizing::new(curl_example(
                    domain.as_str(),
                    id.as_str(),
                    &new_key.key.id,
                    &new_key.secret,
                ))
            })
        })
    };
    // Where focus goes when the secret step opens: the form it replaces (and its focus) is gone.
    let reveal_ref = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(reveal) = reveal_ref.get() {
            request_animation_frame(move || {
                let first = reveal
                    .query_selector("button")
                    .ok()
                    .flatten()
                    .and_then(|button| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(button).ok());
                if let Some(button) = first {
                    let _ = button.focus();
                }
            });
        }
    });
    let secret_ref = NodeRef::<html::Code>::new();
    let curl_ref = NodeRef::<html::Code>::new();
    Effect::new(move |_| {
        let (Some(secret_node), Some(curl_node)) = (secret_ref.get(), curl_ref.get()) else {
            return;
        };
        secret.with(|new_key| secret_node.set_text_content(Some(new_key.secret.reveal())));
        curl_node.set_text_content(curl().as_deref().map(String::as_str));
    });
    on_cleanup(move || {
        for node in [
            secret_ref.try_get_untracked().flatten(),
            curl_ref.try_get_untracked().flatten(),
        ]
        .into_iter()
        .flatten()
        {
            node.set_text_content(None);
        }
    });

    // What someone holding both halves can do: everything the owner can, or what the key is limited to.
    let permissions = secret
        .with(|new_key| new_key.key.permissions.clone())
        .unwrap_or(Permissions::Full);
    let reach = move || match &permissions {
        Permissions::Full => t(m::REACH_FULL).to_owned(),
        limited => tf(m::REACH_LIMITED, [&words::permission_details(limited)]),
    };
    let (id, expires_at) = secret
        .with(|new_key| {
            let key = &new_key.key;
            (key.id.as_str().to_owned(), key.expires_at)
        })
        .unwrap_or_default();
    let secret_text = Signal::derive(move || {
        secret
            .with(|new_key| new_key.secret.reveal().to_owned())
            .unwrap_or_default()
    });
    let curl_text = Signal::derive(move || curl().map(|text| text.to_string()).unwrap_or_default());
    let file_format = RwSignal::new(CredentialsFormat::Csv.code().to_owned());
    let download_error = RwSignal::new(None::<String>);
    let save = move |_| {
        let chosen = CredentialsFormat::from_code(&file_format.get_untracked()).unwrap_or(CredentialsFormat::Csv);
        let (account_id, base) = account.with_value(|account| {
            account.as_ref().map_or_else(Default::default, |(domain, id)| {
                (id.as_str().to_owned(), api_base_url(domain.as_str(), id.as_str()))
            })
        });
        let saved = secret.with(|new_key| {
            let credentials = Credentials {
                name: new_key.key.name.as_str(),
                id: &new_key.key.id,
                secret: &new_key.secret,
                expires_at: new_key.key.expires_at,
                description: new_key.key.description.as_str(),
                account_id: &account_id,
                api_base_url: &base,
            };
            let text = Zeroizing::new(credentials.render(chosen));
            download::download_text(&credentials.file_name(chosen), chosen.media_type(), &text)
        });
        let refused = !matches!(saved, Some(Ok(())));
        download_error.set(refused.then(|| t(m::DOWNLOAD_REFUSED).into()));
    };
    let format_id = unique_id("file-format");
    let formats = CredentialsFormat::ALL
        .iter()
        .map(|f| view! { <option value=f.code()>{f.label()}</option> })
        .collect_view();
    view! {
        <div class="reveal" node_ref=reveal_ref>
            <p class="banner">
                <strong>{tx(m::STORE_SECRET_NOW)}</strong>
                " "
                {reach}
            </p>
            <dl class="fields">
                <div class="fields__row">
                    <dt class="fields__label">{tx(m::ACCESS_KEY_ID)}</dt>
                    <dd class="fields__value">
                        <code class="mono secret-value" id="new-access-key-id">{id.clone()}</code>
                        <CopyButton label=tx(m::COPY_ACCESS_KEY_ID) value=id target_id="new-access-key-id" />
                    </dd>
                </div>
                <div class="fields__row">
                    <dt class="fields__label">{tx(m::ACCESS_KEY_SECRET)}</dt>
                    <dd class="fields__value">
                        <code class="mono secret-value" id="new-access-key-secret" node_ref=secret_ref></code>
                        <CopyButton label=tx(m::COPY_ACCESS_KEY_SECRET) value=secret_text target_id="new-access-key-secret" />
                    </dd>
                </div>
                <div class="fields__row">
                    <dt class="fields__label">{tx(m::EXPIRES)}</dt>
                    <dd class="fields__value">{move || expires_at.map_or_else(|| t(m::NEVER).to_owned(), format::date_time)}</dd>
                </div>
            </dl>
            <div class="download">
                <label class="field__label" for=format_id.clone()>{tx(m::FILE_FORMAT)}</label>
                <select id=format_id class="field__input download__format"
                    prop:value=move || file_format.get()
                    on:change=move |event| file_format.set(event_target_value(&event))>
                    {formats}
                </select>
                <button type="button" class="button" on:click=save>{tx(m::DOWNLOAD_CREDENTIALS)}</button>
            </div>
            <p class="error-line" role="alert">{move || download_error.get()}</p>
            <div class="curl">
                <p class="field__label">{tx(m::TRY_IT)}</p>
                <pre class="curl__code" id="new-access-key-curl"><code node_ref=curl_ref></code></pre>
                <CopyButton label=tx(m::COPY_CURL) value=curl_text target_id="new-access-key-curl" />
            </div>
            <div class="dialog__actions">
                <button type="button" class="button button--primary" on:click=move |_| on_done.run(())>{tx(m::DONE)}</button>
            </div>
        </div>
    }
}
