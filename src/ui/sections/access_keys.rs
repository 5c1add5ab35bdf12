//! "Access keys": create, find, sort, rotate, disable, rename and delete ID + secret pairs. The section
//! holds what its parts share (search, sort, selection, which dialog is open); the parts are the
//! expiry banner, the toolbar, the table and the dialogs.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::access_key_row::KeyAction;
use super::access_keys_pager::AccessKeysPager;
use super::access_keys_table::AccessKeysTable;
use super::access_keys_toolbar::AccessKeysToolbar;
use super::expiry_banner::ExpiryBanner;
use super::leak_check_dialog::LeakCheckDialog;
use super::unused_keys_notice::UnusedKeysNotice;
use crate::browser::{clock, download, notify, perf};
use crate::domain::key_list::{Column, Filter, PAGE_SIZES, Page, sorted};
use crate::domain::reminders::{calendar_file_name, due_reminders, expiry_calendar};
use crate::domain::{AccessKey, AccessKeyId};
use crate::state::{Phase, expect_app_state};
use crate::ui::components::{
    CreateAccessKeyDialog, DeleteAccessKeysDialog, EditPermissionsDialog, RenameAccessKeyDialog, RotateSecretDialog,
    TestAccessKeyDialog, expect_toasts,
};

/// The access keys section. `activity_key` is set to a key's ID when its activity is asked for.
#[component]
pub fn AccessKeysSection(
    /// The activity log's key filter (a key ID, or empty for all).
    activity_key: RwSignal<String>,
) -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let creating = RwSignal::new(false);
    let testing = RwSignal::new(false);
    let checking_leaks = RwSignal::new(false);
    let renaming = RwSignal::new(None::<AccessKey>);
    let permitting = RwSignal::new(None::<AccessKey>);
    // The key "Create similar" copies, while its create dialog is open.
    let template = RwSignal::new(None::<AccessKey>);
    let rotating = RwSignal::new(None::<AccessKey>);
    let deleting = RwSignal::new(Vec::<AccessKey>::new());
    let confirm_open = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    // Unchecked on every load, as the product promises: system keys stay out of the way by default.
    let show_system = RwSignal::new(false);
    // "Review unused keys": the list shows only the keys nobody has used for 90 days.
    let review_unused = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new((Column::Created, true));
    let selected = RwSignal::new(BTreeSet::<String>::new());
    // The page wanted; the toolbar and the headings set it back to the first when what is listed changes.
    let wanted_page = RwSignal::new(0usize);
    let page_size = RwSignal::new(PAGE_SIZES[0]);

    let toggle = move |key: AccessKey| {
        failure.set(None);
        spawn_local(async move {
            match state.set_disabled(&key, !key.disabled).await {
                Ok(()) => toasts.show(format!(
                    "Access key “{}” {}.",
                    key.name.as_str(),
                    if key.disabled { "enabled" } else { "disabled" }
                )),
                Err(error) => failure.set(Some(error.to_string())),
            }
        });
    };
    let show_activity = move |key: AccessKey| {
        activity_key.set(key.id.as_str().to_owned());
        if let Some(log) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("activity-log"))
        {
            log.scroll_into_view();
            if let Ok(log) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(log) {
                let _ = log.focus();
            }
        }
    };
    let on_action = Callback::new(move |(action, key): (KeyAction, AccessKey)| match action {
        KeyAction::Rename => renaming.set(Some(key)),
        KeyAction::EditPermissions | KeyAction::ViewPermissions => permitting.set(Some(key)),
        KeyAction::CreateSimilar => {
            template.set(Some(key));
            creating.set(true);
        }
        KeyAction::RotateSecret => rotating.set(Some(key)),
        KeyAction::Disable | KeyAction::Enable => toggle(key),
        KeyAction::Activity => show_activity(key),
        KeyAction::AddToCalendar => {
            let calendar = state
                .reminders
                .with_untracked(|reminders| expiry_calendar(&key, reminders, clock::now()));
            if let Some(text) = calendar {
                let saved = download::download_text(&calendar_file_name(&key), "text/calendar", &text);
                failure.set(saved.err().map(|_| "The browser refused the download.".to_owned()));
            }
        }
        KeyAction::Delete => {
            deleting.set(vec![key]);
            confirm_open.set(true);
        }
    });
    let on_deleted = Callback::new(move |ids: Vec<crate::domain::AccessKeyId>| {
        selected.update(|s| {
            for id in &ids {
                s.remove(id.as_str());
            }
        })
    });
    let on_delete_selected = Callback::new(move |()| {
        let chosen = selected.get_untracked();
        let keys: Vec<AccessKey> = state.access_keys.with_untracked(|keys| {
            keys.iter()
                .filter(|k| chosen.contains(k.id.as_str()))
                .cloned()
                .collect()
        });
        if !keys.is_empty() {
            deleting.set(keys);
            confirm_open.set(true);
        }
    });
    let filter = Memo::new(move |_| {
        let filter = Filter::new(&query.get(), show_system.get());
        if review_unused.get() {
            filter.unused_only(clock::now())
        } else {
            filter
        }
    });
    // Search, "Show system-generated" and sort apply to every key (only the keys shown are sorted); only
    // a page of them is rendered.
    let listed = Memo::new(move |_| {
        let (column, descending) = sort.get();
        filter.with(|filter| {
            state.access_keys.with(|keys| {
                sorted(keys.iter().filter(|key| filter.shows(key)), column, descending)
                    .into_iter()
                    .map(|key| key.id.clone())
                    .collect::<Vec<AccessKeyId>>()
            })
        })
    });
    let page = Memo::new(move |_| Page::of(listed.with(Vec::len), page_size.get(), wanted_page.get()));
    // The first time the stored keys are on screen (after the render this effect follows).
    let rendered = StoredValue::new(false);
    Effect::new(move |_| {
        if state.phase.get() == Phase::Ready && !rendered.get_value() {
            rendered.set_value(true);
            request_animation_frame(|| perf::mark("access-keys-rendered"));
        }
    });
    let selected_count = Signal::derive(move || selected.with(BTreeSet::len));
    // Expiry reminders due while this page is open, as browser notifications (when the user turned them
    // on): checked when the keys or the reminders change, and every hour.
    let notify_due = move || {
        if !notify::enabled() || notify::allowed() != notify::Allowed::Granted {
            return;
        }
        let due = state.reminders.with_untracked(|reminders| {
            state
                .access_keys
                .with_untracked(|keys| due_reminders(keys, reminders, clock::now(), &notify::shown()))
        });
        for reminder in due {
            let _ = notify::show(&reminder.title, &reminder.body, &reminder.marks);
        }
    };
    Effect::new(move |_| {
        if state.phase.get() == Phase::Ready {
            state.reminders.track();
            state.access_keys.track();
            notify_due();
        }
    });
    let hourly = set_interval_with_handle(notify_due, std::time::Duration::from_secs(3600)).ok();
    on_cleanup(move || {
        if let Some(handle) = hourly {
            handle.clear();
        }
    });
    // After "Proceed" the list turns to the page with the new key (page 1 in the default order).
    let show_created = Callback::new(move |id: AccessKeyId| {
        if let Some(at) = listed.with_untracked(|ids| ids.iter().position(|listed| *listed == id)) {
            wanted_page.set(at / page_size.get_untracked());
        }
    });

    view! {
        <section class="card" aria-labelledby="access-keys-title">
            <div class="card__header">
                <h2 class="card__title" id="access-keys-title">"Access keys"</h2>
                <div class="card__actions">
                    <button type="button" class="button" on:click=move |_| checking_leaks.set(true)>"Check for leaked secrets"</button>
                    <button type="button" class="button" on:click=move |_| testing.set(true)>"Test access key"</button>
                    <button type="button" class="button button--primary" on:click=move |_| {
                        template.set(None);
                        creating.set(true);
                    }>
                        "Create access key"
                    </button>
                </div>
            </div>
            <p class="card__lead">
                "An access key authenticates a user, developer or calling program to the API. Each access key "
                "is an ID-secret pair that gives programmatic access to your account: anyone who has both can do "
                "what the key is permitted to (by default, everything you can), so never share them."
            </p>
            <ExpiryBanner />
            <UnusedKeysNotice review=review_unused wanted_page failure />
            <p class="error-line" role="alert">{move || failure.get()}</p>
            <AccessKeysToolbar query show_system wanted_page selected_count on_delete_selected />
            <Show
                when=move || state.access_keys.with(|keys| !keys.is_empty())
                fallback=move || view! {
                    <div class="empty">
                        <p>"You have no access keys yet."</p>
                        <p>"Create one to call the API from a script, a CI pipeline or another service."</p>
                    </div>
                }
            >
                <AccessKeysTable listed page sort wanted_page selected on_action />
                <p class="empty" hidden=move || page.with(|p| p.total != 0)>"No access key matches your search."</p>
                <AccessKeysPager page wanted_page page_size />
            </Show>
            <CreateAccessKeyDialog open=creating template on_proceed=show_created />
            <TestAccessKeyDialog open=testing />
            <LeakCheckDialog open=checking_leaks on_action />
            <RenameAccessKeyDialog key=renaming />
            <EditPermissionsDialog key=permitting />
            <RotateSecretDialog key=rotating />
            <DeleteAccessKeysDialog keys=deleting open=confirm_open failure on_deleted />
        </section>
    }
}
