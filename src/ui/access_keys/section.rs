//! "Access keys": create, find, sort, rotate, disable, rename and delete ID + secret pairs. The section
//! lays out its parts (notices, toolbar, table, pager, dialogs) around one [`AccessKeysView`], which
//! holds everything they share.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{m::access_keys as m, tx};

use super::actions::KeyAction;
use super::dialogs::{
    CreateAccessKeyDialog, DeleteAccessKeysDialog, DisableAccessKeyDialog, EditPermissionsDialog,
    RenameAccessKeyDialog, RevokeOldSecretDialog, RotateSecretDialog, TestAccessKeyDialog,
};
use super::list::{AccessKeysPager, AccessKeysTable, AccessKeysToolbar};
use super::notices::{ExpiryBanner, UnusedKeysNotice, notify_due_reminders};
use super::view::{AccessKeysView, KeyDialog};
use crate::domain::AccessKeyId;
use crate::state::expect_app_state;
use crate::ui::leak_check::{LeakAction, LeakCheckDialog};

/// The element id of the access keys section (what the page's section links lead to).
pub const ACCESS_KEYS_ID: &str = "access-keys";

/// Puts the access keys' shared state in context for the section and for [`CreateAccessKeyButton`]
/// elsewhere on the page; `activity_key` is set to a key's ID when its activity is asked for.
pub fn provide_access_keys(activity_key: RwSignal<Option<AccessKeyId>>) {
    AccessKeysView::provide(activity_key);
}

/// "Create access key" anywhere on the page (the page's main task, at its top): opens the section's
/// create dialog.
#[component]
pub fn CreateAccessKeyButton() -> impl IntoView {
    let view = AccessKeysView::expect();
    view! {
        <button type="button" class="button button--primary" on:click=move |_| view.open(KeyDialog::Create { like: None })>
            {tx(m::CREATE_ACCESS_KEY)}
        </button>
    }
}

/// The access keys section, under [`provide_access_keys`].
#[component]
pub fn AccessKeysSection() -> impl IntoView {
    let state = expect_app_state();
    let view = AccessKeysView::expect();
    notify_due_reminders();
    let like = view.showing(|dialog| match dialog {
        KeyDialog::Create { like } => like.clone(),
        _ => None,
    });
    // After "Proceed" the list turns to the page with the new key (page 1 in the default order).
    let show_created = Callback::new(move |id: AccessKeyId| view.list.show_key(&id));
    // A finding's action closes the leak check and opens the key's own dialog.
    let on_leak_action = Callback::new(move |(action, key)| {
        let action = match action {
            LeakAction::RotateSecret => KeyAction::RotateSecret,
            LeakAction::RevokeOldSecret => KeyAction::RevokeOldSecret,
            LeakAction::Disable => KeyAction::Disable,
            LeakAction::Delete => KeyAction::Delete,
        };
        view.act(action, key);
    });
    let page = view.list.page();
    let actions: ChildrenFn = Arc::new(move || {
        view! {
            <button type="button" class="button" on:click=move |_| view.open(KeyDialog::LeakCheck)>{tx(m::CHECK_FOR_LEAKS)}</button>
            <button type="button" class="button" on:click=move |_| view.open(KeyDialog::Test)>{tx(m::TEST_ACCESS_KEY)}</button>
            <CreateAccessKeyButton />
        }
        .into_any()
    });

    view! {
        <section class="card" id=ACCESS_KEYS_ID aria-labelledby="access-keys-title">
            <div class="card__header">
                <h2 class="card__title" id="access-keys-title">{tx(m::ACCESS_KEYS)}</h2>
                <div class="card__actions">{actions()}</div>
            </div>
            <p class="card__lead">
                {tx(m::ACCESS_KEYS_LEAD)}
            </p>
            <ExpiryBanner />
            <UnusedKeysNotice />
            <p class="error-line" role="alert">{move || view.failure()}</p>
            <AccessKeysToolbar />
            <Show
                when=move || state.access_keys.with(|keys| !keys.is_empty())
                fallback=move || view! {
                    <div class="empty">
                        <p>{tx(m::NO_KEYS_YET)}</p>
                        <p>{tx(m::NO_KEYS_YET_HINT)}</p>
                    </div>
                }
            >
                <AccessKeysTable />
                <p class="empty" hidden=move || page.with(|p| p.total != 0)>{tx(m::NO_MATCH)}</p>
                <AccessKeysPager />
            </Show>
            <CreateAccessKeyDialog
                open=view.open_state(|d| matches!(d, KeyDialog::Create { .. }))
                like
                on_proceed=show_created
            />
            <TestAccessKeyDialog open=view.open_state(|d| *d == KeyDialog::Test) />
            <LeakCheckDialog open=view.open_state(|d| *d == KeyDialog::LeakCheck) on_action=on_leak_action />
            <RenameAccessKeyDialog />
            <EditPermissionsDialog />
            <RotateSecretDialog />
            <RevokeOldSecretDialog />
            <DeleteAccessKeysDialog />
            <DisableAccessKeyDialog />
        </section>
    }
}
