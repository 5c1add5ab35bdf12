//! Asking before the page is left (a reload, a closed tab) while leaving would lose something for good,
//! such as a secret on screen that is shown only once.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// While it lives, leaving the page asks first (the browser's own "Leave site?" question).
pub struct LeaveGuard {
    handler: Closure<dyn Fn(web_sys::Event)>,
}

impl LeaveGuard {
    /// Starts asking; `None` outside a browser window.
    pub fn new() -> Option<Self> {
        let window = web_sys::window()?;
        let handler = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            event.prevent_default();
            // Older browsers ask only when `returnValue` is set.
            let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
        });
        window
            .add_event_listener_with_callback("beforeunload", handler.as_ref().unchecked_ref())
            .ok()?;
        Some(Self { handler })
    }
}

impl Drop for LeaveGuard {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("beforeunload", self.handler.as_ref().unchecked_ref());
        }
    }
}
