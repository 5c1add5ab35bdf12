//! Banners about the data itself: records that could not be read (kept aside, downloadable, discardable
//! after confirmation), and data from a newer version (read-only).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::download;
use crate::state::expect_app_state;
use crate::ui::kit::ConfirmDialog;

/// Shows what could not be read, and read-only mode.
#[component]
pub fn DataBanners() -> impl IntoView {
    let state = expect_app_state();
    let confirming = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let summary = move || {
        state.quarantined.with(|records| match records.len() {
            1 => "1 saved record could not be read. It was set aside unchanged, and the page shows everything else."
                .to_owned(),
            n => format!("{n} saved records could not be read. They were set aside unchanged, and the page shows everything else."),
        })
    };
    let save = move |_| {
        let text = state
            .quarantined
            .with(|records| serde_json::to_string_pretty(records).unwrap_or_default());
        if download::download_text("api-auth-unreadable-data.json", "application/json", &text).is_err() {
            failure.set(Some("The browser refused the download.".into()));
        }
    };
    let discard = Callback::new(move |()| {
        spawn_local(async move {
            if let Err(error) = state.discard_quarantine().await {
                failure.set(Some(error.to_string()));
            }
        });
    });
    view! {
        <Show when=move || state.read_only.get().is_some()>
            <div class="banner banner--error app-banner" role="alert">
                <p>
                    "This data was saved by a newer version of the app. It is open read-only so that nothing is "
                    "overwritten: update the app to make changes."
                </p>
            </div>
        </Show>
        <Show when=move || state.quarantined.with(|records| !records.is_empty())>
            <div class="banner app-banner" role="region" aria-label="Unreadable data">
                <p>{summary}</p>
                <ul class="app-banner__list">
                    {move || state.quarantined.get().into_iter().map(|record| view! {
                        <li>{format!("{} / {}: {}", record.collection, record.key, record.reason)}</li>
                    }).collect_view()}
                </ul>
                <div class="app-banner__actions">
                    <button type="button" class="button" on:click=save>"Download unreadable data"</button>
                    <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>"Discard"</button>
                </div>
                <p class="error-line" role="alert">{move || failure.get()}</p>
            </div>
        </Show>
        <ConfirmDialog open=confirming title="Discard unreadable data?" confirm_label="Discard" on_confirm=discard>
            <p>"The records that could not be read are deleted for good. Download them first if you may need them."</p>
        </ConfirmDialog>
    }
}
