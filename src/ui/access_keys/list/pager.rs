//! Page navigation under the access keys table: "Rows per page", Previous / Next and where the page is.
//! Shown once the list is longer than the smallest page.

use crate::i18n::{m::access_keys as m, number, tx};
use leptos::prelude::*;

use crate::domain::key_list::PAGE_SIZES;
use crate::ui::access_keys::view::AccessKeysView;
use crate::ui::access_keys::words::page_summary;
use crate::ui::kit::unique_id;
use crate::ui::words::page_label;

/// The pager of the access keys list.
#[component]
pub fn AccessKeysPager() -> impl IntoView {
    let list = AccessKeysView::expect().list;
    let page = list.page();
    let size_id = unique_id("page-size");
    let (previous_ref, next_ref) = (
        NodeRef::<leptos::html::Button>::new(),
        NodeRef::<leptos::html::Button>::new(),
    );
    // Turning to the first or last page disables the button just pressed: focus moves to the other one,
    // so the keyboard is never left on a dead control.
    let go = move |index: usize| {
        list.go_to(index);
        request_animation_frame(move || {
            for (pressed, other) in [(previous_ref, next_ref), (next_ref, previous_ref)] {
                let Some(pressed) = pressed.get_untracked() else {
                    continue;
                };
                let is_focused = web_sys::window()
                    .and_then(|window| window.document())
                    .and_then(|document| document.active_element())
                    .is_some_and(|active| active == **pressed);
                if is_focused
                    && pressed.disabled()
                    && let Some(other) = other.get_untracked()
                {
                    let _ = other.focus();
                }
            }
        });
    };
    let sizes = PAGE_SIZES
        .iter()
        .map(|size| view! { <option value=size.to_string()>{move || number(*size)}</option> })
        .collect_view();
    view! {
        <nav class="pager" aria-label=tx(m::PAGES_OF_KEYS) hidden=move || page.with(|p| p.total <= PAGE_SIZES[0])>
            <p class="pager__summary" role="status">{move || page.with(page_summary)}</p>
            <div class="pager__controls">
                <span class="pager__group">
                    <label class="pager__size" for=size_id.clone()>{tx(m::ROWS_PER_PAGE)}</label>
                    <select
                        id=size_id
                        class="field__input pager__select"
                        prop:value=move || list.page_size().to_string()
                        on:change=move |event| {
                            list.set_page_size(event_target_value(&event).parse().unwrap_or(PAGE_SIZES[0]))
                        }
                    >
                        {sizes}
                    </select>
                </span>
                <span class="pager__group">
                    <button
                        type="button"
                        class="button button--small"
                        node_ref=previous_ref
                        disabled=move || page.with(|p| p.index == 0)
                        on:click=move |_| go(page.with_untracked(|p| p.index.saturating_sub(1)))
                    >
                        {tx(m::PREVIOUS)}
                    </button>
                    <span class="pager__where">{move || page.with(page_label)}</span>
                    <button
                        type="button"
                        class="button button--small"
                        node_ref=next_ref
                        disabled=move || page.with(|p| p.index + 1 >= p.count)
                        on:click=move |_| go(page.with_untracked(|p| p.index + 1))
                    >
                        {tx(m::NEXT)}
                    </button>
                </span>
            </div>
        </nav>
    }
}
