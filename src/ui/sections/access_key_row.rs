//! One row of the access keys table. It is built once per key ID and reads the key's fields
//! reactively: another tab's rename, rotation or use updates the cells that show them, nothing else.

use leptos::prelude::*;

use crate::browser::{clock, format};
use crate::domain::{AccessKey, ExpiryStatus};
use crate::state::KeyRow;
use crate::ui::components::{CopyButton, MenuAction, MenuEntry, MoreOptions, RelativeTime};

/// A key's row: name (with the System flag and its connections), ID with copy, created, expiry with
/// status, last used, and "More options".
#[component]
pub fn AccessKeyRow(
    /// The key shown and its connections, as stored now.
    #[prop(into)]
    row: Signal<KeyRow>,
    /// Hidden by the current search or the system-key toggle.
    #[prop(into)]
    hidden: Signal<bool>,
    /// Runs when "Rename" is chosen, with the key as shown.
    on_rename: Callback<AccessKey>,
    /// Runs when "Delete" is chosen.
    on_delete: Callback<AccessKey>,
    /// Runs when "Rotate secret" is chosen.
    on_rotate: Callback<AccessKey>,
    /// Runs when "Disable" or "Enable" is chosen.
    on_toggle: Callback<AccessKey>,
    /// Runs when "Activity" is chosen.
    on_activity: Callback<AccessKey>,
    /// The row's selection checkbox.
    children: Children,
) -> impl IntoView {
    // Fields that never change for a key are read once; the rest through memos, so each cell updates
    // only when its own field does.
    let (id, system, created_at) =
        row.with_untracked(|r| (r.key.id.as_str().to_owned(), r.key.system, r.key.created_at));
    let key = move || row.with_untracked(|r| r.key.clone());
    let connections = Memo::new(move |_| row.with(|r| r.connections.clone()));
    let id_element = format!("access-key-id-{id}");
    let name = Memo::new(move |_| row.with(|r| r.key.name.as_str().to_owned()));
    let disabled = Memo::new(move |_| row.with(|r| r.key.disabled));
    let expires_at = Memo::new(move |_| row.with(|r| r.key.expires_at));
    let last_used = Memo::new(move |_| row.with(|r| r.key.last_used_at));
    let grace = Memo::new(move |_| row.with(|r| r.key.grace_until(clock::now())));
    let status = move || ExpiryStatus::at(expires_at.get(), clock::now());
    // The menu acts on the key as it is when an item is chosen.
    let entries = move |disabled: bool| {
        let action = |callback: Callback<AccessKey>| MenuAction::Run(std::sync::Arc::new(move || callback.run(key())));
        vec![
            MenuEntry::new("Rename", action(on_rename)),
            MenuEntry::new("Rotate secret", action(on_rotate)),
            MenuEntry::new(if disabled { "Enable" } else { "Disable" }, action(on_toggle)),
            MenuEntry::new("Activity", action(on_activity)),
            MenuEntry::new("Delete", action(on_delete)),
        ]
    };
    let summary = move || {
        connections.with(|all| match all.iter().filter(|c| c.is_active()).count() {
            0 => "No active connections".to_owned(),
            1 => "1 active connection".to_owned(),
            n => format!("{n} active connections"),
        })
    };
    let has_connections = move || connections.with(|all| !all.is_empty());
    let copy_id = id.clone();
    view! {
        <tr class=move || if disabled.get() { "keys__row keys__row--inactive" } else { "keys__row" } hidden=move || hidden.get()>
            <td class="keys__select">{children()}</td>
            <th scope="row" class="keys__name">
                <span class="keys__name-text">{move || name.get()}</span>
                {system.then(|| view! { <span class="badge badge--system">"System"</span> })}
                <Show when=has_connections fallback=|| view! { <span class="keys__meta">"No connections"</span> }>
                    <details class="connections">
                        <summary class="keys__meta">{summary}</summary>
                        <ul class="connections__list">
                            {
                                move || connections.get()
                                    .into_iter()
                                    .map(|c| view! {
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
                                    })
                                    .collect_view()
                            }
                        </ul>
                    </details>
                </Show>
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
                <span class="keys__expires">{move || expires_at.get().map_or_else(|| "Never".to_owned(), format::date)}</span>
                <span class=move || format!("badge badge--{}", status().as_str())>{move || status().label()}</span>
                {move || disabled.get().then(|| view! { <span class="badge badge--off">"Inactive"</span> })}
                {move || grace.get().map(|until| view! {
                    <span class="keys__meta">{format!("Old secret valid until {}", format::date_time(until))}</span>
                })}
            </td>
            <td class="keys__used" data-label="Last used">
                {move || view! { <RelativeTime at=last_used.get() never="Never" /> }}
            </td>
            <td class="keys__actions">
                {move || view! { <MoreOptions name=name.get() entries=entries(disabled.get()) /> }}
            </td>
        </tr>
    }
}
