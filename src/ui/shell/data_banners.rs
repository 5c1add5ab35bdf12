//! Banners about the data itself: records that could not be read (kept aside, downloadable, discardable
//! after confirmation), and data from a newer version (read-only).

use crate::i18n::{m::shell as m, t, tn, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::download;
use crate::state::expect_app_state;
use crate::ui::kit::ConfirmDialog;
use crate::ui::words::Words;

/// Shows what could not be read, and read-only mode.
#[component]
pub fn DataBanners() -> impl IntoView {
    let state = expect_app_state();
    let confirming = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let summary = move || {
        state
            .quarantined
            .with(|records| tn(m::UNREADABLE_SUMMARY, records.len(), []))
    };
    let save = move |_| {
        let text = state
            .quarantined
            .with(|records| crate::storage::records::quarantine_file_text(records));
        if download::download_text("api-auth-unreadable-data.json", "application/json", &text).is_err() {
            failure.set(Some(t(m::DOWNLOAD_REFUSED).into()));
        }
    };
    let discard = Callback::new(move |()| {
        spawn_local(async move {
            if let Err(error) = state.discard_quarantine().await {
                failure.set(Some(error.words()));
            }
        });
    });
    view! {
        <Show when=move || state.read_only.get().is_some()>
            <div class="banner banner--error app-banner" role="alert">
                <p>{tx(m::READ_ONLY)}</p>
            </div>
        </Show>
        <Show when=move || state.quarantined.with(|records| !records.is_empty())>
            <div class="banner app-banner" role="region" aria-label=tx(m::UNREADABLE_DATA)>
                <p>{summary}</p>
                <ul class="app-banner__list">
                    {move || state.quarantined.get().into_iter().map(|record| view! {
                        <li>{format!("{} / {}: {}", record.collection, record.key, record.reason)}</li>
                    }).collect_view()}
                </ul>
                <div class="app-banner__actions">
                    <button type="button" class="button" on:click=save>{tx(m::DOWNLOAD_UNREADABLE)}</button>
                    <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>{tx(m::DISCARD)}</button>
                </div>
                <p class="error-line" role="alert">{move || failure.get()}</p>
            </div>
        </Show>
        <ConfirmDialog open=confirming title=tx(m::DISCARD_UNREADABLE_TITLE) confirm_label=tx(m::DISCARD) on_confirm=discard>
            <p>{tx(m::DISCARD_UNREADABLE_BODY)}</p>
        </ConfirmDialog>
    }
}
