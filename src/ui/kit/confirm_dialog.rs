//! A modal confirmation (`alertdialog`) on the native `<dialog>`: focus trap, Escape and focus return
//! come from the browser.

use crate::i18n::{m::kit as m, t};
use leptos::prelude::*;

use super::{Modal, Open, unique_id};

/// Asks before something that cannot be undone. Cancel holds the initial focus.
#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is open, two-way: typically what is asked about, as an `RwSignal<Option<T>>`
    /// (open while it is there, dropped when the dialog closes).
    #[prop(into)]
    open: Open,
    /// The dialog's title and accessible name.
    #[prop(into)]
    title: TextProp,
    /// The confirming button's text, e.g. "Delete".
    #[prop(into)]
    confirm_label: TextProp,
    /// The dismissing button's text (default "Cancel").
    #[prop(optional, into)]
    cancel_label: Option<TextProp>,
    /// Runs when the user confirms, before the dialog closes (what was asked about is still there).
    on_confirm: Callback<()>,
    /// What will happen, in words.
    children: Children,
) -> impl IntoView {
    let body_id = unique_id("confirm-body");
    let confirm = move |_| {
        on_confirm.run(());
        open.close();
    };
    view! {
        <Modal open title class="dialog--confirm" described_by=body_id.clone()>
            <div class="dialog__body" id=body_id>{children()}</div>
            <div class="dialog__actions">
                <button type="button" class="button" autofocus on:click=move |_| open.close()>
                    {move || cancel_label.as_ref().map_or(Oco::Borrowed(t(m::CANCEL)), TextProp::get)}
                </button>
                <button type="button" class="button button--danger" on:click=confirm>{move || confirm_label.get()}</button>
            </div>
        </Modal>
    }
}
