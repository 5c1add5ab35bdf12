//! The views. One component per file; components read state and call operations, nothing more.

pub mod app;
pub mod components;
pub mod pages;
pub mod router;
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

/// An operation of a dialog that runs once at a time: while it runs, [`OneAtATime::is_busy`] is true
/// (the submit button's `disabled` follows it) and another start is ignored, so a double click does not
/// do the operation twice (the second would be refused as changed elsewhere by the first).
///
/// Leptos's `Action` does this and more; measured here it added 3 KB gzip to the download for what one
/// boolean does.
#[derive(Debug, Clone, Copy)]
pub struct OneAtATime(leptos::prelude::RwSignal<bool>);

impl OneAtATime {
    /// Nothing running yet.
    pub fn new() -> Self {
        Self(leptos::prelude::RwSignal::new(false))
    }

    /// Whether the operation is running (tracked).
    pub fn is_busy(self) -> bool {
        leptos::prelude::Get::get(&self.0)
    }

    /// Starts `work` unless it is already running.
    pub fn run(self, work: impl std::future::Future<Output = ()> + 'static) {
        use leptos::prelude::{GetUntracked, Set, Update};
        if self.0.get_untracked() {
            return;
        }
        self.0.set(true);
        leptos::task::spawn_local(async move {
            work.await;
            self.0.try_update(|busy| *busy = false);
        });
    }
}

impl Default for OneAtATime {
    fn default() -> Self {
        Self::new()
    }
}

/// After a form was refused, moves focus to its first field marked invalid (once the marks are drawn),
/// which also scrolls it into view: the user starts where the first problem is.
pub fn focus_first_invalid() {
    leptos::prelude::request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        let field = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| {
                document
                    .query_selector("dialog[open] [aria-invalid=true]")
                    .ok()
                    .flatten()
            })
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
            // Focus alone scrolls a field inside the modal only just into view, which leaves its hint and
            // messages under the sticky buttons: the whole field is brought above them (its scroll margin).
            match field.closest(".field") {
                Ok(Some(whole)) => whole.scroll_into_view_with_bool(false),
                _ => field.scroll_into_view_with_bool(false),
            }
        }
    });
}

/// The `aria-describedby` of a field with a hint and an error message: the message first while `invalid`
/// says there is one (so it is read first), the hint always.
pub fn described_by(
    invalid: impl Fn() -> bool + Send + Sync + 'static,
    error_id: String,
    hint_id: String,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let invalid = std::sync::Arc::new(invalid);
    move || {
        if invalid() {
            format!("{error_id} {hint_id}")
        } else {
            hint_id.clone()
        }
    }
}
