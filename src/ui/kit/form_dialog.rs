//! The shell of every form dialog: its fields inside a form, the "changed elsewhere" banner, the error
//! line (quiet while the banner speaks), Cancel that turns into Close when there is nothing left to
//! save, and the submit button that is busy while the operation runs.

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
    title: Signal<String>,
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
    submit_label: String,
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
    cancel_label: Option<&'static str>,
    /// Whether the form is shown (default: always); what follows it in the dialog is shown regardless.
    #[prop(optional, into)]
    show_form: Option<Signal<bool>>,
    /// What the dialog shows after the form (such as the next step of its flow).
    #[prop(optional)]
    after: Option<ChildrenFn>,
    /// The form's fields.
    children: ChildrenFn,
) -> impl IntoView {
    let said = move || stale.and_then(|stale| stale.get());
    let is_stale = move || stale.is_some_and(|stale| stale.with(Option::is_some));
    let cancel_label = cancel_label.unwrap_or("Cancel");
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        on_submit.run(());
    };
    let form = move || {
        let (children, submit_label) = (children.clone(), submit_label.clone());
        view! {
            <form class="dialog__form" on:submit=submit novalidate>
                {children()}
                <p class="banner banner--error" role="alert" hidden=move || !is_stale()>{said}</p>
                <p class="error-line" role="alert">
                    // A change elsewhere is said once, in the banner above.
                    {move || (!is_stale()).then(|| error.get()).flatten()}
                </p>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| open.close()>
                        {move || if is_stale() { "Close" } else { cancel_label }}
                    </button>
                    <button type="submit" class="button button--primary" disabled=move || busy.is_busy() hidden=is_stale>
                        {submit_label}
                    </button>
                </div>
            </form>
        }
    };
    view! {
        <Modal open on_open on_close on_escape title class>
            {move || show_form.is_none_or(|shown| shown.get()).then(form.clone())}
            {after.map(|after| after())}
        </Modal>
    }
}
