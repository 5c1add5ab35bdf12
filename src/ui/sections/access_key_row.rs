//! One row of the access keys table.

use leptos::prelude::*;

use crate::browser::{clock, format};
use crate::domain::{AccessKey, ExpiryStatus};
use crate::ui::components::{CopyButton, MenuAction, MenuButton, MenuEntry};

/// A key's row: name, ID with copy, created, expiry with status, last used, and "More options".
#[component]
pub fn AccessKeyRow(
    /// The key shown.
    key: AccessKey,
    /// Runs when "Rename" is chosen.
    on_rename: Callback<AccessKey>,
    /// Runs when "Delete" is chosen.
    on_delete: Callback<AccessKey>,
) -> impl IntoView {
    let status = ExpiryStatus::at(key.expires_at, clock::now());
    let id = key.id.as_str().to_owned();
    let id_element = format!("access-key-id-{id}");
    let name = key.name.as_str().to_owned();
    let expires = key.expires_at.map_or_else(|| "Never".to_owned(), format::date);
    let entries = {
        let (for_rename, for_delete) = (key.clone(), key.clone());
        vec![
            MenuEntry::new(
                "Rename",
                MenuAction::Run(Callback::new(move |()| on_rename.run(for_rename.clone()))),
            ),
            MenuEntry::new(
                "Delete",
                MenuAction::Run(Callback::new(move |()| on_delete.run(for_delete.clone()))),
            ),
        ]
    };
    view! {
        <tr class="keys__row">
            <th scope="row" class="keys__name">{name.clone()}</th>
            <td class="keys__id">
                <code class="mono" id=id_element.clone()>{id.clone()}</code>
                <CopyButton label=format!("Copy access key ID of {name}") value=id target_id=id_element compact=true />
            </td>
            <td>{format::date(key.created_at)}</td>
            <td>
                <span class="keys__expires">{expires}</span>
                <span class=format!("badge badge--{}", status.as_str())>{status.label()}</span>
            </td>
            <td>{key.last_used_at.map_or_else(|| "Never".to_owned(), format::date_time)}</td>
            <td class="keys__actions">
                <MenuButton label=format!("More options for {name}") button_class="button button--ghost icon-button" entries=entries>
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                        <circle cx="8" cy="3" r="1.5" />
                        <circle cx="8" cy="8" r="1.5" />
                        <circle cx="8" cy="13" r="1.5" />
                    </svg>
                </MenuButton>
            </td>
        </tr>
    }
}
