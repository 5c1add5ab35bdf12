//! The tools above the access keys table: search, "Show system-generated" and "Delete selected".

use leptos::prelude::*;

use crate::ui::access_keys::view::AccessKeysView;

/// Search box, system-key toggle and bulk delete.
#[component]
pub fn AccessKeysToolbar() -> impl IntoView {
    let view = AccessKeysView::expect();
    let list = view.list;
    view! {
        <div class="keys__tools">
            <input
                type="search"
                class="field__input keys__search"
                aria-label="Search access keys"
                placeholder="Search by name, ID or description"
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
                <label for="show-system-generated">"Show system-generated"</label>
            </div>
            <button
                type="button"
                class="button button--danger"
                disabled=move || view.selected_count() == 0
                on:click=move |_| view.delete_selected()
            >
                {move || format!("Delete selected ({})", view.selected_count())}
            </button>
        </div>
    }
}
