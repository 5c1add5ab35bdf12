//! "Disable access key?": asked before disabling a key that active connections use, naming them.

use crate::i18n::{m::access_keys as m, tx};
use leptos::prelude::*;

use crate::state::expect_app_state;
use crate::ui::access_keys::view::{AccessKeysView, KeyDialog};
use crate::ui::access_keys::words::disable_warning;
use crate::ui::kit::ConfirmDialog;

/// Disables the key of [`KeyDialog::Disable`] once confirmed.
#[component]
pub fn DisableAccessKeyDialog() -> impl IntoView {
    let state = expect_app_state();
    let view = AccessKeysView::expect();
    let key = view.showing(|d| match d {
        KeyDialog::Disable(key) => Some(key.clone()),
        _ => None,
    });
    let disable = Callback::new(move |()| {
        if let Some(seen) = key.get_untracked() {
            view.set_disabled(seen);
        }
    });
    let text = move || {
        key.with(|k| {
            let k = k.as_ref()?;
            let clients = state.active_clients(&k.id);
            Some(disable_warning(k.name.as_str(), &clients))
        })
    };
    view! {
        <ConfirmDialog
            open=view.open_state(|d| matches!(d, KeyDialog::Disable(_)))
            title=tx(m::DISABLE_TITLE)
            confirm_label=tx(m::DISABLE)
            on_confirm=disable
        >
            <p>{text}</p>
            <p>{tx(m::DISABLE_NOTE)}</p>
        </ConfirmDialog>
    }
}
