//! The notice about keys nobody has used for 90 days: how many, "Review unused keys" (the list shows
//! only them) and "Disable all N", which asks first and names them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::access_key::list_order;
use crate::domain::key_list::{disable_unused_label, is_unused, unused_notice};
use crate::state::expect_app_state;
use crate::ui::access_keys::view::{AccessKeysView, KeyDialog};
use crate::ui::kit::{ConfirmDialog, expect_toasts};
use crate::ui::words::Words;

/// "Unused access keys": hidden while every key that still works has been used lately.
#[component]
pub fn UnusedKeysNotice() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let view = AccessKeysView::expect();
    let unused = Memo::new(move |_| {
        let now = state.now();
        let mut unused = state.access_keys.with(|keys| {
            keys.iter()
                .filter(|key| is_unused(key, now))
                .cloned()
                .collect::<Vec<_>>()
        });
        // Named in the list's own order.
        unused.sort_by(list_order);
        unused
    });
    let count = move || unused.with(Vec::len);
    // The keys as they were listed when the user asked: those, and only those, are disabled.
    let asked = view.showing(|dialog| match dialog {
        KeyDialog::DisableUnused(keys) => Some(keys.clone()),
        _ => None,
    });
    let on_confirm = Callback::new(move |()| {
        let keys = asked.get_untracked().unwrap_or_default();
        spawn_local(async move {
            match state.disable_access_keys(&keys).await {
                Ok(()) => {
                    view.list.set_unused_only(false);
                    toasts.show(match keys.len() {
                        1 => "1 unused access key disabled.".to_owned(),
                        n => format!("{n} unused access keys disabled."),
                    });
                }
                Err(error) => view.fail(error.words()),
            }
        });
    });
    let asked_count = move || asked.with(|keys| keys.as_ref().map_or(0, Vec::len));
    view! {
        <div class="banner banner--notice" role="note" aria-label="Unused access keys" hidden=move || count() == 0>
            <p>{move || unused_notice(count())}</p>
            <div class="banner__actions">
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| view.list.set_unused_only(!view.list.unused_only())
                >
                    {move || if view.list.unused_only() { "Show all keys" } else { "Review unused keys" }}
                </button>
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| view.open(KeyDialog::DisableUnused(unused.get_untracked()))
                >
                    {move || disable_unused_label(count())}
                </button>
            </div>
        </div>
        <ConfirmDialog
            open=view.open_state(|d| matches!(d, KeyDialog::DisableUnused(_)))
            title="Disable unused access keys?"
            confirm_label="Disable all"
            on_confirm
        >
            <p>
                {move || match asked_count() {
                    1 => "This key stops working until you enable it again:".to_owned(),
                    n => format!("These {n} keys stop working until you enable them again:"),
                }}
            </p>
            <ul class="confirm__list">
                {move || asked.get().unwrap_or_default().into_iter().map(|key| view! { <li>{key.name.as_str().to_owned()}</li> }).collect_view()}
            </ul>
        </ConfirmDialog>
    }
}
