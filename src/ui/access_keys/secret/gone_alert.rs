//! The alert before a secret leaves the page for good: "Proceed" or "Go back".

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
            title="You won't see this secret again"
            class="dialog--confirm"
            described_by=body_id.clone()
        >
            <div class="dialog__body" id=body_id>
                <p>
                    "Make sure you have copied or downloaded the access key secret. Once you proceed it is "
                    "gone from this page for good; if you lose it, rotate the secret or create a new access key."
                </p>
            </div>
            <div class="dialog__actions">
                <button type="button" class="button" autofocus on:click=move |_| open.set(false)>"Go back"</button>
                <button type="button" class="button button--primary" on:click=move |_| on_proceed.run(())>"Proceed"</button>
            </div>
        </Modal>
    }
}
