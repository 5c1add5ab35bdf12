//! The views, in feature slices over a small kit. Components read state and call operations, nothing
//! more.
//!
//! - [`kit`]: pieces any page could use (modal, form dialog, field, menus, toasts); it imports neither
//!   `state` nor `domain`.
//! - [`shell`]: the frame around every page; [`pages`]: one file per page, laying out the slices.
//! - One folder per feature: [`account`], [`api_keys`], [`access_keys`], [`leak_check`], [`activity`],
//!   [`settings`]. A slice uses the kit, `state` and `domain`, never another slice's internals.

pub mod access_keys;
pub mod account;
pub mod activity;
pub mod api_keys;
pub mod app;
pub mod kit;
pub mod leak_check;
pub mod pages;
pub mod router;
pub mod settings;
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
