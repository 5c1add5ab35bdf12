//! "Delete access key?": what a delete revokes, asked before it happens.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{ConfirmDialog, expect_toasts};
use crate::browser::perf;
use crate::domain::access_key::as_seen;
use crate::domain::integration::integration;
use crate::domain::key_list::{blast_radius, deleted_toast, system_warning};
use crate::domain::{AccessKey, AccessKeyId, Records};
use crate::state::expect_app_state;

/// Deletes `keys` (as the user saw them) once confirmed.
#[component]
pub fn DeleteAccessKeysDialog(
    /// The keys to delete, as the user saw them.
    keys: RwSignal<Vec<AccessKey>>,
    /// Whether the dialog is open.
    open: RwSignal<bool>,
    /// Where a refusal is said (the section's error line).
    failure: RwSignal<Option<String>>,
    /// Runs with the IDs deleted, once they are.
    on_deleted: Callback<Vec<AccessKeyId>>,
) -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let delete = Callback::new(move |()| {
        let chosen = keys.get_untracked();
        let names: Vec<&str> = chosen.iter().map(|key| key.name.as_str()).collect();
        let done = deleted_toast(&names);
        perf::start("delete-access-keys");
        failure.set(None);
        spawn_local(async move {
            match state.delete_access_keys(&chosen).await {
                Ok(()) => {
                    on_deleted.run(chosen.into_iter().map(|key| key.id).collect());
                    toasts.show(done);
                    perf::finish_after_frame("delete-access-keys");
                }
                Err(error) => failure.set(Some(error.to_string())),
            }
        });
    });
    let names = move || {
        keys.with(|keys| {
            keys.iter()
                .map(|k| k.name.as_str().to_owned())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let revoked = move || {
        state.connections.track();
        keys.with(|keys| {
            state.with_workspace(|workspace| {
                let clients: Vec<&str> = keys
                    .iter()
                    .flat_map(|key| workspace.active_connections(&key.id))
                    .map(|c| c.client.as_str())
                    .collect();
                blast_radius(&clients)
            })
        })
    };
    let warning = Memo::new(move |_| {
        state.integrations.with(|links| {
            keys.with(|keys| {
                let names: Vec<&str> = keys
                    .iter()
                    .filter_map(|key| links.iter().find(|l| l.access_key_id.as_ref() == Some(&key.id)))
                    .filter_map(|link| integration(&link.integration).map(|i| i.name))
                    .collect();
                system_warning(&names)
            })
        })
    });
    // What happened elsewhere to a key of the list since the dialog opened, said before Delete is pressed.
    let stale = Memo::new(move |_| {
        keys.with(|seen| {
            state.access_keys.with(|stored| {
                seen.iter()
                    .find_map(|key| as_seen(stored, key).err().map(|e| e.to_string()))
            })
        })
    });
    view! {
        <ConfirmDialog open title="Delete access key?" confirm_label="Delete" on_confirm=delete>
            <p>
                <strong>{names}</strong>
                " will be deleted permanently, and the connections established with it are revoked."
            </p>
            <p class="dialog__emphasis">{revoked}</p>
            <p class="dialog__emphasis" hidden=move || warning.with(Option::is_none)>{move || warning.get()}</p>
            <p class="banner banner--error" role="alert" hidden=move || stale.with(Option::is_none)>{move || stale.get()}</p>
        </ConfirmDialog>
    }
}
