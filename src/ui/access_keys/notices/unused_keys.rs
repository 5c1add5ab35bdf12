//! The notice about keys nobody has used for 90 days: how many, "Review unused keys" (the list shows
//! only them) and "Disable all N", which asks first and names them.

use crate::i18n::{m::access_keys as m, t, tn, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::access_key::list_order;
use crate::domain::key_list::is_unused;
use crate::state::expect_app_state;
use crate::ui::access_keys::view::{AccessKeysView, KeyDialog};
use crate::ui::access_keys::words::unused_notice;
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
        crate::domain::sort::sort_by(&mut unused, list_order);
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
                    toasts.show(tn(m::UNUSED_DISABLED, keys.len(), []));
                }
                Err(error) => view.fail(error.words()),
            }
        });
    });
    let asked_count = move || asked.with(|keys| keys.as_ref().map_or(0, Vec::len));
    view! {
        <div class="banner banner--notice" role="note" aria-label=tx(m::UNUSED_KEYS) hidden=move || count() == 0>
            <p>{move || unused_notice(count())}</p>
            <div class="banner__actions">
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| view.list.set_unused_only(!view.list.unused_only())
                >
                    {move || t(if view.list.unused_only() { m::SHOW_ALL_KEYS } else { m::REVIEW_UNUSED })}
                </button>
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| view.open(KeyDialog::DisableUnused(unused.get_untracked()))
                >
                    {move || tn(m::DISABLE_UNUSED, count(), [])}
                </button>
            </div>
        </div>
        <ConfirmDialog
            open=view.open_state(|d| matches!(d, KeyDialog::DisableUnused(_)))
            title=tx(m::DISABLE_UNUSED_TITLE)
            confirm_label=tx(m::DISABLE_ALL)
            on_confirm
        >
            <p>
                {move || tn(m::STOP_UNTIL_ENABLED, asked_count(), [])}
            </p>
            <ul class="confirm__list">
                {move || asked.get().unwrap_or_default().into_iter().map(|key| view! { <li><bdi>{key.name.as_str().to_owned()}</bdi></li> }).collect_view()}
            </ul>
        </ConfirmDialog>
    }
}
