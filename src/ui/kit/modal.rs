//! The one modal dialog of the app, on the native `<dialog>`: `showModal()` gives the focus trap, the
//! inert page behind and the backdrop; the browser puts focus on the first field (or the `autofocus`
//! element) and hands it back to the opener when the dialog closes.

use leptos::html;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use super::{Open, unique_id};

/// A modal titled `title`, open while `open` says so; it closes itself (Escape, a `method=dialog` form).
#[component]
pub fn Modal(
    /// Whether the dialog is open, two-way: closing it by any means closes `open` too.
    #[prop(into)]
    open: Open,
    /// Runs just before the dialog opens (the place to reset a form).
    #[prop(optional_no_strip)]
    on_open: Option<Callback<()>>,
    /// Runs whenever the dialog has closed, however (the place to forget what it held).
    #[prop(optional_no_strip)]
    on_close: Option<Callback<()>>,
    /// Decides what Escape does: return `false` to keep the dialog open (default: Escape closes).
    #[prop(optional_no_strip)]
    on_escape: Option<Callback<(), bool>>,
    /// The title, which is also the dialog's accessible name.
    #[prop(into)]
    title: TextProp,
    /// Extra classes, e.g. `dialog--wide`.
    #[prop(optional, into)]
    class: String,
    /// An `alertdialog` whose body (the element with id `described_by`) describes it.
    #[prop(optional, into)]
    described_by: Option<String>,
    /// The dialog's content after its title.
    children: Children,
) -> impl IntoView {
    let dialog_ref = NodeRef::<html::Dialog>::new();
    let title_id = unique_id("dialog-title");
    let labelled_by = title_id.clone();
    // The content is built the first time the dialog opens, and kept: a page holds a dozen closed dialogs,
    // and none of them costs its start-up anything. It belongs to this component, as if built with it.
    let owner = Owner::current().unwrap_or_default();
    let content = StoredValue::new_local(Some(children));
    let built = StoredValue::new_local(None);
    Effect::new(move |_| {
        let wanted = open.get();
        let Some(dialog) = dialog_ref.get() else { return };
        if wanted && !dialog.open() {
            if let Some(children) = content.try_update_value(Option::take).flatten() {
                let mut view = untrack(|| owner.with(|| children().build()));
                view.mount(&dialog, None);
                built.set_value(Some(view));
            }
            if let Some(on_open) = on_open {
                on_open.run(());
            }
            let _ = dialog.show_modal();
        } else if !wanted && dialog.open() {
            dialog.close();
        }
    });
    let on_cancel = move |event: web_sys::Event| {
        if on_escape.is_some_and(|decide| !decide.run(())) {
            event.prevent_default();
        }
    };
    let closed = move |_| {
        if let Some(on_close) = on_close {
            on_close.run(());
        }
        if open.get_untracked() {
            open.close();
        }
    };
    let role = described_by.is_some().then_some("alertdialog");
    let class = if class.is_empty() {
        "dialog".to_owned()
    } else {
        format!("dialog {class}")
    };
    view! {
        <dialog
            node_ref=dialog_ref
            class=class
            role=role
            aria-modal=role.map(|_| "true")
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:cancel=on_cancel
            on:close=closed
        >
            <h2 class="dialog__title" id=title_id>{move || title.get()}</h2>
        </dialog>
    }
}
