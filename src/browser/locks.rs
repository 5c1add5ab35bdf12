//! Cross-tab mutual exclusion with the Web Locks API (`navigator.locks`).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Runs `work` while this tab holds the exclusive lock `name`: no other tab of this origin runs work
/// under the same name meanwhile. Where the browser has no Web Locks (or refuses the request), `work`
/// runs at once, in one synchronous task; the caller's own checks are then its only protection.
pub async fn exclusive<R: 'static>(name: &str, work: impl FnOnce() -> R + 'static) -> R {
    let work = Rc::new(RefCell::new(Some(work)));
    let result = Rc::new(RefCell::new(None::<R>));
    if let Some(request) = lock_request() {
        let (pending, done) = (work.clone(), result.clone());
        // The lock is released when the callback returns (it returns no promise).
        let callback = Closure::once(move |_lock: JsValue| {
            if let Some(work) = pending.borrow_mut().take() {
                *done.borrow_mut() = Some(work());
            }
        });
        if let Ok(promise) = request.call(&JsValue::from_str(name), callback.as_ref().unchecked_ref()) {
            let _ = JsFuture::from(promise).await;
        }
        drop(callback);
    }
    let done = result.borrow_mut().take();
    let pending = work.borrow_mut().take();
    match (done, pending) {
        (Some(value), _) => value,
        // No Web Locks, or the request failed before running the work: run it now.
        (None, Some(work)) => work(),
        (None, None) => unreachable!("the locked work ran without leaving its result"),
    }
}

/// `navigator.locks.request`, bound to `navigator.locks`, if the browser has it.
struct LockRequest {
    locks: JsValue,
    request: Function,
}

impl LockRequest {
    fn call(&self, name: &JsValue, callback: &Function) -> Result<Promise, JsValue> {
        self.request.call2(&self.locks, name, callback)?.dyn_into::<Promise>()
    }
}

fn lock_request() -> Option<LockRequest> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &JsValue::from_str("request"))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some(LockRequest { locks, request })
}
