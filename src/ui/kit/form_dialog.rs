//! The shell of every form dialog: its fields inside a form, the "changed elsewhere" banner, the error
//! line (quiet while the banner speaks), Cancel that turns into Close when there is nothing left to
//! save, the submit button that is busy while the operation runs, and a question before what the user
//! typed is thrown away by Escape or Cancel.

use crate::i18n::{Msg, m::kit as m, t, tx};
use leptos::prelude::*;

use super::{Modal, OneAtATime, Open};

/// A modal form titled `title` with its fields as children.
#[component]
pub fn FormDialog(
    /// Whether the dialog is open, two-way.
    #[prop(into)]
    open: Open,
    /// The title, which is also the dialog's accessible name.
    #[prop(into)]
    title: TextProp,
    /// Extra classes, e.g. `dialog--wide`.
    #[prop(optional, into)]
    class: String,
    /// Runs just before the dialog opens (reset the form here).
    #[prop(optional)]
    on_open: Option<Callback<()>>,
    /// Runs whenever the dialog has closed.
    #[prop(optional)]
    on_close: Option<Callback<()>>,
    /// Decides what Escape does (default: it closes).
    #[prop(optional)]
    on_escape: Option<Callback<(), bool>>,
    /// Runs on submit (the page does not navigate).
    on_submit: Callback<()>,
    /// The submit button's text.
    #[prop(into)]
    submit_label: TextProp,
    /// The operation; the submit button is disabled while it runs.
    busy: OneAtATime,
    /// What happened elsewhere to what the form edits, if anything: said in a banner; the form can no
    /// longer be saved and Cancel reads "Close".
    #[prop(optional, into)]
    stale: Option<Signal<Option<String>>>,
    /// Why the last submit was refused.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The cancelling button's text while nothing is stale (default "Cancel").
    #[prop(optional, into)]
    cancel_label: Option<Msg<0>>,
    /// Whether the form is shown (default: always); what follows it in the dialog is shown regardless.
    #[prop(optional, into)]
    show_form: Option<Signal<bool>>,
    /// What the dialog shows after the form (such as the next step of its flow).
    #[prop(optional)]
    after: Option<ChildrenFn>,
    /// The form's fields (built once, with the dialog's content).
    children: Children,
) -> impl IntoView {
    // Set by any input in the form: what the user typed is not thrown away without a question.
    let typed = RwSignal::new(false);
    let asking = RwSignal::new(false);
    let keep_ref = NodeRef::<leptos::html::Button>::new();
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let on_open = Callback::new(move |()| {
        typed.set(false);
        asking.set(false);
        if let Some(on_open) = on_open {
            on_open.run(());
        }
    });
    let said = move || stale.and_then(|stale| stale.get());
    let is_stale = move || stale.is_some_and(|stale| stale.with(Option::is_some));
    let cancel_label = cancel_label.unwrap_or(m::CANCEL);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        asking.set(false);
        on_submit.run(());
    };
    // Cancel or Escape: closes, unless something typed would be lost (then asks first).
    let leave = move || {
        if typed.get_untracked() && !is_stale() {
            asking.set(true);
            request_animation_frame(move || {
                if let Some(keep) = keep_ref.get_untracked() {
                    let _ = keep.focus();
                }
            });
        } else {
            open.close();
        }
    };
    let keep_editing = move || {
        asking.set(false);
        // Back to the field in trouble, or the first field, of this form.
        let field = form_ref.get_untracked().and_then(|form| {
            form.query_selector("[aria-invalid='true'], .field__input")
                .ok()
                .flatten()
        });
        if let Some(focused) = field {
            use wasm_bindgen::JsCast;
            if let Ok(focused) = focused.dyn_into::<web_sys::HtmlElement>() {
                let _ = focused.focus();
            }
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        // Handled before the dialog's own Escape, which cannot be held back twice in a row.
        if event.key() == "Escape" && typed.get_untracked() && !is_stale() {
            event.prevent_default();
            event.stop_propagation();
            if asking.get_untracked() {
                keep_editing();
            } else {
                leave();
            }
        }
    };
    // Built once with the dialog, hidden while a later step shows (rebuilding it would cost every field again).
    let hidden = move || show_form.is_some_and(|shown| !shown.get());
    view! {
        <Modal open on_open=Some(on_open) on_close on_escape title class>
            <form
                class="dialog__form"
                hidden=hidden
                node_ref=form_ref
                on:submit=submit
                on:input=move |_| typed.set(true)
                on:keydown=on_key
                novalidate
            >
                {children()}
                <p class="banner banner--error" role="alert" hidden=move || !is_stale()>{said}</p>
                <p class="error-line" role="alert">
                    // A change elsewhere is said once, in the banner above.
                    {move || (!is_stale()).then(|| error.get()).flatten()}
                </p>
                <div class="dialog__discard" role="alert" hidden=move || !asking.get()>
                    <p class="dialog__discard-text">{tx(m::DISCARD_WHAT_YOU_TYPED)}</p>
                    <div class="dialog__actions">
                        <button type="button" class="button" node_ref=keep_ref on:click=move |_| keep_editing()>
                            {tx(m::KEEP_EDITING)}
                        </button>
                        <button type="button" class="button button--danger" on:click=move |_| open.close()>{tx(m::DISCARD)}</button>
                    </div>
                </div>
                <div class="dialog__actions" hidden=move || asking.get()>
                    <button type="button" class="button" on:click=move |_| leave()>
                        {move || t(if is_stale() { m::CLOSE } else { cancel_label })}
                    </button>
                    <button type="submit" class="button button--primary" disabled=move || busy.is_busy() hidden=is_stale>
                        {move || submit_label.get()}
                    </button>
                </div>
            </form>
            {after.map(|after| after())}
        </Modal>
    }
}
