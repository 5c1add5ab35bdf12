//! One row of the access keys table. It is built once per key ID and reads the key's fields
//! reactively: another tab's rename, rotation or use updates the cells that show them, nothing else.

use leptos::prelude::*;

use crate::browser::{clock, format};
use crate::domain::key_list::connections_summary;
use crate::domain::{AccessKey, ExpiryStatus};
use crate::state::KeyRow;
use crate::ui::components::{CopyButton, MenuAction, MenuEntry, MoreOptions, RelativeTime};

/// What a row's "More options" offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// "Rename".
    Rename,
    /// "Rotate secret".
    RotateSecret,
    /// "Disable" (an enabled key).
    Disable,
    /// "Enable" (a disabled key).
    Enable,
    /// "Activity": the key's activity log.
    Activity,
    /// "Delete".
    Delete,
}

impl KeyAction {
    /// The items of the menu of a key that is `disabled` or not, in order.
    pub fn menu(disabled: bool) -> [KeyAction; 5] {
        let toggle = if disabled {
            KeyAction::Enable
        } else {
            KeyAction::Disable
        };
        [
            KeyAction::Rename,
            KeyAction::RotateSecret,
            toggle,
            KeyAction::Activity,
            KeyAction::Delete,
        ]
    }

    /// The item's text.
    pub fn label(self) -> &'static str {
        match self {
            KeyAction::Rename => "Rename",
            KeyAction::RotateSecret => "Rotate secret",
            KeyAction::Disable => "Disable",
            KeyAction::Enable => "Enable",
            KeyAction::Activity => "Activity",
            KeyAction::Delete => "Delete",
        }
    }
}

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
    /// Runs when an item of "More options" is chosen, with the key as it is then.
    on_action: Callback<(KeyAction, AccessKey)>,
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
        KeyAction::menu(disabled)
            .into_iter()
            .map(|action| {
                let run = move || on_action.run((action, key()));
                MenuEntry::new(action.label(), MenuAction::Run(std::sync::Arc::new(run)))
            })
            .collect::<Vec<_>>()
    };
    let summary = move || connections.with(|all| connections_summary(all.iter().filter(|c| c.is_active()).count()));
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
