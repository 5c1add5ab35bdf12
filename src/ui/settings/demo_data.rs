//! "Demo data" on Account settings: resetting the demo account, asked first.

use crate::i18n::{m::settings as m, t, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::expect_app_state;
use crate::ui::kit::ConfirmDialog;
use crate::ui::words::Words;

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
                Ok(()) => outcome.try_set(t(m::DEMO_WAS_RESET).to_owned()),
                Err(error) => failure.try_set(error.words()),
            };
        });
    });
    view! {
        <section class="card" aria-labelledby="demo-data-title">
            <h2 class="card__title" id="demo-data-title">{tx(m::DEMO_TITLE)}</h2>
            <p class="card__lead">
                {tx(m::DEMO_LEAD)}
            </p>
            <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>
                {tx(m::RESET_DEMO)}
            </button>
            <p class="status-line" role="status">{outcome}</p>
            <p class="error-line" role="alert">{failure}</p>
        </section>
        <ConfirmDialog open=confirming title=tx(m::RESET_DEMO_TITLE) confirm_label=tx(m::RESET_DEMO) on_confirm=reset>
            <p>{tx(m::RESET_DEMO_BODY)}</p>
        </ConfirmDialog>
    }
}
