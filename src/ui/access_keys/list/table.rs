//! The access keys table: sortable headings and one row per key of the current page, keyed by ID.

use crate::i18n::{m::access_keys as m, tn, tx};
use crate::ui::access_keys::words::{column as heading, selection as said};
use leptos::prelude::*;

use super::AccessKeyRow;
use crate::domain::key_list::{Column, selection};
use crate::state::expect_app_state;
use crate::ui::access_keys::view::AccessKeysView;
use crate::ui::kit::{Relay, keyed_list};

/// The table of the keys of one page. Rows are keyed by ID: a change to a key's fields updates its row in
/// place, and only a change of what the page shows adds, removes or moves rows.
#[component]
pub fn AccessKeysTable() -> impl IntoView {
    let state = expect_app_state();
    let view = AccessKeysView::expect();
    let list = view.list;
    let (listed, page) = (list.listed(), list.page());
    let shown = Memo::new(move |_| page.with(|p| listed.with(|ids| ids[p.start..p.end].to_vec())));
    // Where each shown key is: rows follow it through a trigger of their own (see `Relay`).
    let positions = Relay::new(move || {
        shown.track();
        page.track();
    });
    // "Select all on this page": checked when every key of the page is, mixed when some are.
    let on_page = Memo::new(move |_| shown.with(|ids| view.count_selected(ids)));
    let page_len = move || shown.with(Vec::len);
    let all_on_page = move || page_len() > 0 && on_page.get() == page_len();
    let some_on_page = move || on_page.get() > 0 && !all_on_page();
    let listed_len = move || listed.with(Vec::len);
    let listed_selected = Memo::new(move |_| listed.with(|ids| view.count_selected(ids)));
    let all_listed = move || listed_selected.get() == listed_len();
    let line = Memo::new(move |_| {
        selection(
            view.selected_count(),
            listed_selected.get(),
            on_page.get(),
            page_len(),
            listed_len(),
        )
    });
    let header = move |column: Column| {
        let aria_sort = move || match list.sort() {
            (c, true) if c == column => "descending",
            (c, false) if c == column => "ascending",
            _ => "none",
        };
        view! {
            <th scope="col" class="keys__sortable" aria-sort=aria_sort>
                <button type="button" class="keys__sort" on:click=move |_| list.toggle_sort(column)>
                    {tx(heading(column))}
                    <span class="keys__sort-mark" aria-hidden="true">{move || match aria_sort() { "ascending" => "▲", "descending" => "▼", _ => "" }}</span>
                </button>
            </th>
        }
    };
    view! {
        <p class="keys__hint" role="status">
            {move || line.get().map(said)}
            <button
                type="button"
                class="button button--small"
                hidden=move || all_listed() || !all_on_page() || listed_len() <= page_len()
                on:click=move |_| view.select_all(&listed.get_untracked(), true)
            >
                {move || tn(m::SELECT_ALL_MATCHING, listed_len(), [])}
            </button>
            <button
                type="button"
                class="button button--small"
                hidden=move || !all_listed() || listed_len() <= page_len()
                on:click=move |_| view.clear_selection()
            >
                {tx(m::CLEAR_SELECTION)}
            </button>
        </p>
        <div class="table-scroll">
            // The heading row is row 1; the keys of the whole list follow, this page's from page.start + 2.
            <table class="keys" aria-rowcount=move || page.with(|p| p.total + 1)>
                <caption class="visually-hidden">{tx(m::KEYS_CAPTION)}</caption>
                <thead>
                    <tr aria-rowindex="1">
                        <th scope="col" class="keys__select">
                            <input
                                type="checkbox"
                                aria-label=tx(m::SELECT_ALL_ON_PAGE)
                                prop:checked=all_on_page
                                prop:indeterminate=some_on_page
                                on:change=move |event| view.select_all(&shown.get_untracked(), event_target_checked(&event))
                            />
                        </th>
                        {header(Column::Name)}
                        <th scope="col">{tx(m::ACCESS_KEY_ID)}</th>
                        {header(Column::Created)}
                        {header(Column::Expires)}
                        {header(Column::LastUsed)}
                        <th scope="col"><span class="visually-hidden">{tx(m::ACTIONS)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {keyed_list(
                        move || shown.get(),
                        |id| id.as_str().to_owned(),
                        move |id| {
                            // Every listed ID has its row (the state patches rows first).
                            let Some(row) = state.key_row(&id) else { return ().into_any() };
                            // The page outlives the row: followed through the row's own trigger.
                            let moved = positions.follow();
                            let position = Signal::derive(move || {
                                moved.track();
                                untrack(|| {
                                    let offset = shown.with(|ids| ids.iter().position(|shown| *shown == id).unwrap_or(0));
                                    page.with(|p| p.start) + offset + 1
                                })
                            });
                            view! { <AccessKeyRow row position /> }.into_any()
                        },
                    )}
                </tbody>
            </table>
        </div>
    }
}
