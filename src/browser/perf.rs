//! User Timing marks and measures (visible in the browser's performance panel and read by `make bench`).
//!
//! Marks: `app-mounted`, `page-rendered` (just after the first frame that shows the whole stored account).
//! One measure per operation, from its `<name>:start` mark to just after the next frame. Both use the
//! afterframe method (a timer set in the frame's animation callback runs after its style, layout and
//! paint), so what is timed includes drawing what changed.

use leptos::prelude::{request_animation_frame, set_timeout};

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Sets the mark `name`.
pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}

/// Starts the operation `name` (sets `<name>:start`).
pub fn start(name: &str) {
    mark(&format!("{name}:start"));
}

/// Runs `then` just after the next frame has been drawn.
fn after_frame(then: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(then, std::time::Duration::ZERO));
}

/// Sets the mark `name` just after the next frame.
pub fn mark_after_frame(name: &'static str) {
    after_frame(move || mark(name));
}

/// Ends the operation `name` just after the next frame: the measure `name` spans from its start.
pub fn finish_after_frame(name: &'static str) {
    after_frame(move || {
        if let Some(performance) = performance() {
            let _ = performance.measure_with_start_mark(name, &format!("{name}:start"));
        }
    });
}

/// Resolves in a task of its own (see [`next_task`]).
pub async fn in_next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        next_task(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `then` in a task of its own, ahead of the page's other waiting tasks: a `user-blocking` task of the
/// Prioritized Task Scheduling API (`scheduler.postTask`), or a timer where that is not offered. At 1,000
/// keys a page drawn in steps this way was complete ~20 ms sooner than through timers (10 loads each, twice).
pub fn next_task(then: impl FnOnce() + 'static) {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    let get = |target: &JsValue, name: &str| js_sys::Reflect::get(target, &JsValue::from_str(name)).ok();
    let scheduler = web_sys::window().and_then(|window| get(&window.into(), "scheduler"));
    let post = scheduler.as_ref().and_then(|scheduler| get(scheduler, "postTask"));
    match (
        scheduler,
        post.and_then(|post| post.dyn_into::<js_sys::Function>().ok()),
    ) {
        (Some(scheduler), Some(post)) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &options,
                &JsValue::from_str("priority"),
                &JsValue::from_str("user-blocking"),
            );
            let _ = post.call2(&scheduler, &Closure::once_into_js(then), &options);
        }
        _ => set_timeout(then, std::time::Duration::ZERO),
    }
}
