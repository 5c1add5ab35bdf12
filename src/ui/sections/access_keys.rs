//! "Access keys": create, find, sort, rotate, disable, rename and delete ID + secret pairs.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::access_key_row::AccessKeyRow;
use crate::browser::{clock, perf};
use crate::domain::access_key::list_order;
use crate::domain::integration::integration;
use crate::domain::{AccessKey, AccessKeyId, ExpiryStatus};
use crate::state::{Phase, expect_app_state};
use crate::ui::components::{
    ConfirmDialog, CreateAccessKeyDialog, RenameAccessKeyDialog, RotateSecretDialog, TestAccessKeyDialog, expect_toasts,
};

/// How many expiring keys the banner names before it only counts the rest.
const SHOWN_IN_BANNER: usize = 5;

/// What the list shows: system keys or not, and the lower-cased search text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Filter {
    show_system: bool,
    needle: String,
}

impl Filter {
    /// Whether a key with these properties (name and ID lower-cased) is shown.
    fn matches(&self, system: bool, name: &str, id: &str) -> bool {
        (self.show_system || !system)
            && (self.needle.is_empty() || name.contains(&self.needle) || id.contains(&self.needle))
    }
}

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Created,
    Expires,
    LastUsed,
}

impl Column {
    fn label(self) -> &'static str {
        match self {
            Column::Name => "Name",
            Column::Created => "Created",
            Column::Expires => "Expires",
            Column::LastUsed => "Last used",
        }
    }

    fn compare(self, a: &AccessKey, b: &AccessKey) -> std::cmp::Ordering {
        match self {
            Column::Name => a.name.as_str().to_lowercase().cmp(&b.name.as_str().to_lowercase()),
            Column::Created => a.created_at.cmp(&b.created_at),
            // "Never" sorts after every date.
            Column::Expires => (a.expires_at.is_none(), a.expires_at).cmp(&(b.expires_at.is_none(), b.expires_at)),
            Column::LastUsed => a.last_used_at.cmp(&b.last_used_at),
        }
    }
}

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
    let renaming = RwSignal::new(None::<AccessKey>);
    let rotating = RwSignal::new(None::<AccessKey>);
    let deleting = RwSignal::new(Vec::<AccessKey>::new());
    let confirm_open = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    // Unchecked on every load, as the product promises: system keys stay out of the way by default.
    let show_system = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new((Column::Created, true));
    let selected = RwSignal::new(BTreeSet::<String>::new());

    let on_rename = Callback::new(move |key: AccessKey| renaming.set(Some(key)));
    let on_rotate = Callback::new(move |key: AccessKey| rotating.set(Some(key)));
    let on_delete = Callback::new(move |key: AccessKey| {
        deleting.set(vec![key]);
        confirm_open.set(true);
    });
    let on_toggle = Callback::new(move |key: AccessKey| {
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
    });
    let on_activity = Callback::new(move |key: AccessKey| {
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
    });
    let delete = Callback::new(move |()| {
        let keys = deleting.get_untracked();
        let done = match keys.as_slice() {
            [one] => format!("Access key “{}” deleted.", one.name.as_str()),
            many => format!("{} access keys deleted.", many.len()),
        };
        let ids: Vec<AccessKeyId> = keys.iter().map(|key| key.id.clone()).collect();
        perf::start("delete-access-keys");
        failure.set(None);
        spawn_local(async move {
            match state.delete_access_keys(&keys).await {
                Ok(()) => {
                    selected.update(|s| {
                        ids.iter().for_each(|id| {
                            s.remove(id.as_str());
                        })
                    });
                    toasts.show(done);
                    perf::finish_after_frame("delete-access-keys");
                }
                Err(error) => failure.set(Some(error.to_string())),
            }
        });
    });
    let delete_selected = move |_| {
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
    };

    // Every key is rendered once, in order; the filter only flips each row's `hidden` attribute, so
    // searching or showing system keys never rebuilds rows.
    let filter = Memo::new(move |_| Filter {
        show_system: show_system.get(),
        needle: query.get().trim().to_lowercase(),
    });
    let visible_count = Memo::new(move |_| {
        filter.with(|filter| {
            state.access_keys.with(|keys| {
                keys.iter()
                    .filter(|key| {
                        filter.matches(
                            key.system,
                            &key.name.as_str().to_lowercase(),
                            &key.id.as_str().to_lowercase(),
                        )
                    })
                    .count()
            })
        })
    });
    // The keys' IDs in display order: rows are keyed by ID alone, so a change to a key's fields
    // updates its row in place and only a change of order moves rows.
    let ordered = Memo::new(move |_| {
        let (column, descending) = sort.get();
        state.access_keys.with(|keys| {
            let mut sorted: Vec<&AccessKey> = keys.iter().collect();
            // System keys first, then the chosen column, then the usual list order.
            sorted.sort_by(|a, b| {
                let by_column = column.compare(a, b);
                let by_column = if descending { by_column.reverse() } else { by_column };
                b.system.cmp(&a.system).then(by_column).then_with(|| list_order(a, b))
            });
            sorted
                .into_iter()
                .map(|key| key.id.clone())
                .collect::<Vec<AccessKeyId>>()
        })
    });
    // The first time the stored keys are on screen (after the render this effect follows).
    let rendered = StoredValue::new(false);
    Effect::new(move |_| {
        if state.phase.get() == Phase::Ready && !rendered.get_value() {
            rendered.set_value(true);
            request_animation_frame(|| perf::mark("access-keys-rendered"));
        }
    });
    let expiring = Memo::new(move |_| {
        let now = clock::now();
        // Expired keys first, then the soonest to expire; only a few are built into text.
        let mut due: Vec<(Option<chrono::DateTime<chrono::Utc>>, String, ExpiryStatus)> =
            state.access_keys.with(|keys| {
                keys.iter()
                    .filter_map(|key| match ExpiryStatus::at(key.expires_at, now) {
                        ExpiryStatus::Active => None,
                        status => Some((key.expires_at, key.name.as_str().to_owned(), status)),
                    })
                    .collect()
            });
        due.sort_by_key(|a| a.0);
        let total = due.len();
        let notes: Vec<String> = due
            .into_iter()
            .take(SHOWN_IN_BANNER)
            .map(|(_, name, status)| match status {
                ExpiryStatus::Expired => format!("{name} has expired"),
                status => format!("{name} {}", status.label().to_lowercase()),
            })
            .collect();
        // A handful is named; the rest are counted, so the banner stays short with thousands of keys.
        (total > 0).then(|| {
            let more = match total - notes.len() {
                0 => String::new(),
                1 => "; and 1 more key".to_owned(),
                n => format!("; and {n} more keys"),
            };
            format!(
                "{}{more}. Rotate or replace these keys before anything that uses them breaks.",
                notes.join("; ")
            )
        })
    });
    let deleting_names = move || {
        deleting.with(|keys| {
            keys.iter()
                .map(|k| k.name.as_str().to_owned())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let blast_radius = move || {
        let keys = deleting.get();
        let workspace = state.workspace();
        let clients: Vec<String> = keys
            .iter()
            .flat_map(|key| {
                workspace
                    .active_connections(&key.id)
                    .into_iter()
                    .map(|c| c.client.clone())
                    .collect::<Vec<_>>()
            })
            .collect();
        match clients.len() {
            0 => "No active connections use this key.".to_owned(),
            1 => format!("1 active connection will be revoked: {}.", clients[0]),
            n => format!("{n} active connections will be revoked: {}.", clients.join(", ")),
        }
    };
    let system_warning = move || {
        let workspace = state.workspace();
        let names: Vec<&str> = deleting.with(|keys| {
            keys.iter()
                .filter_map(|key| workspace.integration_of(&key.id))
                .filter_map(|link| integration(&link.integration).map(|i| i.name))
                .collect()
        });
        (!names.is_empty()).then(|| {
            let names = names.join(", ");
            format!("This system-generated key belongs to {names}: deleting it stops {names} from working until you reconnect it.")
        })
    };
    let header = move |column: Column| {
        let aria_sort = move || match sort.get() {
            (c, true) if c == column => "descending",
            (c, false) if c == column => "ascending",
            _ => "none",
        };
        view! {
            <th scope="col" class="keys__sortable" aria-sort=aria_sort>
                <button type="button" class="keys__sort" on:click=move |_| sort.update(|(c, descending)| {
                    if *c == column { *descending = !*descending } else { *c = column; *descending = column != Column::Name }
                })>
                    {column.label()}
                    <span class="keys__sort-mark" aria-hidden="true">{move || match aria_sort() { "ascending" => "▲", "descending" => "▼", _ => "" }}</span>
                </button>
            </th>
        }
    };
    let selected_count = move || selected.with(BTreeSet::len);

    view! {
        <section class="card" aria-labelledby="access-keys-title">
            <div class="card__header">
                <h2 class="card__title" id="access-keys-title">"Access keys"</h2>
                <div class="card__actions">
                    <button type="button" class="button" on:click=move |_| testing.set(true)>"Test access key"</button>
                    <button type="button" class="button button--primary" on:click=move |_| creating.set(true)>
                        "Create access key"
                    </button>
                </div>
            </div>
            <p class="card__lead">
                "An access key authenticates a user, developer or calling program to the API. Each access key "
                "is an ID-secret pair that gives programmatic access to your account: anyone who has both can do "
                "what you can, so never share them."
            </p>
            <div class="banner" role="note" aria-label="Expiring access keys" hidden=move || expiring.with(Option::is_none)>
                <p>{move || expiring.get()}</p>
            </div>
            <p class="error-line" role="alert">{move || failure.get()}</p>
            <div class="keys__tools">
                <input
                    type="search"
                    class="field__input keys__search"
                    aria-label="Search access keys"
                    placeholder="Search by name or ID"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || query.get()
                    on:input=move |event| {
                        perf::start("search-access-keys");
                        query.set(event_target_value(&event));
                        perf::finish_after_frame("search-access-keys");
                    }
                />
                <div class="check">
                    <input
                        type="checkbox"
                        id="show-system-generated"
                        prop:checked=move || show_system.get()
                        on:change=move |event| {
                            perf::start("toggle-system-generated");
                            show_system.set(event_target_checked(&event));
                            perf::finish_after_frame("toggle-system-generated");
                        }
                    />
                    <label for="show-system-generated">"Show system-generated"</label>
                </div>
                <button type="button" class="button button--danger" disabled=move || selected_count() == 0 on:click=delete_selected>
                    {move || format!("Delete selected ({})", selected_count())}
                </button>
            </div>
            <Show
                when=move || state.access_keys.with(|keys| !keys.is_empty())
                fallback=move || view! {
                    <div class="empty">
                        <p>"You have no access keys yet."</p>
                        <p>"Create one to call the API from a script, a CI pipeline or another service."</p>
                    </div>
                }
            >
                <div class="table-scroll">
                    <table class="keys">
                        <caption class="visually-hidden">"Access keys; system-generated keys first"</caption>
                        <thead>
                            <tr>
                                <th scope="col"><span class="visually-hidden">"Selected"</span></th>
                                {header(Column::Name)}
                                <th scope="col">"Access key ID"</th>
                                {header(Column::Created)}
                                {header(Column::Expires)}
                                {header(Column::LastUsed)}
                                <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || ordered.get()
                                key=|id| id.clone()
                                children=move |id| {
                                    // Every listed ID has its row signals (the state patches them first).
                                    let row = state.key_rows.get(&id)?;
                                    let matching = {
                                        let row = row.clone();
                                        Memo::new(move |_| row.with(|r| (r.key.system, r.key.name.as_str().to_lowercase())))
                                    };
                                    let key_id = id.as_str().to_lowercase();
                                    let hidden = Signal::derive(move || {
                                        matching.with(|(system, name)| filter.with(|f| !f.matches(*system, name, &key_id)))
                                    });
                                    let id = id.as_str().to_owned();
                                    let name = {
                                        let row = row.clone();
                                        Memo::new(move |_| row.with(|r| r.key.name.as_str().to_owned()))
                                    };
                                    // Set once: the checkbox itself is the only thing that changes it.
                                    let checked = selected.with_untracked(|s| s.contains(&id));
                                    Some(view! {
                                        <AccessKeyRow row hidden on_rename on_delete on_rotate on_toggle on_activity>
                                            <input
                                                type="checkbox"
                                                aria-label=move || format!("Select {}", name.get())
                                                prop:checked=checked
                                                on:change=move |event| {
                                                    let on = event_target_checked(&event);
                                                    selected.update(|s| { if on { s.insert(id.clone()); } else { s.remove(&id); } });
                                                }
                                            />
                                        </AccessKeyRow>
                                    })
                                }
                            />
                        </tbody>
                    </table>
                </div>
                <p class="empty" hidden=move || visible_count.get() != 0>"No access key matches your search."</p>
            </Show>
            <CreateAccessKeyDialog open=creating />
            <TestAccessKeyDialog open=testing />
            <RenameAccessKeyDialog key=renaming />
            <RotateSecretDialog key=rotating />
            <ConfirmDialog
                open=confirm_open
                title="Delete access key?"
                confirm_label="Delete"
                on_confirm=delete
            >
                <p>
                    <strong>{deleting_names}</strong>
                    " will be deleted permanently, and the connections established with it are revoked."
                </p>
                <p class="dialog__emphasis">{blast_radius}</p>
                <p class="dialog__emphasis" hidden=move || system_warning().is_none()>{system_warning}</p>
            </ConfirmDialog>
        </section>
    }
}
