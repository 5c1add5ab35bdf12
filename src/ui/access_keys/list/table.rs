//! The access keys table: sortable headings and one row per key of the current page, keyed by ID.

use leptos::prelude::*;

use super::AccessKeyRow;
use crate::domain::key_list::Column;
use crate::state::expect_app_state;
use crate::ui::access_keys::view::AccessKeysView;

/// The table of the keys of one page. Rows are keyed by ID: a change to a key's fields updates its row in
/// place, and only a change of what the page shows adds, removes or moves rows.
#[component]
pub fn AccessKeysTable() -> impl IntoView {
    let state = expect_app_state();
    let list = AccessKeysView::expect().list;
    let (listed, page) = (list.listed(), list.page());
    let shown = Memo::new(move |_| page.with(|p| listed.with(|ids| ids[p.start..p.end].to_vec())));
    let header = move |column: Column| {
        let aria_sort = move || match list.sort() {
            (c, true) if c == column => "descending",
            (c, false) if c == column => "ascending",
            _ => "none",
        };
        view! {
            <th scope="col" class="keys__sortable" aria-sort=aria_sort>
                <button type="button" class="keys__sort" on:click=move |_| list.toggle_sort(column)>
                    {column.label()}
                    <span class="keys__sort-mark" aria-hidden="true">{move || match aria_sort() { "ascending" => "▲", "descending" => "▼", _ => "" }}</span>
                </button>
            </th>
        }
    };
    view! {
        <div class="table-scroll">
            // The heading row is row 1; the keys of the whole list follow, this page's from page.start + 2.
            <table class="keys" aria-rowcount=move || page.with(|p| p.total + 1)>
                <caption class="visually-hidden">"Access keys; system-generated keys first"</caption>
                <thead>
                    <tr aria-rowindex="1">
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
                        each=move || shown.get()
                        key=|id| id.clone()
                        children=move |id| {
                            // Every listed ID has its row (the state patches rows first).
                            let row = state.key_row(&id)?;
                            let position = Signal::derive(move || {
                                let offset = shown.with(|ids| ids.iter().position(|shown| *shown == id).unwrap_or(0));
                                page.with(|p| p.start) + offset + 1
                            });
                            Some(view! { <AccessKeyRow row position /> })
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}
