//! "API keys": the legacy mechanism. A clock-aware deprecation notice, the remaining keys (delete only,
//! or replace with an equivalent access key), and the troubleshooting questions.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::format;
use crate::domain::ApiKey;
use crate::domain::api_key::{deadline_answers, deprecation_notice, equivalent_access_key_name};
use crate::state::expect_app_state;
use crate::ui::access_keys::CreateAccessKeyDialog;
use crate::ui::kit::{ConfirmDialog, MenuItem, MoreOptions, expect_toasts};

/// The API keys section.
#[component]
pub fn ApiKeysSection() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let today = state.today();
    let deadline = deadline_answers(today);
    // The key whose deletion is asked about: the confirmation is open while it is there.
    let deleting = RwSignal::new(None::<ApiKey>);
    let replacing = RwSignal::new(None::<ApiKey>);
    let creating = RwSignal::new(false);
    let offer_open = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);

    let delete_key = move |key: Option<ApiKey>| {
        let Some(key) = key else { return };
        failure.set(None);
        spawn_local(async move {
            match state.delete_api_key(&key.id).await {
                Ok(()) => toasts.show(format!("API key “{}” deleted.", key.name)),
                Err(error) => failure.set(Some(error.to_string())),
            }
        });
    };
    let on_delete_confirmed = Callback::new(move |()| delete_key(deleting.get_untracked()));
    let on_offer_accepted = Callback::new(move |()| delete_key(replacing.get_untracked()));
    let on_replaced = Callback::new(move |_| offer_open.set(true));
    let replacement_name = Signal::derive(move || {
        replacing.with(|key| {
            key.as_ref()
                .map(|key| equivalent_access_key_name(&key.name))
                .unwrap_or_default()
        })
    });
    let name_of = |signal: RwSignal<Option<ApiKey>>| {
        move || signal.with(|key| key.as_ref().map(|key| key.name.clone()).unwrap_or_default())
    };

    let newest_first = move || {
        let mut keys = state.api_keys.get();
        keys.sort_by_key(|key| std::cmp::Reverse(key.created_at));
        keys
    };
    let row = move |key: ApiKey| {
        let items = vec![
            MenuItem::new("Create equivalent access key", ApiKeyAction::Replace),
            MenuItem::new("Delete", ApiKeyAction::Delete),
        ];
        let chosen = key.clone();
        let on_select = Callback::new(move |action: ApiKeyAction| match action {
            ApiKeyAction::Replace => {
                replacing.set(Some(chosen.clone()));
                creating.set(true);
            }
            ApiKeyAction::Delete => {
                deleting.set(Some(chosen.clone()));
            }
        });
        let status_class = if key.enabled {
            "badge badge--active"
        } else {
            "badge badge--off"
        };
        view! {
            <tr>
                <th scope="row" class="keys__name">{key.name.clone()}</th>
                <td data-label="API key"><code class="mono" aria-label=format!("API key ending in {}", key.last_four)>{key.masked()}</code></td>
                <td data-label="Created">{format::date(key.created_at)}</td>
                <td data-label="Last used">{key.last_used_at.map_or_else(|| "Never".to_owned(), format::date)}</td>
                <td data-label="Status"><span class=status_class>{key.status_label()}</span></td>
                <td class="keys__actions">
                    <MoreOptions name=key.name.clone() items on_select />
                </td>
            </tr>
        }
    };

    view! {
        <section class="card" id="api-keys" aria-labelledby="api-keys-title">
            <h2 class="card__title" id="api-keys-title">"API keys"</h2>
            <div class="banner" role="note">
                <p><strong>{deprecation_notice(today)}</strong></p>
            </div>
            <p class="card__lead">
                "Access keys have replaced API keys: each is an ID-secret pair that expires. New API keys can no "
                "longer be created; use \"Create equivalent access key\" on a key below to replace it in one step, "
                "then delete the API key."
            </p>
            <p class="error-line" role="alert">{move || failure.get()}</p>
            <Show
                when=move || state.api_keys.with(|keys| !keys.is_empty())
                fallback=|| view! {
                    <div class="empty">
                        <p>"No API keys remain. Everything that calls the API uses access keys."</p>
                    </div>
                }
            >
                <div class="table-scroll">
                    <table class="keys keys--legacy">
                        <caption class="visually-hidden">"API keys (deprecated)"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Name"</th>
                                <th scope="col">"API key"</th>
                                <th scope="col">"Created"</th>
                                <th scope="col">"Last used"</th>
                                <th scope="col">"Status"</th>
                                <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=newest_first key=|key| key.id.clone() children=row />
                        </tbody>
                    </table>
                </div>
            </Show>
            // Folded: the questions take one line until they are wanted.
            <details class="faq">
                <summary class="faq__title">"Troubleshooting API keys"</summary>
                <details class="faq__item">
                    <summary>
                        "Is there a deadline before which I have to create the equivalent access keys for my current API keys?"
                    </summary>
                    <p>
                        {deadline.0}
                        "Delete the existing keys and create their equivalents, or new keys, under the access key "
                        "authentication system as soon as you can."
                    </p>
                </details>
                <details class="faq__item">
                    <summary>"I am unable to create a new API key. How do I create one?"</summary>
                    <p>
                        "As we have moved to the access key authentication system, new API keys cannot be created. "
                        {deadline.1}
                        "Create an access key instead: it gives the same programmatic access, more safely."
                    </p>
                </details>
            </details>
            <ConfirmDialog open=deleting title="Delete API key?" confirm_label="Delete" on_confirm=on_delete_confirmed>
                <p>
                    "The API key " <strong>{name_of(deleting)}</strong> " will be deleted permanently. "
                    "Anything still using it will stop working."
                </p>
            </ConfirmDialog>
            <CreateAccessKeyDialog open=creating initial_name=replacement_name on_proceed=on_replaced />
            <ConfirmDialog
                open=offer_open
                title="Delete the old API key now?"
                confirm_label="Delete API key"
                cancel_label="Keep it for now"
                on_confirm=on_offer_accepted
            >
                <p>
                    "Your new access key replaces the API key " <strong>{name_of(replacing)}</strong> ". "
                    "Once the programs that used the API key have the new access key, delete the API key so it can no "
                    "longer be used."
                </p>
            </ConfirmDialog>
        </section>
    }
}

/// What a legacy API key's "More options" offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ApiKeyAction {
    /// "Create equivalent access key".
    Replace,
    /// "Delete".
    Delete,
}
