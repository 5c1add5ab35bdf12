//! The alert before a secret leaves the page for good: "Proceed" or "Go back".

use leptos::html;
use leptos::prelude::*;

use crate::ui::unique_id;

/// An `alertdialog`, opened by the owner through `alert_ref`; "Go back" (or Escape) closes it.
#[component]
pub fn SecretGoneAlert(
    /// The alert element, for the owner to `show_modal()`.
    alert_ref: NodeRef<html::Dialog>,
    /// Runs on "Proceed".
    on_proceed: Callback<()>,
) -> impl IntoView {
    let title_id = unique_id("secret-alert-title");
    let body_id = unique_id("secret-alert-body");
    view! {
        <dialog
            node_ref=alert_ref
            class="dialog dialog--confirm"
            role="alertdialog"
            aria-labelledby=title_id.clone()
            aria-describedby=body_id.clone()
        >
            <h2 class="dialog__title" id=title_id.clone()>"You won't see this secret again"</h2>
            <div class="dialog__body" id=body_id.clone()>
                <p>
                    "Make sure you have copied or downloaded the access key secret. Once you proceed it is "
                    "gone from this page for good; if you lose it, rotate the secret or create a new access key."
                </p>
            </div>
            <div class="dialog__actions">
                <button type="button" class="button" autofocus on:click=move |_| {
                    if let Some(alert) = alert_ref.get_untracked() {
                        alert.close();
                    }
                }>"Go back"</button>
                <button type="button" class="button button--primary" on:click=move |_| on_proceed.run(())>"Proceed"</button>
            </div>
        </dialog>
    }
}
