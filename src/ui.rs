//! The views. One component per file; components read state and call operations, nothing more.

pub mod app;
pub mod components;
pub mod pages;
pub mod sections;
pub mod shell;

pub use app::App;

/// Mounts the app on `<body>`; the binary's only call.
pub fn mount() {
    leptos::mount::mount_to_body(App);
    crate::browser::perf::mark("app-mounted");
}

/// Sets the document title to `page · Flowdeck`.
pub fn set_page_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(&format!("{page} · {PRODUCT_NAME}"));
    }
}

/// The product's name, shown in the header and every title.
pub const PRODUCT_NAME: &str = "Flowdeck";

/// A page-unique element id with `prefix`, for `aria-labelledby`, `aria-describedby` and friends.
pub fn unique_id(prefix: &str) -> String {
    use std::cell::Cell;
    thread_local! { static NEXT: Cell<u32> = const { Cell::new(0) }; }
    let n = NEXT.with(|next| {
        let n = next.get();
        next.set(n + 1);
        n
    });
    format!("{prefix}-{n}")
}
