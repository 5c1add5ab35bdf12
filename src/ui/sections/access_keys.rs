//! "Access keys": create, list, rename and delete ID + secret pairs.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::access_key_row::AccessKeyRow;
use crate::domain::AccessKey;
use crate::domain::access_key::list_order;
use crate::state::expect_app_state;
use crate::ui::components::{ConfirmDialog, CreateAccessKeyDialog, RenameAccessKeyDialog};

/// The access keys section.
#[component]
pub fn AccessKeysSection() -> impl IntoView {
    let state = expect_app_state();
    let creating = RwSignal::new(false);
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
        let mut keys = state.access_keys.get();
        keys.sort_by(list_order);
        keys
    };
    let deleting_name = move || {
        deleting
            .with(|key| key.as_ref().map(|k| k.name.as_str().to_owned()))
            .unwrap_or_default()
    };

    view! {
        <section class="card" aria-labelledby="access-keys-title">
            <div class="card__header">
                <h2 class="card__title" id="access-keys-title">"Access keys"</h2>
                <button type="button" class="button button--primary" on:click=move |_| creating.set(true)>
                    "Create access key"
                </button>
            </div>
            <p class="card__lead">
                "An access key authenticates a user, developer or calling program to the API. Each access key "
                "is an ID-secret pair that gives programmatic access to your account: anyone who has both can do "
                "what you can, so never share them."
            </p>
            <p class="error-line" role="alert">{move || failure.get()}</p>
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
                                key=|key| (key.id.clone(), key.name.clone())
                                children=move |key| view! { <AccessKeyRow key on_rename on_delete /> }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>
            <CreateAccessKeyDialog open=creating />
            <RenameAccessKeyDialog key=renaming />
            <ConfirmDialog open=confirm_open title="Delete access key?" confirm_label="Delete" on_confirm=delete>
                <p>
                    "The access key " <strong>{deleting_name}</strong> " will be deleted permanently. "
                    "Anything still using it will stop working, and the connections established with it are revoked."
                </p>
            </ConfirmDialog>
        </section>
    }
}
