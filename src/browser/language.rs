//! Which language the page speaks, and fetching its catalog.
//!
//! On a first visit the page follows `navigator.languages`; a choice made in the Language menu is
//! remembered in this browser. The catalog of a language other than English is a file named by its
//! content (`/i18n/es.<hash>.txt`), fetched once per page and kept by the service worker, so a language
//! used once also works offline. The page is mounted after its language is read: no flash of English.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{Catalog, Locale, set_locale};

/// The localStorage key of the language chosen in this browser.
const KEY: &str = "flowdeck.language";

thread_local! {
    static READ: RefCell<Vec<(Locale, Catalog)>> = const { RefCell::new(Vec::new()) };
}

/// The language to start in: the one chosen in this browser, else the best match of the browser's.
pub fn preferred() -> Locale {
    let stored = storage().and_then(|storage| storage.get_item(KEY).ok().flatten());
    if let Some(locale) = stored.as_deref().and_then(stored_locale) {
        return locale;
    }
    let languages = web_sys::window()
        .map(|window| window.navigator().languages())
        .unwrap_or_default();
    let tags: Vec<String> = languages.iter().filter_map(|tag| tag.as_string()).collect();
    Locale::best_match(tags.iter().map(String::as_str))
}

/// Remembers `locale` as this browser's choice (as JSON text, as the page's other settings are); with
/// storage blocked the choice lasts as long as the page.
pub fn remember(locale: Locale) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &format!("\"{}\"", locale.code()));
    }
}

/// The language a stored value names (JSON text, as `remember` writes it).
fn stored_locale(value: &str) -> Option<Locale> {
    Locale::from_code(&crate::domain::json::from_str::<String>(value).ok()?)
}

/// localStorage, unless the browser blocks it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Makes `locale` the page's language: reads its catalog (once), then switches every text and
/// `<html lang dir>`. Whether it did: a catalog that cannot be fetched or read leaves the page as it was.
pub async fn apply(locale: Locale) -> bool {
    let catalog = match locale.file() {
        None => Catalog::english(),
        Some(path) => match READ.with(|read| {
            read.borrow()
                .iter()
                .find(|(read, _)| *read == locale)
                .map(|(_, catalog)| *catalog)
        }) {
            Some(catalog) => catalog,
            None => {
                let Some(Ok(catalog)) = fetch_text(path).await.map(|text| Catalog::read(locale, text)) else {
                    return false;
                };
                READ.with(|read| read.borrow_mut().push((locale, catalog)));
                catalog
            }
        },
    };
    set_locale(locale, catalog);
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("lang", locale.code());
        let _ = root.set_attribute("dir", if locale.is_rtl() { "rtl" } else { "ltr" });
    }
    true
}

/// The text at `path`, unless offline or refused.
async fn fetch_text(path: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Follows a language chosen in another tab of this page (the `storage` event), so every open tab
/// speaks the same language; what is open or typed here stays as it is.
pub fn follow_other_tabs() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_storage =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::StorageEvent)>::new(|event: web_sys::StorageEvent| {
            if event.key().as_deref() != Some(KEY) {
                return;
            }
            let chosen = event.new_value().as_deref().and_then(stored_locale);
            if let Some(locale) = chosen {
                wasm_bindgen_futures::spawn_local(async move {
                    apply(locale).await;
                });
            }
        });
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_storage.forget();
}
