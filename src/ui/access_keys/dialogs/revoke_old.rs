//! "Revoke the old secret now?": ends a rotation's grace period early, asked first.

use crate::i18n::{m::access_keys as m, tf, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::format;
use crate::state::expect_app_state;
use crate::ui::access_keys::list::row_element_id;
use crate::ui::access_keys::view::{AccessKeysView, KeyDialog};
use crate::ui::kit::{ConfirmDialog, expect_toasts};
use crate::ui::words::Words;

/// Revokes the old secret of the key of [`KeyDialog::RevokeOldSecret`] once confirmed.
#[component]
pub fn RevokeOldSecretDialog() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let view = AccessKeysView::expect();
    let key = view.showing(|d| match d {
        KeyDialog::RevokeOldSecret(key) => Some(key.clone()),
        _ => None,
    });
    let revoke = Callback::new(move |()| {
        let Some(seen) = key.get_untracked() else { return };
        spawn_local(async move {
            match state.revoke_old_secret(&seen).await {
                Ok(()) => toasts.show_about(
                    tf(m::OLD_SECRET_REVOKED, [seen.name.as_str()]),
                    row_element_id(&seen.id),
                ),
                Err(error) => view.fail(error.words()),
            }
        });
    });
    let text = move || {
        key.with(|k| {
            let k = k.as_ref()?;
            let until = k.grace_until(state.now())?;
            Some(tf(m::REVOKE_BODY, [k.name.as_str(), &format::date_time(until)]))
        })
    };
    view! {
        <ConfirmDialog
            open=view.open_state(|d| matches!(d, KeyDialog::RevokeOldSecret(_)))
            title=tx(m::REVOKE_TITLE)
            confirm_label=tx(m::REVOKE_CONFIRM)
            on_confirm=revoke
        >
            <p>{text}</p>
        </ConfirmDialog>
    }
}
