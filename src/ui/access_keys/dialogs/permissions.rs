//! "Edit permissions": what a key may do (Full access or a level per resource) and the IP addresses it
//! may be used from. A system-generated key's permissions are its integration's: they are shown, not
//! edited ("View permissions").

use leptos::prelude::*;

use crate::i18n::{m::access_keys as m, t, tf, tx};

use crate::domain::access_key::access_as_seen;
use crate::domain::integration::integration;
use crate::domain::network::AllowedIps;
use crate::domain::permissions::{Permissions, Resource};
use crate::state::expect_app_state;
use crate::ui::access_keys::fields::{AllowedIpsField, PermissionsField};
use crate::ui::access_keys::list::row_element_id;
use crate::ui::access_keys::view::{AccessKeysView, KeyDialog};
use crate::ui::access_keys::words::line_error;
use crate::ui::kit::{FormDialog, Modal, OneAtATime, expect_toasts, focus_first_invalid};
use crate::ui::words::{self, Words};

/// Edits (or, for a system-generated key, shows) the permissions of the key of
/// [`KeyDialog::Permissions`] while it is open.
#[component]
pub fn EditPermissionsDialog() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let view = AccessKeysView::expect();
    let key = view.showing(|d| match d {
        KeyDialog::Permissions(key) => Some(key.clone()),
        _ => None,
    });
    // A key of the account's own is edited; a system-generated key's permissions are only shown.
    let editing = view.open_state(|d| matches!(d, KeyDialog::Permissions(key) if !key.system));
    let viewing = view.open_state(|d| matches!(d, KeyDialog::Permissions(key) if key.system));
    let permissions = RwSignal::new(Permissions::Full);
    let allowed_ips = RwSignal::new(String::new());
    let ip_errors = RwSignal::new(Vec::<String>::new());
    let form_error = RwSignal::new(None::<String>);
    let saving = OneAtATime::new();
    // What happened to the key elsewhere since the dialog opened (its permissions changed, deleted…).
    let stale = state.changed_elsewhere_by(key.into(), access_as_seen);
    let stale = Signal::derive(move || stale.with(|stale| stale.as_ref().map(Words::words)));
    let name = move || key.with(|k| k.as_ref().map(|k| k.name.as_str().to_owned()).unwrap_or_default());

    let reset = Callback::new(move |()| {
        if let Some(current) = key.get_untracked() {
            permissions.set(current.permissions.clone());
            allowed_ips.set(current.allowed_ips.lines());
        }
        ip_errors.set(Vec::new());
        form_error.set(None);
    });
    let submit = Callback::new(move |()| {
        let Some(current) = key.get_untracked() else { return };
        let allowed = match AllowedIps::parse(&allowed_ips.get_untracked()) {
            Ok(allowed) => allowed,
            Err(lines) => {
                ip_errors.set(lines.iter().map(line_error).collect());
                focus_first_invalid();
                return;
            }
        };
        let chosen = permissions.get_untracked();
        saving.run(async move {
            match state.set_access(&current, &chosen, &allowed).await {
                Ok(()) => {
                    editing.close();
                    toasts.show_about(
                        tf(m::PERMISSIONS_SAVED, [current.name.as_str()]),
                        row_element_id(&current.id),
                    );
                }
                Err(error) => form_error.set(Some(error.words())),
            }
        });
    });

    // A system-generated key: what its integration set, read only.
    let granted = move || {
        key.with(|k| {
            let Some(k) = k.as_ref() else { return Vec::new() };
            Resource::ALL
                .into_iter()
                .map(|resource| (words::resource(resource), words::access(k.permissions.access(resource))))
                .collect::<Vec<_>>()
        })
    };
    let set_by = move || {
        state.integrations.track();
        let id = key.with(|k| k.as_ref().map(|k| k.id.clone()))?;
        state.with_workspace(|w| {
            w.integration_of(&id)
                .and_then(|link| integration(&link.integration))
                .map(|found| found.name)
        })
    };
    let addresses = move || {
        key.with(|k| match k {
            Some(k) if !k.allowed_ips.is_any() => k.allowed_ips.lines().replace('\n', ", "),
            _ => t(m::ANY_ADDRESS).to_owned(),
        })
    };
    view! {
        <FormDialog
            open=editing
            on_open=reset
            title=tx(m::EDIT_PERMISSIONS)
            class="dialog--wide"
            on_submit=submit
            submit_label=tx(m::SAVE)
            busy=saving
            stale
            error=form_error
        >
            <p class="dialog__body">{move || tf(m::WHAT_IT_MAY_DO, [&name()])}</p>
            <PermissionsField value=permissions />
            <AllowedIpsField value=allowed_ips errors=ip_errors />
        </FormDialog>
        <Modal open=viewing title=tx(m::PERMISSIONS)>
            <div class="dialog__body">
                <p>
                    {move || match set_by() {
                        Some(by) => tf(m::SET_BY_INTEGRATION, [&name(), by]),
                        None => tf(m::SET_BY_AN_INTEGRATION, [&name()]),
                    }}
                </p>
                <dl class="fields">
                    {move || granted().into_iter().map(|(resource, level)| view! {
                        <div class="fields__row">
                            <dt class="fields__label">{tx(resource)}</dt>
                            <dd class="fields__value">{tx(level)}</dd>
                        </div>
                    }).collect_view()}
                    <div class="fields__row">
                        <dt class="fields__label">{tx(m::ALLOWED_IPS)}</dt>
                        <dd class="fields__value">{addresses}</dd>
                    </div>
                </dl>
            </div>
            <div class="dialog__actions">
                <button type="button" class="button button--primary" on:click=move |_| viewing.close()>{tx(crate::i18n::m::kit::CLOSE)}</button>
            </div>
        </Modal>
    }
}
