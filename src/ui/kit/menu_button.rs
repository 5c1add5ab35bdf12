//! A menu button following the WAI-ARIA pattern: Enter, Space and the arrows open it; arrows, Home and
//! End move; a letter jumps to the next item starting with it; Escape closes it and returns focus.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

use super::unique_id;

/// One item of a menu: its text, the value `on_select` receives, and — for an item that leads
/// somewhere — the path it links to (so it is a real link: middle-click, "Copy link" work).
#[derive(Clone)]
pub struct MenuItem<V> {
    /// The item's text (it may follow the language).
    pub label: TextProp,
    /// What choosing it passes to `on_select`.
    pub value: V,
    /// The path it links to, if it is a link.
    pub href: Option<String>,
    /// For one of a set of choices (a radio item): whether it is the one chosen.
    pub checked: Option<bool>,
    /// The language of the item's text, when it is not the page's (a language named in itself).
    pub lang: Option<&'static str>,
}

impl<V> MenuItem<V> {
    /// An item that runs `on_select` with `value`.
    pub fn new(label: impl Into<TextProp>, value: V) -> Self {
        Self {
            label: label.into(),
            value,
            href: None,
            checked: None,
            lang: None,
        }
    }

    /// One of a set of choices (`menuitemradio`), `checked` when it is the current one, its text in `lang`.
    pub fn choice(label: impl Into<TextProp>, value: V, checked: bool, lang: &'static str) -> Self {
        Self {
            checked: Some(checked),
            lang: Some(lang),
            ..Self::new(label, value)
        }
    }

    /// An item that is a link to `href` (choosing it still runs `on_select`, which navigates).
    pub fn link(label: impl Into<TextProp>, value: V, href: impl Into<String>) -> Self {
        Self {
            href: Some(href.into()),
            ..Self::new(label, value)
        }
    }
}

/// A set of choices: the group's name, and its items as they are when the menu opens.
pub type Choices<V> = (TextProp, Callback<(), Vec<MenuItem<V>>>);

/// Which item to focus.
#[derive(Clone, Copy)]
enum Target {
    First,
    Last,
    Next,
    Previous,
}

/// A button that opens a menu of `items`; choosing one runs `on_select` with its value.
#[component]
pub fn MenuButton<V: Clone + Send + Sync + 'static>(
    /// The button's accessible name, e.g. "Profile" or "More options for CI runner".
    #[prop(into)]
    label: TextProp,
    /// Extra classes for the button.
    #[prop(optional, into)]
    button_class: String,
    /// The menu's items.
    items: Vec<MenuItem<V>>,
    /// A set of choices after the items (`menuitemradio`), in a group with this name, e.g. "Language";
    /// asked for each time the menu opens, so the one checked is the current one.
    #[prop(optional)]
    choices: Option<Choices<V>>,
    /// Runs with the value of the item chosen (focus is back on the button when it runs, unless the
    /// item is a link).
    on_select: Callback<V>,
    /// What the button shows (an icon-only button draws its icon with CSS).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    // One node reference for the widget: the button is its first child, the open list its last.
    let wrapper_ref = NodeRef::<html::Div>::new();
    let button_id = unique_id("menu-button");
    let menu_id = unique_id("menu");
    let elements = move || -> Vec<HtmlElement> {
        let Some(wrapper) = wrapper_ref.get_untracked() else {
            return Vec::new();
        };
        let Ok(list) = wrapper.query_selector_all("[role=menuitem], [role=menuitemradio]") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .collect()
    };
    let focus = move |target: Target| {
        let items = elements();
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
        let items = elements();
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let start = items
            .iter()
            .position(|item| active.as_ref() == Some(item.unchecked_ref()))
            .map_or(0, |i| i + 1);
        let starts_with =
            |item: &HtmlElement| lowercase(item.text_content().unwrap_or_default().trim()).starts_with(&letter);
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
        // Escape pressed before focus has moved into the menu just opened (it moves on the next frame).
        "Escape" if open.get_untracked() => {
            event.prevent_default();
            close(true);
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
                typeahead(lowercase(&key));
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
    let items = StoredValue::new(items);
    let choices = StoredValue::new(choices);
    // The values of the items shown, by position; the items themselves are drawn by code shared by
    // every kind of menu (`item_view` is not generic).
    let shown = StoredValue::new(Vec::<V>::new());
    let select = Callback::new(move |(index, refocus): (usize, bool)| {
        close(refocus);
        if let Some(value) = shown.with_value(|values| values.get(index).cloned()) {
            on_select.run(value);
        }
    });
    let mut draw = move |item: MenuItem<V>| {
        let index = shown.with_value(Vec::len);
        let MenuItem {
            label,
            value,
            href,
            checked,
            lang,
        } = item;
        shown.update_value(|values| values.push(value));
        item_view(label, href, checked, lang, index, select)
    };
    let rendered = move || {
        open.get().then(|| {
            crate::i18n::scope();
            shown.set_value(Vec::new());
            let items: Vec<AnyView> = items.with_value(|items| items.iter().cloned().map(&mut draw).collect());
            let choices = choices.with_value(|choices| choices.clone()).map(|(name, choices)| {
                let choices: Vec<AnyView> = choices.run(()).into_iter().map(&mut draw).collect();
                let heading = name.clone();
                view! {
                    <li role="separator" class="menu__separator"></li>
                    <li role="none">
                        <span class="menu__heading" aria-hidden="true">{move || heading.get()}</span>
                        <ul role="group" class="menu__group" aria-label=move || name.get()>
                            {choices}
                        </ul>
                    </li>
                }
            });
            (items, choices)
        })
    };

    view! {
        <div class="menu" node_ref=wrapper_ref on:focusout=on_focus_out>
            <button
                type="button"
                id=button_id.clone()
                class=format!("menu__button {button_class}")
                aria-label=move || label.get()
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

/// One item of an open menu: a link, an action or one of a set of choices; choosing it runs `select` with
/// its position and whether focus returns to the menu's button (not for a link, which navigates).
fn item_view(
    label: TextProp,
    href: Option<String>,
    checked: Option<bool>,
    lang: Option<&'static str>,
    index: usize,
    select: Callback<(usize, bool)>,
) -> AnyView {
    let label = move || label.get();
    match href {
        Some(href) => view! {
            <li role="none">
                <a
                    role="menuitem"
                    tabindex="-1"
                    class="menu__item"
                    href=href
                    on:click=move |event| {
                        event.prevent_default();
                        select.run((index, false));
                    }
                >
                    {label}
                </a>
            </li>
        }
        .into_any(),
        None => view! {
            <li role="none">
                <button
                    type="button"
                    role=if checked.is_some() { "menuitemradio" } else { "menuitem" }
                    aria-checked=checked.map(|checked| checked.to_string())
                    lang=lang
                    tabindex="-1"
                    class="menu__item"
                    on:click=move |_| select.run((index, true))
                >
                    {label}
                </button>
            </li>
        }
        .into_any(),
    }
}

/// The browser's lowercase of `text` (for typeahead: a key pressed against the items' first letters).
fn lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}
