//! "Access keys": create, list, rename and delete ID + secret pairs.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::access_key_row::AccessKeyRow;
use crate::domain::AccessKey;
use crate::domain::access_key::list_order;
use crate::domain::integration::integration;
use crate::state::expect_app_state;
use crate::ui::components::{ConfirmDialog, CreateAccessKeyDialog, RenameAccessKeyDialog, TestAccessKeyDialog};

/// The access keys section.
#[component]
pub fn AccessKeysSection() -> impl IntoView {
    let state = expect_app_state();
    let creating = RwSignal::new(false);
    let testing = RwSignal::new(false);
    // Unchecked on every load, as the product promises: system keys stay out of the way by default.
    let show_system = RwSignal::new(false);
    let renaming = RwSignal::new(None::<AccessKey>);
    let deleting = RwSignal::new(None::<AccessKey>);
    let confirm_open = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let on_rename = Callback::new(move |key: AccessKey| renaming.set(Some(key)));
    let on_delete = Callback::new(move |key: AccessKey| {
        deleting.set(Some(key));
        confirm_open.set(true);
    });
    let delete = Callback::new(move |()| {
        let Some(key) = deleting.get_untracked() else { return };
        failure.set(None);
        spawn_local(async move {
            if let Err(error) = state.delete_access_key(&key.id).await {
                failure.set(Some(error.to_string()));
            }
        });
    });
    let sorted = move || {
        let shown = show_system.get();
        let mut keys: Vec<AccessKey> = state
            .access_keys
            .with(|keys| keys.iter().filter(|key| shown || !key.system).cloned().collect());
        keys.sort_by(list_order);
        keys
    };
    let deleting_name = move || {
        deleting
            .with(|key| key.as_ref().map(|k| k.name.as_str().to_owned()))
            .unwrap_or_default()
    };
    let blast_radius = move || {
        let Some(key) = deleting.get() else {
            return String::new();
        };
        let workspace = state.workspace();
        let clients: Vec<String> = workspace
            .active_connections(&key.id)
            .iter()
            .map(|c| c.client.clone())
            .collect();
        match clients.len() {
            0 => "No active connections use this key.".to_owned(),
            1 => format!("1 active connection will be revoked: {}.", clients[0]),
            n => format!("{n} active connections will be revoked: {}.", clients.join(", ")),
        }
    };
    let system_warning = move || {
        let key = deleting.get()?;
        let workspace = state.workspace();
        let link = workspace.integration_of(&key.id)?;
        let name = integration(&link.integration).map_or("its integration", |i| i.name);
        Some(format!(
            "This system-generated key belongs to {name}: deleting it stops {name} from working until you reconnect it."
        ))
    };

    view! {
        <section class="card" aria-labelledby="access-keys-title">
            <div class="card__header">
                <h2 class="card__title" id="access-keys-title">"Access keys"</h2>
                <div class="card__actions">
                    <button type="button" class="button" on:click=move |_| testing.set(true)>"Test access key"</button>
                    <button type="button" class="button button--primary" on:click=move |_| creating.set(true)>
                        "Create access key"
                    </button>
                </div>
            </div>
            <p class="card__lead">
                "An access key authenticates a user, developer or calling program to the API. Each access key "
                "is an ID-secret pair that gives programmatic access to your account: anyone who has both can do "
                "what you can, so never share them."
            </p>
            <p class="error-line" role="alert">{move || failure.get()}</p>
            <div class="check">
                <input
                    type="checkbox"
                    id="show-system-generated"
                    prop:checked=move || show_system.get()
                    on:change=move |event| show_system.set(event_target_checked(&event))
                />
                <label for="show-system-generated">"Show system-generated"</label>
                <span class="keys__meta">"Keys created by integrations; they are listed first."</span>
            </div>
            <Show
                when=move || state.access_keys.with(|keys| !keys.is_empty())
                fallback=move || view! {
                    <div class="empty">
                        <p>"You have no access keys yet."</p>
                        <p>"Create one to call the API from a script, a CI pipeline or another service."</p>
                    </div>
                }
            >
                <div class="table-scroll">
                    <table class="keys">
                        <caption class="visually-hidden">"Access keys, newest first"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Name"</th>
                                <th scope="col">"Access key ID"</th>
                                <th scope="col">"Created"</th>
                                <th scope="col">"Expires"</th>
                                <th scope="col">"Last used"</th>
                                <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=sorted
                                key=|key| (key.id.clone(), key.name.clone(), key.last_used_at)
                                children=move |key| view! { <AccessKeyRow key on_rename on_delete /> }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>
            <CreateAccessKeyDialog open=creating />
            <TestAccessKeyDialog open=testing />
            <RenameAccessKeyDialog key=renaming />
            <ConfirmDialog open=confirm_open title="Delete access key?" confirm_label="Delete" on_confirm=delete>
                <p>
                    "The access key " <strong>{deleting_name}</strong> " will be deleted permanently, and the "
                    "connections established with it are revoked."
                </p>
                <p class="dialog__emphasis">{blast_radius}</p>
                <p class="dialog__emphasis" hidden=move || system_warning().is_none()>{system_warning}</p>
            </ConfirmDialog>
        </section>
    }
}
