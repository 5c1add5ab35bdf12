//! User Timing marks and measures (visible in the browser's performance panel and read by `make bench`).
//!
//! Marks: `app-mounted`, `access-keys-rendered` (the list first on screen with the stored keys). One
//! measure per operation, from its `<name>:start` mark to just after the next frame: the afterframe
//! method, so the measure includes style, layout and paint of the change.

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

/// Ends the operation `name` just after the next frame: the measure `name` spans from its start.
pub fn finish_after_frame(name: &'static str) {
    request_animation_frame(move || {
        set_timeout(
            move || {
                if let Some(performance) = performance() {
                    let _ = performance.measure_with_start_mark(name, &format!("{name}:start"));
                }
            },
            std::time::Duration::ZERO,
        );
    });
}
