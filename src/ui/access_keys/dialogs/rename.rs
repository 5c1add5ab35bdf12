//! "Rename access key": the Name and Description fields prefilled, and "Save" under the same rules as
//! creation.

use crate::i18n::{m::access_keys as m, tf, tx};
use leptos::prelude::*;

use crate::browser::perf;
use crate::domain::access_key::description_as_seen;
use crate::state::{ActionError, expect_app_state};
use crate::ui::access_keys::fields::{DescriptionField, NameField};
use crate::ui::access_keys::list::row_element_id;
use crate::ui::access_keys::view::{AccessKeysView, KeyDialog};
use crate::ui::kit::{FormDialog, OneAtATime, expect_toasts, focus_first_invalid};
use crate::ui::words::Words;

/// Renames the key of [`KeyDialog::Rename`] while it is open.
#[component]
pub fn RenameAccessKeyDialog() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let view = AccessKeysView::expect();
    let open = view.open_state(|d| matches!(d, KeyDialog::Rename(_)));
    let key = view.showing(|d| match d {
        KeyDialog::Rename(key) => Some(key.clone()),
        _ => None,
    });
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let description = RwSignal::new(String::new());
    let description_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let saving = OneAtATime::new();
    // What happened to the key elsewhere since the dialog opened (deleted, renamed, its description
    // changed…), said at once.
    let stale = state.changed_elsewhere_by(key.into(), description_as_seen);
    let stale = Signal::derive(move || stale.with(|stale| stale.as_ref().map(Words::words)));

    let reset = Callback::new(move |()| {
        if let Some(current) = key.get_untracked() {
            name.set(current.name.as_str().to_owned());
            description.set(current.description.as_str().to_owned());
        }
        name_error.set(None);
        description_error.set(None);
        form_error.set(None);
    });
    let submit = Callback::new(move |()| {
        let Some(current) = key.get_untracked() else { return };
        let typed = name.get_untracked();
        let typed_description = description.get_untracked();
        perf::start("rename-access-key");
        saving.run(async move {
            let outcome = state.save_details(&current, &typed, &typed_description).await;
            perf::finish_after_frame("rename-access-key");
            match outcome {
                Ok(()) => {
                    open.close();
                    let said = if typed.trim() == current.name.as_str() {
                        m::SAVED_NAME
                    } else {
                        m::RENAMED_TO
                    };
                    let text = tf(said, [typed.trim()]);
                    toasts.show_about(text, row_element_id(&current.id));
                }
                Err(ActionError::Invalid(error)) if error.concerns_name() => {
                    name_error.set(Some(error.words()));
                    focus_first_invalid();
                }
                Err(ActionError::Invalid(error)) if error.concerns_description() => {
                    description_error.set(Some(error.words()));
                    focus_first_invalid();
                }
                Err(error) => form_error.set(Some(error.words())),
            }
        });
    });
    let system = move || key.with(|k| k.as_ref().is_some_and(|k| k.system));
    view! {
        <FormDialog
            open
            on_open=reset
            title=tx(m::RENAME_TITLE)
            on_submit=submit
            submit_label=tx(m::SAVE)
            busy=saving
            stale
            error=form_error
        >
            <NameField value=name error=name_error />
            <DescriptionField value=description error=description_error />
            <p class="banner" hidden=move || !system()>
                {tx(m::SYSTEM_RENAME_NOTE)}
            </p>
        </FormDialog>
    }
}
