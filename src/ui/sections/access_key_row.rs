//! One row of the access keys table. It is built once per key ID and reads the key's fields
//! reactively: another tab's rename, rotation or use updates the cells that show them, nothing else.

use leptos::prelude::*;

use crate::browser::{clock, format};
use std::collections::BTreeSet;

use crate::domain::key_list::{access_line, connections_summary};
use crate::domain::{AccessKey, Connection, ExpiryStatus};
use crate::state::{KeyRow, expect_app_state};
use crate::ui::components::{CopyButton, MenuItem, MoreOptions, RelativeTime};

/// What a row's "More options" offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// "Rename" (name and description).
    Rename,
    /// "Edit permissions" (what the key may do, and from where).
    EditPermissions,
    /// "View permissions" (a system-generated key's, set by its integration).
    ViewPermissions,
    /// "Create similar": the create dialog filled in from the key.
    CreateSimilar,
    /// "Rotate secret".
    RotateSecret,
    /// "Disable" (an enabled key).
    Disable,
    /// "Enable" (a disabled key).
    Enable,
    /// "Activity": the key's activity log.
    Activity,
    /// "Add to calendar": the key's expiry as a calendar file with the account's reminders.
    AddToCalendar,
    /// "Delete".
    Delete,
}

impl KeyAction {
    /// The items of the menu of a key that is `disabled` or not, and `system`-generated or not, in
    /// order. A system-generated key's permissions are its integration's, and it is not copied.
    pub fn menu(disabled: bool, system: bool, expires: bool) -> Vec<KeyAction> {
        let toggle = if disabled {
            KeyAction::Enable
        } else {
            KeyAction::Disable
        };
        let mut items = vec![KeyAction::Rename];
        if system {
            items.push(KeyAction::ViewPermissions);
        } else {
            items.extend([KeyAction::EditPermissions, KeyAction::CreateSimilar]);
        }
        items.extend([KeyAction::RotateSecret, toggle, KeyAction::Activity]);
        if expires {
            items.push(KeyAction::AddToCalendar);
        }
        items.push(KeyAction::Delete);
        items
    }

    /// The item's text.
    pub fn label(self) -> &'static str {
        match self {
            KeyAction::Rename => "Rename",
            KeyAction::EditPermissions => "Edit permissions",
            KeyAction::ViewPermissions => "View permissions",
            KeyAction::CreateSimilar => "Create similar",
            KeyAction::RotateSecret => "Rotate secret",
            KeyAction::Disable => "Disable",
            KeyAction::Enable => "Enable",
            KeyAction::Activity => "Activity",
            KeyAction::AddToCalendar => "Add to calendar",
            KeyAction::Delete => "Delete",
        }
    }
}

/// A key's row: selection, name (with the System flag and its connections), ID with copy, created,
/// expiry with status, last used, and "More options". Built once per key ID: a change of the key
/// re-renders only the cells that read what changed.
#[component]
pub fn AccessKeyRow(
    /// The key shown and its connections, as stored now.
    #[prop(into)]
    row: Signal<KeyRow>,
    /// The row's position in the whole list (1 for the first key), for `aria-rowindex`.
    #[prop(into)]
    position: Signal<usize>,
    /// The IDs of the selected keys.
    selected: RwSignal<BTreeSet<String>>,
    /// Runs when an item of "More options" is chosen, with the key as it is then.
    on_action: Callback<(KeyAction, AccessKey)>,
) -> impl IntoView {
    // What never changes for a key is read once. Name, state and connections are memos, so a use of
    // the key (its last-used time) leaves the menu, the copy button and the connections alone.
    let (id, system, created_at, expires) = row.with_untracked(|r| {
        let key = &r.key;
        (
            key.id.as_str().to_owned(),
            key.system,
            key.created_at,
            key.expires_at.is_some(),
        )
    });
    let state = expect_app_state();
    let key = move || row.with_untracked(|r| r.key.clone());
    let name = Memo::new(move |_| row.with(|r| r.key.name.as_str().to_owned()));
    let disabled = Memo::new(move |_| row.with(|r| r.key.disabled));
    let description = Memo::new(move |_| row.with(|r| r.key.description.as_str().to_owned()));
    let access = Memo::new(move |_| row.with(|r| access_line(&r.key)));
    let connections = Memo::new(move |_| row.with(|r| r.connections.clone()));
    // The menu acts on the key as it is when an item is chosen.
    let on_select = Callback::new(move |action: KeyAction| on_action.run((action, key())));
    let items = move |disabled: bool| {
        KeyAction::menu(disabled, system, expires)
            .into_iter()
            .map(|action| MenuItem::new(action.label(), action))
            .collect::<Vec<_>>()
    };
    let id_element = format!("access-key-id-{id}");
    let copy_id = id.clone();
    // Set once: the checkbox itself is the only thing that changes it.
    let checked = selected.with_untracked(|s| s.contains(&id));
    let select_id = id.clone();
    view! {
        <tr class=move || if disabled.get() { "keys__row keys__row--inactive" } else { "keys__row" } aria-rowindex=move || position.get() + 1>
            <td class="keys__select">
                <input
                    type="checkbox"
                    aria-label=move || format!("Select {}", name.get())
                    prop:checked=checked
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        selected.update(|s| {
                            if on {
                                s.insert(select_id.clone());
                            } else {
                                s.remove(&select_id);
                            }
                        });
                    }
                />
            </td>
            <th scope="row" class="keys__name">
                <span class="keys__name-text">{move || name.get()}</span>
                {system.then(|| view! { <span class="badge badge--system">"System"</span> })}
                {move || description.with(|text| (!text.is_empty()).then(|| view! {
                    // Cut to one line on screen; the whole text stays for screen readers and the tooltip.
                    <span class="keys__description" title=text.clone()>{text.clone()}</span>
                }))}
                <span class="keys__meta keys__access">{move || access.get()}</span>
                {move || connections.with(|all| connections_view(all))}
            </th>
            <td class="keys__id" data-label="Access key ID">
                <code class="mono" id=id_element.clone()>{id.clone()}</code>
                {move || {
                    let label = format!("Copy access key ID of {}", name.get());
                    view! { <CopyButton label value=copy_id.clone() target_id=id_element.clone() compact=true /> }
                }}
            </td>
            <td data-label="Created">{format::date(created_at)}</td>
            <td data-label="Expires">
                {move || {
                    let window = state.reminders.with(|reminders| reminders.window_days());
                    row.with(|r| expiry_cell(&r.key, window))
                }}
            </td>
            <td class="keys__used" data-label="Last used">
                {move || view! { <RelativeTime at=row.with(|r| r.key.last_used_at) never="Never" /> }}
            </td>
            <td class="keys__actions">
                {move || view! { <MoreOptions name=name.get() items=items(disabled.get()) on_select /> }}
            </td>
        </tr>
    }
}

/// The expiry cell: the date, its status ("Expires in N days" from `window` days before), "Inactive" and
/// the old secret's grace period.
fn expiry_cell(key: &AccessKey, window: i64) -> impl IntoView + use<> {
    let now = clock::now();
    let status = ExpiryStatus::within(key.expires_at, now, window);
    let expires = key.expires_at.map_or_else(|| "Never".to_owned(), format::date);
    let grace = key
        .grace_until(now)
        .map(|until| format!("Old secret valid until {}", format::date_time(until)));
    view! {
        <span class="keys__expires">{expires}</span>
        <span class=format!("badge badge--{}", status.as_str())>{status.label()}</span>
        {key.disabled.then(|| view! { <span class="badge badge--off">"Inactive"</span> })}
        {grace.map(|text| view! { <span class="keys__meta">{text}</span> })}
    }
}

/// The key's connections, folded under a summary ("2 active connections").
fn connections_view(all: &[Connection]) -> AnyView {
    if all.is_empty() {
        return view! { <span class="keys__meta">"No connections"</span> }.into_any();
    }
    let summary = connections_summary(all.iter().filter(|c| c.is_active()).count());
    let items = all
        .iter()
        .map(|c| {
            view! {
                <li class="connections__item">
                    <span class="connections__client">{c.client.clone()}</span>
                    <span>{format!("established {}", format::date(c.established_at))}</span>
                    <span>"last used " <RelativeTime at=c.last_used_at never="never" /></span>
                    <span class=if c.is_active() { "badge badge--active" } else { "badge badge--off" }>
                        {match c.revoked_at {
                            None => "Active".to_owned(),
                            Some(at) => format!("Revoked {}", format::date(at)),
                        }}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="connections">
            <summary class="keys__meta">{summary}</summary>
            <ul class="connections__list">{items}</ul>
        </details>
    }
    .into_any()
}
