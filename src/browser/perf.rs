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
