//! A menu button following the WAI-ARIA pattern: Enter, Space and the arrows open it; arrows, Home and
//! End move; a letter jumps to the next item starting with it; Escape closes it and returns focus.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

use crate::ui::unique_id;

/// What choosing an entry does.
#[derive(Clone)]
pub enum MenuAction {
    /// Go to a path inside the app.
    Navigate(String),
    /// Run a function (focus is back on the menu button when it runs). A plain `Arc`, not a `Callback`:
    /// a table builds one per row and item, and a `Callback` would take a reactive slot for each.
    Run(Arc<dyn Fn() + Send + Sync>),
}

/// One item of a menu.
#[derive(Clone)]
pub struct MenuEntry {
    /// The item's text.
    pub label: String,
    /// What choosing it does.
    pub action: MenuAction,
}

impl MenuEntry {
    /// An entry with `label` doing `action`.
    pub fn new(label: impl Into<String>, action: MenuAction) -> Self {
        Self {
            label: label.into(),
            action,
        }
    }
}

/// Which item to focus.
#[derive(Clone, Copy)]
enum Target {
    First,
    Last,
    Next,
    Previous,
}

/// A button that opens a menu of `entries`.
#[component]
pub fn MenuButton(
    /// The button's accessible name, e.g. "Profile" or "More options for CI runner".
    #[prop(into)]
    label: String,
    /// Extra classes for the button.
    #[prop(optional, into)]
    button_class: String,
    /// The menu's items.
    entries: Vec<MenuEntry>,
    /// What the button shows (an icon-only button draws its icon with CSS).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    // One node reference for the widget: the button is its first child, the open list its last.
    let wrapper_ref = NodeRef::<html::Div>::new();
    let button_id = unique_id("menu-button");
    let menu_id = unique_id("menu");
    // Only a menu with links needs the router.
    let navigate = entries
        .iter()
        .any(|entry| matches!(entry.action, MenuAction::Navigate(_)))
        .then(use_navigate);

    let items = move || -> Vec<HtmlElement> {
        let Some(wrapper) = wrapper_ref.get_untracked() else {
            return Vec::new();
        };
        let Ok(list) = wrapper.query_selector_all("[role=menuitem]") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .collect()
    };
    let focus = move |target: Target| {
        let items = items();
        if items.is_empty() {
            return;
        }
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let current = items
            .iter()
            .position(|item| active.as_ref() == Some(item.unchecked_ref()));
        let last = items.len() - 1;
        let index = match (target, current) {
            (Target::First, _) | (Target::Next, None) => 0,
            (Target::Last, _) | (Target::Previous, None) => last,
            (Target::Next, Some(i)) => (i + 1) % items.len(),
            (Target::Previous, Some(i)) => (i + last) % items.len(),
        };
        let _ = items[index].focus();
    };
    let open_at = move |target: Target| {
        open.set(true);
        // The menu becomes visible on the next render; focus it then.
        request_animation_frame(move || focus(target));
    };
    let close = move |refocus: bool| {
        open.set(false);
        if refocus
            && let Some(button) = wrapper_ref
                .get_untracked()
                .and_then(|wrapper| wrapper.first_element_child())
                .and_then(|button| button.dyn_into::<HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    };
    let typeahead = move |letter: String| {
        let items = items();
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let start = items
            .iter()
            .position(|item| active.as_ref() == Some(item.unchecked_ref()))
            .map_or(0, |i| i + 1);
        let starts_with = |item: &HtmlElement| {
            item.text_content()
                .unwrap_or_default()
                .trim()
                .to_lowercase()
                .starts_with(&letter)
        };
        let found = (0..items.len())
            .map(|offset| (start + offset) % items.len())
            .find(|&i| starts_with(&items[i]));
        if let Some(i) = found {
            let _ = items[i].focus();
        }
    };

    let on_button_click = move |_| {
        if open.get_untracked() {
            close(false)
        } else {
            open_at(Target::First)
        }
    };
    let on_button_key = move |event: KeyboardEvent| match event.key().as_str() {
        "ArrowDown" => {
            event.prevent_default();
            open_at(Target::First);
        }
        "ArrowUp" => {
            event.prevent_default();
            open_at(Target::Last);
        }
        _ => {}
    };
    let on_menu_key = move |event: KeyboardEvent| {
        let key = event.key();
        let handled = match key.as_str() {
            "ArrowDown" => {
                focus(Target::Next);
                true
            }
            "ArrowUp" => {
                focus(Target::Previous);
                true
            }
            "Home" | "PageUp" => {
                focus(Target::First);
                true
            }
            "End" | "PageDown" => {
                focus(Target::Last);
                true
            }
            "Escape" => {
                close(true);
                true
            }
            "Tab" => {
                open.set(false);
                false
            }
            " " => {
                if let Some(item) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                    item.click();
                }
                true
            }
            _ if key.chars().count() == 1 && !event.ctrl_key() && !event.meta_key() && !event.alt_key() => {
                typeahead(key.to_lowercase());
                true
            }
            _ => false,
        };
        if handled {
            event.prevent_default();
            event.stop_propagation();
        }
    };
    // Focus leaving the whole widget closes the menu (a click elsewhere, Shift+Tab).
    let on_focus_out = move |event: web_sys::FocusEvent| {
        let inside = match (wrapper_ref.get_untracked(), event.related_target()) {
            (Some(wrapper), Some(next)) => wrapper.contains(next.dyn_ref::<web_sys::Node>()),
            _ => false,
        };
        if !inside {
            open.set(false);
        }
    };

    // The items exist only while the menu is open: a table of many rows carries one closed menu each.
    let entries = StoredValue::new(entries);
    let render_item = move |entry: MenuEntry| {
        let MenuEntry { label, action } = entry;
        match action {
            MenuAction::Navigate(path) => {
                let navigate = navigate.clone();
                let go = path.clone();
                view! {
                    <li role="none">
                        <a
                            role="menuitem"
                            tabindex="-1"
                            class="menu__item"
                            href=path
                            on:click=move |event| {
                                event.prevent_default();
                                close(false);
                                if let Some(navigate) = &navigate {
                                    navigate(&go, Default::default());
                                }
                            }
                        >
                            {label}
                        </a>
                    </li>
                }
                .into_any()
            }
            MenuAction::Run(callback) => view! {
                <li role="none">
                    <button
                        type="button"
                        role="menuitem"
                        tabindex="-1"
                        class="menu__item"
                        on:click=move |_| {
                            close(true);
                            callback();
                        }
                    >
                        {label}
                    </button>
                </li>
            }
            .into_any(),
        }
    };
    let rendered = move || {
        open.get()
            .then(|| entries.with_value(|entries| entries.iter().cloned().map(&render_item).collect_view()))
    };

    view! {
        <div class="menu" node_ref=wrapper_ref on:focusout=on_focus_out>
            <button
                type="button"
                id=button_id.clone()
                class=format!("menu__button {button_class}")
                aria-label=label
                aria-haspopup="menu"
                aria-controls=menu_id.clone()
                aria-expanded=move || open.get().to_string()
                on:click=on_button_click
                on:keydown=on_button_key
            >
                {children.map(|children| children())}
            </button>
            <ul
                id=menu_id.clone()
                class="menu__list"
                role="menu"
                aria-labelledby=button_id.clone()
                hidden=move || !open.get()
                on:keydown=on_menu_key
            >
                {rendered}
            </ul>
        </div>
    }
}
