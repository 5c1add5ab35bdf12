//! "Delete access key?": what a delete revokes, asked before it happens.

use crate::i18n::{list, m::access_keys as m, tn, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::perf;
use crate::domain::AccessKey;
use crate::domain::access_key::as_seen;
use crate::domain::integration::integration;
use crate::state::expect_app_state;
use crate::ui::access_keys::view::{AccessKeysView, KeyDialog};
use crate::ui::access_keys::words::{blast_radius, deleted_toast, system_warning};
use crate::ui::kit::{ConfirmDialog, expect_toasts, strong_in};
use crate::ui::words::Words;

/// Deletes the keys of [`KeyDialog::Delete`] (as the user saw them) once confirmed.
#[component]
pub fn DeleteAccessKeysDialog() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let view = AccessKeysView::expect();
    let asked = view.showing(|d| match d {
        KeyDialog::Delete(keys) => Some(keys.clone()),
        _ => None,
    });
    let keys =
        move |read: &dyn Fn(&[AccessKey]) -> String| asked.with(|keys| read(keys.as_deref().unwrap_or_default()));
    let delete = Callback::new(move |()| {
        let chosen = asked.get_untracked().unwrap_or_default();
        let names: Vec<String> = chosen.iter().map(|key| key.name.as_str().to_owned()).collect();
        let done = deleted_toast(&names);
        perf::start("delete-access-keys");
        spawn_local(async move {
            match state.delete_access_keys(&chosen).await {
                Ok(()) => {
                    view.select_all(&chosen.into_iter().map(|key| key.id).collect::<Vec<_>>(), false);
                    toasts.show(done);
                    perf::finish_after_frame("delete-access-keys");
                }
                Err(error) => view.fail(error.words()),
            }
        });
    });
    let names = move || keys(&|keys| list(&keys.iter().map(|k| k.name.as_str().to_owned()).collect::<Vec<_>>()));
    let revoked = move || {
        state.connections.track();
        keys(&|keys| {
            state.with_workspace(|workspace| {
                let clients: Vec<String> = keys
                    .iter()
                    .flat_map(|key| workspace.active_connections(&key.id))
                    .map(|c| c.client.clone())
                    .collect();
                blast_radius(&clients)
            })
        })
    };
    let warning = Memo::new(move |_| {
        state.integrations.track();
        asked.with(|keys| {
            state.with_workspace(|workspace| {
                let names: Vec<String> = keys
                    .iter()
                    .flatten()
                    .filter_map(|key| workspace.integration_of(&key.id))
                    .filter_map(|link| integration(&link.integration).map(|i| i.name.to_owned()))
                    .collect();
                system_warning(&names)
            })
        })
    });
    // What happened elsewhere to a key of the list since the dialog opened, said before Delete is pressed.
    let stale = Memo::new(move |_| {
        asked.with(|seen| {
            state.access_keys.with(|stored| {
                seen.iter()
                    .flatten()
                    .find_map(|key| as_seen(stored, key).err().map(|e| e.words()))
            })
        })
    });
    let count = move || asked.with(|keys| keys.as_ref().map_or(1, Vec::len));
    view! {
        <ConfirmDialog
            open=view.open_state(|d| matches!(d, KeyDialog::Delete(_)))
            title=Signal::derive(move || tn(m::DELETE_TITLE, count(), []))
            confirm_label=tx(m::DELETE)
            on_confirm=delete
        >
            <p>
                {move || {
                    let names = names();
                    strong_in(tn(m::DELETE_CONSEQUENCE, count(), [&names]), names)
                }}
            </p>
            <p class="dialog__emphasis">{revoked}</p>
            <p class="dialog__emphasis" hidden=move || warning.with(Option::is_none)>{move || warning.get()}</p>
            <p class="banner banner--error" role="alert" hidden=move || stale.with(Option::is_none)>{move || stale.get()}</p>
        </ConfirmDialog>
    }
}
