//! The new ID and secret, shown once: copy buttons, "Download credentials" (CSV, JSON, .env), a curl
//! example and "Done". Used after creating a key and after rotating its secret.

use leptos::prelude::*;

use super::CopyButton;
use crate::browser::{download, format};
use crate::domain::NewAccessKey;
use crate::domain::credentials_file::{Credentials, CredentialsFormat, curl_example};
use crate::state::expect_app_state;
use crate::ui::unique_id;

/// Shows `created` (the one copy of the secret, owned by the dialog) until "Done".
#[component]
pub fn CredentialsReveal(
    /// The key and its secret.
    created: StoredValue<Option<NewAccessKey>, LocalStorage>,
    /// Runs on "Done".
    on_done: Callback<()>,
) -> impl IntoView {
    let state = expect_app_state();
    let account = state.account.get_untracked();
    created.with_value(|new_key| {
            let new_key = new_key.as_ref()?;
            let key = &new_key.key;
            let id = key.id.as_str().to_owned();
            let secret = new_key.secret.reveal().to_owned();
            let expires = key.expires_at.map_or_else(|| "Never".to_owned(), format::date_time);
            let curl = account
                .as_ref()
                .map(|account| {
                    curl_example(account.domain.as_str(), account.id.as_str(), &key.id, &new_key.secret)
                })
                .unwrap_or_default();
            let file_format = RwSignal::new(CredentialsFormat::Csv.code().to_owned());
            let download_error = RwSignal::new(None::<String>);
            let save = move |_| {
                let chosen = CredentialsFormat::from_code(&file_format.get_untracked()).unwrap_or(CredentialsFormat::Csv);
                created.with_value(|new_key| {
                    let Some(new_key) = new_key else { return };
                    let credentials = Credentials {
                        name: new_key.key.name.as_str(),
                        id: &new_key.key.id,
                        secret: &new_key.secret,
                        expires_at: new_key.key.expires_at,
                    };
                    let text = credentials.render(chosen);
                    let saved = download::download_text(&credentials.file_name(chosen), chosen.media_type(), &text);
                    download_error.set(saved.err().map(|_| "The browser refused the download. Copy the values instead.".into()));
                });
            };
            let format_id = unique_id("file-format");
            let formats = CredentialsFormat::ALL
                .iter()
                .map(|f| view! { <option value=f.code()>{f.label()}</option> })
                .collect_view();
            Some(view! {
                <div class="reveal">
                    <p class="banner">
                        <strong>"Store the secret now: it will not be shown again. "</strong>
                        "Anyone who has both the access key ID and the secret can perform the same operations as "
                        "you. Never share them."
                    </p>
                    <dl class="fields">
                        <div class="fields__row">
                            <dt class="fields__label">"Access key ID"</dt>
                            <dd class="fields__value">
                                <code class="mono secret-value" id="new-access-key-id">{id.clone()}</code>
                                <CopyButton label="Copy access key ID" value=id target_id="new-access-key-id" />
                            </dd>
                        </div>
                        <div class="fields__row">
                            <dt class="fields__label">"Access key secret"</dt>
                            <dd class="fields__value">
                                <code class="mono secret-value" id="new-access-key-secret">{secret.clone()}</code>
                                <CopyButton label="Copy access key secret" value=secret target_id="new-access-key-secret" />
                            </dd>
                        </div>
                        <div class="fields__row">
                            <dt class="fields__label">"Expires"</dt>
                            <dd class="fields__value">{expires}</dd>
                        </div>
                    </dl>
                    <div class="download">
                        <label class="field__label" for=format_id.clone()>"File format"</label>
                        <select id=format_id class="field__input download__format"
                            prop:value=move || file_format.get()
                            on:change=move |event| file_format.set(event_target_value(&event))>
                            {formats}
                        </select>
                        <button type="button" class="button" on:click=save>"Download credentials"</button>
                    </div>
                    <p class="error-line" role="alert">{move || download_error.get()}</p>
                    <div class="curl">
                        <p class="field__label">"Try it"</p>
                        <pre class="curl__code" id="new-access-key-curl"><code>{curl.clone()}</code></pre>
                        <CopyButton label="Copy curl example" value=curl target_id="new-access-key-curl" />
                    </div>
                    <div class="dialog__actions">
                        <button type="button" class="button button--primary" on:click=move |_| on_done.run(())>"Done"</button>
                    </div>
                </div>
            })
        })
}
