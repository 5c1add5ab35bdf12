//! The alert before a secret leaves the page for good: "Proceed" or "Go back".

use crate::i18n::{m::access_keys as m, tx};
use leptos::prelude::*;

use crate::ui::kit::{Modal, unique_id};

/// An `alertdialog`, open while `open` is true; "Go back" (or Escape) closes it.
#[component]
pub fn SecretGoneAlert(
    /// Whether the alert is open.
    open: RwSignal<bool>,
    /// Runs on "Proceed".
    on_proceed: Callback<()>,
) -> impl IntoView {
    let body_id = unique_id("secret-alert-body");
    view! {
        <Modal
            open
            title=tx(m::GONE_TITLE)
            class="dialog--confirm"
            described_by=body_id.clone()
        >
            <div class="dialog__body" id=body_id>
                <p>{tx(m::GONE_BODY)}</p>
            </div>
            <div class="dialog__actions">
                <button type="button" class="button" autofocus on:click=move |_| open.set(false)>{tx(m::GO_BACK)}</button>
                <button type="button" class="button button--primary" on:click=move |_| on_proceed.run(())>{tx(m::PROCEED)}</button>
            </div>
        </Modal>
    }
}
