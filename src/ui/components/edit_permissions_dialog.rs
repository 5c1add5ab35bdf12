//! "Edit permissions": what a key may do (Full access or a level per resource) and the IP addresses it
//! may be used from. A system-generated key's permissions are its integration's: they are shown, not
//! edited ("View permissions").

use leptos::prelude::*;

use super::{AllowedIpsField, Modal, PermissionsField, expect_toasts};
use crate::domain::AccessKey;
use crate::domain::access_key::access_as_seen;
use crate::domain::integration::integration;
use crate::domain::network::AllowedIps;
use crate::domain::permissions::{Permissions, Resource};
use crate::state::expect_app_state;
use crate::ui::{OneAtATime, focus_first_invalid};

/// Edits (or, for a system-generated key, shows) the permissions of `key` while it is `Some`; sets it
/// back to `None` when the dialog closes.
#[component]
pub fn EditPermissionsDialog(
    /// The key whose permissions are edited or shown, if any.
    key: RwSignal<Option<AccessKey>>,
) -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let permissions = RwSignal::new(Permissions::Full);
    let allowed_ips = RwSignal::new(String::new());
    let ip_errors = RwSignal::new(Vec::<String>::new());
    let form_error = RwSignal::new(None::<String>);
    let saving = OneAtATime::new();
    // What happened to the key elsewhere since the dialog opened (its permissions changed, deleted…).
    let stale = state.changed_elsewhere_by(key, access_as_seen);
    let system = move || key.with(|k| k.as_ref().is_some_and(|k| k.system));
    let name = move || key.with(|k| k.as_ref().map(|k| k.name.as_str().to_owned()).unwrap_or_default());

    let reset = Callback::new(move |()| {
        if let Some(current) = key.get_untracked() {
            permissions.set(current.permissions.clone());
            allowed_ips.set(current.allowed_ips.lines());
        }
        ip_errors.set(Vec::new());
        form_error.set(None);
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(current) = key.get_untracked() else { return };
        let allowed = match AllowedIps::parse(&allowed_ips.get_untracked()) {
            Ok(allowed) => allowed,
            Err(lines) => {
                ip_errors.set(lines.iter().map(ToString::to_string).collect());
                focus_first_invalid();
                return;
            }
        };
        let chosen = permissions.get_untracked();
        saving.run(async move {
            match state.set_access(&current, &chosen, &allowed).await {
                Ok(()) => {
                    key.set(None);
                    toasts.show(format!("Permissions of “{}” saved.", current.name.as_str()));
                }
                Err(error) => form_error.set(Some(error.to_string())),
            }
        });
    };
    let close = Callback::new(move |()| key.set(None));

    // A system-generated key: what its integration set, read only.
    let granted = move || {
        key.with(|k| {
            let Some(k) = k.as_ref() else { return Vec::new() };
            Resource::ALL
                .into_iter()
                .map(|resource| (resource.name(), k.permissions.access(resource).label()))
                .collect::<Vec<_>>()
        })
    };
    let set_by = move || {
        let id = key.with(|k| k.as_ref().map(|k| k.id.clone()))?;
        state.integrations.with(|links| {
            links
                .iter()
                .find(|link| link.access_key_id.as_ref() == Some(&id))
                .and_then(|link| integration(&link.integration))
                .map(|found| found.name)
        })
    };
    let addresses = move || {
        key.with(|k| match k {
            Some(k) if !k.allowed_ips.is_any() => k.allowed_ips.lines().replace('\n', ", "),
            _ => "Any address".to_owned(),
        })
    };
    view! {
        <Modal
            open=Signal::derive(move || key.with(Option::is_some) && !system())
            on_open=reset
            on_close=close
            title="Edit permissions"
            class="dialog--wide"
        >
            <form class="dialog__form" on:submit=submit novalidate>
                <p class="dialog__body">{move || format!("What “{}” may do, and from where.", name())}</p>
                <PermissionsField value=permissions />
                <AllowedIpsField value=allowed_ips errors=ip_errors />
                <p class="banner banner--error" role="alert" hidden=move || stale.with(Option::is_none)>{move || stale.get()}</p>
                <p class="error-line" role="alert">
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
        <Modal open=Signal::derive(move || key.with(Option::is_some) && system()) on_close=close title="Permissions">
            <div class="dialog__body">
                <p>
                    {move || match set_by() {
                        Some(by) => format!("“{}” was created by the {by} integration, which set what it may do. They change only when the integration is reconnected.", name()),
                        None => format!("“{}” was created by an integration, which set what it may do.", name()),
                    }}
                </p>
                <dl class="fields">
                    {move || granted().into_iter().map(|(resource, level)| view! {
                        <div class="fields__row">
                            <dt class="fields__label">{resource}</dt>
                            <dd class="fields__value">{level}</dd>
                        </div>
                    }).collect_view()}
                    <div class="fields__row">
                        <dt class="fields__label">"Allowed IP addresses"</dt>
                        <dd class="fields__value">{addresses}</dd>
                    </div>
                </dl>
            </div>
            <div class="dialog__actions">
                <button type="button" class="button button--primary" on:click=move |_| key.set(None)>"Close"</button>
            </div>
        </Modal>
    }
}
