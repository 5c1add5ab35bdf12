//! Telling the app's other tabs that stored data changed: a BroadcastChannel, or the `storage` event of
//! a localStorage entry where BroadcastChannel is missing.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BroadcastChannel, StorageEvent};

const CHANNEL: &str = "api-auth";
const PING_KEY: &str = "api-auth/.changed";

thread_local! {
    static CHANNEL_HANDLE: Option<BroadcastChannel> = BroadcastChannel::new(CHANNEL).ok();
}

/// Tells the other tabs that something was saved.
pub fn announce_change() {
    let sent = CHANNEL_HANDLE.with(|channel| {
        channel
            .as_ref()
            .is_some_and(|channel| channel.post_message(&"changed".into()).is_ok())
    });
    if !sent && let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        // A new value each time (whole milliseconds: formatting an f64 would pull in float formatting).
        let _ = storage.set_item(PING_KEY, &(js_sys::Date::now() as u64).to_string());
    }
}

/// Runs `on_change` whenever another tab announces a change. Lives as long as the page.
pub fn listen(on_change: impl Fn() + 'static) {
    let on_change = std::rc::Rc::new(on_change);
    let listening = CHANNEL_HANDLE.with(|channel| {
        let Some(channel) = channel else { return false };
        let run = on_change.clone();
        let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |_| run());
        channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        true
    });
    if !listening && let Some(window) = web_sys::window() {
        let handler = Closure::<dyn Fn(StorageEvent)>::new(move |event: StorageEvent| {
            if event.key().as_deref() == Some(PING_KEY) {
                on_change();
            }
        });
        let _ = window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
        handler.forget();
    }
}
