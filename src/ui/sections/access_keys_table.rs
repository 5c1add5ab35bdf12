//! The access keys table: sortable headings and one row per key, keyed by ID.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::access_key_row::{AccessKeyRow, KeyAction};
use crate::domain::key_list::{Column, Filter, sorted};
use crate::domain::{AccessKey, AccessKeyId};
use crate::state::expect_app_state;

/// The table of keys. Every key is rendered once, in order; the filter only flips each row's `hidden`
/// attribute, so searching or showing system keys never rebuilds rows.
#[component]
pub fn AccessKeysTable(
    /// What the list shows.
    #[prop(into)]
    filter: Signal<Filter>,
    /// The sorted column and whether it is descending.
    sort: RwSignal<(Column, bool)>,
    /// The IDs of the selected keys.
    selected: RwSignal<BTreeSet<String>>,
    /// Runs when an item of a row's "More options" is chosen.
    on_action: Callback<(KeyAction, AccessKey)>,
) -> impl IntoView {
    let state = expect_app_state();
    // The keys' IDs in display order: a change to a key's fields updates its row in place, and only a
    // change of order moves rows.
    let ordered = Memo::new(move |_| {
        let (column, descending) = sort.get();
        state.access_keys.with(|keys| {
            sorted(keys, column, descending)
                .into_iter()
                .map(|key| key.id.clone())
                .collect::<Vec<AccessKeyId>>()
        })
    });
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
    view! {
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
                            // Every listed ID has its row (the state patches rows first).
                            let row = state.key_rows.get(&id)?;
                            Some(view! { <AccessKeyRow row filter selected on_action /> })
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}
