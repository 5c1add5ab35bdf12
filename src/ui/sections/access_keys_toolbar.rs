//! The tools above the access keys table: search, "Show system-generated" and "Delete selected".

use leptos::prelude::*;

use crate::browser::perf;

/// Search box, system-key toggle and bulk delete.
#[component]
pub fn AccessKeysToolbar(
    /// The search text.
    query: RwSignal<String>,
    /// Whether system-generated keys are listed.
    show_system: RwSignal<bool>,
    /// The page wanted: a new search or toggle starts again at the first.
    wanted_page: RwSignal<usize>,
    /// How many keys are selected.
    #[prop(into)]
    selected_count: Signal<usize>,
    /// Runs on "Delete selected".
    on_delete_selected: Callback<()>,
) -> impl IntoView {
    // A change of what is listed, measured as `measure`: the list starts again at its first page.
    let relist = move |measure: &'static str, change: &dyn Fn()| {
        perf::start(measure);
        change();
        wanted_page.set(0);
        perf::finish_after_frame(measure);
    };
    view! {
        <div class="keys__tools">
            <input
                type="search"
                class="field__input keys__search"
                aria-label="Search access keys"
                placeholder="Search by name, ID or description"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || query.get()
                on:input=move |event| relist("search-access-keys", &|| query.set(event_target_value(&event)))
            />
            <div class="check">
                <input
                    type="checkbox"
                    id="show-system-generated"
                    prop:checked=move || show_system.get()
                    on:change=move |event| {
                        relist("toggle-system-generated", &|| show_system.set(event_target_checked(&event)))
                    }
                />
                <label for="show-system-generated">"Show system-generated"</label>
            </div>
            <button
                type="button"
                class="button button--danger"
                disabled=move || selected_count.get() == 0
                on:click=move |_| on_delete_selected.run(())
            >
                {move || format!("Delete selected ({})", selected_count.get())}
            </button>
        </div>
    }
}
