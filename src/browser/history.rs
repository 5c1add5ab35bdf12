//! The address bar: the current path, new and replaced history entries, Back/Forward, and the clicks
//! on same-origin links that the app handles itself.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The current path (without query or fragment); `/` outside a browser.
pub fn path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// Adds a history entry for `url` (a path, maybe with a query and fragment), or replaces the current one.
pub fn go(url: &str, replace: bool) {
    let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(url))
    } else {
        history.push_state_with_url(&state, "", Some(url))
    };
}

/// Calls `changed` when Back or Forward changes the address, for the app's lifetime.
pub fn on_back_or_forward(changed: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn()>::new(changed);
    let _ = window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Hands every plain click on a same-origin link to another page of the app to `follow` (with the link's
/// path, query and fragment) instead of loading it. Left to the browser: a click with a modifier key or
/// another button, a link with a `target` or `download`, another origin, a fragment of this page, and a
/// click a handler has already taken (`preventDefault`).
pub fn on_link_click(follow: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let listener = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !link.target().is_empty() || link.has_attribute("download") {
            return;
        }
        let Some(location) = web_sys::window().map(|window| window.location()) else {
            return;
        };
        if location.origin().ok() != Some(link.origin()) {
            return;
        }
        let same_page =
            location.pathname().ok() == Some(link.pathname()) && location.search().ok() == Some(link.search());
        if same_page && !link.hash().is_empty() {
            return;
        }
        event.prevent_default();
        follow(format!("{}{}{}", link.pathname(), link.search(), link.hash()));
    });
    let _ = document.add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// After a navigation: shows the element with the fragment's `id`, or the top of the page (`""`).
pub fn scroll_to(id: &str) {
    let Some(window) = web_sys::window() else { return };
    let target = Some(id)
        .filter(|id| !id.is_empty())
        .and_then(|id| window.document()?.get_element_by_id(id));
    match target {
        Some(element) => element.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}
