//! The tools above the access keys table: search, "Show system-generated" and "Delete selected".

use crate::i18n::{m::access_keys as m, number, tf, tn, tx};
use leptos::prelude::*;

use crate::domain::key_list::Filter;
use crate::state::expect_app_state;
use crate::ui::access_keys::view::AccessKeysView;

/// Search box, system-key toggle and bulk delete; under them, a word when the search matches
/// system-generated keys that are hidden, and what is selected.
#[component]
pub fn AccessKeysToolbar() -> impl IntoView {
    let state = expect_app_state();
    let view = AccessKeysView::expect();
    let list = view.list;
    let hidden = Memo::new(move |_| {
        let filter = Filter::new(&list.query(), list.show_system());
        state.access_keys.with(|keys| filter.hidden_system(keys))
    });
    view! {
        <div class="keys__tools">
            <input
                type="search"
                class="field__input keys__search"
                aria-label=tx(m::SEARCH_KEYS)
                placeholder=tx(m::SEARCH_PLACEHOLDER)
                autocomplete="off"
                spellcheck="false"
                prop:value=move || list.query()
                on:input=move |event| list.set_query(event_target_value(&event))
            />
            <div class="check">
                <input
                    type="checkbox"
                    id="show-system-generated"
                    prop:checked=move || list.show_system()
                    on:change=move |event| list.set_show_system(event_target_checked(&event))
                />
                <label for="show-system-generated">{tx(m::SHOW_SYSTEM_GENERATED)}</label>
            </div>
            <button
                type="button"
                class="button button--danger"
                disabled=move || view.selected_count() == 0
                on:click=move |_| view.delete_selected()
            >
                {move || tf(m::DELETE_SELECTED, [&number(view.selected_count())])}
            </button>
        </div>
        <p class="keys__hint" hidden=move || hidden.get() == 0>
            {move || tn(m::HIDDEN_SYSTEM, hidden.get(), [])}
            <button type="button" class="button button--small" on:click=move |_| list.set_show_system(true)>{tx(m::SHOW)}</button>
        </p>
    }
}
