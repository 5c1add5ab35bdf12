//! "Demo data" on Account settings: resetting the demo account, asked first.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::expect_app_state;
use crate::ui::kit::ConfirmDialog;

/// "Reset demo data".
#[component]
pub fn DemoDataSection() -> impl IntoView {
    let state = expect_app_state();
    let confirming = RwSignal::new(false);
    let outcome = RwSignal::new(String::new());
    let failure = RwSignal::new(String::new());
    let reset = Callback::new(move |()| {
        outcome.set(String::new());
        failure.set(String::new());
        spawn_local(async move {
            match state.reset_demo().await {
                Ok(()) => outcome.try_set("The demo data was reset.".to_owned()),
                Err(error) => failure.try_set(error.to_string()),
            };
        });
    });
    view! {
        <section class="card" aria-labelledby="demo-data-title">
            <h2 class="card__title" id="demo-data-title">"Demo data"</h2>
            <p class="card__lead">
                "This account is a demo kept in your browser. Resetting it replaces everything with a fresh "
                "demo account: new identifiers, and every key you created is gone."
            </p>
            <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>
                "Reset demo data"
            </button>
            <p class="status-line" role="status">{outcome}</p>
            <p class="error-line" role="alert">{failure}</p>
        </section>
        <ConfirmDialog open=confirming title="Reset demo data?" confirm_label="Reset demo data" on_confirm=reset>
            <p>"Everything stored for this demo account is replaced. This cannot be undone."</p>
        </ConfirmDialog>
    }
}
