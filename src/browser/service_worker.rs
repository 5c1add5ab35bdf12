//! The service worker (`/sw.js`, written by `scripts/harden-dist.mjs`): registration, and the hand-over
//! to a new version when the user asks for it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

const SCRIPT: &str = "/sw.js";

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent outside a secure context and in some embedded browsers.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the service worker; `on_waiting` runs when a new version has installed and is waiting for
/// this page to let it take over. Without service worker support this does nothing.
pub fn register(on_waiting: impl Fn() + 'static) {
    let Some(container) = container() else { return };
    let on_waiting = Rc::new(on_waiting);
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register(SCRIPT)).await else {
            return;
        };
        // Some browsers (and automation that blocks workers) resolve without a registration.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A first install controls nothing yet, so it is not an update.
        let is_update = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if registration.waiting().is_some() && is_update() {
            on_waiting();
        }
        let watched = registration.clone();
        let update_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = watched.installing() else { return };
            let observed = worker.clone();
            let (on_waiting, is_update) = (on_waiting.clone(), is_update.clone());
            let state_changed = Closure::<dyn Fn()>::new(move || {
                if observed.state() == ServiceWorkerState::Installed && is_update() {
                    on_waiting();
                }
            });
            worker.set_onstatechange(Some(state_changed.as_ref().unchecked_ref()));
            state_changed.forget();
        });
        registration.set_onupdatefound(Some(update_found.as_ref().unchecked_ref()));
        update_found.forget();
    });
}

/// Lets the waiting version take over, and reloads the page once it has.
pub fn activate_waiting() {
    let Some(container) = container() else { return };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    spawn_local(async move {
        let Ok(ready) = container.ready() else { return };
        let Ok(registration) = JsFuture::from(ready).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            let _ = waiting.post_message(&"skip-waiting".into());
        }
    });
}
