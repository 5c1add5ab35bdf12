//! One row of the access keys table.

use leptos::prelude::*;

use crate::browser::{clock, format};
use crate::domain::{AccessKey, Connection, ExpiryStatus};
use crate::ui::components::{CopyButton, MenuAction, MenuEntry, MoreOptions, RelativeTime};

/// A key's row: name (with the System flag and its connections), ID with copy, created, expiry with
/// status, last used, and "More options".
#[component]
pub fn AccessKeyRow(
    /// The key shown.
    key: AccessKey,
    /// Hidden by the current search or the system-key toggle.
    #[prop(into)]
    hidden: Signal<bool>,
    /// The key's connections, active ones first, newest first.
    connections: RwSignal<Vec<Connection>>,
    /// Runs when "Rename" is chosen.
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
    let status = ExpiryStatus::at(key.expires_at, clock::now());
    let row_class = if key.disabled {
        "keys__row keys__row--inactive"
    } else {
        "keys__row"
    };
    let id = key.id.as_str().to_owned();
    let id_element = format!("access-key-id-{id}");
    let name = key.name.as_str().to_owned();
    let expires = key.expires_at.map_or_else(|| "Never".to_owned(), format::date);
    let entries = {
        let action = |callback: Callback<AccessKey>| {
            let key = key.clone();
            MenuAction::Run(std::sync::Arc::new(move || callback.run(key.clone())))
        };
        vec![
            MenuEntry::new("Rename", action(on_rename)),
            MenuEntry::new("Rotate secret", action(on_rotate)),
            MenuEntry::new(if key.disabled { "Enable" } else { "Disable" }, action(on_toggle)),
            MenuEntry::new("Activity", action(on_activity)),
            MenuEntry::new("Delete", action(on_delete)),
        ]
    };
    let now = clock::now();
    let grace = key
        .grace_until(now)
        .map(|until| format!("Old secret valid until {}", format::date_time(until)));
    let summary = move || {
        connections.with(|all| match all.iter().filter(|c| c.is_active()).count() {
            0 => "No active connections".to_owned(),
            1 => "1 active connection".to_owned(),
            n => format!("{n} active connections"),
        })
    };
    let has_connections = move || connections.with(|all| !all.is_empty());
    view! {
        <tr class=row_class hidden=move || hidden.get()>
            <td class="keys__select">{children()}</td>
            <th scope="row" class="keys__name">
                <span class="keys__name-text">{name.clone()}</span>
                {key.system.then(|| view! { <span class="badge badge--system">"System"</span> })}
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
                <CopyButton label=format!("Copy access key ID of {name}") value=id target_id=id_element compact=true />
            </td>
            <td data-label="Created">{format::date(key.created_at)}</td>
            <td data-label="Expires">
                <span class="keys__expires">{expires}</span>
                <span class=format!("badge badge--{}", status.as_str())>{status.label()}</span>
                {key.disabled.then(|| view! { <span class="badge badge--off">"Inactive"</span> })}
                {grace.map(|text| view! { <span class="keys__meta">{text}</span> })}
            </td>
            <td class="keys__used" data-label="Last used"><RelativeTime at=key.last_used_at never="Never" /></td>
            <td class="keys__actions">
                <MoreOptions name=name entries=entries />
            </td>
        </tr>
    }
}
