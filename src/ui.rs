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
pub mod words;

pub use app::App;

/// Mounts the app on `<body>` once its language is read; the binary's only call.
pub fn mount() {
    let locale = crate::browser::language::preferred();
    if locale == crate::i18n::Locale::En {
        mount_now();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            // A catalog that cannot be read (offline on a first visit): the page speaks English.
            crate::browser::language::apply(locale).await;
            mount_now();
        });
    }
}

fn mount_now() {
    crate::browser::language::follow_other_tabs();
    leptos::mount::mount_to_body(App);
    crate::browser::perf::mark("app-mounted");
}

/// Keeps the document title `page · Flowdeck`, in the page's language, while the calling page is shown.
pub fn set_page_title(page: crate::i18n::Msg<0>) {
    leptos::prelude::Effect::new(move |_| {
        let title = format!("{} · {PRODUCT_NAME}", crate::i18n::t(page));
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&title);
        }
    });
}

/// The product's name, shown in the header and every title.
pub const PRODUCT_NAME: &str = "Flowdeck";
