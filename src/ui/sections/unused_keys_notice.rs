//! The notice about keys nobody has used for 90 days: how many, "Review unused keys" (the list shows
//! only them) and "Disable all N", which asks first and names them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clock;
use crate::domain::AccessKey;
use crate::domain::access_key::list_order;
use crate::domain::key_list::{is_unused, unused_notice};
use crate::state::expect_app_state;
use crate::ui::components::{ConfirmDialog, expect_toasts};

/// "Unused access keys": hidden while every key that still works has been used lately.
#[component]
pub fn UnusedKeysNotice(
    /// Whether the list shows only the unused keys.
    review: RwSignal<bool>,
    /// The list's page, set back to the first when the list changes.
    wanted_page: RwSignal<usize>,
    /// Where a refusal is said.
    failure: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let unused = Memo::new(move |_| {
        let now = clock::now();
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
    let confirm_open = RwSignal::new(false);
    // The keys as they were listed when the user asked: those, and only those, are disabled.
    let asked = RwSignal::new(Vec::<AccessKey>::new());
    let on_confirm = Callback::new(move |()| {
        let keys = asked.get_untracked();
        failure.set(None);
        spawn_local(async move {
            match state.disable_access_keys(&keys).await {
                Ok(()) => {
                    review.set(false);
                    toasts.show(match keys.len() {
                        1 => "1 unused access key disabled.".to_owned(),
                        n => format!("{n} unused access keys disabled."),
                    });
                }
                Err(error) => failure.set(Some(error.to_string())),
            }
        });
    });
    view! {
        <div class="banner banner--notice" role="note" aria-label="Unused access keys" hidden=move || count() == 0>
            <p>{move || unused_notice(count())}</p>
            <div class="banner__actions">
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| {
                        review.update(|on| *on = !*on);
                        wanted_page.set(0);
                    }
                >
                    {move || if review.get() { "Show all keys" } else { "Review unused keys" }}
                </button>
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| {
                        asked.set(unused.get_untracked());
                        confirm_open.set(true);
                    }
                >
                    {move || format!("Disable all {}", count())}
                </button>
            </div>
        </div>
        <ConfirmDialog open=confirm_open title="Disable unused access keys?" confirm_label="Disable all" on_confirm>
            <p>
                {move || match asked.with(Vec::len) {
                    1 => "This key stops working until you enable it again:".to_owned(),
                    n => format!("These {n} keys stop working until you enable them again:"),
                }}
            </p>
            <ul class="confirm__list">
                {move || asked.get().into_iter().map(|key| view! { <li>{key.name.as_str().to_owned()}</li> }).collect_view()}
            </ul>
        </ConfirmDialog>
    }
}
