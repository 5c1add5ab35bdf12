//! "Rename access key": the Name and Description fields prefilled, and "Save" under the same rules as
//! creation.

use leptos::prelude::*;

use super::{DescriptionField, Modal, NameField, expect_toasts};
use crate::browser::perf;
use crate::domain::AccessKey;
use crate::domain::access_key::description_as_seen;
use crate::state::{ActionError, expect_app_state};
use crate::ui::{OneAtATime, focus_first_invalid};

/// Renames `key` while it is `Some`; sets it back to `None` when the dialog closes.
#[component]
pub fn RenameAccessKeyDialog(
    /// The key being renamed, if any.
    key: RwSignal<Option<AccessKey>>,
) -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let description = RwSignal::new(String::new());
    let description_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let saving = OneAtATime::new();
    // What happened to the key elsewhere since the dialog opened (deleted, renamed, its description
    // changed…), said at once.
    let stale = state.changed_elsewhere_by(key, description_as_seen);

    let reset = Callback::new(move |()| {
        if let Some(current) = key.get_untracked() {
            name.set(current.name.as_str().to_owned());
            description.set(current.description.as_str().to_owned());
        }
        name_error.set(None);
        description_error.set(None);
        form_error.set(None);
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(current) = key.get_untracked() else { return };
        let typed = name.get_untracked();
        let typed_description = description.get_untracked();
        perf::start("rename-access-key");
        saving.run(async move {
            let outcome = state.save_details(&current, &typed, &typed_description).await;
            perf::finish_after_frame("rename-access-key");
            match outcome {
                Ok(()) => {
                    key.set(None);
                    toasts.show(if typed.trim() == current.name.as_str() {
                        format!("Saved “{}”.", typed.trim())
                    } else {
                        format!("Renamed to “{}”.", typed.trim())
                    });
                }
                Err(ActionError::Invalid(error)) if error.concerns_name() => {
                    name_error.set(Some(error.to_string()));
                    focus_first_invalid();
                }
                Err(ActionError::Invalid(error)) if error.concerns_description() => {
                    description_error.set(Some(error.to_string()));
                    focus_first_invalid();
                }
                Err(error) => form_error.set(Some(error.to_string())),
            }
        });
    };
    view! {
        <Modal
            open=Signal::derive(move || key.with(Option::is_some))
            on_open=reset
            on_close=Callback::new(move |()| key.set(None))
            title="Rename access key"
        >
            <form class="dialog__form" on:submit=submit novalidate>
                <NameField value=name error=name_error />
                <DescriptionField value=description error=description_error />
                <p class="banner" hidden=move || !key.with(|k| k.as_ref().is_some_and(|k| k.system))>
                    "This key was created by an integration. Renaming it is safe: the integration keeps working."
                </p>
                <p class="banner banner--error" role="alert" hidden=move || stale.with(Option::is_none)>{move || stale.get()}</p>
                <p class="error-line" role="alert">
                    // A change elsewhere is said once, in the banner above.
                    {move || stale.with(Option::is_none).then(|| form_error.get()).flatten()}
                </p>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| key.set(None)>
                        {move || if stale.with(Option::is_some) { "Close" } else { "Cancel" }}
                    </button>
                    <button type="submit" class="button button--primary" disabled=move || saving.is_busy() hidden=move || stale.with(Option::is_some)>"Save"</button>
                </div>
            </form>
        </Modal>
    }
}
